// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Deployment`: the resource type (its struct, builder and validator) and its property types.
mod access_log_setting;
mod canary_setting;
mod deployment_canary_settings;
mod method_setting;
mod stage_description;
pub use access_log_setting::{AccessLogSetting, AccessLogSettingBuilder};
pub use canary_setting::{CanarySetting, CanarySettingBuilder};
pub use deployment_canary_settings::{
    DeploymentCanarySettings, DeploymentCanarySettingsBuilder,
};
pub use method_setting::{MethodSetting, MethodSettingBuilder};
pub use stage_description::{StageDescription, StageDescriptionBuilder};
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::DEPLOYMENT_REST_API_ID_REQUIRED;
use super::CheckContext;
/// The `AWS::ApiGateway::Deployment` resource deploys an API Gateway `RestApi` resource to a stage so that clients can call the API over the internet. The stage acts as an environment.
///
/// CloudFormation resource type `AWS::ApiGateway::Deployment` (its `Properties`). Build one with [`Deployment::builder`], or load and check one with
/// [`Deployment::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-deployment#aws-resource-apigateway-deployment`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Deployment {
    /// Specifies settings for the canary deployment.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-deployment#cfn-apigateway-deployment-deploymentcanarysettings`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html#cfn-apigateway-deployment-deploymentcanarysettings)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deployment_canary_settings: Option<Value<DeploymentCanarySettings>>,
    /// A description of the purpose of the API Gateway deployment.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-deployment#cfn-apigateway-deployment-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html#cfn-apigateway-deployment-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// The ID of the `RestApi` resource to deploy.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `deployment-rest-api-id-required`
    /// - Source: `aws-resource-apigateway-deployment#cfn-apigateway-deployment-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html#cfn-apigateway-deployment-restapiid)
    pub rest_api_id: Value<String>,
    /// Configures the stage that API Gateway creates with this deployment.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-deployment#cfn-apigateway-deployment-stagedescription`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html#cfn-apigateway-deployment-stagedescription)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_description: Option<Value<StageDescription>>,
    /// A name for the stage that API Gateway creates with this deployment. Use only alphanumeric characters.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-deployment#cfn-apigateway-deployment-stagename`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html#cfn-apigateway-deployment-stagename)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_name: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `Deployment`, sorted.
const PROPERTY_NAMES: [&str; 5] = [
    "DeploymentCanarySettings",
    "Description",
    "RestApiId",
    "StageDescription",
    "StageName",
];
impl Deployment {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Deployment";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> DeploymentBuilder {
        DeploymentBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Deployment object or an `Fn::If` choosing between such objects.
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
impl FromJson for Deployment {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [deployment_canary_settings, description, rest_api_id, stage_description,
        stage_name] = value::take_properties(
            json,
            "a Deployment object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            deployment_canary_settings: value::optional(
                deployment_canary_settings,
                "DeploymentCanarySettings",
            )?,
            description: value::optional(description, "Description")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
            stage_description: value::optional(stage_description, "StageDescription")?,
            stage_name: value::optional(stage_name, "StageName")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Deployment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Deployment`].
///
/// `build()` needs `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeploymentBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    deployment_canary_settings: Option<Value<DeploymentCanarySettings>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage_description: Option<Value<StageDescription>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage_name: Option<Value<String>>,
}
impl DeploymentBuilder {
    /// Sets `DeploymentCanarySettings`.
    ///
    /// Specifies settings for the canary deployment.
    pub fn deployment_canary_settings(
        mut self,
        input: impl Into<Value<DeploymentCanarySettings>>,
    ) -> Self {
        self.deployment_canary_settings = Some(input.into());
        self
    }
    /// Sets `DeploymentCanarySettings`, or clears it with `None`.
    ///
    /// Specifies settings for the canary deployment.
    pub fn set_deployment_canary_settings(
        mut self,
        input: Option<Value<DeploymentCanarySettings>>,
    ) -> Self {
        self.deployment_canary_settings = input;
        self
    }
    /// Sets `Description`.
    ///
    /// A description of the purpose of the API Gateway deployment.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description of the purpose of the API Gateway deployment.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The ID of the `RestApi` resource to deploy.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The ID of the `RestApi` resource to deploy.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Sets `StageDescription`.
    ///
    /// Configures the stage that API Gateway creates with this deployment.
    pub fn stage_description(
        mut self,
        input: impl Into<Value<StageDescription>>,
    ) -> Self {
        self.stage_description = Some(input.into());
        self
    }
    /// Sets `StageDescription`, or clears it with `None`.
    ///
    /// Configures the stage that API Gateway creates with this deployment.
    pub fn set_stage_description(
        mut self,
        input: Option<Value<StageDescription>>,
    ) -> Self {
        self.stage_description = input;
        self
    }
    /// Sets `StageName`.
    ///
    /// A name for the stage that API Gateway creates with this deployment. Use only alphanumeric characters.
    pub fn stage_name(mut self, input: impl Into<Value<String>>) -> Self {
        self.stage_name = Some(input.into());
        self
    }
    /// Sets `StageName`, or clears it with `None`.
    ///
    /// A name for the stage that API Gateway creates with this deployment. Use only alphanumeric characters.
    pub fn set_stage_name(mut self, input: Option<Value<String>>) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Deployment, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Deployment, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Deployment {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Deployment` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Deployment object",
            &|c, object| {
                let [deployment_canary_settings, description, rest_api_id,
                stage_description, stage_name] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(
                    deployment_canary_settings,
                    "DeploymentCanarySettings",
                    context,
                    Object::<DeploymentCanarySettings>::SHAPE,
                );
                c.property(description, "Description", context, Text);
                c.property(rest_api_id, "RestApiId", context, Text);
                c.property(
                    stage_description,
                    "StageDescription",
                    context,
                    Object::<StageDescription>::SHAPE,
                );
                c.property(stage_name, "StageName", context, Text);
                c.require_present(
                    rest_api_id,
                    "RestApiId",
                    &DEPLOYMENT_REST_API_ID_REQUIRED,
                );
            },
        );
    }
}
