// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::BasePathMapping`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::BASE_PATH_MAPPING_DOMAIN_NAME_REQUIRED;
use super::CheckContext;
/// The `AWS::ApiGateway::BasePathMapping` resource creates a base path that clients who call your API must use in the invocation URL.
///
/// CloudFormation resource type `AWS::ApiGateway::BasePathMapping` (its `Properties`). Build one with [`BasePathMapping::builder`], or load and check one with
/// [`BasePathMapping::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-basepathmapping#aws-resource-apigateway-basepathmapping`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-basepathmapping.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct BasePathMapping {
    /// The base path name that callers of the API must provide in the URL after the domain name.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-basepathmapping#cfn-apigateway-basepathmapping-basepath`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-basepathmapping.html#cfn-apigateway-basepathmapping-basepath)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_path: Option<Value<String>>,
    /// The `DomainName` of an [AWS::ApiGateway::DomainName](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html) resource.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `base-path-mapping-domain-name-required`
    /// - Source: `aws-resource-apigateway-basepathmapping#cfn-apigateway-basepathmapping-domainname`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-basepathmapping.html#cfn-apigateway-basepathmapping-domainname)
    pub domain_name: Value<String>,
    /// Not currently supported by AWS CloudFormation.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-basepathmapping#cfn-apigateway-basepathmapping-id`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-basepathmapping.html#cfn-apigateway-basepathmapping-id)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Value<String>>,
    /// The ID of the API.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-basepathmapping#cfn-apigateway-basepathmapping-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-basepathmapping.html#cfn-apigateway-basepathmapping-restapiid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest_api_id: Option<Value<String>>,
    /// The name of the API's stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-basepathmapping#cfn-apigateway-basepathmapping-stage`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-basepathmapping.html#cfn-apigateway-basepathmapping-stage)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `BasePathMapping`, sorted.
const PROPERTY_NAMES: [&str; 5] = ["BasePath", "DomainName", "Id", "RestApiId", "Stage"];
impl BasePathMapping {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::BasePathMapping";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> BasePathMappingBuilder {
        BasePathMappingBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a BasePathMapping object or an `Fn::If` choosing between such objects.
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
impl FromJson for BasePathMapping {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [base_path, domain_name, id, rest_api_id, stage] = value::take_properties(
            json,
            "a BasePathMapping object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            base_path: value::optional(base_path, "BasePath")?,
            domain_name: value::required(domain_name, "DomainName")?,
            id: value::optional(id, "Id")?,
            rest_api_id: value::optional(rest_api_id, "RestApiId")?,
            stage: value::optional(stage, "Stage")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for BasePathMapping {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`BasePathMapping`].
///
/// `build()` needs `domain_name` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct BasePathMappingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    base_path: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    domain_name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage: Option<Value<String>>,
}
impl BasePathMappingBuilder {
    /// Sets `BasePath`.
    ///
    /// The base path name that callers of the API must provide in the URL after the domain name.
    pub fn base_path(mut self, input: impl Into<Value<String>>) -> Self {
        self.base_path = Some(input.into());
        self
    }
    /// Sets `BasePath`, or clears it with `None`.
    ///
    /// The base path name that callers of the API must provide in the URL after the domain name.
    pub fn set_base_path(mut self, input: Option<Value<String>>) -> Self {
        self.base_path = input;
        self
    }
    /// Sets `DomainName`.
    ///
    /// The `DomainName` of an [AWS::ApiGateway::DomainName](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html) resource.
    pub fn domain_name(mut self, input: impl Into<Value<String>>) -> Self {
        self.domain_name = Some(input.into());
        self
    }
    /// Sets `DomainName`, or clears it with `None`.
    ///
    /// The `DomainName` of an [AWS::ApiGateway::DomainName](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html) resource.
    pub fn set_domain_name(mut self, input: Option<Value<String>>) -> Self {
        self.domain_name = input;
        self
    }
    /// Sets `Id`.
    ///
    /// Not currently supported by AWS CloudFormation.
    pub fn id(mut self, input: impl Into<Value<String>>) -> Self {
        self.id = Some(input.into());
        self
    }
    /// Sets `Id`, or clears it with `None`.
    ///
    /// Not currently supported by AWS CloudFormation.
    pub fn set_id(mut self, input: Option<Value<String>>) -> Self {
        self.id = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The ID of the API.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The ID of the API.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Sets `Stage`.
    ///
    /// The name of the API's stage.
    pub fn stage(mut self, input: impl Into<Value<String>>) -> Self {
        self.stage = Some(input.into());
        self
    }
    /// Sets `Stage`, or clears it with `None`.
    ///
    /// The name of the API's stage.
    pub fn set_stage(mut self, input: Option<Value<String>>) -> Self {
        self.stage = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<BasePathMapping, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<BasePathMapping, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for BasePathMapping {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::BasePathMapping` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a BasePathMapping object",
            &|c, object| {
                let [base_path, domain_name, id, rest_api_id, stage] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(base_path, "BasePath", context, Text);
                c.property(domain_name, "DomainName", context, Text);
                c.property(id, "Id", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.property(stage, "Stage", context, Text);
                c.require_present(
                    domain_name,
                    "DomainName",
                    &BASE_PATH_MAPPING_DOMAIN_NAME_REQUIRED,
                );
            },
        );
    }
}
