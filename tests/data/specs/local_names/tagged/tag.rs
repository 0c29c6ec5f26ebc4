// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Tagged.Tag`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::{Checker, Condition, Test};
use cfn_apigateway_runtime::shape::{List, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::formats;
use super::super::rules::{
    TAG_KEY_REQUIRED, TAG_VALUE_REQUIRED, TAG_VALUE_FORM, TAG_C_FORM, TAG_CONTEXT_FORM,
    TAG_OBJECT_FORM, TAG_REPORT_FORM, TAG_V_FORM, TAG_JSON_FORM, TAG_MAP_FORM,
    TAG_FIRST_FORM, TAG_I_FORM, TAG_LEVEL_ALLOWED_VALUES, LEVEL_IN_ERR,
};
use super::super::{CheckContext, Level};
use super::Typed;
/// A tag whose property names are the names of the generated code's own locals.
///
/// CloudFormation property type `AWS::Fixture::Tagged.Tag`. Build one with [`Tag::builder`], or load and check one with
/// [`Tag::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#thing`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Tag {
    /// A property named `C`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-c-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub c: Option<Value<String>>,
    /// A property named `Context`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-context-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<Value<String>>,
    /// A property named `Crate`, whose field name cannot be a raw identifier.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crate_: Option<Value<String>>,
    /// A property named `Deserializer`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deserializer: Option<Value<String>>,
    /// A property named `First`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-first-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<Value<String>>,
    /// A property named `I`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-i-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub i: Option<Value<String>>,
    /// A property of the type `Typed`, named like a name of the runtime's deserializer.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inner: Option<Value<Typed>>,
    /// A list named like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Value<Vec<Value<String>>>>,
    /// A property named `Json`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-json-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json: Option<Value<String>>,
    /// The tag's key; the loader's closures name their key `key`.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `tag-key-required`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    pub key: Value<String>,
    /// A property whose enum has the variants `Err` and `Ok`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`Level`]
    /// - Rules: `tag-level-allowed-values`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Value<Level>>,
    /// A property named `Map`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-map-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub map: Option<Value<String>>,
    /// A property named `Object`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-object-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<Value<String>>,
    /// A property named `Order`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<Value<String>>,
    /// A property named `Properties`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<Value<String>>,
    /// A property named `Report`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-report-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<Value<String>>,
    /// A property named `SELF`, whose field name cannot be a raw identifier.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(rename = "SELF")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_: Option<Value<String>>,
    /// A property named `Super`, whose field name cannot be a raw identifier.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub super_: Option<Value<String>>,
    /// A property named `V`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `tag-v-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub v: Option<Value<String>>,
    /// The tag's value; the checker's functions name their input `value`.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `tag-value-required`, `tag-value-form`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    pub value: Value<String>,
    /// A property named `Wrap`, like a local of the generated code.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `level-in-err`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrap: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `Tag`, sorted.
const PROPERTY_NAMES: [&str; 21] = [
    "C",
    "Context",
    "Crate",
    "Deserializer",
    "First",
    "I",
    "Inner",
    "Items",
    "Json",
    "Key",
    "Level",
    "Map",
    "Object",
    "Order",
    "Properties",
    "Report",
    "SELF",
    "Super",
    "V",
    "Value",
    "Wrap",
];
impl Tag {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Tagged.Tag";
    /// A builder; `build()` checks the result.
    pub fn builder() -> TagBuilder {
        TagBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Tag object or an `Fn::If` choosing between such objects.
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
impl FromJson for Tag {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [c_, context_, crate_, deserializer, first, i, inner, items, json, key,
        level, map, object_, order, properties, report, self_, super_, v, value_, wrap,
        ] = value::take_properties(json, "a Tag object", &PROPERTY_NAMES)?;
        Ok(Self {
            c: value::optional(c_, "C")?,
            context: value::optional(context_, "Context")?,
            crate_: value::optional(crate_, "Crate")?,
            deserializer: value::optional(deserializer, "Deserializer")?,
            first: value::optional(first, "First")?,
            i: value::optional(i, "I")?,
            inner: value::optional(inner, "Inner")?,
            items: value::optional(items, "Items")?,
            json: value::optional(json, "Json")?,
            key: value::required(key, "Key")?,
            level: value::optional(level, "Level")?,
            map: value::optional(map, "Map")?,
            object: value::optional(object_, "Object")?,
            order: value::optional(order, "Order")?,
            properties: value::optional(properties, "Properties")?,
            report: value::optional(report, "Report")?,
            self_: value::optional(self_, "SELF")?,
            super_: value::optional(super_, "Super")?,
            v: value::optional(v, "V")?,
            value: value::required(value_, "Value")?,
            wrap: value::optional(wrap, "Wrap")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Tag`].
///
/// `build()` needs `key`, `value` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    c: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    crate_: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deserializer: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    i: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    inner: Option<Value<Typed>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<Value<Vec<Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    json: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<Value<Level>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    map: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    object: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    order: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<Value<String>>,
    #[serde(rename = "SELF")]
    #[serde(skip_serializing_if = "Option::is_none")]
    self_: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    super_: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    v: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wrap: Option<Value<String>>,
}
impl TagBuilder {
    /// Sets `C`.
    ///
    /// A property named `C`, like a local of the generated code.
    pub fn c(mut self, input: impl Into<Value<String>>) -> Self {
        self.c = Some(input.into());
        self
    }
    /// Sets `C`, or clears it with `None`.
    ///
    /// A property named `C`, like a local of the generated code.
    pub fn set_c(mut self, input: Option<Value<String>>) -> Self {
        self.c = input;
        self
    }
    /// Sets `Context`.
    ///
    /// A property named `Context`, like a local of the generated code.
    pub fn context(mut self, input: impl Into<Value<String>>) -> Self {
        self.context = Some(input.into());
        self
    }
    /// Sets `Context`, or clears it with `None`.
    ///
    /// A property named `Context`, like a local of the generated code.
    pub fn set_context(mut self, input: Option<Value<String>>) -> Self {
        self.context = input;
        self
    }
    /// Sets `Crate`.
    ///
    /// A property named `Crate`, whose field name cannot be a raw identifier.
    pub fn crate_(mut self, input: impl Into<Value<String>>) -> Self {
        self.crate_ = Some(input.into());
        self
    }
    /// Sets `Crate`, or clears it with `None`.
    ///
    /// A property named `Crate`, whose field name cannot be a raw identifier.
    pub fn set_crate_(mut self, input: Option<Value<String>>) -> Self {
        self.crate_ = input;
        self
    }
    /// Sets `Deserializer`.
    ///
    /// A property named `Deserializer`, like a local of the generated code.
    pub fn deserializer(mut self, input: impl Into<Value<String>>) -> Self {
        self.deserializer = Some(input.into());
        self
    }
    /// Sets `Deserializer`, or clears it with `None`.
    ///
    /// A property named `Deserializer`, like a local of the generated code.
    pub fn set_deserializer(mut self, input: Option<Value<String>>) -> Self {
        self.deserializer = input;
        self
    }
    /// Sets `First`.
    ///
    /// A property named `First`, like a local of the generated code.
    pub fn first(mut self, input: impl Into<Value<String>>) -> Self {
        self.first = Some(input.into());
        self
    }
    /// Sets `First`, or clears it with `None`.
    ///
    /// A property named `First`, like a local of the generated code.
    pub fn set_first(mut self, input: Option<Value<String>>) -> Self {
        self.first = input;
        self
    }
    /// Sets `I`.
    ///
    /// A property named `I`, like a local of the generated code.
    pub fn i(mut self, input: impl Into<Value<String>>) -> Self {
        self.i = Some(input.into());
        self
    }
    /// Sets `I`, or clears it with `None`.
    ///
    /// A property named `I`, like a local of the generated code.
    pub fn set_i(mut self, input: Option<Value<String>>) -> Self {
        self.i = input;
        self
    }
    /// Sets `Inner`.
    ///
    /// A property of the type `Typed`, named like a name of the runtime's deserializer.
    pub fn inner(mut self, input: impl Into<Value<Typed>>) -> Self {
        self.inner = Some(input.into());
        self
    }
    /// Sets `Inner`, or clears it with `None`.
    ///
    /// A property of the type `Typed`, named like a name of the runtime's deserializer.
    pub fn set_inner(mut self, input: Option<Value<Typed>>) -> Self {
        self.inner = input;
        self
    }
    /// Appends one item to `Items` (replacing an intrinsic function set with [`Self::set_items`]).
    ///
    /// A list named like a local of the generated code.
    pub fn items(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.items, item.into());
        self
    }
    /// Sets `Items`, or clears it with `None`.
    ///
    /// A list named like a local of the generated code.
    pub fn set_items(mut self, input: Option<Value<Vec<Value<String>>>>) -> Self {
        self.items = input;
        self
    }
    /// Sets `Json`.
    ///
    /// A property named `Json`, like a local of the generated code.
    pub fn json(mut self, input: impl Into<Value<String>>) -> Self {
        self.json = Some(input.into());
        self
    }
    /// Sets `Json`, or clears it with `None`.
    ///
    /// A property named `Json`, like a local of the generated code.
    pub fn set_json(mut self, input: Option<Value<String>>) -> Self {
        self.json = input;
        self
    }
    /// Sets `Key`.
    ///
    /// The tag's key; the loader's closures name their key `key`.
    pub fn key(mut self, input: impl Into<Value<String>>) -> Self {
        self.key = Some(input.into());
        self
    }
    /// Sets `Key`, or clears it with `None`.
    ///
    /// The tag's key; the loader's closures name their key `key`.
    pub fn set_key(mut self, input: Option<Value<String>>) -> Self {
        self.key = input;
        self
    }
    /// Sets `Level`.
    ///
    /// A property whose enum has the variants `Err` and `Ok`.
    pub fn level(mut self, input: impl Into<Value<Level>>) -> Self {
        self.level = Some(input.into());
        self
    }
    /// Sets `Level`, or clears it with `None`.
    ///
    /// A property whose enum has the variants `Err` and `Ok`.
    pub fn set_level(mut self, input: Option<Value<Level>>) -> Self {
        self.level = input;
        self
    }
    /// Sets `Map`.
    ///
    /// A property named `Map`, like a local of the generated code.
    pub fn map(mut self, input: impl Into<Value<String>>) -> Self {
        self.map = Some(input.into());
        self
    }
    /// Sets `Map`, or clears it with `None`.
    ///
    /// A property named `Map`, like a local of the generated code.
    pub fn set_map(mut self, input: Option<Value<String>>) -> Self {
        self.map = input;
        self
    }
    /// Sets `Object`.
    ///
    /// A property named `Object`, like a local of the generated code.
    pub fn object(mut self, input: impl Into<Value<String>>) -> Self {
        self.object = Some(input.into());
        self
    }
    /// Sets `Object`, or clears it with `None`.
    ///
    /// A property named `Object`, like a local of the generated code.
    pub fn set_object(mut self, input: Option<Value<String>>) -> Self {
        self.object = input;
        self
    }
    /// Sets `Order`.
    ///
    /// A property named `Order`, like a local of the generated code.
    pub fn order(mut self, input: impl Into<Value<String>>) -> Self {
        self.order = Some(input.into());
        self
    }
    /// Sets `Order`, or clears it with `None`.
    ///
    /// A property named `Order`, like a local of the generated code.
    pub fn set_order(mut self, input: Option<Value<String>>) -> Self {
        self.order = input;
        self
    }
    /// Sets `Properties`.
    ///
    /// A property named `Properties`, like a local of the generated code.
    pub fn properties(mut self, input: impl Into<Value<String>>) -> Self {
        self.properties = Some(input.into());
        self
    }
    /// Sets `Properties`, or clears it with `None`.
    ///
    /// A property named `Properties`, like a local of the generated code.
    pub fn set_properties(mut self, input: Option<Value<String>>) -> Self {
        self.properties = input;
        self
    }
    /// Sets `Report`.
    ///
    /// A property named `Report`, like a local of the generated code.
    pub fn report(mut self, input: impl Into<Value<String>>) -> Self {
        self.report = Some(input.into());
        self
    }
    /// Sets `Report`, or clears it with `None`.
    ///
    /// A property named `Report`, like a local of the generated code.
    pub fn set_report(mut self, input: Option<Value<String>>) -> Self {
        self.report = input;
        self
    }
    /// Sets `SELF`.
    ///
    /// A property named `SELF`, whose field name cannot be a raw identifier.
    pub fn self_(mut self, input: impl Into<Value<String>>) -> Self {
        self.self_ = Some(input.into());
        self
    }
    /// Sets `SELF`, or clears it with `None`.
    ///
    /// A property named `SELF`, whose field name cannot be a raw identifier.
    pub fn set_self_(mut self, input: Option<Value<String>>) -> Self {
        self.self_ = input;
        self
    }
    /// Sets `Super`.
    ///
    /// A property named `Super`, whose field name cannot be a raw identifier.
    pub fn super_(mut self, input: impl Into<Value<String>>) -> Self {
        self.super_ = Some(input.into());
        self
    }
    /// Sets `Super`, or clears it with `None`.
    ///
    /// A property named `Super`, whose field name cannot be a raw identifier.
    pub fn set_super_(mut self, input: Option<Value<String>>) -> Self {
        self.super_ = input;
        self
    }
    /// Sets `V`.
    ///
    /// A property named `V`, like a local of the generated code.
    pub fn v(mut self, input: impl Into<Value<String>>) -> Self {
        self.v = Some(input.into());
        self
    }
    /// Sets `V`, or clears it with `None`.
    ///
    /// A property named `V`, like a local of the generated code.
    pub fn set_v(mut self, input: Option<Value<String>>) -> Self {
        self.v = input;
        self
    }
    /// Sets `Value`.
    ///
    /// The tag's value; the checker's functions name their input `value`.
    pub fn value(mut self, input: impl Into<Value<String>>) -> Self {
        self.value = Some(input.into());
        self
    }
    /// Sets `Value`, or clears it with `None`.
    ///
    /// The tag's value; the checker's functions name their input `value`.
    pub fn set_value(mut self, input: Option<Value<String>>) -> Self {
        self.value = input;
        self
    }
    /// Sets `Wrap`.
    ///
    /// A property named `Wrap`, like a local of the generated code.
    pub fn wrap(mut self, input: impl Into<Value<String>>) -> Self {
        self.wrap = Some(input.into());
        self
    }
    /// Sets `Wrap`, or clears it with `None`.
    ///
    /// A property named `Wrap`, like a local of the generated code.
    pub fn set_wrap(mut self, input: Option<Value<String>>) -> Self {
        self.wrap = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Tag, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Tag, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
/// `Level` is ERR.
static LEVEL_IN_ERR_2: Condition = Condition {
    test: Test::In(&["ERR"]),
    default: None,
    allowed: Some(Level::VALUES),
};
impl PropertyType for Tag {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Tagged.Tag` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Tag object",
            &|c, object| {
                let [c_, context_, crate_, deserializer, first, i, inner, items, json,
                key, level, map, object_, order, properties, report, self_, super_, v,
                value_, wrap] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(c_, "C", context, Text);
                c.property(context_, "Context", context, Text);
                c.property(crate_, "Crate", context, Text);
                c.property(deserializer, "Deserializer", context, Text);
                c.property(first, "First", context, Text);
                c.property(i, "I", context, Text);
                c.property(inner, "Inner", context, Object::<Typed>::SHAPE);
                c.property(items, "Items", context, List(Text));
                c.property(json, "Json", context, Text);
                c.property(key, "Key", context, Text);
                c.property(level, "Level", context, Text);
                c.property(map, "Map", context, Text);
                c.property(object_, "Object", context, Text);
                c.property(order, "Order", context, Text);
                c.property(properties, "Properties", context, Text);
                c.property(report, "Report", context, Text);
                c.property(self_, "SELF", context, Text);
                c.property(super_, "Super", context, Text);
                c.property(v, "V", context, Text);
                c.property(value_, "Value", context, Text);
                c.property(wrap, "Wrap", context, Text);
                c.require_present(key, "Key", &TAG_KEY_REQUIRED);
                c.require_present(value_, "Value", &TAG_VALUE_REQUIRED);
                c.formats(value_, "Value", &[&formats::MEDIA_TYPE], &TAG_VALUE_FORM);
                c.formats(c_, "C", &[&formats::MEDIA_TYPE], &TAG_C_FORM);
                c.formats(
                    context_,
                    "Context",
                    &[&formats::MEDIA_TYPE],
                    &TAG_CONTEXT_FORM,
                );
                c.formats(object_, "Object", &[&formats::MEDIA_TYPE], &TAG_OBJECT_FORM);
                c.formats(report, "Report", &[&formats::MEDIA_TYPE], &TAG_REPORT_FORM);
                c.formats(v, "V", &[&formats::MEDIA_TYPE], &TAG_V_FORM);
                c.formats(json, "Json", &[&formats::MEDIA_TYPE], &TAG_JSON_FORM);
                c.formats(map, "Map", &[&formats::MEDIA_TYPE], &TAG_MAP_FORM);
                c.formats(first, "First", &[&formats::MEDIA_TYPE], &TAG_FIRST_FORM);
                c.formats(i, "I", &[&formats::MEDIA_TYPE], &TAG_I_FORM);
                c.allowed_values(
                    level,
                    "Level",
                    Level::VALUES,
                    &TAG_LEVEL_ALLOWED_VALUES,
                );
                if c.holds(level, &LEVEL_IN_ERR_2) {
                    c.require_present(wrap, "Wrap", &LEVEL_IN_ERR);
                }
            },
        );
    }
}
