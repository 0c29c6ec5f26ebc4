// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Method.IntegrationResponse`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::{Checker, Condition, Members, Test};
use cfn_apigateway_runtime::facts;
use cfn_apigateway_runtime::shape::{Map, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::formats;
use super::super::rules::{
    INTEGRATION_RESPONSE_UNKNOWN_PROPERTY, INTEGRATION_RESPONSE_STATUS_CODE_REQUIRED,
    INTEGRATION_RESPONSE_STATUS_CODE_FORM, INTEGRATION_RESPONSE_WITHOUT_METHOD_RESPONSE,
    INTEGRATION_RESPONSE_CONTENT_HANDLING_ALLOWED_VALUES,
    INTEGRATION_RESPONSE_PARAMETERS_KEY, INTEGRATION_RESPONSE_PARAMETERS_VALUE,
    INTEGRATION_RESPONSE_PARAMETERS_DECLARED, INTEGRATION_RESPONSE_TEMPLATES_KEY,
};
use super::super::{CheckContext, ContentHandling, IntegrationType};
/// `IntegrationResponse` is a property of the [Amazon API Gateway Method Integration](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html) property type that specifies the response that API Gateway sends after a method's backend finishes processing a request.
///
/// CloudFormation property type `AWS::ApiGateway::Method.IntegrationResponse`. Build one with [`IntegrationResponse::builder`], or load and check one with
/// [`IntegrationResponse::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `integration-response#aws-properties-apitgateway-method-integration-integrationresponse`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct IntegrationResponse {
    /// Specifies how to handle request payload content type conversions. Valid values are:
    ///
    /// + `CONVERT_TO_BINARY`: Converts a request payload from a base64-encoded string to a binary blob.
    /// + `CONVERT_TO_TEXT`: Converts a request payload from a binary blob to a base64-encoded string.
    ///
    /// If this property isn't defined, the request payload is passed through from the method request to the integration request without modification.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`ContentHandling`]
    /// - Rules: `integration-response-content-handling-allowed-values`
    /// - Source: `integration-response#cfn-apigateway-method-integrationresponse-contenthandling`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integrationresponse-contenthandling)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_handling: Option<Value<ContentHandling>>,
    /// The response parameters from the backend response that API Gateway sends to the method response. Specify response parameters as key-value pairs ([string-to-string mappings](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/mappings-section-structure.html)).
    ///
    /// Use the destination as the key and the source as the value:
    ///
    /// + The destination must be an existing response parameter in the [MethodResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html) property.
    /// + The source must be an existing method request parameter or a static value. You must enclose static values in single quotation marks and pre-encode these values based on the destination specified in the request.
    ///
    /// For more information about templates, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `integration-response-parameters-key`, `integration-response-parameters-value`, `integration-response-parameters-declared`
    /// - Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-responseparameters)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_parameters: Option<Value<BTreeMap<String, Value<String>>>>,
    /// The templates that are used to transform the integration response body. Specify templates as key-value pairs (string-to-string mappings), with a content type as the key and a template as the value. For more information, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `integration-response-templates-key`
    /// - Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-responsetemplates`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-responsetemplates)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_templates: Option<Value<BTreeMap<String, Value<String>>>>,
    /// A [regular expression](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-regexes.html) that specifies which error strings or status codes from the backend map to the integration response.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-selectionpattern`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-selectionpattern)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selection_pattern: Option<Value<String>>,
    /// The status code that API Gateway uses to map the integration response to a [MethodResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html) status code.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `integration-response-status-code-required`, `integration-response-status-code-form`, `integration-response-without-method-response`
    /// - Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-statuscode`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-statuscode)
    pub status_code: Value<String>,
}
/// The CloudFormation names of the properties of `IntegrationResponse`, sorted.
const PROPERTY_NAMES: [&str; 5] = [
    "ContentHandling",
    "ResponseParameters",
    "ResponseTemplates",
    "SelectionPattern",
    "StatusCode",
];
impl IntegrationResponse {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Method.IntegrationResponse";
    /// A builder; `build()` checks the result.
    pub fn builder() -> IntegrationResponseBuilder {
        IntegrationResponseBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an IntegrationResponse object or an `Fn::If` choosing between such objects.
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
impl FromJson for IntegrationResponse {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [content_handling, response_parameters, response_templates,
        selection_pattern, status_code] = value::take_properties(
            json,
            "an IntegrationResponse object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            content_handling: value::optional(content_handling, "ContentHandling")?,
            response_parameters: value::optional(
                response_parameters,
                "ResponseParameters",
            )?,
            response_templates: value::optional(
                response_templates,
                "ResponseTemplates",
            )?,
            selection_pattern: value::optional(selection_pattern, "SelectionPattern")?,
            status_code: value::required(status_code, "StatusCode")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for IntegrationResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`IntegrationResponse`].
///
/// `build()` needs `status_code` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct IntegrationResponseBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    content_handling: Option<Value<ContentHandling>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_parameters: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_templates: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    selection_pattern: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status_code: Option<Value<String>>,
}
impl IntegrationResponseBuilder {
    /// Sets `ContentHandling`.
    ///
    /// Specifies how to handle request payload content type conversions. Valid values are:
    ///
    /// + `CONVERT_TO_BINARY`: Converts a request payload from a base64-encoded string to a binary blob.
    /// + `CONVERT_TO_TEXT`: Converts a request payload from a binary blob to a base64-encoded string.
    ///
    /// If this property isn't defined, the request payload is passed through from the method request to the integration request without modification.
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
    /// If this property isn't defined, the request payload is passed through from the method request to the integration request without modification.
    pub fn set_content_handling(
        mut self,
        input: Option<Value<ContentHandling>>,
    ) -> Self {
        self.content_handling = input;
        self
    }
    /// Adds one entry to `ResponseParameters` (replacing an intrinsic function set with [`Self::set_response_parameters`]).
    ///
    /// The response parameters from the backend response that API Gateway sends to the method response. Specify response parameters as key-value pairs ([string-to-string mappings](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/mappings-section-structure.html)).
    ///
    /// Use the destination as the key and the source as the value:
    ///
    /// + The destination must be an existing response parameter in the [MethodResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html) property.
    /// + The source must be an existing method request parameter or a static value. You must enclose static values in single quotation marks and pre-encode these values based on the destination specified in the request.
    ///
    /// For more information about templates, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    pub fn response_parameters(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.response_parameters, key.into(), input.into());
        self
    }
    /// Sets `ResponseParameters`, or clears it with `None`.
    ///
    /// The response parameters from the backend response that API Gateway sends to the method response. Specify response parameters as key-value pairs ([string-to-string mappings](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/mappings-section-structure.html)).
    ///
    /// Use the destination as the key and the source as the value:
    ///
    /// + The destination must be an existing response parameter in the [MethodResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html) property.
    /// + The source must be an existing method request parameter or a static value. You must enclose static values in single quotation marks and pre-encode these values based on the destination specified in the request.
    ///
    /// For more information about templates, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    pub fn set_response_parameters(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// Adds one entry to `ResponseTemplates` (replacing an intrinsic function set with [`Self::set_response_templates`]).
    ///
    /// The templates that are used to transform the integration response body. Specify templates as key-value pairs (string-to-string mappings), with a content type as the key and a template as the value. For more information, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    pub fn response_templates(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.response_templates, key.into(), input.into());
        self
    }
    /// Sets `ResponseTemplates`, or clears it with `None`.
    ///
    /// The templates that are used to transform the integration response body. Specify templates as key-value pairs (string-to-string mappings), with a content type as the key and a template as the value. For more information, see [API Gateway Mapping Template and Access Logging Variable Reference](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html) in the *API Gateway Developer Guide*.
    pub fn set_response_templates(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.response_templates = input;
        self
    }
    /// Sets `SelectionPattern`.
    ///
    /// A [regular expression](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-regexes.html) that specifies which error strings or status codes from the backend map to the integration response.
    pub fn selection_pattern(mut self, input: impl Into<Value<String>>) -> Self {
        self.selection_pattern = Some(input.into());
        self
    }
    /// Sets `SelectionPattern`, or clears it with `None`.
    ///
    /// A [regular expression](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-regexes.html) that specifies which error strings or status codes from the backend map to the integration response.
    pub fn set_selection_pattern(mut self, input: Option<Value<String>>) -> Self {
        self.selection_pattern = input;
        self
    }
    /// Sets `StatusCode`.
    ///
    /// The status code that API Gateway uses to map the integration response to a [MethodResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html) status code.
    pub fn status_code(mut self, input: impl Into<Value<String>>) -> Self {
        self.status_code = Some(input.into());
        self
    }
    /// Sets `StatusCode`, or clears it with `None`.
    ///
    /// The status code that API Gateway uses to map the integration response to a [MethodResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html) status code.
    pub fn set_status_code(mut self, input: Option<Value<String>>) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<IntegrationResponse, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(
        self,
        context: &CheckContext,
    ) -> Result<IntegrationResponse, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
/// The context's `IntegrationType` is AWS or HTTP or MOCK.
static INTEGRATION_TYPE_IN_AWS_OR_HTTP_OR_MOCK: Condition = Condition {
    test: Test::In(&["AWS", "HTTP", "MOCK"]),
    default: None,
    allowed: Some(IntegrationType::VALUES),
};
/// `SelectionPattern` is present.
static SELECTION_PATTERN_PRESENT: Condition = Condition {
    test: Test::Present(true),
    default: None,
    allowed: None,
};
impl PropertyType for IntegrationResponse {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Method.IntegrationResponse` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an IntegrationResponse object",
            &|c, object| {
                let [content_handling, response_parameters, response_templates,
                selection_pattern, status_code] = c
                    .properties(
                        object,
                        &PROPERTY_NAMES,
                        Some(&INTEGRATION_RESPONSE_UNKNOWN_PROPERTY),
                    );
                c.property(content_handling, "ContentHandling", context, Text);
                c.property(
                    response_parameters,
                    "ResponseParameters",
                    context,
                    Map(Text),
                );
                c.property(response_templates, "ResponseTemplates", context, Map(Text));
                c.property(selection_pattern, "SelectionPattern", context, Text);
                c.property(status_code, "StatusCode", context, Text);
                c.require_present(
                    status_code,
                    "StatusCode",
                    &INTEGRATION_RESPONSE_STATUS_CODE_REQUIRED,
                );
                c.formats(
                    status_code,
                    "StatusCode",
                    &[&formats::HTTP_STATUS_CODE],
                    &INTEGRATION_RESPONSE_STATUS_CODE_FORM,
                );
                if c
                    .fact_holds(
                        context.integration_type.as_ref().map(IntegrationType::as_str),
                        &INTEGRATION_TYPE_IN_AWS_OR_HTTP_OR_MOCK,
                    ) && c.holds(selection_pattern, &SELECTION_PATTERN_PRESENT)
                {
                    c.in_context(
                        status_code,
                        "StatusCode",
                        Members::Value,
                        context.method_response_parameters.as_ref(),
                        None,
                        &INTEGRATION_RESPONSE_WITHOUT_METHOD_RESPONSE,
                    );
                }
                c.allowed_values(
                    content_handling,
                    "ContentHandling",
                    ContentHandling::VALUES,
                    &INTEGRATION_RESPONSE_CONTENT_HANDLING_ALLOWED_VALUES,
                );
                c.key_formats(
                    response_parameters,
                    "ResponseParameters",
                    &[&formats::METHOD_RESPONSE_HEADER],
                    &INTEGRATION_RESPONSE_PARAMETERS_KEY,
                );
                c.value_formats(
                    response_parameters,
                    "ResponseParameters",
                    &[
                        &formats::INTEGRATION_RESPONSE_PARAMETER,
                        &formats::CONTEXT_VARIABLE,
                        &formats::STAGE_VARIABLE,
                        &formats::QUOTED_STATIC_VALUE,
                    ],
                    &INTEGRATION_RESPONSE_PARAMETERS_VALUE,
                );
                c.in_context(
                    response_parameters,
                    "ResponseParameters",
                    Members::Keys,
                    facts::select(
                        context.method_response_parameters.as_ref(),
                        status_code,
                    ),
                    Some(&formats::METHOD_RESPONSE_HEADER),
                    &INTEGRATION_RESPONSE_PARAMETERS_DECLARED,
                );
                c.key_formats(
                    response_templates,
                    "ResponseTemplates",
                    &[&formats::MEDIA_TYPE],
                    &INTEGRATION_RESPONSE_TEMPLATES_KEY,
                );
            },
        );
    }
}
