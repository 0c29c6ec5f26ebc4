// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Configuration`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{List, Map, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// A configuration, which may hold configurations.
///
/// CloudFormation property type `AWS::Fixture::Widget.Configuration`. Build one with [`Configuration::builder`], or load and check one with
/// [`Configuration::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#configuration`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Configuration {
    /// The Classification.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#classification`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#classification)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub classification: Option<Value<String>>,
    /// The Configurations.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#configurations`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#configurations)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configurations: Option<Value<Vec<Value<Configuration>>>>,
    /// The Named.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#named`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#named)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub named: Option<Value<BTreeMap<String, Value<Configuration>>>>,
}
/// The CloudFormation names of the properties of `Configuration`, sorted.
const PROPERTY_NAMES: [&str; 3] = ["Classification", "Configurations", "Named"];
impl Configuration {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Configuration";
    /// A builder; `build()` checks the result.
    pub fn builder() -> ConfigurationBuilder {
        ConfigurationBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Configuration object or an `Fn::If` choosing between such objects.
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
impl FromJson for Configuration {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [classification, configurations, named] = value::take_properties(
            json,
            "a Configuration object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            classification: value::optional(classification, "Classification")?,
            configurations: value::optional(configurations, "Configurations")?,
            named: value::optional(named, "Named")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Configuration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Configuration`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConfigurationBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    classification: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    configurations: Option<Value<Vec<Value<Configuration>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    named: Option<Value<BTreeMap<String, Value<Configuration>>>>,
}
impl ConfigurationBuilder {
    /// Sets `Classification`.
    ///
    /// The Classification.
    pub fn classification(mut self, input: impl Into<Value<String>>) -> Self {
        self.classification = Some(input.into());
        self
    }
    /// Sets `Classification`, or clears it with `None`.
    ///
    /// The Classification.
    pub fn set_classification(mut self, input: Option<Value<String>>) -> Self {
        self.classification = input;
        self
    }
    /// Appends one item to `Configurations` (replacing an intrinsic function set with [`Self::set_configurations`]).
    ///
    /// The Configurations.
    pub fn configurations(mut self, item: impl Into<Value<Configuration>>) -> Self {
        value::push_item(&mut self.configurations, item.into());
        self
    }
    /// Sets `Configurations`, or clears it with `None`.
    ///
    /// The Configurations.
    pub fn set_configurations(
        mut self,
        input: Option<Value<Vec<Value<Configuration>>>>,
    ) -> Self {
        self.configurations = input;
        self
    }
    /// Adds one entry to `Named` (replacing an intrinsic function set with [`Self::set_named`]).
    ///
    /// The Named.
    pub fn named(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<Configuration>>,
    ) -> Self {
        value::insert_entry(&mut self.named, key.into(), input.into());
        self
    }
    /// Sets `Named`, or clears it with `None`.
    ///
    /// The Named.
    pub fn set_named(
        mut self,
        input: Option<Value<BTreeMap<String, Value<Configuration>>>>,
    ) -> Self {
        self.named = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Configuration, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Configuration, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Configuration {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.Configuration` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Configuration object",
            &|c, object| {
                let [classification, configurations, named] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(classification, "Classification", context, Text);
                c.property(
                    configurations,
                    "Configurations",
                    context,
                    List(Object::<Configuration>::SHAPE),
                );
                c.property(named, "Named", context, Map(Object::<Configuration>::SHAPE));
            },
        );
    }
}
