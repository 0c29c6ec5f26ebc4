// @generated from tests/data/specs/primitives_and_keywords.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Thing`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::{Checker, Members};
use cfn_apigateway_runtime::shape::{AnyJson, Boolean, Double, Integer, List, Map, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::rules::{
    THING_TYPE_REQUIRED, THING_UNKNOWN_PROPERTY, THING_KEYS_DECLARED,
};
use super::super::CheckContext;
/// A thing.
///
/// CloudFormation property type `AWS::Fixture::Widget.Thing`. Build one with [`Thing::builder`], or load and check one with
/// [`Thing::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
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
    /// A map of any JSON values.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Value<BTreeMap<String, serde_json::Value>>>,
    /// A double.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<Value<f64>>,
    /// A list of any JSON values.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub samples: Option<Value<Vec<serde_json::Value>>>,
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
/// The CloudFormation names of the properties of `Thing`, sorted.
const PROPERTY_NAMES: [&str; 8] = [
    "Document",
    "Enabled",
    "Keys",
    "Labels",
    "Ratio",
    "Samples",
    "Size",
    "Type",
];
impl Thing {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Thing";
    /// A builder; `build()` checks the result.
    pub fn builder() -> ThingBuilder {
        ThingBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Thing object or an `Fn::If` choosing between such objects.
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
impl FromJson for Thing {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [document, enabled, keys, labels, ratio, samples, size, r#type] = value::take_properties(
            json,
            "a Thing object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            document: value::optional(document, "Document")?,
            enabled: value::optional(enabled, "Enabled")?,
            keys: value::optional(keys, "Keys")?,
            labels: value::optional(labels, "Labels")?,
            ratio: value::optional(ratio, "Ratio")?,
            samples: value::optional(samples, "Samples")?,
            size: value::optional(size, "Size")?,
            r#type: value::required(r#type, "Type")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Thing {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
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
    labels: Option<Value<BTreeMap<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ratio: Option<Value<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    samples: Option<Value<Vec<serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#type: Option<Value<String>>,
}
impl ThingBuilder {
    /// Sets `Document`.
    ///
    /// Any JSON.
    pub fn document(mut self, input: impl Into<serde_json::Value>) -> Self {
        self.document = Some(input.into());
        self
    }
    /// Sets `Document`, or clears it with `None`.
    ///
    /// Any JSON.
    pub fn set_document(mut self, input: Option<serde_json::Value>) -> Self {
        self.document = input;
        self
    }
    /// Sets `Enabled`.
    ///
    /// A boolean.
    pub fn enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.enabled = Some(input.into());
        self
    }
    /// Sets `Enabled`, or clears it with `None`.
    ///
    /// A boolean.
    pub fn set_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.enabled = input;
        self
    }
    /// Appends one item to `Keys` (replacing an intrinsic function set with [`Self::set_keys`]).
    ///
    /// Method request parameters to cache.
    pub fn keys(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.keys, item.into());
        self
    }
    /// Sets `Keys`, or clears it with `None`.
    ///
    /// Method request parameters to cache.
    pub fn set_keys(mut self, input: Option<Value<Vec<Value<String>>>>) -> Self {
        self.keys = input;
        self
    }
    /// Adds one entry to `Labels` (replacing an intrinsic function set with [`Self::set_labels`]).
    ///
    /// A map of any JSON values.
    pub fn labels(
        mut self,
        key: impl Into<String>,
        input: impl Into<serde_json::Value>,
    ) -> Self {
        value::insert_entry(&mut self.labels, key.into(), input.into());
        self
    }
    /// Sets `Labels`, or clears it with `None`.
    ///
    /// A map of any JSON values.
    pub fn set_labels(
        mut self,
        input: Option<Value<BTreeMap<String, serde_json::Value>>>,
    ) -> Self {
        self.labels = input;
        self
    }
    /// Sets `Ratio`.
    ///
    /// A double.
    pub fn ratio(mut self, input: impl Into<Value<f64>>) -> Self {
        self.ratio = Some(input.into());
        self
    }
    /// Sets `Ratio`, or clears it with `None`.
    ///
    /// A double.
    pub fn set_ratio(mut self, input: Option<Value<f64>>) -> Self {
        self.ratio = input;
        self
    }
    /// Appends one item to `Samples` (replacing an intrinsic function set with [`Self::set_samples`]).
    ///
    /// A list of any JSON values.
    pub fn samples(mut self, item: impl Into<serde_json::Value>) -> Self {
        value::push_item(&mut self.samples, item.into());
        self
    }
    /// Sets `Samples`, or clears it with `None`.
    ///
    /// A list of any JSON values.
    pub fn set_samples(mut self, input: Option<Value<Vec<serde_json::Value>>>) -> Self {
        self.samples = input;
        self
    }
    /// Sets `Size`.
    ///
    /// A long.
    pub fn size(mut self, input: impl Into<Value<i64>>) -> Self {
        self.size = Some(input.into());
        self
    }
    /// Sets `Size`, or clears it with `None`.
    ///
    /// A long.
    pub fn set_size(mut self, input: Option<Value<i64>>) -> Self {
        self.size = input;
        self
    }
    /// Sets `Type`.
    ///
    /// A property named like a Rust keyword.
    pub fn r#type(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#type = Some(input.into());
        self
    }
    /// Sets `Type`, or clears it with `None`.
    ///
    /// A property named like a Rust keyword.
    pub fn set_type(mut self, input: Option<Value<String>>) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Thing, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Thing, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Thing {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.Thing` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Thing object",
            &|c, object| {
                let [document, enabled, keys, labels, ratio, samples, size, r#type] = c
                    .properties(object, &PROPERTY_NAMES, Some(&THING_UNKNOWN_PROPERTY));
                c.property(document, "Document", context, AnyJson);
                c.property(enabled, "Enabled", context, Boolean);
                c.property(keys, "Keys", context, List(Text));
                c.property(labels, "Labels", context, Map(AnyJson));
                c.property(ratio, "Ratio", context, Double);
                c.property(samples, "Samples", context, List(AnyJson));
                c.property(size, "Size", context, Integer);
                c.property(r#type, "Type", context, Text);
                c.require_present(r#type, "Type", &THING_TYPE_REQUIRED);
                c.in_context(
                    keys,
                    "Keys",
                    Members::Items,
                    context.declared.as_ref(),
                    None,
                    &THING_KEYS_DECLARED,
                );
            },
        );
    }
}
