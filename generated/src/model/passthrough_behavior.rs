// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The `PassthroughBehavior` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// When API Gateway passes a request body through to the backend without a mapping template.
///
/// Allowed values: `WHEN_NO_MATCH`, `WHEN_NO_TEMPLATES`, `NEVER`. Source: `registry#/definitions/Integration/properties/PassthroughBehavior/enum`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `PassthroughBehavior::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PassthroughBehavior {
    /// `WHEN_NO_MATCH`
    WhenNoMatch,
    /// `WHEN_NO_TEMPLATES`
    WhenNoTemplates,
    /// `NEVER`
    Never,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl PassthroughBehavior {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &[
        "WHEN_NO_MATCH",
        "WHEN_NO_TEMPLATES",
        "NEVER",
    ];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WhenNoMatch => "WHEN_NO_MATCH",
            Self::WhenNoTemplates => "WHEN_NO_TEMPLATES",
            Self::Never => "NEVER",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for PassthroughBehavior {
    fn from(value: &str) -> Self {
        match value {
            "WHEN_NO_MATCH" => Self::WhenNoMatch,
            "WHEN_NO_TEMPLATES" => Self::WhenNoTemplates,
            "NEVER" => Self::Never,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for PassthroughBehavior {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => {
                Err(ParseEnumError::new("PassthroughBehavior", value, Self::VALUES))
            }
            known => Ok(known),
        }
    }
}
impl fmt::Display for PassthroughBehavior {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PassthroughBehavior {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for PassthroughBehavior {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for PassthroughBehavior {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for PassthroughBehavior {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
