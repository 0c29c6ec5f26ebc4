// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Thing`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use super::Part;
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
/// The CloudFormation names of the properties of `Thing`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<2> = PropertyNames {
    names: ["Parts", "Tags"],
    index: |key| match key {
        "Parts" => Some(0),
        "Tags" => Some(1),
        _ => None,
    },
};
property_type_loaders!(
    Thing, "a Thing object", PROPERTY_NAMES, [optional(0, parts), optional(1, tags)], []
);
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
    builder_setters!(list parts, set_parts, "Parts", Part);
    builder_setters!(list tags, set_tags, "Tags", String);
}
property_type_api!(
    Thing, "AWS::Fixture::Widget.Thing", ThingBuilder, check_thing, CheckContext
);
use super::rules::THING_TAGS_UNIQUE;
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::{List, Text};
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
            let [parts, tags] = c.properties(object, &PROPERTY_NAMES, None);
            c.property(parts, "Parts", context, List(Part::SHAPE));
            c.property(tags, "Tags", context, List(Text));
            c.unique_items(tags, "Tags", &THING_TAGS_UNIQUE);
        },
    );
}
impl Thing {
    /// `true` when checking the JSON of the `Thing`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_thing`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let parts = self.parts.as_ref();
        let tags = self.tags.as_ref();
        c.property(parts, "Parts", List(Part::SHAPE));
        c.property(tags, "Tags", List(Text));
        Self::accept_rules(c, tags);
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
        tags: Option<&'r T0>,
    ) {
        c.unique_items(tags, "Tags", &THING_TAGS_UNIQUE);
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
        let Some([parts, tags]) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(parts, List(Part::SHAPE));
        c.shape(tags, List(Text));
        if !c.fine() {
            return;
        }
        Self::accept_rules(c, tags);
    }
}
