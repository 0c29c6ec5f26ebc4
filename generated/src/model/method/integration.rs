// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Method.Integration`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::{Checker, Condition, Members, Test};
use cfn_apigateway_runtime::facts;
use cfn_apigateway_runtime::shape::{Integer, List, Map, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::formats;
use super::super::rules::{
    INTEGRATION_UNKNOWN_PROPERTY, INTEGRATION_TYPE_REQUIRED,
    INTEGRATION_TYPE_ALLOWED_VALUES, INTEGRATION_HTTP_METHOD_REQUIRED,
    INTEGRATION_HTTP_METHOD_ALLOWED_VALUES, INTEGRATION_URI_REQUIRED,
    INTEGRATION_URI_MOCK, INTEGRATION_URI_HTTP_FORM, INTEGRATION_URI_LAMBDA_FUNCTION_ARN,
    INTEGRATION_URI_AWS_FORM, INTEGRATION_CONNECTION_TYPE_ALLOWED_VALUES,
    INTEGRATION_CONNECTION_ID_REQUIRED, INTEGRATION_CONNECTION_ID_WITHOUT_VPC_LINK,
    INTEGRATION_CONTENT_HANDLING_ALLOWED_VALUES, INTEGRATION_CREDENTIALS_FORM,
    INTEGRATION_PASSTHROUGH_BEHAVIOR_ALLOWED_VALUES, INTEGRATION_REQUEST_PARAMETERS_KEY,
    INTEGRATION_REQUEST_PARAMETERS_VALUE, INTEGRATION_REQUEST_PARAMETERS_DECLARED,
    INTEGRATION_REQUEST_TEMPLATES_KEY, INTEGRATION_RESPONSE_TRANSFER_MODE_ALLOWED_VALUES,
    INTEGRATION_RESPONSE_TRANSFER_MODE_STREAM_TYPE, INTEGRATION_TIMEOUT_MINIMUM,
    INTEGRATION_TIMEOUT_ABOVE_DEFAULT_QUOTA, INTEGRATION_TIMEOUT_STREAM_MAXIMUM,
    INTEGRATION_CACHE_KEY_PARAMETERS_UNIQUE, INTEGRATION_CACHE_KEY_PARAMETERS_DECLARED,
    INTEGRATION_LAMBDA_HTTP_METHOD,
};
use super::super::{
    CheckContext, ConnectionType, ContentHandling, HttpMethod, IntegrationType,
    PassthroughBehavior, ResponseTransferMode,
};
use super::IntegrationResponse;
/// `Integration` is a property of the [AWS::ApiGateway::Method](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html) resource that specifies information about the target backend that a method calls.
///
/// CloudFormation property type `AWS::ApiGateway::Method.Integration`. Build one with [`Integration::builder`], or load and check one with
/// [`Integration::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
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
    /// - Rules: `integration-request-parameters-key`, `integration-request-parameters-value`, `integration-request-parameters-declared`
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
    /// - Rules: `integration-response-transfer-mode-allowed-values`, `integration-response-transfer-mode-stream-type`
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
    /// - Rules: `integration-timeout-minimum`, `integration-timeout-above-default-quota`, `integration-timeout-stream-maximum`
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
/// The CloudFormation names of the properties of `Integration`, sorted.
const PROPERTY_NAMES: [&str; 16] = [
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
];
impl Integration {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Method.Integration";
    /// A builder; `build()` checks the result.
    pub fn builder() -> IntegrationBuilder {
        IntegrationBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an Integration object or an `Fn::If` choosing between such objects.
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
impl FromJson for Integration {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [cache_key_parameters, cache_namespace, connection_id, connection_type,
        content_handling, credentials, integration_http_method, integration_responses,
        integration_target, passthrough_behavior, request_parameters, request_templates,
        response_transfer_mode, timeout_in_millis, r#type, uri] = value::take_properties(
            json,
            "an Integration object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            cache_key_parameters: value::optional(
                cache_key_parameters,
                "CacheKeyParameters",
            )?,
            cache_namespace: value::optional(cache_namespace, "CacheNamespace")?,
            connection_id: value::optional(connection_id, "ConnectionId")?,
            connection_type: value::optional(connection_type, "ConnectionType")?,
            content_handling: value::optional(content_handling, "ContentHandling")?,
            credentials: value::optional(credentials, "Credentials")?,
            integration_http_method: value::optional(
                integration_http_method,
                "IntegrationHttpMethod",
            )?,
            integration_responses: value::optional(
                integration_responses,
                "IntegrationResponses",
            )?,
            integration_target: value::optional(
                integration_target,
                "IntegrationTarget",
            )?,
            passthrough_behavior: value::optional(
                passthrough_behavior,
                "PassthroughBehavior",
            )?,
            request_parameters: value::optional(
                request_parameters,
                "RequestParameters",
            )?,
            request_templates: value::optional(request_templates, "RequestTemplates")?,
            response_transfer_mode: value::optional(
                response_transfer_mode,
                "ResponseTransferMode",
            )?,
            timeout_in_millis: value::optional(timeout_in_millis, "TimeoutInMillis")?,
            r#type: value::required(r#type, "Type")?,
            uri: value::optional(uri, "Uri")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Integration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
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
    /// Appends one item to `CacheKeyParameters` (replacing an intrinsic function set with [`Self::set_cache_key_parameters`]).
    ///
    /// A list of request parameters whose values API Gateway caches. For cases where the integration type allows for RequestParameters to be set, these parameters must also be specified in [RequestParameters](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-requestparameters) to be supported in `CacheKeyParameters`.
    pub fn cache_key_parameters(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.cache_key_parameters, item.into());
        self
    }
    /// Sets `CacheKeyParameters`, or clears it with `None`.
    ///
    /// A list of request parameters whose values API Gateway caches. For cases where the integration type allows for RequestParameters to be set, these parameters must also be specified in [RequestParameters](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html#cfn-apigateway-method-requestparameters) to be supported in `CacheKeyParameters`.
    pub fn set_cache_key_parameters(
        mut self,
        input: Option<Value<Vec<Value<String>>>>,
    ) -> Self {
        self.cache_key_parameters = input;
        self
    }
    /// Sets `CacheNamespace`.
    ///
    /// An API-specific tag group of related cached parameters.
    pub fn cache_namespace(mut self, input: impl Into<Value<String>>) -> Self {
        self.cache_namespace = Some(input.into());
        self
    }
    /// Sets `CacheNamespace`, or clears it with `None`.
    ///
    /// An API-specific tag group of related cached parameters.
    pub fn set_cache_namespace(mut self, input: Option<Value<String>>) -> Self {
        self.cache_namespace = input;
        self
    }
    /// Sets `ConnectionId`.
    ///
    /// The ID of the `VpcLink` used for the integration when `connectionType=VPC_LINK`, otherwise undefined.
    pub fn connection_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.connection_id = Some(input.into());
        self
    }
    /// Sets `ConnectionId`, or clears it with `None`.
    ///
    /// The ID of the `VpcLink` used for the integration when `connectionType=VPC_LINK`, otherwise undefined.
    pub fn set_connection_id(mut self, input: Option<Value<String>>) -> Self {
        self.connection_id = input;
        self
    }
    /// Sets `ConnectionType`.
    ///
    /// The type of the network connection to the integration endpoint. The valid value is `INTERNET` for connections through the public routable internet or `VPC_LINK` for private connections between API Gateway and a network load balancer in a VPC. The default value is `INTERNET`.
    pub fn connection_type(mut self, input: impl Into<Value<ConnectionType>>) -> Self {
        self.connection_type = Some(input.into());
        self
    }
    /// Sets `ConnectionType`, or clears it with `None`.
    ///
    /// The type of the network connection to the integration endpoint. The valid value is `INTERNET` for connections through the public routable internet or `VPC_LINK` for private connections between API Gateway and a network load balancer in a VPC. The default value is `INTERNET`.
    pub fn set_connection_type(mut self, input: Option<Value<ConnectionType>>) -> Self {
        self.connection_type = input;
        self
    }
    /// Sets `ContentHandling`.
    ///
    /// Specifies how to handle request payload content type conversions. Valid values are:
    ///
    /// + `CONVERT_TO_BINARY`: Converts a request payload from a base64-encoded string to a binary blob.
    /// + `CONVERT_TO_TEXT`: Converts a request payload from a binary blob to a base64-encoded string.
    ///
    /// If this property isn't defined, the request payload is passed through from the method request to the integration request without modification, provided that the `PassthroughBehaviors` property is configured to support payload pass-through.
    pub fn content_handling(mut self, input: impl Into<Value<ContentHandling>>) -> Self {
        self.content_handling = Some(input.into());
        self
    }
    /// Sets `ContentHandling`, or clears it with `None`.
    ///
    /// Specifies how to handle request payload content type conversions. Valid values are:
    ///
    /// + `CONVERT_TO_BINARY`: Converts a request payload from a base64-encoded string to a binary blob.
    /// + `CONVERT_TO_TEXT`: Converts a request payload from a binary blob to a base64-encoded string.
    ///
    /// If this property isn't defined, the request payload is passed through from the method request to the integration request without modification, provided that the `PassthroughBehaviors` property is configured to support payload pass-through.
    pub fn set_content_handling(
        mut self,
        input: Option<Value<ContentHandling>>,
    ) -> Self {
        self.content_handling = input;
        self
    }
    /// Sets `Credentials`.
    ///
    /// The credentials that are required for the integration. To specify an AWS Identity and Access Management (IAM) role that API Gateway assumes, specify the role's Amazon Resource Name (ARN). To require that the caller's identity be passed through from the request, specify arn:aws:iam::*:user/*.
    ///
    /// To use resource-based permissions on the AWS Lambda (Lambda) function, don't specify this property. Use the [AWS::Lambda::Permission](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html) resource to permit API Gateway to call the function. For more information, see [Allow Amazon API Gateway to Invoke a Lambda Function](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html#access-control-resource-based-example-apigateway-invoke-function) in the *AWS Lambda Developer Guide*.
    pub fn credentials(mut self, input: impl Into<Value<String>>) -> Self {
        self.credentials = Some(input.into());
        self
    }
    /// Sets `Credentials`, or clears it with `None`.
    ///
    /// The credentials that are required for the integration. To specify an AWS Identity and Access Management (IAM) role that API Gateway assumes, specify the role's Amazon Resource Name (ARN). To require that the caller's identity be passed through from the request, specify arn:aws:iam::*:user/*.
    ///
    /// To use resource-based permissions on the AWS Lambda (Lambda) function, don't specify this property. Use the [AWS::Lambda::Permission](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html) resource to permit API Gateway to call the function. For more information, see [Allow Amazon API Gateway to Invoke a Lambda Function](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html#access-control-resource-based-example-apigateway-invoke-function) in the *AWS Lambda Developer Guide*.
    pub fn set_credentials(mut self, input: Option<Value<String>>) -> Self {
        self.credentials = input;
        self
    }
    /// Sets `IntegrationHttpMethod`.
    ///
    /// The integration's HTTP method type.
    ///
    /// For the `Type` property, if you specify `MOCK`, this property is optional. For all other types, you must specify this property.
    pub fn integration_http_method(
        mut self,
        input: impl Into<Value<HttpMethod>>,
    ) -> Self {
        self.integration_http_method = Some(input.into());
        self
    }
    /// Sets `IntegrationHttpMethod`, or clears it with `None`.
    ///
    /// The integration's HTTP method type.
    ///
    /// For the `Type` property, if you specify `MOCK`, this property is optional. For all other types, you must specify this property.
    pub fn set_integration_http_method(
        mut self,
        input: Option<Value<HttpMethod>>,
    ) -> Self {
        self.integration_http_method = input;
        self
    }
    /// Appends one item to `IntegrationResponses` (replacing an intrinsic function set with [`Self::set_integration_responses`]).
    ///
    /// The response that API Gateway provides after a method's backend completes processing a request. API Gateway intercepts the response from the backend so that you can control how API Gateway surfaces backend responses. For example, you can map the backend status codes to codes that you define.
    pub fn integration_responses(
        mut self,
        item: impl Into<Value<IntegrationResponse>>,
    ) -> Self {
        value::push_item(&mut self.integration_responses, item.into());
        self
    }
    /// Sets `IntegrationResponses`, or clears it with `None`.
    ///
    /// The response that API Gateway provides after a method's backend completes processing a request. API Gateway intercepts the response from the backend so that you can control how API Gateway surfaces backend responses. For example, you can map the backend status codes to codes that you define.
    pub fn set_integration_responses(
        mut self,
        input: Option<Value<Vec<Value<IntegrationResponse>>>>,
    ) -> Self {
        self.integration_responses = input;
        self
    }
    /// Sets `IntegrationTarget`.
    ///
    /// The target of the integration. Not in the 2023 CloudFormation document; added from the current CloudFormation registry schema, which gives no description.
    pub fn integration_target(mut self, input: impl Into<Value<String>>) -> Self {
        self.integration_target = Some(input.into());
        self
    }
    /// Sets `IntegrationTarget`, or clears it with `None`.
    ///
    /// The target of the integration. Not in the 2023 CloudFormation document; added from the current CloudFormation registry schema, which gives no description.
    pub fn set_integration_target(mut self, input: Option<Value<String>>) -> Self {
        self.integration_target = input;
        self
    }
    /// Sets `PassthroughBehavior`.
    ///
    /// Indicates when API Gateway passes requests to the targeted backend. This behavior depends on the request's `Content-Type` header and whether you defined a mapping template for it.
    ///
    /// For more information and valid values, see the [passthroughBehavior](https://docs.aws.amazon.com/apigateway/api-reference/link-relation/integration-put/#passthroughBehavior) field in the *API Gateway API Reference*.
    pub fn passthrough_behavior(
        mut self,
        input: impl Into<Value<PassthroughBehavior>>,
    ) -> Self {
        self.passthrough_behavior = Some(input.into());
        self
    }
    /// Sets `PassthroughBehavior`, or clears it with `None`.
    ///
    /// Indicates when API Gateway passes requests to the targeted backend. This behavior depends on the request's `Content-Type` header and whether you defined a mapping template for it.
    ///
    /// For more information and valid values, see the [passthroughBehavior](https://docs.aws.amazon.com/apigateway/api-reference/link-relation/integration-put/#passthroughBehavior) field in the *API Gateway API Reference*.
    pub fn set_passthrough_behavior(
        mut self,
        input: Option<Value<PassthroughBehavior>>,
    ) -> Self {
        self.passthrough_behavior = input;
        self
    }
    /// Adds one entry to `RequestParameters` (replacing an intrinsic function set with [`Self::set_request_parameters`]).
    ///
    /// The request parameters that API Gateway sends with the backend request. Specify request parameters as key-value pairs (string-to-string mappings), with a destination as the key and a source as the value.
    ///
    /// Specify the destination by using the following pattern `integration.request.location.name`, where *location* is query string, path, or header, and *name* is a valid, unique parameter name.
    ///
    /// The source must be an existing method request parameter or a static value. You must enclose static values in single quotation marks and pre-encode these values based on their destination in the request.
    pub fn request_parameters(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.request_parameters, key.into(), input.into());
        self
    }
    /// Sets `RequestParameters`, or clears it with `None`.
    ///
    /// The request parameters that API Gateway sends with the backend request. Specify request parameters as key-value pairs (string-to-string mappings), with a destination as the key and a source as the value.
    ///
    /// Specify the destination by using the following pattern `integration.request.location.name`, where *location* is query string, path, or header, and *name* is a valid, unique parameter name.
    ///
    /// The source must be an existing method request parameter or a static value. You must enclose static values in single quotation marks and pre-encode these values based on their destination in the request.
    pub fn set_request_parameters(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.request_parameters = input;
        self
    }
    /// Adds one entry to `RequestTemplates` (replacing an intrinsic function set with [`Self::set_request_templates`]).
    ///
    /// A map of Apache Velocity templates that are applied on the request payload. The template that API Gateway uses is based on the value of the `Content-Type` header that's sent by the client. The content type value is the key, and the template is the value (specified as a string), such as the following snippet:
    ///
    /// `"application/json": "{\n \"statusCode\": 200\n}"`
    ///
    /// For more information about templates, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    pub fn request_templates(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.request_templates, key.into(), input.into());
        self
    }
    /// Sets `RequestTemplates`, or clears it with `None`.
    ///
    /// A map of Apache Velocity templates that are applied on the request payload. The template that API Gateway uses is based on the value of the `Content-Type` header that's sent by the client. The content type value is the key, and the template is the value (specified as a string), such as the following snippet:
    ///
    /// `"application/json": "{\n \"statusCode\": 200\n}"`
    ///
    /// For more information about templates, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    pub fn set_request_templates(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.request_templates = input;
        self
    }
    /// Sets `ResponseTransferMode`.
    ///
    /// The response transfer mode of the integration: `BUFFERED` (the default) or `STREAM`. Not in the 2023 CloudFormation document; added from the current CloudFormation registry schema, which gives no description.
    pub fn response_transfer_mode(
        mut self,
        input: impl Into<Value<ResponseTransferMode>>,
    ) -> Self {
        self.response_transfer_mode = Some(input.into());
        self
    }
    /// Sets `ResponseTransferMode`, or clears it with `None`.
    ///
    /// The response transfer mode of the integration: `BUFFERED` (the default) or `STREAM`. Not in the 2023 CloudFormation document; added from the current CloudFormation registry schema, which gives no description.
    pub fn set_response_transfer_mode(
        mut self,
        input: Option<Value<ResponseTransferMode>>,
    ) -> Self {
        self.response_transfer_mode = input;
        self
    }
    /// Sets `TimeoutInMillis`.
    ///
    /// Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000 milliseconds or 29 seconds.
    pub fn timeout_in_millis(mut self, input: impl Into<Value<i64>>) -> Self {
        self.timeout_in_millis = Some(input.into());
        self
    }
    /// Sets `TimeoutInMillis`, or clears it with `None`.
    ///
    /// Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000 milliseconds or 29 seconds.
    pub fn set_timeout_in_millis(mut self, input: Option<Value<i64>>) -> Self {
        self.timeout_in_millis = input;
        self
    }
    /// Sets `Type`.
    ///
    /// The type of backend that your method is running, such as `HTTP` or `MOCK`. For all of the valid values, see the [type](https://docs.aws.amazon.com/apigateway/api-reference/resource/integration/#type) property for the `Integration` resource in the *Amazon API Gateway REST API Reference*.
    pub fn r#type(mut self, input: impl Into<Value<IntegrationType>>) -> Self {
        self.r#type = Some(input.into());
        self
    }
    /// Sets `Type`, or clears it with `None`.
    ///
    /// The type of backend that your method is running, such as `HTTP` or `MOCK`. For all of the valid values, see the [type](https://docs.aws.amazon.com/apigateway/api-reference/resource/integration/#type) property for the `Integration` resource in the *Amazon API Gateway REST API Reference*.
    pub fn set_type(mut self, input: Option<Value<IntegrationType>>) -> Self {
        self.r#type = input;
        self
    }
    /// Sets `Uri`.
    ///
    /// The Uniform Resource Identifier (URI) for the integration.
    ///
    /// If you specify `HTTP` for the `Type` property, specify the API endpoint URL.
    ///
    /// If you specify `MOCK` for the `Type` property, don't specify this property.
    ///
    /// If you specify `AWS` for the `Type` property, specify an AWS service that follows this form: arn:aws:apigateway:*region*:*subdomain*.*service|service*:*path|action*/*service_api*. For example, a Lambda function URI follows this form: arn:aws:apigateway:*region*:lambda:path/*path*. The path is usually in the form /2015-03-31/functions/*LambdaFunctionARN*/invocations. For more information, see the `uri` property of the [Integration](https://docs.aws.amazon.com/apigateway/api-reference/resource/integration/) resource in the Amazon API Gateway REST API Reference.
    ///
    /// If you specified `HTTP` or `AWS` for the `Type` property, you must specify this property.
    pub fn uri(mut self, input: impl Into<Value<String>>) -> Self {
        self.uri = Some(input.into());
        self
    }
    /// Sets `Uri`, or clears it with `None`.
    ///
    /// The Uniform Resource Identifier (URI) for the integration.
    ///
    /// If you specify `HTTP` for the `Type` property, specify the API endpoint URL.
    ///
    /// If you specify `MOCK` for the `Type` property, don't specify this property.
    ///
    /// If you specify `AWS` for the `Type` property, specify an AWS service that follows this form: arn:aws:apigateway:*region*:*subdomain*.*service|service*:*path|action*/*service_api*. For example, a Lambda function URI follows this form: arn:aws:apigateway:*region*:lambda:path/*path*. The path is usually in the form /2015-03-31/functions/*LambdaFunctionARN*/invocations. For more information, see the `uri` property of the [Integration](https://docs.aws.amazon.com/apigateway/api-reference/resource/integration/) resource in the Amazon API Gateway REST API Reference.
    ///
    /// If you specified `HTTP` or `AWS` for the `Type` property, you must specify this property.
    pub fn set_uri(mut self, input: Option<Value<String>>) -> Self {
        self.uri = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Integration, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Integration, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
/// `Type` is not MOCK.
static TYPE_NOT_IN_MOCK: Condition = Condition {
    test: Test::NotIn(&["MOCK"]),
    default: None,
    allowed: Some(IntegrationType::VALUES),
};
/// `Type` is HTTP or HTTP_PROXY or AWS or AWS_PROXY.
static TYPE_IN_HTTP_OR_HTTP_PROXY_OR_AWS_OR_AWS_PROXY: Condition = Condition {
    test: Test::In(&["HTTP", "HTTP_PROXY", "AWS", "AWS_PROXY"]),
    default: None,
    allowed: Some(IntegrationType::VALUES),
};
/// `Type` is MOCK.
static TYPE_IN_MOCK: Condition = Condition {
    test: Test::In(&["MOCK"]),
    default: None,
    allowed: Some(IntegrationType::VALUES),
};
/// `Type` is HTTP or HTTP_PROXY.
static TYPE_IN_HTTP_OR_HTTP_PROXY: Condition = Condition {
    test: Test::In(&["HTTP", "HTTP_PROXY"]),
    default: None,
    allowed: Some(IntegrationType::VALUES),
};
/// `Type` is AWS or AWS_PROXY.
static TYPE_IN_AWS_OR_AWS_PROXY: Condition = Condition {
    test: Test::In(&["AWS", "AWS_PROXY"]),
    default: None,
    allowed: Some(IntegrationType::VALUES),
};
/// `Uri` does not match `formats::LAMBDA_FUNCTION_ARN`.
static URI_IS_NOT_LAMBDA_FUNCTION_ARN: Condition = Condition {
    test: Test::NotFormat(&formats::LAMBDA_FUNCTION_ARN),
    default: None,
    allowed: None,
};
/// `ConnectionType` is VPC_LINK (`INTERNET` when absent).
static CONNECTION_TYPE_IN_VPC_LINK: Condition = Condition {
    test: Test::In(&["VPC_LINK"]),
    default: Some("INTERNET"),
    allowed: Some(ConnectionType::VALUES),
};
/// `ConnectionType` is not VPC_LINK (`INTERNET` when absent).
static CONNECTION_TYPE_NOT_IN_VPC_LINK: Condition = Condition {
    test: Test::NotIn(&["VPC_LINK"]),
    default: Some("INTERNET"),
    allowed: Some(ConnectionType::VALUES),
};
/// `Type` is not AWS_PROXY or HTTP_PROXY.
static TYPE_NOT_IN_AWS_PROXY_OR_HTTP_PROXY: Condition = Condition {
    test: Test::NotIn(&["AWS_PROXY", "HTTP_PROXY"]),
    default: None,
    allowed: Some(IntegrationType::VALUES),
};
/// `ResponseTransferMode` is STREAM (`BUFFERED` when absent).
static RESPONSE_TRANSFER_MODE_IN_STREAM: Condition = Condition {
    test: Test::In(&["STREAM"]),
    default: Some("BUFFERED"),
    allowed: Some(ResponseTransferMode::VALUES),
};
/// `ResponseTransferMode` is not STREAM (`BUFFERED` when absent).
static RESPONSE_TRANSFER_MODE_NOT_IN_STREAM: Condition = Condition {
    test: Test::NotIn(&["STREAM"]),
    default: Some("BUFFERED"),
    allowed: Some(ResponseTransferMode::VALUES),
};
/// `Uri` matches `formats::LAMBDA_INVOCATION_URI`.
static URI_IS_LAMBDA_INVOCATION_URI: Condition = Condition {
    test: Test::Format(&formats::LAMBDA_INVOCATION_URI),
    default: None,
    allowed: None,
};
impl PropertyType for Integration {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Method.Integration` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an Integration object",
            &|c, object| {
                let [cache_key_parameters, cache_namespace, connection_id,
                connection_type, content_handling, credentials, integration_http_method,
                integration_responses, integration_target, passthrough_behavior,
                request_parameters, request_templates, response_transfer_mode,
                timeout_in_millis, r#type, uri] = c
                    .properties(
                        object,
                        &PROPERTY_NAMES,
                        Some(&INTEGRATION_UNKNOWN_PROPERTY),
                    );
                let context = &CheckContext {
                    integration_type: facts::value(r#type),
                    ..context.clone()
                };
                c.property(
                    cache_key_parameters,
                    "CacheKeyParameters",
                    context,
                    List(Text),
                );
                c.property(cache_namespace, "CacheNamespace", context, Text);
                c.property(connection_id, "ConnectionId", context, Text);
                c.property(connection_type, "ConnectionType", context, Text);
                c.property(content_handling, "ContentHandling", context, Text);
                c.property(credentials, "Credentials", context, Text);
                c.property(
                    integration_http_method,
                    "IntegrationHttpMethod",
                    context,
                    Text,
                );
                c.property(
                    integration_responses,
                    "IntegrationResponses",
                    context,
                    List(Object::<IntegrationResponse>::SHAPE),
                );
                c.property(integration_target, "IntegrationTarget", context, Text);
                c.property(passthrough_behavior, "PassthroughBehavior", context, Text);
                c.property(request_parameters, "RequestParameters", context, Map(Text));
                c.property(request_templates, "RequestTemplates", context, Map(Text));
                c.property(
                    response_transfer_mode,
                    "ResponseTransferMode",
                    context,
                    Text,
                );
                c.property(timeout_in_millis, "TimeoutInMillis", context, Integer);
                c.property(r#type, "Type", context, Text);
                c.property(uri, "Uri", context, Text);
                c.require_present(r#type, "Type", &INTEGRATION_TYPE_REQUIRED);
                c.allowed_values(
                    r#type,
                    "Type",
                    IntegrationType::VALUES,
                    &INTEGRATION_TYPE_ALLOWED_VALUES,
                );
                if c.holds(r#type, &TYPE_NOT_IN_MOCK) {
                    c.require_present(
                        integration_http_method,
                        "IntegrationHttpMethod",
                        &INTEGRATION_HTTP_METHOD_REQUIRED,
                    );
                }
                c.allowed_values(
                    integration_http_method,
                    "IntegrationHttpMethod",
                    HttpMethod::VALUES,
                    &INTEGRATION_HTTP_METHOD_ALLOWED_VALUES,
                );
                if c.holds(r#type, &TYPE_IN_HTTP_OR_HTTP_PROXY_OR_AWS_OR_AWS_PROXY) {
                    c.require_present(uri, "Uri", &INTEGRATION_URI_REQUIRED);
                }
                if c.holds(r#type, &TYPE_IN_MOCK) {
                    c.require_absent(uri, "Uri", &INTEGRATION_URI_MOCK);
                }
                if c.holds(r#type, &TYPE_IN_HTTP_OR_HTTP_PROXY) {
                    c.formats(
                        uri,
                        "Uri",
                        &[&formats::HTTP_URL],
                        &INTEGRATION_URI_HTTP_FORM,
                    );
                }
                if c.holds(r#type, &TYPE_IN_AWS_OR_AWS_PROXY) {
                    c.not_format(
                        uri,
                        "Uri",
                        &formats::LAMBDA_FUNCTION_ARN,
                        &INTEGRATION_URI_LAMBDA_FUNCTION_ARN,
                    );
                }
                if c.holds(r#type, &TYPE_IN_AWS_OR_AWS_PROXY)
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
                    ConnectionType::VALUES,
                    &INTEGRATION_CONNECTION_TYPE_ALLOWED_VALUES,
                );
                if c.holds(connection_type, &CONNECTION_TYPE_IN_VPC_LINK) {
                    c.require_present(
                        connection_id,
                        "ConnectionId",
                        &INTEGRATION_CONNECTION_ID_REQUIRED,
                    );
                }
                if c.holds(connection_type, &CONNECTION_TYPE_NOT_IN_VPC_LINK) {
                    c.require_absent(
                        connection_id,
                        "ConnectionId",
                        &INTEGRATION_CONNECTION_ID_WITHOUT_VPC_LINK,
                    );
                }
                c.allowed_values(
                    content_handling,
                    "ContentHandling",
                    ContentHandling::VALUES,
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
                    PassthroughBehavior::VALUES,
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
                c.in_context(
                    request_parameters,
                    "RequestParameters",
                    Members::Values,
                    context.method_request_parameters.as_ref(),
                    Some(&formats::DECLARABLE_METHOD_REQUEST_PARAMETER),
                    &INTEGRATION_REQUEST_PARAMETERS_DECLARED,
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
                    ResponseTransferMode::VALUES,
                    &INTEGRATION_RESPONSE_TRANSFER_MODE_ALLOWED_VALUES,
                );
                if c.holds(r#type, &TYPE_NOT_IN_AWS_PROXY_OR_HTTP_PROXY)
                    && c.holds(response_transfer_mode, &RESPONSE_TRANSFER_MODE_IN_STREAM)
                {
                    c.require_absent(
                        response_transfer_mode,
                        "ResponseTransferMode",
                        &INTEGRATION_RESPONSE_TRANSFER_MODE_STREAM_TYPE,
                    );
                }
                c.minimum(
                    timeout_in_millis,
                    "TimeoutInMillis",
                    50.0,
                    &INTEGRATION_TIMEOUT_MINIMUM,
                );
                if c.holds(response_transfer_mode, &RESPONSE_TRANSFER_MODE_NOT_IN_STREAM)
                {
                    c.maximum(
                        timeout_in_millis,
                        "TimeoutInMillis",
                        29000.0,
                        &INTEGRATION_TIMEOUT_ABOVE_DEFAULT_QUOTA,
                    );
                }
                if c.holds(response_transfer_mode, &RESPONSE_TRANSFER_MODE_IN_STREAM) {
                    c.maximum(
                        timeout_in_millis,
                        "TimeoutInMillis",
                        900000.0,
                        &INTEGRATION_TIMEOUT_STREAM_MAXIMUM,
                    );
                }
                c.unique_items(
                    cache_key_parameters,
                    "CacheKeyParameters",
                    &INTEGRATION_CACHE_KEY_PARAMETERS_UNIQUE,
                );
                c.in_context(
                    cache_key_parameters,
                    "CacheKeyParameters",
                    Members::Items,
                    context.method_request_parameters.as_ref(),
                    None,
                    &INTEGRATION_CACHE_KEY_PARAMETERS_DECLARED,
                );
                if c.holds(r#type, &TYPE_IN_AWS_OR_AWS_PROXY)
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
}
