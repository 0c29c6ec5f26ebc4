// @generated from tests/data/specs/primitives_and_keywords.json by `cargo xtask regen`. Do not edit by hand.

//! The validation context.
use std::collections::BTreeSet;
/// Facts some rules read about the objects that enclose the one checked: an enclosing type takes them from its properties, or a caller gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckContext {
    /// Names declared by the enclosing resource.
    ///
    /// `None` (the default) skips the rules that need it. Source: `doc#p`.
    pub declared: Option<BTreeSet<String>>,
}
impl CheckContext {
    /// An empty context: the rules that need a fact are skipped.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `declared`: Names declared by the enclosing resource.
    pub fn with_declared<I, S>(mut self, values: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.declared = Some(values.into_iter().map(Into::into).collect());
        self
    }
}
