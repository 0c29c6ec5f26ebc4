// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Tagged` property types.
mod context;
pub mod rules;
mod tag;
pub use context::CheckContext;
pub use rules::RULES;
pub use tag::{Tag, TagBuilder};
