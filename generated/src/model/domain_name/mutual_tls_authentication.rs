// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::DomainName.MutualTlsAuthentication`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::CheckContext;
/// If specified, API Gateway performs two-way authentication between the client and the server. Clients must present a trusted certificate to access your API.
///
/// CloudFormation property type `AWS::ApiGateway::DomainName.MutualTlsAuthentication`. Build one with [`MutualTlsAuthentication::builder`], or load and check one with
/// [`MutualTlsAuthentication::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-properties-apigateway-domainname-mutualtlsauthentication#aws-properties-apigateway-domainname-mutualtlsauthentication`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-domainname-mutualtlsauthentication.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct MutualTlsAuthentication {
    /// An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example, `s3://bucket-name/key-name`. The truststore can contain certificates from public or private certificate authorities. To update the truststore, upload a new version to S3, and then update your custom domain name to use the new version. To update the truststore, you must have permissions to access the S3 object.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-domainname-mutualtlsauthentication#cfn-apigateway-domainname-mutualtlsauthentication-truststoreuri`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-domainname-mutualtlsauthentication.html#cfn-apigateway-domainname-mutualtlsauthentication-truststoreuri)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truststore_uri: Option<Value<String>>,
    /// The version of the S3 object that contains your truststore. To specify a version, you must have versioning enabled for the S3 bucket.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-properties-apigateway-domainname-mutualtlsauthentication#cfn-apigateway-domainname-mutualtlsauthentication-truststoreversion`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-domainname-mutualtlsauthentication.html#cfn-apigateway-domainname-mutualtlsauthentication-truststoreversion)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truststore_version: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `MutualTlsAuthentication`, sorted.
const PROPERTY_NAMES: [&str; 2] = ["TruststoreUri", "TruststoreVersion"];
impl MutualTlsAuthentication {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::DomainName.MutualTlsAuthentication";
    /// A builder; `build()` checks the result.
    pub fn builder() -> MutualTlsAuthenticationBuilder {
        MutualTlsAuthenticationBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a MutualTlsAuthentication object or an `Fn::If` choosing between such objects.
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
impl FromJson for MutualTlsAuthentication {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [truststore_uri, truststore_version] = value::take_properties(
            json,
            "a MutualTlsAuthentication object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            truststore_uri: value::optional(truststore_uri, "TruststoreUri")?,
            truststore_version: value::optional(truststore_version, "TruststoreVersion")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for MutualTlsAuthentication {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`MutualTlsAuthentication`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct MutualTlsAuthenticationBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    truststore_uri: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    truststore_version: Option<Value<String>>,
}
impl MutualTlsAuthenticationBuilder {
    /// Sets `TruststoreUri`.
    ///
    /// An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example, `s3://bucket-name/key-name`. The truststore can contain certificates from public or private certificate authorities. To update the truststore, upload a new version to S3, and then update your custom domain name to use the new version. To update the truststore, you must have permissions to access the S3 object.
    pub fn truststore_uri(mut self, input: impl Into<Value<String>>) -> Self {
        self.truststore_uri = Some(input.into());
        self
    }
    /// Sets `TruststoreUri`, or clears it with `None`.
    ///
    /// An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example, `s3://bucket-name/key-name`. The truststore can contain certificates from public or private certificate authorities. To update the truststore, upload a new version to S3, and then update your custom domain name to use the new version. To update the truststore, you must have permissions to access the S3 object.
    pub fn set_truststore_uri(mut self, input: Option<Value<String>>) -> Self {
        self.truststore_uri = input;
        self
    }
    /// Sets `TruststoreVersion`.
    ///
    /// The version of the S3 object that contains your truststore. To specify a version, you must have versioning enabled for the S3 bucket.
    pub fn truststore_version(mut self, input: impl Into<Value<String>>) -> Self {
        self.truststore_version = Some(input.into());
        self
    }
    /// Sets `TruststoreVersion`, or clears it with `None`.
    ///
    /// The version of the S3 object that contains your truststore. To specify a version, you must have versioning enabled for the S3 bucket.
    pub fn set_truststore_version(mut self, input: Option<Value<String>>) -> Self {
        self.truststore_version = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<MutualTlsAuthentication, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(
        self,
        context: &CheckContext,
    ) -> Result<MutualTlsAuthentication, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for MutualTlsAuthentication {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::DomainName.MutualTlsAuthentication` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a MutualTlsAuthentication object",
            &|c, object| {
                let [truststore_uri, truststore_version] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(truststore_uri, "TruststoreUri", context, Text);
                c.property(truststore_version, "TruststoreVersion", context, Text);
            },
        );
    }
}
