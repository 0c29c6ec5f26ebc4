// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Authorizer`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::{Checker, Condition, Test};
use cfn_apigateway_runtime::shape::{Integer, List, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{
    AUTHORIZER_AUTHORIZER_URI_REQUIRED, AUTHORIZER_IDENTITY_SOURCE_REQUIRED,
    AUTHORIZER_PROVIDER_ARNS_REQUIRED, AUTHORIZER_NAME_REQUIRED,
    AUTHORIZER_REST_API_ID_REQUIRED, AUTHORIZER_TYPE_REQUIRED,
};
use super::CheckContext;
/// The `AWS::ApiGateway::Authorizer` resource creates an authorization layer that API Gateway activates for methods that have authorization enabled. API Gateway activates the authorizer when a client calls those methods.
///
/// CloudFormation resource type `AWS::ApiGateway::Authorizer` (its `Properties`). Build one with [`Authorizer::builder`], or load and check one with
/// [`Authorizer::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `authorizer#aws-resource-apigateway-authorizer`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Authorizer {
    /// An optional customer-defined field that's used in OpenApi imports and exports without functional impact.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `authorizer#cfn-apigateway-authorizer-authtype`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-authtype)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<Value<String>>,
    /// The credentials that are required for the authorizer. To specify an IAM role that API Gateway assumes, specify the role's Amazon Resource Name (ARN). To use resource-based permissions on the Lambda function, specify null.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `authorizer#cfn-apigateway-authorizer-authorizercredentials`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-authorizercredentials)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorizer_credentials: Option<Value<String>>,
    /// The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches authorizer results. If you specify a value greater than 0, API Gateway caches the authorizer responses. By default, API Gateway sets this property to 300. The maximum value is 3600, or 1 hour.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `authorizer#cfn-apigateway-authorizer-authorizerresultttlinseconds`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-authorizerresultttlinseconds)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorizer_result_ttl_in_seconds: Option<Value<i64>>,
    /// The authorizer's Uniform Resource Identifier (URI). If you specify `TOKEN` for the authorizer's `Type` property, specify a Lambda function URI that has the form `arn:aws:apigateway:region:lambda:path/path`. The path usually has the form /2015-03-31/functions/*LambdaFunctionARN*/invocations.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Rules: `authorizer-authorizer-uri-required`
    /// - Source: `authorizer#cfn-apigateway-authorizer-authorizeruri`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-authorizeruri)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorizer_uri: Option<Value<String>>,
    /// The source of the identity in an incoming request.
    ///
    /// If you specify `TOKEN` or `COGNITO_USER_POOLS` for the `Type` property, this property is required. Specify a header mapping expression using the form `method.request.header.name`, where *name* is the name of a custom authorization header that clients submit as part of their requests.
    ///
    /// If you specify `REQUEST` for the `Type` property, this property is required when authorization caching is enabled. Specify a comma-separated string of one or more mapping expressions of the specified request parameter using the form `method.request.parameter.name`. For supported parameter types, see [Configure Lambda Authorizer Using the API Gateway Console](https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Rules: `authorizer-identity-source-required`
    /// - Source: `authorizer#cfn-apigateway-authorizer-identitysource`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-identitysource)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_source: Option<Value<String>>,
    /// A validation expression for the incoming identity. If you specify `TOKEN` for the authorizer's `Type` property, specify a regular expression. API Gateway uses the expression to attempt to match the incoming client token, and proceeds if the token matches. If the token doesn't match, API Gateway responds with a 401 (unauthorized request) error code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `authorizer#cfn-apigateway-authorizer-identityvalidationexpression`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-identityvalidationexpression)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_validation_expression: Option<Value<String>>,
    /// The name of the authorizer.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `authorizer-name-required`
    /// - Source: `authorizer#cfn-apigateway-authorizer-name`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-name)
    pub name: Value<String>,
    /// A list of the Amazon Cognito user pool Amazon Resource Names (ARNs) to associate with this authorizer. Required if you specify `COGNITO_USER_POOLS` as the authorizer `Type`. For more information, see [Use Amazon Cognito User Pools](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html#apigateway-enable-cognito-user-pool) in the *API Gateway Developer Guide*.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Rules: `authorizer-provider-arns-required`
    /// - Source: `authorizer#cfn-apigateway-authorizer-providerarns`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-providerarns)
    #[serde(rename = "ProviderARNs")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_ar_ns: Option<Value<Vec<Value<String>>>>,
    /// The ID of the `RestApi` resource that API Gateway creates the authorizer in.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `authorizer-rest-api-id-required`
    /// - Source: `authorizer#cfn-apigateway-authorizer-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-restapiid)
    pub rest_api_id: Value<String>,
    /// The type of authorizer. Valid values include:
    ///
    /// + `TOKEN`: A custom authorizer that uses a Lambda function.
    /// + `COGNITO_USER_POOLS`: An authorizer that uses Amazon Cognito user pools.
    /// + `REQUEST`: An authorizer that uses a Lambda function using incoming request parameters.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `authorizer-type-required`
    /// - Source: `authorizer#cfn-apigateway-authorizer-type`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-type)
    pub r#type: Value<String>,
}
/// The CloudFormation names of the properties of `Authorizer`, sorted.
const PROPERTY_NAMES: [&str; 10] = [
    "AuthType",
    "AuthorizerCredentials",
    "AuthorizerResultTtlInSeconds",
    "AuthorizerUri",
    "IdentitySource",
    "IdentityValidationExpression",
    "Name",
    "ProviderARNs",
    "RestApiId",
    "Type",
];
impl Authorizer {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Authorizer";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> AuthorizerBuilder {
        AuthorizerBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an Authorizer object or an `Fn::If` choosing between such objects.
    pub fn check(value: &serde_json::Value) -> Report {
        Self::check_with(value, &CheckContext::default())
    }
    /// [`Self::check`], with facts about the enclosing resource that some rules need.
    pub fn check_with(value: &serde_json::Value, context: &CheckContext) -> Report {
        cfn_apigateway_runtime::check::<Self>(value, context)
    }
    /// Checks and loads JSON: `Err` carries the whole report (warnings too) when it
    /// holds at least one error.
    pub fn from_value(value: &serde_json::Value) -> Result<Self, Report> {
        Self::from_value_with(value, &CheckContext::default())
    }
    /// [`Self::from_value`], with facts about the enclosing resource.
    pub fn from_value_with(
        value: &serde_json::Value,
        context: &CheckContext,
    ) -> Result<Self, Report> {
        cfn_apigateway_runtime::from_value(value, context)
    }
    /// Checks a value built or changed in code, by the same rules as [`Self::check`].
    pub fn validate(&self) -> Report {
        self.validate_with(&CheckContext::default())
    }
    /// [`Self::validate`], with facts about the enclosing resource.
    pub fn validate_with(&self, context: &CheckContext) -> Report {
        cfn_apigateway_runtime::validate(self, context)
    }
    /// The JSON CloudFormation reads: absent properties are omitted, intrinsic
    /// functions and converted literals are written as they were read.
    pub fn to_json(&self) -> serde_json::Value {
        cfn_apigateway_runtime::to_json(self)
    }
}
impl FromJson for Authorizer {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [auth_type, authorizer_credentials, authorizer_result_ttl_in_seconds,
        authorizer_uri, identity_source, identity_validation_expression, name,
        provider_ar_ns, rest_api_id, r#type] = value::take_properties(
            json,
            "an Authorizer object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            auth_type: value::optional(auth_type, "AuthType")?,
            authorizer_credentials: value::optional(
                authorizer_credentials,
                "AuthorizerCredentials",
            )?,
            authorizer_result_ttl_in_seconds: value::optional(
                authorizer_result_ttl_in_seconds,
                "AuthorizerResultTtlInSeconds",
            )?,
            authorizer_uri: value::optional(authorizer_uri, "AuthorizerUri")?,
            identity_source: value::optional(identity_source, "IdentitySource")?,
            identity_validation_expression: value::optional(
                identity_validation_expression,
                "IdentityValidationExpression",
            )?,
            name: value::required(name, "Name")?,
            provider_ar_ns: value::optional(provider_ar_ns, "ProviderARNs")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
            r#type: value::required(r#type, "Type")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Authorizer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Authorizer`].
///
/// `build()` needs `name`, `rest_api_id`, `type` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AuthorizerBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    auth_type: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authorizer_credentials: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authorizer_result_ttl_in_seconds: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authorizer_uri: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identity_source: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identity_validation_expression: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
    #[serde(rename = "ProviderARNs")]
    #[serde(skip_serializing_if = "Option::is_none")]
    provider_ar_ns: Option<Value<Vec<Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#type: Option<Value<String>>,
}
impl AuthorizerBuilder {
    /// Sets `AuthType`.
    ///
    /// An optional customer-defined field that's used in OpenApi imports and exports without functional impact.
    pub fn auth_type(mut self, input: impl Into<Value<String>>) -> Self {
        self.auth_type = Some(input.into());
        self
    }
    /// Sets `AuthType`, or clears it with `None`.
    ///
    /// An optional customer-defined field that's used in OpenApi imports and exports without functional impact.
    pub fn set_auth_type(mut self, input: Option<Value<String>>) -> Self {
        self.auth_type = input;
        self
    }
    /// Sets `AuthorizerCredentials`.
    ///
    /// The credentials that are required for the authorizer. To specify an IAM role that API Gateway assumes, specify the role's Amazon Resource Name (ARN). To use resource-based permissions on the Lambda function, specify null.
    pub fn authorizer_credentials(mut self, input: impl Into<Value<String>>) -> Self {
        self.authorizer_credentials = Some(input.into());
        self
    }
    /// Sets `AuthorizerCredentials`, or clears it with `None`.
    ///
    /// The credentials that are required for the authorizer. To specify an IAM role that API Gateway assumes, specify the role's Amazon Resource Name (ARN). To use resource-based permissions on the Lambda function, specify null.
    pub fn set_authorizer_credentials(mut self, input: Option<Value<String>>) -> Self {
        self.authorizer_credentials = input;
        self
    }
    /// Sets `AuthorizerResultTtlInSeconds`.
    ///
    /// The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches authorizer results. If you specify a value greater than 0, API Gateway caches the authorizer responses. By default, API Gateway sets this property to 300. The maximum value is 3600, or 1 hour.
    pub fn authorizer_result_ttl_in_seconds(
        mut self,
        input: impl Into<Value<i64>>,
    ) -> Self {
        self.authorizer_result_ttl_in_seconds = Some(input.into());
        self
    }
    /// Sets `AuthorizerResultTtlInSeconds`, or clears it with `None`.
    ///
    /// The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches authorizer results. If you specify a value greater than 0, API Gateway caches the authorizer responses. By default, API Gateway sets this property to 300. The maximum value is 3600, or 1 hour.
    pub fn set_authorizer_result_ttl_in_seconds(
        mut self,
        input: Option<Value<i64>>,
    ) -> Self {
        self.authorizer_result_ttl_in_seconds = input;
        self
    }
    /// Sets `AuthorizerUri`.
    ///
    /// The authorizer's Uniform Resource Identifier (URI). If you specify `TOKEN` for the authorizer's `Type` property, specify a Lambda function URI that has the form `arn:aws:apigateway:region:lambda:path/path`. The path usually has the form /2015-03-31/functions/*LambdaFunctionARN*/invocations.
    pub fn authorizer_uri(mut self, input: impl Into<Value<String>>) -> Self {
        self.authorizer_uri = Some(input.into());
        self
    }
    /// Sets `AuthorizerUri`, or clears it with `None`.
    ///
    /// The authorizer's Uniform Resource Identifier (URI). If you specify `TOKEN` for the authorizer's `Type` property, specify a Lambda function URI that has the form `arn:aws:apigateway:region:lambda:path/path`. The path usually has the form /2015-03-31/functions/*LambdaFunctionARN*/invocations.
    pub fn set_authorizer_uri(mut self, input: Option<Value<String>>) -> Self {
        self.authorizer_uri = input;
        self
    }
    /// Sets `IdentitySource`.
    ///
    /// The source of the identity in an incoming request.
    ///
    /// If you specify `TOKEN` or `COGNITO_USER_POOLS` for the `Type` property, this property is required. Specify a header mapping expression using the form `method.request.header.name`, where *name* is the name of a custom authorization header that clients submit as part of their requests.
    ///
    /// If you specify `REQUEST` for the `Type` property, this property is required when authorization caching is enabled. Specify a comma-separated string of one or more mapping expressions of the specified request parameter using the form `method.request.parameter.name`. For supported parameter types, see [Configure Lambda Authorizer Using the API Gateway Console](https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html) in the *API Gateway Developer Guide*.
    pub fn identity_source(mut self, input: impl Into<Value<String>>) -> Self {
        self.identity_source = Some(input.into());
        self
    }
    /// Sets `IdentitySource`, or clears it with `None`.
    ///
    /// The source of the identity in an incoming request.
    ///
    /// If you specify `TOKEN` or `COGNITO_USER_POOLS` for the `Type` property, this property is required. Specify a header mapping expression using the form `method.request.header.name`, where *name* is the name of a custom authorization header that clients submit as part of their requests.
    ///
    /// If you specify `REQUEST` for the `Type` property, this property is required when authorization caching is enabled. Specify a comma-separated string of one or more mapping expressions of the specified request parameter using the form `method.request.parameter.name`. For supported parameter types, see [Configure Lambda Authorizer Using the API Gateway Console](https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html) in the *API Gateway Developer Guide*.
    pub fn set_identity_source(mut self, input: Option<Value<String>>) -> Self {
        self.identity_source = input;
        self
    }
    /// Sets `IdentityValidationExpression`.
    ///
    /// A validation expression for the incoming identity. If you specify `TOKEN` for the authorizer's `Type` property, specify a regular expression. API Gateway uses the expression to attempt to match the incoming client token, and proceeds if the token matches. If the token doesn't match, API Gateway responds with a 401 (unauthorized request) error code.
    pub fn identity_validation_expression(
        mut self,
        input: impl Into<Value<String>>,
    ) -> Self {
        self.identity_validation_expression = Some(input.into());
        self
    }
    /// Sets `IdentityValidationExpression`, or clears it with `None`.
    ///
    /// A validation expression for the incoming identity. If you specify `TOKEN` for the authorizer's `Type` property, specify a regular expression. API Gateway uses the expression to attempt to match the incoming client token, and proceeds if the token matches. If the token doesn't match, API Gateway responds with a 401 (unauthorized request) error code.
    pub fn set_identity_validation_expression(
        mut self,
        input: Option<Value<String>>,
    ) -> Self {
        self.identity_validation_expression = input;
        self
    }
    /// Sets `Name`.
    ///
    /// The name of the authorizer.
    pub fn name(mut self, input: impl Into<Value<String>>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    ///
    /// The name of the authorizer.
    pub fn set_name(mut self, input: Option<Value<String>>) -> Self {
        self.name = input;
        self
    }
    /// Appends one item to `ProviderARNs` (replacing an intrinsic function set with [`Self::set_provider_ar_ns`]).
    ///
    /// A list of the Amazon Cognito user pool Amazon Resource Names (ARNs) to associate with this authorizer. Required if you specify `COGNITO_USER_POOLS` as the authorizer `Type`. For more information, see [Use Amazon Cognito User Pools](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html#apigateway-enable-cognito-user-pool) in the *API Gateway Developer Guide*.
    pub fn provider_ar_ns(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.provider_ar_ns, item.into());
        self
    }
    /// Sets `ProviderARNs`, or clears it with `None`.
    ///
    /// A list of the Amazon Cognito user pool Amazon Resource Names (ARNs) to associate with this authorizer. Required if you specify `COGNITO_USER_POOLS` as the authorizer `Type`. For more information, see [Use Amazon Cognito User Pools](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html#apigateway-enable-cognito-user-pool) in the *API Gateway Developer Guide*.
    pub fn set_provider_ar_ns(
        mut self,
        input: Option<Value<Vec<Value<String>>>>,
    ) -> Self {
        self.provider_ar_ns = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The ID of the `RestApi` resource that API Gateway creates the authorizer in.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The ID of the `RestApi` resource that API Gateway creates the authorizer in.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Sets `Type`.
    ///
    /// The type of authorizer. Valid values include:
    ///
    /// + `TOKEN`: A custom authorizer that uses a Lambda function.
    /// + `COGNITO_USER_POOLS`: An authorizer that uses Amazon Cognito user pools.
    /// + `REQUEST`: An authorizer that uses a Lambda function using incoming request parameters.
    pub fn r#type(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#type = Some(input.into());
        self
    }
    /// Sets `Type`, or clears it with `None`.
    ///
    /// The type of authorizer. Valid values include:
    ///
    /// + `TOKEN`: A custom authorizer that uses a Lambda function.
    /// + `COGNITO_USER_POOLS`: An authorizer that uses Amazon Cognito user pools.
    /// + `REQUEST`: An authorizer that uses a Lambda function using incoming request parameters.
    pub fn set_type(mut self, input: Option<Value<String>>) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Authorizer, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Authorizer, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
/// `Type` is TOKEN.
static TYPE_IN_TOKEN: Condition = Condition {
    test: Test::In(&["TOKEN"]),
    default: None,
    allowed: None,
};
/// `Type` is TOKEN or COGNITO_USER_POOLS.
static TYPE_IN_TOKEN_OR_COGNITO_USER_POOLS: Condition = Condition {
    test: Test::In(&["TOKEN", "COGNITO_USER_POOLS"]),
    default: None,
    allowed: None,
};
/// `Type` is COGNITO_USER_POOLS.
static TYPE_IN_COGNITO_USER_POOLS: Condition = Condition {
    test: Test::In(&["COGNITO_USER_POOLS"]),
    default: None,
    allowed: None,
};
impl PropertyType for Authorizer {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Authorizer` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an Authorizer object",
            &|c, object| {
                let [auth_type, authorizer_credentials, authorizer_result_ttl_in_seconds,
                authorizer_uri, identity_source, identity_validation_expression, name,
                provider_ar_ns, rest_api_id, r#type] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(auth_type, "AuthType", context, Text);
                c.property(
                    authorizer_credentials,
                    "AuthorizerCredentials",
                    context,
                    Text,
                );
                c.property(
                    authorizer_result_ttl_in_seconds,
                    "AuthorizerResultTtlInSeconds",
                    context,
                    Integer,
                );
                c.property(authorizer_uri, "AuthorizerUri", context, Text);
                c.property(identity_source, "IdentitySource", context, Text);
                c.property(
                    identity_validation_expression,
                    "IdentityValidationExpression",
                    context,
                    Text,
                );
                c.property(name, "Name", context, Text);
                c.property(provider_ar_ns, "ProviderARNs", context, List(Text));
                c.property(rest_api_id, "RestApiId", context, Text);
                c.property(r#type, "Type", context, Text);
                if c.holds(r#type, &TYPE_IN_TOKEN) {
                    c.require_present(
                        authorizer_uri,
                        "AuthorizerUri",
                        &AUTHORIZER_AUTHORIZER_URI_REQUIRED,
                    );
                }
                if c.holds(r#type, &TYPE_IN_TOKEN_OR_COGNITO_USER_POOLS) {
                    c.require_present(
                        identity_source,
                        "IdentitySource",
                        &AUTHORIZER_IDENTITY_SOURCE_REQUIRED,
                    );
                }
                if c.holds(r#type, &TYPE_IN_COGNITO_USER_POOLS) {
                    c.require_present(
                        provider_ar_ns,
                        "ProviderARNs",
                        &AUTHORIZER_PROVIDER_ARNS_REQUIRED,
                    );
                }
                c.require_present(name, "Name", &AUTHORIZER_NAME_REQUIRED);
                c.require_present(
                    rest_api_id,
                    "RestApiId",
                    &AUTHORIZER_REST_API_ID_REQUIRED,
                );
                c.require_present(r#type, "Type", &AUTHORIZER_TYPE_REQUIRED);
            },
        );
    }
}
