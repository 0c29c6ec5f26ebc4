// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::DomainName.EndpointConfiguration`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{List, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// The `EndpointConfiguration` property type specifies the endpoint types of an Amazon API Gateway domain name.
///
///
///
/// `EndpointConfiguration` is a property of the [AWS::ApiGateway::DomainName](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html) resource.
///
/// CloudFormation property type `AWS::ApiGateway::DomainName.EndpointConfiguration`. Build one with [`EndpointConfiguration::builder`], or load and check one with
/// [`EndpointConfiguration::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-domainname-endpointconfiguration#aws-properties-apigateway-domainname-endpointconfiguration`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-domainname-endpointconfiguration.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct EndpointConfiguration {
    /// A list of endpoint types of an API or its custom domain name. For an edge-optimized API and its custom domain name, the endpoint type is `EDGE`. For a regional API and its custom domain name, the endpoint type is `REGIONAL`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-domainname-endpointconfiguration#cfn-apigateway-domainname-endpointconfiguration-types`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-domainname-endpointconfiguration.html#cfn-apigateway-domainname-endpointconfiguration-types)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub types: Option<Value<Vec<Value<String>>>>,
}
/// The CloudFormation names of the properties of `EndpointConfiguration`, sorted.
const PROPERTY_NAMES: [&str; 1] = ["Types"];
impl EndpointConfiguration {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::DomainName.EndpointConfiguration";
    /// A builder; `build()` checks the result.
    pub fn builder() -> EndpointConfigurationBuilder {
        EndpointConfigurationBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an EndpointConfiguration object or an `Fn::If` choosing between such objects.
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
impl FromJson for EndpointConfiguration {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [types] = value::take_properties(
            json,
            "an EndpointConfiguration object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            types: value::optional(types, "Types")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for EndpointConfiguration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`EndpointConfiguration`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct EndpointConfigurationBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    types: Option<Value<Vec<Value<String>>>>,
}
impl EndpointConfigurationBuilder {
    /// Appends one item to `Types` (replacing an intrinsic function set with [`Self::set_types`]).
    ///
    /// A list of endpoint types of an API or its custom domain name. For an edge-optimized API and its custom domain name, the endpoint type is `EDGE`. For a regional API and its custom domain name, the endpoint type is `REGIONAL`.
    pub fn types(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.types, item.into());
        self
    }
    /// Sets `Types`, or clears it with `None`.
    ///
    /// A list of endpoint types of an API or its custom domain name. For an edge-optimized API and its custom domain name, the endpoint type is `EDGE`. For a regional API and its custom domain name, the endpoint type is `REGIONAL`.
    pub fn set_types(mut self, input: Option<Value<Vec<Value<String>>>>) -> Self {
        self.types = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<EndpointConfiguration, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(
        self,
        context: &CheckContext,
    ) -> Result<EndpointConfiguration, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for EndpointConfiguration {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::DomainName.EndpointConfiguration` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an EndpointConfiguration object",
            &|c, object| {
                let [types] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(types, "Types", context, List(Text));
            },
        );
    }
}
