// @generated from tests/data/specs/renamed_types.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Condition`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// A condition.
///
/// CloudFormation property type `AWS::Fixture::Widget.Condition`. Build one with [`ConditionProperty::builder`], or load and check one with
/// [`ConditionProperty::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#condition`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ConditionProperty {
    /// The Field.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#field`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#field)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `ConditionProperty`, sorted.
const PROPERTY_NAMES: [&str; 1] = ["Field"];
impl ConditionProperty {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Condition";
    /// A builder; `build()` checks the result.
    pub fn builder() -> ConditionPropertyBuilder {
        ConditionPropertyBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Condition object or an `Fn::If` choosing between such objects.
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
impl FromJson for ConditionProperty {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [field] = value::take_properties(
            json,
            "a Condition object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            field: value::optional(field, "Field")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for ConditionProperty {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`ConditionProperty`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConditionPropertyBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<Value<String>>,
}
impl ConditionPropertyBuilder {
    /// Sets `Field`.
    ///
    /// The Field.
    pub fn field(mut self, input: impl Into<Value<String>>) -> Self {
        self.field = Some(input.into());
        self
    }
    /// Sets `Field`, or clears it with `None`.
    ///
    /// The Field.
    pub fn set_field(mut self, input: Option<Value<String>>) -> Self {
        self.field = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<ConditionProperty, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(
        self,
        context: &CheckContext,
    ) -> Result<ConditionProperty, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for ConditionProperty {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.Condition` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Condition object",
            &|c, object| {
                let [field] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(field, "Field", context, Text);
            },
        );
    }
}
