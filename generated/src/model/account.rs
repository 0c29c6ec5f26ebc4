// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::Account`: the resource type (its struct, builder and validator) and its property types.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::CheckContext;
/// The `AWS::ApiGateway::Account` resource specifies the IAM role that Amazon API Gateway uses to write API logs to Amazon CloudWatch Logs.
///
///
///
/// **Important**
///
/// If an API Gateway resource has never been created in your AWS account, you must add a dependency on another API Gateway resource, such as an [AWS::ApiGateway::RestApi](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html) or [AWS::ApiGateway::ApiKey](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html) resource.
///
/// If an API Gateway resource has been created in your AWS account, no dependency is required (even if the resource was deleted).
///
/// CloudFormation resource type `AWS::ApiGateway::Account` (its `Properties`). Build one with [`Account::builder`], or load and check one with
/// [`Account::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-account#aws-resource-apigateway-account`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-account.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Account {
    /// The Amazon Resource Name (ARN) of an IAM role that has write access to CloudWatch Logs in your account.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-account#cfn-apigateway-account-cloudwatchrolearn`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-account.html#cfn-apigateway-account-cloudwatchrolearn)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_watch_role_arn: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `Account`, sorted.
const PROPERTY_NAMES: [&str; 1] = ["CloudWatchRoleArn"];
impl Account {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::Account";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> AccountBuilder {
        AccountBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be an Account object or an `Fn::If` choosing between such objects.
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
impl FromJson for Account {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [cloud_watch_role_arn] = value::take_properties(
            json,
            "an Account object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            cloud_watch_role_arn: value::optional(
                cloud_watch_role_arn,
                "CloudWatchRoleArn",
            )?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Account {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`Account`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    cloud_watch_role_arn: Option<Value<String>>,
}
impl AccountBuilder {
    /// Sets `CloudWatchRoleArn`.
    ///
    /// The Amazon Resource Name (ARN) of an IAM role that has write access to CloudWatch Logs in your account.
    pub fn cloud_watch_role_arn(mut self, input: impl Into<Value<String>>) -> Self {
        self.cloud_watch_role_arn = Some(input.into());
        self
    }
    /// Sets `CloudWatchRoleArn`, or clears it with `None`.
    ///
    /// The Amazon Resource Name (ARN) of an IAM role that has write access to CloudWatch Logs in your account.
    pub fn set_cloud_watch_role_arn(mut self, input: Option<Value<String>>) -> Self {
        self.cloud_watch_role_arn = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Account, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Account, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for Account {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::Account` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "an Account object",
            &|c, object| {
                let [cloud_watch_role_arn] = c.properties(object, &PROPERTY_NAMES, None);
                c.property(cloud_watch_role_arn, "CloudWatchRoleArn", context, Text);
            },
        );
    }
}
