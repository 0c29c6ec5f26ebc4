// @generated from tests/data/specs/primitives_and_keywords.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from `tests/data/specs/primitives_and_keywords.json`.
mod context;
pub mod formats;
pub mod references;
pub mod resources;
pub mod rules;
pub mod widget;
pub use context::CheckContext;
pub use formats::FORMATS;
pub use resources::RESOURCE_TYPES;
pub use rules::RULES;
