// @generated from tests/data/specs/primitives_and_keywords.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Thing`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use std::collections::BTreeMap;
use serde::Serialize;
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
/// The CloudFormation names of the properties of `Thing`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<8> = PropertyNames {
    names: ["Document", "Enabled", "Keys", "Labels", "Ratio", "Samples", "Size", "Type"],
    index: |key| match key {
        "Document" => Some(0),
        "Enabled" => Some(1),
        "Keys" => Some(2),
        "Labels" => Some(3),
        "Ratio" => Some(4),
        "Samples" => Some(5),
        "Size" => Some(6),
        "Type" => Some(7),
        _ => None,
    },
};
property_type_loaders!(
    Thing, "a Thing object", PROPERTY_NAMES, [optional(0, document), optional(1,
    enabled), optional(2, keys), optional(3, labels), optional(4, ratio), optional(5,
    samples), optional(6, size), required(7, r#type)], [r#type]
);
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
    builder_setters!(document, set_document, "Document", serde_json::Value);
    builder_setters!(enabled, set_enabled, "Enabled", bool);
    builder_setters!(list keys, set_keys, "Keys", String);
    builder_setters!(map labels, set_labels, "Labels", serde_json::Value);
    builder_setters!(ratio, set_ratio, "Ratio", f64);
    builder_setters!(list samples, set_samples, "Samples", serde_json::Value);
    builder_setters!(size, set_size, "Size", i64);
    builder_setters!(r#type, set_type, "Type", String);
}
property_type_api!(
    Thing, "AWS::Fixture::Widget.Thing", ThingBuilder, check_thing, CheckContext
);
use super::rules::{THING_TYPE_REQUIRED, THING_UNKNOWN_PROPERTY, THING_KEYS_DECLARED};
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::{AnyJson, Boolean, Double, Integer, List, Map, Text};
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
            c.items_in(keys, "Keys", context.declared.as_ref(), &THING_KEYS_DECLARED);
        },
    );
}
impl Thing {
    /// `true` when checking the JSON of the `Thing`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_thing`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let document = self.document.as_ref();
        let enabled = self.enabled.as_ref();
        let keys = self.keys.as_ref();
        let labels = self.labels.as_ref();
        let ratio = self.ratio.as_ref();
        let samples = self.samples.as_ref();
        let size = self.size.as_ref();
        let r#type = Some(&self.r#type);
        c.property(document, "Document", AnyJson);
        c.property(enabled, "Enabled", Boolean);
        c.property(keys, "Keys", List(Text));
        c.property(labels, "Labels", Map(AnyJson));
        c.property(ratio, "Ratio", Double);
        c.property(samples, "Samples", List(AnyJson));
        c.property(size, "Size", Integer);
        c.property(r#type, "Type", Text);
        Self::accept_rules(c, keys, r#type);
        c.fine()
    }
    /// The rules of [`check_thing`] in a twin, on the values of the properties they read: the typed
    /// twin and the JSON twin share them.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per property the rules read"
    )]
    fn accept_rules<'r, T0: Hold<CheckContext>, T1: Hold<CheckContext>>(
        c: &mut Accept<'r, CheckContext>,
        keys: Option<&'r T0>,
        r#type: Option<&'r T1>,
    ) {
        let context = c.context();
        c.require_present(r#type, "Type", &THING_TYPE_REQUIRED);
        c.items_in(keys, "Keys", context.declared.as_ref(), &THING_KEYS_DECLARED);
    }
}
impl PropertyType<CheckContext> for Thing {
    fn check_json<'r>(
        c: &mut Checker<'r>,
        context: &CheckContext,
        value: &'r serde_json::Value,
    ) {
        check_thing(c, context, value);
    }
    /// The JSON twin of [`check_thing`], in the twin `c` of the value that holds this one (its
    /// checker and its verdict are shared). It reads literals itself and hands the checker only
    /// what is not one.
    #[inline]
    fn accept_json<'r>(c: &mut Accept<'r, CheckContext>, value: &'r serde_json::Value) {
        let Some([document, enabled, keys, labels, ratio, samples, size, r#type]) = json_properties(
            value,
            &PROPERTY_NAMES,
        ) else {
            return c.unsure();
        };
        c.shape(document, AnyJson);
        c.shape(enabled, Boolean);
        c.shape(keys, List(Text));
        c.shape(labels, Map(AnyJson));
        c.shape(ratio, Double);
        c.shape(samples, List(AnyJson));
        c.shape(size, Integer);
        c.shape(r#type, Text);
        if !c.fine() {
            return;
        }
        Self::accept_rules(c, keys, r#type);
    }
}
