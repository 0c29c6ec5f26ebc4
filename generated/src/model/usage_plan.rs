// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::UsagePlan`: the resource type (its struct, builder and validator) and its property types.
mod api_stage;
mod quota_settings;
mod throttle_settings;
pub use api_stage::{ApiStage, ApiStageBuilder};
pub use quota_settings::{QuotaSettings, QuotaSettingsBuilder};
pub use throttle_settings::{ThrottleSettings, ThrottleSettingsBuilder};
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{AnyJson, List, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::CheckContext;
/// The `AWS::ApiGateway::UsagePlan` resource creates a usage plan for deployed APIs. A usage plan sets a target for the throttling and quota limits on individual client API keys. For more information, see [Creating and Using API Usage Plans in Amazon API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html) in the *API Gateway Developer Guide*.
///
///
///
/// In some cases clients can exceed the targets that you set. Don’t rely on usage plans to control costs. Consider using [AWS Budgets](https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html) to monitor costs and [AWS WAF](https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html) to manage API requests.
///
/// CloudFormation resource type `AWS::ApiGateway::UsagePlan` (its `Properties`). Build one with [`UsagePlan::builder`], or load and check one with
/// [`UsagePlan::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-usageplan#aws-resource-apigateway-usageplan`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct UsagePlan {
    /// The API stages to associate with this usage plan.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-usageplan#cfn-apigateway-usageplan-apistages`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html#cfn-apigateway-usageplan-apistages)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_stages: Option<Value<Vec<Value<ApiStage>>>>,
    /// A description of the usage plan.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-usageplan#cfn-apigateway-usageplan-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html#cfn-apigateway-usageplan-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// Configures the number of requests that users can make within a given interval.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-usageplan#cfn-apigateway-usageplan-quota`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html#cfn-apigateway-usageplan-quota)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota: Option<Value<QuotaSettings>>,
    /// An array of arbitrary tags (key-value pairs) to associate with the usage plan.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-usageplan#cfn-apigateway-usageplan-tags`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html#cfn-apigateway-usageplan-tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<serde_json::Value>>>,
    /// Configures the overall request rate (average requests per second) and burst capacity.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-usageplan#cfn-apigateway-usageplan-throttle`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html#cfn-apigateway-usageplan-throttle)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throttle: Option<Value<ThrottleSettings>>,
    /// A name for the usage plan.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-usageplan#cfn-apigateway-usageplan-usageplanname`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html#cfn-apigateway-usageplan-usageplanname)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage_plan_name: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `UsagePlan`, sorted.
const PROPERTY_NAMES: [&str; 6] = [
    "ApiStages",
    "Description",
    "Quota",
    "Tags",
    "Throttle",
    "UsagePlanName",
];
impl UsagePlan {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::UsagePlan";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> UsagePlanBuilder {
        UsagePlanBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an UsagePlan object or an `Fn::If` choosing between such objects.
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
impl FromJson for UsagePlan {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [api_stages, description, quota, tags, throttle, usage_plan_name] = value::take_properties(
            json,
            "an UsagePlan object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            api_stages: value::optional(api_stages, "ApiStages")?,
            description: value::optional(description, "Description")?,
            quota: value::optional(quota, "Quota")?,
            tags: value::optional(tags, "Tags")?,
            throttle: value::optional(throttle, "Throttle")?,
            usage_plan_name: value::optional(usage_plan_name, "UsagePlanName")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for UsagePlan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`UsagePlan`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UsagePlanBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    api_stages: Option<Value<Vec<Value<ApiStage>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quota: Option<Value<QuotaSettings>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    throttle: Option<Value<ThrottleSettings>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    usage_plan_name: Option<Value<String>>,
}
impl UsagePlanBuilder {
    /// Appends one item to `ApiStages` (replacing an intrinsic function set with [`Self::set_api_stages`]).
    ///
    /// The API stages to associate with this usage plan.
    pub fn api_stages(mut self, item: impl Into<Value<ApiStage>>) -> Self {
        value::push_item(&mut self.api_stages, item.into());
        self
    }
    /// Sets `ApiStages`, or clears it with `None`.
    ///
    /// The API stages to associate with this usage plan.
    pub fn set_api_stages(mut self, input: Option<Value<Vec<Value<ApiStage>>>>) -> Self {
        self.api_stages = input;
        self
    }
    /// Sets `Description`.
    ///
    /// A description of the usage plan.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description of the usage plan.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `Quota`.
    ///
    /// Configures the number of requests that users can make within a given interval.
    pub fn quota(mut self, input: impl Into<Value<QuotaSettings>>) -> Self {
        self.quota = Some(input.into());
        self
    }
    /// Sets `Quota`, or clears it with `None`.
    ///
    /// Configures the number of requests that users can make within a given interval.
    pub fn set_quota(mut self, input: Option<Value<QuotaSettings>>) -> Self {
        self.quota = input;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the usage plan.
    pub fn tags(mut self, item: impl Into<serde_json::Value>) -> Self {
        value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the usage plan.
    pub fn set_tags(mut self, input: Option<Value<Vec<serde_json::Value>>>) -> Self {
        self.tags = input;
        self
    }
    /// Sets `Throttle`.
    ///
    /// Configures the overall request rate (average requests per second) and burst capacity.
    pub fn throttle(mut self, input: impl Into<Value<ThrottleSettings>>) -> Self {
        self.throttle = Some(input.into());
        self
    }
    /// Sets `Throttle`, or clears it with `None`.
    ///
    /// Configures the overall request rate (average requests per second) and burst capacity.
    pub fn set_throttle(mut self, input: Option<Value<ThrottleSettings>>) -> Self {
        self.throttle = input;
        self
    }
    /// Sets `UsagePlanName`.
    ///
    /// A name for the usage plan.
    pub fn usage_plan_name(mut self, input: impl Into<Value<String>>) -> Self {
        self.usage_plan_name = Some(input.into());
        self
    }
    /// Sets `UsagePlanName`, or clears it with `None`.
    ///
    /// A name for the usage plan.
    pub fn set_usage_plan_name(mut self, input: Option<Value<String>>) -> Self {
        self.usage_plan_name = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<UsagePlan, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<UsagePlan, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for UsagePlan {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::UsagePlan` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an UsagePlan object",
            &|c, object| {
                let [api_stages, description, quota, tags, throttle, usage_plan_name] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(
                    api_stages,
                    "ApiStages",
                    context,
                    List(Object::<ApiStage>::SHAPE),
                );
                c.property(description, "Description", context, Text);
                c.property(quota, "Quota", context, Object::<QuotaSettings>::SHAPE);
                c.property(tags, "Tags", context, List(AnyJson));
                c.property(
                    throttle,
                    "Throttle",
                    context,
                    Object::<ThrottleSettings>::SHAPE,
                );
                c.property(usage_plan_name, "UsagePlanName", context, Text);
            },
        );
    }
}
