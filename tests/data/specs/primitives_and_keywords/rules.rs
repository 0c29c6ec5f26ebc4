// @generated from tests/data/specs/primitives_and_keywords.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `thing-type-required` (Error): Type is required
///
/// Source: `doc#p`.
pub const THING_TYPE_REQUIRED: Rule = Rule {
    id: "thing-type-required",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "Type is required",
};
/// `thing-unknown-property` (Error): `{property}` is not a property of Thing; allowed: `{allowed}`
///
/// Source: `doc#p`.
pub const THING_UNKNOWN_PROPERTY: Rule = Rule {
    id: "thing-unknown-property",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{property} is not a property of Thing; allowed: {allowed}",
};
/// `thing-keys-declared` (Error): `{value}` is not declared; declared: `{allowed}`
///
/// Source: `doc#p`.
pub const THING_KEYS_DECLARED: Rule = Rule {
    id: "thing-keys-declared",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is not declared; declared: {allowed}",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    THING_TYPE_REQUIRED,
    THING_UNKNOWN_PROPERTY,
    THING_KEYS_DECLARED,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
