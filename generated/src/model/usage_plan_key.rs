// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::UsagePlanKey`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{
    USAGE_PLAN_KEY_KEY_ID_REQUIRED, USAGE_PLAN_KEY_KEY_TYPE_REQUIRED,
    USAGE_PLAN_KEY_USAGE_PLAN_ID_REQUIRED,
};
use super::CheckContext;
/// The `AWS::ApiGateway::UsagePlanKey` resource associates an API key with a usage plan. This association determines which users the usage plan is applied to.
///
/// CloudFormation resource type `AWS::ApiGateway::UsagePlanKey` (its `Properties`). Build one with [`UsagePlanKey::builder`], or load and check one with
/// [`UsagePlanKey::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-usageplankey#aws-resource-apigateway-usageplankey`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplankey.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct UsagePlanKey {
    /// The ID of the usage plan key.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `usage-plan-key-key-id-required`
    /// - Source: `aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-keyid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplankey.html#cfn-apigateway-usageplankey-keyid)
    pub key_id: Value<String>,
    /// The type of usage plan key. Currently, the only valid key type is `API_KEY`.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `usage-plan-key-key-type-required`
    /// - Source: `aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-keytype`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplankey.html#cfn-apigateway-usageplankey-keytype)
    pub key_type: Value<String>,
    /// The ID of the usage plan.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `usage-plan-key-usage-plan-id-required`
    /// - Source: `aws-resource-apigateway-usageplankey#cfn-apigateway-usageplankey-usageplanid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplankey.html#cfn-apigateway-usageplankey-usageplanid)
    pub usage_plan_id: Value<String>,
}
/// The CloudFormation names of the properties of `UsagePlanKey`, sorted.
const PROPERTY_NAMES: [&str; 3] = ["KeyId", "KeyType", "UsagePlanId"];
impl UsagePlanKey {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::UsagePlanKey";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> UsagePlanKeyBuilder {
        UsagePlanKeyBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an UsagePlanKey object or an `Fn::If` choosing between such objects.
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
impl FromJson for UsagePlanKey {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [key_id, key_type, usage_plan_id] = value::take_properties(
            json,
            "an UsagePlanKey object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            key_id: value::required(key_id, "KeyId")?,
            key_type: value::required(key_type, "KeyType")?,
            usage_plan_id: value::required(usage_plan_id, "UsagePlanId")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for UsagePlanKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`UsagePlanKey`].
///
/// `build()` needs `key_id`, `key_type`, `usage_plan_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct UsagePlanKeyBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    key_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_type: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    usage_plan_id: Option<Value<String>>,
}
impl UsagePlanKeyBuilder {
    /// Sets `KeyId`.
    ///
    /// The ID of the usage plan key.
    pub fn key_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.key_id = Some(input.into());
        self
    }
    /// Sets `KeyId`, or clears it with `None`.
    ///
    /// The ID of the usage plan key.
    pub fn set_key_id(mut self, input: Option<Value<String>>) -> Self {
        self.key_id = input;
        self
    }
    /// Sets `KeyType`.
    ///
    /// The type of usage plan key. Currently, the only valid key type is `API_KEY`.
    pub fn key_type(mut self, input: impl Into<Value<String>>) -> Self {
        self.key_type = Some(input.into());
        self
    }
    /// Sets `KeyType`, or clears it with `None`.
    ///
    /// The type of usage plan key. Currently, the only valid key type is `API_KEY`.
    pub fn set_key_type(mut self, input: Option<Value<String>>) -> Self {
        self.key_type = input;
        self
    }
    /// Sets `UsagePlanId`.
    ///
    /// The ID of the usage plan.
    pub fn usage_plan_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.usage_plan_id = Some(input.into());
        self
    }
    /// Sets `UsagePlanId`, or clears it with `None`.
    ///
    /// The ID of the usage plan.
    pub fn set_usage_plan_id(mut self, input: Option<Value<String>>) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<UsagePlanKey, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<UsagePlanKey, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for UsagePlanKey {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::UsagePlanKey` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an UsagePlanKey object",
            &|c, object| {
                let [key_id, key_type, usage_plan_id] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(key_id, "KeyId", context, Text);
                c.property(key_type, "KeyType", context, Text);
                c.property(usage_plan_id, "UsagePlanId", context, Text);
                c.require_present(key_id, "KeyId", &USAGE_PLAN_KEY_KEY_ID_REQUIRED);
                c.require_present(
                    key_type,
                    "KeyType",
                    &USAGE_PLAN_KEY_KEY_TYPE_REQUIRED,
                );
                c.require_present(
                    usage_plan_id,
                    "UsagePlanId",
                    &USAGE_PLAN_KEY_USAGE_PLAN_ID_REQUIRED,
                );
            },
        );
    }
}
