// @generated from tests/data/specs/range.json by `cargo xtask regen`. Do not edit by hand.

//! The validation context.
/// Facts some rules read about the objects that enclose the one checked: an enclosing type takes them from its properties, or a caller gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckContext {}
impl CheckContext {
    /// An empty context: the rules that need a fact are skipped.
    pub fn new() -> Self {
        Self::default()
    }
}
