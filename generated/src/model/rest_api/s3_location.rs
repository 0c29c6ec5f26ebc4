// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::RestApi.S3Location`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// `S3Location` is a property of the [AWS::ApiGateway::RestApi](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html) resource that specifies the Amazon S3 location of a OpenAPI (formerly Swagger) file that defines a set of RESTful APIs in JSON or YAML.
///
///
///
/// **Note**
///
/// On January 1, 2016, the Swagger Specification was donated to the [OpenAPI initiative](https://www.openapis.org/), becoming the foundation of the OpenAPI Specification.
///
/// CloudFormation property type `AWS::ApiGateway::RestApi.S3Location`. Build one with [`S3Location::builder`], or load and check one with
/// [`S3Location::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-restapi-s3location#aws-properties-apigateway-restapi-s3location`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-restapi-s3location.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct S3Location {
    /// The name of the S3 bucket where the OpenAPI file is stored.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-restapi-s3location#cfn-apigateway-restapi-s3location-bucket`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-restapi-s3location.html#cfn-apigateway-restapi-s3location-bucket)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<Value<String>>,
    /// The Amazon S3 ETag (a file checksum) of the OpenAPI file. If you don't specify a value, API Gateway skips ETag validation of your OpenAPI file.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-restapi-s3location#cfn-apigateway-restapi-s3location-etag`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-restapi-s3location.html#cfn-apigateway-restapi-s3location-etag)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub e_tag: Option<Value<String>>,
    /// The file name of the OpenAPI file (Amazon S3 object name).
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-restapi-s3location#cfn-apigateway-restapi-s3location-key`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-restapi-s3location.html#cfn-apigateway-restapi-s3location-key)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<Value<String>>,
    /// For versioning-enabled buckets, a specific version of the OpenAPI file.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-restapi-s3location#cfn-apigateway-restapi-s3location-version`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-restapi-s3location.html#cfn-apigateway-restapi-s3location-version)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `S3Location`, sorted.
const PROPERTY_NAMES: [&str; 4] = ["Bucket", "ETag", "Key", "Version"];
impl S3Location {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::RestApi.S3Location";
    /// A builder; `build()` checks the result.
    pub fn builder() -> S3LocationBuilder {
        S3LocationBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a S3Location object or an `Fn::If` choosing between such objects.
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
impl FromJson for S3Location {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [bucket, e_tag, key, version] = value::take_properties(
            json,
            "a S3Location object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            bucket: value::optional(bucket, "Bucket")?,
            e_tag: value::optional(e_tag, "ETag")?,
            key: value::optional(key, "Key")?,
            version: value::optional(version, "Version")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for S3Location {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`S3Location`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct S3LocationBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    bucket: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    e_tag: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<Value<String>>,
}
impl S3LocationBuilder {
    /// Sets `Bucket`.
    ///
    /// The name of the S3 bucket where the OpenAPI file is stored.
    pub fn bucket(mut self, input: impl Into<Value<String>>) -> Self {
        self.bucket = Some(input.into());
        self
    }
    /// Sets `Bucket`, or clears it with `None`.
    ///
    /// The name of the S3 bucket where the OpenAPI file is stored.
    pub fn set_bucket(mut self, input: Option<Value<String>>) -> Self {
        self.bucket = input;
        self
    }
    /// Sets `ETag`.
    ///
    /// The Amazon S3 ETag (a file checksum) of the OpenAPI file. If you don't specify a value, API Gateway skips ETag validation of your OpenAPI file.
    pub fn e_tag(mut self, input: impl Into<Value<String>>) -> Self {
        self.e_tag = Some(input.into());
        self
    }
    /// Sets `ETag`, or clears it with `None`.
    ///
    /// The Amazon S3 ETag (a file checksum) of the OpenAPI file. If you don't specify a value, API Gateway skips ETag validation of your OpenAPI file.
    pub fn set_e_tag(mut self, input: Option<Value<String>>) -> Self {
        self.e_tag = input;
        self
    }
    /// Sets `Key`.
    ///
    /// The file name of the OpenAPI file (Amazon S3 object name).
    pub fn key(mut self, input: impl Into<Value<String>>) -> Self {
        self.key = Some(input.into());
        self
    }
    /// Sets `Key`, or clears it with `None`.
    ///
    /// The file name of the OpenAPI file (Amazon S3 object name).
    pub fn set_key(mut self, input: Option<Value<String>>) -> Self {
        self.key = input;
        self
    }
    /// Sets `Version`.
    ///
    /// For versioning-enabled buckets, a specific version of the OpenAPI file.
    pub fn version(mut self, input: impl Into<Value<String>>) -> Self {
        self.version = Some(input.into());
        self
    }
    /// Sets `Version`, or clears it with `None`.
    ///
    /// For versioning-enabled buckets, a specific version of the OpenAPI file.
    pub fn set_version(mut self, input: Option<Value<String>>) -> Self {
        self.version = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<S3Location, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<S3Location, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for S3Location {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::RestApi.S3Location` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a S3Location object",
            &|c, object| {
                let [bucket, e_tag, key, version] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(bucket, "Bucket", context, Text);
                c.property(e_tag, "ETag", context, Text);
                c.property(key, "Key", context, Text);
                c.property(version, "Version", context, Text);
            },
        );
    }
}
