// @generated from tests/data/specs/list_of_property_type.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Widget` property types.
mod context;
mod part;
pub mod rules;
mod thing;
pub use context::CheckContext;
pub use part::{Part, PartBuilder};
pub use rules::RULES;
pub use thing::{Thing, ThingBuilder};
