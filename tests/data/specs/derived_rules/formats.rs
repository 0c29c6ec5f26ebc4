// @generated from tests/data/specs/derived_rules.json by `cargo xtask regen`. Do not edit by hand.

//! The named value forms of the spec: regular expressions a whole value must match.
use cfn_apigateway_runtime::{Format, Serialized};
/// `widget-gadget-name-pattern`: a text matching `^[^\s/]*$`.
///
/// The whole value matches:
///
/// ```text
/// ^[^\s/]*$
/// ```
///
/// Source: `doc#name`.
pub static WIDGET_GADGET_NAME_PATTERN: Format = Format::new(
    "widget-gadget-name-pattern",
    "a text matching `^[^\\s/]*$`",
    "^[^\\s/]*$",
    &const { Serialized::new(*include_bytes!("formats/widget-gadget-name-pattern.dfa")) },
);
/// Every named form of the spec, in name order.
pub static FORMATS: [&Format; 1] = [&WIDGET_GADGET_NAME_PATTERN];
