// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The `HttpMethod` allowed values.
use std::fmt;
use cfn_apigateway_runtime::{
    FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// An HTTP method, or ANY (a client's method of any kind; for an integration, the client's method passed through).
///
/// Allowed values: `GET`, `POST`, `PUT`, `DELETE`, `PATCH`, `HEAD`, `OPTIONS`, `ANY`. Source: `integration#cfn-apigateway-method-integration-integrationhttpmethod`.
///
/// Converting from a string never fails: a value this version does not know becomes
/// `HttpMethod::Unknown`, which validation reports. `FromStr` accepts the known values only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
    /// `PATCH`
    Patch,
    /// `HEAD`
    Head,
    /// `OPTIONS`
    Options,
    /// `ANY`
    Any,
    /// A value this version of the spec does not know, kept as written.
    Unknown(UnknownValue),
}
impl HttpMethod {
    /// Every allowed value, as CloudFormation spells it.
    pub const VALUES: &'static [&'static str] = &[
        "GET",
        "POST",
        "PUT",
        "DELETE",
        "PATCH",
        "HEAD",
        "OPTIONS",
        "ANY",
    ];
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Delete => "DELETE",
            Self::Patch => "PATCH",
            Self::Head => "HEAD",
            Self::Options => "OPTIONS",
            Self::Any => "ANY",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every allowed value, as CloudFormation spells it.
    pub fn values() -> &'static [&'static str] {
        Self::VALUES
    }
}
impl From<&str> for HttpMethod {
    fn from(value: &str) -> Self {
        match value {
            "GET" => Self::Get,
            "POST" => Self::Post,
            "PUT" => Self::Put,
            "DELETE" => Self::Delete,
            "PATCH" => Self::Patch,
            "HEAD" => Self::Head,
            "OPTIONS" => Self::Options,
            "ANY" => Self::Any,
            other => Self::Unknown(UnknownValue::new(other)),
        }
    }
}
impl std::str::FromStr for HttpMethod {
    type Err = ParseEnumError;
    fn from_str(value: &str) -> Result<Self, ParseEnumError> {
        match Self::from(value) {
            Self::Unknown(_) => {
                Err(ParseEnumError::new("HttpMethod", value, Self::VALUES))
            }
            known => Ok(known),
        }
    }
}
impl fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for HttpMethod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for HttpMethod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
impl FromJson for HttpMethod {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_string()
    }
}
impl TextLiteral for HttpMethod {
    fn as_text(&self) -> &str {
        self.as_str()
    }
}
