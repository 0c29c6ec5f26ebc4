// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::Rule;
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
