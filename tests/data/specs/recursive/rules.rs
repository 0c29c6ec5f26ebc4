// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `widget-not-statement-statement-required` (Error): `{property}` is required, and CloudFormation refuses a NotStatement without it
///
/// Source: `doc#statement`.
pub const WIDGET_NOT_STATEMENT_STATEMENT_REQUIRED: Rule = Rule {
    id: "widget-not-statement-statement-required",
    severity: Severity::Error,
    source: "doc#statement",
    link: "https://example.com/thing.html#statement",
    type_name: "NotStatement",
    message: "{property} is required, and CloudFormation refuses a NotStatement without it",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    WIDGET_NOT_STATEMENT_STATEMENT_REQUIRED,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
