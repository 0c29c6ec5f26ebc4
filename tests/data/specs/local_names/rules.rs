// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `tag-key-required` (Error): Key is required
///
/// Source: `doc#p`.
pub const TAG_KEY_REQUIRED: Rule = Rule {
    id: "tag-key-required",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "Key is required",
};
/// `tag-value-required` (Error): Value is required
///
/// Source: `doc#p`.
pub const TAG_VALUE_REQUIRED: Rule = Rule {
    id: "tag-value-required",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "Value is required",
};
/// `tag-value-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_VALUE_FORM: Rule = Rule {
    id: "tag-value-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-c-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_C_FORM: Rule = Rule {
    id: "tag-c-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-context-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_CONTEXT_FORM: Rule = Rule {
    id: "tag-context-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-object-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_OBJECT_FORM: Rule = Rule {
    id: "tag-object-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-report-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_REPORT_FORM: Rule = Rule {
    id: "tag-report-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-v-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_V_FORM: Rule = Rule {
    id: "tag-v-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-json-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_JSON_FORM: Rule = Rule {
    id: "tag-json-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-map-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_MAP_FORM: Rule = Rule {
    id: "tag-map-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-first-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_FIRST_FORM: Rule = Rule {
    id: "tag-first-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-i-form` (Error): `{value}` is not a media type
///
/// Source: `doc#p`.
pub const TAG_I_FORM: Rule = Rule {
    id: "tag-i-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not a media type",
};
/// `tag-level-allowed-values` (Error): `{value}` is not one of `{allowed}`
///
/// Source: `doc#p`.
pub const TAG_LEVEL_ALLOWED_VALUES: Rule = Rule {
    id: "tag-level-allowed-values",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "{value} is not one of {allowed}",
};
/// `level-in-err` (Warning): Wrap is advised when Level is ERR
///
/// Source: `doc#p`.
pub const LEVEL_IN_ERR: Rule = Rule {
    id: "level-in-err",
    severity: Severity::Warning,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Tag",
    message: "Wrap is advised when Level is ERR",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    TAG_KEY_REQUIRED,
    TAG_VALUE_REQUIRED,
    TAG_VALUE_FORM,
    TAG_C_FORM,
    TAG_CONTEXT_FORM,
    TAG_OBJECT_FORM,
    TAG_REPORT_FORM,
    TAG_V_FORM,
    TAG_JSON_FORM,
    TAG_MAP_FORM,
    TAG_FIRST_FORM,
    TAG_I_FORM,
    TAG_LEVEL_ALLOWED_VALUES,
    LEVEL_IN_ERR,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
