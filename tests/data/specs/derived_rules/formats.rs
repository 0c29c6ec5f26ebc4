// @generated from tests/data/specs/derived_rules.json by `cargo xtask regen`. Do not edit by hand.

//! The named value forms of the spec: regular expressions a whole value must match.
use cfn_apigateway_runtime::{Format, Serialized};
/// `widget-gadget-name-pattern`: a text matching `^[^\s/]*$`.
///
/// The whole value matches:
///
/// ```text
/// (?s:.*)(?:^[^\s/]*$)(?s:.*)
/// ```
///
/// Source: `doc#name`.
pub static WIDGET_GADGET_NAME_PATTERN: Format = Format::new(
    "widget-gadget-name-pattern",
    "a text matching `^[^\\s/]*$`",
    "(?s:.*)(?:^[^\\s/]*$)(?s:.*)",
    &const { Serialized::new(*include_bytes!("formats/widget-gadget-name-pattern.dfa")) },
);
/// `widget-gadget-slug-pattern`: a text matching `[a-z]`.
///
/// The whole value matches:
///
/// ```text
/// (?s:.*)(?:[a-z])(?s:.*)
/// ```
///
/// Source: `doc#slug`.
pub static WIDGET_GADGET_SLUG_PATTERN: Format = Format::new(
    "widget-gadget-slug-pattern",
    "a text matching `[a-z]`",
    "(?s:.*)(?:[a-z])(?s:.*)",
    &const { Serialized::new(*include_bytes!("formats/widget-gadget-slug-pattern.dfa")) },
);
/// Every named form of the spec, in name order.
pub static FORMATS: [&Format; 2] = [
    &WIDGET_GADGET_NAME_PATTERN,
    &WIDGET_GADGET_SLUG_PATTERN,
];
