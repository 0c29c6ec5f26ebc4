// @generated from tests/data/specs/renamed_types.json by `cargo xtask regen`. Do not edit by hand.

//! The property types of `AWS::Fixture::Widget` (the spec does not describe the resource type itself).
mod condition_property;
mod rule_property;
pub use condition_property::{ConditionProperty, ConditionPropertyBuilder};
pub use rule_property::{RuleProperty, RulePropertyBuilder};
