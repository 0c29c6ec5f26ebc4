// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The `ResponseTransferMode` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Whether API Gateway buffers the integration response or streams it to the client.
///
/// Allowed values: `BUFFERED`, `STREAM`. Source: `registry#/definitions/Integration/properties/ResponseTransferMode`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `ResponseTransferMode::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResponseTransferMode {
    /// `BUFFERED`
    Buffered,
    /// `STREAM`
    Stream,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl ResponseTransferMode {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &["BUFFERED", "STREAM"];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Buffered => "BUFFERED",
            Self::Stream => "STREAM",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for ResponseTransferMode {
    fn from(value: &str) -> Self {
        match value {
            "BUFFERED" => Self::Buffered,
            "STREAM" => Self::Stream,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for ResponseTransferMode {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => {
                Err(ParseEnumError::new("ResponseTransferMode", value, Self::VALUES))
            }
            known => Ok(known),
        }
    }
}
impl fmt::Display for ResponseTransferMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseTransferMode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ResponseTransferMode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for ResponseTransferMode {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for ResponseTransferMode {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
