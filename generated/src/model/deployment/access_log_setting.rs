// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Deployment.AccessLogSetting`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// The `AccessLogSetting` property type specifies settings for logging access in this stage.
///
///
///
///  `AccessLogSetting` is a property of the [StageDescription](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html) property type.
///
/// CloudFormation property type `AWS::ApiGateway::Deployment.AccessLogSetting`. Build one with [`AccessLogSetting::builder`], or load and check one with
/// [`AccessLogSetting::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-deployment-accesslogsetting#aws-properties-apigateway-deployment-accesslogsetting`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-accesslogsetting.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct AccessLogSetting {
    /// The Amazon Resource Name (ARN) of the CloudWatch Logs log group or Kinesis Data Firehose delivery stream to receive access logs. If you specify a Kinesis Data Firehose delivery stream, the stream name must begin with `amazon-apigateway-`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-accesslogsetting#cfn-apigateway-deployment-accesslogsetting-destinationarn`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-accesslogsetting.html#cfn-apigateway-deployment-accesslogsetting-destinationarn)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_arn: Option<Value<String>>,
    /// A single line format of the access logs of data, as specified by selected [$context variables](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference). The format must include at least `$context.requestId`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-deployment-accesslogsetting#cfn-apigateway-deployment-accesslogsetting-format`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-accesslogsetting.html#cfn-apigateway-deployment-accesslogsetting-format)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `AccessLogSetting`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["DestinationArn", "Format"];
impl AccessLogSetting {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Deployment.AccessLogSetting";
    /// A builder; `build()` checks the result.
    pub fn builder() -> AccessLogSettingBuilder {
        AccessLogSettingBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an AccessLogSetting object or an `Fn::If` choosing between such objects.
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
impl FromJson for AccessLogSetting {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [destination_arn, format] = value::take_properties(
            json,
            "an AccessLogSetting object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            destination_arn: value::optional(destination_arn, "DestinationArn")?,
            format: value::optional(format, "Format")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for AccessLogSetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`AccessLogSetting`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccessLogSettingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    destination_arn: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<Value<String>>,
}
impl AccessLogSettingBuilder {
    /// Sets `DestinationArn`.
    ///
    /// The Amazon Resource Name (ARN) of the CloudWatch Logs log group or Kinesis Data Firehose delivery stream to receive access logs. If you specify a Kinesis Data Firehose delivery stream, the stream name must begin with `amazon-apigateway-`.
    pub fn destination_arn(mut self, input: impl Into<Value<String>>) -> Self {
        self.destination_arn = Some(input.into());
        self
    }
    /// Sets `DestinationArn`, or clears it with `None`.
    ///
    /// The Amazon Resource Name (ARN) of the CloudWatch Logs log group or Kinesis Data Firehose delivery stream to receive access logs. If you specify a Kinesis Data Firehose delivery stream, the stream name must begin with `amazon-apigateway-`.
    pub fn set_destination_arn(mut self, input: Option<Value<String>>) -> Self {
        self.destination_arn = input;
        self
    }
    /// Sets `Format`.
    ///
    /// A single line format of the access logs of data, as specified by selected [$context variables](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference). The format must include at least `$context.requestId`.
    pub fn format(mut self, input: impl Into<Value<String>>) -> Self {
        self.format = Some(input.into());
        self
    }
    /// Sets `Format`, or clears it with `None`.
    ///
    /// A single line format of the access logs of data, as specified by selected [$context variables](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference). The format must include at least `$context.requestId`.
    pub fn set_format(mut self, input: Option<Value<String>>) -> Self {
        self.format = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<AccessLogSetting, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<AccessLogSetting, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for AccessLogSetting {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Deployment.AccessLogSetting` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an AccessLogSetting object",
            &|c, object| {
                let [destination_arn, format] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(destination_arn, "DestinationArn", context, Text);
                c.property(format, "Format", context, Text);
            },
        );
    }
}
