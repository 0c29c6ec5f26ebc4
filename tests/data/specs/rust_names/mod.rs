// @generated from tests/data/specs/rust_names.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from `tests/data/specs/rust_names.json`.
mod context;
mod outcome;
mod std_values;
pub mod formats;
pub mod references;
pub mod resources;
pub mod rules;
pub mod names;
pub use context::CheckContext;
pub use outcome::Outcome;
pub use std_values::Std;
pub use formats::FORMATS;
pub use resources::RESOURCE_TYPES;
pub use rules::RULES;
