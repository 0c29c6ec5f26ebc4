// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `part-name-required` (Error): Name is required
///
/// Source: `doc#p`.
pub const PART_NAME_REQUIRED: Rule = Rule {
    id: "part-name-required",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Part",
    message: "Name is required",
};
/// `thing-tags-unique` (Error): `{value}` is repeated
///
/// Source: `doc#p`.
pub const THING_TAGS_UNIQUE: Rule = Rule {
    id: "thing-tags-unique",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is repeated",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    PART_NAME_REQUIRED,
    THING_TAGS_UNIQUE,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
