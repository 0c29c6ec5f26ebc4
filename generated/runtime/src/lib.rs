//! The runtime of the crates `cfn-codegen` generates from a CloudFormation spec: it knows JSON,
//! intrinsic functions, reports and value forms, and no property type.
//!
//! Three ideas hold it up:
//!
//! - **A value is a literal or an intrinsic function** ([`Value`], [`Intrinsic`]), and an
//!   `Fn::Sub` or `Fn::Join` is read as a skeleton: known text with holes where it depends on
//!   deployment ([`skeleton`]).
//! - **One checker walks JSON** ([`checker::Checker`]) and records each problem with its JSON
//!   Pointer, a rule id, a severity and a message ([`Report`]). A generated crate has one
//!   validator per property type, which calls one method of the checker per rule of its spec.
//! - **Named value forms are regular expressions** from the spec ([`Format`]), compiled into
//!   DFAs by `regex-automata`; a skeleton's hole is a walk over the states text can reach.
//! - **A template tells what references are** ([`References`]): checked in its template
//!   ([`check_in_template`]), `!GetAtt MyFunction.Arn` is a Lambda function ARN and
//!   `${AWS::Region}` a region name; checked alone, a reference is any text.
//!
//! Generated types implement [`PropertyType`]; their `check`, `from_value`, `validate`,
//! `build` and `Deserialize` call the functions of this crate ([`check`], [`from_value`]...).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod checker;
pub mod facts;
pub mod formats;
pub mod references;
pub mod report;
pub mod shape;
pub mod skeleton;
pub mod value;

use serde::Serialize;
use serde_json::Value as Json;

pub use checker::{Checker, Rule};
pub use formats::{Format, Serialized};
pub use references::{References, Referent};
pub use report::{Problem, Report, Severity};
pub use value::{
    FromJson, Function, Intrinsic, Mismatch, ParseEnumError, TextLiteral, UnknownValue, Value,
};

/// A generated property type: the facts its rules may read, and its validator. The functions
/// of this crate give it the rest of its API.
pub trait PropertyType: FromJson + Serialize {
    /// Facts about the enclosing resource that some rules read; the default knows none.
    type Context: Default;

    /// Checks `value` as the JSON of this type, recording problems in `c`.
    fn check_json(c: &mut Checker<'_>, context: &Self::Context, value: &Json);
}

/// Checks JSON as it appears in a template: every problem at once. Never panics.
pub fn check<T: PropertyType>(value: &Json, context: &T::Context) -> Report {
    let mut report = Report::new();
    T::check_json(&mut Checker::new(&mut report), context, value);
    report
}

/// Checks JSON as it appears in a template whose declarations `references` gives: a reference
/// stands for what it names (a text of a known form, each value a parameter lists) rather than
/// for any text.
pub fn check_in_template<T: PropertyType>(
    value: &Json,
    context: &T::Context,
    references: &dyn References,
) -> Report {
    let mut report = Report::new();
    T::check_json(
        &mut Checker::with_references(&mut report, references),
        context,
        value,
    );
    report
}

/// A resource type a template's checker dispatches on: its name, and how to check the
/// `Properties` of a resource of it in its template.
#[derive(Clone, Copy)]
pub struct ResourceType {
    name: &'static str,
    check: fn(&Json, &dyn References) -> Report,
}

impl ResourceType {
    /// The resource type `T`, named `name` (`AWS::ApiGateway::Method`).
    pub const fn new<T: PropertyType>(name: &'static str) -> ResourceType {
        ResourceType {
            name,
            check: |properties, references| {
                check_in_template::<T>(properties, &T::Context::default(), references)
            },
        }
    }

    /// Its name, as a template's `Type` writes it.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Checks `properties` as the `Properties` of a resource of this type in a template whose
    /// declarations `references` gives (see [`check_in_template`]).
    pub fn check(&self, properties: &Json, references: &dyn References) -> Report {
        (self.check)(properties, references)
    }
}

impl std::fmt::Debug for ResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("ResourceType").field(&self.name).finish()
    }
}

/// Checks JSON and loads it: `Err` carries the whole report when it holds an error.
///
/// A `serde_json::Value` holds each key of an object once: of a key written twice in text,
/// whatever parsed it kept one (`serde_json` the last). [`deserialize`] and the template reader
/// refuse such text.
pub fn from_value<T: PropertyType>(value: &Json, context: &T::Context) -> Result<T, Report> {
    let report = check::<T>(value, context);
    // A value with an error is not copied: it may be too deep to copy (`nesting-depth`).
    if report.has_errors() {
        return Err(report);
    }
    load(value.clone(), report)
}

/// Checks a value built or changed in code, as the JSON it writes.
pub fn validate<T: PropertyType>(value: &T, context: &T::Context) -> Report {
    check::<T>(&to_json(value), context)
}

/// The JSON of a value: what CloudFormation reads.
pub fn to_json<T: Serialize>(value: &T) -> Json {
    // Serializing into a `serde_json::Value` fails only for maps with non-string keys, which
    // generated types do not have.
    serde_json::to_value(value).unwrap_or(Json::Null)
}

/// Builds a `T` from the JSON of a builder, checked.
pub fn build<T: PropertyType>(builder: &impl Serialize, context: &T::Context) -> Result<T, Report> {
    let json = to_json(builder);
    let report = check::<T>(&json, context);
    load(json, report)
}

/// Deserializes a `T` by way of JSON: any serde format is read into a `serde_json::Value`,
/// checked, and loaded. Fails with the report's text, or on a key written twice in one object
/// (which a `serde_json::Value` would keep the last of, and the template reader refuses too).
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: PropertyType,
    D: serde::Deserializer<'de>,
{
    let json = deserialize_json(deserializer)?;
    let report = check::<T>(&json, &T::Context::default());
    load(json, report).map_err(serde::de::Error::custom)
}

/// Loads checked JSON into `T`: `Err(report)` when the report holds an error, or when the value
/// cannot be represented by `T` (an object written as `Fn::If`, for instance).
fn load<T: FromJson>(json: Json, mut report: Report) -> Result<T, Report> {
    if report.has_errors() {
        return Err(report);
    }
    T::from_json(json).map_err(|mismatch| {
        let place = if mismatch.pointer().is_empty() {
            "the value".to_owned()
        } else {
            mismatch.pointer()
        };
        let message = format!(
            "{place} cannot be loaded into a typed value here: {} is expected; use `check` to check it as JSON",
            mismatch.expected()
        );
        report.push(Problem::new(
            mismatch.pointer(),
            checker::VALUE_TYPE.id,
            Severity::Error,
            message,
        ));
        report
    })
}

/// Reads any serde data into JSON, refusing a key written twice in one object, where a
/// `serde_json::Value` would keep the last (the error says `duplicate key `KEY``).
pub fn deserialize_json<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Json, D::Error> {
    deserializer.deserialize_any(UniqueKeys)
}

/// The visitor of [`deserialize_json`].
struct UniqueKeys;

impl<'de> serde::Deserialize<'de> for Unique {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueKeys).map(Unique)
    }
}

/// A JSON value read by [`UniqueKeys`].
struct Unique(Json);

impl<'de> serde::de::Visitor<'de> for UniqueKeys {
    type Value = Json;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Json, E> {
        Ok(Json::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Json, E> {
        Ok(Json::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Json, E> {
        Ok(Json::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Json, E> {
        // As `serde_json::Value` reads it: a number JSON cannot hold is null.
        Ok(serde_json::Number::from_f64(value).map_or(Json::Null, Json::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Json, E> {
        Ok(Json::from(value))
    }

    fn visit_string<E>(self, value: String) -> Result<Json, E> {
        Ok(Json::String(value))
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(UniqueKeys)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(Unique(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut entries = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            // How `serde_json` passes a number when a crate of the build turns its
            // `arbitrary_precision` feature on.
            if entries.is_empty() && key == "$serde_json::private::Number" {
                let text: String = map.next_value()?;
                return serde_json::from_str(&text).map_err(serde::de::Error::custom);
            }
            let Unique(value) = map.next_value()?;
            match entries.entry(key) {
                serde_json::map::Entry::Vacant(entry) => {
                    entry.insert(value);
                }
                serde_json::map::Entry::Occupied(entry) => {
                    return Err(serde::de::Error::custom(format_args!(
                        "duplicate key `{}`: only one of them would count",
                        entry.key()
                    )));
                }
            }
        }
        Ok(Json::Object(entries))
    }
}
