// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! The `Level` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Levels whose variants are named like the prelude's Err and Ok.
///
/// Allowed values: `ERR`, `OK`. Source: `doc#p`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `Level::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Level {
    /// `ERR`
    Err,
    /// `OK`
    Ok,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl Level {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &["ERR", "OK"];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Err => "ERR",
            Self::Ok => "OK",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for Level {
    fn from(value: &str) -> Self {
        match value {
            "ERR" => Self::Err,
            "OK" => Self::Ok,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for Level {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => Err(ParseEnumError::new("Level", value, Self::VALUES)),
            known => Ok(known),
        }
    }
}
impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for Level {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for Level {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for Level {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
