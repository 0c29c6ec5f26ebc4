// @generated from tests/data/specs/derived_rules.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Widget` property types.
mod context;
mod gadget_color;
pub mod formats;
pub mod references;
pub mod rules;
mod gadget;
pub use context::CheckContext;
pub use gadget_color::GadgetColor;
pub use formats::FORMATS;
pub use rules::RULES;
pub use gadget::{Gadget, GadgetBuilder};
