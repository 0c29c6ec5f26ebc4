// @generated from tests/data/specs/rust_names.json by `cargo xtask regen`. Do not edit by hand.

//! The property types of `AWS::Fixture::Names` (the spec does not describe the resource type itself).
mod serde_property;
mod thing;
pub use serde_property::{Serde, SerdeBuilder};
pub use thing::{Thing, ThingBuilder};
