// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::UsagePlan.ThrottleSettings`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Double, Integer};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// `ThrottleSettings` is a property of the [AWS::ApiGateway::UsagePlan](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html) resource that specifies the overall request rate (average requests per second) and burst capacity when users call your REST APIs.
///
/// CloudFormation property type `AWS::ApiGateway::UsagePlan.ThrottleSettings`. Build one with [`ThrottleSettings::builder`], or load and check one with
/// [`ThrottleSettings::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-usageplan-throttlesettings#aws-properties-apigateway-usageplan-throttlesettings`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-throttlesettings.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ThrottleSettings {
    /// The API target request burst rate limit. This allows more requests through for a period of time than the target rate limit. For more information about request throttling, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-usageplan-throttlesettings#cfn-apigateway-usageplan-throttlesettings-burstlimit`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-throttlesettings.html#cfn-apigateway-usageplan-throttlesettings-burstlimit)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub burst_limit: Option<Value<i64>>,
    /// The API target request steady-state rate limit. For more information about request throttling, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-usageplan-throttlesettings#cfn-apigateway-usageplan-throttlesettings-ratelimit`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-throttlesettings.html#cfn-apigateway-usageplan-throttlesettings-ratelimit)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<Value<f64>>,
}
/// The CloudFormation names of the properties of `ThrottleSettings`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["BurstLimit", "RateLimit"];
impl ThrottleSettings {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::UsagePlan.ThrottleSettings";
    /// A builder; `build()` checks the result.
    pub fn builder() -> ThrottleSettingsBuilder {
        ThrottleSettingsBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a ThrottleSettings object or an `Fn::If` choosing between such objects.
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
impl FromJson for ThrottleSettings {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [burst_limit, rate_limit] = value::take_properties(
            json,
            "a ThrottleSettings object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            burst_limit: value::optional(burst_limit, "BurstLimit")?,
            rate_limit: value::optional(rate_limit, "RateLimit")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for ThrottleSettings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`ThrottleSettings`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ThrottleSettingsBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    burst_limit: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rate_limit: Option<Value<f64>>,
}
impl ThrottleSettingsBuilder {
    /// Sets `BurstLimit`.
    ///
    /// The API target request burst rate limit. This allows more requests through for a period of time than the target rate limit. For more information about request throttling, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn burst_limit(mut self, input: impl Into<Value<i64>>) -> Self {
        self.burst_limit = Some(input.into());
        self
    }
    /// Sets `BurstLimit`, or clears it with `None`.
    ///
    /// The API target request burst rate limit. This allows more requests through for a period of time than the target rate limit. For more information about request throttling, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn set_burst_limit(mut self, input: Option<Value<i64>>) -> Self {
        self.burst_limit = input;
        self
    }
    /// Sets `RateLimit`.
    ///
    /// The API target request steady-state rate limit. For more information about request throttling, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn rate_limit(mut self, input: impl Into<Value<f64>>) -> Self {
        self.rate_limit = Some(input.into());
        self
    }
    /// Sets `RateLimit`, or clears it with `None`.
    ///
    /// The API target request steady-state rate limit. For more information about request throttling, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn set_rate_limit(mut self, input: Option<Value<f64>>) -> Self {
        self.rate_limit = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<ThrottleSettings, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<ThrottleSettings, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for ThrottleSettings {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::UsagePlan.ThrottleSettings` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a ThrottleSettings object",
            &|c, object| {
                let [burst_limit, rate_limit] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(burst_limit, "BurstLimit", context, Integer);
                c.property(rate_limit, "RateLimit", context, Double);
            },
        );
    }
}
