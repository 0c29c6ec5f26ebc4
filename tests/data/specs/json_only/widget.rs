// @generated from tests/data/specs/json_only.json by `cargo xtask regen`. Do not edit by hand.

//! The property types of `AWS::Fixture::Widget` (the spec does not describe the resource type itself).
mod policy;
pub use policy::{Policy, PolicyBuilder};
