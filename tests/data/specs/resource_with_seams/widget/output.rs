// @generated from tests/data/specs/resource_with_seams.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Output`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Boolean, Map, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// An output.
///
/// CloudFormation property type `AWS::Fixture::Widget.Output`. Build one with [`Output::builder`], or load and check one with
/// [`Output::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#outputs`. [CloudFormation documentation](https://example.com/output.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Output {
    /// Its code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#code`
    ///
    /// [CloudFormation documentation](https://example.com/output.html#code)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<Value<String>>,
    /// Its labels.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#labels`
    ///
    /// [CloudFormation documentation](https://example.com/output.html#labels)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Value<BTreeMap<String, Value<bool>>>>,
}
/// The CloudFormation names of the properties of `Output`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["Code", "Labels"];
impl Output {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Output";
    /// A builder; `build()` checks the result.
    pub fn builder() -> OutputBuilder {
        OutputBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an Output object or an `Fn::If` choosing between such objects.
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
impl FromJson for Output {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [code, labels] = value::take_properties(
            json,
            "an Output object",
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
impl<'de> Deserialize<'de> for Output {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Output`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct OutputBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    labels: Option<Value<BTreeMap<String, Value<bool>>>>,
}
impl OutputBuilder {
    /// Sets `Code`.
    ///
    /// Its code.
    pub fn code(mut self, input: impl Into<Value<String>>) -> Self {
        self.code = Some(input.into());
        self
    }
    /// Sets `Code`, or clears it with `None`.
    ///
    /// Its code.
    pub fn set_code(mut self, input: Option<Value<String>>) -> Self {
        self.code = input;
        self
    }
    /// Adds one entry to `Labels` (replacing an intrinsic function set with [`Self::set_labels`]).
    ///
    /// Its labels.
    pub fn labels(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<bool>>,
    ) -> Self {
        value::insert_entry(&mut self.labels, key.into(), input.into());
        self
    }
    /// Sets `Labels`, or clears it with `None`.
    ///
    /// Its labels.
    pub fn set_labels(
        mut self,
        input: Option<Value<BTreeMap<String, Value<bool>>>>,
    ) -> Self {
        self.labels = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Output, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Output, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Output {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.Output` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an Output object",
            &|c, object| {
                let [code, labels] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(code, "Code", context, Text);
                c.property(labels, "Labels", context, Map(Boolean));
            },
        );
    }
}
