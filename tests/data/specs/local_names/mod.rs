// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from `tests/data/specs/local_names.json`.
mod context;
mod level;
pub mod formats;
pub mod references;
pub mod resources;
pub mod rules;
pub mod tagged;
pub use context::CheckContext;
pub use level::Level;
pub use formats::FORMATS;
pub use resources::RESOURCE_TYPES;
pub use rules::RULES;
