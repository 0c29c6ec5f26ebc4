// @generated from tests/data/specs/resource_with_seams.json by `cargo xtask regen`. Do not edit by hand.

//! The named value forms of the spec: regular expressions a whole value must match.
use cfn_apigateway_runtime::{Format, Serialized};
/// `slot-name`: slot.NAME.
///
/// The whole value matches:
///
/// ```text
/// slot\.[a-z]+
/// ```
///
/// Source: `doc#slots`.
pub static SLOT_NAME: Format = Format::new(
    "slot-name",
    "slot.NAME",
    "slot\\.[a-z]+",
    &const { Serialized::new(*include_bytes!("formats/slot-name.dfa")) },
);
/// Every named form of the spec, in name order.
pub static FORMATS: [&Format; 1] = [&SLOT_NAME];
