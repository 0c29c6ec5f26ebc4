// @generated from tests/data/specs/derived_rules.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `gadget-color-allowed-values` (Error): `{value}` is not one of the values `{property}` allows: `{allowed}`
///
/// Source: `doc#color`.
pub const GADGET_COLOR_ALLOWED_VALUES: Rule = Rule {
    id: "gadget-color-allowed-values",
    severity: Severity::Error,
    source: "doc#color",
    link: "https://example.com/thing.html#color",
    type_name: "Gadget",
    message: "{value} is not one of the values {property} allows: {allowed}",
};
/// `gadget-name-required` (Error): `{property}` is required, and CloudFormation refuses a Gadget without it
///
/// Source: `doc#name`.
pub const GADGET_NAME_REQUIRED: Rule = Rule {
    id: "gadget-name-required",
    severity: Severity::Error,
    source: "doc#name",
    link: "https://example.com/thing.html#name",
    type_name: "Gadget",
    message: "{property} is required, and CloudFormation refuses a Gadget without it",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    GADGET_COLOR_ALLOWED_VALUES,
    GADGET_NAME_REQUIRED,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
