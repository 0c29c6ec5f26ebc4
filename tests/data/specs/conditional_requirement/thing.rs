// @generated from tests/data/specs/conditional_requirement.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Thing`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use super::Mode;
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
    /// Where to send.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Rules: `thing-endpoint-required`, `thing-endpoint-unused`, `thing-endpoint-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<Value<String>>,
    /// The mode.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`Mode`]
    /// - Default: `LOCAL`
    /// - Rules: `thing-mode-allowed-values`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Value<Mode>>,
}
/// The CloudFormation names of the properties of `Thing`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<2> = PropertyNames {
    names: ["Endpoint", "Mode"],
    index: |key| match key {
        "Endpoint" => Some(0),
        "Mode" => Some(1),
        _ => None,
    },
};
property_type_loaders!(
    Thing, "a Thing object", PROPERTY_NAMES, [optional(0, endpoint), optional(1, mode)],
    []
);
/// A builder for [`Thing`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ThingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    endpoint: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<Value<Mode>>,
}
impl ThingBuilder {
    builder_setters!(endpoint, set_endpoint, "Endpoint", String);
    builder_setters!(mode, set_mode, "Mode", Mode);
}
property_type_api!(
    Thing, "AWS::Fixture::Widget.Thing", ThingBuilder, check_thing, CheckContext
);
use crate::runtime::check::{Condition, Test};
use crate::runtime::formats;
use super::rules::{
    THING_MODE_ALLOWED_VALUES, THING_ENDPOINT_REQUIRED, THING_ENDPOINT_UNUSED,
    THING_ENDPOINT_FORM,
};
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::Text;
/// The allowed values of the properties that conditions test: one list for each,
/// which the rules and conditions on the property share.
mod allowed_values {
    /// The allowed values of Mode.
    pub(super) static MODE: [&str; 2] = ["LOCAL", "REMOTE"];
}
const MODE_IN_REMOTE: Condition = Condition {
    test: Test::In(&["REMOTE"]),
    default: Some("LOCAL"),
    allowed: Some(&allowed_values::MODE),
    among: Some(2),
};
const MODE_NOT_IN_REMOTE: Condition = Condition {
    test: Test::NotIn(&["REMOTE"]),
    default: Some("LOCAL"),
    allowed: Some(&allowed_values::MODE),
    among: Some(1),
};
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
            let [endpoint, mode] = c.properties(object, &PROPERTY_NAMES, None);
            c.property(endpoint, "Endpoint", context, Text);
            c.property(mode, "Mode", context, Text);
            let among = [c.among(mode, &allowed_values::MODE, Some(0))];
            c.allowed_values(
                mode,
                "Mode",
                &allowed_values::MODE,
                &THING_MODE_ALLOWED_VALUES,
            );
            if c.holds_among(mode, among[0], &MODE_IN_REMOTE) {
                c.require_present(endpoint, "Endpoint", &THING_ENDPOINT_REQUIRED);
            }
            if c.holds_among(mode, among[0], &MODE_NOT_IN_REMOTE) {
                c.require_absent(endpoint, "Endpoint", &THING_ENDPOINT_UNUSED);
            }
            if c.holds_among(mode, among[0], &MODE_IN_REMOTE) {
                c.formats(
                    endpoint,
                    "Endpoint",
                    &[&formats::HTTP_URL],
                    &THING_ENDPOINT_FORM,
                );
            }
        },
    );
}
impl Thing {
    /// `true` when checking the JSON of the `Thing`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_thing`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let endpoint = self.endpoint.as_ref();
        let mode = self.mode.as_ref();
        c.property(endpoint, "Endpoint", Text);
        c.property(mode, "Mode", Text);
        Self::accept_rules(c, endpoint, mode);
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
        endpoint: Option<&'r T0>,
        mode: Option<&'r T1>,
    ) {
        let among = [c.among(mode, &allowed_values::MODE, Some(0))];
        c.allowed_values(
            mode,
            "Mode",
            &allowed_values::MODE,
            &THING_MODE_ALLOWED_VALUES,
        );
        if c.holds_among(mode, among[0], &MODE_IN_REMOTE) {
            c.require_present(endpoint, "Endpoint", &THING_ENDPOINT_REQUIRED);
        }
        if c.holds_among(mode, among[0], &MODE_NOT_IN_REMOTE) {
            c.require_absent(endpoint, "Endpoint", &THING_ENDPOINT_UNUSED);
        }
        if c.holds_among(mode, among[0], &MODE_IN_REMOTE) {
            c.formats(endpoint, "Endpoint", &[&formats::HTTP_URL], &THING_ENDPOINT_FORM);
        }
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
        let Some([endpoint, mode]) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(endpoint, Text);
        c.shape(mode, Text);
        if !c.fine() {
            return;
        }
        Self::accept_rules(c, endpoint, mode);
    }
}
