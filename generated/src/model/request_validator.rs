// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::RequestValidator`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Boolean, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::REQUEST_VALIDATOR_REST_API_ID_REQUIRED;
use super::CheckContext;
/// The `AWS::ApiGateway::RequestValidator` resource sets up basic validation rules for incoming requests to your API. For more information, see [Enable Basic Request Validation for an API in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html) in the *API Gateway Developer Guide*.
///
/// CloudFormation resource type `AWS::ApiGateway::RequestValidator` (its `Properties`). Build one with [`RequestValidator::builder`], or load and check one with
/// [`RequestValidator::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-requestvalidator#aws-resource-apigateway-requestvalidator`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-requestvalidator.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RequestValidator {
    /// The name of this request validator.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-requestvalidator#cfn-apigateway-requestvalidator-name`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-requestvalidator.html#cfn-apigateway-requestvalidator-name)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Value<String>>,
    /// The identifier of the targeted API entity.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `request-validator-rest-api-id-required`
    /// - Source: `aws-resource-apigateway-requestvalidator#cfn-apigateway-requestvalidator-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-requestvalidator.html#cfn-apigateway-requestvalidator-restapiid)
    pub rest_api_id: Value<String>,
    /// Indicates whether to validate the request body according to the configured schema for the targeted API and method.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-requestvalidator#cfn-apigateway-requestvalidator-validaterequestbody`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-requestvalidator.html#cfn-apigateway-requestvalidator-validaterequestbody)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validate_request_body: Option<Value<bool>>,
    /// Indicates whether to validate request parameters.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-requestvalidator#cfn-apigateway-requestvalidator-validaterequestparameters`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-requestvalidator.html#cfn-apigateway-requestvalidator-validaterequestparameters)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validate_request_parameters: Option<Value<bool>>,
}
/// The CloudFormation names of the properties of `RequestValidator`, sorted.
const PROPERTY_NAMES: [&str; 4] = [
    "Name",
    "RestApiId",
    "ValidateRequestBody",
    "ValidateRequestParameters",
];
impl RequestValidator {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::RequestValidator";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> RequestValidatorBuilder {
        RequestValidatorBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a RequestValidator object or an `Fn::If` choosing between such objects.
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
impl FromJson for RequestValidator {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [name, rest_api_id, validate_request_body, validate_request_parameters] = value::take_properties(
            json,
            "a RequestValidator object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            name: value::optional(name, "Name")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
            validate_request_body: value::optional(
                validate_request_body,
                "ValidateRequestBody",
            )?,
            validate_request_parameters: value::optional(
                validate_request_parameters,
                "ValidateRequestParameters",
            )?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for RequestValidator {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`RequestValidator`].
///
/// `build()` needs `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RequestValidatorBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    validate_request_body: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    validate_request_parameters: Option<Value<bool>>,
}
impl RequestValidatorBuilder {
    /// Sets `Name`.
    ///
    /// The name of this request validator.
    pub fn name(mut self, input: impl Into<Value<String>>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    ///
    /// The name of this request validator.
    pub fn set_name(mut self, input: Option<Value<String>>) -> Self {
        self.name = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The identifier of the targeted API entity.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The identifier of the targeted API entity.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Sets `ValidateRequestBody`.
    ///
    /// Indicates whether to validate the request body according to the configured schema for the targeted API and method.
    pub fn validate_request_body(mut self, input: impl Into<Value<bool>>) -> Self {
        self.validate_request_body = Some(input.into());
        self
    }
    /// Sets `ValidateRequestBody`, or clears it with `None`.
    ///
    /// Indicates whether to validate the request body according to the configured schema for the targeted API and method.
    pub fn set_validate_request_body(mut self, input: Option<Value<bool>>) -> Self {
        self.validate_request_body = input;
        self
    }
    /// Sets `ValidateRequestParameters`.
    ///
    /// Indicates whether to validate request parameters.
    pub fn validate_request_parameters(mut self, input: impl Into<Value<bool>>) -> Self {
        self.validate_request_parameters = Some(input.into());
        self
    }
    /// Sets `ValidateRequestParameters`, or clears it with `None`.
    ///
    /// Indicates whether to validate request parameters.
    pub fn set_validate_request_parameters(
        mut self,
        input: Option<Value<bool>>,
    ) -> Self {
        self.validate_request_parameters = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<RequestValidator, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<RequestValidator, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for RequestValidator {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::RequestValidator` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a RequestValidator object",
            &|c, object| {
                let [name, rest_api_id, validate_request_body,
                validate_request_parameters] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(name, "Name", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.property(
                    validate_request_body,
                    "ValidateRequestBody",
                    context,
                    Boolean,
                );
                c.property(
                    validate_request_parameters,
                    "ValidateRequestParameters",
                    context,
                    Boolean,
                );
                c.require_present(
                    rest_api_id,
                    "RestApiId",
                    &REQUEST_VALIDATOR_REST_API_ID_REQUIRED,
                );
            },
        );
    }
}
