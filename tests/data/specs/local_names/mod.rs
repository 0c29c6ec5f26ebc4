// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Tagged` property types.
mod context;
mod level;
pub mod formats;
pub mod references;
pub mod rules;
mod tag;
mod typed;
pub use context::CheckContext;
pub use level::Level;
pub use formats::FORMATS;
pub use rules::RULES;
pub use tag::{Tag, TagBuilder};
pub use typed::{Typed, TypedBuilder};
