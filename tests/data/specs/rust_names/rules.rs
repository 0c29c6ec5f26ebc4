// @generated from tests/data/specs/rust_names.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `names-serde-level-allowed-values` (Error): `{value}` is not one of the values `{property}` allows: `{allowed}`
///
/// Source: `doc#level`.
pub const NAMES_SERDE_LEVEL_ALLOWED_VALUES: Rule = Rule {
    id: "names-serde-level-allowed-values",
    severity: Severity::Error,
    source: "doc#level",
    link: "https://example.com/thing.html#level",
    type_name: "Serde",
    message: "{value} is not one of the values {property} allows: {allowed}",
};
/// `thing-outcome-allowed-values` (Error): `{value}` is not one of `{allowed}`
///
/// Source: `doc#p`.
pub const THING_OUTCOME_ALLOWED_VALUES: Rule = Rule {
    id: "thing-outcome-allowed-values",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is not one of {allowed}",
};
/// `thing-match-required-for-async` (Warning): Match is advised when Async is yes
///
/// Source: `doc#p`.
pub const THING_MATCH_REQUIRED_FOR_ASYNC: Rule = Rule {
    id: "thing-match-required-for-async",
    severity: Severity::Warning,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "Match is advised when Async is yes",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    NAMES_SERDE_LEVEL_ALLOWED_VALUES,
    THING_OUTCOME_ALLOWED_VALUES,
    THING_MATCH_REQUIRED_FOR_ASYNC,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
