// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Tagged.Tag`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use super::Level;
use super::Typed;
use serde::Serialize;
/// A tag whose property names are the names of the generated code's own locals.
///
/// CloudFormation property type `AWS::Fixture::Tagged.Tag`. Build one with [`Tag::builder`], or load and check one with
/// [`Tag::from_value`]; every property that may be an intrinsic function is a [`Value`].
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
/// The CloudFormation names of the properties of `Tag`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<21> = PropertyNames {
    names: [
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
    ],
    index: |key| match key {
        "C" => Some(0),
        "Context" => Some(1),
        "Crate" => Some(2),
        "Deserializer" => Some(3),
        "First" => Some(4),
        "I" => Some(5),
        "Inner" => Some(6),
        "Items" => Some(7),
        "Json" => Some(8),
        "Key" => Some(9),
        "Level" => Some(10),
        "Map" => Some(11),
        "Object" => Some(12),
        "Order" => Some(13),
        "Properties" => Some(14),
        "Report" => Some(15),
        "SELF" => Some(16),
        "Super" => Some(17),
        "V" => Some(18),
        "Value" => Some(19),
        "Wrap" => Some(20),
        _ => None,
    },
};
property_type_loaders!(
    Tag, "a Tag object", PROPERTY_NAMES, [optional(0, c), optional(1, context),
    optional(2, crate_), optional(3, deserializer), optional(4, first), optional(5, i),
    optional(6, inner), optional(7, items), optional(8, json), required(9, key),
    optional(10, level), optional(11, map), optional(12, object), optional(13, order),
    optional(14, properties), optional(15, report), optional(16, self_), optional(17,
    super_), optional(18, v), required(19, value), optional(20, wrap)], [key, value]
);
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
    builder_setters!(c, set_c, "C", String);
    builder_setters!(context, set_context, "Context", String);
    builder_setters!(crate_, set_crate_, "Crate", String);
    builder_setters!(deserializer, set_deserializer, "Deserializer", String);
    builder_setters!(first, set_first, "First", String);
    builder_setters!(i, set_i, "I", String);
    builder_setters!(inner, set_inner, "Inner", Typed);
    builder_setters!(list items, set_items, "Items", String);
    builder_setters!(json, set_json, "Json", String);
    builder_setters!(key, set_key, "Key", String);
    builder_setters!(level, set_level, "Level", Level);
    builder_setters!(map, set_map, "Map", String);
    builder_setters!(object, set_object, "Object", String);
    builder_setters!(order, set_order, "Order", String);
    builder_setters!(properties, set_properties, "Properties", String);
    builder_setters!(report, set_report, "Report", String);
    builder_setters!(self_, set_self_, "SELF", String);
    builder_setters!(super_, set_super_, "Super", String);
    builder_setters!(v, set_v, "V", String);
    builder_setters!(value, set_value, "Value", String);
    builder_setters!(wrap, set_wrap, "Wrap", String);
}
property_type_api!(Tag, "AWS::Fixture::Tagged.Tag", TagBuilder, check_tag, CheckContext);
use crate::runtime::check::{Condition, Test};
use crate::runtime::formats;
use super::rules::{
    TAG_KEY_REQUIRED, TAG_VALUE_REQUIRED, TAG_VALUE_FORM, TAG_C_FORM, TAG_CONTEXT_FORM,
    TAG_OBJECT_FORM, TAG_REPORT_FORM, TAG_V_FORM, TAG_JSON_FORM, TAG_MAP_FORM,
    TAG_FIRST_FORM, TAG_I_FORM, TAG_LEVEL_ALLOWED_VALUES, LEVEL_IN_ERR,
};
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::{List, Text};
/// The allowed values of the properties that conditions test: one list for each,
/// which the rules and conditions on the property share.
mod allowed_values {
    /// The allowed values of Level.
    pub(super) static LEVEL: [&str; 2] = ["ERR", "OK"];
}
const LEVEL_IN_ERR_2: Condition = Condition {
    test: Test::In(&["ERR"]),
    default: None,
    allowed: Some(&allowed_values::LEVEL),
    among: Some(1),
};
/// Checks `AWS::Fixture::Tagged.Tag` JSON: the shape of every property, then the rules.
pub(crate) fn check_tag<'r>(
    c: &mut Checker<'r>,
    context: &CheckContext,
    value: &'r serde_json::Value,
) {
    c.object(
        value,
        "a Tag object",
        &|c, object| {
            let [c_, context_, crate_, deserializer, first, i, inner, items, json, key,
            level, map, object_, order, properties, report_, self_, super_, v_, value_,
            wrap] = c.properties(object, &PROPERTY_NAMES, None);
            c.property(c_, "C", context, Text);
            c.property(context_, "Context", context, Text);
            c.property(crate_, "Crate", context, Text);
            c.property(deserializer, "Deserializer", context, Text);
            c.property(first, "First", context, Text);
            c.property(i, "I", context, Text);
            c.property(inner, "Inner", context, Typed::SHAPE);
            c.property(items, "Items", context, List(Text));
            c.property(json, "Json", context, Text);
            c.property(key, "Key", context, Text);
            c.property(level, "Level", context, Text);
            c.property(map, "Map", context, Text);
            c.property(object_, "Object", context, Text);
            c.property(order, "Order", context, Text);
            c.property(properties, "Properties", context, Text);
            c.property(report_, "Report", context, Text);
            c.property(self_, "SELF", context, Text);
            c.property(super_, "Super", context, Text);
            c.property(v_, "V", context, Text);
            c.property(value_, "Value", context, Text);
            c.property(wrap, "Wrap", context, Text);
            let among = [c.among(level, &allowed_values::LEVEL, None)];
            c.require_present(key, "Key", &TAG_KEY_REQUIRED);
            c.require_present(value_, "Value", &TAG_VALUE_REQUIRED);
            c.formats(value_, "Value", &[&formats::MEDIA_TYPE], &TAG_VALUE_FORM);
            c.formats(c_, "C", &[&formats::MEDIA_TYPE], &TAG_C_FORM);
            c.formats(context_, "Context", &[&formats::MEDIA_TYPE], &TAG_CONTEXT_FORM);
            c.formats(object_, "Object", &[&formats::MEDIA_TYPE], &TAG_OBJECT_FORM);
            c.formats(report_, "Report", &[&formats::MEDIA_TYPE], &TAG_REPORT_FORM);
            c.formats(v_, "V", &[&formats::MEDIA_TYPE], &TAG_V_FORM);
            c.formats(json, "Json", &[&formats::MEDIA_TYPE], &TAG_JSON_FORM);
            c.formats(map, "Map", &[&formats::MEDIA_TYPE], &TAG_MAP_FORM);
            c.formats(first, "First", &[&formats::MEDIA_TYPE], &TAG_FIRST_FORM);
            c.formats(i, "I", &[&formats::MEDIA_TYPE], &TAG_I_FORM);
            c.allowed_values(
                level,
                "Level",
                &allowed_values::LEVEL,
                &TAG_LEVEL_ALLOWED_VALUES,
            );
            if c.holds_among(level, among[0], &LEVEL_IN_ERR_2) {
                c.require_present(wrap, "Wrap", &LEVEL_IN_ERR);
            }
        },
    );
}
impl Tag {
    /// `true` when checking the JSON of the `Tag`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_tag`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let c_ = self.c.as_ref();
        let context_ = self.context.as_ref();
        let crate_ = self.crate_.as_ref();
        let deserializer = self.deserializer.as_ref();
        let first = self.first.as_ref();
        let i = self.i.as_ref();
        let inner = self.inner.as_ref();
        let items = self.items.as_ref();
        let json = self.json.as_ref();
        let key = Some(&self.key);
        let level = self.level.as_ref();
        let map = self.map.as_ref();
        let object_ = self.object.as_ref();
        let order = self.order.as_ref();
        let properties = self.properties.as_ref();
        let report_ = self.report.as_ref();
        let self_ = self.self_.as_ref();
        let super_ = self.super_.as_ref();
        let v_ = self.v.as_ref();
        let value_ = Some(&self.value);
        let wrap = self.wrap.as_ref();
        c.property(c_, "C", Text);
        c.property(context_, "Context", Text);
        c.property(crate_, "Crate", Text);
        c.property(deserializer, "Deserializer", Text);
        c.property(first, "First", Text);
        c.property(i, "I", Text);
        c.property(inner, "Inner", Typed::SHAPE);
        c.property(items, "Items", List(Text));
        c.property(json, "Json", Text);
        c.property(key, "Key", Text);
        c.property(level, "Level", Text);
        c.property(map, "Map", Text);
        c.property(object_, "Object", Text);
        c.property(order, "Order", Text);
        c.property(properties, "Properties", Text);
        c.property(report_, "Report", Text);
        c.property(self_, "SELF", Text);
        c.property(super_, "Super", Text);
        c.property(v_, "V", Text);
        c.property(value_, "Value", Text);
        c.property(wrap, "Wrap", Text);
        Self::accept_rules(
            c,
            c_,
            context_,
            first,
            i,
            json,
            key,
            level,
            map,
            object_,
            report_,
            v_,
            value_,
            wrap,
        );
        c.fine()
    }
    /// The rules of [`check_tag`] in a twin, on the values of the properties they read: the typed
    /// twin and the JSON twin share them.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per property the rules read"
    )]
    fn accept_rules<
        'r,
        T0: Hold<CheckContext>,
        T1: Hold<CheckContext>,
        T2: Hold<CheckContext>,
        T3: Hold<CheckContext>,
        T4: Hold<CheckContext>,
        T5: Hold<CheckContext>,
        T6: Hold<CheckContext>,
        T7: Hold<CheckContext>,
        T8: Hold<CheckContext>,
        T9: Hold<CheckContext>,
        T10: Hold<CheckContext>,
        T11: Hold<CheckContext>,
        T12: Hold<CheckContext>,
    >(
        c: &mut Accept<'r, CheckContext>,
        c_: Option<&'r T0>,
        context_: Option<&'r T1>,
        first: Option<&'r T2>,
        i: Option<&'r T3>,
        json: Option<&'r T4>,
        key: Option<&'r T5>,
        level: Option<&'r T6>,
        map: Option<&'r T7>,
        object_: Option<&'r T8>,
        report_: Option<&'r T9>,
        v_: Option<&'r T10>,
        value_: Option<&'r T11>,
        wrap: Option<&'r T12>,
    ) {
        let among = [c.among(level, &allowed_values::LEVEL, None)];
        c.require_present(key, "Key", &TAG_KEY_REQUIRED);
        c.require_present(value_, "Value", &TAG_VALUE_REQUIRED);
        c.formats(value_, "Value", &[&formats::MEDIA_TYPE], &TAG_VALUE_FORM);
        c.formats(c_, "C", &[&formats::MEDIA_TYPE], &TAG_C_FORM);
        c.formats(context_, "Context", &[&formats::MEDIA_TYPE], &TAG_CONTEXT_FORM);
        c.formats(object_, "Object", &[&formats::MEDIA_TYPE], &TAG_OBJECT_FORM);
        c.formats(report_, "Report", &[&formats::MEDIA_TYPE], &TAG_REPORT_FORM);
        c.formats(v_, "V", &[&formats::MEDIA_TYPE], &TAG_V_FORM);
        c.formats(json, "Json", &[&formats::MEDIA_TYPE], &TAG_JSON_FORM);
        c.formats(map, "Map", &[&formats::MEDIA_TYPE], &TAG_MAP_FORM);
        c.formats(first, "First", &[&formats::MEDIA_TYPE], &TAG_FIRST_FORM);
        c.formats(i, "I", &[&formats::MEDIA_TYPE], &TAG_I_FORM);
        c.allowed_values(
            level,
            "Level",
            &allowed_values::LEVEL,
            &TAG_LEVEL_ALLOWED_VALUES,
        );
        if c.holds_among(level, among[0], &LEVEL_IN_ERR_2) {
            c.require_present(wrap, "Wrap", &LEVEL_IN_ERR);
        }
    }
}
impl PropertyType<CheckContext> for Tag {
    fn check_json<'r>(
        c: &mut Checker<'r>,
        context: &CheckContext,
        value: &'r serde_json::Value,
    ) {
        check_tag(c, context, value);
    }
    /// The JSON twin of [`check_tag`], in the twin `c` of the value that holds this one (its
    /// checker and its verdict are shared). It reads literals itself and hands the checker only
    /// what is not one.
    #[inline]
    fn accept_json<'r>(c: &mut Accept<'r, CheckContext>, value: &'r serde_json::Value) {
        let Some(
            [c_,
            context_,
            crate_,
            deserializer,
            first,
            i,
            inner,
            items,
            json,
            key,
            level,
            map,
            object_,
            order,
            properties,
            report_,
            self_,
            super_,
            v_,
            value_,
            wrap,
            ],
        ) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(c_, Text);
        c.shape(context_, Text);
        c.shape(crate_, Text);
        c.shape(deserializer, Text);
        c.shape(first, Text);
        c.shape(i, Text);
        c.shape(inner, Typed::SHAPE);
        c.shape(items, List(Text));
        c.shape(json, Text);
        c.shape(key, Text);
        c.shape(level, Text);
        c.shape(map, Text);
        c.shape(object_, Text);
        c.shape(order, Text);
        c.shape(properties, Text);
        c.shape(report_, Text);
        c.shape(self_, Text);
        c.shape(super_, Text);
        c.shape(v_, Text);
        c.shape(value_, Text);
        c.shape(wrap, Text);
        if !c.fine() {
            return;
        }
        Self::accept_rules(
            c,
            c_,
            context_,
            first,
            i,
            json,
            key,
            level,
            map,
            object_,
            report_,
            v_,
            value_,
            wrap,
        );
    }
}
