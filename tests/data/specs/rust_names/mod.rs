// @generated from tests/data/specs/rust_names.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Names` property types.
mod context;
mod outcome;
pub mod formats;
pub mod references;
pub mod rules;
mod thing;
pub use context::CheckContext;
pub use outcome::Outcome;
pub use formats::FORMATS;
pub use rules::RULES;
pub use thing::{Thing, ThingBuilder};
