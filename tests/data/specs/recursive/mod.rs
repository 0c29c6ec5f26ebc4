// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Widget` property types.
mod context;
pub mod formats;
pub mod references;
pub mod rules;
mod configuration;
pub use context::CheckContext;
pub use formats::FORMATS;
pub use rules::RULES;
pub use configuration::{Configuration, ConfigurationBuilder};
