// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Stage.MethodSetting`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{Boolean, Double, Integer, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::rules::{
    STAGE_METHOD_SETTING_HTTP_METHOD_REQUIRED,
    STAGE_METHOD_SETTING_RESOURCE_PATH_REQUIRED,
};
use super::super::CheckContext;
/// The `MethodSetting` property type configures settings for all methods in a stage.
///
///
///
/// The `MethodSettings` property of the `AWS::ApiGateway::Stage` resource contains a list of `MethodSetting` property types.
///
/// CloudFormation property type `AWS::ApiGateway::Stage.MethodSetting`. Build one with [`MethodSetting::builder`], or load and check one with
/// [`MethodSetting::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-stage-methodsetting#aws-properties-apigateway-stage-methodsetting`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct MethodSetting {
    /// Indicates whether the cached responses are encrypted.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-cachedataencrypted`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-cachedataencrypted)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_data_encrypted: Option<Value<bool>>,
    /// The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches responses.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-cachettlinseconds`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-cachettlinseconds)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_ttl_in_seconds: Option<Value<i64>>,
    /// Indicates whether responses are cached and returned for requests. You must enable a cache cluster on the stage to cache responses.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-cachingenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-cachingenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caching_enabled: Option<Value<bool>>,
    /// Indicates whether data trace logging is enabled for methods in the stage. API Gateway pushes these logs to Amazon CloudWatch Logs.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-datatraceenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-datatraceenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_trace_enabled: Option<Value<bool>>,
    /// The HTTP method. To apply settings to multiple resources and methods, specify an asterisk (`*`) for the `HttpMethod` and `/*` for the `ResourcePath`. This parameter is required when you specify a `MethodSetting`.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Rules: `stage-method-setting-http-method-required`
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-httpmethod`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-httpmethod)
    pub http_method: Value<String>,
    /// The logging level for this method. For valid values, see the `loggingLevel` property of the [Stage](https://docs.aws.amazon.com/apigateway/api-reference/resource/stage/#loggingLevel) resource in the *Amazon API Gateway API Reference*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-logginglevel`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-logginglevel)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logging_level: Option<Value<String>>,
    /// Indicates whether Amazon CloudWatch metrics are enabled for methods in the stage.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-metricsenabled`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-metricsenabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metrics_enabled: Option<Value<bool>>,
    /// The resource path for this method. Forward slashes (`/`) are encoded as `~1` and the initial slash must include a forward slash. For example, the path value `/resource/subresource` must be encoded as `/~1resource~1subresource`. To specify the root path, use only a slash (`/`). To apply settings to multiple resources and methods, specify an asterisk (`*`) for the `HttpMethod` and `/*` for the `ResourcePath`. This parameter is required when you specify a `MethodSetting`.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Rules: `stage-method-setting-resource-path-required`
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-resourcepath`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-resourcepath)
    pub resource_path: Value<String>,
    /// The number of burst requests per second that API Gateway permits across all APIs, stages, and methods in your AWS account. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-throttlingburstlimit`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-throttlingburstlimit)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throttling_burst_limit: Option<Value<i64>>,
    /// The number of steady-state requests per second that API Gateway permits across all APIs, stages, and methods in your AWS account. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-stage-methodsetting#cfn-apigateway-stage-methodsetting-throttlingratelimit`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html#cfn-apigateway-stage-methodsetting-throttlingratelimit)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throttling_rate_limit: Option<Value<f64>>,
}
/// The CloudFormation names of the properties of `MethodSetting`, sorted.
const PROPERTY_NAMES: [&str; 10] = [
    "CacheDataEncrypted",
    "CacheTtlInSeconds",
    "CachingEnabled",
    "DataTraceEnabled",
    "HttpMethod",
    "LoggingLevel",
    "MetricsEnabled",
    "ResourcePath",
    "ThrottlingBurstLimit",
    "ThrottlingRateLimit",
];
impl MethodSetting {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Stage.MethodSetting";
    /// A builder; `build()` checks the result.
    pub fn builder() -> MethodSettingBuilder {
        MethodSettingBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a MethodSetting object or an `Fn::If` choosing between such objects.
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
impl FromJson for MethodSetting {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [cache_data_encrypted, cache_ttl_in_seconds, caching_enabled,
        data_trace_enabled, http_method, logging_level, metrics_enabled, resource_path,
        throttling_burst_limit, throttling_rate_limit] = value::take_properties(
            json,
            "a MethodSetting object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            cache_data_encrypted: value::optional(
                cache_data_encrypted,
                "CacheDataEncrypted",
            )?,
            cache_ttl_in_seconds: value::optional(
                cache_ttl_in_seconds,
                "CacheTtlInSeconds",
            )?,
            caching_enabled: value::optional(caching_enabled, "CachingEnabled")?,
            data_trace_enabled: value::optional(data_trace_enabled, "DataTraceEnabled")?,
            http_method: value::required(http_method, "HttpMethod")?,
            logging_level: value::optional(logging_level, "LoggingLevel")?,
            metrics_enabled: value::optional(metrics_enabled, "MetricsEnabled")?,
            resource_path: value::required(resource_path, "ResourcePath")?,
            throttling_burst_limit: value::optional(
                throttling_burst_limit,
                "ThrottlingBurstLimit",
            )?,
            throttling_rate_limit: value::optional(
                throttling_rate_limit,
                "ThrottlingRateLimit",
            )?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for MethodSetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`MethodSetting`].
///
/// `build()` needs `http_method`, `resource_path` and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MethodSettingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_data_encrypted: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_ttl_in_seconds: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    caching_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data_trace_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    http_method: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logging_level: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metrics_enabled: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    resource_path: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    throttling_burst_limit: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    throttling_rate_limit: Option<Value<f64>>,
}
impl MethodSettingBuilder {
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
    /// Indicates whether responses are cached and returned for requests. You must enable a cache cluster on the stage to cache responses.
    pub fn caching_enabled(mut self, input: impl Into<Value<bool>>) -> Self {
        self.caching_enabled = Some(input.into());
        self
    }
    /// Sets `CachingEnabled`, or clears it with `None`.
    ///
    /// Indicates whether responses are cached and returned for requests. You must enable a cache cluster on the stage to cache responses.
    pub fn set_caching_enabled(mut self, input: Option<Value<bool>>) -> Self {
        self.caching_enabled = input;
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
    /// Sets `HttpMethod`.
    ///
    /// The HTTP method. To apply settings to multiple resources and methods, specify an asterisk (`*`) for the `HttpMethod` and `/*` for the `ResourcePath`. This parameter is required when you specify a `MethodSetting`.
    pub fn http_method(mut self, input: impl Into<Value<String>>) -> Self {
        self.http_method = Some(input.into());
        self
    }
    /// Sets `HttpMethod`, or clears it with `None`.
    ///
    /// The HTTP method. To apply settings to multiple resources and methods, specify an asterisk (`*`) for the `HttpMethod` and `/*` for the `ResourcePath`. This parameter is required when you specify a `MethodSetting`.
    pub fn set_http_method(mut self, input: Option<Value<String>>) -> Self {
        self.http_method = input;
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
    /// Sets `ResourcePath`.
    ///
    /// The resource path for this method. Forward slashes (`/`) are encoded as `~1` and the initial slash must include a forward slash. For example, the path value `/resource/subresource` must be encoded as `/~1resource~1subresource`. To specify the root path, use only a slash (`/`). To apply settings to multiple resources and methods, specify an asterisk (`*`) for the `HttpMethod` and `/*` for the `ResourcePath`. This parameter is required when you specify a `MethodSetting`.
    pub fn resource_path(mut self, input: impl Into<Value<String>>) -> Self {
        self.resource_path = Some(input.into());
        self
    }
    /// Sets `ResourcePath`, or clears it with `None`.
    ///
    /// The resource path for this method. Forward slashes (`/`) are encoded as `~1` and the initial slash must include a forward slash. For example, the path value `/resource/subresource` must be encoded as `/~1resource~1subresource`. To specify the root path, use only a slash (`/`). To apply settings to multiple resources and methods, specify an asterisk (`*`) for the `HttpMethod` and `/*` for the `ResourcePath`. This parameter is required when you specify a `MethodSetting`.
    pub fn set_resource_path(mut self, input: Option<Value<String>>) -> Self {
        self.resource_path = input;
        self
    }
    /// Sets `ThrottlingBurstLimit`.
    ///
    /// The number of burst requests per second that API Gateway permits across all APIs, stages, and methods in your AWS account. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn throttling_burst_limit(mut self, input: impl Into<Value<i64>>) -> Self {
        self.throttling_burst_limit = Some(input.into());
        self
    }
    /// Sets `ThrottlingBurstLimit`, or clears it with `None`.
    ///
    /// The number of burst requests per second that API Gateway permits across all APIs, stages, and methods in your AWS account. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn set_throttling_burst_limit(mut self, input: Option<Value<i64>>) -> Self {
        self.throttling_burst_limit = input;
        self
    }
    /// Sets `ThrottlingRateLimit`.
    ///
    /// The number of steady-state requests per second that API Gateway permits across all APIs, stages, and methods in your AWS account. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn throttling_rate_limit(mut self, input: impl Into<Value<f64>>) -> Self {
        self.throttling_rate_limit = Some(input.into());
        self
    }
    /// Sets `ThrottlingRateLimit`, or clears it with `None`.
    ///
    /// The number of steady-state requests per second that API Gateway permits across all APIs, stages, and methods in your AWS account. For more information, see [Manage API Request Throttling](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html) in the *API Gateway Developer Guide*.
    pub fn set_throttling_rate_limit(mut self, input: Option<Value<f64>>) -> Self {
        self.throttling_rate_limit = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<MethodSetting, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<MethodSetting, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for MethodSetting {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Stage.MethodSetting` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a MethodSetting object",
            &|c, object| {
                let [cache_data_encrypted, cache_ttl_in_seconds, caching_enabled,
                data_trace_enabled, http_method, logging_level, metrics_enabled,
                resource_path, throttling_burst_limit, throttling_rate_limit] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(cache_data_encrypted, "CacheDataEncrypted", context, Boolean);
                c.property(cache_ttl_in_seconds, "CacheTtlInSeconds", context, Integer);
                c.property(caching_enabled, "CachingEnabled", context, Boolean);
                c.property(data_trace_enabled, "DataTraceEnabled", context, Boolean);
                c.property(http_method, "HttpMethod", context, Text);
                c.property(logging_level, "LoggingLevel", context, Text);
                c.property(metrics_enabled, "MetricsEnabled", context, Boolean);
                c.property(resource_path, "ResourcePath", context, Text);
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
                c.require_present(
                    http_method,
                    "HttpMethod",
                    &STAGE_METHOD_SETTING_HTTP_METHOD_REQUIRED,
                );
                c.require_present(
                    resource_path,
                    "ResourcePath",
                    &STAGE_METHOD_SETTING_RESOURCE_PATH_REQUIRED,
                );
            },
        );
    }
}
