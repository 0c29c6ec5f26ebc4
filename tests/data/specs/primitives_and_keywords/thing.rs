// @generated from tests/data/specs/primitives_and_keywords.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Thing`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::report::Report;
use crate::runtime::value::{
    optional, required, property_object, Literal, Mismatch, Value,
};
use super::CheckContext;
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
    /// Any JSON.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<serde_json::Value>,
    /// A boolean.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<Value<bool>>,
    /// Method request parameters to cache.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `thing-keys-declared`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Value<Vec<Value<String>>>>,
    /// A double.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<Value<f64>>,
    /// A long.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<Value<i64>>,
    /// A property named like a Rust keyword.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `thing-type-required`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    pub r#type: Value<String>,
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
            document: optional(object, "Document")?,
            enabled: optional(object, "Enabled")?,
            keys: optional(object, "Keys")?,
            ratio: optional(object, "Ratio")?,
            size: optional(object, "Size")?,
            r#type: required(object, "Type")?,
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
/// `build()` needs `type` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ThingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    keys: Option<Value<Vec<Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ratio: Option<Value<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#type: Option<Value<String>>,
}
impl ThingBuilder {
    /// Sets `Document`.
    pub fn document(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.document = Some(value.into());
        self
    }
    /// Sets `Document`, or clears it with `None`.
    pub fn set_document(mut self, value: Option<serde_json::Value>) -> Self {
        self.document = value;
        self
    }
    /// Sets `Enabled`.
    pub fn enabled(mut self, value: impl Into<Value<bool>>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `Enabled`, or clears it with `None`.
    pub fn set_enabled(mut self, value: Option<Value<bool>>) -> Self {
        self.enabled = value;
        self
    }
    /// Appends one item to `Keys` (replacing an intrinsic function set with [`Self::set_keys`]).
    pub fn keys(mut self, item: impl Into<Value<String>>) -> Self {
        crate::runtime::value::push_item(&mut self.keys, item.into());
        self
    }
    /// Sets `Keys`, or clears it with `None`.
    pub fn set_keys(mut self, value: Option<Value<Vec<Value<String>>>>) -> Self {
        self.keys = value;
        self
    }
    /// Sets `Ratio`.
    pub fn ratio(mut self, value: impl Into<Value<f64>>) -> Self {
        self.ratio = Some(value.into());
        self
    }
    /// Sets `Ratio`, or clears it with `None`.
    pub fn set_ratio(mut self, value: Option<Value<f64>>) -> Self {
        self.ratio = value;
        self
    }
    /// Sets `Size`.
    pub fn size(mut self, value: impl Into<Value<i64>>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `Size`, or clears it with `None`.
    pub fn set_size(mut self, value: Option<Value<i64>>) -> Self {
        self.size = value;
        self
    }
    /// Sets `Type`.
    pub fn r#type(mut self, value: impl Into<Value<String>>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `Type`, or clears it with `None`.
    pub fn set_type(mut self, value: Option<Value<String>>) -> Self {
        self.r#type = value;
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
use super::rules::{THING_TYPE_REQUIRED, THING_UNKNOWN_PROPERTY, THING_KEYS_DECLARED};
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
            let [document, enabled, keys, ratio, size, r#type] = c
                .properties(
                    object,
                    &["Document", "Enabled", "Keys", "Ratio", "Size", "Type"],
                    Some(&THING_UNKNOWN_PROPERTY),
                );
            c.property(document, "Document", |c, v| c.scalar(v, Scalar::Json));
            c.property(enabled, "Enabled", |c, v| c.scalar(v, Scalar::Boolean));
            c.property(
                keys,
                "Keys",
                |c, v| c.list(v, &|c, v| c.scalar(v, Scalar::String)),
            );
            c.property(ratio, "Ratio", |c, v| c.scalar(v, Scalar::Double));
            c.property(size, "Size", |c, v| c.scalar(v, Scalar::Integer));
            c.property(r#type, "Type", |c, v| c.scalar(v, Scalar::String));
            c.require_present(r#type, "Type", &THING_TYPE_REQUIRED);
            c.items_in(keys, "Keys", context.declared.as_ref(), &THING_KEYS_DECLARED);
        },
    );
}
