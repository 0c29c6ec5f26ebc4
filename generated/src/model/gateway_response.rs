// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::GatewayResponse`: the resource type (its struct, builder and validator) and its property types.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Map, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{
    GATEWAY_RESPONSE_RESPONSE_TYPE_REQUIRED, GATEWAY_RESPONSE_REST_API_ID_REQUIRED,
};
use super::CheckContext;
/// The `AWS::ApiGateway::GatewayResponse` resource creates a gateway response for your API. For more information, see [API Gateway Responses](https://docs.aws.amazon.com/apigateway/latest/developerguide/customize-gateway-responses.html#api-gateway-gatewayResponse-definition) in the *API Gateway Developer Guide*.
///
/// CloudFormation resource type `AWS::ApiGateway::GatewayResponse` (its `Properties`). Build one with [`GatewayResponse::builder`], or load and check one with
/// [`GatewayResponse::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-gatewayresponse#aws-resource-apigateway-gatewayresponse`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-gatewayresponse.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct GatewayResponse {
    /// The response parameters (paths, query strings, and headers) for the response. Duplicates not allowed.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-responseparameters`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-gatewayresponse.html#cfn-apigateway-gatewayresponse-responseparameters)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_parameters: Option<Value<BTreeMap<String, Value<String>>>>,
    /// The response templates for the response. Duplicates not allowed.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-responsetemplates`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-gatewayresponse.html#cfn-apigateway-gatewayresponse-responsetemplates)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_templates: Option<Value<BTreeMap<String, Value<String>>>>,
    /// The response type. For valid values, see [GatewayResponse](https://docs.aws.amazon.com/apigateway/api-reference/resource/gateway-response/) in the *API Gateway API Reference*.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `gateway-response-response-type-required`
    /// - Source: `aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-responsetype`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-gatewayresponse.html#cfn-apigateway-gatewayresponse-responsetype)
    pub response_type: Value<String>,
    /// The identifier of the API.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `gateway-response-rest-api-id-required`
    /// - Source: `aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-gatewayresponse.html#cfn-apigateway-gatewayresponse-restapiid)
    pub rest_api_id: Value<String>,
    /// The HTTP status code for the response.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-gatewayresponse#cfn-apigateway-gatewayresponse-statuscode`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-gatewayresponse.html#cfn-apigateway-gatewayresponse-statuscode)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_code: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `GatewayResponse`, sorted.
const PROPERTY_NAMES: [&str; 5] = [
    "ResponseParameters",
    "ResponseTemplates",
    "ResponseType",
    "RestApiId",
    "StatusCode",
];
impl GatewayResponse {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::GatewayResponse";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> GatewayResponseBuilder {
        GatewayResponseBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a GatewayResponse object or an `Fn::If` choosing between such objects.
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
impl FromJson for GatewayResponse {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [response_parameters, response_templates, response_type, rest_api_id,
        status_code] = value::take_properties(
            json,
            "a GatewayResponse object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            response_parameters: value::optional(
                response_parameters,
                "ResponseParameters",
            )?,
            response_templates: value::optional(
                response_templates,
                "ResponseTemplates",
            )?,
            response_type: value::required(response_type, "ResponseType")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
            status_code: value::optional(status_code, "StatusCode")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for GatewayResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`GatewayResponse`].
///
/// `build()` needs `response_type`, `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GatewayResponseBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    response_parameters: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_templates: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_type: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status_code: Option<Value<String>>,
}
impl GatewayResponseBuilder {
    /// Adds one entry to `ResponseParameters` (replacing an intrinsic function set with [`Self::set_response_parameters`]).
    ///
    /// The response parameters (paths, query strings, and headers) for the response. Duplicates not allowed.
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
    /// The response parameters (paths, query strings, and headers) for the response. Duplicates not allowed.
    pub fn set_response_parameters(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// Adds one entry to `ResponseTemplates` (replacing an intrinsic function set with [`Self::set_response_templates`]).
    ///
    /// The response templates for the response. Duplicates not allowed.
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
    /// The response templates for the response. Duplicates not allowed.
    pub fn set_response_templates(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.response_templates = input;
        self
    }
    /// Sets `ResponseType`.
    ///
    /// The response type. For valid values, see [GatewayResponse](https://docs.aws.amazon.com/apigateway/api-reference/resource/gateway-response/) in the *API Gateway API Reference*.
    pub fn response_type(mut self, input: impl Into<Value<String>>) -> Self {
        self.response_type = Some(input.into());
        self
    }
    /// Sets `ResponseType`, or clears it with `None`.
    ///
    /// The response type. For valid values, see [GatewayResponse](https://docs.aws.amazon.com/apigateway/api-reference/resource/gateway-response/) in the *API Gateway API Reference*.
    pub fn set_response_type(mut self, input: Option<Value<String>>) -> Self {
        self.response_type = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The identifier of the API.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The identifier of the API.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Sets `StatusCode`.
    ///
    /// The HTTP status code for the response.
    pub fn status_code(mut self, input: impl Into<Value<String>>) -> Self {
        self.status_code = Some(input.into());
        self
    }
    /// Sets `StatusCode`, or clears it with `None`.
    ///
    /// The HTTP status code for the response.
    pub fn set_status_code(mut self, input: Option<Value<String>>) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<GatewayResponse, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<GatewayResponse, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for GatewayResponse {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::GatewayResponse` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a GatewayResponse object",
            &|c, object| {
                let [response_parameters, response_templates, response_type, rest_api_id,
                status_code] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(
                    response_parameters,
                    "ResponseParameters",
                    context,
                    Map(Text),
                );
                c.property(response_templates, "ResponseTemplates", context, Map(Text));
                c.property(response_type, "ResponseType", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.property(status_code, "StatusCode", context, Text);
                c.require_present(
                    response_type,
                    "ResponseType",
                    &GATEWAY_RESPONSE_RESPONSE_TYPE_REQUIRED,
                );
                c.require_present(
                    rest_api_id,
                    "RestApiId",
                    &GATEWAY_RESPONSE_REST_API_ID_REQUIRED,
                );
            },
        );
    }
}
