// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! The property types of `AWS::Fixture::Tagged` (the spec does not describe the resource type itself).
mod tag;
mod typed;
pub use tag::{Tag, TagBuilder};
pub use typed::{Typed, TypedBuilder};
