// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Part`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api};
use crate::runtime::stream::{self, Order, StreamedLiteral, StreamedObject, Typed};
use crate::runtime::value::{
    required, Literal, Mismatch, Properties, PropertyNames, Value,
};
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
impl Literal for Part {
    fn from_json(json: &serde_json::Value) -> Result<Self, Mismatch> {
        Self::from_properties(Properties::borrowed(json, "a Part object")?)
    }
    fn from_json_owned(json: serde_json::Value) -> Result<Self, Mismatch> {
        Self::from_properties(Properties::owned(json, "a Part object")?)
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
impl Part {
    /// Loads the properties of checked JSON, one by one.
    fn from_properties(properties: Properties<'_>) -> Result<Self, Mismatch> {
        let [name] = properties.values(&PROPERTY_NAMES);
        Ok(Self {
            name: required(name, "Name")?,
        })
    }
}
impl StreamedLiteral for Part {
    fn stream_value<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Typed<Value<Self>>, D::Error> {
        stream::stream_object(deserializer)
    }
}
impl StreamedObject for Part {
    fn stream_entries<'de, A: serde::de::MapAccess<'de>, W>(
        first: std::borrow::Cow<'de, str>,
        mut map: A,
        wrap: impl FnOnce(Self) -> W,
    ) -> Result<Typed<W>, A::Error> {
        let mut name = None;
        let mut order = Order::default();
        stream::entries(
            first,
            &mut map,
            |key, map| match (PROPERTY_NAMES.index)(&key) {
                Some(0) => stream::next_value(map, &mut order, 0, &mut name),
                _ => {
                    order.unknown(key.into_owned(), map.next_value()?);
                    Ok(())
                }
            },
        )?;
        Ok(
            match (name, order.fits()) {
                (Some(name), true) => Typed::Fits(wrap(Self { name })),
                (name, _) => {
                    Typed::Json(
                        order
                            .rebuild(
                                &PROPERTY_NAMES.names,
                                &mut |i| match i {
                                    0 => stream::written_of(&name),
                                    _ => None,
                                },
                            ),
                    )
                }
            },
        )
    }
}
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
use crate::runtime::check::Scalar;
use super::rules::PART_NAME_REQUIRED;
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::report::Report;
/// Checks `AWS::Fixture::Widget.Part` JSON: the shape of every property, then the rules.
pub(crate) fn check_part<'r>(
    c: &mut Checker<'r>,
    _context: &CheckContext,
    value: &'r serde_json::Value,
) {
    c.object(
        value,
        "a Part object",
        &|c, object| {
            let [name] = c.properties(object, &PROPERTY_NAMES, None);
            c.property(name, "Name", |c, v| c.scalar(v, Scalar::String));
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
        c.property(name, "Name", |c, v| c.scalar(v, Scalar::String));
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
    /// `true` when [`check_part`] would find no problem at all in `value`: the JSON twin, which
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
        let Some([name]) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        if let Some(v) = name {
            c.scalar(v, Scalar::String);
        }
        if !c.fine() {
            return;
        }
        Self::accept_rules(c, name);
    }
}
impl Hold<CheckContext> for Part {
    fn settled(&self, context: &CheckContext, depth: usize) -> bool {
        self.accepts(context, depth)
    }
    fn json(&self) -> std::borrow::Cow<'_, serde_json::Value> {
        std::borrow::Cow::Owned(self.to_json())
    }
}
