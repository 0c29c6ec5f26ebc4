// @generated from tests/data/specs/resource_with_seams.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Gadget`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::{Checker, Condition, Members, Test};
use cfn_apigateway_runtime::facts;
use cfn_apigateway_runtime::shape::{Map, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::formats;
use super::super::rules::{
    GADGET_SLOTS_DECLARED, GADGET_LABELS_DECLARED, GADGET_CODE_HAS_OUTPUT,
};
use super::super::{CheckContext, Mode};
/// A gadget.
///
/// CloudFormation property type `AWS::Fixture::Widget.Gadget`. Build one with [`Gadget::builder`], or load and check one with
/// [`Gadget::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#gadget`. [CloudFormation documentation](https://example.com/gadget.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Gadget {
    /// The output the gadget writes.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `gadget-code-has-output`
    /// - Source: `doc#code`
    ///
    /// [CloudFormation documentation](https://example.com/gadget.html#code)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<Value<String>>,
    /// The labels it writes, each to a slot.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `gadget-slots-declared`, `gadget-labels-declared`
    /// - Source: `doc#labels`
    ///
    /// [CloudFormation documentation](https://example.com/gadget.html#labels)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Value<BTreeMap<String, Value<String>>>>,
}
/// The CloudFormation names of the properties of `Gadget`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["Code", "Labels"];
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
        let [code, labels] = value::take_properties(
            json,
            "a Gadget object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            code: value::optional(code, "Code")?,
            labels: value::optional(labels, "Labels")?,
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
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GadgetBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    labels: Option<Value<BTreeMap<String, Value<String>>>>,
}
impl GadgetBuilder {
    /// Sets `Code`.
    ///
    /// The output the gadget writes.
    pub fn code(mut self, input: impl Into<Value<String>>) -> Self {
        self.code = Some(input.into());
        self
    }
    /// Sets `Code`, or clears it with `None`.
    ///
    /// The output the gadget writes.
    pub fn set_code(mut self, input: Option<Value<String>>) -> Self {
        self.code = input;
        self
    }
    /// Adds one entry to `Labels` (replacing an intrinsic function set with [`Self::set_labels`]).
    ///
    /// The labels it writes, each to a slot.
    pub fn labels(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.labels, key.into(), input.into());
        self
    }
    /// Sets `Labels`, or clears it with `None`.
    ///
    /// The labels it writes, each to a slot.
    pub fn set_labels(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.labels = input;
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
/// The context's `WidgetMode` is SLOW.
static WIDGET_MODE_IN_SLOW: Condition = Condition {
    test: Test::In(&["SLOW"]),
    default: None,
    allowed: Some(Mode::VALUES),
};
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
                let [code, labels] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(code, "Code", context, Text);
                c.property(labels, "Labels", context, Map(Text));
                c.in_context(
                    labels,
                    "Labels",
                    Members::Values,
                    context.declared_slots.as_ref(),
                    Some(&formats::SLOT_NAME),
                    &GADGET_SLOTS_DECLARED,
                );
                c.in_context(
                    labels,
                    "Labels",
                    Members::Keys,
                    facts::select(context.labels_by_code.as_ref(), code),
                    None,
                    &GADGET_LABELS_DECLARED,
                );
                if c
                    .fact_holds(
                        context.widget_mode.as_ref().map(Mode::as_str),
                        &WIDGET_MODE_IN_SLOW,
                    )
                {
                    c.in_context(
                        code,
                        "Code",
                        Members::Value,
                        context.labels_by_code.as_ref(),
                        None,
                        &GADGET_CODE_HAS_OUTPUT,
                    );
                }
            },
        );
    }
}
