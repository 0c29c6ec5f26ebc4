// @generated from tests/data/specs/rust_names.json by `cargo xtask regen`. Do not edit by hand.

//! The `Outcome` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Outcomes named like the prelude's variants and Rust keywords.
///
/// Allowed values: `NONE`, `SOME`, `OK`, `ERR`, `STRING`, `OPTION`, `RESULT`, `DEFAULT`, `FROM`, `INTO`, `TYPE`, `MATCH`, `ASYNC`, `CRATE`, `SUPER`, `VALUES`, `AS_STR`. Source: `doc#p`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `Outcome::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Outcome {
    /// `NONE`
    None,
    /// `SOME`
    Some,
    /// `OK`
    Ok,
    /// `ERR`
    Err,
    /// `STRING`
    String,
    /// `OPTION`
    Option,
    /// `RESULT`
    Result,
    /// `DEFAULT`
    Default,
    /// `FROM`
    From,
    /// `INTO`
    Into,
    /// `TYPE`
    Type,
    /// `MATCH`
    Match,
    /// `ASYNC`
    Async,
    /// `CRATE`
    Crate,
    /// `SUPER`
    Super,
    /// `VALUES`
    Values,
    /// `AS_STR`
    AsStr,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl Outcome {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &[
        "NONE",
        "SOME",
        "OK",
        "ERR",
        "STRING",
        "OPTION",
        "RESULT",
        "DEFAULT",
        "FROM",
        "INTO",
        "TYPE",
        "MATCH",
        "ASYNC",
        "CRATE",
        "SUPER",
        "VALUES",
        "AS_STR",
    ];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Some => "SOME",
            Self::Ok => "OK",
            Self::Err => "ERR",
            Self::String => "STRING",
            Self::Option => "OPTION",
            Self::Result => "RESULT",
            Self::Default => "DEFAULT",
            Self::From => "FROM",
            Self::Into => "INTO",
            Self::Type => "TYPE",
            Self::Match => "MATCH",
            Self::Async => "ASYNC",
            Self::Crate => "CRATE",
            Self::Super => "SUPER",
            Self::Values => "VALUES",
            Self::AsStr => "AS_STR",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for Outcome {
    fn from(value: &str) -> Self {
        match value {
            "NONE" => Self::None,
            "SOME" => Self::Some,
            "OK" => Self::Ok,
            "ERR" => Self::Err,
            "STRING" => Self::String,
            "OPTION" => Self::Option,
            "RESULT" => Self::Result,
            "DEFAULT" => Self::Default,
            "FROM" => Self::From,
            "INTO" => Self::Into,
            "TYPE" => Self::Type,
            "MATCH" => Self::Match,
            "ASYNC" => Self::Async,
            "CRATE" => Self::Crate,
            "SUPER" => Self::Super,
            "VALUES" => Self::Values,
            "AS_STR" => Self::AsStr,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for Outcome {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => Err(ParseEnumError::new("Outcome", value, Self::VALUES)),
            known => Ok(known),
        }
    }
}
impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for Outcome {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for Outcome {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for Outcome {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
