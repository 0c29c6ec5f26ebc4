// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::ApiKey.StageKey`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// `StageKey` is a property of the [AWS::ApiGateway::ApiKey](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html) resource that specifies the stage to associate with the API key. This association allows only clients with the key to make requests to methods in that stage.
///
/// CloudFormation property type `AWS::ApiGateway::ApiKey.StageKey`. Build one with [`StageKey::builder`], or load and check one with
/// [`StageKey::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-apikey-stagekey#aws-properties-apigateway-apikey-stagekey`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-apikey-stagekey.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct StageKey {
    /// The ID of a `RestApi` resource that includes the stage with which you want to associate the API key.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-apikey-stagekey#cfn-apigateway-apikey-stagekey-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-apikey-stagekey.html#cfn-apigateway-apikey-stagekey-restapiid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest_api_id: Option<Value<String>>,
    /// The name of the stage with which to associate the API key. The stage must be included in the `RestApi` resource that you specified in the `RestApiId` property.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-apikey-stagekey#cfn-apigateway-apikey-stagekey-stagename`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-apikey-stagekey.html#cfn-apigateway-apikey-stagekey-stagename)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_name: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `StageKey`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["RestApiId", "StageName"];
impl StageKey {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::ApiKey.StageKey";
    /// A builder; `build()` checks the result.
    pub fn builder() -> StageKeyBuilder {
        StageKeyBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a StageKey object or an `Fn::If` choosing between such objects.
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
impl FromJson for StageKey {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [rest_api_id, stage_name] = value::take_properties(
            json,
            "a StageKey object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            rest_api_id: value::optional(rest_api_id, "RestApiId")?,
            stage_name: value::optional(stage_name, "StageName")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for StageKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`StageKey`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StageKeyBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage_name: Option<Value<String>>,
}
impl StageKeyBuilder {
    /// Sets `RestApiId`.
    ///
    /// The ID of a `RestApi` resource that includes the stage with which you want to associate the API key.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The ID of a `RestApi` resource that includes the stage with which you want to associate the API key.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Sets `StageName`.
    ///
    /// The name of the stage with which to associate the API key. The stage must be included in the `RestApi` resource that you specified in the `RestApiId` property.
    pub fn stage_name(mut self, input: impl Into<Value<String>>) -> Self {
        self.stage_name = Some(input.into());
        self
    }
    /// Sets `StageName`, or clears it with `None`.
    ///
    /// The name of the stage with which to associate the API key. The stage must be included in the `RestApi` resource that you specified in the `RestApiId` property.
    pub fn set_stage_name(mut self, input: Option<Value<String>>) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<StageKey, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<StageKey, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for StageKey {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::ApiKey.StageKey` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a StageKey object",
            &|c, object| {
                let [rest_api_id, stage_name] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.property(stage_name, "StageName", context, Text);
            },
        );
    }
}
