// @generated from tests/data/specs/conditional_requirement.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Widget` property types.
mod context;
mod mode;
pub mod formats;
pub mod references;
pub mod rules;
mod thing;
pub use context::CheckContext;
pub use mode::Mode;
pub use formats::FORMATS;
pub use rules::RULES;
pub use thing::{Thing, ThingBuilder};
