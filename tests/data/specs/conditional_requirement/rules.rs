// @generated from tests/data/specs/conditional_requirement.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `thing-mode-allowed-values` (Error): `{value}` is not a mode; allowed: `{allowed}`
///
/// Source: `doc#p`.
pub const THING_MODE_ALLOWED_VALUES: Rule = Rule {
    id: "thing-mode-allowed-values",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is not a mode; allowed: {allowed}",
};
/// `thing-endpoint-required` (Error): Endpoint is required when Mode is REMOTE
///
/// Source: `doc#p`.
pub const THING_ENDPOINT_REQUIRED: Rule = Rule {
    id: "thing-endpoint-required",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "Endpoint is required when Mode is REMOTE",
};
/// `thing-endpoint-unused` (Warning): Endpoint is ignored unless Mode is REMOTE
///
/// Source: `doc#p`.
pub const THING_ENDPOINT_UNUSED: Rule = Rule {
    id: "thing-endpoint-unused",
    severity: Severity::Warning,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "Endpoint is ignored unless Mode is REMOTE",
};
/// `thing-endpoint-form` (Error): `{value}` is not an http(s) URL
///
/// Source: `doc#p`.
pub const THING_ENDPOINT_FORM: Rule = Rule {
    id: "thing-endpoint-form",
    severity: Severity::Error,
    source: "doc#p",
    link: "https://example.com/thing.html#p",
    type_name: "Thing",
    message: "{value} is not an http(s) URL",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    THING_MODE_ALLOWED_VALUES,
    THING_ENDPOINT_REQUIRED,
    THING_ENDPOINT_UNUSED,
    THING_ENDPOINT_FORM,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
