// @generated from tests/data/specs/enum.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `thing-color-allowed-values` (Error): `{value}` is not a color; allowed: `{allowed}`
///
/// Source: `doc#p`.
pub const THING_COLOR_ALLOWED_VALUES: Rule = Rule {
    id: "thing-color-allowed-values",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is not a color; allowed: {allowed}",
};
/// `widget-thing-filter-type-allowed-values` (Error): `{value}` is not one of the values `{property}` allows: `{allowed}`
///
/// Source: `doc#filter`.
pub const WIDGET_THING_FILTER_TYPE_ALLOWED_VALUES: Rule = Rule {
    id: "widget-thing-filter-type-allowed-values",
    severity: Severity::Error,
    source: "doc#filter",
    link: "https://example.com/thing.html#filter",
    type_name: "Thing",
    message: "{value} is not one of the values {property} allows: {allowed}",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    THING_COLOR_ALLOWED_VALUES,
    WIDGET_THING_FILTER_TYPE_ALLOWED_VALUES,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
