// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::VpcLink`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{AnyJson, List, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{VPC_LINK_NAME_REQUIRED, VPC_LINK_TARGET_ARNS_REQUIRED};
use super::CheckContext;
/// The `AWS::ApiGateway::VpcLink` resource creates an API Gateway VPC link for a REST API to access resources in an Amazon Virtual Private Cloud (VPC). For more information, see [vpclink:create](https://docs.aws.amazon.com/apigateway/api-reference/link-relation/vpclink-create/) in the `Amazon API Gateway REST API Reference`.
///
/// CloudFormation resource type `AWS::ApiGateway::VpcLink` (its `Properties`). Build one with [`VpcLink::builder`], or load and check one with
/// [`VpcLink::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `vpclink#aws-resource-apigateway-vpclink`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-vpclink.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct VpcLink {
    /// A description of the VPC link.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `vpclink#cfn-apigateway-vpclink-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-vpclink.html#cfn-apigateway-vpclink-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// A name for the VPC link.
    ///
    /// - Required: Yes
    /// - Update requires: No interruption
    /// - Rules: `vpc-link-name-required`
    /// - Source: `vpclink#cfn-apigateway-vpclink-name`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-vpclink.html#cfn-apigateway-vpclink-name)
    pub name: Value<String>,
    /// An array of arbitrary tags (key-value pairs) to associate with the VPC link.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `vpclink#cfn-apigateway-vpclink-tags`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-vpclink.html#cfn-apigateway-vpclink-tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<serde_json::Value>>>,
    /// The ARN of network load balancer of the VPC targeted by the VPC link. The network load balancer must be owned by the same AWS account of the API owner.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `vpc-link-target-arns-required`
    /// - Source: `vpclink#cfn-apigateway-vpclink-targetarns`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-vpclink.html#cfn-apigateway-vpclink-targetarns)
    pub target_arns: Value<Vec<Value<String>>>,
}
/// The CloudFormation names of the properties of `VpcLink`, sorted.
const PROPERTY_NAMES: [&str; 4] = ["Description", "Name", "Tags", "TargetArns"];
impl VpcLink {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::VpcLink";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> VpcLinkBuilder {
        VpcLinkBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a VpcLink object or an `Fn::If` choosing between such objects.
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
impl FromJson for VpcLink {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [description, name, tags, target_arns] = value::take_properties(
            json,
            "a VpcLink object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            description: value::optional(description, "Description")?,
            name: value::required(name, "Name")?,
            tags: value::optional(tags, "Tags")?,
            target_arns: value::required(target_arns, "TargetArns")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for VpcLink {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`VpcLink`].
///
/// `build()` needs `name`, `target_arns` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpcLinkBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_arns: Option<Value<Vec<Value<String>>>>,
}
impl VpcLinkBuilder {
    /// Sets `Description`.
    ///
    /// A description of the VPC link.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description of the VPC link.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `Name`.
    ///
    /// A name for the VPC link.
    pub fn name(mut self, input: impl Into<Value<String>>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    ///
    /// A name for the VPC link.
    pub fn set_name(mut self, input: Option<Value<String>>) -> Self {
        self.name = input;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the VPC link.
    pub fn tags(mut self, item: impl Into<serde_json::Value>) -> Self {
        value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the VPC link.
    pub fn set_tags(mut self, input: Option<Value<Vec<serde_json::Value>>>) -> Self {
        self.tags = input;
        self
    }
    /// Appends one item to `TargetArns` (replacing an intrinsic function set with [`Self::set_target_arns`]).
    ///
    /// The ARN of network load balancer of the VPC targeted by the VPC link. The network load balancer must be owned by the same AWS account of the API owner.
    pub fn target_arns(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.target_arns, item.into());
        self
    }
    /// Sets `TargetArns`, or clears it with `None`.
    ///
    /// The ARN of network load balancer of the VPC targeted by the VPC link. The network load balancer must be owned by the same AWS account of the API owner.
    pub fn set_target_arns(mut self, input: Option<Value<Vec<Value<String>>>>) -> Self {
        self.target_arns = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<VpcLink, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<VpcLink, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for VpcLink {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::VpcLink` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a VpcLink object",
            &|c, object| {
                let [description, name, tags, target_arns] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(description, "Description", context, Text);
                c.property(name, "Name", context, Text);
                c.property(tags, "Tags", context, List(AnyJson));
                c.property(target_arns, "TargetArns", context, List(Text));
                c.require_present(name, "Name", &VPC_LINK_NAME_REQUIRED);
                c.require_present(
                    target_arns,
                    "TargetArns",
                    &VPC_LINK_TARGET_ARNS_REQUIRED,
                );
            },
        );
    }
}
