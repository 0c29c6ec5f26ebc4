// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::RestApi`: the resource type (its struct, builder and validator) and its property types.
mod endpoint_configuration;
mod s3_location;
pub use endpoint_configuration::{EndpointConfiguration, EndpointConfigurationBuilder};
pub use s3_location::{S3Location, S3LocationBuilder};
use std::collections::BTreeMap;
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{AnyJson, Boolean, Integer, List, Map, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::CheckContext;
/// The `AWS::ApiGateway::RestApi` resource creates a REST API. For more information, see [restapi:create](https://docs.aws.amazon.com/apigateway/api-reference/link-relation/restapi-create/) in the *Amazon API Gateway REST API Reference*.
///
///
///
/// **Note**
///
/// On January 1, 2016, the Swagger Specification was donated to the [OpenAPI initiative](https://www.openapis.org/), becoming the foundation of the OpenAPI Specification.
///
/// CloudFormation resource type `AWS::ApiGateway::RestApi` (its `Properties`). Build one with [`RestApi::builder`], or load and check one with
/// [`RestApi::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-restapi#aws-resource-apigateway-restapi`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct RestApi {
    /// The source of the API key for metering requests according to a usage plan. Valid values are:
    ///
    /// + `HEADER` to read the API key from the `X-API-Key` header of a request.
    /// + `AUTHORIZER` to read the API key from the `UsageIdentifierKey` from a Lambda authorizer.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-apikeysourcetype`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-apikeysourcetype)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_source_type: Option<Value<String>>,
    /// The list of binary media types that are supported by the `RestApi` resource. Use `~1` instead of `/` in the media types, for example `image~1png` or `application~1octet-stream`. By default, `RestApi` supports only UTF-8-encoded text payloads. Duplicates are not allowed. For more information, see [Enable Support for Binary Payloads in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-binarymediatypes`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-binarymediatypes)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub binary_media_types: Option<Value<Vec<Value<String>>>>,
    /// An OpenAPI specification that defines a set of RESTful APIs in JSON format. For YAML templates, you can also provide the specification in YAML format.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-body`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-body)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<serde_json::Value>,
    /// The Amazon Simple Storage Service (Amazon S3) location that points to an OpenAPI file, which defines a set of RESTful APIs in JSON or YAML format.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-bodys3location`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-bodys3location)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_s3_location: Option<Value<S3Location>>,
    /// The ID of the `RestApi` resource that you want to clone.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-clonefrom`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-clonefrom)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clone_from: Option<Value<String>>,
    /// A description of the `RestApi` resource.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-description`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-description)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Value<String>>,
    /// Specifies whether clients can invoke your API by using the default `execute-api` endpoint. By default, clients can invoke your API with the default https://{api_id}.execute-api.{region}.amazonaws.com endpoint. To require that clients use a custom domain name to invoke your API, disable the default endpoint.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-disableexecuteapiendpoint`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-disableexecuteapiendpoint)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disable_execute_api_endpoint: Option<Value<bool>>,
    /// A list of the endpoint types of the API. Use this property when creating an API. When importing an existing API, specify the endpoint configuration types using the `Parameters` property.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-endpointconfiguration`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-endpointconfiguration)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint_configuration: Option<Value<EndpointConfiguration>>,
    /// Indicates whether to roll back the resource if a warning occurs while API Gateway is creating the `RestApi` resource.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-failonwarnings`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-failonwarnings)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fail_on_warnings: Option<Value<bool>>,
    /// A nullable integer that is used to enable compression (with non-negative between 0 and 10485760 (10M) bytes, inclusive) or disable compression (with a null value) on an API. When compression is enabled, compression or decompression is not applied on the payload if the payload size is smaller than this value. Setting it to zero allows compression for any payload size.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-minimumcompressionsize`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-minimumcompressionsize)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_compression_size: Option<Value<i64>>,
    /// This property applies only when you use OpenAPI to define your REST API. The `Mode` determines how API Gateway handles resource updates.
    ///
    /// Valid values are `overwrite` or `merge`.
    ///
    /// For `overwrite`, the new API definition replaces the existing one. The existing API identifier remains unchanged.
    ///
    ///  For `merge`, the new API definition takes precedence, but any container types such as endpoint configurations and binary media types are merged with the existing API. Use `merge` to define top-level `RestApi` properties in addition to using OpenAPI. Generally, it's preferred to use API Gateway's OpenAPI extensions to model these properties.
    ///
    /// If you don't specify this property, a default value is chosen. For REST APIs created before March 29, 2021, the default is `overwrite`. Otherwise, the default value is `merge`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-mode`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-mode)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Value<String>>,
    /// A name for the `RestApi` resource.
    ///
    /// - Required: Conditional (see the rules below)
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-name`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-name)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Value<String>>,
    /// Custom header parameters for the request.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-parameters`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-parameters)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Value<BTreeMap<String, Value<String>>>>,
    /// A policy document that contains the permissions for the `RestApi` resource. To set the ARN for the policy, use the `!Join` intrinsic function with `""` as delimiter and values of `"execute-api:/"` and `"*"`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-policy`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-policy)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<serde_json::Value>,
    /// An array of arbitrary tags (key-value pairs) to associate with the API.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-restapi#cfn-apigateway-restapi-tags`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html#cfn-apigateway-restapi-tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<serde_json::Value>>>,
}
/// The CloudFormation names of the properties of `RestApi`, sorted.
const PROPERTY_NAMES: [&str; 15] = [
    "ApiKeySourceType",
    "BinaryMediaTypes",
    "Body",
    "BodyS3Location",
    "CloneFrom",
    "Description",
    "DisableExecuteApiEndpoint",
    "EndpointConfiguration",
    "FailOnWarnings",
    "MinimumCompressionSize",
    "Mode",
    "Name",
    "Parameters",
    "Policy",
    "Tags",
];
impl RestApi {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::RestApi";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> RestApiBuilder {
        RestApiBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a RestApi object or an `Fn::If` choosing between such objects.
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
impl FromJson for RestApi {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [api_key_source_type, binary_media_types, body, body_s3_location, clone_from,
        description, disable_execute_api_endpoint, endpoint_configuration,
        fail_on_warnings, minimum_compression_size, mode, name, parameters, policy, tags,
        ] = value::take_properties(json, "a RestApi object", &PROPERTY_NAMES)?;
        Ok(Self {
            api_key_source_type: value::optional(
                api_key_source_type,
                "ApiKeySourceType",
            )?,
            binary_media_types: value::optional(binary_media_types, "BinaryMediaTypes")?,
            body: value::optional(body, "Body")?,
            body_s3_location: value::optional(body_s3_location, "BodyS3Location")?,
            clone_from: value::optional(clone_from, "CloneFrom")?,
            description: value::optional(description, "Description")?,
            disable_execute_api_endpoint: value::optional(
                disable_execute_api_endpoint,
                "DisableExecuteApiEndpoint",
            )?,
            endpoint_configuration: value::optional(
                endpoint_configuration,
                "EndpointConfiguration",
            )?,
            fail_on_warnings: value::optional(fail_on_warnings, "FailOnWarnings")?,
            minimum_compression_size: value::optional(
                minimum_compression_size,
                "MinimumCompressionSize",
            )?,
            mode: value::optional(mode, "Mode")?,
            name: value::optional(name, "Name")?,
            parameters: value::optional(parameters, "Parameters")?,
            policy: value::optional(policy, "Policy")?,
            tags: value::optional(tags, "Tags")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for RestApi {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`RestApi`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct RestApiBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key_source_type: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    binary_media_types: Option<Value<Vec<Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body_s3_location: Option<Value<S3Location>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    clone_from: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    disable_execute_api_endpoint: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    endpoint_configuration: Option<Value<EndpointConfiguration>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fail_on_warnings: Option<Value<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minimum_compression_size: Option<Value<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameters: Option<Value<BTreeMap<String, Value<String>>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    policy: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<serde_json::Value>>>,
}
impl RestApiBuilder {
    /// Sets `ApiKeySourceType`.
    ///
    /// The source of the API key for metering requests according to a usage plan. Valid values are:
    ///
    /// + `HEADER` to read the API key from the `X-API-Key` header of a request.
    /// + `AUTHORIZER` to read the API key from the `UsageIdentifierKey` from a Lambda authorizer.
    pub fn api_key_source_type(mut self, input: impl Into<Value<String>>) -> Self {
        self.api_key_source_type = Some(input.into());
        self
    }
    /// Sets `ApiKeySourceType`, or clears it with `None`.
    ///
    /// The source of the API key for metering requests according to a usage plan. Valid values are:
    ///
    /// + `HEADER` to read the API key from the `X-API-Key` header of a request.
    /// + `AUTHORIZER` to read the API key from the `UsageIdentifierKey` from a Lambda authorizer.
    pub fn set_api_key_source_type(mut self, input: Option<Value<String>>) -> Self {
        self.api_key_source_type = input;
        self
    }
    /// Appends one item to `BinaryMediaTypes` (replacing an intrinsic function set with [`Self::set_binary_media_types`]).
    ///
    /// The list of binary media types that are supported by the `RestApi` resource. Use `~1` instead of `/` in the media types, for example `image~1png` or `application~1octet-stream`. By default, `RestApi` supports only UTF-8-encoded text payloads. Duplicates are not allowed. For more information, see [Enable Support for Binary Payloads in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html) in the *API Gateway Developer Guide*.
    pub fn binary_media_types(mut self, item: impl Into<Value<String>>) -> Self {
        value::push_item(&mut self.binary_media_types, item.into());
        self
    }
    /// Sets `BinaryMediaTypes`, or clears it with `None`.
    ///
    /// The list of binary media types that are supported by the `RestApi` resource. Use `~1` instead of `/` in the media types, for example `image~1png` or `application~1octet-stream`. By default, `RestApi` supports only UTF-8-encoded text payloads. Duplicates are not allowed. For more information, see [Enable Support for Binary Payloads in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html) in the *API Gateway Developer Guide*.
    pub fn set_binary_media_types(
        mut self,
        input: Option<Value<Vec<Value<String>>>>,
    ) -> Self {
        self.binary_media_types = input;
        self
    }
    /// Sets `Body`.
    ///
    /// An OpenAPI specification that defines a set of RESTful APIs in JSON format. For YAML templates, you can also provide the specification in YAML format.
    pub fn body(mut self, input: impl Into<serde_json::Value>) -> Self {
        self.body = Some(input.into());
        self
    }
    /// Sets `Body`, or clears it with `None`.
    ///
    /// An OpenAPI specification that defines a set of RESTful APIs in JSON format. For YAML templates, you can also provide the specification in YAML format.
    pub fn set_body(mut self, input: Option<serde_json::Value>) -> Self {
        self.body = input;
        self
    }
    /// Sets `BodyS3Location`.
    ///
    /// The Amazon Simple Storage Service (Amazon S3) location that points to an OpenAPI file, which defines a set of RESTful APIs in JSON or YAML format.
    pub fn body_s3_location(mut self, input: impl Into<Value<S3Location>>) -> Self {
        self.body_s3_location = Some(input.into());
        self
    }
    /// Sets `BodyS3Location`, or clears it with `None`.
    ///
    /// The Amazon Simple Storage Service (Amazon S3) location that points to an OpenAPI file, which defines a set of RESTful APIs in JSON or YAML format.
    pub fn set_body_s3_location(mut self, input: Option<Value<S3Location>>) -> Self {
        self.body_s3_location = input;
        self
    }
    /// Sets `CloneFrom`.
    ///
    /// The ID of the `RestApi` resource that you want to clone.
    pub fn clone_from(mut self, input: impl Into<Value<String>>) -> Self {
        self.clone_from = Some(input.into());
        self
    }
    /// Sets `CloneFrom`, or clears it with `None`.
    ///
    /// The ID of the `RestApi` resource that you want to clone.
    pub fn set_clone_from(mut self, input: Option<Value<String>>) -> Self {
        self.clone_from = input;
        self
    }
    /// Sets `Description`.
    ///
    /// A description of the `RestApi` resource.
    pub fn description(mut self, input: impl Into<Value<String>>) -> Self {
        self.description = Some(input.into());
        self
    }
    /// Sets `Description`, or clears it with `None`.
    ///
    /// A description of the `RestApi` resource.
    pub fn set_description(mut self, input: Option<Value<String>>) -> Self {
        self.description = input;
        self
    }
    /// Sets `DisableExecuteApiEndpoint`.
    ///
    /// Specifies whether clients can invoke your API by using the default `execute-api` endpoint. By default, clients can invoke your API with the default https://{api_id}.execute-api.{region}.amazonaws.com endpoint. To require that clients use a custom domain name to invoke your API, disable the default endpoint.
    pub fn disable_execute_api_endpoint(
        mut self,
        input: impl Into<Value<bool>>,
    ) -> Self {
        self.disable_execute_api_endpoint = Some(input.into());
        self
    }
    /// Sets `DisableExecuteApiEndpoint`, or clears it with `None`.
    ///
    /// Specifies whether clients can invoke your API by using the default `execute-api` endpoint. By default, clients can invoke your API with the default https://{api_id}.execute-api.{region}.amazonaws.com endpoint. To require that clients use a custom domain name to invoke your API, disable the default endpoint.
    pub fn set_disable_execute_api_endpoint(
        mut self,
        input: Option<Value<bool>>,
    ) -> Self {
        self.disable_execute_api_endpoint = input;
        self
    }
    /// Sets `EndpointConfiguration`.
    ///
    /// A list of the endpoint types of the API. Use this property when creating an API. When importing an existing API, specify the endpoint configuration types using the `Parameters` property.
    pub fn endpoint_configuration(
        mut self,
        input: impl Into<Value<EndpointConfiguration>>,
    ) -> Self {
        self.endpoint_configuration = Some(input.into());
        self
    }
    /// Sets `EndpointConfiguration`, or clears it with `None`.
    ///
    /// A list of the endpoint types of the API. Use this property when creating an API. When importing an existing API, specify the endpoint configuration types using the `Parameters` property.
    pub fn set_endpoint_configuration(
        mut self,
        input: Option<Value<EndpointConfiguration>>,
    ) -> Self {
        self.endpoint_configuration = input;
        self
    }
    /// Sets `FailOnWarnings`.
    ///
    /// Indicates whether to roll back the resource if a warning occurs while API Gateway is creating the `RestApi` resource.
    pub fn fail_on_warnings(mut self, input: impl Into<Value<bool>>) -> Self {
        self.fail_on_warnings = Some(input.into());
        self
    }
    /// Sets `FailOnWarnings`, or clears it with `None`.
    ///
    /// Indicates whether to roll back the resource if a warning occurs while API Gateway is creating the `RestApi` resource.
    pub fn set_fail_on_warnings(mut self, input: Option<Value<bool>>) -> Self {
        self.fail_on_warnings = input;
        self
    }
    /// Sets `MinimumCompressionSize`.
    ///
    /// A nullable integer that is used to enable compression (with non-negative between 0 and 10485760 (10M) bytes, inclusive) or disable compression (with a null value) on an API. When compression is enabled, compression or decompression is not applied on the payload if the payload size is smaller than this value. Setting it to zero allows compression for any payload size.
    pub fn minimum_compression_size(mut self, input: impl Into<Value<i64>>) -> Self {
        self.minimum_compression_size = Some(input.into());
        self
    }
    /// Sets `MinimumCompressionSize`, or clears it with `None`.
    ///
    /// A nullable integer that is used to enable compression (with non-negative between 0 and 10485760 (10M) bytes, inclusive) or disable compression (with a null value) on an API. When compression is enabled, compression or decompression is not applied on the payload if the payload size is smaller than this value. Setting it to zero allows compression for any payload size.
    pub fn set_minimum_compression_size(mut self, input: Option<Value<i64>>) -> Self {
        self.minimum_compression_size = input;
        self
    }
    /// Sets `Mode`.
    ///
    /// This property applies only when you use OpenAPI to define your REST API. The `Mode` determines how API Gateway handles resource updates.
    ///
    /// Valid values are `overwrite` or `merge`.
    ///
    /// For `overwrite`, the new API definition replaces the existing one. The existing API identifier remains unchanged.
    ///
    ///  For `merge`, the new API definition takes precedence, but any container types such as endpoint configurations and binary media types are merged with the existing API. Use `merge` to define top-level `RestApi` properties in addition to using OpenAPI. Generally, it's preferred to use API Gateway's OpenAPI extensions to model these properties.
    ///
    /// If you don't specify this property, a default value is chosen. For REST APIs created before March 29, 2021, the default is `overwrite`. Otherwise, the default value is `merge`.
    pub fn mode(mut self, input: impl Into<Value<String>>) -> Self {
        self.mode = Some(input.into());
        self
    }
    /// Sets `Mode`, or clears it with `None`.
    ///
    /// This property applies only when you use OpenAPI to define your REST API. The `Mode` determines how API Gateway handles resource updates.
    ///
    /// Valid values are `overwrite` or `merge`.
    ///
    /// For `overwrite`, the new API definition replaces the existing one. The existing API identifier remains unchanged.
    ///
    ///  For `merge`, the new API definition takes precedence, but any container types such as endpoint configurations and binary media types are merged with the existing API. Use `merge` to define top-level `RestApi` properties in addition to using OpenAPI. Generally, it's preferred to use API Gateway's OpenAPI extensions to model these properties.
    ///
    /// If you don't specify this property, a default value is chosen. For REST APIs created before March 29, 2021, the default is `overwrite`. Otherwise, the default value is `merge`.
    pub fn set_mode(mut self, input: Option<Value<String>>) -> Self {
        self.mode = input;
        self
    }
    /// Sets `Name`.
    ///
    /// A name for the `RestApi` resource.
    pub fn name(mut self, input: impl Into<Value<String>>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `Name`, or clears it with `None`.
    ///
    /// A name for the `RestApi` resource.
    pub fn set_name(mut self, input: Option<Value<String>>) -> Self {
        self.name = input;
        self
    }
    /// Adds one entry to `Parameters` (replacing an intrinsic function set with [`Self::set_parameters`]).
    ///
    /// Custom header parameters for the request.
    pub fn parameters(
        mut self,
        key: impl Into<String>,
        input: impl Into<Value<String>>,
    ) -> Self {
        value::insert_entry(&mut self.parameters, key.into(), input.into());
        self
    }
    /// Sets `Parameters`, or clears it with `None`.
    ///
    /// Custom header parameters for the request.
    pub fn set_parameters(
        mut self,
        input: Option<Value<BTreeMap<String, Value<String>>>>,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// Sets `Policy`.
    ///
    /// A policy document that contains the permissions for the `RestApi` resource. To set the ARN for the policy, use the `!Join` intrinsic function with `""` as delimiter and values of `"execute-api:/"` and `"*"`.
    pub fn policy(mut self, input: impl Into<serde_json::Value>) -> Self {
        self.policy = Some(input.into());
        self
    }
    /// Sets `Policy`, or clears it with `None`.
    ///
    /// A policy document that contains the permissions for the `RestApi` resource. To set the ARN for the policy, use the `!Join` intrinsic function with `""` as delimiter and values of `"execute-api:/"` and `"*"`.
    pub fn set_policy(mut self, input: Option<serde_json::Value>) -> Self {
        self.policy = input;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the API.
    pub fn tags(mut self, item: impl Into<serde_json::Value>) -> Self {
        value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the API.
    pub fn set_tags(mut self, input: Option<Value<Vec<serde_json::Value>>>) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<RestApi, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<RestApi, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for RestApi {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::RestApi` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a RestApi object",
            &|c, object| {
                let [api_key_source_type, binary_media_types, body, body_s3_location,
                clone_from, description, disable_execute_api_endpoint,
                endpoint_configuration, fail_on_warnings, minimum_compression_size, mode,
                name, parameters, policy, tags] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(api_key_source_type, "ApiKeySourceType", context, Text);
                c.property(binary_media_types, "BinaryMediaTypes", context, List(Text));
                c.property(body, "Body", context, AnyJson);
                c.property(
                    body_s3_location,
                    "BodyS3Location",
                    context,
                    Object::<S3Location>::SHAPE,
                );
                c.property(clone_from, "CloneFrom", context, Text);
                c.property(description, "Description", context, Text);
                c.property(
                    disable_execute_api_endpoint,
                    "DisableExecuteApiEndpoint",
                    context,
                    Boolean,
                );
                c.property(
                    endpoint_configuration,
                    "EndpointConfiguration",
                    context,
                    Object::<EndpointConfiguration>::SHAPE,
                );
                c.property(fail_on_warnings, "FailOnWarnings", context, Boolean);
                c.property(
                    minimum_compression_size,
                    "MinimumCompressionSize",
                    context,
                    Integer,
                );
                c.property(mode, "Mode", context, Text);
                c.property(name, "Name", context, Text);
                c.property(parameters, "Parameters", context, Map(Text));
                c.property(policy, "Policy", context, AnyJson);
                c.property(tags, "Tags", context, List(AnyJson));
            },
        );
    }
}
