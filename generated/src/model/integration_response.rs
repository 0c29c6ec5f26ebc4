// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Method.IntegrationResponse`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use super::ContentHandling;
use std::collections::BTreeMap;
use serde::Serialize;
/// `IntegrationResponse` is a property of the Integration property type that specifies the response that API Gateway sends after a method's backend finishes processing a request.
///
/// CloudFormation property type `AWS::ApiGateway::Method.IntegrationResponse`. Build one with [`IntegrationResponse::builder`], or load and check one with
/// [`IntegrationResponse::from_value`]; every property that may be an intrinsic function is a [`Value`].
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
    /// - Rules: `integration-response-parameters-key`, `integration-response-parameters-value`
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
    /// - Rules: `integration-response-status-code-required`, `integration-response-status-code-form`
    /// - Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-statuscode`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html#cfn-apigateway-method-integration-integrationresponse-statuscode)
    pub status_code: Value<String>,
}
/// The CloudFormation names of the properties of `IntegrationResponse`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<5> = PropertyNames {
    names: [
        "ContentHandling",
        "ResponseParameters",
        "ResponseTemplates",
        "SelectionPattern",
        "StatusCode",
    ],
    index: |key| match key {
        "ContentHandling" => Some(0),
        "ResponseParameters" => Some(1),
        "ResponseTemplates" => Some(2),
        "SelectionPattern" => Some(3),
        "StatusCode" => Some(4),
        _ => None,
    },
};
property_type_loaders!(
    IntegrationResponse, "an IntegrationResponse object", PROPERTY_NAMES, [optional(0,
    content_handling), optional(1, response_parameters), optional(2, response_templates),
    optional(3, selection_pattern), required(4, status_code)], [status_code]
);
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
    builder_setters!(
        content_handling, set_content_handling, "ContentHandling", ContentHandling
    );
    builder_setters!(
        map response_parameters, set_response_parameters, "ResponseParameters", String
    );
    builder_setters!(
        map response_templates, set_response_templates, "ResponseTemplates", String
    );
    builder_setters!(
        selection_pattern, set_selection_pattern, "SelectionPattern", String
    );
    builder_setters!(status_code, set_status_code, "StatusCode", String);
}
property_type_api!(
    IntegrationResponse, "AWS::ApiGateway::Method.IntegrationResponse",
    IntegrationResponseBuilder, check_integration_response, CheckContext
);
use crate::runtime::formats;
use super::rules::{
    INTEGRATION_RESPONSE_UNKNOWN_PROPERTY, INTEGRATION_RESPONSE_STATUS_CODE_REQUIRED,
    INTEGRATION_RESPONSE_STATUS_CODE_FORM,
    INTEGRATION_RESPONSE_CONTENT_HANDLING_ALLOWED_VALUES,
    INTEGRATION_RESPONSE_PARAMETERS_KEY, INTEGRATION_RESPONSE_PARAMETERS_VALUE,
    INTEGRATION_RESPONSE_TEMPLATES_KEY,
};
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::{Map, Text};
/// Checks `AWS::ApiGateway::Method.IntegrationResponse` JSON: the shape of every property, then the rules.
pub(crate) fn check_integration_response<'r>(
    c: &mut Checker<'r>,
    context: &CheckContext,
    value: &'r serde_json::Value,
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
            c.property(response_parameters, "ResponseParameters", context, Map(Text));
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
            c.allowed_values(
                content_handling,
                "ContentHandling",
                &["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"],
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
            c.key_formats(
                response_templates,
                "ResponseTemplates",
                &[&formats::MEDIA_TYPE],
                &INTEGRATION_RESPONSE_TEMPLATES_KEY,
            );
        },
    );
}
impl IntegrationResponse {
    /// `true` when checking the JSON of the `IntegrationResponse`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_integration_response`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let content_handling = self.content_handling.as_ref();
        let response_parameters = self.response_parameters.as_ref();
        let response_templates = self.response_templates.as_ref();
        let selection_pattern = self.selection_pattern.as_ref();
        let status_code = Some(&self.status_code);
        c.property(content_handling, "ContentHandling", Text);
        c.property(response_parameters, "ResponseParameters", Map(Text));
        c.property(response_templates, "ResponseTemplates", Map(Text));
        c.property(selection_pattern, "SelectionPattern", Text);
        c.property(status_code, "StatusCode", Text);
        Self::accept_rules(
            c,
            content_handling,
            response_parameters,
            response_templates,
            status_code,
        );
        c.fine()
    }
    /// The rules of [`check_integration_response`] in a twin, on the values of the properties they read: the typed
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
    >(
        c: &mut Accept<'r, CheckContext>,
        content_handling: Option<&'r T0>,
        response_parameters: Option<&'r T1>,
        response_templates: Option<&'r T2>,
        status_code: Option<&'r T3>,
    ) {
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
        c.allowed_values(
            content_handling,
            "ContentHandling",
            &["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"],
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
        c.key_formats(
            response_templates,
            "ResponseTemplates",
            &[&formats::MEDIA_TYPE],
            &INTEGRATION_RESPONSE_TEMPLATES_KEY,
        );
    }
}
impl PropertyType<CheckContext> for IntegrationResponse {
    fn check_json<'r>(
        c: &mut Checker<'r>,
        context: &CheckContext,
        value: &'r serde_json::Value,
    ) {
        check_integration_response(c, context, value);
    }
    /// The JSON twin of [`check_integration_response`], in the twin `c` of the value that holds this one (its
    /// checker and its verdict are shared). It reads literals itself and hands the checker only
    /// what is not one.
    #[inline]
    fn accept_json<'r>(c: &mut Accept<'r, CheckContext>, value: &'r serde_json::Value) {
        let Some(
            [content_handling,
            response_parameters,
            response_templates,
            selection_pattern,
            status_code,
            ],
        ) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(content_handling, Text);
        c.shape(response_parameters, Map(Text));
        c.shape(response_templates, Map(Text));
        c.shape(selection_pattern, Text);
        c.shape(status_code, Text);
        if !c.fine() {
            return;
        }
        Self::accept_rules(
            c,
            content_handling,
            response_parameters,
            response_templates,
            status_code,
        );
    }
}
