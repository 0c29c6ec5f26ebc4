// @generated from tests/data/specs/derived_rules.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Gadget`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::{Checker, Size, Unit};
use cfn_apigateway_runtime::shape::{List, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::formats;
use super::super::rules::{
    WIDGET_GADGET_COLOR_ALLOWED_VALUES, WIDGET_GADGET_NAME_REQUIRED,
    WIDGET_GADGET_NAME_MINIMUM_LENGTH, WIDGET_GADGET_NAME_MAXIMUM_LENGTH,
    WIDGET_GADGET_NAME_PATTERN, WIDGET_GADGET_SLUG_PATTERN,
    WIDGET_GADGET_TAGS_MAXIMUM_ITEMS,
};
use super::super::{CheckContext, GadgetColor};
/// A gadget.
///
/// CloudFormation property type `AWS::Fixture::Widget.Gadget`. Build one with [`Gadget::builder`], or load and check one with
/// [`Gadget::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#gadget`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Gadget {
    /// The color.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`GadgetColor`]
    /// - Rules: `widget-gadget-color-allowed-values`
    /// - Source: `doc#color`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#color)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Value<GadgetColor>>,
    /// A pattern of another dialect (a lookahead), which is not checked.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#lookahead`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#lookahead)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lookahead: Option<Value<String>>,
    /// The name.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Minimum length: 1
    /// - Maximum length: 8
    /// - Rules: `widget-gadget-name-required`, `widget-gadget-name-minimum-length`, `widget-gadget-name-maximum-length`, `widget-gadget-name-pattern`
    /// - Source: `doc#name`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#name)
    pub name: Value<String>,
    /// A slug, with a lowercase letter somewhere: its pattern is not anchored.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `widget-gadget-slug-pattern`
    /// - Source: `doc#slug`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#slug)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<Value<String>>,
    /// The tags.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Maximum items: 2
    /// - Rules: `widget-gadget-tags-maximum-items`
    /// - Source: `doc#tags`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<Value<String>>>>,
}
/// The CloudFormation names of the properties of `Gadget`, sorted.
const PROPERTY_NAMES: [&str; 5] = ["Color", "Lookahead", "Name", "Slug", "Tags"];
impl Gadget {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Gadget";
    /// A builder; `build()` checks the result.
    pub fn builder() -> GadgetBuilder {
        GadgetBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Gadget object or an `Fn::If` choosing between such objects.
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
impl FromJson for Gadget {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [color, lookahead, name, slug, tags] = value::take_properties(
            json,
            "a Gadget object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            color: value::optional(color, "Color")?,
            lookahead: value::optional(lookahead, "Lookahead")?,
            name: value::required(name, "Name")?,
            slug: value::optional(slug, "Slug")?,
            tags: value::optional(tags, "Tags")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Gadget {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Gadget`].
///
/// `build()` needs `name` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GadgetBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<Value<GadgetColor>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lookahead: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<Value<String>>>>,
}
impl GadgetBuilder {
    /// Sets `Color`.
    ///
    /// The color.
    pub fn color(mut self, input: impl Into<Value<GadgetColor>>) -> Self {
        self.color = Some(input.into());
        self
    }
    /// Sets `Color`, or clears it with `None`.
    ///
    /// The color.
    pub fn set_color(mut self, input: Option<Value<GadgetColor>>) -> Self {
        self.color = input;
        self
    }
    /// Sets `Lookahead`.
    ///
    /// A pattern of another dialect (a lookahead), which is not checked.
    pub fn lookahead(mut self, input: impl Into<Value<String>>) -> Self {
        self.lookahead = Some(input.into());
        self
    }
    /// Sets `Lookahead`, or clears it with `None`.
    ///
    /// A pattern of another dialect (a lookahead), which is not checked.
    pub fn set_lookahead(mut self, input: Option<Value<String>>) -> Self {
        self.lookahead = input;
        self
    }
    /// Sets `Name`.
    ///
    /// The name.
    pub fn name(mut self, input: impl Into<Value<String>>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    ///
    /// The name.
    pub fn set_name(mut self, input: Option<Value<String>>) -> Self {
        self.name = input;
        self
    }
    /// Sets `Slug`.
    ///
    /// A slug, with a lowercase letter somewhere: its pattern is not anchored.
    pub fn slug(mut self, input: impl Into<Value<String>>) -> Self {
        self.slug = Some(input.into());
        self
    }
    /// Sets `Slug`, or clears it with `None`.
    ///
    /// A slug, with a lowercase letter somewhere: its pattern is not anchored.
    pub fn set_slug(mut self, input: Option<Value<String>>) -> Self {
        self.slug = input;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    ///
    /// The tags.
    pub fn tags(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// The tags.
    pub fn set_tags(mut self, input: Option<Value<Vec<Value<String>>>>) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Gadget, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Gadget, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Gadget {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.Gadget` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Gadget object",
            &|c, object| {
                let [color, lookahead, name, slug, tags] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(color, "Color", context, Text);
                c.property(lookahead, "Lookahead", context, Text);
                c.property(name, "Name", context, Text);
                c.property(slug, "Slug", context, Text);
                c.property(tags, "Tags", context, List(Text));
                c.allowed_values(
                    color,
                    "Color",
                    GadgetColor::VALUES,
                    &WIDGET_GADGET_COLOR_ALLOWED_VALUES,
                );
                c.require_present(name, "Name", &WIDGET_GADGET_NAME_REQUIRED);
                c.size(
                    name,
                    "Name",
                    Size::AtLeast(1),
                    Unit::Characters,
                    &WIDGET_GADGET_NAME_MINIMUM_LENGTH,
                );
                c.size(
                    name,
                    "Name",
                    Size::AtMost(8),
                    Unit::Characters,
                    &WIDGET_GADGET_NAME_MAXIMUM_LENGTH,
                );
                c.formats(
                    name,
                    "Name",
                    &[&formats::WIDGET_GADGET_NAME_PATTERN],
                    &WIDGET_GADGET_NAME_PATTERN,
                );
                c.formats(
                    slug,
                    "Slug",
                    &[&formats::WIDGET_GADGET_SLUG_PATTERN],
                    &WIDGET_GADGET_SLUG_PATTERN,
                );
                c.size(
                    tags,
                    "Tags",
                    Size::AtMost(2),
                    Unit::Items,
                    &WIDGET_GADGET_TAGS_MAXIMUM_ITEMS,
                );
            },
        );
    }
}
