// @generated from tests/data/specs/map.json by `cargo xtask regen`. Do not edit by hand.

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
    /// Header mappings.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `thing-headers-key`, `thing-headers-value`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<Value<BTreeMap<String, Value<String>>>>,
}
/// The CloudFormation names of the properties of `Thing`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<1> = PropertyNames {
    names: ["Headers"],
    index: |key| match key {
        "Headers" => Some(0),
        _ => None,
    },
};
property_type_loaders!(
    Thing, "a Thing object", PROPERTY_NAMES, [optional(0, headers)], []
);
/// A builder for [`Thing`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ThingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    headers: Option<Value<BTreeMap<String, Value<String>>>>,
}
impl ThingBuilder {
    builder_setters!(map headers, set_headers, "Headers", String);
}
property_type_api!(
    Thing, "AWS::Fixture::Widget.Thing", ThingBuilder, check_thing, CheckContext
);
use crate::runtime::formats;
use super::rules::{THING_HEADERS_KEY, THING_HEADERS_VALUE};
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::{Map, Text};
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
            let [headers] = c.properties(object, &PROPERTY_NAMES, None);
            c.property(headers, "Headers", context, Map(Text));
            c.key_formats(
                headers,
                "Headers",
                &[&formats::METHOD_RESPONSE_HEADER],
                &THING_HEADERS_KEY,
            );
            c.value_formats(
                headers,
                "Headers",
                &[&formats::QUOTED_STATIC_VALUE, &formats::CONTEXT_VARIABLE],
                &THING_HEADERS_VALUE,
            );
        },
    );
}
impl Thing {
    /// `true` when checking the JSON of the `Thing`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_thing`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let headers = self.headers.as_ref();
        c.property(headers, "Headers", Map(Text));
        Self::accept_rules(c, headers);
        c.fine()
    }
    /// The rules of [`check_thing`] in a twin, on the values of the properties they read: the typed
    /// twin and the JSON twin share them.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per property the rules read"
    )]
    fn accept_rules<'r, T0: Hold<CheckContext>>(
        c: &mut Accept<'r, CheckContext>,
        headers: Option<&'r T0>,
    ) {
        c.key_formats(
            headers,
            "Headers",
            &[&formats::METHOD_RESPONSE_HEADER],
            &THING_HEADERS_KEY,
        );
        c.value_formats(
            headers,
            "Headers",
            &[&formats::QUOTED_STATIC_VALUE, &formats::CONTEXT_VARIABLE],
            &THING_HEADERS_VALUE,
        );
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
        let Some([headers]) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(headers, Map(Text));
        if !c.fine() {
            return;
        }
        Self::accept_rules(c, headers);
    }
}
