//! Values that may be intrinsic functions: [`Value`], [`Intrinsic`], [`Function`], and the
//! [`FromJson`] conversion that the generated types use to load checked JSON.

use serde::ser::{Serialize, Serializer};
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use std::fmt;

/// A property value: a literal, or an intrinsic function CloudFormation evaluates at deploy time.
///
/// Setters of generated builders take anything that converts into a `Value`: the literal
/// itself, `&str` for text (and for allowed-values enums, whose unknown values validation
/// reports), smaller integers for integers, or an intrinsic function.
///
/// ```
/// use cfn_apigateway_runtime::Value;
///
/// let literal: Value<String> = "https://example.com/pets".into();
/// let timeout: Value<i64> = 29_000u32.into();
/// let uri: Value<String> = Value::sub(
///     "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations",
/// );
/// assert_eq!(literal.as_str(), Some("https://example.com/pets"));
/// assert_eq!(timeout.as_literal(), Some(&29_000));
/// assert_eq!(uri.as_str(), None);
/// assert!(uri.as_intrinsic().is_some());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Value<T> {
    /// A literal written in its canonical JSON form.
    Literal(T),
    /// A literal written as another JSON scalar that CloudFormation converts: `400` for a
    /// string, `"29000"` for an integer. `written` is what the template said, kept so that the
    /// value serializes back unchanged.
    Converted {
        /// The converted value.
        value: T,
        /// The JSON the template contained.
        written: Json,
    },
    /// An intrinsic function (`Ref`, `Fn::Sub`, `Fn::If`, ...).
    Intrinsic(Intrinsic),
}

impl<T> Value<T> {
    /// The literal value, if this is not an intrinsic function.
    pub fn as_literal(&self) -> Option<&T> {
        match self {
            Value::Literal(v) | Value::Converted { value: v, .. } => Some(v),
            Value::Intrinsic(_) => None,
        }
    }

    /// The literal value, taken, if this is not an intrinsic function.
    pub fn into_literal(self) -> Option<T> {
        match self {
            Value::Literal(v) | Value::Converted { value: v, .. } => Some(v),
            Value::Intrinsic(_) => None,
        }
    }

    /// The intrinsic function, if this is one.
    pub fn as_intrinsic(&self) -> Option<&Intrinsic> {
        match self {
            Value::Intrinsic(i) => Some(i),
            _ => None,
        }
    }

    /// `true` for an intrinsic function, whose value CloudFormation computes at deploy time.
    pub fn is_intrinsic(&self) -> bool {
        matches!(self, Value::Intrinsic(_))
    }

    /// `{"Ref": name}`: a parameter, a resource, or a pseudo parameter such as `AWS::Region`.
    pub fn reference(name: impl Into<String>) -> Self {
        Value::Intrinsic(Intrinsic::new(Function::Ref, Json::String(name.into())))
    }

    /// `{"Fn::GetAtt": [resource, attribute]}`.
    pub fn get_att(resource: impl Into<String>, attribute: impl Into<String>) -> Self {
        let args = Json::Array(vec![
            Json::String(resource.into()),
            Json::String(attribute.into()),
        ]);
        Value::Intrinsic(Intrinsic::new(Function::GetAtt, args))
    }

    /// `{"Fn::Sub": template}`: `${Name}` is replaced by a parameter, resource or attribute.
    pub fn sub(template: impl Into<String>) -> Self {
        Value::Intrinsic(Intrinsic::new(Function::Sub, Json::String(template.into())))
    }

    /// `{"Fn::Join": [delimiter, parts]}`; each part is a JSON string or an intrinsic function.
    pub fn join(delimiter: impl Into<String>, parts: impl IntoIterator<Item = Json>) -> Self {
        let args = Json::Array(vec![
            Json::String(delimiter.into()),
            Json::Array(parts.into_iter().collect()),
        ]);
        Value::Intrinsic(Intrinsic::new(Function::Join, args))
    }

    /// `{"Fn::ImportValue": name}`: an output exported by another stack.
    pub fn import_value(name: impl Into<String>) -> Self {
        Value::Intrinsic(Intrinsic::new(
            Function::ImportValue,
            Json::String(name.into()),
        ))
    }

    /// `{"Ref": "AWS::NoValue"}`: the property is absent. Useful as a branch of [`Value::if_`].
    pub fn no_value() -> Self {
        Value::reference("AWS::NoValue")
    }

    /// `{"Fn::Sub": [template, {name: value, ...}]}`: `${name}` is replaced by the value given
    /// here (a literal or an intrinsic function such as `Fn::ImportValue`), other `${...}` as
    /// in [`Value::sub`].
    ///
    /// ```
    /// use cfn_apigateway_runtime::Value;
    ///
    /// let uri: Value<String> = Value::sub_with(
    ///     "https://${Host}/pets",
    ///     [("Host", Value::import_value("SharedHost"))],
    /// );
    /// assert_eq!(
    ///     uri.to_json(),
    ///     serde_json::json!({"Fn::Sub": ["https://${Host}/pets", {"Host": {"Fn::ImportValue": "SharedHost"}}]})
    /// );
    /// ```
    pub fn sub_with<K: Into<String>>(
        template: impl Into<String>,
        variables: impl IntoIterator<Item = (K, Value<String>)>,
    ) -> Self {
        let variables: Map<String, Json> = variables
            .into_iter()
            .map(|(name, value)| (name.into(), value.to_json()))
            .collect();
        let args = Json::Array(vec![Json::String(template.into()), Json::Object(variables)]);
        Value::Intrinsic(Intrinsic::new(Function::Sub, args))
    }

    /// `{"Fn::FindInMap": [map, top-level key, second-level key]}`: a value of the template's
    /// `Mappings`; each key may be an intrinsic function (`Value::reference("AWS::Region")`).
    pub fn find_in_map(
        map: impl Into<Value<String>>,
        top_level_key: impl Into<Value<String>>,
        second_level_key: impl Into<Value<String>>,
    ) -> Self {
        let args = Json::Array(vec![
            map.into().to_json(),
            top_level_key.into().to_json(),
            second_level_key.into().to_json(),
        ]);
        Value::Intrinsic(Intrinsic::new(Function::FindInMap, args))
    }
}

impl<T: Serialize> Value<T> {
    /// `{"Fn::If": [condition, then, else]}`.
    pub fn if_(condition: impl Into<String>, then: Value<T>, otherwise: Value<T>) -> Self {
        let args = Json::Array(vec![
            Json::String(condition.into()),
            then.to_json(),
            otherwise.to_json(),
        ]);
        Value::Intrinsic(Intrinsic::new(Function::If, args))
    }

    /// The JSON CloudFormation reads.
    pub fn to_json(&self) -> Json {
        // Serializing plain data into a `serde_json::Value` cannot fail: no map has non-string
        // keys and no value is a non-finite float written by this crate.
        serde_json::to_value(self).unwrap_or(Json::Null)
    }
}

impl<T: TextLiteral> Value<T> {
    /// The literal text, if this is not an intrinsic function (an enum's value as
    /// CloudFormation spells it).
    pub fn as_str(&self) -> Option<&str> {
        self.as_literal().map(TextLiteral::as_text)
    }
}

/// A literal written as text in a template: `String`, and the allowed-values enums of
/// generated crates (whose `From<&str>` keeps an unknown value, which validation reports).
pub trait TextLiteral: for<'a> From<&'a str> {
    /// The text as CloudFormation reads it.
    fn as_text(&self) -> &str;
}

impl TextLiteral for String {
    fn as_text(&self) -> &str {
        self
    }
}

impl<T> From<T> for Value<T> {
    fn from(value: T) -> Self {
        Value::Literal(value)
    }
}

impl<T: TextLiteral> From<&str> for Value<T> {
    fn from(value: &str) -> Self {
        Value::Literal(T::from(value))
    }
}

impl<T: TextLiteral> From<&String> for Value<T> {
    fn from(value: &String) -> Self {
        Value::Literal(T::from(value.as_str()))
    }
}

impl<T: TextLiteral> From<Intrinsic> for Value<T> {
    fn from(value: Intrinsic) -> Self {
        Value::Intrinsic(value)
    }
}

/// `From` a smaller integer type for an integer or number value, so that `29_000u32` or an
/// `i32` converts as an `i64` does.
macro_rules! from_number {
    ($target:ty: $($source:ty),*) => {$(
        impl From<$source> for Value<$target> {
            fn from(value: $source) -> Self {
                Value::Literal(<$target>::from(value))
            }
        }
    )*};
}

from_number!(i64: i8, i16, i32, u8, u16, u32);
from_number!(f64: f32, i8, i16, i32, u8, u16, u32);

impl<T: Serialize> Serialize for Value<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Literal(v) => v.serialize(serializer),
            Value::Converted { written, .. } => written.serialize(serializer),
            Value::Intrinsic(i) => i.serialize(serializer),
        }
    }
}

/// The intrinsic functions CloudFormation evaluates in property values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Function {
    /// `Ref`
    Ref,
    /// `Fn::GetAtt`
    GetAtt,
    /// `Fn::Sub`
    Sub,
    /// `Fn::Join`
    Join,
    /// `Fn::If`
    If,
    /// `Fn::Select`
    Select,
    /// `Fn::FindInMap`
    FindInMap,
    /// `Fn::ImportValue`
    ImportValue,
    /// `Fn::Base64`
    Base64,
    /// `Fn::Split`
    Split,
    /// `Fn::GetAZs`
    GetAzs,
    /// `Fn::Cidr`
    Cidr,
    /// `Fn::Length` (the `AWS::LanguageExtensions` transform)
    Length,
    /// `Fn::ToJsonString` (the `AWS::LanguageExtensions` transform)
    ToJsonString,
    /// `Fn::Transform` (a macro such as `AWS::Include`)
    Transform,
}

impl Function {
    /// Every function, in the order of this enum.
    pub const ALL: [Function; 15] = [
        Function::Ref,
        Function::GetAtt,
        Function::Sub,
        Function::Join,
        Function::If,
        Function::Select,
        Function::FindInMap,
        Function::ImportValue,
        Function::Base64,
        Function::Split,
        Function::GetAzs,
        Function::Cidr,
        Function::Length,
        Function::ToJsonString,
        Function::Transform,
    ];

    /// The key of the function in a template (`Fn::Sub`).
    pub fn name(self) -> &'static str {
        match self {
            Function::Ref => "Ref",
            Function::GetAtt => "Fn::GetAtt",
            Function::Sub => "Fn::Sub",
            Function::Join => "Fn::Join",
            Function::If => "Fn::If",
            Function::Select => "Fn::Select",
            Function::FindInMap => "Fn::FindInMap",
            Function::ImportValue => "Fn::ImportValue",
            Function::Base64 => "Fn::Base64",
            Function::Split => "Fn::Split",
            Function::GetAzs => "Fn::GetAZs",
            Function::Cidr => "Fn::Cidr",
            Function::Length => "Fn::Length",
            Function::ToJsonString => "Fn::ToJsonString",
            Function::Transform => "Fn::Transform",
        }
    }

    /// The function whose template key is `name`.
    pub fn from_name(name: &str) -> Option<Function> {
        Function::ALL.into_iter().find(|f| f.name() == name)
    }

    /// `true` for the functions that evaluate to a list.
    pub fn returns_list(self) -> bool {
        matches!(self, Function::Split | Function::GetAzs | Function::Cidr)
    }

    /// `true` for the functions that evaluate to a string or number, never a list.
    pub fn returns_scalar(self) -> bool {
        matches!(
            self,
            Function::Sub
                | Function::Join
                | Function::Base64
                | Function::Length
                | Function::ToJsonString
        )
    }

    /// What is wrong with the arguments `args` of a call, if anything: which form they take.
    pub fn argument_problem(self, args: &Json) -> Option<String> {
        let function = self;
        let intrinsic = |v: &Json| function_call(v).is_some();
        let string_or_intrinsic = |v: &Json| v.is_string() || intrinsic(v);
        let list_or_intrinsic = |v: &Json| v.is_array() || intrinsic(v);
        let items = args.as_array().map(Vec::as_slice);
        let ok = match function {
            Function::Ref => args.is_string(),
            // A logical id and an attribute, neither empty (`!GetAtt a.` is `["a", ""]`).
            Function::GetAtt => match (args, items) {
                (Json::String(s), _) => s.split_once('.').is_some_and(|(resource, attribute)| {
                    !resource.is_empty() && !attribute.is_empty()
                }),
                (_, Some([resource, attribute])) => {
                    resource.as_str().is_some_and(|r| !r.is_empty())
                        && (attribute.as_str().is_some_and(|a| !a.is_empty())
                            || intrinsic(attribute))
                }
                _ => false,
            },
            Function::Sub => match (args, items) {
                (Json::String(_), _) => true,
                (_, Some([template, variables])) => template.is_string() && variables.is_object(),
                _ => false,
            },
            Function::Join => {
                matches!(items, Some([d, list]) if d.is_string() && list_or_intrinsic(list))
            }
            Function::If => matches!(items, Some([c, _, _]) if c.is_string()),
            Function::Select => {
                matches!(items, Some([i, list]) if (i.is_number() || string_or_intrinsic(i)) && list_or_intrinsic(list))
            }
            Function::FindInMap => {
                matches!(items, Some(a) if (3..=4).contains(&a.len()) && a[..3].iter().all(string_or_intrinsic))
            }
            Function::ImportValue | Function::Base64 => string_or_intrinsic(args),
            Function::Split => {
                matches!(items, Some([d, s]) if d.is_string() && string_or_intrinsic(s))
            }
            Function::GetAzs => string_or_intrinsic(args),
            Function::Cidr => matches!(items, Some([_, _, _])),
            Function::Length => list_or_intrinsic(args),
            Function::ToJsonString => args.is_object() || args.is_array(),
            Function::Transform => args.is_object(),
        };
        (!ok).then(|| {
            let form = match function {
                Function::Ref => "a logical name string",
                Function::GetAtt => "[\"Resource\", \"Attribute\"] or \"Resource.Attribute\"",
                Function::Sub => "a template string, or [template, {variables}]",
                Function::Join => "[delimiter, [values]]",
                Function::If => "[condition name, value if true, value if false]",
                Function::Select => "[index, [values]]",
                Function::FindInMap => "[map name, top-level key, second-level key]",
                Function::ImportValue => "an exported output name",
                Function::Base64 => "a string",
                Function::Split => "[delimiter, string]",
                Function::GetAzs => "a region name, or \"\"",
                Function::Cidr => "[ip block, count, cidr bits]",
                Function::Length => "a list",
                Function::ToJsonString => "an object or a list",
                Function::Transform => "{\"Name\": macro, \"Parameters\": {...}}",
            };
            format!("{function} takes {form}")
        })
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An intrinsic function call: the function and its arguments, kept as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Intrinsic {
    function: Function,
    /// The call as written, `{"Fn::Sub": arguments}`: the checker reads it as it is.
    call: Json,
}

impl Intrinsic {
    /// A call of `function` with `arguments` (the JSON value under the function's key).
    pub fn new(function: Function, arguments: Json) -> Self {
        let mut call = Map::new();
        call.insert(function.name().to_owned(), arguments);
        Intrinsic {
            function,
            call: Json::Object(call),
        }
    }

    /// Recognises an intrinsic function call: an object with one key that names a function.
    pub fn from_json(json: &Json) -> Option<Intrinsic> {
        let (function, _) = function_call(json)?;
        Some(Intrinsic {
            function: function?,
            call: json.clone(),
        })
    }

    /// [`Self::from_json`], taking the JSON: JSON that is not a call of a known function comes
    /// back as it was.
    pub(crate) fn from_json_owned(json: Json) -> Result<Intrinsic, Json> {
        match function_call(&json) {
            Some((Some(function), _)) => Ok(Intrinsic {
                function,
                call: json,
            }),
            _ => Err(json),
        }
    }

    /// The function.
    pub fn function(&self) -> Function {
        self.function
    }

    /// The arguments, as written.
    pub fn arguments(&self) -> &Json {
        static NONE: Json = Json::Null;
        // `call` is an object with one entry, made so by `new` and `from_json*`.
        function_call(&self.call).map_or(&NONE, |(_, arguments)| arguments)
    }

    /// `true` for `{"Ref": "AWS::NoValue"}`.
    pub fn is_no_value(&self) -> bool {
        self.function == Function::Ref && *self.arguments() == "AWS::NoValue"
    }

    /// The JSON CloudFormation reads.
    pub fn to_json(&self) -> Json {
        self.call.clone()
    }

    /// The JSON CloudFormation reads, borrowed.
    pub fn as_json(&self) -> &Json {
        &self.call
    }
}

impl Serialize for Intrinsic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.call.serialize(serializer)
    }
}

/// `true` for `{"Ref": "AWS::NoValue"}`: the property is absent ([`Intrinsic::is_no_value`]
/// for JSON).
pub fn is_no_value(value: &Json) -> bool {
    let Json::Object(object) = value else {
        return false;
    };
    object.len() == 1
        && matches!(
            object.iter().next(),
            Some((key, Json::String(name))) if key == "Ref" && name == "AWS::NoValue"
        )
}

/// Splits an object that looks like a function call (one key, `Ref` or `Fn::...`) into the
/// function (`None` when the name is not one CloudFormation knows) and its arguments.
pub fn function_call(json: &Json) -> Option<(Option<Function>, &Json)> {
    function_call_in(json.as_object()?)
}

/// `true` for a key that names an intrinsic function, known or not: `Ref` or `Fn::...`.
pub fn names_a_function(key: &str) -> bool {
    key == "Ref" || key.starts_with("Fn::")
}

/// [`function_call`] for an object.
fn function_call_in(object: &Map<String, Json>) -> Option<(Option<Function>, &Json)> {
    if object.len() != 1 {
        return None;
    }
    let (key, arguments) = object.iter().next()?;
    names_a_function(key).then(|| (Function::from_name(key), arguments))
}

/// Why checked JSON could not be loaded into a typed value: the pointer and what was expected.
///
/// Only reachable for JSON whose check found no error when its shape cannot be represented by
/// the types (an object of a property type written as `Fn::If`, for instance). Hidden from the
/// documentation: [`crate::load`] turns it into a problem of the report.
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    path: Vec<String>,
    expected: &'static str,
}

impl Mismatch {
    /// A mismatch at the current place.
    pub fn new(expected: &'static str) -> Self {
        Mismatch {
            path: Vec::new(),
            expected,
        }
    }

    /// The same mismatch, one level further from the root (`segment` is the key or index).
    pub fn within(mut self, segment: impl Into<String>) -> Self {
        self.path.push(segment.into());
        self
    }

    /// The RFC 6901 JSON Pointer of the mismatch.
    pub fn pointer(&self) -> String {
        let mut pointer = String::new();
        for segment in self.path.iter().rev() {
            pointer.push('/');
            push_escaped(&mut pointer, segment);
        }
        pointer
    }

    /// What was expected there.
    pub fn expected(&self) -> &'static str {
        self.expected
    }
}

/// Appends one reference token of a JSON Pointer to `pointer`, escaped as RFC 6901 says (`~`
/// as `~0`, `/` as `~1`).
pub fn push_escaped(pointer: &mut String, token: &str) {
    let mut rest = token;
    while let Some(at) = rest.bytes().position(needs_escape) {
        pointer.push_str(&rest[..at]);
        pointer.push_str(if rest.as_bytes()[at] == b'~' {
            "~0"
        } else {
            "~1"
        });
        rest = &rest[at + 1..];
    }
    pointer.push_str(rest);
}

/// `~` and `/`: the bytes a JSON Pointer token escapes.
pub fn needs_escape(byte: u8) -> bool {
    byte == b'~' || byte == b'/'
}

/// Reverses [`push_escaped`] for one reference token (RFC 6901: `~1` is `/`, `~0` is `~`,
/// in that order, so that `~01` is `~1`).
pub fn unescape_pointer(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~").into()
    } else {
        token.into()
    }
}

/// A type that loads from the JSON of a value that checked clean: the scalar types, lists,
/// maps, [`Value`] and every generated type.
///
/// Hidden from the documentation: the generated code implements and calls it; users load
/// values with the generated types' `from_value` or `Deserialize`, which check first.
#[doc(hidden)]
pub trait FromJson: Sized {
    /// Loads `json`, moving its strings. Scalars accept the other scalar forms CloudFormation
    /// converts.
    fn from_json(json: Json) -> Result<Self, Mismatch>;

    /// `true` when `json` is already in the canonical form of `Self` (so it serializes back as
    /// it was); `false` for a form CloudFormation converts, such as `"29000"` for an integer.
    fn is_canonical(json: &Json) -> bool;
}

impl FromJson for String {
    fn from_json(json: Json) -> Result<Self, Mismatch> {
        match json {
            Json::String(s) => Ok(s),
            Json::Number(n) => Ok(n.to_string()),
            Json::Bool(b) => Ok(b.to_string()),
            _ => Err(Mismatch::new("a string")),
        }
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_string()
    }
}

impl FromJson for i64 {
    fn from_json(json: Json) -> Result<Self, Mismatch> {
        match json {
            Json::Number(n) => n.as_i64().ok_or(Mismatch::new("an integer")),
            Json::String(s) => s.trim().parse().map_err(|_| Mismatch::new("an integer")),
            _ => Err(Mismatch::new("an integer")),
        }
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_i64()
    }
}

impl FromJson for f64 {
    fn from_json(json: Json) -> Result<Self, Mismatch> {
        match json {
            Json::Number(n) => n.as_f64().ok_or(Mismatch::new("a number")),
            Json::String(s) => s.trim().parse().map_err(|_| Mismatch::new("a number")),
            _ => Err(Mismatch::new("a number")),
        }
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_number()
    }
}

/// The boolean a text stands for, as CloudFormation reads a text where a boolean belongs:
/// `true`, `True` or `TRUE`, and `false`, `False` or `FALSE` (the spellings Jackson, which
/// resource handlers read their properties with, accepts; cfn-lint accepts the same).
pub fn boolean_text(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

impl FromJson for bool {
    fn from_json(json: Json) -> Result<Self, Mismatch> {
        match json {
            Json::Bool(b) => Ok(b),
            Json::String(s) => boolean_text(&s).ok_or_else(|| Mismatch::new("a boolean")),
            _ => Err(Mismatch::new("a boolean")),
        }
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_boolean()
    }
}

impl FromJson for Json {
    fn from_json(json: Json) -> Result<Self, Mismatch> {
        Ok(json)
    }
    fn is_canonical(_: &Json) -> bool {
        true
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: Json) -> Result<Self, Mismatch> {
        let Json::Array(items) = json else {
            return Err(Mismatch::new("a list"));
        };
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| T::from_json(item).map_err(|m| m.within(i.to_string())))
            .collect()
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_array()
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(json: Json) -> Result<Self, Mismatch> {
        let Json::Object(entries) = json else {
            return Err(Mismatch::new("a map"));
        };
        entries
            .into_iter()
            .map(|(k, v)| match T::from_json(v) {
                Ok(v) => Ok((k, v)),
                Err(m) => Err(m.within(k)),
            })
            .collect()
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_object()
    }
}

impl<T: FromJson> FromJson for Value<T> {
    fn from_json(json: Json) -> Result<Self, Mismatch> {
        let json = match Intrinsic::from_json_owned(json) {
            Ok(intrinsic) => return Ok(Value::Intrinsic(intrinsic)),
            Err(json) => json,
        };
        if T::is_canonical(&json) {
            T::from_json(json).map(Value::Literal)
        } else {
            Ok(Value::Converted {
                value: T::from_json(json.clone())?,
                written: json,
            })
        }
    }
    fn is_canonical(_: &Json) -> bool {
        true
    }
}

/// The values of the properties `names` of the object of a property type (`what`,
/// such as "an Integration object"), in the order of `names`; other keys are left out. An
/// intrinsic function such as `Fn::If` is not such an object.
#[doc(hidden)]
pub fn take_properties<const N: usize>(
    json: Json,
    what: &'static str,
    names: &[&str; N],
) -> Result<[Option<Json>; N], Mismatch> {
    if function_call(&json).is_some() {
        return Err(Mismatch::new(what));
    }
    let Json::Object(object) = json else {
        return Err(Mismatch::new(what));
    };
    let mut found = std::array::from_fn(|_| None);
    for (key, value) in object {
        if let Some(i) = names.iter().position(|name| *name == key) {
            found[i] = Some(value);
        }
    }
    Ok(found)
}

/// Loads the value of property `name`, absent as `None`.
#[doc(hidden)]
pub fn optional<T: FromJson>(value: Option<Json>, name: &str) -> Result<Option<T>, Mismatch> {
    value
        .map(|v| T::from_json(v).map_err(|m| m.within(name)))
        .transpose()
}

/// Loads the value of property `name`, which must be present.
#[doc(hidden)]
pub fn required<T: FromJson>(value: Option<Json>, name: &str) -> Result<T, Mismatch> {
    optional(value, name)?.ok_or_else(|| Mismatch::new("a value").within(name))
}

/// A value of an allowed-values enum that this version of the crate does not know, kept as
/// written so that new upstream values never break loading or serializing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// Wraps the value as written. Only the generated enums create these.
    pub fn new(value: impl Into<String>) -> Self {
        UnknownValue(value.into())
    }

    /// The value as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The error of an allowed-values enum's `FromStr`: the text is not one of the values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseEnumError {
    type_name: &'static str,
    value: String,
    allowed: &'static [&'static str],
}

impl ParseEnumError {
    /// An error for `value`, which is not one of `allowed` of `type_name`.
    pub fn new(type_name: &'static str, value: &str, allowed: &'static [&'static str]) -> Self {
        ParseEnumError {
            type_name,
            value: value.to_owned(),
            allowed,
        }
    }
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a {}; allowed: {}",
            self.value,
            self.type_name,
            self.allowed.join(", ")
        )
    }
}

impl std::error::Error for ParseEnumError {}

/// Appends `item` to a list value, starting a literal list if there is none (or if the value
/// was an intrinsic function). Hidden: the generated builders call it.
#[doc(hidden)]
pub fn push_item<T>(list: &mut Option<Value<Vec<T>>>, item: T) {
    match list {
        Some(Value::Literal(items)) | Some(Value::Converted { value: items, .. }) => {
            items.push(item)
        }
        _ => *list = Some(Value::Literal(vec![item])),
    }
}

/// Inserts `key: value` into a map value, starting a literal map if there is none (or if the
/// value was an intrinsic function). Hidden: the generated builders call it.
#[doc(hidden)]
pub fn insert_entry<T>(map: &mut Option<Value<BTreeMap<String, T>>>, key: String, value: T) {
    match map {
        Some(Value::Literal(entries)) | Some(Value::Converted { value: entries, .. }) => {
            entries.insert(key, value);
        }
        _ => *map = Some(Value::Literal(BTreeMap::from([(key, value)]))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_load_as_literals_conversions_or_intrinsic_functions() {
        let boolean = |json: Json| Value::<bool>::from_json(json).ok();
        for (text, value) in [
            ("true", true),
            ("True", true),
            ("TRUE", true),
            ("FALSE", false),
        ] {
            let written = json!(text);
            assert_eq!(
                boolean(written.clone()),
                Some(Value::Converted { value, written }),
                "{text}"
            );
        }
        assert_eq!(boolean(json!("yes")), None);
        assert_eq!(boolean(json!("tRUE")), None);
        let load = |json: Json| Value::<i64>::from_json(json);
        assert_eq!(load(json!(29000)), Ok(Value::Literal(29000)));
        assert_eq!(
            load(json!("29000")),
            Ok(Value::Converted {
                value: 29000,
                written: json!("29000")
            })
        );
        assert!(matches!(
            load(json!({"Ref": "Timeout"})),
            Ok(Value::Intrinsic(_))
        ));
        assert_eq!(load(json!([1])).unwrap_err().expected(), "an integer");
        let list = Value::<Vec<Value<String>>>::from_json(json!(["a", {"Ref": "B"}, 3]));
        assert_eq!(list.map(|v| v.to_json()), Ok(json!(["a", {"Ref": "B"}, 3])));
    }

    #[test]
    fn pointer_tokens_are_escaped_as_rfc_6901_says() {
        let escaped = |token: &str| {
            let mut pointer = String::new();
            push_escaped(&mut pointer, token);
            pointer
        };
        assert_eq!(escaped("a~/b"), "a~0~1b");
        assert_eq!(escaped("plain"), "plain");
        assert_eq!(unescape_pointer(&escaped("~1/~0")), "~1/~0");
        let mismatch = Mismatch::new("a string").within("a/b").within("Map");
        assert_eq!(mismatch.pointer(), "/Map/a~1b");
    }

    #[test]
    fn properties_are_taken_by_name_and_loaded() {
        const NAMES: [&str; 3] = ["Absent", "Count", "Name"];
        let object = json!({"Name": "n", "Count": "3", "Extra": [1]});
        let [absent, count, name] = take_properties(object, "an object", &NAMES).unwrap();
        assert_eq!(
            required::<Value<String>>(name, "Name"),
            Ok(Value::Literal("n".to_owned()))
        );
        assert!(matches!(
            optional::<Value<i64>>(count, "Count"),
            Ok(Some(Value::Converted { .. }))
        ));
        assert_eq!(
            optional::<Value<String>>(absent.clone(), "Absent"),
            Ok(None)
        );
        assert_eq!(
            required::<Value<String>>(absent, "Absent")
                .unwrap_err()
                .pointer(),
            "/Absent"
        );
        let call = take_properties(json!({"Fn::If": ["C", {}, {}]}), "an object", &NAMES);
        assert_eq!(call.unwrap_err().expected(), "an object");
    }
}
