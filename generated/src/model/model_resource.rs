// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Model`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{AnyJson, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::MODEL_REST_API_ID_REQUIRED;
use super::CheckContext;
/// The `AWS::ApiGateway::Model` resource defines the structure of a request or response payload for an API method.
///
/// CloudFormation resource type `AWS::ApiGateway::Model` (its `Properties`). Build one with [`Model::builder`], or load and check one with
/// [`Model::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-model#aws-resource-apigateway-model`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Model {
    /// The content type for the model.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-model#cfn-apigateway-model-contenttype`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html#cfn-apigateway-model-contenttype)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<Value<String>>,
    /// A description that identifies this model.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-model#cfn-apigateway-model-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html#cfn-apigateway-model-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// A name for the model. If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the model name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html).
    ///
    /// If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-model#cfn-apigateway-model-name`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html#cfn-apigateway-model-name)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Value<String>>,
    /// The ID of a REST API with which to associate this model.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `model-rest-api-id-required`
    /// - Source: `aws-resource-apigateway-model#cfn-apigateway-model-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html#cfn-apigateway-model-restapiid)
    pub rest_api_id: Value<String>,
    /// The schema to use to transform data to one or more output formats. Specify null (`{}`) if you don't want to specify a schema.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-model#cfn-apigateway-model-schema`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-model.html#cfn-apigateway-model-schema)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<serde_json::Value>,
}
/// The CloudFormation names of the properties of `Model`, sorted.
const PROPERTY_NAMES: [&str; 5] = [
    "ContentType",
    "Description",
    "Name",
    "RestApiId",
    "Schema",
];
impl Model {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Model";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> ModelBuilder {
        ModelBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Model object or an `Fn::If` choosing between such objects.
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
impl FromJson for Model {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [content_type, description, name, rest_api_id, schema] = value::take_properties(
            json,
            "a Model object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            content_type: value::optional(content_type, "ContentType")?,
            description: value::optional(description, "Description")?,
            name: value::optional(name, "Name")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
            schema: value::optional(schema, "Schema")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Model {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Model`].
///
/// `build()` needs `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModelBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    content_type: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema: Option<serde_json::Value>,
}
impl ModelBuilder {
    /// Sets `ContentType`.
    ///
    /// The content type for the model.
    pub fn content_type(mut self, input: impl Into<Value<String>>) -> Self {
        self.content_type = Some(input.into());
        self
    }
    /// Sets `ContentType`, or clears it with `None`.
    ///
    /// The content type for the model.
    pub fn set_content_type(mut self, input: Option<Value<String>>) -> Self {
        self.content_type = input;
        self
    }
    /// Sets `Description`.
    ///
    /// A description that identifies this model.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description that identifies this model.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `Name`.
    ///
    /// A name for the model. If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the model name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html).
    ///
    /// If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
    pub fn name(mut self, input: impl Into<Value<String>>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    ///
    /// A name for the model. If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the model name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html).
    ///
    /// If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
    pub fn set_name(mut self, input: Option<Value<String>>) -> Self {
        self.name = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The ID of a REST API with which to associate this model.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The ID of a REST API with which to associate this model.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Sets `Schema`.
    ///
    /// The schema to use to transform data to one or more output formats. Specify null (`{}`) if you don't want to specify a schema.
    pub fn schema(mut self, input: impl Into<serde_json::Value>) -> Self {
        self.schema = Some(input.into());
        self
    }
    /// Sets `Schema`, or clears it with `None`.
    ///
    /// The schema to use to transform data to one or more output formats. Specify null (`{}`) if you don't want to specify a schema.
    pub fn set_schema(mut self, input: Option<serde_json::Value>) -> Self {
        self.schema = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Model, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Model, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Model {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Model` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Model object",
            &|c, object| {
                let [content_type, description, name, rest_api_id, schema] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(content_type, "ContentType", context, Text);
                c.property(description, "Description", context, Text);
                c.property(name, "Name", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.property(schema, "Schema", context, AnyJson);
                c.require_present(rest_api_id, "RestApiId", &MODEL_REST_API_ID_REQUIRED);
            },
        );
    }
}
