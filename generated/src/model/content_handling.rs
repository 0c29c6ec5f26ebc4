// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The `ContentHandling` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// How API Gateway converts a payload between binary and text.
///
/// Allowed values: `CONVERT_TO_BINARY`, `CONVERT_TO_TEXT`. Source: `integration#cfn-apigateway-method-integration-contenthandling`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `ContentHandling::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ContentHandling {
    /// `CONVERT_TO_BINARY`
    ConvertToBinary,
    /// `CONVERT_TO_TEXT`
    ConvertToText,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl ContentHandling {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &[
        "CONVERT_TO_BINARY",
        "CONVERT_TO_TEXT",
    ];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConvertToBinary => "CONVERT_TO_BINARY",
            Self::ConvertToText => "CONVERT_TO_TEXT",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for ContentHandling {
    fn from(value: &str) -> Self {
        match value {
            "CONVERT_TO_BINARY" => Self::ConvertToBinary,
            "CONVERT_TO_TEXT" => Self::ConvertToText,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for ContentHandling {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => {
                Err(ParseEnumError::new("ContentHandling", value, Self::VALUES))
            }
            known => Ok(known),
        }
    }
}
impl fmt::Display for ContentHandling {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ContentHandling {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ContentHandling {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for ContentHandling {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for ContentHandling {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
