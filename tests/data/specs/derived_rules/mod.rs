// @generated from tests/data/specs/derived_rules.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from `tests/data/specs/derived_rules.json`.
mod context;
mod gadget_color;
pub mod formats;
pub mod references;
pub mod resources;
pub mod rules;
pub mod widget;
pub use context::CheckContext;
pub use gadget_color::GadgetColor;
pub use formats::FORMATS;
pub use resources::RESOURCE_TYPES;
pub use rules::RULES;
