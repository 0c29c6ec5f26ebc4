// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Resource`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{
    RESOURCE_PARENT_ID_REQUIRED, RESOURCE_PATH_PART_REQUIRED,
    RESOURCE_REST_API_ID_REQUIRED,
};
use super::CheckContext;
/// The `AWS::ApiGateway::Resource` resource creates a resource in an API.
///
/// CloudFormation resource type `AWS::ApiGateway::Resource` (its `Properties`). Build one with [`Resource::builder`], or load and check one with
/// [`Resource::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-resource#aws-resource-apigateway-resource`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Resource {
    /// If you want to create a child resource, the ID of the parent resource. For resources without a parent, specify the `RestApi` root resource ID, such as `{ "Fn::GetAtt": ["MyRestApi", "RootResourceId"] }`.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `resource-parent-id-required`
    /// - Source: `aws-resource-apigateway-resource#cfn-apigateway-resource-parentid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html#cfn-apigateway-resource-parentid)
    pub parent_id: Value<String>,
    /// A path name for the resource.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `resource-path-part-required`
    /// - Source: `aws-resource-apigateway-resource#cfn-apigateway-resource-pathpart`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html#cfn-apigateway-resource-pathpart)
    pub path_part: Value<String>,
    /// The ID of the [RestApi](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html) resource in which you want to create this resource.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `resource-rest-api-id-required`
    /// - Source: `aws-resource-apigateway-resource#cfn-apigateway-resource-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html#cfn-apigateway-resource-restapiid)
    pub rest_api_id: Value<String>,
}
/// The CloudFormation names of the properties of `Resource`, sorted.
const PROPERTY_NAMES: [&str; 3] = ["ParentId", "PathPart", "RestApiId"];
impl Resource {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Resource";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> ResourceBuilder {
        ResourceBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Resource object or an `Fn::If` choosing between such objects.
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
impl FromJson for Resource {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [parent_id, path_part, rest_api_id] = value::take_properties(
            json,
            "a Resource object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            parent_id: value::required(parent_id, "ParentId")?,
            path_part: value::required(path_part, "PathPart")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Resource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Resource`].
///
/// `build()` needs `parent_id`, `path_part`, `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    parent_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path_part: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
}
impl ResourceBuilder {
    /// Sets `ParentId`.
    ///
    /// If you want to create a child resource, the ID of the parent resource. For resources without a parent, specify the `RestApi` root resource ID, such as `{ "Fn::GetAtt": ["MyRestApi", "RootResourceId"] }`.
    pub fn parent_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.parent_id = Some(input.into());
        self
    }
    /// Sets `ParentId`, or clears it with `None`.
    ///
    /// If you want to create a child resource, the ID of the parent resource. For resources without a parent, specify the `RestApi` root resource ID, such as `{ "Fn::GetAtt": ["MyRestApi", "RootResourceId"] }`.
    pub fn set_parent_id(mut self, input: Option<Value<String>>) -> Self {
        self.parent_id = input;
        self
    }
    /// Sets `PathPart`.
    ///
    /// A path name for the resource.
    pub fn path_part(mut self, input: impl Into<Value<String>>) -> Self {
        self.path_part = Some(input.into());
        self
    }
    /// Sets `PathPart`, or clears it with `None`.
    ///
    /// A path name for the resource.
    pub fn set_path_part(mut self, input: Option<Value<String>>) -> Self {
        self.path_part = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The ID of the [RestApi](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html) resource in which you want to create this resource.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The ID of the [RestApi](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html) resource in which you want to create this resource.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Resource, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Resource, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Resource {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Resource` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Resource object",
            &|c, object| {
                let [parent_id, path_part, rest_api_id] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(parent_id, "ParentId", context, Text);
                c.property(path_part, "PathPart", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.require_present(parent_id, "ParentId", &RESOURCE_PARENT_ID_REQUIRED);
                c.require_present(path_part, "PathPart", &RESOURCE_PATH_PART_REQUIRED);
                c.require_present(
                    rest_api_id,
                    "RestApiId",
                    &RESOURCE_REST_API_ID_REQUIRED,
                );
            },
        );
    }
}
