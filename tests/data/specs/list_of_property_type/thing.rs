// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Thing`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::report::Report;
use crate::runtime::value::{optional, property_object, Literal, Mismatch, Value};
use super::CheckContext;
use super::Part;
use serde::{Deserialize, Deserializer, Serialize};
/// A thing.
///
/// CloudFormation property type `AWS::Fixture::Widget.Thing`. Build one with [`Thing::builder`], or load and check one with
/// [`Thing::from_value`]; every property that may be an intrinsic function is a [`Value`].
///
/// Source: `doc#thing`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Thing {
    /// The parts.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parts: Option<Value<Vec<Value<Part>>>>,
    /// Tags.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Duplicates allowed: No
    /// - Rules: `thing-tags-unique`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<Value<String>>>>,
}
impl Thing {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Thing";
    /// A builder; `build()` checks the result.
    pub fn builder() -> ThingBuilder {
        ThingBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON Pointer
    /// relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be `Thing` or an `Fn::If` choosing between such objects.
    pub fn check(value: &serde_json::Value) -> Report {
        Self::check_with(value, &CheckContext::default())
    }
    /// [`Self::check`], with facts about the enclosing resource that some rules need.
    pub fn check_with(value: &serde_json::Value, context: &CheckContext) -> Report {
        let mut report = Report::new();
        check_thing(&mut Checker::new(&mut report), context, value);
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
impl Literal for Thing {
    fn from_json(json: &serde_json::Value) -> Result<Self, Mismatch> {
        let object = property_object(json, "a Thing object")?;
        Ok(Self {
            parts: optional(object, "Parts")?,
            tags: optional(object, "Tags")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: it fails with the report's problems, never skipping a rule.
impl<'de> Deserialize<'de> for Thing {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Self::from_value(&value).map_err(serde::de::Error::custom)
    }
}
/// A builder for [`Thing`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ThingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    parts: Option<Value<Vec<Value<Part>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<Value<String>>>>,
}
impl ThingBuilder {
    /// Appends one item to `Parts` (replacing an intrinsic function set with [`Self::set_parts`]).
    pub fn parts(mut self, item: impl Into<Value<Part>>) -> Self {
        crate::runtime::value::push_item(&mut self.parts, item.into());
        self
    }
    /// Sets `Parts`, or clears it with `None`.
    pub fn set_parts(mut self, value: Option<Value<Vec<Value<Part>>>>) -> Self {
        self.parts = value;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    pub fn tags(mut self, item: impl Into<Value<String>>) -> Self {
        crate::runtime::value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    pub fn set_tags(mut self, value: Option<Value<Vec<Value<String>>>>) -> Self {
        self.tags = value;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Thing, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Thing, Report> {
        let json = serde_json::to_value(&self).unwrap_or(serde_json::Value::Null);
        Thing::from_value_with(&json, context)
    }
}
use crate::runtime::check::Scalar;
use super::rules::THING_TAGS_UNIQUE;
use super::part::check_part;
/// Checks `AWS::Fixture::Widget.Thing` JSON: the shape of every property, then the rules.
pub(crate) fn check_thing<'r>(
    c: &mut Checker<'r>,
    context: &CheckContext,
    value: &'r serde_json::Value,
) {
    c.object(
        value,
        "a Thing object",
        &|c, object| {
            let [parts, tags] = c.properties(object, &["Parts", "Tags"], None);
            c.property(
                parts,
                "Parts",
                |c, v| c.list(v, &|c, v| check_part(c, context, v)),
            );
            c.property(
                tags,
                "Tags",
                |c, v| c.list(v, &|c, v| c.scalar(v, Scalar::String)),
            );
            c.unique_items(tags, "Tags", &THING_TAGS_UNIQUE);
        },
    );
}
