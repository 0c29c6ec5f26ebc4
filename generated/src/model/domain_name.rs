// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::ApiGateway::DomainName`: the resource type (its struct, builder and validator) and its property types.
mod endpoint_configuration;
mod mutual_tls_authentication;
pub use endpoint_configuration::{EndpointConfiguration, EndpointConfigurationBuilder};
pub use mutual_tls_authentication::{
    MutualTlsAuthentication, MutualTlsAuthenticationBuilder,
};
use cfn_apigateway_runtime::checker::Checker;
use cfn_apigateway_runtime::shape::{AnyJson, List, Object, Text};
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::CheckContext;
/// The `AWS::ApiGateway::DomainName` resource specifies a custom domain name for your API in API Gateway.
///
///
///
/// You can use a custom domain name to provide a URL that's more intuitive and easier to recall. For more information about using custom domain names, see [Set up Custom Domain Name for an API in API Gateway](https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html) in the *API Gateway Developer Guide*.
///
/// CloudFormation resource type `AWS::ApiGateway::DomainName` (its `Properties`). Build one with [`DomainName::builder`], or load and check one with
/// [`DomainName::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
///
/// Source: `aws-resource-apigateway-domainname#aws-resource-apigateway-domainname`. [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DomainName {
    /// The reference to an AWS-managed certificate for use by the edge-optimized endpoint for this domain name. AWS Certificate Manager is the only supported source. For requirements and additional information about setting up certificates, see [Get Certificates Ready in AWS Certificate Manager](https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html#how-to-custom-domains-prerequisites) in the *API Gateway Developer Guide*.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-domainname#cfn-apigateway-domainname-certificatearn`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html#cfn-apigateway-domainname-certificatearn)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_arn: Option<Value<String>>,
    /// The custom domain name for your API. Uppercase letters are not supported.
    ///
    /// - Required: No
    /// - Update requires: Replacement
    /// - Source: `aws-resource-apigateway-domainname#cfn-apigateway-domainname-domainname`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html#cfn-apigateway-domainname-domainname)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<Value<String>>,
    /// A list of the endpoint types of the domain name.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-domainname#cfn-apigateway-domainname-endpointconfiguration`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html#cfn-apigateway-domainname-endpointconfiguration)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint_configuration: Option<Value<EndpointConfiguration>>,
    /// The mutual TLS authentication configuration for a custom domain name.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-domainname#cfn-apigateway-domainname-mutualtlsauthentication`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html#cfn-apigateway-domainname-mutualtlsauthentication)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mutual_tls_authentication: Option<Value<MutualTlsAuthentication>>,
    /// The ARN of the public certificate issued by ACM to validate ownership of your custom domain. Only required when configuring mutual TLS and using an ACM imported or private CA certificate ARN as the RegionalCertificateArn.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-domainname#cfn-apigateway-domainname-ownershipverificationcertificatearn`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html#cfn-apigateway-domainname-ownershipverificationcertificatearn)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ownership_verification_certificate_arn: Option<Value<String>>,
    /// The reference to an AWS-managed certificate for use by the regional endpoint for the domain name. AWS Certificate Manager is the only supported source.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-domainname#cfn-apigateway-domainname-regionalcertificatearn`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html#cfn-apigateway-domainname-regionalcertificatearn)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regional_certificate_arn: Option<Value<String>>,
    /// The Transport Layer Security (TLS) version + cipher suite for this domain name.
    ///
    /// Valid values include `TLS_1_0` and `TLS_1_2`.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-domainname#cfn-apigateway-domainname-securitypolicy`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html#cfn-apigateway-domainname-securitypolicy)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_policy: Option<Value<String>>,
    /// An array of arbitrary tags (key-value pairs) to associate with the domain name.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `aws-resource-apigateway-domainname#cfn-apigateway-domainname-tags`
    ///
    /// [CloudFormation documentation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html#cfn-apigateway-domainname-tags)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value<Vec<serde_json::Value>>>,
}
/// The CloudFormation names of the properties of `DomainName`, sorted.
const PROPERTY_NAMES: [&str; 8] = [
    "CertificateArn",
    "DomainName",
    "EndpointConfiguration",
    "MutualTlsAuthentication",
    "OwnershipVerificationCertificateArn",
    "RegionalCertificateArn",
    "SecurityPolicy",
    "Tags",
];
impl DomainName {
    /// The CloudFormation name of the resource type.
    pub const TYPE_NAME: &'static str = "AWS::ApiGateway::DomainName";
    /// The attributes `Fn::GetAtt` reads from the resource: none (`Ref` gives its id).
    pub const ATTRIBUTES: &'static [&'static str] = &[];
    /// A builder; `build()` checks the result.
    pub fn builder() -> DomainNameBuilder {
        DomainNameBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a DomainName object or an `Fn::If` choosing between such objects.
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
impl FromJson for DomainName {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [certificate_arn, domain_name, endpoint_configuration,
        mutual_tls_authentication, ownership_verification_certificate_arn,
        regional_certificate_arn, security_policy, tags] = value::take_properties(
            json,
            "a DomainName object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            certificate_arn: value::optional(certificate_arn, "CertificateArn")?,
            domain_name: value::optional(domain_name, "DomainName")?,
            endpoint_configuration: value::optional(
                endpoint_configuration,
                "EndpointConfiguration",
            )?,
            mutual_tls_authentication: value::optional(
                mutual_tls_authentication,
                "MutualTlsAuthentication",
            )?,
            ownership_verification_certificate_arn: value::optional(
                ownership_verification_certificate_arn,
                "OwnershipVerificationCertificateArn",
            )?,
            regional_certificate_arn: value::optional(
                regional_certificate_arn,
                "RegionalCertificateArn",
            )?,
            security_policy: value::optional(security_policy, "SecurityPolicy")?,
            tags: value::optional(tags, "Tags")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for DomainName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
/// A builder for [`DomainName`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DomainNameBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    certificate_arn: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    domain_name: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    endpoint_configuration: Option<Value<EndpointConfiguration>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mutual_tls_authentication: Option<Value<MutualTlsAuthentication>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ownership_verification_certificate_arn: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    regional_certificate_arn: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    security_policy: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<Value<Vec<serde_json::Value>>>,
}
impl DomainNameBuilder {
    /// Sets `CertificateArn`.
    ///
    /// The reference to an AWS-managed certificate for use by the edge-optimized endpoint for this domain name. AWS Certificate Manager is the only supported source. For requirements and additional information about setting up certificates, see [Get Certificates Ready in AWS Certificate Manager](https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html#how-to-custom-domains-prerequisites) in the *API Gateway Developer Guide*.
    pub fn certificate_arn(mut self, input: impl Into<Value<String>>) -> Self {
        self.certificate_arn = Some(input.into());
        self
    }
    /// Sets `CertificateArn`, or clears it with `None`.
    ///
    /// The reference to an AWS-managed certificate for use by the edge-optimized endpoint for this domain name. AWS Certificate Manager is the only supported source. For requirements and additional information about setting up certificates, see [Get Certificates Ready in AWS Certificate Manager](https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html#how-to-custom-domains-prerequisites) in the *API Gateway Developer Guide*.
    pub fn set_certificate_arn(mut self, input: Option<Value<String>>) -> Self {
        self.certificate_arn = input;
        self
    }
    /// Sets `DomainName`.
    ///
    /// The custom domain name for your API. Uppercase letters are not supported.
    pub fn domain_name(mut self, input: impl Into<Value<String>>) -> Self {
        self.domain_name = Some(input.into());
        self
    }
    /// Sets `DomainName`, or clears it with `None`.
    ///
    /// The custom domain name for your API. Uppercase letters are not supported.
    pub fn set_domain_name(mut self, input: Option<Value<String>>) -> Self {
        self.domain_name = input;
        self
    }
    /// Sets `EndpointConfiguration`.
    ///
    /// A list of the endpoint types of the domain name.
    pub fn endpoint_configuration(
        mut self,
        input: impl Into<Value<EndpointConfiguration>>,
    ) -> Self {
        self.endpoint_configuration = Some(input.into());
        self
    }
    /// Sets `EndpointConfiguration`, or clears it with `None`.
    ///
    /// A list of the endpoint types of the domain name.
    pub fn set_endpoint_configuration(
        mut self,
        input: Option<Value<EndpointConfiguration>>,
    ) -> Self {
        self.endpoint_configuration = input;
        self
    }
    /// Sets `MutualTlsAuthentication`.
    ///
    /// The mutual TLS authentication configuration for a custom domain name.
    pub fn mutual_tls_authentication(
        mut self,
        input: impl Into<Value<MutualTlsAuthentication>>,
    ) -> Self {
        self.mutual_tls_authentication = Some(input.into());
        self
    }
    /// Sets `MutualTlsAuthentication`, or clears it with `None`.
    ///
    /// The mutual TLS authentication configuration for a custom domain name.
    pub fn set_mutual_tls_authentication(
        mut self,
        input: Option<Value<MutualTlsAuthentication>>,
    ) -> Self {
        self.mutual_tls_authentication = input;
        self
    }
    /// Sets `OwnershipVerificationCertificateArn`.
    ///
    /// The ARN of the public certificate issued by ACM to validate ownership of your custom domain. Only required when configuring mutual TLS and using an ACM imported or private CA certificate ARN as the RegionalCertificateArn.
    pub fn ownership_verification_certificate_arn(
        mut self,
        input: impl Into<Value<String>>,
    ) -> Self {
        self.ownership_verification_certificate_arn = Some(input.into());
        self
    }
    /// Sets `OwnershipVerificationCertificateArn`, or clears it with `None`.
    ///
    /// The ARN of the public certificate issued by ACM to validate ownership of your custom domain. Only required when configuring mutual TLS and using an ACM imported or private CA certificate ARN as the RegionalCertificateArn.
    pub fn set_ownership_verification_certificate_arn(
        mut self,
        input: Option<Value<String>>,
    ) -> Self {
        self.ownership_verification_certificate_arn = input;
        self
    }
    /// Sets `RegionalCertificateArn`.
    ///
    /// The reference to an AWS-managed certificate for use by the regional endpoint for the domain name. AWS Certificate Manager is the only supported source.
    pub fn regional_certificate_arn(mut self, input: impl Into<Value<String>>) -> Self {
        self.regional_certificate_arn = Some(input.into());
        self
    }
    /// Sets `RegionalCertificateArn`, or clears it with `None`.
    ///
    /// The reference to an AWS-managed certificate for use by the regional endpoint for the domain name. AWS Certificate Manager is the only supported source.
    pub fn set_regional_certificate_arn(mut self, input: Option<Value<String>>) -> Self {
        self.regional_certificate_arn = input;
        self
    }
    /// Sets `SecurityPolicy`.
    ///
    /// The Transport Layer Security (TLS) version + cipher suite for this domain name.
    ///
    /// Valid values include `TLS_1_0` and `TLS_1_2`.
    pub fn security_policy(mut self, input: impl Into<Value<String>>) -> Self {
        self.security_policy = Some(input.into());
        self
    }
    /// Sets `SecurityPolicy`, or clears it with `None`.
    ///
    /// The Transport Layer Security (TLS) version + cipher suite for this domain name.
    ///
    /// Valid values include `TLS_1_0` and `TLS_1_2`.
    pub fn set_security_policy(mut self, input: Option<Value<String>>) -> Self {
        self.security_policy = input;
        self
    }
    /// Appends one item to `Tags` (replacing an intrinsic function set with [`Self::set_tags`]).
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the domain name.
    pub fn tags(mut self, item: impl Into<serde_json::Value>) -> Self {
        value::push_item(&mut self.tags, item.into());
        self
    }
    /// Sets `Tags`, or clears it with `None`.
    ///
    /// An array of arbitrary tags (key-value pairs) to associate with the domain name.
    pub fn set_tags(mut self, input: Option<Value<Vec<serde_json::Value>>>) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<DomainName, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<DomainName, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
impl PropertyType for DomainName {
    type Context = CheckContext;
    /// Checks `AWS::ApiGateway::DomainName` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a DomainName object",
            &|c, object| {
                let [certificate_arn, domain_name, endpoint_configuration,
                mutual_tls_authentication, ownership_verification_certificate_arn,
                regional_certificate_arn, security_policy, tags] = c
                    .properties(object, &PROPERTY_NAMES, None);
                c.property(certificate_arn, "CertificateArn", context, Text);
                c.property(domain_name, "DomainName", context, Text);
                c.property(
                    endpoint_configuration,
                    "EndpointConfiguration",
                    context,
                    Object::<EndpointConfiguration>::SHAPE,
                );
                c.property(
                    mutual_tls_authentication,
                    "MutualTlsAuthentication",
                    context,
                    Object::<MutualTlsAuthentication>::SHAPE,
                );
                c.property(
                    ownership_verification_certificate_arn,
                    "OwnershipVerificationCertificateArn",
                    context,
                    Text,
                );
                c.property(
                    regional_certificate_arn,
                    "RegionalCertificateArn",
                    context,
                    Text,
                );
                c.property(security_policy, "SecurityPolicy", context, Text);
                c.property(tags, "Tags", context, List(AnyJson));
            },
        );
    }
}
