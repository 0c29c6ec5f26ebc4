// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::DocumentationPart.Location`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// The `Location` property specifies the location of the Amazon API Gateway API entity that the documentation applies to. `Location` is a property of the [AWS::ApiGateway::DocumentationPart](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html) resource.
///
///
///
/// **Note**
///
/// For more information about each property, including constraints and valid values, see [DocumentationPart](https://docs.aws.amazon.com/apigateway/api-reference/resource/documentation-part/#location) in the *Amazon API Gateway REST API Reference*.
///
/// CloudFormation property type `AWS::ApiGateway::DocumentationPart.Location`. Build one with [`Location::builder`], or load and check one with
/// [`Location::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-documentationpart-location#aws-properties-apigateway-documentationpart-location`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-documentationpart-location.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Location {
    /// The HTTP verb of a method.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-properties-apigateway-documentationpart-location#cfn-apigateway-documentationpart-location-method`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-documentationpart-location.html#cfn-apigateway-documentationpart-location-method)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Value<String>>,
    /// The name of the targeted API entity.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-properties-apigateway-documentationpart-location#cfn-apigateway-documentationpart-location-name`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-documentationpart-location.html#cfn-apigateway-documentationpart-location-name)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Value<String>>,
    /// The URL path of the target.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-properties-apigateway-documentationpart-location#cfn-apigateway-documentationpart-location-path`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-documentationpart-location.html#cfn-apigateway-documentationpart-location-path)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<Value<String>>,
    /// The HTTP status code of a response.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-properties-apigateway-documentationpart-location#cfn-apigateway-documentationpart-location-statuscode`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-documentationpart-location.html#cfn-apigateway-documentationpart-location-statuscode)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_code: Option<Value<String>>,
    /// The type of API entity that the documentation content applies to.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-properties-apigateway-documentationpart-location#cfn-apigateway-documentationpart-location-type`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-documentationpart-location.html#cfn-apigateway-documentationpart-location-type)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `Location`, sorted.
const PROPERTY_NAMES: [&str; 5] = ["Method", "Name", "Path", "StatusCode", "Type"];
impl Location {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::DocumentationPart.Location";
    /// A builder; `build()` checks the result.
    pub fn builder() -> LocationBuilder {
        LocationBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Location object or an `Fn::If` choosing between such objects.
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
impl FromJson for Location {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [method, name, path, status_code, r#type] = value::take_properties(
            json,
            "a Location object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            method: value::optional(method, "Method")?,
            name: value::optional(name, "Name")?,
            path: value::optional(path, "Path")?,
            status_code: value::optional(status_code, "StatusCode")?,
            r#type: value::optional(r#type, "Type")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Location {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Location`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct LocationBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    method: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status_code: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#type: Option<Value<String>>,
}
impl LocationBuilder {
    /// Sets `Method`.
    ///
    /// The HTTP verb of a method.
    pub fn method(mut self, input: impl Into<Value<String>>) -> Self {
        self.method = Some(input.into());
        self
    }
    /// Sets `Method`, or clears it with `None`.
    ///
    /// The HTTP verb of a method.
    pub fn set_method(mut self, input: Option<Value<String>>) -> Self {
        self.method = input;
        self
    }
    /// Sets `Name`.
    ///
    /// The name of the targeted API entity.
    pub fn name(mut self, input: impl Into<Value<String>>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    ///
    /// The name of the targeted API entity.
    pub fn set_name(mut self, input: Option<Value<String>>) -> Self {
        self.name = input;
        self
    }
    /// Sets `Path`.
    ///
    /// The URL path of the target.
    pub fn path(mut self, input: impl Into<Value<String>>) -> Self {
        self.path = Some(input.into());
        self
    }
    /// Sets `Path`, or clears it with `None`.
    ///
    /// The URL path of the target.
    pub fn set_path(mut self, input: Option<Value<String>>) -> Self {
        self.path = input;
        self
    }
    /// Sets `StatusCode`.
    ///
    /// The HTTP status code of a response.
    pub fn status_code(mut self, input: impl Into<Value<String>>) -> Self {
        self.status_code = Some(input.into());
        self
    }
    /// Sets `StatusCode`, or clears it with `None`.
    ///
    /// The HTTP status code of a response.
    pub fn set_status_code(mut self, input: Option<Value<String>>) -> Self {
        self.status_code = input;
        self
    }
    /// Sets `Type`.
    ///
    /// The type of API entity that the documentation content applies to.
    pub fn r#type(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#type = Some(input.into());
        self
    }
    /// Sets `Type`, or clears it with `None`.
    ///
    /// The type of API entity that the documentation content applies to.
    pub fn set_type(mut self, input: Option<Value<String>>) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Location, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Location, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Location {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::DocumentationPart.Location` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Location object",
            &|c, object| {
                let [method, name, path, status_code, r#type] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(method, "Method", context, Text);
                c.property(name, "Name", context, Text);
                c.property(path, "Path", context, Text);
                c.property(status_code, "StatusCode", context, Text);
                c.property(r#type, "Type", context, Text);
            },
        );
    }
}
