// @generated from tests/data/specs/renamed_types.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Rule`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{List, Object};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
use super::ConditionProperty;
/// A rule.
///
/// CloudFormation property type `AWS::Fixture::Widget.Rule`. Build one with [`RuleProperty::builder`], or load and check one with
/// [`RuleProperty::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#rule`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RuleProperty {
    /// The Condition.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#condition`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#condition)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<Value<ConditionProperty>>,
    /// The Conditions.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#conditions`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#conditions)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Value<Vec<Value<ConditionProperty>>>>,
}
/// The CloudFormation names of the properties of `RuleProperty`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["Condition", "Conditions"];
impl RuleProperty {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Rule";
    /// A builder; `build()` checks the result.
    pub fn builder() -> RulePropertyBuilder {
        RulePropertyBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Rule object or an `Fn::If` choosing between such objects.
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
impl FromJson for RuleProperty {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [condition, conditions] = value::take_properties(
            json,
            "a Rule object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            condition: value::optional(condition, "Condition")?,
            conditions: value::optional(conditions, "Conditions")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for RuleProperty {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`RuleProperty`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RulePropertyBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    condition: Option<Value<ConditionProperty>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    conditions: Option<Value<Vec<Value<ConditionProperty>>>>,
}
impl RulePropertyBuilder {
    /// Sets `Condition`.
    ///
    /// The Condition.
    pub fn condition(mut self, input: impl Into<Value<ConditionProperty>>) -> Self {
        self.condition = Some(input.into());
        self
    }
    /// Sets `Condition`, or clears it with `None`.
    ///
    /// The Condition.
    pub fn set_condition(mut self, input: Option<Value<ConditionProperty>>) -> Self {
        self.condition = input;
        self
    }
    /// Appends one item to `Conditions` (replacing an intrinsic function set with [`Self::set_conditions`]).
    ///
    /// The Conditions.
    pub fn conditions(mut self, item: impl Into<Value<ConditionProperty>>) -> Self {
        value::push_item(&mut self.conditions, item.into());
        self
    }
    /// Sets `Conditions`, or clears it with `None`.
    ///
    /// The Conditions.
    pub fn set_conditions(
        mut self,
        input: Option<Value<Vec<Value<ConditionProperty>>>>,
    ) -> Self {
        self.conditions = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<RuleProperty, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<RuleProperty, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for RuleProperty {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.Rule` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Rule object",
            &|c, object| {
                let [condition, conditions] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(
                    condition,
                    "Condition",
                    context,
                    Object::<ConditionProperty>::SHAPE,
                );
                c.property(
                    conditions,
                    "Conditions",
                    context,
                    List(Object::<ConditionProperty>::SHAPE),
                );
            },
        );
    }
}
