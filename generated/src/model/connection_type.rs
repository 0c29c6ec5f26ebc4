// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The `ConnectionType` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// The type of the network connection to the integration endpoint.
///
/// Allowed values: `INTERNET`, `VPC_LINK`. Source: `integration#cfn-apigateway-method-integration-connectiontype`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `ConnectionType::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConnectionType {
    /// `INTERNET`
    Internet,
    /// `VPC_LINK`
    VpcLink,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl ConnectionType {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &["INTERNET", "VPC_LINK"];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internet => "INTERNET",
            Self::VpcLink => "VPC_LINK",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for ConnectionType {
    fn from(value: &str) -> Self {
        match value {
            "INTERNET" => Self::Internet,
            "VPC_LINK" => Self::VpcLink,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for ConnectionType {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => {
                Err(ParseEnumError::new("ConnectionType", value, Self::VALUES))
            }
            known => Ok(known),
        }
    }
}
impl fmt::Display for ConnectionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConnectionType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ConnectionType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for ConnectionType {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for ConnectionType {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
