// @generated from tests/data/specs/json_only.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Widget` property types.
mod context;
pub mod formats;
pub mod references;
pub mod rules;
mod policy;
pub use context::CheckContext;
pub use formats::FORMATS;
pub use rules::RULES;
pub use policy::{Policy, PolicyBuilder};
