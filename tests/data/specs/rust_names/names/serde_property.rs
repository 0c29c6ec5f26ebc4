// @generated from tests/data/specs/rust_names.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Names.Serde`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Map, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::rules::NAMES_SERDE_LEVEL_ALLOWED_VALUES;
use super::super::{CheckContext, Std};
/// A type named like a crate the generated code uses, whose module would shadow it.
///
/// CloudFormation property type `AWS::Fixture::Names.Serde`. Build one with [`Serde::builder`], or load and check one with
/// [`Serde::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#serde`. [CloudFormation documentation](https://example.com/names.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Serde {
    /// A map, so that the file imports the standard library.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#labels`
    ///
    /// [CloudFormation documentation](https://example.com/names.html#labels)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Value<BTreeMap<String, Value<String>>>>,
    /// A value of the set Std.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`Std`]
    /// - Rules: `names-serde-level-allowed-values`
    /// - Source: `doc#level`
    ///
    /// [CloudFormation documentation](https://example.com/names.html#level)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Value<Std>>,
}
/// The CloudFormation names of the properties of `Serde`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["Labels", "Level"];
impl Serde {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Names.Serde";
    /// A builder; `build()` checks the result.
    pub fn builder() -> SerdeBuilder {
        SerdeBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Serde object or an `Fn::If` choosing between such objects.
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
impl FromJson for Serde {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [labels, level] = value::take_properties(
            json,
            "a Serde object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            labels: value::optional(labels, "Labels")?,
            level: value::optional(level, "Level")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Serde {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Serde`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SerdeBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    labels: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<Value<Std>>,
}
impl SerdeBuilder {
    /// Adds one entry to `Labels` (replacing an intrinsic function set with [`Self::set_labels`]).
    ///
    /// A map, so that the file imports the standard library.
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
    /// A map, so that the file imports the standard library.
    pub fn set_labels(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.labels = input;
        self
    }
    /// Sets `Level`.
    ///
    /// A value of the set Std.
    pub fn level(mut self, input: impl Into<Value<Std>>) -> Self {
        self.level = Some(input.into());
        self
    }
    /// Sets `Level`, or clears it with `None`.
    ///
    /// A value of the set Std.
    pub fn set_level(mut self, input: Option<Value<Std>>) -> Self {
        self.level = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Serde, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Serde, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Serde {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Names.Serde` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Serde object",
            &|c, object| {
                let [labels, level] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(labels, "Labels", context, Map(Text));
                c.property(level, "Level", context, Text);
                c.allowed_values(
                    level,
                    "Level",
                    Std::VALUES,
                    &NAMES_SERDE_LEVEL_ALLOWED_VALUES,
                );
            },
        );
    }
}
