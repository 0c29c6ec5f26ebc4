// @generated from tests/data/specs/range.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `thing-seconds-minimum` (Error): `{value}` is below `{allowed}`
///
/// Source: `doc#p`.
pub const THING_SECONDS_MINIMUM: Rule = Rule {
    id: "thing-seconds-minimum",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is below {allowed}",
};
/// `thing-seconds-maximum` (Warning): `{value}` is above `{allowed}`
///
/// Source: `doc#p`.
pub const THING_SECONDS_MAXIMUM: Rule = Rule {
    id: "thing-seconds-maximum",
    severity: Severity::Warning,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is above {allowed}",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    THING_SECONDS_MINIMUM,
    THING_SECONDS_MAXIMUM,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
