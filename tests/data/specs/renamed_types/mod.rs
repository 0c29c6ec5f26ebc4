// @generated from tests/data/specs/renamed_types.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Widget` property types.
mod context;
pub mod formats;
pub mod references;
pub mod rules;
mod condition_property;
mod rule_property;
pub use context::CheckContext;
pub use formats::FORMATS;
pub use rules::RULES;
pub use condition_property::{ConditionProperty, ConditionPropertyBuilder};
pub use rule_property::{RuleProperty, RulePropertyBuilder};
