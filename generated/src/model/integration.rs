// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Method.Integration`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use super::ConnectionType;
use super::ContentHandling;
use super::HttpMethod;
use super::IntegrationResponse;
use super::IntegrationType;
use super::PassthroughBehavior;
use super::ResponseTransferMode;
use std::collections::BTreeMap;
use serde::Serialize;
/// `Integration` is a property of the AWS::ApiGateway::Method resource that specifies information about the target backend that a method calls.
///
/// CloudFormation property type `AWS::ApiGateway::Method.Integration`. Build one with [`Integration::builder`], or load and check one with
/// [`Integration::from_value`]; every property that may be an intrinsic function is a [`Value`].
///
/// Source: `integration#aws-properties-apitgateway-method-integration`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Integration {
    /// A list of request parameters whose values API Gateway caches. For cases where the integration type allows for RequestParameters to be set, these parameters must also be specified in [RequestParameters](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-requestparameters) to be supported in `CacheKeyParameters`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Duplicates allowed: No
    /// - Rules: `integration-cache-key-parameters-unique`, `integration-cache-key-parameters-declared`
    /// - Source: `integration#cfn-apigateway-method-integration-cachekeyparameters`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-cachekeyparameters)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_key_parameters: Option<Value<Vec<Value<String>>>>,
    /// An API-specific tag group of related cached parameters.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `integration#cfn-apigateway-method-integration-cachenamespace`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-cachenamespace)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_namespace: Option<Value<String>>,
    /// The ID of the `VpcLink` used for the integration when `connectionType=VPC_LINK`, otherwise undefined.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `integration-connection-id-required`, `integration-connection-id-without-vpc-link`
    /// - Source: `integration#cfn-apigateway-method-integration-connectionid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-connectionid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<Value<String>>,
    /// The type of the network connection to the integration endpoint. The valid value is `INTERNET` for connections through the public routable internet or `VPC_LINK` for private connections between API Gateway and a network load balancer in a VPC. The default value is `INTERNET`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`ConnectionType`]
    /// - Default: `INTERNET`
    /// - Rules: `integration-connection-type-allowed-values`
    /// - Source: `integration#cfn-apigateway-method-integration-connectiontype`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-connectiontype)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<Value<ConnectionType>>,
    /// Specifies how to handle request payload content type conversions. Valid values are:
    ///
    /// + `CONVERT_TO_BINARY`: Converts a request payload from a base64-encoded string to a binary blob.
    /// + `CONVERT_TO_TEXT`: Converts a request payload from a binary blob to a base64-encoded string.
    ///
    /// If this property isn't defined, the request payload is passed through from the method request to the integration request without modification, provided that the `PassthroughBehaviors` property is configured to support payload pass-through.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`ContentHandling`]
    /// - Rules: `integration-content-handling-allowed-values`
    /// - Source: `integration#cfn-apigateway-method-integration-contenthandling`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-contenthandling)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_handling: Option<Value<ContentHandling>>,
    /// The credentials that are required for the integration. To specify an AWS Identity and Access Management (IAM) role that API Gateway assumes, specify the role's Amazon Resource Name (ARN). To require that the caller's identity be passed through from the request, specify arn:aws:iam::*:user/*.
    ///
    /// To use resource-based permissions on the AWS Lambda (Lambda) function, don't specify this property. Use the [AWS::Lambda::Permission](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html) resource to permit API Gateway to call the function. For more information, see [Allow Amazon API Gateway to Invoke a Lambda Function](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html#access-control-resource-based-example-apigateway-invoke-function) in the *AWS Lambda Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `integration-credentials-form`
    /// - Source: `integration#cfn-apigateway-method-integration-credentials`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-credentials)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Value<String>>,
    /// The integration's HTTP method type.
    ///
    /// For the `Type` property, if you specify `MOCK`, this property is optional. For all other types, you must specify this property.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Allowed values: see [`HttpMethod`]
    /// - Rules: `integration-http-method-required`, `integration-http-method-allowed-values`, `integration-lambda-http-method`
    /// - Source: `integration#cfn-apigateway-method-integration-integrationhttpmethod`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-integrationhttpmethod)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integration_http_method: Option<Value<HttpMethod>>,
    /// The response that API Gateway provides after a method's backend completes processing a request. API Gateway intercepts the response from the backend so that you can control how API Gateway surfaces backend responses. For example, you can map the backend status codes to codes that you define.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `integration#cfn-apigateway-method-integration-integrationresponses`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-integrationresponses)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integration_responses: Option<Value<Vec<Value<IntegrationResponse>>>>,
    /// The target of the integration. Not in the 2023 CloudFormation document; added from the current CloudFormation registry schema, which gives no description.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `registry#/definitions/Integration/properties/IntegrationTarget`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integration.html#cfn-apigateway-method-integration-integrationtarget)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integration_target: Option<Value<String>>,
    /// Indicates when API Gateway passes requests to the targeted backend. This behavior depends on the request's `Content-Type` header and whether you defined a mapping template for it.
    ///
    /// For more information and valid values, see the [passthroughBehavior](https://docs.aws.amazon.com/apigateway/api-reference/link-relation/integration-put/#passthroughBehavior) field in the *API Gateway API Reference*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`PassthroughBehavior`]
    /// - Rules: `integration-passthrough-behavior-allowed-values`
    /// - Source: `integration#cfn-apigateway-method-integration-passthroughbehavior`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-passthroughbehavior)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passthrough_behavior: Option<Value<PassthroughBehavior>>,
    /// The request parameters that API Gateway sends with the backend request. Specify request parameters as key-value pairs (string-to-string mappings), with a destination as the key and a source as the value.
    ///
    /// Specify the destination by using the following pattern `integration.request.location.name`, where *location* is query string, path, or header, and *name* is a valid, unique parameter name.
    ///
    /// The source must be an existing method request parameter or a static value. You must enclose static values in single quotation marks and pre-encode these values based on their destination in the request.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `integration-request-parameters-key`, `integration-request-parameters-value`
    /// - Source: `integration#cfn-apigateway-method-integration-requestparameters`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-requestparameters)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_parameters: Option<Value<BTreeMap<String, Value<String>>>>,
    /// A map of Apache Velocity templates that are applied on the request payload. The template that API Gateway uses is based on the value of the `Content-Type` header that's sent by the client. The content type value is the key, and the template is the value (specified as a string), such as the following snippet:
    ///
    /// `"application/json": "{\n \"statusCode\": 200\n}"`
    ///
    /// For more information about templates, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `integration-request-templates-key`
    /// - Source: `integration#cfn-apigateway-method-integration-requesttemplates`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-requesttemplates)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_templates: Option<Value<BTreeMap<String, Value<String>>>>,
    /// The response transfer mode of the integration: `BUFFERED` (the default) or `STREAM`. Not in the 2023 CloudFormation document; added from the current CloudFormation registry schema, which gives no description.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`ResponseTransferMode`]
    /// - Default: `BUFFERED`
    /// - Rules: `integration-response-transfer-mode-allowed-values`
    /// - Source: `registry#/definitions/Integration/properties/ResponseTransferMode`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integration.html#cfn-apigateway-method-integration-responsetransfermode)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_transfer_mode: Option<Value<ResponseTransferMode>>,
    /// Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000 milliseconds or 29 seconds.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Minimum: 50
    /// - Maximum: 29000
    /// - Default: `29000`
    /// - Rules: `integration-timeout-minimum`, `integration-timeout-above-default-quota`
    /// - Source: `integration#cfn-apigateway-method-integration-timeoutinmillis`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-timeoutinmillis)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_in_millis: Option<Value<i64>>,
    /// The type of backend that your method is running, such as `HTTP` or `MOCK`. For all of the valid values, see the [type](https://docs.aws.amazon.com/apigateway/api-reference/resource/integration/#type) property for the `Integration` resource in the *Amazon API Gateway REST API Reference*.
    ///
    /// - Required: Yes: the CloudFormation registry schema requires it (the document says No)
    /// - Update requires: No interruption
    /// - Allowed values: see [`IntegrationType`]
    /// - Rules: `integration-type-required`, `integration-type-allowed-values`
    /// - Source: `integration#cfn-apigateway-method-integration-type`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-type)
    pub r#type: Value<IntegrationType>,
    /// The Uniform Resource Identifier (URI) for the integration.
    ///
    /// If you specify `HTTP` for the `Type` property, specify the API endpoint URL.
    ///
    /// If you specify `MOCK` for the `Type` property, don't specify this property.
    ///
    /// If you specify `AWS` for the `Type` property, specify an AWS service that follows this form: arn:aws:apigateway:*region*:*subdomain*.*service|service*:*path|action*/*service_api*. For example, a Lambda function URI follows this form: arn:aws:apigateway:*region*:lambda:path/*path*. The path is usually in the form /2015-03-31/functions/*LambdaFunctionARN*/invocations. For more information, see the `uri` property of the [Integration](https://docs.aws.amazon.com/apigateway/api-reference/resource/integration/) resource in the Amazon API Gateway REST API Reference.
    ///
    /// If you specified `HTTP` or `AWS` for the `Type` property, you must specify this property.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Rules: `integration-uri-required`, `integration-uri-mock`, `integration-uri-http-form`, `integration-uri-lambda-function-arn`, `integration-uri-aws-form`
    /// - Source: `integration#cfn-apigateway-method-integration-uri`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-uri)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `Integration`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<16> = PropertyNames {
    names: [
        "CacheKeyParameters",
        "CacheNamespace",
        "ConnectionId",
        "ConnectionType",
        "ContentHandling",
        "Credentials",
        "IntegrationHttpMethod",
        "IntegrationResponses",
        "IntegrationTarget",
        "PassthroughBehavior",
        "RequestParameters",
        "RequestTemplates",
        "ResponseTransferMode",
        "TimeoutInMillis",
        "Type",
        "Uri",
    ],
    index: |key| match key {
        "CacheKeyParameters" => Some(0),
        "CacheNamespace" => Some(1),
        "ConnectionId" => Some(2),
        "ConnectionType" => Some(3),
        "ContentHandling" => Some(4),
        "Credentials" => Some(5),
        "IntegrationHttpMethod" => Some(6),
        "IntegrationResponses" => Some(7),
        "IntegrationTarget" => Some(8),
        "PassthroughBehavior" => Some(9),
        "RequestParameters" => Some(10),
        "RequestTemplates" => Some(11),
        "ResponseTransferMode" => Some(12),
        "TimeoutInMillis" => Some(13),
        "Type" => Some(14),
        "Uri" => Some(15),
        _ => None,
    },
};
property_type_loaders!(
    Integration, "an Integration object", PROPERTY_NAMES, [optional(0,
    cache_key_parameters), optional(1, cache_namespace), optional(2, connection_id),
    optional(3, connection_type), optional(4, content_handling), optional(5,
    credentials), optional(6, integration_http_method), optional(7,
    integration_responses), optional(8, integration_target), optional(9,
    passthrough_behavior), optional(10, request_parameters), optional(11,
    request_templates), optional(12, response_transfer_mode), optional(13,
    timeout_in_millis), required(14, r#type), optional(15, uri)], [r#type]
);
/// A builder for [`Integration`].
///
/// `build()` needs `type` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct IntegrationBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_key_parameters: Option<Value<Vec<Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_namespace: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    connection_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    connection_type: Option<Value<ConnectionType>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_handling: Option<Value<ContentHandling>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    credentials: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    integration_http_method: Option<Value<HttpMethod>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    integration_responses: Option<Value<Vec<Value<IntegrationResponse>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    integration_target: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    passthrough_behavior: Option<Value<PassthroughBehavior>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_parameters: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_templates: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_transfer_mode: Option<Value<ResponseTransferMode>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timeout_in_millis: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#type: Option<Value<IntegrationType>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<Value<String>>,
}
impl IntegrationBuilder {
    builder_setters!(
        list cache_key_parameters, set_cache_key_parameters, "CacheKeyParameters", String
    );
    builder_setters!(cache_namespace, set_cache_namespace, "CacheNamespace", String);
    builder_setters!(connection_id, set_connection_id, "ConnectionId", String);
    builder_setters!(
        connection_type, set_connection_type, "ConnectionType", ConnectionType
    );
    builder_setters!(
        content_handling, set_content_handling, "ContentHandling", ContentHandling
    );
    builder_setters!(credentials, set_credentials, "Credentials", String);
    builder_setters!(
        integration_http_method, set_integration_http_method, "IntegrationHttpMethod",
        HttpMethod
    );
    builder_setters!(
        list integration_responses, set_integration_responses, "IntegrationResponses",
        IntegrationResponse
    );
    builder_setters!(
        integration_target, set_integration_target, "IntegrationTarget", String
    );
    builder_setters!(
        passthrough_behavior, set_passthrough_behavior, "PassthroughBehavior",
        PassthroughBehavior
    );
    builder_setters!(
        map request_parameters, set_request_parameters, "RequestParameters", String
    );
    builder_setters!(
        map request_templates, set_request_templates, "RequestTemplates", String
    );
    builder_setters!(
        response_transfer_mode, set_response_transfer_mode, "ResponseTransferMode",
        ResponseTransferMode
    );
    builder_setters!(timeout_in_millis, set_timeout_in_millis, "TimeoutInMillis", i64);
    builder_setters!(r#type, set_type, "Type", IntegrationType);
    builder_setters!(uri, set_uri, "Uri", String);
}
property_type_api!(
    Integration, "AWS::ApiGateway::Method.Integration", IntegrationBuilder,
    check_integration, CheckContext
);
use crate::runtime::check::{Condition, Test};
use crate::runtime::formats;
use super::rules::{
    INTEGRATION_UNKNOWN_PROPERTY, INTEGRATION_TYPE_REQUIRED,
    INTEGRATION_TYPE_ALLOWED_VALUES, INTEGRATION_HTTP_METHOD_REQUIRED,
    INTEGRATION_HTTP_METHOD_ALLOWED_VALUES, INTEGRATION_URI_REQUIRED,
    INTEGRATION_URI_MOCK, INTEGRATION_URI_HTTP_FORM, INTEGRATION_URI_LAMBDA_FUNCTION_ARN,
    INTEGRATION_URI_AWS_FORM, INTEGRATION_CONNECTION_TYPE_ALLOWED_VALUES,
    INTEGRATION_CONNECTION_ID_REQUIRED, INTEGRATION_CONNECTION_ID_WITHOUT_VPC_LINK,
    INTEGRATION_CONTENT_HANDLING_ALLOWED_VALUES, INTEGRATION_CREDENTIALS_FORM,
    INTEGRATION_PASSTHROUGH_BEHAVIOR_ALLOWED_VALUES, INTEGRATION_REQUEST_PARAMETERS_KEY,
    INTEGRATION_REQUEST_PARAMETERS_VALUE, INTEGRATION_REQUEST_TEMPLATES_KEY,
    INTEGRATION_RESPONSE_TRANSFER_MODE_ALLOWED_VALUES, INTEGRATION_TIMEOUT_MINIMUM,
    INTEGRATION_TIMEOUT_ABOVE_DEFAULT_QUOTA, INTEGRATION_CACHE_KEY_PARAMETERS_UNIQUE,
    INTEGRATION_CACHE_KEY_PARAMETERS_DECLARED, INTEGRATION_LAMBDA_HTTP_METHOD,
};
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::{Integer, List, Map, Text};
/// The allowed values of the properties that conditions test: one list for each,
/// which the rules and conditions on the property share.
mod allowed_values {
    /// The allowed values of Type.
    pub(super) static TYPE: [&str; 5] = [
        "AWS",
        "AWS_PROXY",
        "HTTP",
        "HTTP_PROXY",
        "MOCK",
    ];
    /// The allowed values of ConnectionType.
    pub(super) static CONNECTION_TYPE: [&str; 2] = ["INTERNET", "VPC_LINK"];
}
const TYPE_NOT_IN_MOCK: Condition = Condition {
    test: Test::NotIn(&["MOCK"]),
    default: None,
    allowed: Some(&allowed_values::TYPE),
    among: Some(15),
};
const TYPE_IN_HTTP_HTTP_PROXY_AWS_AWS_PROXY: Condition = Condition {
    test: Test::In(&["HTTP", "HTTP_PROXY", "AWS", "AWS_PROXY"]),
    default: None,
    allowed: Some(&allowed_values::TYPE),
    among: Some(15),
};
const TYPE_IN_MOCK: Condition = Condition {
    test: Test::In(&["MOCK"]),
    default: None,
    allowed: Some(&allowed_values::TYPE),
    among: Some(16),
};
const TYPE_IN_HTTP_HTTP_PROXY: Condition = Condition {
    test: Test::In(&["HTTP", "HTTP_PROXY"]),
    default: None,
    allowed: Some(&allowed_values::TYPE),
    among: Some(12),
};
const TYPE_IN_AWS_AWS_PROXY: Condition = Condition {
    test: Test::In(&["AWS", "AWS_PROXY"]),
    default: None,
    allowed: Some(&allowed_values::TYPE),
    among: Some(3),
};
const URI_IS_NOT_LAMBDA_FUNCTION_ARN: Condition = Condition {
    test: Test::NotFormat(&formats::LAMBDA_FUNCTION_ARN),
    default: None,
    allowed: None,
    among: None,
};
const CONNECTION_TYPE_IN_VPC_LINK: Condition = Condition {
    test: Test::In(&["VPC_LINK"]),
    default: Some("INTERNET"),
    allowed: Some(&allowed_values::CONNECTION_TYPE),
    among: Some(2),
};
const CONNECTION_TYPE_NOT_IN_VPC_LINK: Condition = Condition {
    test: Test::NotIn(&["VPC_LINK"]),
    default: Some("INTERNET"),
    allowed: Some(&allowed_values::CONNECTION_TYPE),
    among: Some(1),
};
const URI_IS_LAMBDA_INVOCATION_URI: Condition = Condition {
    test: Test::Format(&formats::LAMBDA_INVOCATION_URI),
    default: None,
    allowed: None,
    among: None,
};
/// Checks `AWS::ApiGateway::Method.Integration` JSON: the shape of every property, then the rules.
pub(crate) fn check_integration<'r>(
    c: &mut Checker<'r>,
    context: &CheckContext,
    value: &'r serde_json::Value,
) {
    c.object(
        value,
        "an Integration object",
        &|c, object| {
            let [cache_key_parameters, cache_namespace, connection_id, connection_type,
            content_handling, credentials, integration_http_method,
            integration_responses, integration_target, passthrough_behavior,
            request_parameters, request_templates, response_transfer_mode,
            timeout_in_millis, r#type, uri] = c
                .properties(
                    object,
                    &PROPERTY_NAMES,
                    Some(&INTEGRATION_UNKNOWN_PROPERTY),
                );
            c.property(cache_key_parameters, "CacheKeyParameters", context, List(Text));
            c.property(cache_namespace, "CacheNamespace", context, Text);
            c.property(connection_id, "ConnectionId", context, Text);
            c.property(connection_type, "ConnectionType", context, Text);
            c.property(content_handling, "ContentHandling", context, Text);
            c.property(credentials, "Credentials", context, Text);
            c.property(integration_http_method, "IntegrationHttpMethod", context, Text);
            c.property(
                integration_responses,
                "IntegrationResponses",
                context,
                List(IntegrationResponse::SHAPE),
            );
            c.property(integration_target, "IntegrationTarget", context, Text);
            c.property(passthrough_behavior, "PassthroughBehavior", context, Text);
            c.property(request_parameters, "RequestParameters", context, Map(Text));
            c.property(request_templates, "RequestTemplates", context, Map(Text));
            c.property(response_transfer_mode, "ResponseTransferMode", context, Text);
            c.property(timeout_in_millis, "TimeoutInMillis", context, Integer);
            c.property(r#type, "Type", context, Text);
            c.property(uri, "Uri", context, Text);
            let among = [
                c.among(r#type, &allowed_values::TYPE, None),
                c.among(connection_type, &allowed_values::CONNECTION_TYPE, Some(0)),
            ];
            c.require_present(r#type, "Type", &INTEGRATION_TYPE_REQUIRED);
            c.allowed_values(
                r#type,
                "Type",
                &allowed_values::TYPE,
                &INTEGRATION_TYPE_ALLOWED_VALUES,
            );
            if c.holds_among(r#type, among[0], &TYPE_NOT_IN_MOCK) {
                c.require_present(
                    integration_http_method,
                    "IntegrationHttpMethod",
                    &INTEGRATION_HTTP_METHOD_REQUIRED,
                );
            }
            c.allowed_values(
                integration_http_method,
                "IntegrationHttpMethod",
                &["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "ANY"],
                &INTEGRATION_HTTP_METHOD_ALLOWED_VALUES,
            );
            if c.holds_among(r#type, among[0], &TYPE_IN_HTTP_HTTP_PROXY_AWS_AWS_PROXY) {
                c.require_present(uri, "Uri", &INTEGRATION_URI_REQUIRED);
            }
            if c.holds_among(r#type, among[0], &TYPE_IN_MOCK) {
                c.require_absent(uri, "Uri", &INTEGRATION_URI_MOCK);
            }
            if c.holds_among(r#type, among[0], &TYPE_IN_HTTP_HTTP_PROXY) {
                c.formats(uri, "Uri", &[&formats::HTTP_URL], &INTEGRATION_URI_HTTP_FORM);
            }
            if c.holds_among(r#type, among[0], &TYPE_IN_AWS_AWS_PROXY) {
                c.not_format(
                    uri,
                    "Uri",
                    &formats::LAMBDA_FUNCTION_ARN,
                    &INTEGRATION_URI_LAMBDA_FUNCTION_ARN,
                );
            }
            if c.holds_among(r#type, among[0], &TYPE_IN_AWS_AWS_PROXY)
                && c.holds(uri, &URI_IS_NOT_LAMBDA_FUNCTION_ARN)
            {
                c.formats(
                    uri,
                    "Uri",
                    &[&formats::APIGATEWAY_SERVICE_URI],
                    &INTEGRATION_URI_AWS_FORM,
                );
            }
            c.allowed_values(
                connection_type,
                "ConnectionType",
                &allowed_values::CONNECTION_TYPE,
                &INTEGRATION_CONNECTION_TYPE_ALLOWED_VALUES,
            );
            if c.holds_among(connection_type, among[1], &CONNECTION_TYPE_IN_VPC_LINK) {
                c.require_present(
                    connection_id,
                    "ConnectionId",
                    &INTEGRATION_CONNECTION_ID_REQUIRED,
                );
            }
            if c.holds_among(connection_type, among[1], &CONNECTION_TYPE_NOT_IN_VPC_LINK)
            {
                c.require_absent(
                    connection_id,
                    "ConnectionId",
                    &INTEGRATION_CONNECTION_ID_WITHOUT_VPC_LINK,
                );
            }
            c.allowed_values(
                content_handling,
                "ContentHandling",
                &["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"],
                &INTEGRATION_CONTENT_HANDLING_ALLOWED_VALUES,
            );
            c.formats(
                credentials,
                "Credentials",
                &[&formats::IAM_ROLE_ARN, &formats::IAM_CALLER_PASSTHROUGH],
                &INTEGRATION_CREDENTIALS_FORM,
            );
            c.allowed_values(
                passthrough_behavior,
                "PassthroughBehavior",
                &["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"],
                &INTEGRATION_PASSTHROUGH_BEHAVIOR_ALLOWED_VALUES,
            );
            c.key_formats(
                request_parameters,
                "RequestParameters",
                &[&formats::INTEGRATION_REQUEST_PARAMETER],
                &INTEGRATION_REQUEST_PARAMETERS_KEY,
            );
            c.value_formats(
                request_parameters,
                "RequestParameters",
                &[
                    &formats::METHOD_REQUEST_PARAMETER,
                    &formats::CONTEXT_VARIABLE,
                    &formats::STAGE_VARIABLE,
                    &formats::QUOTED_STATIC_VALUE,
                ],
                &INTEGRATION_REQUEST_PARAMETERS_VALUE,
            );
            c.key_formats(
                request_templates,
                "RequestTemplates",
                &[&formats::MEDIA_TYPE],
                &INTEGRATION_REQUEST_TEMPLATES_KEY,
            );
            c.allowed_values(
                response_transfer_mode,
                "ResponseTransferMode",
                &["BUFFERED", "STREAM"],
                &INTEGRATION_RESPONSE_TRANSFER_MODE_ALLOWED_VALUES,
            );
            c.minimum(
                timeout_in_millis,
                "TimeoutInMillis",
                50f64,
                &INTEGRATION_TIMEOUT_MINIMUM,
            );
            c.maximum(
                timeout_in_millis,
                "TimeoutInMillis",
                29000f64,
                &INTEGRATION_TIMEOUT_ABOVE_DEFAULT_QUOTA,
            );
            c.unique_items(
                cache_key_parameters,
                "CacheKeyParameters",
                &INTEGRATION_CACHE_KEY_PARAMETERS_UNIQUE,
            );
            c.items_in(
                cache_key_parameters,
                "CacheKeyParameters",
                context.method_request_parameters.as_ref(),
                &INTEGRATION_CACHE_KEY_PARAMETERS_DECLARED,
            );
            if c.holds_among(r#type, among[0], &TYPE_IN_AWS_AWS_PROXY)
                && c.holds(uri, &URI_IS_LAMBDA_INVOCATION_URI)
            {
                c.allowed_values(
                    integration_http_method,
                    "IntegrationHttpMethod",
                    &["POST"],
                    &INTEGRATION_LAMBDA_HTTP_METHOD,
                );
            }
        },
    );
}
impl Integration {
    /// `true` when checking the JSON of the `Integration`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_integration`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let cache_key_parameters = self.cache_key_parameters.as_ref();
        let cache_namespace = self.cache_namespace.as_ref();
        let connection_id = self.connection_id.as_ref();
        let connection_type = self.connection_type.as_ref();
        let content_handling = self.content_handling.as_ref();
        let credentials = self.credentials.as_ref();
        let integration_http_method = self.integration_http_method.as_ref();
        let integration_responses = self.integration_responses.as_ref();
        let integration_target = self.integration_target.as_ref();
        let passthrough_behavior = self.passthrough_behavior.as_ref();
        let request_parameters = self.request_parameters.as_ref();
        let request_templates = self.request_templates.as_ref();
        let response_transfer_mode = self.response_transfer_mode.as_ref();
        let timeout_in_millis = self.timeout_in_millis.as_ref();
        let r#type = Some(&self.r#type);
        let uri = self.uri.as_ref();
        c.property(cache_key_parameters, "CacheKeyParameters", List(Text));
        c.property(cache_namespace, "CacheNamespace", Text);
        c.property(connection_id, "ConnectionId", Text);
        c.property(connection_type, "ConnectionType", Text);
        c.property(content_handling, "ContentHandling", Text);
        c.property(credentials, "Credentials", Text);
        c.property(integration_http_method, "IntegrationHttpMethod", Text);
        c.property(
            integration_responses,
            "IntegrationResponses",
            List(IntegrationResponse::SHAPE),
        );
        c.property(integration_target, "IntegrationTarget", Text);
        c.property(passthrough_behavior, "PassthroughBehavior", Text);
        c.property(request_parameters, "RequestParameters", Map(Text));
        c.property(request_templates, "RequestTemplates", Map(Text));
        c.property(response_transfer_mode, "ResponseTransferMode", Text);
        c.property(timeout_in_millis, "TimeoutInMillis", Integer);
        c.property(r#type, "Type", Text);
        c.property(uri, "Uri", Text);
        Self::accept_rules(
            c,
            cache_key_parameters,
            connection_id,
            connection_type,
            content_handling,
            credentials,
            integration_http_method,
            passthrough_behavior,
            request_parameters,
            request_templates,
            response_transfer_mode,
            timeout_in_millis,
            r#type,
            uri,
        );
        c.fine()
    }
    /// The rules of [`check_integration`] in a twin, on the values of the properties they read: the typed
    /// twin and the JSON twin share them.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per property the rules read"
    )]
    fn accept_rules<
        'r,
        T0: Hold<CheckContext>,
        T1: Hold<CheckContext>,
        T2: Hold<CheckContext>,
        T3: Hold<CheckContext>,
        T4: Hold<CheckContext>,
        T5: Hold<CheckContext>,
        T6: Hold<CheckContext>,
        T7: Hold<CheckContext>,
        T8: Hold<CheckContext>,
        T9: Hold<CheckContext>,
        T10: Hold<CheckContext>,
        T11: Hold<CheckContext>,
        T12: Hold<CheckContext>,
    >(
        c: &mut Accept<'r, CheckContext>,
        cache_key_parameters: Option<&'r T0>,
        connection_id: Option<&'r T1>,
        connection_type: Option<&'r T2>,
        content_handling: Option<&'r T3>,
        credentials: Option<&'r T4>,
        integration_http_method: Option<&'r T5>,
        passthrough_behavior: Option<&'r T6>,
        request_parameters: Option<&'r T7>,
        request_templates: Option<&'r T8>,
        response_transfer_mode: Option<&'r T9>,
        timeout_in_millis: Option<&'r T10>,
        r#type: Option<&'r T11>,
        uri: Option<&'r T12>,
    ) {
        let context = c.context();
        let among = [
            c.among(r#type, &allowed_values::TYPE, None),
            c.among(connection_type, &allowed_values::CONNECTION_TYPE, Some(0)),
        ];
        c.require_present(r#type, "Type", &INTEGRATION_TYPE_REQUIRED);
        c.allowed_values(
            r#type,
            "Type",
            &allowed_values::TYPE,
            &INTEGRATION_TYPE_ALLOWED_VALUES,
        );
        if c.holds_among(r#type, among[0], &TYPE_NOT_IN_MOCK) {
            c.require_present(
                integration_http_method,
                "IntegrationHttpMethod",
                &INTEGRATION_HTTP_METHOD_REQUIRED,
            );
        }
        c.allowed_values(
            integration_http_method,
            "IntegrationHttpMethod",
            &["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "ANY"],
            &INTEGRATION_HTTP_METHOD_ALLOWED_VALUES,
        );
        if c.holds_among(r#type, among[0], &TYPE_IN_HTTP_HTTP_PROXY_AWS_AWS_PROXY) {
            c.require_present(uri, "Uri", &INTEGRATION_URI_REQUIRED);
        }
        if c.holds_among(r#type, among[0], &TYPE_IN_MOCK) {
            c.require_absent(uri, "Uri", &INTEGRATION_URI_MOCK);
        }
        if c.holds_among(r#type, among[0], &TYPE_IN_HTTP_HTTP_PROXY) {
            c.formats(uri, "Uri", &[&formats::HTTP_URL], &INTEGRATION_URI_HTTP_FORM);
        }
        if c.holds_among(r#type, among[0], &TYPE_IN_AWS_AWS_PROXY) {
            c.not_format(
                uri,
                "Uri",
                &formats::LAMBDA_FUNCTION_ARN,
                &INTEGRATION_URI_LAMBDA_FUNCTION_ARN,
            );
        }
        if c.holds_among(r#type, among[0], &TYPE_IN_AWS_AWS_PROXY)
            && c.holds(uri, &URI_IS_NOT_LAMBDA_FUNCTION_ARN)
        {
            c.formats(
                uri,
                "Uri",
                &[&formats::APIGATEWAY_SERVICE_URI],
                &INTEGRATION_URI_AWS_FORM,
            );
        }
        c.allowed_values(
            connection_type,
            "ConnectionType",
            &allowed_values::CONNECTION_TYPE,
            &INTEGRATION_CONNECTION_TYPE_ALLOWED_VALUES,
        );
        if c.holds_among(connection_type, among[1], &CONNECTION_TYPE_IN_VPC_LINK) {
            c.require_present(
                connection_id,
                "ConnectionId",
                &INTEGRATION_CONNECTION_ID_REQUIRED,
            );
        }
        if c.holds_among(connection_type, among[1], &CONNECTION_TYPE_NOT_IN_VPC_LINK) {
            c.require_absent(
                connection_id,
                "ConnectionId",
                &INTEGRATION_CONNECTION_ID_WITHOUT_VPC_LINK,
            );
        }
        c.allowed_values(
            content_handling,
            "ContentHandling",
            &["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"],
            &INTEGRATION_CONTENT_HANDLING_ALLOWED_VALUES,
        );
        c.formats(
            credentials,
            "Credentials",
            &[&formats::IAM_ROLE_ARN, &formats::IAM_CALLER_PASSTHROUGH],
            &INTEGRATION_CREDENTIALS_FORM,
        );
        c.allowed_values(
            passthrough_behavior,
            "PassthroughBehavior",
            &["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"],
            &INTEGRATION_PASSTHROUGH_BEHAVIOR_ALLOWED_VALUES,
        );
        c.key_formats(
            request_parameters,
            "RequestParameters",
            &[&formats::INTEGRATION_REQUEST_PARAMETER],
            &INTEGRATION_REQUEST_PARAMETERS_KEY,
        );
        c.value_formats(
            request_parameters,
            "RequestParameters",
            &[
                &formats::METHOD_REQUEST_PARAMETER,
                &formats::CONTEXT_VARIABLE,
                &formats::STAGE_VARIABLE,
                &formats::QUOTED_STATIC_VALUE,
            ],
            &INTEGRATION_REQUEST_PARAMETERS_VALUE,
        );
        c.key_formats(
            request_templates,
            "RequestTemplates",
            &[&formats::MEDIA_TYPE],
            &INTEGRATION_REQUEST_TEMPLATES_KEY,
        );
        c.allowed_values(
            response_transfer_mode,
            "ResponseTransferMode",
            &["BUFFERED", "STREAM"],
            &INTEGRATION_RESPONSE_TRANSFER_MODE_ALLOWED_VALUES,
        );
        c.minimum(
            timeout_in_millis,
            "TimeoutInMillis",
            50f64,
            &INTEGRATION_TIMEOUT_MINIMUM,
        );
        c.maximum(
            timeout_in_millis,
            "TimeoutInMillis",
            29000f64,
            &INTEGRATION_TIMEOUT_ABOVE_DEFAULT_QUOTA,
        );
        c.unique_items(
            cache_key_parameters,
            "CacheKeyParameters",
            &INTEGRATION_CACHE_KEY_PARAMETERS_UNIQUE,
        );
        c.items_in(
            cache_key_parameters,
            "CacheKeyParameters",
            context.method_request_parameters.as_ref(),
            &INTEGRATION_CACHE_KEY_PARAMETERS_DECLARED,
        );
        if c.holds_among(r#type, among[0], &TYPE_IN_AWS_AWS_PROXY)
            && c.holds(uri, &URI_IS_LAMBDA_INVOCATION_URI)
        {
            c.allowed_values(
                integration_http_method,
                "IntegrationHttpMethod",
                &["POST"],
                &INTEGRATION_LAMBDA_HTTP_METHOD,
            );
        }
    }
}
impl PropertyType<CheckContext> for Integration {
    fn check_json<'r>(
        c: &mut Checker<'r>,
        context: &CheckContext,
        value: &'r serde_json::Value,
    ) {
        check_integration(c, context, value);
    }
    /// The JSON twin of [`check_integration`], in the twin `c` of the value that holds this one (its
    /// checker and its verdict are shared). It reads literals itself and hands the checker only
    /// what is not one.
    #[inline]
    fn accept_json<'r>(c: &mut Accept<'r, CheckContext>, value: &'r serde_json::Value) {
        let Some(
            [cache_key_parameters,
            cache_namespace,
            connection_id,
            connection_type,
            content_handling,
            credentials,
            integration_http_method,
            integration_responses,
            integration_target,
            passthrough_behavior,
            request_parameters,
            request_templates,
            response_transfer_mode,
            timeout_in_millis,
            r#type,
            uri,
            ],
        ) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(cache_key_parameters, List(Text));
        c.shape(cache_namespace, Text);
        c.shape(connection_id, Text);
        c.shape(connection_type, Text);
        c.shape(content_handling, Text);
        c.shape(credentials, Text);
        c.shape(integration_http_method, Text);
        c.shape(integration_responses, List(IntegrationResponse::SHAPE));
        c.shape(integration_target, Text);
        c.shape(passthrough_behavior, Text);
        c.shape(request_parameters, Map(Text));
        c.shape(request_templates, Map(Text));
        c.shape(response_transfer_mode, Text);
        c.shape(timeout_in_millis, Integer);
        c.shape(r#type, Text);
        c.shape(uri, Text);
        if !c.fine() {
            return;
        }
        Self::accept_rules(
            c,
            cache_key_parameters,
            connection_id,
            connection_type,
            content_handling,
            credentials,
            integration_http_method,
            passthrough_behavior,
            request_parameters,
            request_templates,
            response_transfer_mode,
            timeout_in_millis,
            r#type,
            uri,
        );
    }
}
