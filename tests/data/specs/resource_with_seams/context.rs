// @generated from tests/data/specs/resource_with_seams.json by `cargo xtask regen`. Do not edit by hand.

//! The validation context.
use std::collections::{BTreeMap, BTreeSet};
use super::Mode;
/// Facts some rules read about the objects that enclose the one checked: an enclosing type takes them from its properties, or a caller gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckContext {
    /// The keys of the enclosing Widget's Slots.
    ///
    /// `AWS::Fixture::Widget` takes it from its `Slots` when it checks the types within it; `None` (the default) elsewhere skips the rules that need it. Source: `doc#slots`.
    pub declared_slots: Option<BTreeSet<String>>,
    /// For each Code of the enclosing Widget's Outputs, the keys of its Labels.
    ///
    /// `AWS::Fixture::Widget` takes it from its `Outputs` when it checks the types within it; `None` (the default) elsewhere skips the rules that need it. Source: `doc#outputs`.
    pub labels_by_code: Option<BTreeMap<String, BTreeSet<String>>>,
    /// The Mode of the enclosing Widget.
    ///
    /// `AWS::Fixture::Widget` takes it from its `Mode` when it checks the types within it; `None` (the default) elsewhere skips the rules that need it. Source: `doc#mode`.
    pub widget_mode: Option<Mode>,
}
impl CheckContext {
    /// An empty context: the rules that need a fact are skipped.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `declared_slots`: The keys of the enclosing Widget's Slots.
    pub fn with_declared_slots<I, S>(mut self, values: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.declared_slots = Some(values.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `labels_by_code`: For each Code of the enclosing Widget's Outputs, the keys of its Labels.
    pub fn with_labels_by_code<I, K, V, S>(mut self, sets: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut facts: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (key, values) in sets {
            facts
                .entry(key.into())
                .or_default()
                .extend(values.into_iter().map(Into::into));
        }
        self.labels_by_code = Some(facts);
        self
    }
    /// Sets `widget_mode`: The Mode of the enclosing Widget.
    pub fn with_widget_mode(mut self, value: impl Into<Mode>) -> Self {
        self.widget_mode = Some(value.into());
        self
    }
}
