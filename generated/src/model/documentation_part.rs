// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::DocumentationPart`: the resource type (its struct, builder and validator) and its property types.
mod location;
pub use location::{Location, LocationBuilder};
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{
    DOCUMENTATION_PART_LOCATION_REQUIRED, DOCUMENTATION_PART_PROPERTIES_REQUIRED,
    DOCUMENTATION_PART_REST_API_ID_REQUIRED,
};
use super::CheckContext;
/// The `AWS::ApiGateway::DocumentationPart` resource creates a documentation part for an API. For more information, see [Representation of API Documentation in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-documenting-api-content-representation.html) in the *API Gateway Developer Guide*.
///
/// CloudFormation resource type `AWS::ApiGateway::DocumentationPart` (its `Properties`). Build one with [`DocumentationPart::builder`], or load and check one with
/// [`DocumentationPart::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-documentationpart#aws-resource-apigateway-documentationpart`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DocumentationPart {
    /// The location of the API entity that the documentation applies to.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `documentation-part-location-required`
    /// - Source: `aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-location`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html#cfn-apigateway-documentationpart-location)
    pub location: Value<Location>,
    /// The documentation content map of the targeted API entity.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `documentation-part-properties-required`
    /// - Source: `aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-properties`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html#cfn-apigateway-documentationpart-properties)
    pub properties: Value<String>,
    /// The identifier of the targeted API entity.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `documentation-part-rest-api-id-required`
    /// - Source: `aws-resource-apigateway-documentationpart#cfn-apigateway-documentationpart-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html#cfn-apigateway-documentationpart-restapiid)
    pub rest_api_id: Value<String>,
}
/// The CloudFormation names of the properties of `DocumentationPart`, sorted.
const PROPERTY_NAMES: [&str; 3] = ["Location", "Properties", "RestApiId"];
impl DocumentationPart {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::DocumentationPart";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> DocumentationPartBuilder {
        DocumentationPartBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a DocumentationPart object or an `Fn::If` choosing between such objects.
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
impl FromJson for DocumentationPart {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [location, properties, rest_api_id] = value::take_properties(
            json,
            "a DocumentationPart object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            location: value::required(location, "Location")?,
            properties: value::required(properties, "Properties")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for DocumentationPart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`DocumentationPart`].
///
/// `build()` needs `location`, `properties`, `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DocumentationPartBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Value<Location>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
}
impl DocumentationPartBuilder {
    /// Sets `Location`.
    ///
    /// The location of the API entity that the documentation applies to.
    pub fn location(mut self, input: impl Into<Value<Location>>) -> Self {
        self.location = Some(input.into());
        self
    }
    /// Sets `Location`, or clears it with `None`.
    ///
    /// The location of the API entity that the documentation applies to.
    pub fn set_location(mut self, input: Option<Value<Location>>) -> Self {
        self.location = input;
        self
    }
    /// Sets `Properties`.
    ///
    /// The documentation content map of the targeted API entity.
    pub fn properties(mut self, input: impl Into<Value<String>>) -> Self {
        self.properties = Some(input.into());
        self
    }
    /// Sets `Properties`, or clears it with `None`.
    ///
    /// The documentation content map of the targeted API entity.
    pub fn set_properties(mut self, input: Option<Value<String>>) -> Self {
        self.properties = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The identifier of the targeted API entity.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The identifier of the targeted API entity.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<DocumentationPart, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(
        self,
        context: &CheckContext,
    ) -> Result<DocumentationPart, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for DocumentationPart {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::DocumentationPart` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a DocumentationPart object",
            &|c, object| {
                let [location, properties, rest_api_id] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(location, "Location", context, Object::<Location>::SHAPE);
                c.property(properties, "Properties", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.require_present(
                    location,
                    "Location",
                    &DOCUMENTATION_PART_LOCATION_REQUIRED,
                );
                c.require_present(
                    properties,
                    "Properties",
                    &DOCUMENTATION_PART_PROPERTIES_REQUIRED,
                );
                c.require_present(
                    rest_api_id,
                    "RestApiId",
                    &DOCUMENTATION_PART_REST_API_ID_REQUIRED,
                );
            },
        );
    }
}
