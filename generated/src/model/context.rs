// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The validation context.
use std::collections::{BTreeMap, BTreeSet};
use super::IntegrationType;
/// Facts some rules read about the objects that enclose the one checked: an enclosing type takes them from its properties, or a caller gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckContext {
    /// The `Type` of the enclosing Integration.
    ///
    /// `AWS::ApiGateway::Method.Integration` takes it from its `Type` when it checks the types within it; `None` (the default) elsewhere skips the rules that need it. Source: `integration#cfn-apigateway-method-integration-type`.
    pub integration_type: Option<IntegrationType>,
    /// The keys of the enclosing Method's `RequestParameters` (`method.request.LOCATION.NAME`).
    ///
    /// `AWS::ApiGateway::Method` takes it from its `RequestParameters` when it checks the types within it; `None` (the default) elsewhere skips the rules that need it. Source: `method#cfn-apigateway-method-requestparameters`.
    pub method_request_parameters: Option<BTreeSet<String>>,
    /// For each `StatusCode` of the enclosing Method's `MethodResponses`, the keys of its `ResponseParameters` (`method.response.header.NAME`).
    ///
    /// `AWS::ApiGateway::Method` takes it from its `MethodResponses` when it checks the types within it; `None` (the default) elsewhere skips the rules that need it. Source: `method-response#cfn-apigateway-method-methodresponse-responseparameters`.
    pub method_response_parameters: Option<BTreeMap<String, BTreeSet<String>>>,
}
impl CheckContext {
    /// An empty context: the rules that need a fact are skipped.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `integration_type`: The `Type` of the enclosing Integration.
    pub fn with_integration_type(mut self, value: impl Into<IntegrationType>) -> Self {
        self.integration_type = Some(value.into());
        self
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
    /// Sets `method_response_parameters`: For each `StatusCode` of the enclosing Method's `MethodResponses`, the keys of its `ResponseParameters` (`method.response.header.NAME`).
    pub fn with_method_response_parameters<I, K, V, S>(mut self, sets: I) -> Self
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
        self.method_response_parameters = Some(facts);
        self
    }
}
