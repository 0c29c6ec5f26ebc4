// @generated from tests/data/specs/enum.json by `cargo xtask regen`. Do not edit by hand.

//! The `EC2TagFilterType` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// How a tag filter matches, named as derive names a set (type and property), after a type with an acronym.
///
/// Allowed values: `KEY_ONLY`, `VALUE_ONLY`, `KEY_AND_VALUE`. Source: `doc#filter`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `EC2TagFilterType::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EC2TagFilterType {
    /// `KEY_ONLY`
    KeyOnly,
    /// `VALUE_ONLY`
    ValueOnly,
    /// `KEY_AND_VALUE`
    KeyAndValue,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl EC2TagFilterType {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &[
        "KEY_ONLY",
        "VALUE_ONLY",
        "KEY_AND_VALUE",
    ];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeyOnly => "KEY_ONLY",
            Self::ValueOnly => "VALUE_ONLY",
            Self::KeyAndValue => "KEY_AND_VALUE",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for EC2TagFilterType {
    fn from(value: &str) -> Self {
        match value {
            "KEY_ONLY" => Self::KeyOnly,
            "VALUE_ONLY" => Self::ValueOnly,
            "KEY_AND_VALUE" => Self::KeyAndValue,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for EC2TagFilterType {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => {
                Err(ParseEnumError::new("EC2TagFilterType", value, Self::VALUES))
            }
            known => Ok(known),
        }
    }
}
impl fmt::Display for EC2TagFilterType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EC2TagFilterType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EC2TagFilterType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for EC2TagFilterType {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for EC2TagFilterType {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
