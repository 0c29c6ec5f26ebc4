// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The validation context.
use std::collections::BTreeSet;
/// Facts about the enclosing `AWS::ApiGateway::Method` that validation may use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckContext {
    /// The keys of the enclosing Method's `RequestParameters` (`method.request.LOCATION.NAME`).
    ///
    /// `None` (the default) skips the rules that need it. Source: `method#cfn-apigateway-method-requestparameters`.
    pub method_request_parameters: Option<BTreeSet<String>>,
}
impl CheckContext {
    /// An empty context: the rules that need a fact are skipped.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `method_request_parameters`: The keys of the enclosing Method's `RequestParameters` (`method.request.LOCATION.NAME`).
    pub fn with_method_request_parameters<I, S>(mut self, values: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.method_request_parameters = Some(
            values.into_iter().map(Into::into).collect(),
        );
        self
    }
}
