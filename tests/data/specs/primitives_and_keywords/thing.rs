// @generated from tests/data/specs/primitives_and_keywords.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Thing`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api};
use crate::runtime::stream::{self, Order, StreamedLiteral, StreamedObject, Typed};
use crate::runtime::value::{
    optional, required, Literal, Mismatch, Properties, PropertyNames, Value,
};
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
impl Literal for Thing {
    fn from_json(json: &serde_json::Value) -> Result<Self, Mismatch> {
        Self::from_properties(Properties::borrowed(json, "a Thing object")?)
    }
    fn from_json_owned(json: serde_json::Value) -> Result<Self, Mismatch> {
        Self::from_properties(Properties::owned(json, "a Thing object")?)
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
impl Thing {
    /// Loads the properties of checked JSON, one by one.
    fn from_properties(properties: Properties<'_>) -> Result<Self, Mismatch> {
        let [document, enabled, keys, labels, ratio, samples, size, r#type] = properties
            .values(&PROPERTY_NAMES);
        Ok(Self {
            document: optional(document, "Document")?,
            enabled: optional(enabled, "Enabled")?,
            keys: optional(keys, "Keys")?,
            labels: optional(labels, "Labels")?,
            ratio: optional(ratio, "Ratio")?,
            samples: optional(samples, "Samples")?,
            size: optional(size, "Size")?,
            r#type: required(r#type, "Type")?,
        })
    }
}
impl StreamedLiteral for Thing {
    fn stream_value<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Typed<Value<Self>>, D::Error> {
        stream::stream_object(deserializer)
    }
}
impl StreamedObject for Thing {
    fn stream_entries<'de, A: serde::de::MapAccess<'de>, W>(
        first: std::borrow::Cow<'de, str>,
        mut map: A,
        wrap: impl FnOnce(Self) -> W,
    ) -> Result<Typed<W>, A::Error> {
        let mut document = None;
        let mut enabled = None;
        let mut keys = None;
        let mut labels = None;
        let mut ratio = None;
        let mut samples = None;
        let mut size = None;
        let mut r#type = None;
        let mut order = Order::default();
        stream::entries(
            first,
            &mut map,
            |key, map| match (PROPERTY_NAMES.index)(&key) {
                Some(0) => stream::next_value(map, &mut order, 0, &mut document),
                Some(1) => stream::next_value(map, &mut order, 1, &mut enabled),
                Some(2) => stream::next_value(map, &mut order, 2, &mut keys),
                Some(3) => stream::next_value(map, &mut order, 3, &mut labels),
                Some(4) => stream::next_value(map, &mut order, 4, &mut ratio),
                Some(5) => stream::next_value(map, &mut order, 5, &mut samples),
                Some(6) => stream::next_value(map, &mut order, 6, &mut size),
                Some(7) => stream::next_value(map, &mut order, 7, &mut r#type),
                _ => {
                    order.unknown(key.into_owned(), map.next_value()?);
                    Ok(())
                }
            },
        )?;
        Ok(
            match (r#type, order.fits()) {
                (Some(r#type), true) => {
                    Typed::Fits(
                        wrap(Self {
                            document,
                            enabled,
                            keys,
                            labels,
                            ratio,
                            samples,
                            size,
                            r#type,
                        }),
                    )
                }
                (r#type, _) => {
                    Typed::Json(
                        order
                            .rebuild(
                                &PROPERTY_NAMES.names,
                                &mut |i| match i {
                                    0 => stream::written_of(&document),
                                    1 => stream::written_of(&enabled),
                                    2 => stream::written_of(&keys),
                                    3 => stream::written_of(&labels),
                                    4 => stream::written_of(&ratio),
                                    5 => stream::written_of(&samples),
                                    6 => stream::written_of(&size),
                                    7 => stream::written_of(&r#type),
                                    _ => None,
                                },
                            ),
                    )
                }
            },
        )
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
use crate::runtime::check::Scalar;
use super::rules::{THING_TYPE_REQUIRED, THING_UNKNOWN_PROPERTY, THING_KEYS_DECLARED};
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::report::Report;
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
            c.property(document, "Document", |c, v| c.scalar(v, Scalar::Json));
            c.property(enabled, "Enabled", |c, v| c.scalar(v, Scalar::Boolean));
            c.property(
                keys,
                "Keys",
                |c, v| c.list(v, &|c, v| c.scalar(v, Scalar::String)),
            );
            c.property(
                labels,
                "Labels",
                |c, v| c.map(v, &|c, v| c.scalar(v, Scalar::Json)),
            );
            c.property(ratio, "Ratio", |c, v| c.scalar(v, Scalar::Double));
            c.property(
                samples,
                "Samples",
                |c, v| c.list(v, &|c, v| c.scalar(v, Scalar::Json)),
            );
            c.property(size, "Size", |c, v| c.scalar(v, Scalar::Integer));
            c.property(r#type, "Type", |c, v| c.scalar(v, Scalar::String));
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
        c.property(document, "Document", |c, v| c.scalar(v, Scalar::Json));
        c.property(enabled, "Enabled", |c, v| c.scalar(v, Scalar::Boolean));
        c.property(keys, "Keys", |c, v| c.list(v, &|c, v| c.scalar(v, Scalar::String)));
        c.property(labels, "Labels", |c, v| c.map(v, &|c, v| c.scalar(v, Scalar::Json)));
        c.property(ratio, "Ratio", |c, v| c.scalar(v, Scalar::Double));
        c.property(
            samples,
            "Samples",
            |c, v| c.list(v, &|c, v| c.scalar(v, Scalar::Json)),
        );
        c.property(size, "Size", |c, v| c.scalar(v, Scalar::Integer));
        c.property(r#type, "Type", |c, v| c.scalar(v, Scalar::String));
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
    /// `true` when [`check_thing`] would find no problem at all in `value`: the JSON twin, which
    /// `check` runs first. It reads literals itself and hands the checker only what is not one;
    /// `false` when it is not sure.
    pub(crate) fn accepts_json(
        context: &CheckContext,
        value: &serde_json::Value,
    ) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, 0);
        Self::accepts_json_in(c, value);
        c.fine()
    }
    /// [`Self::accepts_json`], in the twin `c` of the value that holds this one (its checker
    /// and its verdict are shared).
    pub(crate) fn accepts_json_in<'r>(
        c: &mut Accept<'r, CheckContext>,
        value: &'r serde_json::Value,
    ) {
        let Some([document, enabled, keys, labels, ratio, samples, size, r#type]) = json_properties(
            value,
            &PROPERTY_NAMES,
        ) else {
            return c.unsure();
        };
        if let Some(v) = document {
            c.scalar(v, Scalar::Json);
        }
        if let Some(v) = enabled {
            c.scalar(v, Scalar::Boolean);
        }
        if let Some(v) = keys {
            c.list(v, |c, v| c.scalar(v, Scalar::String));
        }
        if let Some(v) = labels {
            c.map(v, |c, v| c.scalar(v, Scalar::Json));
        }
        if let Some(v) = ratio {
            c.scalar(v, Scalar::Double);
        }
        if let Some(v) = samples {
            c.list(v, |c, v| c.scalar(v, Scalar::Json));
        }
        if let Some(v) = size {
            c.scalar(v, Scalar::Integer);
        }
        if let Some(v) = r#type {
            c.scalar(v, Scalar::String);
        }
        if !c.fine() {
            return;
        }
        Self::accept_rules(c, keys, r#type);
    }
}
impl Hold<CheckContext> for Thing {
    fn settled(&self, context: &CheckContext, depth: usize) -> bool {
        self.accepts(context, depth)
    }
    fn json(&self) -> std::borrow::Cow<'_, serde_json::Value> {
        std::borrow::Cow::Owned(self.to_json())
    }
}
