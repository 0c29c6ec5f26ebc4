// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The `AuthorizationType` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// How a method authorizes its callers: NONE (open access), AWS_IAM (IAM permissions), CUSTOM (a Lambda authorizer) or COGNITO_USER_POOLS (an Amazon Cognito user pool). The page names CUSTOM and COGNITO_USER_POOLS and refers to the API Reference's Method for the rest; its examples use NONE.
///
/// Allowed values: `NONE`, `AWS_IAM`, `CUSTOM`, `COGNITO_USER_POOLS`. Source: `method#cfn-apigateway-method-authorizationtype`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `AuthorizationType::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizationType {
    /// `NONE`
    None,
    /// `AWS_IAM`
    AwsIam,
    /// `CUSTOM`
    Custom,
    /// `COGNITO_USER_POOLS`
    CognitoUserPools,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl AuthorizationType {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &[
        "NONE",
        "AWS_IAM",
        "CUSTOM",
        "COGNITO_USER_POOLS",
    ];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::AwsIam => "AWS_IAM",
            Self::Custom => "CUSTOM",
            Self::CognitoUserPools => "COGNITO_USER_POOLS",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for AuthorizationType {
    fn from(value: &str) -> Self {
        match value {
            "NONE" => Self::None,
            "AWS_IAM" => Self::AwsIam,
            "CUSTOM" => Self::Custom,
            "COGNITO_USER_POOLS" => Self::CognitoUserPools,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for AuthorizationType {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => {
                Err(ParseEnumError::new("AuthorizationType", value, Self::VALUES))
            }
            known => Ok(known),
        }
    }
}
impl fmt::Display for AuthorizationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AuthorizationType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AuthorizationType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for AuthorizationType {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for AuthorizationType {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
