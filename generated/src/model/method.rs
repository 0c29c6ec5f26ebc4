// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Method`: the resource type (its struct, builder and validator) and its property types.
mod integration;
mod integration_response;
mod method_response;
pub use integration::{Integration, IntegrationBuilder};
pub use integration_response::{IntegrationResponse, IntegrationResponseBuilder};
pub use method_response::{MethodResponse, MethodResponseBuilder};
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::{Checker, Condition, Test};
use cfn_apigateway_runtime::facts;
use cfn_apigateway_runtime::shape::{Boolean, List, Map, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::formats;
use super::rules::{
    METHOD_UNKNOWN_PROPERTY, METHOD_HTTP_METHOD_REQUIRED,
    METHOD_HTTP_METHOD_ALLOWED_VALUES, METHOD_REST_API_ID_REQUIRED,
    METHOD_RESOURCE_ID_REQUIRED, METHOD_AUTHORIZATION_TYPE_ALLOWED_VALUES,
    METHOD_AUTHORIZER_ID_REQUIRED, METHOD_AUTHORIZER_ID_UNUSED,
    METHOD_AUTHORIZATION_SCOPES_WITHOUT_COGNITO, METHOD_REQUEST_PARAMETERS_KEY,
    METHOD_REQUEST_MODELS_KEY, METHOD_RESPONSES_STATUS_CODE_UNIQUE,
};
use super::{AuthorizationType, CheckContext, HttpMethod};
/// The `AWS::ApiGateway::Method` resource creates API Gateway methods that define the parameters and body that clients must send in their requests.
///
/// CloudFormation resource type `AWS::ApiGateway::Method` (its `Properties`). Build one with [`Method::builder`], or load and check one with
/// [`Method::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `method#aws-resource-apigateway-method`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Method {
    /// Indicates whether the method requires clients to submit a valid API key.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `method#cfn-apigateway-method-apikeyrequired`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-apikeyrequired)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_required: Option<Value<bool>>,
    /// A list of authorization scopes configured on the method. The scopes are used with a `COGNITO_USER_POOLS` authorizer to authorize the method invocation. The authorization works by matching the method scopes against the scopes parsed from the access token in the incoming request. The method invocation is authorized if any method scopes match a claimed scope in the access token. Otherwise, the invocation is not authorized. When the method scope is configured, the client must provide an access token instead of an identity token for authorization purposes.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `method-authorization-scopes-without-cognito`
    /// - Source: `method#cfn-apigateway-method-authorizationscopes`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-authorizationscopes)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_scopes: Option<Value<Vec<Value<String>>>>,
    /// The method's authorization type. This parameter is required. For valid values, see [Method](https://docs.aws.amazon.com/apigateway/api-reference/resource/method/) in the *API Gateway API Reference*.
    ///
    /// If you specify the `AuthorizerId` property, specify `CUSTOM` or `COGNITO_USER_POOLS` for this property.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`AuthorizationType`]
    /// - Rules: `method-authorization-type-allowed-values`
    /// - Source: `method#cfn-apigateway-method-authorizationtype`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-authorizationtype)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_type: Option<Value<AuthorizationType>>,
    /// The identifier of the [authorizer](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html) to use on this method. If you specify this property, specify `CUSTOM` or `COGNITO_USER_POOLS` for the `AuthorizationType` property.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `method-authorizer-id-required`, `method-authorizer-id-unused`
    /// - Source: `method#cfn-apigateway-method-authorizerid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-authorizerid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorizer_id: Option<Value<String>>,
    /// The HTTP method that clients use to call this method.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Allowed values: see [`HttpMethod`]
    /// - Rules: `method-http-method-required`, `method-http-method-allowed-values`
    /// - Source: `method#cfn-apigateway-method-httpmethod`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-httpmethod)
    pub http_method: Value<HttpMethod>,
    /// The backend system that the method calls when it receives a request.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `method#cfn-apigateway-method-integration`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-integration)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integration: Option<Value<Integration>>,
    /// The responses that can be sent to the client who calls the method.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `method-responses-status-code-unique`
    /// - Source: `method#cfn-apigateway-method-methodresponses`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-methodresponses)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method_responses: Option<Value<Vec<Value<MethodResponse>>>>,
    /// A friendly operation name for the method. For example, you can assign the `OperationName` of `ListPets` for the `GET /pets` method.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `method#cfn-apigateway-method-operationname`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-operationname)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<Value<String>>,
    /// The resources that are used for the request's content type. Specify request models as key-value pairs (string-to-string mapping), with a content type as the key and a `Model` resource name as the value. To use the same model regardless of the content type, specify `$default` as the key.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `method-request-models-key`
    /// - Source: `method#cfn-apigateway-method-requestmodels`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-requestmodels)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_models: Option<Value<BTreeMap<String, Value<String>>>>,
    /// The request parameters that API Gateway accepts. Specify request parameters as key-value pairs (string-to-Boolean mapping), with a source as the key and a Boolean as the value. The Boolean specifies whether a parameter is required. A source must match the format `method.request.location.name`, where the location is querystring, path, or header, and *name* is a valid, unique parameter name.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `method-request-parameters-key`
    /// - Source: `method#cfn-apigateway-method-requestparameters`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-requestparameters)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_parameters: Option<Value<BTreeMap<String, Value<bool>>>>,
    /// The ID of the associated request validator.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `method#cfn-apigateway-method-requestvalidatorid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-requestvalidatorid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_validator_id: Option<Value<String>>,
    /// The ID of an API Gateway [resource](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html). For root resource methods, specify the `RestApi` root resource ID, such as `{ "Fn::GetAtt": ["MyRestApi", "RootResourceId"] }`.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `method-resource-id-required`
    /// - Source: `method#cfn-apigateway-method-resourceid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-resourceid)
    pub resource_id: Value<String>,
    /// The ID of the [RestApi](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html) resource in which API Gateway creates the method.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `method-rest-api-id-required`
    /// - Source: `method#cfn-apigateway-method-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-restapiid)
    pub rest_api_id: Value<String>,
}
/// The CloudFormation names of the properties of `Method`, sorted.
const PROPERTY_NAMES: [&str; 13] = [
    "ApiKeyRequired",
    "AuthorizationScopes",
    "AuthorizationType",
    "AuthorizerId",
    "HttpMethod",
    "Integration",
    "MethodResponses",
    "OperationName",
    "RequestModels",
    "RequestParameters",
    "RequestValidatorId",
    "ResourceId",
    "RestApiId",
];
impl Method {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Method";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> MethodBuilder {
        MethodBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Method object or an `Fn::If` choosing between such objects.
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
impl FromJson for Method {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [api_key_required, authorization_scopes, authorization_type, authorizer_id,
        http_method, integration, method_responses, operation_name, request_models,
        request_parameters, request_validator_id, resource_id, rest_api_id] = value::take_properties(
            json,
            "a Method object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            api_key_required: value::optional(api_key_required, "ApiKeyRequired")?,
            authorization_scopes: value::optional(
                authorization_scopes,
                "AuthorizationScopes",
            )?,
            authorization_type: value::optional(
                authorization_type,
                "AuthorizationType",
            )?,
            authorizer_id: value::optional(authorizer_id, "AuthorizerId")?,
            http_method: value::required(http_method, "HttpMethod")?,
            integration: value::optional(integration, "Integration")?,
            method_responses: value::optional(method_responses, "MethodResponses")?,
            operation_name: value::optional(operation_name, "OperationName")?,
            request_models: value::optional(request_models, "RequestModels")?,
            request_parameters: value::optional(
                request_parameters,
                "RequestParameters",
            )?,
            request_validator_id: value::optional(
                request_validator_id,
                "RequestValidatorId",
            )?,
            resource_id: value::required(resource_id, "ResourceId")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Method {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Method`].
///
/// `build()` needs `http_method`, `resource_id`, `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MethodBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key_required: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authorization_scopes: Option<Value<Vec<Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authorization_type: Option<Value<AuthorizationType>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authorizer_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    http_method: Option<Value<HttpMethod>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    integration: Option<Value<Integration>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    method_responses: Option<Value<Vec<Value<MethodResponse>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    operation_name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_models: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_parameters: Option<Value<BTreeMap<String, Value<bool>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_validator_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    resource_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
}
impl MethodBuilder {
    /// Sets `ApiKeyRequired`.
    ///
    /// Indicates whether the method requires clients to submit a valid API key.
    pub fn api_key_required(mut self, input: impl Into<Value<bool>>) -> Self {
        self.api_key_required = Some(input.into());
        self
    }
    /// Sets `ApiKeyRequired`, or clears it with `None`.
    ///
    /// Indicates whether the method requires clients to submit a valid API key.
    pub fn set_api_key_required(mut self, input: Option<Value<bool>>) -> Self {
        self.api_key_required = input;
        self
    }
    /// Appends one item to `AuthorizationScopes` (replacing an intrinsic function set with [`Self::set_authorization_scopes`]).
    ///
    /// A list of authorization scopes configured on the method. The scopes are used with a `COGNITO_USER_POOLS` authorizer to authorize the method invocation. The authorization works by matching the method scopes against the scopes parsed from the access token in the incoming request. The method invocation is authorized if any method scopes match a claimed scope in the access token. Otherwise, the invocation is not authorized. When the method scope is configured, the client must provide an access token instead of an identity token for authorization purposes.
    pub fn authorization_scopes(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.authorization_scopes, item.into());
        self
    }
    /// Sets `AuthorizationScopes`, or clears it with `None`.
    ///
    /// A list of authorization scopes configured on the method. The scopes are used with a `COGNITO_USER_POOLS` authorizer to authorize the method invocation. The authorization works by matching the method scopes against the scopes parsed from the access token in the incoming request. The method invocation is authorized if any method scopes match a claimed scope in the access token. Otherwise, the invocation is not authorized. When the method scope is configured, the client must provide an access token instead of an identity token for authorization purposes.
    pub fn set_authorization_scopes(
        mut self,
        input: Option<Value<Vec<Value<String>>>>,
    ) -> Self {
        self.authorization_scopes = input;
        self
    }
    /// Sets `AuthorizationType`.
    ///
    /// The method's authorization type. This parameter is required. For valid values, see [Method](https://docs.aws.amazon.com/apigateway/api-reference/resource/method/) in the *API Gateway API Reference*.
    ///
    /// If you specify the `AuthorizerId` property, specify `CUSTOM` or `COGNITO_USER_POOLS` for this property.
    pub fn authorization_type(
        mut self,
        input: impl Into<Value<AuthorizationType>>,
    ) -> Self {
        self.authorization_type = Some(input.into());
        self
    }
    /// Sets `AuthorizationType`, or clears it with `None`.
    ///
    /// The method's authorization type. This parameter is required. For valid values, see [Method](https://docs.aws.amazon.com/apigateway/api-reference/resource/method/) in the *API Gateway API Reference*.
    ///
    /// If you specify the `AuthorizerId` property, specify `CUSTOM` or `COGNITO_USER_POOLS` for this property.
    pub fn set_authorization_type(
        mut self,
        input: Option<Value<AuthorizationType>>,
    ) -> Self {
        self.authorization_type = input;
        self
    }
    /// Sets `AuthorizerId`.
    ///
    /// The identifier of the [authorizer](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html) to use on this method. If you specify this property, specify `CUSTOM` or `COGNITO_USER_POOLS` for the `AuthorizationType` property.
    pub fn authorizer_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.authorizer_id = Some(input.into());
        self
    }
    /// Sets `AuthorizerId`, or clears it with `None`.
    ///
    /// The identifier of the [authorizer](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html) to use on this method. If you specify this property, specify `CUSTOM` or `COGNITO_USER_POOLS` for the `AuthorizationType` property.
    pub fn set_authorizer_id(mut self, input: Option<Value<String>>) -> Self {
        self.authorizer_id = input;
        self
    }
    /// Sets `HttpMethod`.
    ///
    /// The HTTP method that clients use to call this method.
    pub fn http_method(mut self, input: impl Into<Value<HttpMethod>>) -> Self {
        self.http_method = Some(input.into());
        self
    }
    /// Sets `HttpMethod`, or clears it with `None`.
    ///
    /// The HTTP method that clients use to call this method.
    pub fn set_http_method(mut self, input: Option<Value<HttpMethod>>) -> Self {
        self.http_method = input;
        self
    }
    /// Sets `Integration`.
    ///
    /// The backend system that the method calls when it receives a request.
    pub fn integration(mut self, input: impl Into<Value<Integration>>) -> Self {
        self.integration = Some(input.into());
        self
    }
    /// Sets `Integration`, or clears it with `None`.
    ///
    /// The backend system that the method calls when it receives a request.
    pub fn set_integration(mut self, input: Option<Value<Integration>>) -> Self {
        self.integration = input;
        self
    }
    /// Appends one item to `MethodResponses` (replacing an intrinsic function set with [`Self::set_method_responses`]).
    ///
    /// The responses that can be sent to the client who calls the method.
    pub fn method_responses(mut self, item: impl Into<Value<MethodResponse>>) -> Self {
        value::push_item(&mut self.method_responses, item.into());
        self
    }
    /// Sets `MethodResponses`, or clears it with `None`.
    ///
    /// The responses that can be sent to the client who calls the method.
    pub fn set_method_responses(
        mut self,
        input: Option<Value<Vec<Value<MethodResponse>>>>,
    ) -> Self {
        self.method_responses = input;
        self
    }
    /// Sets `OperationName`.
    ///
    /// A friendly operation name for the method. For example, you can assign the `OperationName` of `ListPets` for the `GET /pets` method.
    pub fn operation_name(mut self, input: impl Into<Value<String>>) -> Self {
        self.operation_name = Some(input.into());
        self
    }
    /// Sets `OperationName`, or clears it with `None`.
    ///
    /// A friendly operation name for the method. For example, you can assign the `OperationName` of `ListPets` for the `GET /pets` method.
    pub fn set_operation_name(mut self, input: Option<Value<String>>) -> Self {
        self.operation_name = input;
        self
    }
    /// Adds one entry to `RequestModels` (replacing an intrinsic function set with [`Self::set_request_models`]).
    ///
    /// The resources that are used for the request's content type. Specify request models as key-value pairs (string-to-string mapping), with a content type as the key and a `Model` resource name as the value. To use the same model regardless of the content type, specify `$default` as the key.
    pub fn request_models(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.request_models, key.into(), input.into());
        self
    }
    /// Sets `RequestModels`, or clears it with `None`.
    ///
    /// The resources that are used for the request's content type. Specify request models as key-value pairs (string-to-string mapping), with a content type as the key and a `Model` resource name as the value. To use the same model regardless of the content type, specify `$default` as the key.
    pub fn set_request_models(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.request_models = input;
        self
    }
    /// Adds one entry to `RequestParameters` (replacing an intrinsic function set with [`Self::set_request_parameters`]).
    ///
    /// The request parameters that API Gateway accepts. Specify request parameters as key-value pairs (string-to-Boolean mapping), with a source as the key and a Boolean as the value. The Boolean specifies whether a parameter is required. A source must match the format `method.request.location.name`, where the location is querystring, path, or header, and *name* is a valid, unique parameter name.
    pub fn request_parameters(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<bool>>,
    ) -> Self {
        value::insert_entry(&mut self.request_parameters, key.into(), input.into());
        self
    }
    /// Sets `RequestParameters`, or clears it with `None`.
    ///
    /// The request parameters that API Gateway accepts. Specify request parameters as key-value pairs (string-to-Boolean mapping), with a source as the key and a Boolean as the value. The Boolean specifies whether a parameter is required. A source must match the format `method.request.location.name`, where the location is querystring, path, or header, and *name* is a valid, unique parameter name.
    pub fn set_request_parameters(
        mut self,
        input: Option<Value<BTreeMap<String, Value<bool>>>>,
    ) -> Self {
        self.request_parameters = input;
        self
    }
    /// Sets `RequestValidatorId`.
    ///
    /// The ID of the associated request validator.
    pub fn request_validator_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.request_validator_id = Some(input.into());
        self
    }
    /// Sets `RequestValidatorId`, or clears it with `None`.
    ///
    /// The ID of the associated request validator.
    pub fn set_request_validator_id(mut self, input: Option<Value<String>>) -> Self {
        self.request_validator_id = input;
        self
    }
    /// Sets `ResourceId`.
    ///
    /// The ID of an API Gateway [resource](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html). For root resource methods, specify the `RestApi` root resource ID, such as `{ "Fn::GetAtt": ["MyRestApi", "RootResourceId"] }`.
    pub fn resource_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.resource_id = Some(input.into());
        self
    }
    /// Sets `ResourceId`, or clears it with `None`.
    ///
    /// The ID of an API Gateway [resource](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html). For root resource methods, specify the `RestApi` root resource ID, such as `{ "Fn::GetAtt": ["MyRestApi", "RootResourceId"] }`.
    pub fn set_resource_id(mut self, input: Option<Value<String>>) -> Self {
        self.resource_id = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The ID of the [RestApi](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html) resource in which API Gateway creates the method.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The ID of the [RestApi](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html) resource in which API Gateway creates the method.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Method, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Method, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
/// `AuthorizationType` is CUSTOM or COGNITO_USER_POOLS.
static AUTHORIZATION_TYPE_IN_CUSTOM_OR_COGNITO_USER_POOLS: Condition = Condition {
    test: Test::In(&["CUSTOM", "COGNITO_USER_POOLS"]),
    default: None,
    allowed: Some(AuthorizationType::VALUES),
};
/// `AuthorizationType` is NONE or AWS_IAM.
static AUTHORIZATION_TYPE_IN_NONE_OR_AWS_IAM: Condition = Condition {
    test: Test::In(&["NONE", "AWS_IAM"]),
    default: None,
    allowed: Some(AuthorizationType::VALUES),
};
/// `AuthorizationType` is not COGNITO_USER_POOLS.
static AUTHORIZATION_TYPE_NOT_IN_COGNITO_USER_POOLS: Condition = Condition {
    test: Test::NotIn(&["COGNITO_USER_POOLS"]),
    default: None,
    allowed: Some(AuthorizationType::VALUES),
};
impl PropertyType for Method {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Method` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Method object",
            &|c, object| {
                let [api_key_required, authorization_scopes, authorization_type,
                authorizer_id, http_method, integration, method_responses,
                operation_name, request_models, request_parameters, request_validator_id,
                resource_id, rest_api_id] = c
                    .properties(object, &PROPERTY_NAMES, Some(&METHOD_UNKNOWN_PROPERTY));
                let context = &CheckContext {
                    method_request_parameters: facts::keys(request_parameters),
                    method_response_parameters: facts::keys_by(
                        method_responses,
                        "StatusCode",
                        "ResponseParameters",
                    ),
                    ..context.clone()
                };
                c.property(api_key_required, "ApiKeyRequired", context, Boolean);
                c.property(
                    authorization_scopes,
                    "AuthorizationScopes",
                    context,
                    List(Text),
                );
                c.property(authorization_type, "AuthorizationType", context, Text);
                c.property(authorizer_id, "AuthorizerId", context, Text);
                c.property(http_method, "HttpMethod", context, Text);
                c.property(
                    integration,
                    "Integration",
                    context,
                    Object::<Integration>::SHAPE,
                );
                c.property(
                    method_responses,
                    "MethodResponses",
                    context,
                    List(Object::<MethodResponse>::SHAPE),
                );
                c.property(operation_name, "OperationName", context, Text);
                c.property(request_models, "RequestModels", context, Map(Text));
                c.property(
                    request_parameters,
                    "RequestParameters",
                    context,
                    Map(Boolean),
                );
                c.property(request_validator_id, "RequestValidatorId", context, Text);
                c.property(resource_id, "ResourceId", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.require_present(
                    http_method,
                    "HttpMethod",
                    &METHOD_HTTP_METHOD_REQUIRED,
                );
                c.allowed_values(
                    http_method,
                    "HttpMethod",
                    HttpMethod::VALUES,
                    &METHOD_HTTP_METHOD_ALLOWED_VALUES,
                );
                c.require_present(
                    rest_api_id,
                    "RestApiId",
                    &METHOD_REST_API_ID_REQUIRED,
                );
                c.require_present(
                    resource_id,
                    "ResourceId",
                    &METHOD_RESOURCE_ID_REQUIRED,
                );
                c.allowed_values(
                    authorization_type,
                    "AuthorizationType",
                    AuthorizationType::VALUES,
                    &METHOD_AUTHORIZATION_TYPE_ALLOWED_VALUES,
                );
                if c
                    .holds(
                        authorization_type,
                        &AUTHORIZATION_TYPE_IN_CUSTOM_OR_COGNITO_USER_POOLS,
                    )
                {
                    c.require_present(
                        authorizer_id,
                        "AuthorizerId",
                        &METHOD_AUTHORIZER_ID_REQUIRED,
                    );
                }
                if c.holds(authorization_type, &AUTHORIZATION_TYPE_IN_NONE_OR_AWS_IAM) {
                    c.require_absent(
                        authorizer_id,
                        "AuthorizerId",
                        &METHOD_AUTHORIZER_ID_UNUSED,
                    );
                }
                if c
                    .holds(
                        authorization_type,
                        &AUTHORIZATION_TYPE_NOT_IN_COGNITO_USER_POOLS,
                    )
                {
                    c.require_absent(
                        authorization_scopes,
                        "AuthorizationScopes",
                        &METHOD_AUTHORIZATION_SCOPES_WITHOUT_COGNITO,
                    );
                }
                c.key_formats(
                    request_parameters,
                    "RequestParameters",
                    &[&formats::METHOD_REQUEST_LOCATION_PARAMETER],
                    &METHOD_REQUEST_PARAMETERS_KEY,
                );
                c.key_formats(
                    request_models,
                    "RequestModels",
                    &[&formats::MEDIA_TYPE, &formats::DEFAULT_MODEL_KEY],
                    &METHOD_REQUEST_MODELS_KEY,
                );
                c.unique_by(
                    method_responses,
                    "MethodResponses",
                    "StatusCode",
                    &METHOD_RESPONSES_STATUS_CODE_UNIQUE,
                );
            },
        );
    }
}
