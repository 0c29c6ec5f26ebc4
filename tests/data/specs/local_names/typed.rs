// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Tagged.Typed`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use serde::Serialize;
/// A property type named like a name the runtime's deserializer imports.
///
/// CloudFormation property type `AWS::Fixture::Tagged.Typed`. Build one with [`Typed::builder`], or load and check one with
/// [`Typed::from_value`]; every property that may be an intrinsic function is a [`Value`].
///
/// Source: `doc#thing`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Typed {
    /// A name.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `Typed`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<1> = PropertyNames {
    names: ["Name"],
    index: |key| match key {
        "Name" => Some(0),
        _ => None,
    },
};
property_type_loaders!(Typed, "a Typed object", PROPERTY_NAMES, [optional(0, name)], []);
/// A builder for [`Typed`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TypedBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
}
impl TypedBuilder {
    builder_setters!(name, set_name, "Name", String);
}
property_type_api!(
    Typed, "AWS::Fixture::Tagged.Typed", TypedBuilder, check_typed, CheckContext
);
use crate::runtime::accept::{json_properties, Accept};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::Text;
/// Checks `AWS::Fixture::Tagged.Typed` JSON: the shape of every property, then the rules.
pub(crate) fn check_typed<'r>(
    c: &mut Checker<'r>,
    context: &CheckContext,
    value: &'r serde_json::Value,
) {
    c.object(
        value,
        "a Typed object",
        &|c, object| {
            let [name] = c.properties(object, &PROPERTY_NAMES, None);
            c.property(name, "Name", context, Text);
        },
    );
}
impl Typed {
    /// `true` when checking the JSON of the `Typed`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_typed`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let name = self.name.as_ref();
        c.property(name, "Name", Text);
        c.fine()
    }
}
impl PropertyType<CheckContext> for Typed {
    fn check_json<'r>(
        c: &mut Checker<'r>,
        context: &CheckContext,
        value: &'r serde_json::Value,
    ) {
        check_typed(c, context, value);
    }
    /// The JSON twin of [`check_typed`], in the twin `c` of the value that holds this one (its
    /// checker and its verdict are shared). It reads literals itself and hands the checker only
    /// what is not one.
    #[inline]
    fn accept_json<'r>(c: &mut Accept<'r, CheckContext>, value: &'r serde_json::Value) {
        let Some([name]) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(name, Text);
    }
}
