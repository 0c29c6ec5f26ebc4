// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Statement`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
use super::NotStatement;
/// A statement: one test, or the negation of a statement.
///
/// CloudFormation property type `AWS::Fixture::Widget.Statement`. Build one with [`Statement::builder`], or load and check one with
/// [`Statement::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#statement`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Statement {
    /// The text to find.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#bytematch`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#bytematch)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byte_match: Option<Value<String>>,
    /// A statement to negate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#notstatement`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#notstatement)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_statement: Option<Box<Value<NotStatement>>>,
}
/// The CloudFormation names of the properties of `Statement`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["ByteMatch", "NotStatement"];
impl Statement {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Statement";
    /// A builder; `build()` checks the result.
    pub fn builder() -> StatementBuilder {
        StatementBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Statement object or an `Fn::If` choosing between such objects.
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
impl FromJson for Statement {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [byte_match, not_statement] = value::take_properties(
            json,
            "a Statement object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            byte_match: value::optional(byte_match, "ByteMatch")?,
            not_statement: value::optional(not_statement, "NotStatement")?.map(Box::new),
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Statement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Statement`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StatementBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_match: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    not_statement: Option<Box<Value<NotStatement>>>,
}
impl StatementBuilder {
    /// Sets `ByteMatch`.
    ///
    /// The text to find.
    pub fn byte_match(mut self, input: impl Into<Value<String>>) -> Self {
        self.byte_match = Some(input.into());
        self
    }
    /// Sets `ByteMatch`, or clears it with `None`.
    ///
    /// The text to find.
    pub fn set_byte_match(mut self, input: Option<Value<String>>) -> Self {
        self.byte_match = input;
        self
    }
    /// Sets `NotStatement`.
    ///
    /// A statement to negate.
    pub fn not_statement(mut self, input: impl Into<Value<NotStatement>>) -> Self {
        self.not_statement = Some(Box::new(input.into()));
        self
    }
    /// Sets `NotStatement`, or clears it with `None`.
    ///
    /// A statement to negate.
    pub fn set_not_statement(mut self, input: Option<Value<NotStatement>>) -> Self {
        self.not_statement = input.map(Box::new);
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Statement, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Statement, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Statement {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.Statement` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Statement object",
            &|c, object| {
                let [byte_match, not_statement] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(byte_match, "ByteMatch", context, Text);
                c.property(
                    not_statement,
                    "NotStatement",
                    context,
                    Object::<NotStatement>::SHAPE,
                );
            },
        );
    }
}
