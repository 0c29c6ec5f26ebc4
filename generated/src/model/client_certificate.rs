// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::ClientCertificate`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{AnyJson, List, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::CheckContext;
/// The `AWS::ApiGateway::ClientCertificate` resource creates a client certificate that API Gateway uses to configure client-side SSL authentication for sending requests to the integration endpoint.
///
/// CloudFormation resource type `AWS::ApiGateway::ClientCertificate` (its `Properties`). Build one with [`ClientCertificate::builder`], or load and check one with
/// [`ClientCertificate::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-clientcertificate#aws-resource-apigateway-clientcertificate`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-clientcertificate.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ClientCertificate {
    /// A description of the client certificate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-clientcertificate#cfn-apigateway-clientcertificate-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-clientcertificate.html#cfn-apigateway-clientcertificate-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// An array of arbitrary tags (key-value pairs) to associate with the client certificate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-clientcertificate#cfn-apigateway-clientcertificate-tags`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-clientcertificate.html#cfn-apigateway-clientcertificate-tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<serde_json::Value>>>,
}
/// The CloudFormation names of the properties of `ClientCertificate`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["Description", "Tags"];
impl ClientCertificate {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::ClientCertificate";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> ClientCertificateBuilder {
        ClientCertificateBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a ClientCertificate object or an `Fn::If` choosing between such objects.
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
impl FromJson for ClientCertificate {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [description, tags] = value::take_properties(
            json,
            "a ClientCertificate object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            description: value::optional(description, "Description")?,
            tags: value::optional(tags, "Tags")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for ClientCertificate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`ClientCertificate`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ClientCertificateBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<serde_json::Value>>>,
}
impl ClientCertificateBuilder {
    /// Sets `Description`.
    ///
    /// A description of the client certificate.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description of the client certificate.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the client certificate.
    pub fn tags(mut self, item: impl Into<serde_json::Value>) -> Self {
        value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the client certificate.
    pub fn set_tags(mut self, input: Option<Value<Vec<serde_json::Value>>>) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<ClientCertificate, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(
        self,
        context: &CheckContext,
    ) -> Result<ClientCertificate, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for ClientCertificate {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::ClientCertificate` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a ClientCertificate object",
            &|c, object| {
                let [description, tags] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(description, "Description", context, Text);
                c.property(tags, "Tags", context, List(AnyJson));
            },
        );
    }
}
