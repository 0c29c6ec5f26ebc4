// @generated from tests/data/specs/resource_with_seams.json by `cargo xtask regen`. Do not edit by hand.

//! The rules of the spec, one constant each, and the catalog of all rules.
use cfn_apigateway_runtime::checker::{
    INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
};
use cfn_apigateway_runtime::{Rule, Severity};
/// `widget-mode-allowed-values` (Error): `{value}` is not a mode; allowed: `{allowed}`
///
/// Source: `doc#mode`.
pub const WIDGET_MODE_ALLOWED_VALUES: Rule = Rule {
    id: "widget-mode-allowed-values",
    severity: Severity::Error,
    source: "doc#mode",
    link: "https://example.com/widget.html#mode",
    type_name: "Widget",
    message: "{value} is not a mode; allowed: {allowed}",
};
/// `widget-outputs-code-unique` (Warning): `{value}` is the Code of an earlier output too
///
/// Source: `doc#outputs`.
pub const WIDGET_OUTPUTS_CODE_UNIQUE: Rule = Rule {
    id: "widget-outputs-code-unique",
    severity: Severity::Warning,
    source: "doc#outputs",
    link: "https://example.com/widget.html#outputs",
    type_name: "Widget",
    message: "{value} is the Code of an earlier output too",
};
/// `gadget-slots-declared` (Error): `{value}` is not a slot of the Widget (declared: `{allowed}`)
///
/// Source: `doc#slots`.
pub const GADGET_SLOTS_DECLARED: Rule = Rule {
    id: "gadget-slots-declared",
    severity: Severity::Error,
    source: "doc#slots",
    link: "https://example.com/widget.html#slots",
    type_name: "Gadget",
    message: "{value} is not a slot of the Widget (declared: {allowed})",
};
/// `gadget-labels-declared` (Error): `{value}` is not a label of the Widget's output with this Code (declared: `{allowed}`)
///
/// Source: `doc#labels`.
pub const GADGET_LABELS_DECLARED: Rule = Rule {
    id: "gadget-labels-declared",
    severity: Severity::Error,
    source: "doc#labels",
    link: "https://example.com/widget.html#labels",
    type_name: "Gadget",
    message: "{value} is not a label of the Widget's output with this Code (declared: {allowed})",
};
/// `gadget-code-has-output` (Warning): `{value}` is the Code of no output of a SLOW Widget (codes: `{allowed}`)
///
/// Source: `doc#outputs`.
pub const GADGET_CODE_HAS_OUTPUT: Rule = Rule {
    id: "gadget-code-has-output",
    severity: Severity::Warning,
    source: "doc#outputs",
    link: "https://example.com/widget.html#outputs",
    type_name: "Gadget",
    message: "{value} is the Code of no output of a SLOW Widget (codes: {allowed})",
};
/// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
/// `nesting-depth`, `literal-no-value`).
pub const RULES: &[Rule] = &[
    WIDGET_MODE_ALLOWED_VALUES,
    WIDGET_OUTPUTS_CODE_UNIQUE,
    GADGET_SLOTS_DECLARED,
    GADGET_LABELS_DECLARED,
    GADGET_CODE_HAS_OUTPUT,
    VALUE_TYPE,
    INTRINSIC_FUNCTION,
    NESTING_DEPTH,
    LITERAL_NO_VALUE,
];
