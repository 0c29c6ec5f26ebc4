// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `authorizer-authorizer-uri-required` (Error): a TOKEN authorizer has an AuthorizerUri, the Lambda function API Gateway calls, and API Gateway refuses one without
///
/// Source: `authorizer#cfn-apigateway-authorizer-authorizeruri`.
pub const AUTHORIZER_AUTHORIZER_URI_REQUIRED: Rule = Rule {
    id: "authorizer-authorizer-uri-required",
    severity: Severity::Error,
    source: "authorizer#cfn-apigateway-authorizer-authorizeruri",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-authorizeruri",
    type_name: "Authorizer",
    message: "a TOKEN authorizer has an AuthorizerUri, the Lambda function API Gateway calls, and API Gateway refuses one without",
};
/// `authorizer-identity-source-required` (Error): a TOKEN or COGNITO_USER_POOLS authorizer has an IdentitySource (method.request.header.NAME), and API Gateway refuses one without
///
/// Source: `authorizer#cfn-apigateway-authorizer-identitysource`.
pub const AUTHORIZER_IDENTITY_SOURCE_REQUIRED: Rule = Rule {
    id: "authorizer-identity-source-required",
    severity: Severity::Error,
    source: "authorizer#cfn-apigateway-authorizer-identitysource",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-identitysource",
    type_name: "Authorizer",
    message: "a TOKEN or COGNITO_USER_POOLS authorizer has an IdentitySource (method.request.header.NAME), and API Gateway refuses one without",
};
/// `authorizer-provider-arns-required` (Error): a COGNITO_USER_POOLS authorizer has ProviderARNs, the user pools it accepts tokens of, and API Gateway refuses one without
///
/// Source: `authorizer#cfn-apigateway-authorizer-providerarns`.
pub const AUTHORIZER_PROVIDER_ARNS_REQUIRED: Rule = Rule {
    id: "authorizer-provider-arns-required",
    severity: Severity::Error,
    source: "authorizer#cfn-apigateway-authorizer-providerarns",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-providerarns",
    type_name: "Authorizer",
    message: "a COGNITO_USER_POOLS authorizer has ProviderARNs, the user pools it accepts tokens of, and API Gateway refuses one without",
};
/// `authorizer-name-required` (Error): `{property}` is required, and CloudFormation refuses a Authorizer without it
///
/// Source: `authorizer#cfn-apigateway-authorizer-name`.
pub const AUTHORIZER_NAME_REQUIRED: Rule = Rule {
    id: "authorizer-name-required",
    severity: Severity::Error,
    source: "authorizer#cfn-apigateway-authorizer-name",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-name",
    type_name: "Authorizer",
    message: "{property} is required, and CloudFormation refuses a Authorizer without it",
};
/// `authorizer-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a Authorizer without it
///
/// Source: `authorizer#cfn-apigateway-authorizer-restapiid`.
pub const AUTHORIZER_REST_API_ID_REQUIRED: Rule = Rule {
    id: "authorizer-rest-api-id-required",
    severity: Severity::Error,
    source: "authorizer#cfn-apigateway-authorizer-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-restapiid",
    type_name: "Authorizer",
    message: "{property} is required, and CloudFormation refuses a Authorizer without it",
};
/// `authorizer-type-required` (Error): `{property}` is required, and CloudFormation refuses a Authorizer without it
///
/// Source: `authorizer#cfn-apigateway-authorizer-type`.
pub const AUTHORIZER_TYPE_REQUIRED: Rule = Rule {
    id: "authorizer-type-required",
    severity: Severity::Error,
    source: "authorizer#cfn-apigateway-authorizer-type",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-type",
    type_name: "Authorizer",
    message: "{property} is required, and CloudFormation refuses a Authorizer without it",
};
/// `base-path-mapping-domain-name-required` (Error): `{property}` is required, and CloudFormation refuses a BasePathMapping without it
///
/// Source: `aws-resource-apigateway-basepathmapping#cfn-apigateway-basepathmapping-domainname`.
pub const BASE_PATH_MAPPING_DOMAIN_NAME_REQUIRED: Rule = Rule {
    id: "base-path-mapping-domain-name-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-basepathmapping#cfn-apigateway-basepathmapping-domainname",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-basepathmapping.html#cfn-apigateway-basepathmapping-domainname",
    type_name: "BasePathMapping",
    message: "{property} is required, and CloudFormation refuses a BasePathMapping without it",
};
/// `deployment-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a Deployment without it
///
/// Source: `aws-resource-apigateway-deployment#cfn-apigateway-deployment-restapiid`.
pub const DEPLOYMENT_REST_API_ID_REQUIRED: Rule = Rule {
    id: "deployment-rest-api-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-deployment#cfn-apigateway-deployment-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html#cfn-apigateway-deployment-restapiid",
    type_name: "Deployment",
    message: "{property} is required, and CloudFormation refuses a Deployment without it",
};
/// `documentation-part-location-required` (Error): `{property}` is required, and CloudFormation refuses a DocumentationPart without it
///
/// Source: `aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-location`.
pub const DOCUMENTATION_PART_LOCATION_REQUIRED: Rule = Rule {
    id: "documentation-part-location-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-location",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html#cfn-apigateway-documentationpart-location",
    type_name: "DocumentationPart",
    message: "{property} is required, and CloudFormation refuses a DocumentationPart without it",
};
/// `documentation-part-properties-required` (Error): `{property}` is required, and CloudFormation refuses a DocumentationPart without it
///
/// Source: `aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-properties`.
pub const DOCUMENTATION_PART_PROPERTIES_REQUIRED: Rule = Rule {
    id: "documentation-part-properties-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-properties",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html#cfn-apigateway-documentationpart-properties",
    type_name: "DocumentationPart",
    message: "{property} is required, and CloudFormation refuses a DocumentationPart without it",
};
/// `documentation-part-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a DocumentationPart without it
///
/// Source: `aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-restapiid`.
pub const DOCUMENTATION_PART_REST_API_ID_REQUIRED: Rule = Rule {
    id: "documentation-part-rest-api-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html#cfn-apigateway-documentationpart-restapiid",
    type_name: "DocumentationPart",
    message: "{property} is required, and CloudFormation refuses a DocumentationPart without it",
};
/// `documentation-version-documentation-version-required` (Error): `{property}` is required, and CloudFormation refuses a DocumentationVersion without it
///
/// Source: `aws-resource-apigateway-documentationversion#cfn-apigateway-documentationversion-documentationversion`.
pub const DOCUMENTATION_VERSION_DOCUMENTATION_VERSION_REQUIRED: Rule = Rule {
    id: "documentation-version-documentation-version-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-documentationversion#cfn-apigateway-documentationversion-documentationversion",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationversion.html#cfn-apigateway-documentationversion-documentationversion",
    type_name: "DocumentationVersion",
    message: "{property} is required, and CloudFormation refuses a DocumentationVersion without it",
};
/// `documentation-version-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a DocumentationVersion without it
///
/// Source: `aws-resource-apigateway-documentationversion#cfn-apigateway-documentationversion-restapiid`.
pub const DOCUMENTATION_VERSION_REST_API_ID_REQUIRED: Rule = Rule {
    id: "documentation-version-rest-api-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-documentationversion#cfn-apigateway-documentationversion-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationversion.html#cfn-apigateway-documentationversion-restapiid",
    type_name: "DocumentationVersion",
    message: "{property} is required, and CloudFormation refuses a DocumentationVersion without it",
};
/// `gateway-response-response-type-required` (Error): `{property}` is required, and CloudFormation refuses a GatewayResponse without it
///
/// Source: `aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-responsetype`.
pub const GATEWAY_RESPONSE_RESPONSE_TYPE_REQUIRED: Rule = Rule {
    id: "gateway-response-response-type-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-responsetype",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-gatewayresponse.html#cfn-apigateway-gatewayresponse-responsetype",
    type_name: "GatewayResponse",
    message: "{property} is required, and CloudFormation refuses a GatewayResponse without it",
};
/// `gateway-response-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a GatewayResponse without it
///
/// Source: `aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-restapiid`.
pub const GATEWAY_RESPONSE_REST_API_ID_REQUIRED: Rule = Rule {
    id: "gateway-response-rest-api-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-gatewayresponse.html#cfn-apigateway-gatewayresponse-restapiid",
    type_name: "GatewayResponse",
    message: "{property} is required, and CloudFormation refuses a GatewayResponse without it",
};
/// `method-unknown-property` (Error): `{property}` is not a property of Method; allowed: `{allowed}`
///
/// Source: `registry#/additionalProperties`.
pub const METHOD_UNKNOWN_PROPERTY: Rule = Rule {
    id: "method-unknown-property",
    severity: Severity::Error,
    source: "registry#/additionalProperties",
    link: "https://github.com/aws-cloudformation/cfn-lint/blob/v1.58.0/src/cfnlint/data/schemas/providers/us_east_1/aws-apigateway-method.json",
    type_name: "Method",
    message: "{property} is not a property of Method; allowed: {allowed}",
};
/// `method-http-method-required` (Error): HttpMethod is required
///
/// Source: `method#cfn-apigateway-method-httpmethod`.
pub const METHOD_HTTP_METHOD_REQUIRED: Rule = Rule {
    id: "method-http-method-required",
    severity: Severity::Error,
    source: "method#cfn-apigateway-method-httpmethod",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-httpmethod",
    type_name: "Method",
    message: "HttpMethod is required",
};
/// `method-http-method-allowed-values` (Error): `{value}` is not an HTTP method of API Gateway; allowed: `{allowed}`
///
/// Source: `method#cfn-apigateway-method-httpmethod`.
pub const METHOD_HTTP_METHOD_ALLOWED_VALUES: Rule = Rule {
    id: "method-http-method-allowed-values",
    severity: Severity::Error,
    source: "method#cfn-apigateway-method-httpmethod",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-httpmethod",
    type_name: "Method",
    message: "{value} is not an HTTP method of API Gateway; allowed: {allowed}",
};
/// `method-rest-api-id-required` (Error): RestApiId is required: the RestApi the method belongs to
///
/// Source: `method#cfn-apigateway-method-restapiid`.
pub const METHOD_REST_API_ID_REQUIRED: Rule = Rule {
    id: "method-rest-api-id-required",
    severity: Severity::Error,
    source: "method#cfn-apigateway-method-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-restapiid",
    type_name: "Method",
    message: "RestApiId is required: the RestApi the method belongs to",
};
/// `method-resource-id-required` (Error): ResourceId is required: the API Gateway resource (path) of the method; for the root, the RestApi's RootResourceId
///
/// Source: `method#cfn-apigateway-method-resourceid`.
pub const METHOD_RESOURCE_ID_REQUIRED: Rule = Rule {
    id: "method-resource-id-required",
    severity: Severity::Error,
    source: "method#cfn-apigateway-method-resourceid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-resourceid",
    type_name: "Method",
    message: "ResourceId is required: the API Gateway resource (path) of the method; for the root, the RestApi's RootResourceId",
};
/// `method-authorization-type-allowed-values` (Error): `{value}` is not an authorization type; allowed: `{allowed}`
///
/// Source: `method#cfn-apigateway-method-authorizationtype`.
pub const METHOD_AUTHORIZATION_TYPE_ALLOWED_VALUES: Rule = Rule {
    id: "method-authorization-type-allowed-values",
    severity: Severity::Error,
    source: "method#cfn-apigateway-method-authorizationtype",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-authorizationtype",
    type_name: "Method",
    message: "{value} is not an authorization type; allowed: {allowed}",
};
/// `method-authorizer-id-required` (Error): AuthorizerId is required when AuthorizationType is CUSTOM or COGNITO_USER_POOLS: API Gateway answers "Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer"
///
/// Source: `api-errors#:~:text=Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer`.
pub const METHOD_AUTHORIZER_ID_REQUIRED: Rule = Rule {
    id: "method-authorizer-id-required",
    severity: Severity::Error,
    source: "api-errors#:~:text=Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer",
    link: "",
    type_name: "Method",
    message: "AuthorizerId is required when AuthorizationType is CUSTOM or COGNITO_USER_POOLS: API Gateway answers \"Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer\"",
};
/// `method-authorizer-id-unused` (Warning): AuthorizerId is not used when AuthorizationType is NONE or AWS_IAM: the authorizer never runs; set AuthorizationType to CUSTOM or COGNITO_USER_POOLS, or remove AuthorizerId
///
/// Source: `method#cfn-apigateway-method-authorizerid`.
pub const METHOD_AUTHORIZER_ID_UNUSED: Rule = Rule {
    id: "method-authorizer-id-unused",
    severity: Severity::Warning,
    source: "method#cfn-apigateway-method-authorizerid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-authorizerid",
    type_name: "Method",
    message: "AuthorizerId is not used when AuthorizationType is NONE or AWS_IAM: the authorizer never runs; set AuthorizationType to CUSTOM or COGNITO_USER_POOLS, or remove AuthorizerId",
};
/// `method-authorization-scopes-without-cognito` (Warning): AuthorizationScopes are used only with a COGNITO_USER_POOLS authorizer: with this AuthorizationType no scope is checked
///
/// Source: `method#cfn-apigateway-method-authorizationscopes`.
pub const METHOD_AUTHORIZATION_SCOPES_WITHOUT_COGNITO: Rule = Rule {
    id: "method-authorization-scopes-without-cognito",
    severity: Severity::Warning,
    source: "method#cfn-apigateway-method-authorizationscopes",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-authorizationscopes",
    type_name: "Method",
    message: "AuthorizationScopes are used only with a COGNITO_USER_POOLS authorizer: with this AuthorizationType no scope is checked",
};
/// `method-request-parameters-key` (Error): `{value}` is not a method request parameter; use method.request.LOCATION.NAME where LOCATION is querystring, path, header, multivaluequerystring or multivalueheader
///
/// Source: `method#cfn-apigateway-method-requestparameters`.
pub const METHOD_REQUEST_PARAMETERS_KEY: Rule = Rule {
    id: "method-request-parameters-key",
    severity: Severity::Error,
    source: "method#cfn-apigateway-method-requestparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-requestparameters",
    type_name: "Method",
    message: "{value} is not a method request parameter; use method.request.LOCATION.NAME where LOCATION is querystring, path, header, multivaluequerystring or multivalueheader",
};
/// `method-request-models-key` (Error): `{value}` is not a content type; request model keys are content types such as application/json, or $default
///
/// Source: `method#cfn-apigateway-method-requestmodels`.
pub const METHOD_REQUEST_MODELS_KEY: Rule = Rule {
    id: "method-request-models-key",
    severity: Severity::Error,
    source: "method#cfn-apigateway-method-requestmodels",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-requestmodels",
    type_name: "Method",
    message: "{value} is not a content type; request model keys are content types such as application/json, or $default",
};
/// `method-responses-status-code-unique` (Warning): `{value}` is the StatusCode of an earlier MethodResponse too: CloudFormation deploys one of them, chosen nondeterministically, and the rest is lost; merge them
///
/// Source: `api-errors#:~:text=CloudFormation will deploy one nondeterministically and the rest is lost`.
pub const METHOD_RESPONSES_STATUS_CODE_UNIQUE: Rule = Rule {
    id: "method-responses-status-code-unique",
    severity: Severity::Warning,
    source: "api-errors#:~:text=CloudFormation will deploy one nondeterministically and the rest is lost",
    link: "",
    type_name: "Method",
    message: "{value} is the StatusCode of an earlier MethodResponse too: CloudFormation deploys one of them, chosen nondeterministically, and the rest is lost; merge them",
};
/// `model-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a Model without it
///
/// Source: `aws-resource-apigateway-model#cfn-apigateway-model-restapiid`.
pub const MODEL_REST_API_ID_REQUIRED: Rule = Rule {
    id: "model-rest-api-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-model#cfn-apigateway-model-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html#cfn-apigateway-model-restapiid",
    type_name: "Model",
    message: "{property} is required, and CloudFormation refuses a Model without it",
};
/// `request-validator-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a RequestValidator without it
///
/// Source: `aws-resource-apigateway-requestvalidator#cfn-apigateway-requestvalidator-restapiid`.
pub const REQUEST_VALIDATOR_REST_API_ID_REQUIRED: Rule = Rule {
    id: "request-validator-rest-api-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-requestvalidator#cfn-apigateway-requestvalidator-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-requestvalidator.html#cfn-apigateway-requestvalidator-restapiid",
    type_name: "RequestValidator",
    message: "{property} is required, and CloudFormation refuses a RequestValidator without it",
};
/// `resource-parent-id-required` (Error): `{property}` is required, and CloudFormation refuses a Resource without it
///
/// Source: `aws-resource-apigateway-resource#cfn-apigateway-resource-parentid`.
pub const RESOURCE_PARENT_ID_REQUIRED: Rule = Rule {
    id: "resource-parent-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-resource#cfn-apigateway-resource-parentid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html#cfn-apigateway-resource-parentid",
    type_name: "Resource",
    message: "{property} is required, and CloudFormation refuses a Resource without it",
};
/// `resource-path-part-required` (Error): `{property}` is required, and CloudFormation refuses a Resource without it
///
/// Source: `aws-resource-apigateway-resource#cfn-apigateway-resource-pathpart`.
pub const RESOURCE_PATH_PART_REQUIRED: Rule = Rule {
    id: "resource-path-part-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-resource#cfn-apigateway-resource-pathpart",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html#cfn-apigateway-resource-pathpart",
    type_name: "Resource",
    message: "{property} is required, and CloudFormation refuses a Resource without it",
};
/// `resource-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a Resource without it
///
/// Source: `aws-resource-apigateway-resource#cfn-apigateway-resource-restapiid`.
pub const RESOURCE_REST_API_ID_REQUIRED: Rule = Rule {
    id: "resource-rest-api-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-resource#cfn-apigateway-resource-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html#cfn-apigateway-resource-restapiid",
    type_name: "Resource",
    message: "{property} is required, and CloudFormation refuses a Resource without it",
};
/// `stage-deployment-id-required` (Error): a Stage has a DeploymentId, the deployment it serves, and API Gateway refuses one without
///
/// Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-deploymentid`.
pub const STAGE_DEPLOYMENT_ID_REQUIRED: Rule = Rule {
    id: "stage-deployment-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-stage#cfn-apigateway-stage-deploymentid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-deploymentid",
    type_name: "Stage",
    message: "a Stage has a DeploymentId, the deployment it serves, and API Gateway refuses one without",
};
/// `stage-rest-api-id-required` (Error): `{property}` is required, and CloudFormation refuses a Stage without it
///
/// Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-restapiid`.
pub const STAGE_REST_API_ID_REQUIRED: Rule = Rule {
    id: "stage-rest-api-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-stage#cfn-apigateway-stage-restapiid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-restapiid",
    type_name: "Stage",
    message: "{property} is required, and CloudFormation refuses a Stage without it",
};
/// `usage-plan-key-key-id-required` (Error): `{property}` is required, and CloudFormation refuses a UsagePlanKey without it
///
/// Source: `aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-keyid`.
pub const USAGE_PLAN_KEY_KEY_ID_REQUIRED: Rule = Rule {
    id: "usage-plan-key-key-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-keyid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplankey.html#cfn-apigateway-usageplankey-keyid",
    type_name: "UsagePlanKey",
    message: "{property} is required, and CloudFormation refuses a UsagePlanKey without it",
};
/// `usage-plan-key-key-type-required` (Error): `{property}` is required, and CloudFormation refuses a UsagePlanKey without it
///
/// Source: `aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-keytype`.
pub const USAGE_PLAN_KEY_KEY_TYPE_REQUIRED: Rule = Rule {
    id: "usage-plan-key-key-type-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-keytype",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplankey.html#cfn-apigateway-usageplankey-keytype",
    type_name: "UsagePlanKey",
    message: "{property} is required, and CloudFormation refuses a UsagePlanKey without it",
};
/// `usage-plan-key-usage-plan-id-required` (Error): `{property}` is required, and CloudFormation refuses a UsagePlanKey without it
///
/// Source: `aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-usageplanid`.
pub const USAGE_PLAN_KEY_USAGE_PLAN_ID_REQUIRED: Rule = Rule {
    id: "usage-plan-key-usage-plan-id-required",
    severity: Severity::Error,
    source: "aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-usageplanid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplankey.html#cfn-apigateway-usageplankey-usageplanid",
    type_name: "UsagePlanKey",
    message: "{property} is required, and CloudFormation refuses a UsagePlanKey without it",
};
/// `vpc-link-name-required` (Error): `{property}` is required, and CloudFormation refuses a VpcLink without it
///
/// Source: `vpclink#cfn-apigateway-vpclink-name`.
pub const VPC_LINK_NAME_REQUIRED: Rule = Rule {
    id: "vpc-link-name-required",
    severity: Severity::Error,
    source: "vpclink#cfn-apigateway-vpclink-name",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-vpclink.html#cfn-apigateway-vpclink-name",
    type_name: "VpcLink",
    message: "{property} is required, and CloudFormation refuses a VpcLink without it",
};
/// `vpc-link-target-arns-required` (Error): `{property}` is required, and CloudFormation refuses a VpcLink without it
///
/// Source: `vpclink#cfn-apigateway-vpclink-targetarns`.
pub const VPC_LINK_TARGET_ARNS_REQUIRED: Rule = Rule {
    id: "vpc-link-target-arns-required",
    severity: Severity::Error,
    source: "vpclink#cfn-apigateway-vpclink-targetarns",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-vpclink.html#cfn-apigateway-vpclink-targetarns",
    type_name: "VpcLink",
    message: "{property} is required, and CloudFormation refuses a VpcLink without it",
};
/// `integration-unknown-property` (Error): `{property}` is not a property of Integration; allowed: `{allowed}`
///
/// Source: `registry#/definitions/Integration/additionalProperties`.
pub const INTEGRATION_UNKNOWN_PROPERTY: Rule = Rule {
    id: "integration-unknown-property",
    severity: Severity::Error,
    source: "registry#/definitions/Integration/additionalProperties",
    link: "https://github.com/aws-cloudformation/cfn-lint/blob/v1.58.0/src/cfnlint/data/schemas/providers/us_east_1/aws-apigateway-method.json",
    type_name: "Integration",
    message: "{property} is not a property of Integration; allowed: {allowed}",
};
/// `integration-type-required` (Error): Type is required: CloudFormation rejects an Integration without it (the 2023 document says Required: No; the registry schema requires it)
///
/// Source: `registry#/definitions/Integration/required`.
pub const INTEGRATION_TYPE_REQUIRED: Rule = Rule {
    id: "integration-type-required",
    severity: Severity::Error,
    source: "registry#/definitions/Integration/required",
    link: "https://github.com/aws-cloudformation/cfn-lint/blob/v1.58.0/src/cfnlint/data/schemas/providers/us_east_1/aws-apigateway-method.json",
    type_name: "Integration",
    message: "Type is required: CloudFormation rejects an Integration without it (the 2023 document says Required: No; the registry schema requires it)",
};
/// `integration-type-allowed-values` (Error): `{value}` is not an integration type; allowed: `{allowed}`
///
/// Source: `integration#cfn-apigateway-method-integration-type`.
pub const INTEGRATION_TYPE_ALLOWED_VALUES: Rule = Rule {
    id: "integration-type-allowed-values",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-type",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-type",
    type_name: "Integration",
    message: "{value} is not an integration type; allowed: {allowed}",
};
/// `integration-http-method-required` (Error): IntegrationHttpMethod is required unless Type is MOCK
///
/// Source: `integration#cfn-apigateway-method-integration-integrationhttpmethod`.
pub const INTEGRATION_HTTP_METHOD_REQUIRED: Rule = Rule {
    id: "integration-http-method-required",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-integrationhttpmethod",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-integrationhttpmethod",
    type_name: "Integration",
    message: "IntegrationHttpMethod is required unless Type is MOCK",
};
/// `integration-http-method-allowed-values` (Error): `{value}` is not an HTTP method; allowed: `{allowed}`
///
/// Source: `integration#cfn-apigateway-method-integration-integrationhttpmethod`.
pub const INTEGRATION_HTTP_METHOD_ALLOWED_VALUES: Rule = Rule {
    id: "integration-http-method-allowed-values",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-integrationhttpmethod",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-integrationhttpmethod",
    type_name: "Integration",
    message: "{value} is not an HTTP method; allowed: {allowed}",
};
/// `integration-uri-required` (Error): Uri is required when Type is HTTP, HTTP_PROXY, AWS or AWS_PROXY
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub const INTEGRATION_URI_REQUIRED: Rule = Rule {
    id: "integration-uri-required",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-uri",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-uri",
    type_name: "Integration",
    message: "Uri is required when Type is HTTP, HTTP_PROXY, AWS or AWS_PROXY",
};
/// `integration-uri-mock` (Warning): Uri is ignored when Type is MOCK: API Gateway accepts it but never calls it; remove it
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub const INTEGRATION_URI_MOCK: Rule = Rule {
    id: "integration-uri-mock",
    severity: Severity::Warning,
    source: "integration#cfn-apigateway-method-integration-uri",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-uri",
    type_name: "Integration",
    message: "Uri is ignored when Type is MOCK: API Gateway accepts it but never calls it; remove it",
};
/// `integration-uri-http-form` (Error): `{value}` is not an absolute http:// or https:// URL, which Type HTTP and HTTP_PROXY require
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub const INTEGRATION_URI_HTTP_FORM: Rule = Rule {
    id: "integration-uri-http-form",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-uri",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-uri",
    type_name: "Integration",
    message: "{value} is not an absolute http:// or https:// URL, which Type HTTP and HTTP_PROXY require",
};
/// `integration-uri-lambda-function-arn` (Error): `{value}` is a Lambda function ARN, not an integration URI; use arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub const INTEGRATION_URI_LAMBDA_FUNCTION_ARN: Rule = Rule {
    id: "integration-uri-lambda-function-arn",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-uri",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-uri",
    type_name: "Integration",
    message: "{value} is a Lambda function ARN, not an integration URI; use arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations",
};
/// `integration-uri-aws-form` (Error): `{value}` is not an AWS service URI; Type AWS and AWS_PROXY require arn:PARTITION:apigateway:REGION:SUBDOMAIN.SERVICE|SERVICE:path|action/SERVICE_API
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub const INTEGRATION_URI_AWS_FORM: Rule = Rule {
    id: "integration-uri-aws-form",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-uri",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-uri",
    type_name: "Integration",
    message: "{value} is not an AWS service URI; Type AWS and AWS_PROXY require arn:PARTITION:apigateway:REGION:SUBDOMAIN.SERVICE|SERVICE:path|action/SERVICE_API",
};
/// `integration-connection-type-allowed-values` (Error): `{value}` is not a connection type; allowed: `{allowed}`
///
/// Source: `integration#cfn-apigateway-method-integration-connectiontype`.
pub const INTEGRATION_CONNECTION_TYPE_ALLOWED_VALUES: Rule = Rule {
    id: "integration-connection-type-allowed-values",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-connectiontype",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-connectiontype",
    type_name: "Integration",
    message: "{value} is not a connection type; allowed: {allowed}",
};
/// `integration-connection-id-required` (Error): ConnectionId (the VpcLink ID) is required when ConnectionType is VPC_LINK
///
/// Source: `integration#cfn-apigateway-method-integration-connectionid`.
pub const INTEGRATION_CONNECTION_ID_REQUIRED: Rule = Rule {
    id: "integration-connection-id-required",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-connectionid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-connectionid",
    type_name: "Integration",
    message: "ConnectionId (the VpcLink ID) is required when ConnectionType is VPC_LINK",
};
/// `integration-connection-id-without-vpc-link` (Error): ConnectionId is only allowed when ConnectionType is VPC_LINK (ConnectionType is INTERNET when absent)
///
/// Source: `integration#cfn-apigateway-method-integration-connectionid`.
pub const INTEGRATION_CONNECTION_ID_WITHOUT_VPC_LINK: Rule = Rule {
    id: "integration-connection-id-without-vpc-link",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-connectionid",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-connectionid",
    type_name: "Integration",
    message: "ConnectionId is only allowed when ConnectionType is VPC_LINK (ConnectionType is INTERNET when absent)",
};
/// `integration-content-handling-allowed-values` (Error): `{value}` is not a content handling strategy; allowed: `{allowed}`
///
/// Source: `integration#cfn-apigateway-method-integration-contenthandling`.
pub const INTEGRATION_CONTENT_HANDLING_ALLOWED_VALUES: Rule = Rule {
    id: "integration-content-handling-allowed-values",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-contenthandling",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-contenthandling",
    type_name: "Integration",
    message: "{value} is not a content handling strategy; allowed: {allowed}",
};
/// `integration-credentials-form` (Error): `{value}` is neither an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME) nor arn:aws:iam::*:user/* (pass the caller's identity through)
///
/// Source: `integration#cfn-apigateway-method-integration-credentials`.
pub const INTEGRATION_CREDENTIALS_FORM: Rule = Rule {
    id: "integration-credentials-form",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-credentials",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-credentials",
    type_name: "Integration",
    message: "{value} is neither an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME) nor arn:aws:iam::*:user/* (pass the caller's identity through)",
};
/// `integration-passthrough-behavior-allowed-values` (Error): `{value}` is not a passthrough behavior; allowed: `{allowed}`
///
/// Source: `integration#cfn-apigateway-method-integration-passthroughbehavior`.
pub const INTEGRATION_PASSTHROUGH_BEHAVIOR_ALLOWED_VALUES: Rule = Rule {
    id: "integration-passthrough-behavior-allowed-values",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-passthroughbehavior",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-passthroughbehavior",
    type_name: "Integration",
    message: "{value} is not a passthrough behavior; allowed: {allowed}",
};
/// `integration-request-parameters-key` (Error): `{value}` is not an integration request parameter; use integration.request.LOCATION.NAME where LOCATION is querystring, path, header, multivaluequerystring or multivalueheader
///
/// Source: `integration#cfn-apigateway-method-integration-requestparameters`.
pub const INTEGRATION_REQUEST_PARAMETERS_KEY: Rule = Rule {
    id: "integration-request-parameters-key",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-requestparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-requestparameters",
    type_name: "Integration",
    message: "{value} is not an integration request parameter; use integration.request.LOCATION.NAME where LOCATION is querystring, path, header, multivaluequerystring or multivalueheader",
};
/// `integration-request-parameters-value` (Error): `{value}` is not a parameter source; use method.request.LOCATION.NAME, method.request.body[.JSONPATH], context.NAME, stageVariables.NAME, or a static value in single quotes ('value')
///
/// Source: `integration#cfn-apigateway-method-integration-requestparameters`.
pub const INTEGRATION_REQUEST_PARAMETERS_VALUE: Rule = Rule {
    id: "integration-request-parameters-value",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-requestparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-requestparameters",
    type_name: "Integration",
    message: "{value} is not a parameter source; use method.request.LOCATION.NAME, method.request.body[.JSONPATH], context.NAME, stageVariables.NAME, or a static value in single quotes ('value')",
};
/// `integration-request-parameters-declared` (Error): `{value}` is not declared in the Method's RequestParameters, and API Gateway refuses to map it ("Invalid mapping expression parameter specified"); declare it there (declared: `{allowed}`)
///
/// Source: `integration#cfn-apigateway-method-integration-requestparameters`.
pub const INTEGRATION_REQUEST_PARAMETERS_DECLARED: Rule = Rule {
    id: "integration-request-parameters-declared",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-requestparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-requestparameters",
    type_name: "Integration",
    message: "{value} is not declared in the Method's RequestParameters, and API Gateway refuses to map it (\"Invalid mapping expression parameter specified\"); declare it there (declared: {allowed})",
};
/// `integration-request-templates-key` (Error): `{value}` is not a media type; request template keys are content types such as application/json
///
/// Source: `integration#cfn-apigateway-method-integration-requesttemplates`.
pub const INTEGRATION_REQUEST_TEMPLATES_KEY: Rule = Rule {
    id: "integration-request-templates-key",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-requesttemplates",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-requesttemplates",
    type_name: "Integration",
    message: "{value} is not a media type; request template keys are content types such as application/json",
};
/// `integration-response-transfer-mode-allowed-values` (Error): `{value}` is not a response transfer mode; allowed: `{allowed}`
///
/// Source: `registry#/definitions/Integration/properties/ResponseTransferMode`.
pub const INTEGRATION_RESPONSE_TRANSFER_MODE_ALLOWED_VALUES: Rule = Rule {
    id: "integration-response-transfer-mode-allowed-values",
    severity: Severity::Error,
    source: "registry#/definitions/Integration/properties/ResponseTransferMode",
    link: "https://github.com/aws-cloudformation/cfn-lint/blob/v1.58.0/src/cfnlint/data/schemas/providers/us_east_1/aws-apigateway-method.json",
    type_name: "Integration",
    message: "{value} is not a response transfer mode; allowed: {allowed}",
};
/// `integration-response-transfer-mode-stream-type` (Error): `{value}` streams the response, which only HTTP_PROXY and AWS_PROXY integrations can do; use one of them, or leave the response BUFFERED
///
/// Source: `response-transfer-mode#response-transfer-mode-considerations`.
pub const INTEGRATION_RESPONSE_TRANSFER_MODE_STREAM_TYPE: Rule = Rule {
    id: "integration-response-transfer-mode-stream-type",
    severity: Severity::Error,
    source: "response-transfer-mode#response-transfer-mode-considerations",
    link: "https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html#response-transfer-mode-considerations",
    type_name: "Integration",
    message: "{value} streams the response, which only HTTP_PROXY and AWS_PROXY integrations can do; use one of them, or leave the response BUFFERED",
};
/// `integration-timeout-minimum` (Error): `{value}` is below the minimum timeout of 50 milliseconds
///
/// Source: `integration#cfn-apigateway-method-integration-timeoutinmillis`.
pub const INTEGRATION_TIMEOUT_MINIMUM: Rule = Rule {
    id: "integration-timeout-minimum",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-timeoutinmillis",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-timeoutinmillis",
    type_name: "Integration",
    message: "{value} is below the minimum timeout of 50 milliseconds",
};
/// `integration-timeout-above-default-quota` (Warning): `{value}` is above 29,000 milliseconds, the document's maximum and API Gateway's default quota since June 2024; it works only for Regional or private APIs whose integration timeout quota was raised (or with ResponseTransferMode STREAM, up to 900,000)
///
/// Source: `integration#cfn-apigateway-method-integration-timeoutinmillis`.
pub const INTEGRATION_TIMEOUT_ABOVE_DEFAULT_QUOTA: Rule = Rule {
    id: "integration-timeout-above-default-quota",
    severity: Severity::Warning,
    source: "integration#cfn-apigateway-method-integration-timeoutinmillis",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-timeoutinmillis",
    type_name: "Integration",
    message: "{value} is above 29,000 milliseconds, the document's maximum and API Gateway's default quota since June 2024; it works only for Regional or private APIs whose integration timeout quota was raised (or with ResponseTransferMode STREAM, up to 900,000)",
};
/// `integration-timeout-stream-maximum` (Error): `{value}` is above 900,000 milliseconds (15 minutes), the longest integration timeout of a streaming integration
///
/// Source: `response-streaming-http#response-streaming-http`.
pub const INTEGRATION_TIMEOUT_STREAM_MAXIMUM: Rule = Rule {
    id: "integration-timeout-stream-maximum",
    severity: Severity::Error,
    source: "response-streaming-http#response-streaming-http",
    link: "https://docs.aws.amazon.com/apigateway/latest/developerguide/response-streaming-http.html#response-streaming-http",
    type_name: "Integration",
    message: "{value} is above 900,000 milliseconds (15 minutes), the longest integration timeout of a streaming integration",
};
/// `integration-cache-key-parameters-unique` (Error): `{value}` is listed more than once in CacheKeyParameters
///
/// Source: `registry#/definitions/Integration/properties/CacheKeyParameters/uniqueItems`.
pub const INTEGRATION_CACHE_KEY_PARAMETERS_UNIQUE: Rule = Rule {
    id: "integration-cache-key-parameters-unique",
    severity: Severity::Error,
    source: "registry#/definitions/Integration/properties/CacheKeyParameters/uniqueItems",
    link: "https://github.com/aws-cloudformation/cfn-lint/blob/v1.58.0/src/cfnlint/data/schemas/providers/us_east_1/aws-apigateway-method.json",
    type_name: "Integration",
    message: "{value} is listed more than once in CacheKeyParameters",
};
/// `integration-cache-key-parameters-declared` (Error): `{value}` is not one of the Method's RequestParameters; cache key parameters must also be declared there (`{allowed}`)
///
/// Source: `integration#cfn-apigateway-method-integration-cachekeyparameters`.
pub const INTEGRATION_CACHE_KEY_PARAMETERS_DECLARED: Rule = Rule {
    id: "integration-cache-key-parameters-declared",
    severity: Severity::Error,
    source: "integration#cfn-apigateway-method-integration-cachekeyparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-cachekeyparameters",
    type_name: "Integration",
    message: "{value} is not one of the Method's RequestParameters; cache key parameters must also be declared there ({allowed})",
};
/// `integration-lambda-http-method` (Warning): `{value}` will not invoke Lambda: a Lambda integration is called with POST only
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub const INTEGRATION_LAMBDA_HTTP_METHOD: Rule = Rule {
    id: "integration-lambda-http-method",
    severity: Severity::Warning,
    source: "integration#cfn-apigateway-method-integration-uri",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-uri",
    type_name: "Integration",
    message: "{value} will not invoke Lambda: a Lambda integration is called with POST only",
};
/// `integration-response-unknown-property` (Error): `{property}` is not a property of IntegrationResponse; allowed: `{allowed}`
///
/// Source: `registry#/definitions/IntegrationResponse/additionalProperties`.
pub const INTEGRATION_RESPONSE_UNKNOWN_PROPERTY: Rule = Rule {
    id: "integration-response-unknown-property",
    severity: Severity::Error,
    source: "registry#/definitions/IntegrationResponse/additionalProperties",
    link: "https://github.com/aws-cloudformation/cfn-lint/blob/v1.58.0/src/cfnlint/data/schemas/providers/us_east_1/aws-apigateway-method.json",
    type_name: "IntegrationResponse",
    message: "{property} is not a property of IntegrationResponse; allowed: {allowed}",
};
/// `integration-response-status-code-required` (Error): StatusCode is required
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-statuscode`.
pub const INTEGRATION_RESPONSE_STATUS_CODE_REQUIRED: Rule = Rule {
    id: "integration-response-status-code-required",
    severity: Severity::Error,
    source: "integration-response#cfn-apigateway-method-integration-integrationresponse-statuscode",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-statuscode",
    type_name: "IntegrationResponse",
    message: "StatusCode is required",
};
/// `integration-response-status-code-form` (Error): `{value}` is not an HTTP status code; use three digits from 100 to 599
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-statuscode`.
pub const INTEGRATION_RESPONSE_STATUS_CODE_FORM: Rule = Rule {
    id: "integration-response-status-code-form",
    severity: Severity::Error,
    source: "integration-response#cfn-apigateway-method-integration-integrationresponse-statuscode",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-statuscode",
    type_name: "IntegrationResponse",
    message: "{value} is not an HTTP status code; use three digits from 100 to 599",
};
/// `integration-response-without-method-response` (Warning): `{value}` has no MethodResponse: the Method deploys, then every request whose backend response this SelectionPattern selects fails ("Output mapping refers to an invalid method response"); add a MethodResponse with this StatusCode (declared: `{allowed}`)
///
/// Source: `api-errors#:~:text=Output mapping refers to an invalid method response`.
pub const INTEGRATION_RESPONSE_WITHOUT_METHOD_RESPONSE: Rule = Rule {
    id: "integration-response-without-method-response",
    severity: Severity::Warning,
    source: "api-errors#:~:text=Output mapping refers to an invalid method response",
    link: "",
    type_name: "IntegrationResponse",
    message: "{value} has no MethodResponse: the Method deploys, then every request whose backend response this SelectionPattern selects fails (\"Output mapping refers to an invalid method response\"); add a MethodResponse with this StatusCode (declared: {allowed})",
};
/// `integration-response-content-handling-allowed-values` (Error): `{value}` is not a content handling strategy; allowed: `{allowed}`
///
/// Source: `integration-response#cfn-apigateway-method-integrationresponse-contenthandling`.
pub const INTEGRATION_RESPONSE_CONTENT_HANDLING_ALLOWED_VALUES: Rule = Rule {
    id: "integration-response-content-handling-allowed-values",
    severity: Severity::Error,
    source: "integration-response#cfn-apigateway-method-integrationresponse-contenthandling",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integrationresponse-contenthandling",
    type_name: "IntegrationResponse",
    message: "{value} is not a content handling strategy; allowed: {allowed}",
};
/// `integration-response-parameters-key` (Error): `{value}` is not a method response header; use method.response.header.NAME
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters`.
pub const INTEGRATION_RESPONSE_PARAMETERS_KEY: Rule = Rule {
    id: "integration-response-parameters-key",
    severity: Severity::Error,
    source: "integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-responseparameters",
    type_name: "IntegrationResponse",
    message: "{value} is not a method response header; use method.response.header.NAME",
};
/// `integration-response-parameters-value` (Error): `{value}` is not a response parameter source; use integration.response.header.NAME, integration.response.body[.JSONPATH], context.NAME, stageVariables.NAME, or a static value in single quotes (for CORS: "'*'")
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters`.
pub const INTEGRATION_RESPONSE_PARAMETERS_VALUE: Rule = Rule {
    id: "integration-response-parameters-value",
    severity: Severity::Error,
    source: "integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-responseparameters",
    type_name: "IntegrationResponse",
    message: "{value} is not a response parameter source; use integration.response.header.NAME, integration.response.body[.JSONPATH], context.NAME, stageVariables.NAME, or a static value in single quotes (for CORS: \"'*'\")",
};
/// `integration-response-parameters-declared` (Error): `{value}` is not declared in the ResponseParameters of the Method's MethodResponse with this StatusCode, and API Gateway refuses to map it ("Invalid mapping expression specified"); declare it there (declared: `{allowed}`)
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters`.
pub const INTEGRATION_RESPONSE_PARAMETERS_DECLARED: Rule = Rule {
    id: "integration-response-parameters-declared",
    severity: Severity::Error,
    source: "integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-responseparameters",
    type_name: "IntegrationResponse",
    message: "{value} is not declared in the ResponseParameters of the Method's MethodResponse with this StatusCode, and API Gateway refuses to map it (\"Invalid mapping expression specified\"); declare it there (declared: {allowed})",
};
/// `integration-response-templates-key` (Error): `{value}` is not a media type; response template keys are content types such as application/json
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-responsetemplates`.
pub const INTEGRATION_RESPONSE_TEMPLATES_KEY: Rule = Rule {
    id: "integration-response-templates-key",
    severity: Severity::Error,
    source: "integration-response#cfn-apigateway-method-integration-integrationresponse-responsetemplates",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-responsetemplates",
    type_name: "IntegrationResponse",
    message: "{value} is not a media type; response template keys are content types such as application/json",
};
/// `method-response-unknown-property` (Error): `{property}` is not a property of MethodResponse; allowed: `{allowed}`
///
/// Source: `registry#/definitions/MethodResponse/additionalProperties`.
pub const METHOD_RESPONSE_UNKNOWN_PROPERTY: Rule = Rule {
    id: "method-response-unknown-property",
    severity: Severity::Error,
    source: "registry#/definitions/MethodResponse/additionalProperties",
    link: "https://github.com/aws-cloudformation/cfn-lint/blob/v1.58.0/src/cfnlint/data/schemas/providers/us_east_1/aws-apigateway-method.json",
    type_name: "MethodResponse",
    message: "{property} is not a property of MethodResponse; allowed: {allowed}",
};
/// `method-response-status-code-required` (Error): StatusCode is required
///
/// Source: `method-response#cfn-apigateway-method-methodresponse-statuscode`.
pub const METHOD_RESPONSE_STATUS_CODE_REQUIRED: Rule = Rule {
    id: "method-response-status-code-required",
    severity: Severity::Error,
    source: "method-response#cfn-apigateway-method-methodresponse-statuscode",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html#cfn-apigateway-method-methodresponse-statuscode",
    type_name: "MethodResponse",
    message: "StatusCode is required",
};
/// `method-response-status-code-form` (Error): `{value}` is not an HTTP status code; use three digits from 100 to 599
///
/// Source: `method-response#cfn-apigateway-method-methodresponse-statuscode`.
pub const METHOD_RESPONSE_STATUS_CODE_FORM: Rule = Rule {
    id: "method-response-status-code-form",
    severity: Severity::Error,
    source: "method-response#cfn-apigateway-method-methodresponse-statuscode",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html#cfn-apigateway-method-methodresponse-statuscode",
    type_name: "MethodResponse",
    message: "{value} is not an HTTP status code; use three digits from 100 to 599",
};
/// `method-response-parameters-key` (Error): `{value}` is not a method response header; use method.response.header.NAME
///
/// Source: `method-response#cfn-apigateway-method-methodresponse-responseparameters`.
pub const METHOD_RESPONSE_PARAMETERS_KEY: Rule = Rule {
    id: "method-response-parameters-key",
    severity: Severity::Error,
    source: "method-response#cfn-apigateway-method-methodresponse-responseparameters",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html#cfn-apigateway-method-methodresponse-responseparameters",
    type_name: "MethodResponse",
    message: "{value} is not a method response header; use method.response.header.NAME",
};
/// `method-response-models-key` (Error): `{value}` is not a content type; response model keys are content types such as application/json
///
/// Source: `method-response#cfn-apigateway-method-methodresponse-responsemodels`.
pub const METHOD_RESPONSE_MODELS_KEY: Rule = Rule {
    id: "method-response-models-key",
    severity: Severity::Error,
    source: "method-response#cfn-apigateway-method-methodresponse-responsemodels",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html#cfn-apigateway-method-methodresponse-responsemodels",
    type_name: "MethodResponse",
    message: "{value} is not a content type; response model keys are content types such as application/json",
};
/// `stage-method-setting-http-method-required` (Error): a MethodSetting has an HttpMethod (* for every method), and API Gateway refuses one without
///
/// Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-httpmethod`.
pub const STAGE_METHOD_SETTING_HTTP_METHOD_REQUIRED: Rule = Rule {
    id: "stage-method-setting-http-method-required",
    severity: Severity::Error,
    source: "aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-httpmethod",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-httpmethod",
    type_name: "MethodSetting",
    message: "a MethodSetting has an HttpMethod (* for every method), and API Gateway refuses one without",
};
/// `stage-method-setting-resource-path-required` (Error): a MethodSetting has a ResourcePath (/* for every resource), and API Gateway refuses one without
///
/// Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-resourcepath`.
pub const STAGE_METHOD_SETTING_RESOURCE_PATH_REQUIRED: Rule = Rule {
    id: "stage-method-setting-resource-path-required",
    severity: Severity::Error,
    source: "aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-resourcepath",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-resourcepath",
    type_name: "MethodSetting",
    message: "a MethodSetting has a ResourcePath (/* for every resource), and API Gateway refuses one without",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    AUTHORIZER_AUTHORIZER_URI_REQUIRED,
    AUTHORIZER_IDENTITY_SOURCE_REQUIRED,
    AUTHORIZER_PROVIDER_ARNS_REQUIRED,
    AUTHORIZER_NAME_REQUIRED,
    AUTHORIZER_REST_API_ID_REQUIRED,
    AUTHORIZER_TYPE_REQUIRED,
    BASE_PATH_MAPPING_DOMAIN_NAME_REQUIRED,
    DEPLOYMENT_REST_API_ID_REQUIRED,
    DOCUMENTATION_PART_LOCATION_REQUIRED,
    DOCUMENTATION_PART_PROPERTIES_REQUIRED,
    DOCUMENTATION_PART_REST_API_ID_REQUIRED,
    DOCUMENTATION_VERSION_DOCUMENTATION_VERSION_REQUIRED,
    DOCUMENTATION_VERSION_REST_API_ID_REQUIRED,
    GATEWAY_RESPONSE_RESPONSE_TYPE_REQUIRED,
    GATEWAY_RESPONSE_REST_API_ID_REQUIRED,
    METHOD_UNKNOWN_PROPERTY,
    METHOD_HTTP_METHOD_REQUIRED,
    METHOD_HTTP_METHOD_ALLOWED_VALUES,
    METHOD_REST_API_ID_REQUIRED,
    METHOD_RESOURCE_ID_REQUIRED,
    METHOD_AUTHORIZATION_TYPE_ALLOWED_VALUES,
    METHOD_AUTHORIZER_ID_REQUIRED,
    METHOD_AUTHORIZER_ID_UNUSED,
    METHOD_AUTHORIZATION_SCOPES_WITHOUT_COGNITO,
    METHOD_REQUEST_PARAMETERS_KEY,
    METHOD_REQUEST_MODELS_KEY,
    METHOD_RESPONSES_STATUS_CODE_UNIQUE,
    MODEL_REST_API_ID_REQUIRED,
    REQUEST_VALIDATOR_REST_API_ID_REQUIRED,
    RESOURCE_PARENT_ID_REQUIRED,
    RESOURCE_PATH_PART_REQUIRED,
    RESOURCE_REST_API_ID_REQUIRED,
    STAGE_DEPLOYMENT_ID_REQUIRED,
    STAGE_REST_API_ID_REQUIRED,
    USAGE_PLAN_KEY_KEY_ID_REQUIRED,
    USAGE_PLAN_KEY_KEY_TYPE_REQUIRED,
    USAGE_PLAN_KEY_USAGE_PLAN_ID_REQUIRED,
    VPC_LINK_NAME_REQUIRED,
    VPC_LINK_TARGET_ARNS_REQUIRED,
    INTEGRATION_UNKNOWN_PROPERTY,
    INTEGRATION_TYPE_REQUIRED,
    INTEGRATION_TYPE_ALLOWED_VALUES,
    INTEGRATION_HTTP_METHOD_REQUIRED,
    INTEGRATION_HTTP_METHOD_ALLOWED_VALUES,
    INTEGRATION_URI_REQUIRED,
    INTEGRATION_URI_MOCK,
    INTEGRATION_URI_HTTP_FORM,
    INTEGRATION_URI_LAMBDA_FUNCTION_ARN,
    INTEGRATION_URI_AWS_FORM,
    INTEGRATION_CONNECTION_TYPE_ALLOWED_VALUES,
    INTEGRATION_CONNECTION_ID_REQUIRED,
    INTEGRATION_CONNECTION_ID_WITHOUT_VPC_LINK,
    INTEGRATION_CONTENT_HANDLING_ALLOWED_VALUES,
    INTEGRATION_CREDENTIALS_FORM,
    INTEGRATION_PASSTHROUGH_BEHAVIOR_ALLOWED_VALUES,
    INTEGRATION_REQUEST_PARAMETERS_KEY,
    INTEGRATION_REQUEST_PARAMETERS_VALUE,
    INTEGRATION_REQUEST_PARAMETERS_DECLARED,
    INTEGRATION_REQUEST_TEMPLATES_KEY,
    INTEGRATION_RESPONSE_TRANSFER_MODE_ALLOWED_VALUES,
    INTEGRATION_RESPONSE_TRANSFER_MODE_STREAM_TYPE,
    INTEGRATION_TIMEOUT_MINIMUM,
    INTEGRATION_TIMEOUT_ABOVE_DEFAULT_QUOTA,
    INTEGRATION_TIMEOUT_STREAM_MAXIMUM,
    INTEGRATION_CACHE_KEY_PARAMETERS_UNIQUE,
    INTEGRATION_CACHE_KEY_PARAMETERS_DECLARED,
    INTEGRATION_LAMBDA_HTTP_METHOD,
    INTEGRATION_RESPONSE_UNKNOWN_PROPERTY,
    INTEGRATION_RESPONSE_STATUS_CODE_REQUIRED,
    INTEGRATION_RESPONSE_STATUS_CODE_FORM,
    INTEGRATION_RESPONSE_WITHOUT_METHOD_RESPONSE,
    INTEGRATION_RESPONSE_CONTENT_HANDLING_ALLOWED_VALUES,
    INTEGRATION_RESPONSE_PARAMETERS_KEY,
    INTEGRATION_RESPONSE_PARAMETERS_VALUE,
    INTEGRATION_RESPONSE_PARAMETERS_DECLARED,
    INTEGRATION_RESPONSE_TEMPLATES_KEY,
    METHOD_RESPONSE_UNKNOWN_PROPERTY,
    METHOD_RESPONSE_STATUS_CODE_REQUIRED,
    METHOD_RESPONSE_STATUS_CODE_FORM,
    METHOD_RESPONSE_PARAMETERS_KEY,
    METHOD_RESPONSE_MODELS_KEY,
    STAGE_METHOD_SETTING_HTTP_METHOD_REQUIRED,
    STAGE_METHOD_SETTING_RESOURCE_PATH_REQUIRED,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
