// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.NotStatement`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Object;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::rules::WIDGET_NOT_STATEMENT_STATEMENT_REQUIRED;
use super::super::CheckContext;
use super::Statement;
/// The negation of a statement.
///
/// CloudFormation property type `AWS::Fixture::Widget.NotStatement`. Build one with [`NotStatement::builder`], or load and check one with
/// [`NotStatement::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#notstatement`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct NotStatement {
    /// The statement negated.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `widget-not-statement-statement-required`
    /// - Source: `doc#statement`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#statement)
    pub statement: Box<Value<Statement>>,
}
/// The CloudFormation names of the properties of `NotStatement`, sorted.
const PROPERTY_NAMES: [&str; 1] = ["Statement"];
impl NotStatement {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.NotStatement";
    /// A builder; `build()` checks the result.
    pub fn builder() -> NotStatementBuilder {
        NotStatementBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a NotStatement object or an `Fn::If` choosing between such objects.
    pub fn check(value: &serde_json::Value) -> Report {
        Self::check_with(value, &CheckContext::default())
    }
    /// [`Self::check`], with facts about the enclosing resource that some rules need.
    pub fn check_with(value: &serde_json::Value, context: &CheckContext) -> Report {
        cfn_apigateway_runtime::check::<Self>(value, context)
    }
    /// Checks and loads JSON: `Err` carries the whole report (warnings too) when it
    /// holds at least one error.
    pub fn from_value(value: &serde_json::Value) -> Result<Self, Report> {
        Self::from_value_with(value, &CheckContext::default())
    }
    /// [`Self::from_value`], with facts about the enclosing resource.
    pub fn from_value_with(
        value: &serde_json::Value,
        context: &CheckContext,
    ) -> Result<Self, Report> {
        cfn_apigateway_runtime::from_value(value, context)
    }
    /// Checks a value built or changed in code, by the same rules as [`Self::check`].
    pub fn validate(&self) -> Report {
        self.validate_with(&CheckContext::default())
    }
    /// [`Self::validate`], with facts about the enclosing resource.
    pub fn validate_with(&self, context: &CheckContext) -> Report {
        cfn_apigateway_runtime::validate(self, context)
    }
    /// The JSON CloudFormation reads: absent properties are omitted, intrinsic
    /// functions and converted literals are written as they were read.
    pub fn to_json(&self) -> serde_json::Value {
        cfn_apigateway_runtime::to_json(self)
    }
}
impl FromJson for NotStatement {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [statement] = value::take_properties(
            json,
            "a NotStatement object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            statement: Box::new(value::required(statement, "Statement")?),
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for NotStatement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`NotStatement`].
///
/// `build()` needs `statement` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct NotStatementBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    statement: Option<Box<Value<Statement>>>,
}
impl NotStatementBuilder {
    /// Sets `Statement`.
    ///
    /// The statement negated.
    pub fn statement(mut self, input: impl Into<Value<Statement>>) -> Self {
        self.statement = Some(Box::new(input.into()));
        self
    }
    /// Sets `Statement`, or clears it with `None`.
    ///
    /// The statement negated.
    pub fn set_statement(mut self, input: Option<Value<Statement>>) -> Self {
        self.statement = input.map(Box::new);
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<NotStatement, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<NotStatement, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for NotStatement {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.NotStatement` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a NotStatement object",
            &|c, object| {
                let [statement] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(statement, "Statement", context, Object::<Statement>::SHAPE);
                c.require_present(
                    statement,
                    "Statement",
                    &WIDGET_NOT_STATEMENT_STATEMENT_REQUIRED,
                );
            },
        );
    }
}
