// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Method.MethodResponse`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Boolean, Map, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::formats;
use super::super::rules::{
    METHOD_RESPONSE_UNKNOWN_PROPERTY, METHOD_RESPONSE_STATUS_CODE_REQUIRED,
    METHOD_RESPONSE_STATUS_CODE_FORM, METHOD_RESPONSE_PARAMETERS_KEY,
    METHOD_RESPONSE_MODELS_KEY,
};
use super::super::CheckContext;
/// `MethodResponse` is a property of the [AWS::ApiGateway::Method](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html) resource that defines the responses that can be sent to the client that calls a method.
///
/// CloudFormation property type `AWS::ApiGateway::Method.MethodResponse`. Build one with [`MethodResponse::builder`], or load and check one with
/// [`MethodResponse::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `method-response#aws-properties-apitgateway-method-methodresponse`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct MethodResponse {
    /// The resources used for the response's content type. Specify response models as key-value pairs (string-to-string maps), with a content type as the key and a [Model](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html) resource name as the value.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `method-response-models-key`
    /// - Source: `method-response#cfn-apigateway-method-methodresponse-responsemodels`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html#cfn-apigateway-method-methodresponse-responsemodels)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_models: Option<Value<BTreeMap<String, Value<String>>>>,
    /// Response parameters that API Gateway sends to the client that called a method. Specify response parameters as key-value pairs (string-to-Boolean maps), with a destination as the key and a Boolean as the value. Specify the destination using the following pattern: `method.response.header.name`, where *name* is a valid, unique header name. The Boolean specifies whether a parameter is required.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `method-response-parameters-key`
    /// - Source: `method-response#cfn-apigateway-method-methodresponse-responseparameters`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html#cfn-apigateway-method-methodresponse-responseparameters)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_parameters: Option<Value<BTreeMap<String, Value<bool>>>>,
    /// The method response's status code, which you map to an [IntegrationResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html).
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `method-response-status-code-required`, `method-response-status-code-form`
    /// - Source: `method-response#cfn-apigateway-method-methodresponse-statuscode`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-methodresponse.html#cfn-apigateway-method-methodresponse-statuscode)
    pub status_code: Value<String>,
}
/// The CloudFormation names of the properties of `MethodResponse`, sorted.
const PROPERTY_NAMES: [&str; 3] = ["ResponseModels", "ResponseParameters", "StatusCode"];
impl MethodResponse {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Method.MethodResponse";
    /// A builder; `build()` checks the result.
    pub fn builder() -> MethodResponseBuilder {
        MethodResponseBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a MethodResponse object or an `Fn::If` choosing between such objects.
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
impl FromJson for MethodResponse {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [response_models, response_parameters, status_code] = value::take_properties(
            json,
            "a MethodResponse object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            response_models: value::optional(response_models, "ResponseModels")?,
            response_parameters: value::optional(
                response_parameters,
                "ResponseParameters",
            )?,
            status_code: value::required(status_code, "StatusCode")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for MethodResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`MethodResponse`].
///
/// `build()` needs `status_code` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MethodResponseBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    response_models: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_parameters: Option<Value<BTreeMap<String, Value<bool>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status_code: Option<Value<String>>,
}
impl MethodResponseBuilder {
    /// Adds one entry to `ResponseModels` (replacing an intrinsic function set with [`Self::set_response_models`]).
    ///
    /// The resources used for the response's content type. Specify response models as key-value pairs (string-to-string maps), with a content type as the key and a [Model](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html) resource name as the value.
    pub fn response_models(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.response_models, key.into(), input.into());
        self
    }
    /// Sets `ResponseModels`, or clears it with `None`.
    ///
    /// The resources used for the response's content type. Specify response models as key-value pairs (string-to-string maps), with a content type as the key and a [Model](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html) resource name as the value.
    pub fn set_response_models(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.response_models = input;
        self
    }
    /// Adds one entry to `ResponseParameters` (replacing an intrinsic function set with [`Self::set_response_parameters`]).
    ///
    /// Response parameters that API Gateway sends to the client that called a method. Specify response parameters as key-value pairs (string-to-Boolean maps), with a destination as the key and a Boolean as the value. Specify the destination using the following pattern: `method.response.header.name`, where *name* is a valid, unique header name. The Boolean specifies whether a parameter is required.
    pub fn response_parameters(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<bool>>,
    ) -> Self {
        value::insert_entry(&mut self.response_parameters, key.into(), input.into());
        self
    }
    /// Sets `ResponseParameters`, or clears it with `None`.
    ///
    /// Response parameters that API Gateway sends to the client that called a method. Specify response parameters as key-value pairs (string-to-Boolean maps), with a destination as the key and a Boolean as the value. Specify the destination using the following pattern: `method.response.header.name`, where *name* is a valid, unique header name. The Boolean specifies whether a parameter is required.
    pub fn set_response_parameters(
        mut self,
        input: Option<Value<BTreeMap<String, Value<bool>>>>,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// Sets `StatusCode`.
    ///
    /// The method response's status code, which you map to an [IntegrationResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html).
    pub fn status_code(mut self, input: impl Into<Value<String>>) -> Self {
        self.status_code = Some(input.into());
        self
    }
    /// Sets `StatusCode`, or clears it with `None`.
    ///
    /// The method response's status code, which you map to an [IntegrationResponse](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration-integrationresponse.html).
    pub fn set_status_code(mut self, input: Option<Value<String>>) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<MethodResponse, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<MethodResponse, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for MethodResponse {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Method.MethodResponse` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a MethodResponse object",
            &|c, object| {
                let [response_models, response_parameters, status_code] = c
                    .properties(
                        object,
                        &PROPERTY_NAMES,
                        Some(&METHOD_RESPONSE_UNKNOWN_PROPERTY),
                    );
                c.property(response_models, "ResponseModels", context, Map(Text));
                c.property(
                    response_parameters,
                    "ResponseParameters",
                    context,
                    Map(Boolean),
                );
                c.property(status_code, "StatusCode", context, Text);
                c.require_present(
                    status_code,
                    "StatusCode",
                    &METHOD_RESPONSE_STATUS_CODE_REQUIRED,
                );
                c.formats(
                    status_code,
                    "StatusCode",
                    &[&formats::HTTP_STATUS_CODE],
                    &METHOD_RESPONSE_STATUS_CODE_FORM,
                );
                c.key_formats(
                    response_parameters,
                    "ResponseParameters",
                    &[&formats::METHOD_RESPONSE_HEADER],
                    &METHOD_RESPONSE_PARAMETERS_KEY,
                );
                c.key_formats(
                    response_models,
                    "ResponseModels",
                    &[&formats::MEDIA_TYPE, &formats::DEFAULT_MODEL_KEY],
                    &METHOD_RESPONSE_MODELS_KEY,
                );
            },
        );
    }
}
