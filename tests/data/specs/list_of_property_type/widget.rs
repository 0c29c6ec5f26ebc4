// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! The property types of `AWS::Fixture::Widget` (the spec does not describe the resource type itself).
mod part;
mod thing;
pub use part::{Part, PartBuilder};
pub use thing::{Thing, ThingBuilder};
