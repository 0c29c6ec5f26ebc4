// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Widget` property types.
mod context;
pub mod formats;
pub mod references;
pub mod rules;
mod part;
mod thing;
pub use context::CheckContext;
pub use formats::FORMATS;
pub use rules::RULES;
pub use part::{Part, PartBuilder};
pub use thing::{Thing, ThingBuilder};
