// @generated from tests/data/specs/json_only.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Widget.Policy`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::AnyJson;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// A policy.
///
/// CloudFormation property type `AWS::Fixture::Widget.Policy`. Build one with [`Policy::builder`], or load and check one with
/// [`Policy::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `doc#gadget`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Policy {
    /// The policy document.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#document`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#document)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<serde_json::Value>,
    /// Tags, as JSON.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#tags`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<serde_json::Value>,
}
/// The CloudFormation names of the properties of `Policy`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["Document", "Tags"];
impl Policy {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Widget.Policy";
    /// A builder; `build()` checks the result.
    pub fn builder() -> PolicyBuilder {
        PolicyBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Policy object or an `Fn::If` choosing between such objects.
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
impl FromJson for Policy {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [document, tags] = value::take_properties(
            json,
            "a Policy object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            document: value::optional(document, "Document")?,
            tags: value::optional(tags, "Tags")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Policy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Policy`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<serde_json::Value>,
}
impl PolicyBuilder {
    /// Sets `Document`.
    ///
    /// The policy document.
    pub fn document(mut self, input: impl Into<serde_json::Value>) -> Self {
        self.document = Some(input.into());
        self
    }
    /// Sets `Document`, or clears it with `None`.
    ///
    /// The policy document.
    pub fn set_document(mut self, input: Option<serde_json::Value>) -> Self {
        self.document = input;
        self
    }
    /// Sets `Tags`.
    ///
    /// Tags, as JSON.
    pub fn tags(mut self, input: impl Into<serde_json::Value>) -> Self {
        self.tags = Some(input.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// Tags, as JSON.
    pub fn set_tags(mut self, input: Option<serde_json::Value>) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Policy, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Policy, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Policy {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Widget.Policy` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Policy object",
            &|c, object| {
                let [document, tags] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(document, "Document", context, AnyJson);
                c.property(tags, "Tags", context, AnyJson);
            },
        );
    }
}
