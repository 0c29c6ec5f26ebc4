// @generated from tests/data/specs/resource_with_seams.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from the spec of `AWS::Fixture::Widget` property types.
mod context;
mod mode;
pub mod formats;
pub mod references;
pub mod rules;
mod widget;
mod gadget;
mod output;
pub use context::CheckContext;
pub use mode::Mode;
pub use formats::FORMATS;
pub use rules::RULES;
pub use widget::{Widget, WidgetBuilder};
pub use gadget::{Gadget, GadgetBuilder};
pub use output::{Output, OutputBuilder};
