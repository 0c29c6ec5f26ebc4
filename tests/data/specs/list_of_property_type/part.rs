// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Part`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use serde::Serialize;
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
/// The CloudFormation names of the properties of `Part`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<1> = PropertyNames {
    names: ["Name"],
    index: |key| match key {
        "Name" => Some(0),
        _ => None,
    },
};
property_type_loaders!(
    Part, "a Part object", PROPERTY_NAMES, [required(0, name)], [name]
);
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
    builder_setters!(name, set_name, "Name", String);
}
property_type_api!(
    Part, "AWS::Fixture::Widget.Part", PartBuilder, check_part, CheckContext
);
use super::rules::PART_NAME_REQUIRED;
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::Text;
/// Checks `AWS::Fixture::Widget.Part` JSON: the shape of every property, then the rules.
pub(crate) fn check_part<'r>(
    c: &mut Checker<'r>,
    context: &CheckContext,
    value: &'r serde_json::Value,
) {
    c.object(
        value,
        "a Part object",
        &|c, object| {
            let [name] = c.properties(object, &PROPERTY_NAMES, None);
            c.property(name, "Name", context, Text);
            c.require_present(name, "Name", &PART_NAME_REQUIRED);
        },
    );
}
impl Part {
    /// `true` when checking the JSON of the `Part`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_part`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let name = Some(&self.name);
        c.property(name, "Name", Text);
        Self::accept_rules(c, name);
        c.fine()
    }
    /// The rules of [`check_part`] in a twin, on the values of the properties they read: the typed
    /// twin and the JSON twin share them.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per property the rules read"
    )]
    fn accept_rules<'r, T0: Hold<CheckContext>>(
        c: &mut Accept<'r, CheckContext>,
        name: Option<&'r T0>,
    ) {
        c.require_present(name, "Name", &PART_NAME_REQUIRED);
    }
}
impl PropertyType<CheckContext> for Part {
    fn check_json<'r>(
        c: &mut Checker<'r>,
        context: &CheckContext,
        value: &'r serde_json::Value,
    ) {
        check_part(c, context, value);
    }
    /// The JSON twin of [`check_part`], in the twin `c` of the value that holds this one (its
    /// checker and its verdict are shared). It reads literals itself and hands the checker only
    /// what is not one.
    #[inline]
    fn accept_json<'r>(c: &mut Accept<'r, CheckContext>, value: &'r serde_json::Value) {
        let Some([name]) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(name, Text);
        if !c.fine() {
            return;
        }
        Self::accept_rules(c, name);
    }
}
