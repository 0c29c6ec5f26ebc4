//! Values that may be intrinsic functions: [`Value`], [`Intrinsic`], [`Function`], and the
//! [`Literal`] conversion that the generated types use to load checked JSON.

use serde::ser::{Serialize, Serializer};
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use std::fmt;

/// A property value: a literal, or an intrinsic function CloudFormation evaluates at deploy time.
///
/// ```
/// use cfn_apigateway_integration::{IntegrationType, Value};
///
/// let literal: Value<IntegrationType> = IntegrationType::AwsProxy.into();
/// let uri: Value<String> = Value::sub(
///     "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations",
/// );
/// assert_eq!(literal.as_literal(), Some(&IntegrationType::AwsProxy));
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

    /// The intrinsic function, if this is one.
    pub fn as_intrinsic(&self) -> Option<&Intrinsic> {
        match self {
            Value::Intrinsic(i) => Some(i),
            _ => None,
        }
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
    /// use cfn_apigateway_integration::Value;
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

impl<T> From<T> for Value<T> {
    fn from(value: T) -> Self {
        Value::Literal(value)
    }
}

impl From<&str> for Value<String> {
    fn from(value: &str) -> Self {
        Value::Literal(value.to_owned())
    }
}

impl From<i32> for Value<i64> {
    fn from(value: i32) -> Self {
        Value::Literal(i64::from(value))
    }
}

impl From<Intrinsic> for Value<String> {
    fn from(value: Intrinsic) -> Self {
        Value::Intrinsic(value)
    }
}

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
    pub fn from_json_owned(json: Json) -> Result<Intrinsic, Json> {
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
    pub(crate) fn call(&self) -> &Json {
        &self.call
    }
}

impl Serialize for Intrinsic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.call.serialize(serializer)
    }
}

/// `true` for `{"Ref": "AWS::NoValue"}`: the property is absent (the JSON twin of
/// [`Intrinsic::is_no_value`], for values not loaded into an [`Intrinsic`]).
///
/// Read without [`function_call`], which looks the key up among every function's name: rules
/// ask this of each value they read, and of each branch of an `Fn::If`.
pub(crate) fn is_no_value(value: &Json) -> bool {
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
pub(crate) fn function_call(json: &Json) -> Option<(Option<Function>, &Json)> {
    function_call_in(json.as_object()?)
}

/// `true` for a key that names an intrinsic function, known or not: `Ref` or `Fn::...`.
pub(crate) fn names_a_function(key: &str) -> bool {
    key == "Ref" || key.starts_with("Fn::")
}

/// [`function_call`] for an object.
fn function_call_in(object: &Map<String, Json>) -> Option<(Option<Function>, &Json)> {
    if object.len() != 1 {
        return None;
    }
    let (key, arguments) = object.iter().next()?;
    if names_a_function(key) {
        Some((function_named(key), arguments))
    } else {
        None
    }
}

/// [`Function::from_name`], apart: [`function_call_in`], which most objects leave early,
/// stays small enough to be inlined where it is asked.
#[inline(never)]
fn function_named(key: &str) -> Option<Function> {
    Function::from_name(key)
}

/// Why checked JSON could not be loaded into a typed value: the pointer and what was expected.
///
/// Only reachable for JSON whose check found no error when its shape cannot be represented by
/// the types (an Integration written as `Fn::If`, for instance).
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
/// as `~0`, `/` as `~1`), without an allocation of its own.
pub(crate) fn push_escaped(pointer: &mut String, token: &str) {
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
pub(crate) fn needs_escape(byte: u8) -> bool {
    byte == b'~' || byte == b'/'
}

/// Reverses [`push_escaped`] for one reference token (RFC 6901: `~1` is `/`, `~0` is `~`,
/// in that order, so that `~01` is `~1`).
#[allow(
    dead_code,
    reason = "only the `template` feature reads pointers back, and a `cfg` on it would be unknown where this module is compiled into the tests"
)]
pub(crate) fn unescape_pointer(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~").into()
    } else {
        token.into()
    }
}

/// A type that loads from the JSON of a checked template value.
///
/// Implemented by the scalar types, lists, maps, [`Value`] and every generated type.
pub trait Literal: Sized {
    /// Loads `json`. Scalars accept the other scalar forms CloudFormation converts.
    fn from_json(json: &Json) -> Result<Self, Mismatch>;

    /// [`Self::from_json`], taking the JSON: strings and intrinsic arguments are moved
    /// rather than copied.
    fn from_json_owned(json: Json) -> Result<Self, Mismatch> {
        Self::from_json(&json)
    }

    /// `true` when `json` is already in the canonical form of `Self` (so it serializes back as
    /// it was); `false` for a form CloudFormation converts, such as `"29000"` for an integer.
    fn is_canonical(json: &Json) -> bool;

    /// [`Self::from_json_owned`], giving the JSON back when it does not load, so that a caller
    /// that tries to load a value can still check it as written.
    fn from_json_kept(json: Json) -> Result<Self, Json> {
        match Self::from_json(&json) {
            Ok(value) => Ok(value),
            Err(_) => Err(json),
        }
    }
}

impl Literal for String {
    fn from_json(json: &Json) -> Result<Self, Mismatch> {
        match json {
            Json::String(s) => Ok(s.clone()),
            Json::Number(n) => Ok(n.to_string()),
            Json::Bool(b) => Ok(b.to_string()),
            _ => Err(Mismatch::new("a string")),
        }
    }
    fn from_json_owned(json: Json) -> Result<Self, Mismatch> {
        match json {
            Json::String(s) => Ok(s),
            other => Self::from_json(&other),
        }
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_string()
    }
    fn from_json_kept(json: Json) -> Result<Self, Json> {
        match json {
            Json::String(s) => Ok(s),
            other => Self::from_json(&other).map_err(|_| other),
        }
    }
}

impl Literal for i64 {
    fn from_json(json: &Json) -> Result<Self, Mismatch> {
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

impl Literal for f64 {
    fn from_json(json: &Json) -> Result<Self, Mismatch> {
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

impl Literal for bool {
    fn from_json(json: &Json) -> Result<Self, Mismatch> {
        match json {
            Json::Bool(b) => Ok(*b),
            Json::String(s) if s == "true" => Ok(true),
            Json::String(s) if s == "false" => Ok(false),
            _ => Err(Mismatch::new("a boolean")),
        }
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_boolean()
    }
}

impl Literal for Json {
    fn from_json(json: &Json) -> Result<Self, Mismatch> {
        Ok(json.clone())
    }
    fn from_json_owned(json: Json) -> Result<Self, Mismatch> {
        Ok(json)
    }
    fn is_canonical(_: &Json) -> bool {
        true
    }
}

impl<T: Literal> Literal for Vec<T> {
    fn from_json(json: &Json) -> Result<Self, Mismatch> {
        let items = json.as_array().ok_or(Mismatch::new("a list"))?;
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_json(item).map_err(|m| m.within(i.to_string())))
            .collect()
    }
    fn from_json_owned(json: Json) -> Result<Self, Mismatch> {
        let Json::Array(items) = json else {
            return Err(Mismatch::new("a list"));
        };
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| T::from_json_owned(item).map_err(|m| m.within(i.to_string())))
            .collect()
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_array()
    }
}

// The maps are built by inserting their entries one by one: collecting them would gather
// and sort the entries in a vector first, which costs more for the few entries such maps have.
impl<T: Literal> Literal for BTreeMap<String, T> {
    fn from_json(json: &Json) -> Result<Self, Mismatch> {
        let entries = json.as_object().ok_or(Mismatch::new("a map"))?;
        let mut map = BTreeMap::new();
        for (k, v) in entries {
            map.insert(k.clone(), T::from_json(v).map_err(|m| m.within(k))?);
        }
        Ok(map)
    }
    fn from_json_owned(json: Json) -> Result<Self, Mismatch> {
        let Json::Object(entries) = json else {
            return Err(Mismatch::new("a map"));
        };
        let mut map = BTreeMap::new();
        for (k, v) in entries {
            match T::from_json_owned(v) {
                Ok(v) => map.insert(k, v),
                Err(m) => return Err(m.within(k)),
            };
        }
        Ok(map)
    }
    fn is_canonical(json: &Json) -> bool {
        json.is_object()
    }
}

impl<T: Literal> Literal for Value<T> {
    fn from_json(json: &Json) -> Result<Self, Mismatch> {
        if let Some(intrinsic) = Intrinsic::from_json(json) {
            return Ok(Value::Intrinsic(intrinsic));
        }
        let value = T::from_json(json)?;
        if T::is_canonical(json) {
            Ok(Value::Literal(value))
        } else {
            Ok(Value::Converted {
                value,
                written: json.clone(),
            })
        }
    }
    fn from_json_owned(json: Json) -> Result<Self, Mismatch> {
        let json = match Intrinsic::from_json_owned(json) {
            Ok(intrinsic) => return Ok(Value::Intrinsic(intrinsic)),
            Err(json) => json,
        };
        if T::is_canonical(&json) {
            T::from_json_owned(json).map(Value::Literal)
        } else {
            Ok(Value::Converted {
                value: T::from_json(&json)?,
                written: json,
            })
        }
    }
    fn from_json_kept(json: Json) -> Result<Self, Json> {
        let json = match Intrinsic::from_json_owned(json) {
            Ok(intrinsic) => return Ok(Value::Intrinsic(intrinsic)),
            Err(json) => json,
        };
        if T::is_canonical(&json) {
            T::from_json_kept(json).map(Value::Literal)
        } else {
            match T::from_json(&json) {
                Ok(value) => Ok(Value::Converted {
                    value,
                    written: json,
                }),
                Err(_) => Err(json),
            }
        }
    }
    fn is_canonical(_: &Json) -> bool {
        true
    }
}

/// The CloudFormation names of the properties of a property type, and how to find a key
/// among them.
#[derive(Debug, Clone, Copy)]
pub struct PropertyNames<const N: usize> {
    /// The names, sorted.
    pub names: [&'static str; N],
    /// Where a key is in `names`: a `match` on the names, written by the generator (one test
    /// per key, where a search of the sorted names compared it with several).
    pub index: fn(&str) -> Option<usize>,
}

impl<const N: usize> PropertyNames<N> {
    /// The slot of `key` among `slots`, one per name in the order of `names`; `None` for a key
    /// that is not a property's name.
    #[inline]
    pub fn slot<'s, T>(&self, slots: &'s mut [T; N], key: &str) -> Option<&'s mut T> {
        (self.index)(key).and_then(|i| slots.get_mut(i))
    }
}

/// The value of one property of a property type's object, borrowed or owned.
#[derive(Debug)]
pub enum PropertyValue<'a> {
    /// Loading copies from it.
    Borrowed(&'a Json),
    /// Loading moves out of it.
    Owned(Json),
}

impl PropertyValue<'_> {
    fn load<T: Literal>(self) -> Result<T, Mismatch> {
        match self {
            PropertyValue::Borrowed(json) => T::from_json(json),
            PropertyValue::Owned(json) => T::from_json_owned(json),
        }
    }
}

/// Loads the value of property `name`, absent as `None`.
pub fn optional<T: Literal>(
    value: Option<PropertyValue<'_>>,
    name: &str,
) -> Result<Option<T>, Mismatch> {
    value
        .map(|v| v.load().map_err(|m| m.within(name)))
        .transpose()
}

/// Loads the value of property `name`, which must be present.
pub fn required<T: Literal>(value: Option<PropertyValue<'_>>, name: &str) -> Result<T, Mismatch> {
    optional(value, name)?.ok_or_else(|| Mismatch::new("a value").within(name))
}

/// The object of a property type, to load property by property: borrowed (each value is
/// copied) or owned (each value is moved out).
#[derive(Debug)]
pub enum Properties<'a> {
    /// Loading from a borrowed object.
    Borrowed(&'a Map<String, Json>),
    /// Loading from an owned object.
    Owned(Map<String, Json>),
}

impl<'a> Properties<'a> {
    /// The properties of `json`, which must be the object of a property type (`what`, such as
    /// "an Integration object"); an intrinsic function such as `Fn::If` is not one.
    pub fn borrowed(json: &'a Json, what: &'static str) -> Result<Self, Mismatch> {
        match json {
            Json::Object(object) if function_call_in(object).is_none() => {
                Ok(Properties::Borrowed(object))
            }
            _ => Err(Mismatch::new(what)),
        }
    }

    /// [`Self::borrowed`], taking the JSON.
    pub fn owned(json: Json, what: &'static str) -> Result<Self, Mismatch> {
        match json {
            Json::Object(object) if function_call_in(&object).is_none() => {
                Ok(Properties::Owned(object))
            }
            _ => Err(Mismatch::new(what)),
        }
    }

    /// The values of the properties `names`, in their order, in one pass over the object;
    /// other keys are left out.
    pub fn values<const N: usize>(
        self,
        names: &PropertyNames<N>,
    ) -> [Option<PropertyValue<'a>>; N] {
        let mut found = std::array::from_fn(|_| None);
        let mut place = |key: &str, value: PropertyValue<'a>| {
            if let Some(slot) = names.slot(&mut found, key) {
                *slot = Some(value);
            }
        };
        match self {
            Properties::Borrowed(object) => {
                for (key, value) in object {
                    place(key, PropertyValue::Borrowed(value));
                }
            }
            Properties::Owned(object) => {
                for (key, value) in object {
                    place(&key, PropertyValue::Owned(value));
                }
            }
        }
        found
    }
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
/// was an intrinsic function). Used by the generated builders.
pub fn push_item<T>(list: &mut Option<Value<Vec<T>>>, item: T) {
    match list {
        Some(Value::Literal(items)) | Some(Value::Converted { value: items, .. }) => {
            items.push(item)
        }
        _ => *list = Some(Value::Literal(vec![item])),
    }
}

/// Inserts `key: value` into a map value, starting a literal map if there is none (or if the
/// value was an intrinsic function). Used by the generated builders.
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

    /// Loading owned JSON gives what loading borrowed JSON gives, errors included.
    fn same_either_way<T: Literal + PartialEq + fmt::Debug>(samples: &[Json]) {
        for json in samples {
            assert_eq!(
                T::from_json_owned(json.clone()),
                T::from_json(json),
                "{json}"
            );
        }
    }

    #[test]
    fn owned_loading_moves_what_borrowed_loading_copies() {
        let samples = [
            json!("text"),
            json!(29000),
            json!("29000"),
            json!(true),
            json!(null),
            json!({"Ref": "Name"}),
            json!({"Fn::Sub": "arn:${AWS::Partition}:x"}),
            json!({"Fn::Unknown": 1}),
            json!({"A": "a", "B": {"Fn::GetAtt": ["F", "Arn"]}}),
            json!(["a", {"Ref": "B"}, 3]),
            json!({"Ref": "A", "Other": 1}),
        ];
        same_either_way::<String>(&samples);
        same_either_way::<i64>(&samples);
        same_either_way::<Json>(&samples);
        same_either_way::<Value<String>>(&samples);
        same_either_way::<Value<i64>>(&samples);
        same_either_way::<Value<Json>>(&samples);
        same_either_way::<Value<Vec<Value<String>>>>(&samples);
        same_either_way::<Value<BTreeMap<String, Value<String>>>>(&samples);
        same_either_way::<Vec<Value<i64>>>(&samples);
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
        let mut pointer = String::from("/RequestTemplates/");
        push_escaped(&mut pointer, "application/vnd~x/json");
        assert_eq!(pointer, "/RequestTemplates/application~1vnd~0x~1json");
        assert_eq!(unescape_pointer(&escaped("~1/~0")), "~1/~0");
        let mismatch = Mismatch::new("a string").within("a/b").within("Map");
        assert_eq!(mismatch.pointer(), "/Map/a~1b");
    }

    #[test]
    fn properties_load_the_same_borrowed_or_owned() {
        const NAMES: PropertyNames<3> = PropertyNames {
            names: ["Absent", "Count", "Name"],
            index: |key| match key {
                "Absent" => Some(0),
                "Count" => Some(1),
                "Name" => Some(2),
                _ => None,
            },
        };
        let object = json!({"Name": "n", "Count": "3", "Extra": [1]});
        let load = |p: Properties<'_>| -> Result<_, Mismatch> {
            let [absent, count, name] = p.values(&NAMES);
            Ok((
                required::<Value<String>>(name, "Name")?,
                optional::<Value<i64>>(count, "Count")?,
                optional::<Value<String>>(absent, "Absent")?,
            ))
        };
        let borrowed = load(Properties::borrowed(&object, "an object").unwrap());
        let owned = load(Properties::owned(object.clone(), "an object").unwrap());
        assert_eq!(borrowed, owned);
        assert!(matches!(
            owned,
            Ok((_, Some(Value::Converted { .. }), None))
        ));
        let missing = Properties::owned(json!({}), "an object").and_then(|p| {
            let [_, _, name] = p.values(&NAMES);
            required::<Value<String>>(name, "Name")
        });
        assert_eq!(missing.unwrap_err().pointer(), "/Name");
        let call = Properties::owned(json!({"Fn::If": ["C", {}, {}]}), "an object");
        assert_eq!(call.unwrap_err().expected(), "an object");
    }
}
