// @generated from tests/data/specs/map.json by `cargo xtask regen`. Do not edit by hand.

//! The property types of `AWS::Fixture::Widget` (the spec does not describe the resource type itself).
mod thing;
pub use thing::{Thing, ThingBuilder};
