// @generated from tests/data/specs/conditional_requirement.json by `cargo xtask regen`. Do not edit by hand.

//! The validation context.
/// Facts about the enclosing objects of a `AWS::Fixture::Widget` that validation may use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckContext {}
impl CheckContext {
    /// An empty context: the rules that need a fact are skipped.
    pub fn new() -> Self {
        Self::default()
    }
}
