// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Stage`: the resource type (its struct, builder and validator) and its property types.
mod access_log_setting;
mod canary_setting;
mod method_setting;
pub use access_log_setting::{AccessLogSetting, AccessLogSettingBuilder};
pub use canary_setting::{CanarySetting, CanarySettingBuilder};
pub use method_setting::{MethodSetting, MethodSettingBuilder};
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{AnyJson, Boolean, List, Map, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::rules::{STAGE_DEPLOYMENT_ID_REQUIRED, STAGE_REST_API_ID_REQUIRED};
use super::CheckContext;
/// The `AWS::ApiGateway::Stage` resource creates a stage for a deployment.
///
/// CloudFormation resource type `AWS::ApiGateway::Stage` (its `Properties`). Build one with [`Stage::builder`], or load and check one with
/// [`Stage::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-stage#aws-resource-apigateway-stage`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Stage {
    /// Specifies settings for logging access in this stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-accesslogsetting`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-accesslogsetting)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_log_setting: Option<Value<AccessLogSetting>>,
    /// Indicates whether cache clustering is enabled for the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-cacheclusterenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-cacheclusterenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_cluster_enabled: Option<Value<bool>>,
    /// The stage's cache cluster size.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-cacheclustersize`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-cacheclustersize)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_cluster_size: Option<Value<String>>,
    /// Specifies settings for the canary deployment in this stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-canarysetting`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-canarysetting)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canary_setting: Option<Value<CanarySetting>>,
    /// The ID of the client certificate that API Gateway uses to call your integration endpoints in the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-clientcertificateid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-clientcertificateid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_certificate_id: Option<Value<String>>,
    /// The ID of the deployment that the stage is associated with. This parameter is required to create a stage.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Rules: `stage-deployment-id-required`
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-deploymentid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-deploymentid)
    pub deployment_id: Value<String>,
    /// A description of the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// The version ID of the API documentation snapshot.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-documentationversion`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-documentationversion)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation_version: Option<Value<String>>,
    /// Settings for all methods in the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-methodsettings`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-methodsettings)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method_settings: Option<Value<Vec<Value<MethodSetting>>>>,
    /// The ID of the `RestApi` resource that you're deploying with this stage.
    ///
    /// - Required: Yes
    /// - Update requires: Replacement
    /// - Rules: `stage-rest-api-id-required`
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-restapiid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-restapiid)
    pub rest_api_id: Value<String>,
    /// The name of the stage, which API Gateway uses as the first path segment in the invoked Uniform Resource Identifier (URI).
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-stagename`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-stagename)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_name: Option<Value<String>>,
    /// An array of arbitrary tags (key-value pairs) to associate with the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-tags`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<serde_json::Value>>>,
    /// Specifies whether active X-Ray tracing is enabled for this stage.
    ///
    /// For more information, see [Trace API Gateway API Execution with AWS X-Ray](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-tracingenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-tracingenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing_enabled: Option<Value<bool>>,
    /// A map (string-to-string map) that defines the stage variables, where the variable name is the key and the variable value is the value. Variable names are limited to alphanumeric characters. Values must match the following regular expression: `[A-Za-z0-9-._~:/?#&=,]+`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-stage#cfn-apigateway-stage-variables`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html#cfn-apigateway-stage-variables)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variables: Option<Value<BTreeMap<String, Value<String>>>>,
}
/// The CloudFormation names of the properties of `Stage`, sorted.
const PROPERTY_NAMES: [&str; 14] = [
    "AccessLogSetting",
    "CacheClusterEnabled",
    "CacheClusterSize",
    "CanarySetting",
    "ClientCertificateId",
    "DeploymentId",
    "Description",
    "DocumentationVersion",
    "MethodSettings",
    "RestApiId",
    "StageName",
    "Tags",
    "TracingEnabled",
    "Variables",
];
impl Stage {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Stage";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> StageBuilder {
        StageBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Stage object or an `Fn::If` choosing between such objects.
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
impl FromJson for Stage {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [access_log_setting, cache_cluster_enabled, cache_cluster_size,
        canary_setting, client_certificate_id, deployment_id, description,
        documentation_version, method_settings, rest_api_id, stage_name, tags,
        tracing_enabled, variables] = value::take_properties(
            json,
            "a Stage object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            access_log_setting: value::optional(access_log_setting, "AccessLogSetting")?,
            cache_cluster_enabled: value::optional(
                cache_cluster_enabled,
                "CacheClusterEnabled",
            )?,
            cache_cluster_size: value::optional(cache_cluster_size, "CacheClusterSize")?,
            canary_setting: value::optional(canary_setting, "CanarySetting")?,
            client_certificate_id: value::optional(
                client_certificate_id,
                "ClientCertificateId",
            )?,
            deployment_id: value::required(deployment_id, "DeploymentId")?,
            description: value::optional(description, "Description")?,
            documentation_version: value::optional(
                documentation_version,
                "DocumentationVersion",
            )?,
            method_settings: value::optional(method_settings, "MethodSettings")?,
            rest_api_id: value::required(rest_api_id, "RestApiId")?,
            stage_name: value::optional(stage_name, "StageName")?,
            tags: value::optional(tags, "Tags")?,
            tracing_enabled: value::optional(tracing_enabled, "TracingEnabled")?,
            variables: value::optional(variables, "Variables")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Stage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Stage`].
///
/// `build()` needs `deployment_id`, `rest_api_id` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StageBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    access_log_setting: Option<Value<AccessLogSetting>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_cluster_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_cluster_size: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canary_setting: Option<Value<CanarySetting>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_certificate_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deployment_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    documentation_version: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    method_settings: Option<Value<Vec<Value<MethodSetting>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rest_api_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stage_name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tracing_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    variables: Option<Value<BTreeMap<String, Value<String>>>>,
}
impl StageBuilder {
    /// Sets `AccessLogSetting`.
    ///
    /// Specifies settings for logging access in this stage.
    pub fn access_log_setting(
        mut self,
        input: impl Into<Value<AccessLogSetting>>,
    ) -> Self {
        self.access_log_setting = Some(input.into());
        self
    }
    /// Sets `AccessLogSetting`, or clears it with `None`.
    ///
    /// Specifies settings for logging access in this stage.
    pub fn set_access_log_setting(
        mut self,
        input: Option<Value<AccessLogSetting>>,
    ) -> Self {
        self.access_log_setting = input;
        self
    }
    /// Sets `CacheClusterEnabled`.
    ///
    /// Indicates whether cache clustering is enabled for the stage.
    pub fn cache_cluster_enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.cache_cluster_enabled = Some(input.into());
        self
    }
    /// Sets `CacheClusterEnabled`, or clears it with `None`.
    ///
    /// Indicates whether cache clustering is enabled for the stage.
    pub fn set_cache_cluster_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.cache_cluster_enabled = input;
        self
    }
    /// Sets `CacheClusterSize`.
    ///
    /// The stage's cache cluster size.
    pub fn cache_cluster_size(mut self, input: impl Into<Value<String>>) -> Self {
        self.cache_cluster_size = Some(input.into());
        self
    }
    /// Sets `CacheClusterSize`, or clears it with `None`.
    ///
    /// The stage's cache cluster size.
    pub fn set_cache_cluster_size(mut self, input: Option<Value<String>>) -> Self {
        self.cache_cluster_size = input;
        self
    }
    /// Sets `CanarySetting`.
    ///
    /// Specifies settings for the canary deployment in this stage.
    pub fn canary_setting(mut self, input: impl Into<Value<CanarySetting>>) -> Self {
        self.canary_setting = Some(input.into());
        self
    }
    /// Sets `CanarySetting`, or clears it with `None`.
    ///
    /// Specifies settings for the canary deployment in this stage.
    pub fn set_canary_setting(mut self, input: Option<Value<CanarySetting>>) -> Self {
        self.canary_setting = input;
        self
    }
    /// Sets `ClientCertificateId`.
    ///
    /// The ID of the client certificate that API Gateway uses to call your integration endpoints in the stage.
    pub fn client_certificate_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.client_certificate_id = Some(input.into());
        self
    }
    /// Sets `ClientCertificateId`, or clears it with `None`.
    ///
    /// The ID of the client certificate that API Gateway uses to call your integration endpoints in the stage.
    pub fn set_client_certificate_id(mut self, input: Option<Value<String>>) -> Self {
        self.client_certificate_id = input;
        self
    }
    /// Sets `DeploymentId`.
    ///
    /// The ID of the deployment that the stage is associated with. This parameter is required to create a stage.
    pub fn deployment_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.deployment_id = Some(input.into());
        self
    }
    /// Sets `DeploymentId`, or clears it with `None`.
    ///
    /// The ID of the deployment that the stage is associated with. This parameter is required to create a stage.
    pub fn set_deployment_id(mut self, input: Option<Value<String>>) -> Self {
        self.deployment_id = input;
        self
    }
    /// Sets `Description`.
    ///
    /// A description of the stage.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description of the stage.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `DocumentationVersion`.
    ///
    /// The version ID of the API documentation snapshot.
    pub fn documentation_version(mut self, input: impl Into<Value<String>>) -> Self {
        self.documentation_version = Some(input.into());
        self
    }
    /// Sets `DocumentationVersion`, or clears it with `None`.
    ///
    /// The version ID of the API documentation snapshot.
    pub fn set_documentation_version(mut self, input: Option<Value<String>>) -> Self {
        self.documentation_version = input;
        self
    }
    /// Appends one item to `MethodSettings` (replacing an intrinsic function set with [`Self::set_method_settings`]).
    ///
    /// Settings for all methods in the stage.
    pub fn method_settings(mut self, item: impl Into<Value<MethodSetting>>) -> Self {
        value::push_item(&mut self.method_settings, item.into());
        self
    }
    /// Sets `MethodSettings`, or clears it with `None`.
    ///
    /// Settings for all methods in the stage.
    pub fn set_method_settings(
        mut self,
        input: Option<Value<Vec<Value<MethodSetting>>>>,
    ) -> Self {
        self.method_settings = input;
        self
    }
    /// Sets `RestApiId`.
    ///
    /// The ID of the `RestApi` resource that you're deploying with this stage.
    pub fn rest_api_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.rest_api_id = Some(input.into());
        self
    }
    /// Sets `RestApiId`, or clears it with `None`.
    ///
    /// The ID of the `RestApi` resource that you're deploying with this stage.
    pub fn set_rest_api_id(mut self, input: Option<Value<String>>) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Sets `StageName`.
    ///
    /// The name of the stage, which API Gateway uses as the first path segment in the invoked Uniform Resource Identifier (URI).
    pub fn stage_name(mut self, input: impl Into<Value<String>>) -> Self {
        self.stage_name = Some(input.into());
        self
    }
    /// Sets `StageName`, or clears it with `None`.
    ///
    /// The name of the stage, which API Gateway uses as the first path segment in the invoked Uniform Resource Identifier (URI).
    pub fn set_stage_name(mut self, input: Option<Value<String>>) -> Self {
        self.stage_name = input;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the stage.
    pub fn tags(mut self, item: impl Into<serde_json::Value>) -> Self {
        value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the stage.
    pub fn set_tags(mut self, input: Option<Value<Vec<serde_json::Value>>>) -> Self {
        self.tags = input;
        self
    }
    /// Sets `TracingEnabled`.
    ///
    /// Specifies whether active X-Ray tracing is enabled for this stage.
    ///
    /// For more information, see [Trace API Gateway API Execution with AWS X-Ray](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html) in the *API Gateway Developer Guide*.
    pub fn tracing_enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.tracing_enabled = Some(input.into());
        self
    }
    /// Sets `TracingEnabled`, or clears it with `None`.
    ///
    /// Specifies whether active X-Ray tracing is enabled for this stage.
    ///
    /// For more information, see [Trace API Gateway API Execution with AWS X-Ray](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html) in the *API Gateway Developer Guide*.
    pub fn set_tracing_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.tracing_enabled = input;
        self
    }
    /// Adds one entry to `Variables` (replacing an intrinsic function set with [`Self::set_variables`]).
    ///
    /// A map (string-to-string map) that defines the stage variables, where the variable name is the key and the variable value is the value. Variable names are limited to alphanumeric characters. Values must match the following regular expression: `[A-Za-z0-9-._~:/?#&=,]+`.
    pub fn variables(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.variables, key.into(), input.into());
        self
    }
    /// Sets `Variables`, or clears it with `None`.
    ///
    /// A map (string-to-string map) that defines the stage variables, where the variable name is the key and the variable value is the value. Variable names are limited to alphanumeric characters. Values must match the following regular expression: `[A-Za-z0-9-._~:/?#&=,]+`.
    pub fn set_variables(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.variables = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Stage, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Stage, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Stage {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Stage` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Stage object",
            &|c, object| {
                let [access_log_setting, cache_cluster_enabled, cache_cluster_size,
                canary_setting, client_certificate_id, deployment_id, description,
                documentation_version, method_settings, rest_api_id, stage_name, tags,
                tracing_enabled, variables] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(
                    access_log_setting,
                    "AccessLogSetting",
                    context,
                    Object::<AccessLogSetting>::SHAPE,
                );
                c.property(
                    cache_cluster_enabled,
                    "CacheClusterEnabled",
                    context,
                    Boolean,
                );
                c.property(cache_cluster_size, "CacheClusterSize", context, Text);
                c.property(
                    canary_setting,
                    "CanarySetting",
                    context,
                    Object::<CanarySetting>::SHAPE,
                );
                c.property(client_certificate_id, "ClientCertificateId", context, Text);
                c.property(deployment_id, "DeploymentId", context, Text);
                c.property(description, "Description", context, Text);
                c.property(documentation_version, "DocumentationVersion", context, Text);
                c.property(
                    method_settings,
                    "MethodSettings",
                    context,
                    List(Object::<MethodSetting>::SHAPE),
                );
                c.property(rest_api_id, "RestApiId", context, Text);
                c.property(stage_name, "StageName", context, Text);
                c.property(tags, "Tags", context, List(AnyJson));
                c.property(tracing_enabled, "TracingEnabled", context, Boolean);
                c.property(variables, "Variables", context, Map(Text));
                c.require_present(
                    deployment_id,
                    "DeploymentId",
                    &STAGE_DEPLOYMENT_ID_REQUIRED,
                );
                c.require_present(rest_api_id, "RestApiId", &STAGE_REST_API_ID_REQUIRED);
            },
        );
    }
}
