// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::ApiKey`: the resource type (its struct, builder and validator) and its property types.
mod stage_key;
pub use stage_key::{StageKey, StageKeyBuilder};
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{AnyJson, Boolean, List, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::CheckContext;
/// The `AWS::ApiGateway::ApiKey` resource creates a unique key that you can distribute to clients who are executing API Gateway `Method` resources that require an API key. To specify which API key clients must use, map the API key with the `RestApi` and `Stage` resources that include the methods that require a key.
///
/// CloudFormation resource type `AWS::ApiGateway::ApiKey` (its `Properties`). Build one with [`ApiKey::builder`], or load and check one with
/// [`ApiKey::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-apikey#aws-resource-apigateway-apikey`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ApiKey {
    /// An AWS Marketplace customer identifier to use when integrating with the AWS SaaS Marketplace.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-apikey#cfn-apigateway-apikey-customerid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html#cfn-apigateway-apikey-customerid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<Value<String>>,
    /// A description of the purpose of the API key.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-apikey#cfn-apigateway-apikey-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html#cfn-apigateway-apikey-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// Indicates whether the API key can be used by clients.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-apikey#cfn-apigateway-apikey-enabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html#cfn-apigateway-apikey-enabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<Value<bool>>,
    /// Specifies whether the key identifier is distinct from the created API key value. This parameter is deprecated and should not be used.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-apikey#cfn-apigateway-apikey-generatedistinctid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html#cfn-apigateway-apikey-generatedistinctid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generate_distinct_id: Option<Value<bool>>,
    /// A name for the API key. If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the API key name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html).
    ///
    /// If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-apikey#cfn-apigateway-apikey-name`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html#cfn-apigateway-apikey-name)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Value<String>>,
    /// A list of stages to associate with this API key.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-apikey#cfn-apigateway-apikey-stagekeys`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html#cfn-apigateway-apikey-stagekeys)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_keys: Option<Value<Vec<Value<StageKey>>>>,
    /// An array of arbitrary tags (key-value pairs) to associate with the API key.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-apikey#cfn-apigateway-apikey-tags`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html#cfn-apigateway-apikey-tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<serde_json::Value>>>,
    /// The value of the API key. Must be at least 20 characters long.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-apikey#cfn-apigateway-apikey-value`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html#cfn-apigateway-apikey-value)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `ApiKey`, sorted.
const PROPERTY_NAMES: [&str; 8] = [
    "CustomerId",
    "Description",
    "Enabled",
    "GenerateDistinctId",
    "Name",
    "StageKeys",
    "Tags",
    "Value",
];
impl ApiKey {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::ApiKey";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> ApiKeyBuilder {
        ApiKeyBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an ApiKey object or an `Fn::If` choosing between such objects.
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
impl FromJson for ApiKey {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [customer_id, description, enabled, generate_distinct_id, name, stage_keys,
        tags, value_] = value::take_properties(
            json,
            "an ApiKey object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            customer_id: value::optional(customer_id, "CustomerId")?,
            description: value::optional(description, "Description")?,
            enabled: value::optional(enabled, "Enabled")?,
            generate_distinct_id: value::optional(
                generate_distinct_id,
                "GenerateDistinctId",
            )?,
            name: value::optional(name, "Name")?,
            stage_keys: value::optional(stage_keys, "StageKeys")?,
            tags: value::optional(tags, "Tags")?,
            value: value::optional(value_, "Value")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for ApiKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`ApiKey`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ApiKeyBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    generate_distinct_id: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage_keys: Option<Value<Vec<Value<StageKey>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<Value<String>>,
}
impl ApiKeyBuilder {
    /// Sets `CustomerId`.
    ///
    /// An AWS Marketplace customer identifier to use when integrating with the AWS SaaS Marketplace.
    pub fn customer_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.customer_id = Some(input.into());
        self
    }
    /// Sets `CustomerId`, or clears it with `None`.
    ///
    /// An AWS Marketplace customer identifier to use when integrating with the AWS SaaS Marketplace.
    pub fn set_customer_id(mut self, input: Option<Value<String>>) -> Self {
        self.customer_id = input;
        self
    }
    /// Sets `Description`.
    ///
    /// A description of the purpose of the API key.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description of the purpose of the API key.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `Enabled`.
    ///
    /// Indicates whether the API key can be used by clients.
    pub fn enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.enabled = Some(input.into());
        self
    }
    /// Sets `Enabled`, or clears it with `None`.
    ///
    /// Indicates whether the API key can be used by clients.
    pub fn set_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.enabled = input;
        self
    }
    /// Sets `GenerateDistinctId`.
    ///
    /// Specifies whether the key identifier is distinct from the created API key value. This parameter is deprecated and should not be used.
    pub fn generate_distinct_id(mut self, input: impl Into<Value<bool>>) -> Self {
        self.generate_distinct_id = Some(input.into());
        self
    }
    /// Sets `GenerateDistinctId`, or clears it with `None`.
    ///
    /// Specifies whether the key identifier is distinct from the created API key value. This parameter is deprecated and should not be used.
    pub fn set_generate_distinct_id(mut self, input: Option<Value<bool>>) -> Self {
        self.generate_distinct_id = input;
        self
    }
    /// Sets `Name`.
    ///
    /// A name for the API key. If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the API key name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html).
    ///
    /// If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
    pub fn name(mut self, input: impl Into<Value<String>>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    ///
    /// A name for the API key. If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the API key name. For more information, see [Name Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html).
    ///
    /// If you specify a name, you cannot perform updates that require replacement of this resource. You can perform updates that require no or some interruption. If you must replace the resource, specify a new name.
    pub fn set_name(mut self, input: Option<Value<String>>) -> Self {
        self.name = input;
        self
    }
    /// Appends one item to `StageKeys` (replacing an intrinsic function set with [`Self::set_stage_keys`]).
    ///
    /// A list of stages to associate with this API key.
    pub fn stage_keys(mut self, item: impl Into<Value<StageKey>>) -> Self {
        value::push_item(&mut self.stage_keys, item.into());
        self
    }
    /// Sets `StageKeys`, or clears it with `None`.
    ///
    /// A list of stages to associate with this API key.
    pub fn set_stage_keys(mut self, input: Option<Value<Vec<Value<StageKey>>>>) -> Self {
        self.stage_keys = input;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the API key.
    pub fn tags(mut self, item: impl Into<serde_json::Value>) -> Self {
        value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the API key.
    pub fn set_tags(mut self, input: Option<Value<Vec<serde_json::Value>>>) -> Self {
        self.tags = input;
        self
    }
    /// Sets `Value`.
    ///
    /// The value of the API key. Must be at least 20 characters long.
    pub fn value(mut self, input: impl Into<Value<String>>) -> Self {
        self.value = Some(input.into());
        self
    }
    /// Sets `Value`, or clears it with `None`.
    ///
    /// The value of the API key. Must be at least 20 characters long.
    pub fn set_value(mut self, input: Option<Value<String>>) -> Self {
        self.value = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<ApiKey, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<ApiKey, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for ApiKey {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::ApiKey` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an ApiKey object",
            &|c, object| {
                let [customer_id, description, enabled, generate_distinct_id, name,
                stage_keys, tags, value_] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(customer_id, "CustomerId", context, Text);
                c.property(description, "Description", context, Text);
                c.property(enabled, "Enabled", context, Boolean);
                c.property(generate_distinct_id, "GenerateDistinctId", context, Boolean);
                c.property(name, "Name", context, Text);
                c.property(
                    stage_keys,
                    "StageKeys",
                    context,
                    List(Object::<StageKey>::SHAPE),
                );
                c.property(tags, "Tags", context, List(AnyJson));
                c.property(value_, "Value", context, Text);
            },
        );
    }
}
