// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::DocumentationVersion`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{
    DOCUMENTATION_VERSION_DOCUMENTATION_VERSION_REQUIRED,
    DOCUMENTATION_VERSION_REST_API_ID_REQUIRED,
};
use super::CheckContext;
/// The `AWS::ApiGateway::DocumentationVersion` resource creates a snapshot of the documentation for an API. For more information, see [Representation of API Documentation in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-documenting-api-content-representation.html) in the *API Gateway Developer Guide*.
///
/// CloudFormation resource type `AWS::ApiGateway::DocumentationVersion` (its `Properties`). Build one with [`DocumentationVersion::builder`], or load and check one with
/// [`DocumentationVersion::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-documentationversion#aws-resource-apigateway-documentationversion`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationversion.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DocumentationVersion {
    /// The description of the API documentation snapshot.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-documentationversion#cfn-apigateway-documentationversion-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationversion.html#cfn-apigateway-documentationversion-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// The version identifier of the API documentation snapshot.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `documentation-version-documentation-version-required`
    /// - Source: `aws-resource-apigateway-documentationversion#cfn-apigateway-documentationversion-documentationversion`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationversion.html#cfn-apigateway-documentationversion-documentationversion)
    pub documentation_version: Value<String>,
    /// The identifier of the API.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `documentation-version-rest-api-id-required`
    /// - Source: `aws-resource-apigateway-documentationversion#cfn-apigateway-documentationversion-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationversion.html#cfn-apigateway-documentationversion-restapiid)
    pub rest_api_id: Value<String>,
}
/// The CloudFormation names of the properties of `DocumentationVersion`, sorted.
const PROPERTY_NAMES: [&str; 3] = ["Description", "DocumentationVersion", "RestApiId"];
impl DocumentationVersion {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::DocumentationVersion";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> DocumentationVersionBuilder {
        DocumentationVersionBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a DocumentationVersion object or an `Fn::If` choosing between such objects.
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
impl FromJson for DocumentationVersion {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [description, documentation_version, rest_api_id] = value::take_properties(
            json,
            "a DocumentationVersion object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            description: value::optional(description, "Description")?,
            documentation_version: value::required(
                documentation_version,
                "DocumentationVersion",
            )?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for DocumentationVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`DocumentationVersion`].
///
/// `build()` needs `documentation_version`, `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentationVersionBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    documentation_version: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
}
impl DocumentationVersionBuilder {
    /// Sets `Description`.
    ///
    /// The description of the API documentation snapshot.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// The description of the API documentation snapshot.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `DocumentationVersion`.
    ///
    /// The version identifier of the API documentation snapshot.
    pub fn documentation_version(mut self, input: impl Into<Value<String>>) -> Self {
        self.documentation_version = Some(input.into());
        self
    }
    /// Sets `DocumentationVersion`, or clears it with `None`.
    ///
    /// The version identifier of the API documentation snapshot.
    pub fn set_documentation_version(mut self, input: Option<Value<String>>) -> Self {
        self.documentation_version = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The identifier of the API.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The identifier of the API.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<DocumentationVersion, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(
        self,
        context: &CheckContext,
    ) -> Result<DocumentationVersion, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for DocumentationVersion {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::DocumentationVersion` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a DocumentationVersion object",
            &|c, object| {
                let [description, documentation_version, rest_api_id] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(description, "Description", context, Text);
                c.property(documentation_version, "DocumentationVersion", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.require_present(
                    documentation_version,
                    "DocumentationVersion",
                    &DOCUMENTATION_VERSION_DOCUMENTATION_VERSION_REQUIRED,
                );
                c.require_present(
                    rest_api_id,
                    "RestApiId",
                    &DOCUMENTATION_VERSION_REST_API_ID_REQUIRED,
                );
            },
        );
    }
}
