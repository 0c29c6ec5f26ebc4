// @generated from tests/data/specs/map.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `thing-headers-key` (Error): `{value}` is not a method response header
///
/// Source: `doc#p`.
pub const THING_HEADERS_KEY: Rule = Rule {
    id: "thing-headers-key",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is not a method response header",
};
/// `thing-headers-value` (Error): `{value}` is not a source; allowed: `{allowed}`
///
/// Source: `doc#p`.
pub const THING_HEADERS_VALUE: Rule = Rule {
    id: "thing-headers-value",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is not a source; allowed: {allowed}",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    THING_HEADERS_KEY,
    THING_HEADERS_VALUE,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
