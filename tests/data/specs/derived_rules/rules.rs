// @generated from tests/data/specs/derived_rules.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `widget-gadget-color-allowed-values` (Error): `{value}` is not one of the values `{property}` allows: `{allowed}`
///
/// Source: `doc#color`.
pub const WIDGET_GADGET_COLOR_ALLOWED_VALUES: Rule = Rule {
    id: "widget-gadget-color-allowed-values",
    severity: Severity::Error,
    source: "doc#color",
    link: "https://example.com/thing.html#color",
    type_name: "Gadget",
    message: "{value} is not one of the values {property} allows: {allowed}",
};
/// `widget-gadget-name-required` (Error): `{property}` is required, and CloudFormation refuses a Gadget without it
///
/// Source: `doc#name`.
pub const WIDGET_GADGET_NAME_REQUIRED: Rule = Rule {
    id: "widget-gadget-name-required",
    severity: Severity::Error,
    source: "doc#name",
    link: "https://example.com/thing.html#name",
    type_name: "Gadget",
    message: "{property} is required, and CloudFormation refuses a Gadget without it",
};
/// `widget-gadget-name-minimum-length` (Error): `{value}` is shorter than the minimum length of `{property}`, `{allowed}` characters
///
/// Source: `doc#name`.
pub const WIDGET_GADGET_NAME_MINIMUM_LENGTH: Rule = Rule {
    id: "widget-gadget-name-minimum-length",
    severity: Severity::Error,
    source: "doc#name",
    link: "https://example.com/thing.html#name",
    type_name: "Gadget",
    message: "{value} is shorter than the minimum length of {property}, {allowed} characters",
};
/// `widget-gadget-name-maximum-length` (Error): `{value}` is longer than the maximum length of `{property}`, `{allowed}` characters
///
/// Source: `doc#name`.
pub const WIDGET_GADGET_NAME_MAXIMUM_LENGTH: Rule = Rule {
    id: "widget-gadget-name-maximum-length",
    severity: Severity::Error,
    source: "doc#name",
    link: "https://example.com/thing.html#name",
    type_name: "Gadget",
    message: "{value} is longer than the maximum length of {property}, {allowed} characters",
};
/// `widget-gadget-name-pattern` (Error): `{value}` does not match the pattern of `{property}`: `{allowed}`
///
/// Source: `doc#name`.
pub const WIDGET_GADGET_NAME_PATTERN: Rule = Rule {
    id: "widget-gadget-name-pattern",
    severity: Severity::Error,
    source: "doc#name",
    link: "https://example.com/thing.html#name",
    type_name: "Gadget",
    message: "{value} does not match the pattern of {property}: {allowed}",
};
/// `widget-gadget-slug-pattern` (Error): `{value}` does not match the pattern of `{property}`: `{allowed}`
///
/// Source: `doc#slug`.
pub const WIDGET_GADGET_SLUG_PATTERN: Rule = Rule {
    id: "widget-gadget-slug-pattern",
    severity: Severity::Error,
    source: "doc#slug",
    link: "https://example.com/thing.html#slug",
    type_name: "Gadget",
    message: "{value} does not match the pattern of {property}: {allowed}",
};
/// `widget-gadget-tags-maximum-items` (Error): `{property}` has more items than its maximum, `{allowed}`
///
/// Source: `doc#tags`.
pub const WIDGET_GADGET_TAGS_MAXIMUM_ITEMS: Rule = Rule {
    id: "widget-gadget-tags-maximum-items",
    severity: Severity::Error,
    source: "doc#tags",
    link: "https://example.com/thing.html#tags",
    type_name: "Gadget",
    message: "{property} has more items than its maximum, {allowed}",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    WIDGET_GADGET_COLOR_ALLOWED_VALUES,
    WIDGET_GADGET_NAME_REQUIRED,
    WIDGET_GADGET_NAME_MINIMUM_LENGTH,
    WIDGET_GADGET_NAME_MAXIMUM_LENGTH,
    WIDGET_GADGET_NAME_PATTERN,
    WIDGET_GADGET_SLUG_PATTERN,
    WIDGET_GADGET_TAGS_MAXIMUM_ITEMS,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
