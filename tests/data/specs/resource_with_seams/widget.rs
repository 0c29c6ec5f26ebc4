// @generated from tests/data/specs/resource_with_seams.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget`: the resource type (its struct, builder and validator) and its property types.
mod gadget;
mod output;
pub use gadget::{Gadget, GadgetBuilder};
pub use output::{Output, OutputBuilder};
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::facts;
use cfn_apigateway_runtime::shape::{Boolean, List, Map, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{WIDGET_MODE_ALLOWED_VALUES, WIDGET_OUTPUTS_CODE_UNIQUE};
use super::{CheckContext, Mode};
/// A widget.
///
/// CloudFormation resource type `AWS::Fixture::Widget` (its `Properties`). Build one with [`Widget::builder`], or load and check one with
/// [`Widget::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#widget`. [CloudFormation documentation](https://example.com/widget.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Widget {
    /// The gadget.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#gadget`
    ///
    /// [CloudFormation documentation](https://example.com/widget.html#gadget)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gadget: Option<Value<Gadget>>,
    /// The mode.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`Mode`]
    /// - Rules: `widget-mode-allowed-values`
    /// - Source: `doc#mode`
    ///
    /// [CloudFormation documentation](https://example.com/widget.html#mode)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Value<Mode>>,
    /// The outputs.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `widget-outputs-code-unique`
    /// - Source: `doc#outputs`
    ///
    /// [CloudFormation documentation](https://example.com/widget.html#outputs)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outputs: Option<Value<Vec<Value<Output>>>>,
    /// The slots.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#slots`
    ///
    /// [CloudFormation documentation](https://example.com/widget.html#slots)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slots: Option<Value<BTreeMap<String, Value<bool>>>>,
}
/// The CloudFormation names of the properties of `Widget`, sorted.
const PROPERTY_NAMES: [&str; 4] = ["Gadget", "Mode", "Outputs", "Slots"];
impl Widget {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget";
    /// The attributes `Fn::GetAtt` reads from the resource:
    ///
    /// - `Arn` (String): The widget's ARN. Source: `doc#arn`.
    pub const ATTRIBUTES: &'static [&'static str] = &["Arn"];
    /// A builder; `build()` checks the result.
    pub fn builder() -> WidgetBuilder {
        WidgetBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Widget object or an `Fn::If` choosing between such objects.
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
impl FromJson for Widget {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [gadget, mode, outputs, slots] = value::take_properties(
            json,
            "a Widget object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            gadget: value::optional(gadget, "Gadget")?,
            mode: value::optional(mode, "Mode")?,
            outputs: value::optional(outputs, "Outputs")?,
            slots: value::optional(slots, "Slots")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Widget {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Widget`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct WidgetBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    gadget: Option<Value<Gadget>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<Value<Mode>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outputs: Option<Value<Vec<Value<Output>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    slots: Option<Value<BTreeMap<String, Value<bool>>>>,
}
impl WidgetBuilder {
    /// Sets `Gadget`.
    ///
    /// The gadget.
    pub fn gadget(mut self, input: impl Into<Value<Gadget>>) -> Self {
        self.gadget = Some(input.into());
        self
    }
    /// Sets `Gadget`, or clears it with `None`.
    ///
    /// The gadget.
    pub fn set_gadget(mut self, input: Option<Value<Gadget>>) -> Self {
        self.gadget = input;
        self
    }
    /// Sets `Mode`.
    ///
    /// The mode.
    pub fn mode(mut self, input: impl Into<Value<Mode>>) -> Self {
        self.mode = Some(input.into());
        self
    }
    /// Sets `Mode`, or clears it with `None`.
    ///
    /// The mode.
    pub fn set_mode(mut self, input: Option<Value<Mode>>) -> Self {
        self.mode = input;
        self
    }
    /// Appends one item to `Outputs` (replacing an intrinsic function set with [`Self::set_outputs`]).
    ///
    /// The outputs.
    pub fn outputs(mut self, item: impl Into<Value<Output>>) -> Self {
        value::push_item(&mut self.outputs, item.into());
        self
    }
    /// Sets `Outputs`, or clears it with `None`.
    ///
    /// The outputs.
    pub fn set_outputs(mut self, input: Option<Value<Vec<Value<Output>>>>) -> Self {
        self.outputs = input;
        self
    }
    /// Adds one entry to `Slots` (replacing an intrinsic function set with [`Self::set_slots`]).
    ///
    /// The slots.
    pub fn slots(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<bool>>,
    ) -> Self {
        value::insert_entry(&mut self.slots, key.into(), input.into());
        self
    }
    /// Sets `Slots`, or clears it with `None`.
    ///
    /// The slots.
    pub fn set_slots(
        mut self,
        input: Option<Value<BTreeMap<String, Value<bool>>>>,
    ) -> Self {
        self.slots = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Widget, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Widget, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Widget {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Widget object",
            &|c, object| {
                let [gadget, mode, outputs, slots] = c
                    .properties(object, &PROPERTY_NAMES, None);
                let context = &CheckContext {
                    declared_slots: facts::keys(slots),
                    labels_by_code: facts::keys_by(outputs, "Code", "Labels"),
                    widget_mode: facts::value(mode),
                    ..context.clone()
                };
                c.property(gadget, "Gadget", context, Object::<Gadget>::SHAPE);
                c.property(mode, "Mode", context, Text);
                c.property(outputs, "Outputs", context, List(Object::<Output>::SHAPE));
                c.property(slots, "Slots", context, Map(Boolean));
                c.allowed_values(
                    mode,
                    "Mode",
                    Mode::VALUES,
                    &WIDGET_MODE_ALLOWED_VALUES,
                );
                c.unique_by(outputs, "Outputs", "Code", &WIDGET_OUTPUTS_CODE_UNIQUE);
            },
        );
    }
}
