// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Part`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::report::Report;
use crate::runtime::value::{required, property_object, Literal, Mismatch, Value};
use super::CheckContext;
use serde::{Deserialize, Deserializer, Serialize};
/// A part.
///
/// CloudFormation property type `AWS::Fixture::Widget.Part`. Build one with [`Part::builder`], or load and check one with
/// [`Part::from_value`]; every property that may be an intrinsic function is a [`Value`].
///
/// Source: `doc#part`. [CloudFormation documentation](https://example.com/part.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Part {
    /// The name.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `part-name-required`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    pub name: Value<String>,
}
impl Part {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Part";
    /// A builder; `build()` checks the result.
    pub fn builder() -> PartBuilder {
        PartBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON Pointer
    /// relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be `Part` or an `Fn::If` choosing between such objects.
    pub fn check(value: &serde_json::Value) -> Report {
        Self::check_with(value, &CheckContext::default())
    }
    /// [`Self::check`], with facts about the enclosing resource that some rules need.
    pub fn check_with(value: &serde_json::Value, context: &CheckContext) -> Report {
        let mut report = Report::new();
        check_part(&mut Checker::new(&mut report), context, value);
        report
    }
    /// Checks and loads JSON: `Err` carries the whole report (warnings too) when it holds
    /// at least one error.
    pub fn from_value(value: &serde_json::Value) -> Result<Self, Report> {
        Self::from_value_with(value, &CheckContext::default())
    }
    /// [`Self::from_value`], with facts about the enclosing resource.
    pub fn from_value_with(
        value: &serde_json::Value,
        context: &CheckContext,
    ) -> Result<Self, Report> {
        crate::runtime::load(value, Self::check_with(value, context))
    }
    /// Checks a value built or changed in code, by the same rules as [`Self::check`].
    pub fn validate(&self) -> Report {
        Self::check(&self.to_json())
    }
    /// [`Self::validate`], with facts about the enclosing resource.
    pub fn validate_with(&self, context: &CheckContext) -> Report {
        Self::check_with(&self.to_json(), context)
    }
    /// The JSON CloudFormation reads: absent properties are omitted, intrinsic functions
    /// and converted literals are written as they were read.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}
impl Literal for Part {
    fn from_json(json: &serde_json::Value) -> Result<Self, Mismatch> {
        let object = property_object(json, "a Part object")?;
        Ok(Self {
            name: required(object, "Name")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: it fails with the report's problems, never skipping a rule.
impl<'de> Deserialize<'de> for Part {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Self::from_value(&value).map_err(serde::de::Error::custom)
    }
}
/// A builder for [`Part`].
///
/// `build()` needs `name` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PartBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
}
impl PartBuilder {
    /// Sets `Name`.
    pub fn name(mut self, value: impl Into<Value<String>>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    pub fn set_name(mut self, value: Option<Value<String>>) -> Self {
        self.name = value;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Part, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Part, Report> {
        let json = serde_json::to_value(&self).unwrap_or(serde_json::Value::Null);
        Part::from_value_with(&json, context)
    }
}
use crate::runtime::check::Scalar;
use super::rules::PART_NAME_REQUIRED;
/// Checks `AWS::Fixture::Widget.Part` JSON: the shape of every property, then the rules.
pub(crate) fn check_part<'r>(
    c: &mut Checker<'r>,
    _context: &CheckContext,
    value: &'r serde_json::Value,
) {
    c.object(
        value,
        "a Part object",
        &|c, object| {
            let [name] = c.properties(object, &["Name"], None);
            c.property(name, "Name", |c, v| c.scalar(v, Scalar::String));
            c.require_present(name, "Name", &PART_NAME_REQUIRED);
        },
    );
}
