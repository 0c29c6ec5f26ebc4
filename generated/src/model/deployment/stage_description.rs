// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Deployment.StageDescription`: the struct, its builder and its validator.
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{
    AnyJson, Boolean, Double, Integer, List, Map, Object, Text,
};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
use super::{AccessLogSetting, CanarySetting, MethodSetting};
/// `StageDescription` is a property of the [AWS::ApiGateway::Deployment](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html) resource that configures a deployment stage.
///
/// CloudFormation property type `AWS::ApiGateway::Deployment.StageDescription`. Build one with [`StageDescription::builder`], or load and check one with
/// [`StageDescription::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-deployment-stagedescription#aws-properties-apigateway-deployment-stagedescription`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct StageDescription {
    /// Specifies settings for logging access in this stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-accesslogsetting`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-accesslogsetting)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_log_setting: Option<Value<AccessLogSetting>>,
    /// Indicates whether cache clustering is enabled for the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-cacheclusterenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-cacheclusterenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_cluster_enabled: Option<Value<bool>>,
    /// The size of the stage's cache cluster.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-cacheclustersize`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-cacheclustersize)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_cluster_size: Option<Value<String>>,
    /// Indicates whether the cached responses are encrypted.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-cachedataencrypted`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-cachedataencrypted)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_data_encrypted: Option<Value<bool>>,
    /// The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches responses.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-cachettlinseconds`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-cachettlinseconds)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_ttl_in_seconds: Option<Value<i64>>,
    /// Indicates whether responses are cached and returned for requests. You must enable a cache cluster on the stage to cache responses. For more information, see [Enable API Gateway Caching in a Stage to Enhance API Performance](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-cachingenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-cachingenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caching_enabled: Option<Value<bool>>,
    /// Specifies settings for the canary deployment in this stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-canarysetting`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-canarysetting)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canary_setting: Option<Value<CanarySetting>>,
    /// The identifier of the client certificate that API Gateway uses to call your integration endpoints in the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-clientcertificateid`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-clientcertificateid)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_certificate_id: Option<Value<String>>,
    /// Indicates whether data trace logging is enabled for methods in the stage. API Gateway pushes these logs to Amazon CloudWatch Logs.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-datatraceenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-datatraceenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_trace_enabled: Option<Value<bool>>,
    /// A description of the purpose of the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// The version identifier of the API documentation snapshot.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-documentationversion`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-documentationversion)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation_version: Option<Value<String>>,
    /// The logging level for this method. For valid values, see the `loggingLevel` property of the [Stage](https://docs.aws.amazon.com/apigateway/api-reference/resource/stage/#loggingLevel) resource in the *Amazon API Gateway API Reference*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-logginglevel`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-logginglevel)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logging_level: Option<Value<String>>,
    /// Configures settings for all of the stage's methods.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-methodsettings`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-methodsettings)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method_settings: Option<Value<Vec<Value<MethodSetting>>>>,
    /// Indicates whether Amazon CloudWatch metrics are enabled for methods in the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-metricsenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-metricsenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metrics_enabled: Option<Value<bool>>,
    /// An array of arbitrary tags (key-value pairs) to associate with the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-tags`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<serde_json::Value>>>,
    /// The target request burst rate limit. This allows more requests through for a period of time than the target rate limit. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-throttlingburstlimit`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-throttlingburstlimit)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throttling_burst_limit: Option<Value<i64>>,
    /// The target request steady-state rate limit. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-throttlingratelimit`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-throttlingratelimit)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throttling_rate_limit: Option<Value<f64>>,
    /// Specifies whether active tracing with X-ray is enabled for this stage.
    ///
    /// For more information, see [Trace API Gateway API Execution with AWS X-Ray](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-tracingenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-tracingenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing_enabled: Option<Value<bool>>,
    /// A map that defines the stage variables. Variable names must consist of alphanumeric characters, and the values must match the following regular expression: `[A-Za-z0-9-._~:/?#&=,]+`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-stagedescription#cfn-apigateway-deployment-stagedescription-variables`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html#cfn-apigateway-deployment-stagedescription-variables)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variables: Option<Value<BTreeMap<String, Value<String>>>>,
}
/// The CloudFormation names of the properties of `StageDescription`, sorted.
const PROPERTY_NAMES: [&str; 19] = [
    "AccessLogSetting",
    "CacheClusterEnabled",
    "CacheClusterSize",
    "CacheDataEncrypted",
    "CacheTtlInSeconds",
    "CachingEnabled",
    "CanarySetting",
    "ClientCertificateId",
    "DataTraceEnabled",
    "Description",
    "DocumentationVersion",
    "LoggingLevel",
    "MethodSettings",
    "MetricsEnabled",
    "Tags",
    "ThrottlingBurstLimit",
    "ThrottlingRateLimit",
    "TracingEnabled",
    "Variables",
];
impl StageDescription {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Deployment.StageDescription";
    /// A builder; `build()` checks the result.
    pub fn builder() -> StageDescriptionBuilder {
        StageDescriptionBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a StageDescription object or an `Fn::If` choosing between such objects.
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
impl FromJson for StageDescription {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [access_log_setting, cache_cluster_enabled, cache_cluster_size,
        cache_data_encrypted, cache_ttl_in_seconds, caching_enabled, canary_setting,
        client_certificate_id, data_trace_enabled, description, documentation_version,
        logging_level, method_settings, metrics_enabled, tags, throttling_burst_limit,
        throttling_rate_limit, tracing_enabled, variables] = value::take_properties(
            json,
            "a StageDescription object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            access_log_setting: value::optional(access_log_setting, "AccessLogSetting")?,
            cache_cluster_enabled: value::optional(
                cache_cluster_enabled,
                "CacheClusterEnabled",
            )?,
            cache_cluster_size: value::optional(cache_cluster_size, "CacheClusterSize")?,
            cache_data_encrypted: value::optional(
                cache_data_encrypted,
                "CacheDataEncrypted",
            )?,
            cache_ttl_in_seconds: value::optional(
                cache_ttl_in_seconds,
                "CacheTtlInSeconds",
            )?,
            caching_enabled: value::optional(caching_enabled, "CachingEnabled")?,
            canary_setting: value::optional(canary_setting, "CanarySetting")?,
            client_certificate_id: value::optional(
                client_certificate_id,
                "ClientCertificateId",
            )?,
            data_trace_enabled: value::optional(data_trace_enabled, "DataTraceEnabled")?,
            description: value::optional(description, "Description")?,
            documentation_version: value::optional(
                documentation_version,
                "DocumentationVersion",
            )?,
            logging_level: value::optional(logging_level, "LoggingLevel")?,
            method_settings: value::optional(method_settings, "MethodSettings")?,
            metrics_enabled: value::optional(metrics_enabled, "MetricsEnabled")?,
            tags: value::optional(tags, "Tags")?,
            throttling_burst_limit: value::optional(
                throttling_burst_limit,
                "ThrottlingBurstLimit",
            )?,
            throttling_rate_limit: value::optional(
                throttling_rate_limit,
                "ThrottlingRateLimit",
            )?,
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
impl<'de> Deserialize<'de> for StageDescription {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`StageDescription`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StageDescriptionBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    access_log_setting: Option<Value<AccessLogSetting>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_cluster_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_cluster_size: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_data_encrypted: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_ttl_in_seconds: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    caching_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canary_setting: Option<Value<CanarySetting>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_certificate_id: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data_trace_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    documentation_version: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logging_level: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    method_settings: Option<Value<Vec<Value<MethodSetting>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metrics_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    throttling_burst_limit: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    throttling_rate_limit: Option<Value<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tracing_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    variables: Option<Value<BTreeMap<String, Value<String>>>>,
}
impl StageDescriptionBuilder {
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
    /// The size of the stage's cache cluster.
    pub fn cache_cluster_size(mut self, input: impl Into<Value<String>>) -> Self {
        self.cache_cluster_size = Some(input.into());
        self
    }
    /// Sets `CacheClusterSize`, or clears it with `None`.
    ///
    /// The size of the stage's cache cluster.
    pub fn set_cache_cluster_size(mut self, input: Option<Value<String>>) -> Self {
        self.cache_cluster_size = input;
        self
    }
    /// Sets `CacheDataEncrypted`.
    ///
    /// Indicates whether the cached responses are encrypted.
    pub fn cache_data_encrypted(mut self, input: impl Into<Value<bool>>) -> Self {
        self.cache_data_encrypted = Some(input.into());
        self
    }
    /// Sets `CacheDataEncrypted`, or clears it with `None`.
    ///
    /// Indicates whether the cached responses are encrypted.
    pub fn set_cache_data_encrypted(mut self, input: Option<Value<bool>>) -> Self {
        self.cache_data_encrypted = input;
        self
    }
    /// Sets `CacheTtlInSeconds`.
    ///
    /// The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches responses.
    pub fn cache_ttl_in_seconds(mut self, input: impl Into<Value<i64>>) -> Self {
        self.cache_ttl_in_seconds = Some(input.into());
        self
    }
    /// Sets `CacheTtlInSeconds`, or clears it with `None`.
    ///
    /// The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches responses.
    pub fn set_cache_ttl_in_seconds(mut self, input: Option<Value<i64>>) -> Self {
        self.cache_ttl_in_seconds = input;
        self
    }
    /// Sets `CachingEnabled`.
    ///
    /// Indicates whether responses are cached and returned for requests. You must enable a cache cluster on the stage to cache responses. For more information, see [Enable API Gateway Caching in a Stage to Enhance API Performance](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html) in the *API Gateway Developer Guide*.
    pub fn caching_enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.caching_enabled = Some(input.into());
        self
    }
    /// Sets `CachingEnabled`, or clears it with `None`.
    ///
    /// Indicates whether responses are cached and returned for requests. You must enable a cache cluster on the stage to cache responses. For more information, see [Enable API Gateway Caching in a Stage to Enhance API Performance](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html) in the *API Gateway Developer Guide*.
    pub fn set_caching_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.caching_enabled = input;
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
    /// The identifier of the client certificate that API Gateway uses to call your integration endpoints in the stage.
    pub fn client_certificate_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.client_certificate_id = Some(input.into());
        self
    }
    /// Sets `ClientCertificateId`, or clears it with `None`.
    ///
    /// The identifier of the client certificate that API Gateway uses to call your integration endpoints in the stage.
    pub fn set_client_certificate_id(mut self, input: Option<Value<String>>) -> Self {
        self.client_certificate_id = input;
        self
    }
    /// Sets `DataTraceEnabled`.
    ///
    /// Indicates whether data trace logging is enabled for methods in the stage. API Gateway pushes these logs to Amazon CloudWatch Logs.
    pub fn data_trace_enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.data_trace_enabled = Some(input.into());
        self
    }
    /// Sets `DataTraceEnabled`, or clears it with `None`.
    ///
    /// Indicates whether data trace logging is enabled for methods in the stage. API Gateway pushes these logs to Amazon CloudWatch Logs.
    pub fn set_data_trace_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.data_trace_enabled = input;
        self
    }
    /// Sets `Description`.
    ///
    /// A description of the purpose of the stage.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description of the purpose of the stage.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `DocumentationVersion`.
    ///
    /// The version identifier of the API documentation snapshot.
    pub fn documentation_version(mut self, input: impl Into<Value<String>>) -> Self {
        self.documentation_version = Some(input.into());
        self
    }
    /// Sets `DocumentationVersion`, or clears it with `None`.
    ///
    /// The version identifier of the API documentation snapshot.
    pub fn set_documentation_version(mut self, input: Option<Value<String>>) -> Self {
        self.documentation_version = input;
        self
    }
    /// Sets `LoggingLevel`.
    ///
    /// The logging level for this method. For valid values, see the `loggingLevel` property of the [Stage](https://docs.aws.amazon.com/apigateway/api-reference/resource/stage/#loggingLevel) resource in the *Amazon API Gateway API Reference*.
    pub fn logging_level(mut self, input: impl Into<Value<String>>) -> Self {
        self.logging_level = Some(input.into());
        self
    }
    /// Sets `LoggingLevel`, or clears it with `None`.
    ///
    /// The logging level for this method. For valid values, see the `loggingLevel` property of the [Stage](https://docs.aws.amazon.com/apigateway/api-reference/resource/stage/#loggingLevel) resource in the *Amazon API Gateway API Reference*.
    pub fn set_logging_level(mut self, input: Option<Value<String>>) -> Self {
        self.logging_level = input;
        self
    }
    /// Appends one item to `MethodSettings` (replacing an intrinsic function set with [`Self::set_method_settings`]).
    ///
    /// Configures settings for all of the stage's methods.
    pub fn method_settings(mut self, item: impl Into<Value<MethodSetting>>) -> Self {
        value::push_item(&mut self.method_settings, item.into());
        self
    }
    /// Sets `MethodSettings`, or clears it with `None`.
    ///
    /// Configures settings for all of the stage's methods.
    pub fn set_method_settings(
        mut self,
        input: Option<Value<Vec<Value<MethodSetting>>>>,
    ) -> Self {
        self.method_settings = input;
        self
    }
    /// Sets `MetricsEnabled`.
    ///
    /// Indicates whether Amazon CloudWatch metrics are enabled for methods in the stage.
    pub fn metrics_enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.metrics_enabled = Some(input.into());
        self
    }
    /// Sets `MetricsEnabled`, or clears it with `None`.
    ///
    /// Indicates whether Amazon CloudWatch metrics are enabled for methods in the stage.
    pub fn set_metrics_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.metrics_enabled = input;
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
    /// Sets `ThrottlingBurstLimit`.
    ///
    /// The target request burst rate limit. This allows more requests through for a period of time than the target rate limit. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn throttling_burst_limit(mut self, input: impl Into<Value<i64>>) -> Self {
        self.throttling_burst_limit = Some(input.into());
        self
    }
    /// Sets `ThrottlingBurstLimit`, or clears it with `None`.
    ///
    /// The target request burst rate limit. This allows more requests through for a period of time than the target rate limit. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn set_throttling_burst_limit(mut self, input: Option<Value<i64>>) -> Self {
        self.throttling_burst_limit = input;
        self
    }
    /// Sets `ThrottlingRateLimit`.
    ///
    /// The target request steady-state rate limit. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn throttling_rate_limit(mut self, input: impl Into<Value<f64>>) -> Self {
        self.throttling_rate_limit = Some(input.into());
        self
    }
    /// Sets `ThrottlingRateLimit`, or clears it with `None`.
    ///
    /// The target request steady-state rate limit. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn set_throttling_rate_limit(mut self, input: Option<Value<f64>>) -> Self {
        self.throttling_rate_limit = input;
        self
    }
    /// Sets `TracingEnabled`.
    ///
    /// Specifies whether active tracing with X-ray is enabled for this stage.
    ///
    /// For more information, see [Trace API Gateway API Execution with AWS X-Ray](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html) in the *API Gateway Developer Guide*.
    pub fn tracing_enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.tracing_enabled = Some(input.into());
        self
    }
    /// Sets `TracingEnabled`, or clears it with `None`.
    ///
    /// Specifies whether active tracing with X-ray is enabled for this stage.
    ///
    /// For more information, see [Trace API Gateway API Execution with AWS X-Ray](https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html) in the *API Gateway Developer Guide*.
    pub fn set_tracing_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.tracing_enabled = input;
        self
    }
    /// Adds one entry to `Variables` (replacing an intrinsic function set with [`Self::set_variables`]).
    ///
    /// A map that defines the stage variables. Variable names must consist of alphanumeric characters, and the values must match the following regular expression: `[A-Za-z0-9-._~:/?#&=,]+`.
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
    /// A map that defines the stage variables. Variable names must consist of alphanumeric characters, and the values must match the following regular expression: `[A-Za-z0-9-._~:/?#&=,]+`.
    pub fn set_variables(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.variables = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<StageDescription, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<StageDescription, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for StageDescription {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Deployment.StageDescription` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a StageDescription object",
            &|c, object| {
                let [access_log_setting, cache_cluster_enabled, cache_cluster_size,
                cache_data_encrypted, cache_ttl_in_seconds, caching_enabled,
                canary_setting, client_certificate_id, data_trace_enabled, description,
                documentation_version, logging_level, method_settings, metrics_enabled,
                tags, throttling_burst_limit, throttling_rate_limit, tracing_enabled,
                variables] = c.properties(object, &PROPERTY_NAMES, None);
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
                c.property(cache_data_encrypted, "CacheDataEncrypted", context, Boolean);
                c.property(cache_ttl_in_seconds, "CacheTtlInSeconds", context, Integer);
                c.property(caching_enabled, "CachingEnabled", context, Boolean);
                c.property(
                    canary_setting,
                    "CanarySetting",
                    context,
                    Object::<CanarySetting>::SHAPE,
                );
                c.property(client_certificate_id, "ClientCertificateId", context, Text);
                c.property(data_trace_enabled, "DataTraceEnabled", context, Boolean);
                c.property(description, "Description", context, Text);
                c.property(documentation_version, "DocumentationVersion", context, Text);
                c.property(logging_level, "LoggingLevel", context, Text);
                c.property(
                    method_settings,
                    "MethodSettings",
                    context,
                    List(Object::<MethodSetting>::SHAPE),
                );
                c.property(metrics_enabled, "MetricsEnabled", context, Boolean);
                c.property(tags, "Tags", context, List(AnyJson));
                c.property(
                    throttling_burst_limit,
                    "ThrottlingBurstLimit",
                    context,
                    Integer,
                );
                c.property(
                    throttling_rate_limit,
                    "ThrottlingRateLimit",
                    context,
                    Double,
                );
                c.property(tracing_enabled, "TracingEnabled", context, Boolean);
                c.property(variables, "Variables", context, Map(Text));
            },
        );
    }
}
