// @generated from tests/data/specs/enum.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from `tests/data/specs/enum.json`.
mod context;
mod color;
mod ec2_tag_filter_type;
pub mod formats;
pub mod references;
pub mod resources;
pub mod rules;
pub mod widget;
pub use context::CheckContext;
pub use color::Color;
pub use ec2_tag_filter_type::EC2TagFilterType;
pub use formats::FORMATS;
pub use resources::RESOURCE_TYPES;
pub use rules::RULES;
