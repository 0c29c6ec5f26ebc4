//! The serde mirror of the spec JSON: the CloudFormation Resource Specification's
//! `PropertyTypes` vocabulary, extended with allowed values, ranges, defaults, a check context
//! and rules. Unknown keys are rejected; meaning is checked later, in [`crate::lower`].

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use crate::Error;
use crate::lower::JsonPath;

/// A whole spec file, as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Where the spec was read from (set by [`Spec::from_json`]; not part of the JSON).
    #[serde(skip)]
    pub file: String,
    /// A free-form comment for readers of the JSON.
    #[serde(rename = "$comment", default)]
    pub comment: Option<String>,
    /// The derived part this curated spec is merged with (a path relative to the spec file):
    /// the structure `cargo xtask spec derive` finds in the pages, which this file only adds to
    /// and corrects. [`Spec::load`] reads and merges it; [`Spec::from_json`] refuses it.
    #[serde(rename = "Derived", default)]
    pub derived: Option<String>,
    /// The documents rules and properties cite, by key (`integration`).
    #[serde(rename = "Documents", deserialize_with = "unique_map")]
    pub documents: BTreeMap<String, Document>,
    /// Named sets of allowed values; each becomes an enum.
    #[serde(rename = "AllowedValues", default, deserialize_with = "unique_map")]
    pub allowed_values: BTreeMap<String, AllowedValues>,
    /// Named value forms, by name (`http-url`): regular expressions that rules refer to.
    #[serde(rename = "Formats", default, deserialize_with = "unique_map")]
    pub formats: BTreeMap<String, FormatEntry>,
    /// The pseudo parameters a template may name (`AWS::Region`), by name: what each yields.
    #[serde(rename = "PseudoParameters", default, deserialize_with = "unique_map")]
    pub pseudo_parameters: BTreeMap<String, Referenced>,
    /// What `Ref` and `Fn::GetAtt` yield for resource types, by resource type
    /// (`AWS::Lambda::Function`), then by `Ref` or attribute name (`Arn`).
    #[serde(rename = "ReturnValues", default, deserialize_with = "unique_map")]
    pub return_values: BTreeMap<String, ReturnValues>,
    /// Facts about the enclosing resource that validation may be given, by name.
    #[serde(rename = "Context", default, deserialize_with = "unique_map")]
    pub context: BTreeMap<String, ContextEntry>,
    /// The resource types, by full name (`AWS::ApiGateway::Method`): like property types, with
    /// `Attributes`.
    #[serde(rename = "ResourceTypes", default, deserialize_with = "unique_map")]
    pub resource_types: BTreeMap<String, PropertyType>,
    /// The property types, by full name (`AWS::ApiGateway::Method.Integration`).
    #[serde(rename = "PropertyTypes", default, deserialize_with = "unique_map")]
    pub property_types: BTreeMap<String, PropertyType>,
}

impl Spec {
    /// Every type of the spec with the JSON key of its section: the resource types
    /// (`ResourceTypes`), then the property types (`PropertyTypes`), each by name.
    pub fn types(&self) -> impl Iterator<Item = (&'static str, &String, &PropertyType)> {
        let resources = self
            .resource_types
            .iter()
            .map(|(n, t)| ("ResourceTypes", n, t));
        let properties = self
            .property_types
            .iter()
            .map(|(n, t)| ("PropertyTypes", n, t));
        resources.chain(properties)
    }
}

/// A source document.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Path of the vendored copy, relative to the spec file.
    #[serde(rename = "Path")]
    pub path: String,
    /// Where it is published (required of a `Page`; collected evidence may have no single
    /// address).
    #[serde(rename = "Url", default)]
    pub url: Option<String>,
    /// What it is, its revision and licence.
    #[serde(rename = "Description")]
    pub description: String,
    /// `Page` (the default): a CloudFormation User Guide page, compared with the types it
    /// describes; `Excerpt`: other text (a guide's paragraphs, collected answers of a service),
    /// cited by its `<a name>` anchors or by a quotation, `DOCUMENT#:~:text=QUOTED TEXT`.
    #[serde(rename = "Kind", default)]
    pub kind: DocumentKind,
}

/// What a document is, which decides how its sources resolve.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum DocumentKind {
    /// A CloudFormation User Guide page (Markdown) or a JSON document.
    #[default]
    Page,
    /// Other text, cited by anchor or by quotation.
    Excerpt,
}

/// A named value form: a regular expression the whole value must match.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatEntry {
    /// What the form is, as messages say it ("an absolute http:// or https:// URL").
    #[serde(rename = "Description")]
    pub description: String,
    /// `DOCUMENT#ANCHOR`.
    #[serde(rename = "Source")]
    pub source: String,
    /// The regular expression (`regex-automata` syntax), matched against the whole value, with
    /// `.` matching newlines too.
    #[serde(rename = "Pattern")]
    pub pattern: String,
}

/// What a reference yields: a pseudo parameter, or a return value of a resource type.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referenced {
    /// What it is, as messages say it ("the ARN of the function").
    #[serde(rename = "Description")]
    pub description: String,
    /// `DOCUMENT#ANCHOR`.
    #[serde(rename = "Source")]
    pub source: String,
    /// The form of its value (a name of `Formats`), when the documents give one.
    #[serde(rename = "Format", default)]
    pub format: Option<String>,
    /// The keys of this object where the curated spec departs from its derived part, by key.
    #[serde(rename = "Corrections", default, deserialize_with = "unique_map")]
    pub corrections: BTreeMap<String, Correction>,
}

/// The return values of one resource type, by `Ref` or attribute name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct ReturnValues(#[serde(deserialize_with = "unique_map")] pub BTreeMap<String, Referenced>);

/// A named set of allowed values.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowedValues {
    /// What the values mean.
    #[serde(rename = "Description")]
    pub description: String,
    /// Where the values come from (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
    /// The values, as CloudFormation spells them.
    #[serde(rename = "Values")]
    pub values: Vec<String>,
}

/// A fact about the enclosing object that rules may read: given by the caller, or taken by the
/// enclosing type from one of its properties (`From`) when it checks the types within.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextEntry {
    /// What the fact holds.
    #[serde(rename = "Description")]
    pub description: String,
    /// Where the fact comes from.
    #[serde(rename = "Source")]
    pub source: String,
    /// The property the fact is taken from; without it, only a caller gives it.
    #[serde(rename = "From", default)]
    pub from: Option<ContextFrom>,
}

/// Where a fact is taken from: a property of a type of the spec. What is taken follows from the
/// property's shape: the keys of a `Map`, the items of a `List` of `String`, the value of a
/// property with `AllowedValues`; for a `List` of a property type, `KeyedBy` and `KeysOf` name
/// the item's `String` property that keys a set of the keys of its `Map` property `KeysOf`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextFrom {
    /// The type (`AWS::ApiGateway::Method`).
    #[serde(rename = "Type")]
    pub type_name: String,
    /// The property of that type.
    #[serde(rename = "Property")]
    pub property: String,
    /// For a list of objects: the item property whose value keys each set.
    #[serde(rename = "KeyedBy", default)]
    pub keyed_by: Option<String>,
    /// For a list of objects: the item's map property whose keys make the set.
    #[serde(rename = "KeysOf", default)]
    pub keys_of: Option<String>,
}

/// An attribute of a resource type (`Fn::GetAtt`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribute {
    /// What it is.
    #[serde(rename = "Description")]
    pub description: String,
    /// Where it comes from (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
    /// Its primitive type.
    #[serde(rename = "PrimitiveType")]
    pub primitive_type: String,
}

/// A property type.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PropertyType {
    /// The documentation page.
    #[serde(rename = "Documentation")]
    pub documentation: String,
    /// Where the type comes from (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
    /// The document's description.
    #[serde(rename = "Description")]
    pub description: String,
    /// The attributes `Fn::GetAtt` reads, by name (resource types only).
    #[serde(rename = "Attributes", default, deserialize_with = "unique_map_option")]
    pub attributes: Option<BTreeMap<String, Attribute>>,
    /// The properties, by CloudFormation name.
    #[serde(rename = "Properties", deserialize_with = "unique_map")]
    pub properties: BTreeMap<String, Property>,
    /// The rules that check values of this type.
    #[serde(rename = "Rules", default)]
    pub rules: Vec<Rule>,
    /// The keys of this object where the curated spec departs from its derived part, by key.
    #[serde(rename = "Corrections", default, deserialize_with = "unique_map")]
    pub corrections: BTreeMap<String, Correction>,
}

/// Why the curated spec says otherwise than a page, for one key of a type, a property or a
/// return value: the page is stale or wrong, and another document says what holds.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// Why the page is not followed.
    #[serde(rename = "Reason")]
    pub reason: String,
    /// What says otherwise (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
}

/// A property.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Property {
    /// The documentation link, with the paragraph's anchor.
    #[serde(rename = "Documentation")]
    pub documentation: String,
    /// Where the property comes from (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
    /// The document's description.
    #[serde(rename = "Description")]
    pub description: String,
    /// `String`, `Integer`, `Long`, `Double`, `Boolean`, `Timestamp` or `Json`.
    #[serde(rename = "PrimitiveType", default)]
    pub primitive_type: Option<String>,
    /// `List`, `Map`, or the name of a property type.
    #[serde(rename = "Type", default)]
    pub type_: Option<String>,
    /// The item property type of a `List` or `Map`.
    #[serde(rename = "ItemType", default)]
    pub item_type: Option<String>,
    /// The item primitive type of a `List` or `Map`.
    #[serde(rename = "PrimitiveItemType", default)]
    pub primitive_item_type: Option<String>,
    /// `true` when the document says `Required: Yes`.
    #[serde(rename = "Required")]
    pub required: bool,
    /// `true` when the document says `Required: Conditional`.
    #[serde(rename = "Conditional", default)]
    pub conditional: bool,
    /// `Mutable`, `Immutable` or `Conditional`.
    #[serde(rename = "UpdateType")]
    pub update_type: String,
    /// Whether a list may repeat items.
    #[serde(rename = "DuplicatesAllowed", default)]
    pub duplicates_allowed: Option<bool>,
    /// The name of the allowed-values set of the property.
    #[serde(rename = "AllowedValues", default)]
    pub allowed_values: Option<String>,
    /// The documented minimum.
    #[serde(rename = "Minimum", default)]
    pub minimum: Option<f64>,
    /// The documented maximum.
    #[serde(rename = "Maximum", default)]
    pub maximum: Option<f64>,
    /// The value CloudFormation uses when the property is absent.
    #[serde(rename = "Default", default)]
    pub default: Option<serde_json::Value>,
    /// The regular expression a String matches whole, as the page states it.
    #[serde(rename = "Pattern", default)]
    pub pattern: Option<String>,
    /// The keys of this object where the curated spec departs from its derived part, by key.
    #[serde(rename = "Corrections", default, deserialize_with = "unique_map")]
    pub corrections: BTreeMap<String, Correction>,
}

/// A rule: what it asserts about which property, when, how serious, and from where.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The stable id problems carry.
    #[serde(rename = "Id")]
    pub id: String,
    /// `Error` or `Warning`.
    #[serde(rename = "Severity")]
    pub severity: Severity,
    /// Where the rule comes from (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
    /// The property checked (absent for `NoAdditionalProperties`).
    #[serde(rename = "Property", default)]
    pub property: Option<String>,
    /// Conditions that must all hold for the rule to apply.
    #[serde(rename = "When", default)]
    pub when: Vec<Condition>,
    /// What the rule asserts.
    #[serde(rename = "Assert")]
    pub assert: Assertion,
    /// The message: `{value}`, `{allowed}` and `{property}` are filled in.
    #[serde(rename = "Message")]
    pub message: String,
}

/// The severity of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Severity {
    /// The value is rejected or forbidden.
    Error,
    /// The value is accepted but will not work as intended.
    Warning,
}

/// A condition on another property of the same object, or on a fact of the context.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The property tested.
    #[serde(rename = "Property", default)]
    pub property: Option<String>,
    /// The context fact tested (one taken from a property with `AllowedValues`).
    #[serde(rename = "Context", default)]
    pub context: Option<String>,
    /// It is one of these values.
    #[serde(rename = "In", default)]
    pub in_: Option<Vec<String>>,
    /// It is none of these values.
    #[serde(rename = "NotIn", default)]
    pub not_in: Option<Vec<String>>,
    /// It matches this named form.
    #[serde(rename = "Format", default)]
    pub format: Option<String>,
    /// It does not match this named form.
    #[serde(rename = "NotFormat", default)]
    pub not_format: Option<String>,
    /// `true`: it is present; `false`: it is absent.
    #[serde(rename = "Present", default)]
    pub present: Option<bool>,
}

/// What a rule asserts: exactly one of these keys.
#[derive(Debug, Clone, PartialEq, Deserialize)]
// `remote = "Self"` keeps the derived code as an inherent function; the `Deserialize` impl
// below first checks that the object has exactly one key, which serde_json's externally
// tagged enums would otherwise report as a syntax error at a misleading place.
#[serde(remote = "Self")]
pub enum Assertion {
    /// `true`: the property must be present; `false`: it must be absent.
    Present(bool),
    /// The property's value is in its allowed-values set.
    AllowedValues(bool),
    /// The property's value is one of these.
    In(Vec<String>),
    /// The value is at least this.
    Minimum(f64),
    /// The value is at most this.
    Maximum(f64),
    /// The value matches one of these named forms.
    Format(Vec<String>),
    /// The value does not match this named form.
    NotFormat(String),
    /// Every key of the map matches one of these named forms.
    KeyFormat(Vec<String>),
    /// Every value of the map matches one of these named forms.
    ValueFormat(Vec<String>),
    /// The list has no repeated items.
    UniqueItems(bool),
    /// The items (or keys, or values) of the property are declared in a fact of the context,
    /// when the fact is known.
    InContext(InContext),
    /// No two items of the list of objects have the same value of this property.
    UniqueBy(String),
    /// No property outside the type's properties.
    NoAdditionalProperties(bool),
}

/// `InContext`: which members of the property must be in which fact.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InContext {
    /// The fact (a `Context` name).
    #[serde(rename = "Context")]
    pub context: String,
    /// `Value`, `Items`, `Keys` or `Values`: what of the property is checked.
    #[serde(rename = "Members")]
    pub members: Members,
    /// For a fact of sets keyed by text: the property of this object whose value selects the
    /// set (`StatusCode`).
    #[serde(rename = "By", default)]
    pub by: Option<String>,
    /// Only the members of this form are checked (others are not the fact's to declare).
    #[serde(rename = "Format", default)]
    pub format: Option<String>,
}

/// What of a property an `InContext` rule checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Members {
    /// The value itself.
    Value,
    /// The items of a list.
    Items,
    /// The keys of a map.
    Keys,
    /// The values of a map.
    Values,
}

impl<'de> Deserialize<'de> for Assertion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let object = serde_json::Map::<String, serde_json::Value>::deserialize(deserializer)?;
        if object.len() != 1 {
            // Sorted, whatever order `serde_json`'s maps keep.
            let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
            keys.sort_unstable();
            return Err(serde::de::Error::custom(format_args!(
                "an object with exactly one assertion key, found {} ({})",
                keys.len(),
                keys.join(", ")
            )));
        }
        Assertion::deserialize(serde_json::Value::Object(object)).map_err(serde::de::Error::custom)
    }
}

impl Spec {
    /// Parses spec JSON read from `file`. Errors name the file, the JSON path and what was
    /// expected, or the line and column of invalid JSON.
    pub fn from_json(file: &str, text: &str) -> Result<Spec, Error> {
        // A curated spec is incomplete without its derived part: say so, rather than name the
        // first key it leaves to it.
        if text.contains("\"Derived\"") && strict_json(file, text)?.get("Derived").is_some() {
            return Err(Error::Spec {
                file: file.to_owned(),
                path: "Derived".to_owned(),
                expected: "no derived part in a spec read alone: `Spec::load` reads it and \
                           merges it"
                    .to_owned(),
            });
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let mut spec: Spec = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let inner = e.inner();
            let path = json_path(e.path());
            if inner.is_syntax() || inner.is_eof() || path == "." {
                Error::Json {
                    file: file.to_owned(),
                    line: inner.line(),
                    column: inner.column(),
                    message: strip_position(&inner.to_string()),
                }
            } else {
                Error::Shape {
                    file: file.to_owned(),
                    path,
                    message: strip_position(&inner.to_string()),
                }
            }
        })?;
        de.end().map_err(|e| Error::Json {
            file: file.to_owned(),
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        })?;
        spec.file = file.to_owned();
        Ok(spec)
    }

    /// Parses the spec JSON read from `file`, merged with its derived part when it names one
    /// (`Derived`, a path relative to `file`), whose text `read` gives. Errors name the file at
    /// fault (the spec, or its derived part), the JSON path and what was expected.
    pub fn load(
        file: &str,
        text: &str,
        read: impl FnOnce(&str) -> Result<String, String>,
    ) -> Result<Spec, Error> {
        let mut curated = strict_json(file, text)?;
        let Some(derived) = curated.get("Derived") else {
            return Spec::from_json(file, text);
        };
        let Some(derived) = derived.as_str() else {
            return Err(Error::Shape {
                file: file.to_owned(),
                path: "Derived".to_owned(),
                message: "expected a path relative to the spec file".to_owned(),
            });
        };
        let derived_file = match file.rsplit_once('/') {
            Some((folder, _)) => format!("{folder}/{derived}"),
            None => derived.to_owned(),
        };
        let derived_text = read(&derived_file).map_err(|message| Error::Shape {
            file: file.to_owned(),
            path: "Derived".to_owned(),
            message: format!("cannot read {derived_file}: {message}"),
        })?;
        let derived = strict_json(&derived_file, &derived_text)?;
        let original = curated.clone();
        crate::merge::merge(file, &mut curated, &derived_file, derived.clone())?;
        let mut spec: Spec = serde_path_to_error::deserialize(curated).map_err(|e| {
            // The file at fault is the one that has what serde stopped at.
            let at_fault = if !has_path(&original, e.path()) && has_path(&derived, e.path()) {
                derived_file.as_str()
            } else {
                file
            };
            Error::Shape {
                file: at_fault.to_owned(),
                path: json_path(e.path()),
                message: strip_position(&e.inner().to_string()),
            }
        })?;
        spec.file = file.to_owned();
        Ok(spec)
    }
}

/// Whether `value` has something at `path` (serde's path into the merged spec).
fn has_path(value: &serde_json::Value, path: &serde_path_to_error::Path) -> bool {
    use serde_path_to_error::Segment;
    let mut at = value;
    for segment in path.iter() {
        let next = match segment {
            Segment::Seq { index } => at.get(*index),
            Segment::Map { key } => at.get(key.as_str()),
            Segment::Enum { variant } => at.get(variant.as_str()),
            Segment::Unknown => None,
        };
        match next {
            Some(next) => at = next,
            None => return false,
        }
    }
    true
}

/// Parses JSON text into a value, refusing an object with two equal keys (serde_json would keep
/// the last); errors name the file, line and column.
fn strict_json(file: &str, text: &str) -> Result<serde_json::Value, Error> {
    struct Strict(serde_json::Value);

    impl<'de> Deserialize<'de> for Strict {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(StrictVisitor).map(Strict)
        }
    }

    struct StrictVisitor;

    impl<'de> Visitor<'de> for StrictVisitor {
        type Value = serde_json::Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
            Ok(serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, Into::into))
        }
        fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
            Ok(v.into())
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(serde_json::Value::Null)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut access: A,
        ) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while let Some(Strict(item)) = access.next_element()? {
                items.push(item);
            }
            Ok(items.into())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut map = serde_json::Map::new();
            while let Some(key) = access.next_key::<String>()? {
                if map.contains_key(&key) {
                    return Err(serde::de::Error::custom(format_args!(
                        "duplicate key `{key}`"
                    )));
                }
                let Strict(value) = access.next_value()?;
                map.insert(key, value);
            }
            Ok(map.into())
        }
    }

    let json_error = |e: serde_json::Error| Error::Json {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let Strict(value) = Strict::deserialize(&mut de).map_err(json_error)?;
    de.end().map_err(json_error)?;
    Ok(value)
}

/// Splits a source `DOCUMENT#ANCHOR` into the document's key and the anchor, or `None` when it
/// is not of that form: no `#`, or nothing after it. Whether the key names one of the spec's
/// `Documents` is for the caller to check: lowering rejects a source whose key does not, and
/// `provenance` resolves the anchor in the document.
pub fn parse_source(source: &str) -> Option<(&str, &str)> {
    source
        .split_once('#')
        .filter(|(_, anchor)| !anchor.is_empty())
}

fn unique_map_option<'de, D, V>(deserializer: D) -> Result<Option<BTreeMap<String, V>>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    unique_map(deserializer).map(Some)
}

/// The path serde reports, written like the lowering's paths (`PropertyTypes["AWS::X.Y"].Rules[3]`).
fn json_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = JsonPath::default();
    for segment in path.iter() {
        out = match segment {
            Segment::Seq { index } => out.index(*index),
            Segment::Map { key } => out.key(key),
            Segment::Enum { variant } => out.key(variant),
            Segment::Unknown => out.key("?"),
        };
    }
    out.as_str().to_owned()
}

/// serde_json appends " at line L column C"; the error types carry the position themselves.
pub(crate) fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// A JSON object whose keys must be distinct: serde_json would silently keep the last of two
/// equal keys, and a spec that names a property twice is a mistake to report.
fn unique_map<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct UniqueMap<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for UniqueMap<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object with distinct keys")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut map = BTreeMap::new();
            while let Some(key) = access.next_key::<String>()? {
                if map.contains_key(&key) {
                    return Err(serde::de::Error::custom(format_args!(
                        "duplicate key `{key}`"
                    )));
                }
                let value = access.next_value()?;
                map.insert(key, value);
            }
            Ok(map)
        }
    }

    deserializer.deserialize_map(UniqueMap(PhantomData))
}
