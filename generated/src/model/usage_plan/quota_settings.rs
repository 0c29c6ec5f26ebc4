// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::UsagePlan.QuotaSettings`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Integer, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// `QuotaSettings` is a property of the [AWS::ApiGateway::UsagePlan](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html) resource that specifies a target for the maximum number of requests users can make to your REST APIs.
///
///
///
/// In some cases clients can exceed the targets that you set. Don’t rely on usage plans to control costs. Consider using [AWS Budgets](https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html) to monitor costs and [AWS WAF](https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html) to manage API requests.
///
/// CloudFormation property type `AWS::ApiGateway::UsagePlan.QuotaSettings`. Build one with [`QuotaSettings::builder`], or load and check one with
/// [`QuotaSettings::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-usageplan-quotasettings#aws-properties-apigateway-usageplan-quotasettings`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-quotasettings.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct QuotaSettings {
    /// The target maximum number of requests that can be made in a given time period.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-usageplan-quotasettings#cfn-apigateway-usageplan-quotasettings-limit`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-quotasettings.html#cfn-apigateway-usageplan-quotasettings-limit)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<Value<i64>>,
    /// The day that a time period starts. For example, with a time period of `WEEK`, an offset of `0` starts on Sunday, and an offset of `1` starts on Monday.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-usageplan-quotasettings#cfn-apigateway-usageplan-quotasettings-offset`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-quotasettings.html#cfn-apigateway-usageplan-quotasettings-offset)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<Value<i64>>,
    /// The time period for which the target maximum limit of requests applies, such as `DAY` or `WEEK`. For valid values, see the period property for the [UsagePlan](https://docs.aws.amazon.com/apigateway/api-reference/resource/usage-plan) resource in the *Amazon API Gateway REST API Reference*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-usageplan-quotasettings#cfn-apigateway-usageplan-quotasettings-period`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-quotasettings.html#cfn-apigateway-usageplan-quotasettings-period)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `QuotaSettings`, sorted.
const PROPERTY_NAMES: [&str; 3] = ["Limit", "Offset", "Period"];
impl QuotaSettings {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::UsagePlan.QuotaSettings";
    /// A builder; `build()` checks the result.
    pub fn builder() -> QuotaSettingsBuilder {
        QuotaSettingsBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a QuotaSettings object or an `Fn::If` choosing between such objects.
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
impl FromJson for QuotaSettings {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [limit, offset, period] = value::take_properties(
            json,
            "a QuotaSettings object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            limit: value::optional(limit, "Limit")?,
            offset: value::optional(offset, "Offset")?,
            period: value::optional(period, "Period")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for QuotaSettings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`QuotaSettings`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct QuotaSettingsBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Value<String>>,
}
impl QuotaSettingsBuilder {
    /// Sets `Limit`.
    ///
    /// The target maximum number of requests that can be made in a given time period.
    pub fn limit(mut self, input: impl Into<Value<i64>>) -> Self {
        self.limit = Some(input.into());
        self
    }
    /// Sets `Limit`, or clears it with `None`.
    ///
    /// The target maximum number of requests that can be made in a given time period.
    pub fn set_limit(mut self, input: Option<Value<i64>>) -> Self {
        self.limit = input;
        self
    }
    /// Sets `Offset`.
    ///
    /// The day that a time period starts. For example, with a time period of `WEEK`, an offset of `0` starts on Sunday, and an offset of `1` starts on Monday.
    pub fn offset(mut self, input: impl Into<Value<i64>>) -> Self {
        self.offset = Some(input.into());
        self
    }
    /// Sets `Offset`, or clears it with `None`.
    ///
    /// The day that a time period starts. For example, with a time period of `WEEK`, an offset of `0` starts on Sunday, and an offset of `1` starts on Monday.
    pub fn set_offset(mut self, input: Option<Value<i64>>) -> Self {
        self.offset = input;
        self
    }
    /// Sets `Period`.
    ///
    /// The time period for which the target maximum limit of requests applies, such as `DAY` or `WEEK`. For valid values, see the period property for the [UsagePlan](https://docs.aws.amazon.com/apigateway/api-reference/resource/usage-plan) resource in the *Amazon API Gateway REST API Reference*.
    pub fn period(mut self, input: impl Into<Value<String>>) -> Self {
        self.period = Some(input.into());
        self
    }
    /// Sets `Period`, or clears it with `None`.
    ///
    /// The time period for which the target maximum limit of requests applies, such as `DAY` or `WEEK`. For valid values, see the period property for the [UsagePlan](https://docs.aws.amazon.com/apigateway/api-reference/resource/usage-plan) resource in the *Amazon API Gateway REST API Reference*.
    pub fn set_period(mut self, input: Option<Value<String>>) -> Self {
        self.period = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<QuotaSettings, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<QuotaSettings, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for QuotaSettings {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::UsagePlan.QuotaSettings` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a QuotaSettings object",
            &|c, object| {
                let [limit, offset, period] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(limit, "Limit", context, Integer);
                c.property(offset, "Offset", context, Integer);
                c.property(period, "Period", context, Text);
            },
        );
    }
}
