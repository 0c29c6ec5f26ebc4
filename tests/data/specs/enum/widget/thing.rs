// @generated from tests/data/specs/enum.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Thing`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::rules::{
    THING_COLOR_ALLOWED_VALUES, WIDGET_THING_FILTER_TYPE_ALLOWED_VALUES,
};
use super::super::{CheckContext, Color, EC2TagFilterType};
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
    /// The color.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`Color`]
    /// - Rules: `thing-color-allowed-values`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Value<Color>>,
    /// How the tag filter matches.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`EC2TagFilterType`]
    /// - Rules: `widget-thing-filter-type-allowed-values`
    /// - Source: `doc#filter`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#filter)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter_type: Option<Value<EC2TagFilterType>>,
}
/// The CloudFormation names of the properties of `Thing`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["Color", "FilterType"];
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
        let [color, filter_type] = value::take_properties(
            json,
            "a Thing object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            color: value::optional(color, "Color")?,
            filter_type: value::optional(filter_type, "FilterType")?,
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
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ThingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<Value<Color>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    filter_type: Option<Value<EC2TagFilterType>>,
}
impl ThingBuilder {
    /// Sets `Color`.
    ///
    /// The color.
    pub fn color(mut self, input: impl Into<Value<Color>>) -> Self {
        self.color = Some(input.into());
        self
    }
    /// Sets `Color`, or clears it with `None`.
    ///
    /// The color.
    pub fn set_color(mut self, input: Option<Value<Color>>) -> Self {
        self.color = input;
        self
    }
    /// Sets `FilterType`.
    ///
    /// How the tag filter matches.
    pub fn filter_type(mut self, input: impl Into<Value<EC2TagFilterType>>) -> Self {
        self.filter_type = Some(input.into());
        self
    }
    /// Sets `FilterType`, or clears it with `None`.
    ///
    /// How the tag filter matches.
    pub fn set_filter_type(mut self, input: Option<Value<EC2TagFilterType>>) -> Self {
        self.filter_type = input;
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
                let [color, filter_type] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(color, "Color", context, Text);
                c.property(filter_type, "FilterType", context, Text);
                c.allowed_values(
                    color,
                    "Color",
                    Color::VALUES,
                    &THING_COLOR_ALLOWED_VALUES,
                );
                c.allowed_values(
                    filter_type,
                    "FilterType",
                    EC2TagFilterType::VALUES,
                    &WIDGET_THING_FILTER_TYPE_ALLOWED_VALUES,
                );
            },
        );
    }
}
