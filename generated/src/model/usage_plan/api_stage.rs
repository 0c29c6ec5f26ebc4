// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::UsagePlan.ApiStage`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Map, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
use super::ThrottleSettings;
/// `ApiStage` is a property of the [AWS::ApiGateway::UsagePlan](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html) resource that specifies which stages and APIs to associate with a usage plan.
///
/// CloudFormation property type `AWS::ApiGateway::UsagePlan.ApiStage`. Build one with [`ApiStage::builder`], or load and check one with
/// [`ApiStage::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-usageplan-apistage#aws-properties-apigateway-usageplan-apistage`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-apistage.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ApiStage {
    /// The ID of an API that is in the specified `Stage` property that you want to associate with the usage plan.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-usageplan-apistage#cfn-apigateway-usageplan-apistage-apiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-apistage.html#cfn-apigateway-usageplan-apistage-apiid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_id: Option<Value<String>>,
    /// The name of the stage to associate with the usage plan.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-usageplan-apistage#cfn-apigateway-usageplan-apistage-stage`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-apistage.html#cfn-apigateway-usageplan-apistage-stage)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Value<String>>,
    /// Map containing method-level throttling information for an API stage in a usage plan. The key for the map is the path and method for which to configure custom throttling, for example, "/pets/GET".
    ///
    /// Duplicates are not allowed.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-usageplan-apistage#cfn-apigateway-usageplan-apistage-throttle`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-usageplan-apistage.html#cfn-apigateway-usageplan-apistage-throttle)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throttle: Option<Value<BTreeMap<String, Value<ThrottleSettings>>>>,
}
/// The CloudFormation names of the properties of `ApiStage`, sorted.
const PROPERTY_NAMES: [&str; 3] = ["ApiId", "Stage", "Throttle"];
impl ApiStage {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::UsagePlan.ApiStage";
    /// A builder; `build()` checks the result.
    pub fn builder() -> ApiStageBuilder {
        ApiStageBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an ApiStage object or an `Fn::If` choosing between such objects.
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
impl FromJson for ApiStage {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [api_id, stage, throttle] = value::take_properties(
            json,
            "an ApiStage object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            api_id: value::optional(api_id, "ApiId")?,
            stage: value::optional(stage, "Stage")?,
            throttle: value::optional(throttle, "Throttle")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for ApiStage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`ApiStage`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ApiStageBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    throttle: Option<Value<BTreeMap<String, Value<ThrottleSettings>>>>,
}
impl ApiStageBuilder {
    /// Sets `ApiId`.
    ///
    /// The ID of an API that is in the specified `Stage` property that you want to associate with the usage plan.
    pub fn api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.api_id = Some(input.into());
        self
    }
    /// Sets `ApiId`, or clears it with `None`.
    ///
    /// The ID of an API that is in the specified `Stage` property that you want to associate with the usage plan.
    pub fn set_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.api_id = input;
        self
    }
    /// Sets `Stage`.
    ///
    /// The name of the stage to associate with the usage plan.
    pub fn stage(mut self, input: impl Into<Value<String>>) -> Self {
        self.stage = Some(input.into());
        self
    }
    /// Sets `Stage`, or clears it with `None`.
    ///
    /// The name of the stage to associate with the usage plan.
    pub fn set_stage(mut self, input: Option<Value<String>>) -> Self {
        self.stage = input;
        self
    }
    /// Adds one entry to `Throttle` (replacing an intrinsic function set with [`Self::set_throttle`]).
    ///
    /// Map containing method-level throttling information for an API stage in a usage plan. The key for the map is the path and method for which to configure custom throttling, for example, "/pets/GET".
    ///
    /// Duplicates are not allowed.
    pub fn throttle(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<ThrottleSettings>>,
    ) -> Self {
        value::insert_entry(&mut self.throttle, key.into(), input.into());
        self
    }
    /// Sets `Throttle`, or clears it with `None`.
    ///
    /// Map containing method-level throttling information for an API stage in a usage plan. The key for the map is the path and method for which to configure custom throttling, for example, "/pets/GET".
    ///
    /// Duplicates are not allowed.
    pub fn set_throttle(
        mut self,
        input: Option<Value<BTreeMap<String, Value<ThrottleSettings>>>>,
    ) -> Self {
        self.throttle = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<ApiStage, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<ApiStage, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for ApiStage {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::UsagePlan.ApiStage` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an ApiStage object",
            &|c, object| {
                let [api_id, stage, throttle] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(api_id, "ApiId", context, Text);
                c.property(stage, "Stage", context, Text);
                c.property(
                    throttle,
                    "Throttle",
                    context,
                    Map(Object::<ThrottleSettings>::SHAPE),
                );
            },
        );
    }
}
