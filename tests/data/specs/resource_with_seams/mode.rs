// @generated from tests/data/specs/resource_with_seams.json by `cargo xtask regen`. Do not edit by hand.

//! The `Mode` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// How a widget runs.
///
/// Allowed values: `FAST`, `SLOW`. Source: `doc#mode`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `Mode::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Mode {
    /// `FAST`
    Fast,
    /// `SLOW`
    Slow,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl Mode {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &["FAST", "SLOW"];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fast => "FAST",
            Self::Slow => "SLOW",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for Mode {
    fn from(value: &str) -> Self {
        match value {
            "FAST" => Self::Fast,
            "SLOW" => Self::Slow,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for Mode {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => Err(ParseEnumError::new("Mode", value, Self::VALUES)),
            known => Ok(known),
        }
    }
}
impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for Mode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for Mode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for Mode {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for Mode {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
