// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Deployment.CanarySetting`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Boolean, Double, Map, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// The `CanarySetting` property type specifies settings for the canary deployment in this stage.
///
///
///
/// `CanarySetting` is a property of the [StageDescription](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html) property type.
///
/// CloudFormation property type `AWS::ApiGateway::Deployment.CanarySetting`. Build one with [`CanarySetting::builder`], or load and check one with
/// [`CanarySetting::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-deployment-canarysetting#aws-properties-apigateway-deployment-canarysetting`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-canarysetting.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct CanarySetting {
    /// The percent (0-100) of traffic diverted to a canary deployment.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-canarysetting#cfn-apigateway-deployment-canarysetting-percenttraffic`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-canarysetting.html#cfn-apigateway-deployment-canarysetting-percenttraffic)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percent_traffic: Option<Value<f64>>,
    /// Stage variables overridden for a canary release deployment, including new stage variables introduced in the canary. These stage variables are represented as a string-to-string map between stage variable names and their values.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-canarysetting#cfn-apigateway-deployment-canarysetting-stagevariableoverrides`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-canarysetting.html#cfn-apigateway-deployment-canarysetting-stagevariableoverrides)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_variable_overrides: Option<Value<BTreeMap<String, Value<String>>>>,
    /// Whether the canary deployment uses the stage cache or not.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-canarysetting#cfn-apigateway-deployment-canarysetting-usestagecache`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-canarysetting.html#cfn-apigateway-deployment-canarysetting-usestagecache)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stage_cache: Option<Value<bool>>,
}
/// The CloudFormation names of the properties of `CanarySetting`, sorted.
const PROPERTY_NAMES: [&str; 3] = [
    "PercentTraffic",
    "StageVariableOverrides",
    "UseStageCache",
];
impl CanarySetting {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Deployment.CanarySetting";
    /// A builder; `build()` checks the result.
    pub fn builder() -> CanarySettingBuilder {
        CanarySettingBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a CanarySetting object or an `Fn::If` choosing between such objects.
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
impl FromJson for CanarySetting {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [percent_traffic, stage_variable_overrides, use_stage_cache] = value::take_properties(
            json,
            "a CanarySetting object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            percent_traffic: value::optional(percent_traffic, "PercentTraffic")?,
            stage_variable_overrides: value::optional(
                stage_variable_overrides,
                "StageVariableOverrides",
            )?,
            use_stage_cache: value::optional(use_stage_cache, "UseStageCache")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for CanarySetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`CanarySetting`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CanarySettingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    percent_traffic: Option<Value<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage_variable_overrides: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    use_stage_cache: Option<Value<bool>>,
}
impl CanarySettingBuilder {
    /// Sets `PercentTraffic`.
    ///
    /// The percent (0-100) of traffic diverted to a canary deployment.
    pub fn percent_traffic(mut self, input: impl Into<Value<f64>>) -> Self {
        self.percent_traffic = Some(input.into());
        self
    }
    /// Sets `PercentTraffic`, or clears it with `None`.
    ///
    /// The percent (0-100) of traffic diverted to a canary deployment.
    pub fn set_percent_traffic(mut self, input: Option<Value<f64>>) -> Self {
        self.percent_traffic = input;
        self
    }
    /// Adds one entry to `StageVariableOverrides` (replacing an intrinsic function set with [`Self::set_stage_variable_overrides`]).
    ///
    /// Stage variables overridden for a canary release deployment, including new stage variables introduced in the canary. These stage variables are represented as a string-to-string map between stage variable names and their values.
    pub fn stage_variable_overrides(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(
            &mut self.stage_variable_overrides,
            key.into(),
            input.into(),
        );
        self
    }
    /// Sets `StageVariableOverrides`, or clears it with `None`.
    ///
    /// Stage variables overridden for a canary release deployment, including new stage variables introduced in the canary. These stage variables are represented as a string-to-string map between stage variable names and their values.
    pub fn set_stage_variable_overrides(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.stage_variable_overrides = input;
        self
    }
    /// Sets `UseStageCache`.
    ///
    /// Whether the canary deployment uses the stage cache or not.
    pub fn use_stage_cache(mut self, input: impl Into<Value<bool>>) -> Self {
        self.use_stage_cache = Some(input.into());
        self
    }
    /// Sets `UseStageCache`, or clears it with `None`.
    ///
    /// Whether the canary deployment uses the stage cache or not.
    pub fn set_use_stage_cache(mut self, input: Option<Value<bool>>) -> Self {
        self.use_stage_cache = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<CanarySetting, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<CanarySetting, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for CanarySetting {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Deployment.CanarySetting` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a CanarySetting object",
            &|c, object| {
                let [percent_traffic, stage_variable_overrides, use_stage_cache] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(percent_traffic, "PercentTraffic", context, Double);
                c.property(
                    stage_variable_overrides,
                    "StageVariableOverrides",
                    context,
                    Map(Text),
                );
                c.property(use_stage_cache, "UseStageCache", context, Boolean);
            },
        );
    }
}
