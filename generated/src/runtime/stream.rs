//! Loading straight from a serde `Deserializer` into the typed values, without a
//! `serde_json::Value` of the whole input: each value is read into its type where the JSON
//! fits the type, and kept as the JSON written where it does not ([`Typed`]).
//!
//! `Deserialize` then checks a value typed all through; anything kept as JSON sends the whole
//! value, rebuilt as it was written, down the JSON path (check, then load), so that no problem
//! goes unreported and nothing written is lost. Rebuilding relies on every typed value
//! serializing back to the JSON it was read from: strings, enums (known or not), integers,
//! converted scalars (which keep what was written) and intrinsic functions (which keep their
//! call as written) do; an integer read as a float would not (`5` would come back as `5.0`), so
//! such a number is kept as JSON. A property type's object comes back with its keys in the
//! order of its fields, which nothing the checker reports depends on: only its unknown keys
//! would be reported in their order, and an object with one is kept as JSON.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::sync::OnceLock;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

use super::value::{Intrinsic, Literal, Value, names_a_function};

/// A value read from the input: typed, or the JSON written when it does not fit the type.
#[derive(Debug)]
pub enum Typed<T> {
    /// The value, typed.
    Fits(T),
    /// The JSON written, which the type cannot hold (or whose order it would lose).
    Json(Json),
}

impl<T: Serialize> Typed<T> {
    /// The JSON written.
    pub fn into_json(self) -> Json {
        match self {
            Typed::Fits(value) => written(&value),
            Typed::Json(json) => json,
        }
    }
}

/// The JSON a typed value was read from. Serializing into a `serde_json::Value` fails only for
/// maps with keys that are not strings, which these types do not have.
pub(crate) fn written<T: Serialize>(value: &T) -> Json {
    serde_json::to_value(value).unwrap_or(Json::Null)
}

/// The JSON written of a slot's typed value: `None` when absent.
pub fn written_of<T: Serialize>(slot: &Option<T>) -> Option<Json> {
    slot.as_ref().map(written)
}

/// A property's value, or an item of a list or a map: a [`Value`] or plain JSON.
pub trait Streamed: Sized + Serialize {
    /// Reads one value.
    fn stream<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Typed<Self>, D::Error>;
}

impl Streamed for Json {
    fn stream<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Typed<Self>, D::Error> {
        Json::deserialize(deserializer).map(Typed::Fits)
    }
}

impl<T: StreamedLiteral> Streamed for Value<T> {
    fn stream<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Typed<Self>, D::Error> {
        T::stream_value(deserializer)
    }
}

/// A literal type that reads a [`Value`] of itself. Scalars read the JSON value (a string or a
/// number, or the small object of an intrinsic function) and load it; lists, maps and the
/// property types read their items one by one.
pub trait StreamedLiteral: Literal + Serialize {
    /// Reads a `Value<Self>`.
    fn stream_value<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Typed<Value<Self>>, D::Error> {
        deserializer.deserialize_any(ScalarVisitor(PhantomData))
    }

    /// The literal a JSON string is, when a string is the canonical form of `Self` (as for
    /// strings and enums); `None` to load it as [`Literal`] does.
    fn literal_str(text: &str) -> Option<Self> {
        let _ = text;
        None
    }
}

impl StreamedLiteral for String {
    fn literal_str(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }
}
impl StreamedLiteral for i64 {}
impl StreamedLiteral for bool {}

impl StreamedLiteral for f64 {
    fn stream_value<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Typed<Value<Self>>, D::Error> {
        let json = Json::deserialize(deserializer)?;
        if json.is_u64() || json.is_i64() {
            // It would serialize back as a float (`5.0`), not as written.
            return Ok(Typed::Json(json));
        }
        Ok(settle(json))
    }
}

/// Loads the JSON of a scalar into a `Value<T>`, or keeps it. (For scalar types only, whose
/// loading accepts exactly what the checker does; loading a property type assumes checked
/// JSON, and skips the keys that are not properties.)
fn settle<T: Literal>(json: Json) -> Typed<Value<T>> {
    match Value::<T>::from_json_kept(json) {
        Ok(value) => Typed::Fits(value),
        Err(json) => Typed::Json(json),
    }
}

/// An intrinsic function where a list or an object belongs, or else the JSON kept.
fn intrinsic<T>(json: Json) -> Typed<Value<T>> {
    match Intrinsic::from_json_owned(json) {
        Ok(intrinsic) => Typed::Fits(Value::Intrinsic(intrinsic)),
        Err(json) => Typed::Json(json),
    }
}

/// Reads a `Value<T>` of a scalar type `T`: each JSON value as [`settle`] loads it, strings
/// without a `serde_json::Value` in between.
struct ScalarVisitor<T>(PhantomData<T>);

impl<'de, T: StreamedLiteral> Visitor<'de> for ScalarVisitor<T> {
    type Value = Typed<Value<T>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(match T::literal_str(v) {
            Some(value) => Typed::Fits(Value::Literal(value)),
            None => settle(Json::from(v)),
        })
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        // Loading moves the string in, where `literal_str` would copy it.
        Ok(settle(Json::String(v)))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(settle(Json::from(v)))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(settle(Json::from(v)))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(settle(Json::from(v)))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(settle(Json::from(v)))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(settle(Json::Null))
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(settle(Json::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Json::deserialize(SeqAccessDeserializer::new(seq)).map(settle)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Json::deserialize(MapAccessDeserializer::new(map)).map(settle)
    }
}

/// Reads a [`Streamed`] value where serde wants a seed.
pub struct Slot<S>(PhantomData<S>);

impl<S> Slot<S> {
    /// The seed.
    pub fn new() -> Self {
        Slot(PhantomData)
    }
}

impl<S> Default for Slot<S> {
    fn default() -> Self {
        Slot::new()
    }
}

impl<'de, S: Streamed> DeserializeSeed<'de> for Slot<S> {
    type Value = Typed<S>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Typed<S>, D::Error> {
        S::stream(deserializer)
    }
}

/// The visitor methods of the JSON scalars, for a visitor of a list or an object: a scalar
/// never loads there, so it is kept as JSON.
macro_rules! scalars_as_json {
    () => {
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Typed::Json(Json::from(v)))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Typed::Json(Json::from(v)))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Typed::Json(Json::from(v)))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Typed::Json(Json::from(v)))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Typed::Json(Json::from(v)))
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Typed::Json(Json::from(v)))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Typed::Json(Json::Null))
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Typed::Json(Json::Null))
        }
        fn visit_some<D: Deserializer<'de>>(
            self,
            deserializer: D,
        ) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_any(self)
        }
    };
}

/// The visitor methods of everything but an object, for a visitor of an object type: kept as
/// JSON.
macro_rules! not_objects_as_json {
    () => {
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON value")
        }

        scalars_as_json!();

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Json::deserialize(SeqAccessDeserializer::new(seq)).map(Typed::Json)
        }
    };
}

impl<S: Streamed + Literal> StreamedLiteral for Vec<S> {
    fn stream_value<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Typed<Value<Self>>, D::Error> {
        deserializer.deserialize_any(ListVisitor(PhantomData))
    }
}

/// Reads a `Value<Vec<S>>`.
struct ListVisitor<S>(PhantomData<S>);

impl<'de, S: Streamed + Literal> Visitor<'de> for ListVisitor<S> {
    type Value = Typed<Value<Vec<S>>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    scalars_as_json!();

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        // Room for one item at first: four (what `Vec` starts with) of a large item, such as an
        // integration response, are over a kilobyte, which glibc's allocator serves only after
        // gathering up its free small blocks (a list of one item is the usual case).
        let mut typed = Vec::with_capacity(1);
        // The items as JSON, from the first one that does not fit on.
        let mut json: Option<Vec<Json>> = None;
        while let Some(item) = seq.next_element_seed(Slot::<S>::new())? {
            match (&mut json, item) {
                (None, Typed::Fits(value)) => typed.push(value),
                (None, Typed::Json(item)) => {
                    let mut items: Vec<Json> = typed.drain(..).map(|v| written(&v)).collect();
                    items.push(item);
                    json = Some(items);
                }
                (Some(items), item) => items.push(item.into_json()),
            }
        }
        Ok(match json {
            None => Typed::Fits(Value::Literal(typed)),
            Some(items) => Typed::Json(Json::Array(items)),
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        // An intrinsic function that returns a list, or a mistake: loaded as JSON.
        Json::deserialize(MapAccessDeserializer::new(map)).map(intrinsic)
    }
}

/// A literal type read from a JSON object: a map, or a property type.
pub trait StreamedObject: Literal + Serialize {
    /// Reads the entries of an object whose first key, `first`, is read already (its value
    /// not yet), and that is not an intrinsic function. A value that fits is handed to `wrap`
    /// where it is built (`Box::new`, `Value::Literal`), so that a large struct is not moved
    /// through another `Typed` on its way out.
    fn stream_entries<'de, A: MapAccess<'de>, W>(
        first: Cow<'de, str>,
        map: A,
        wrap: impl FnOnce(Self) -> W,
    ) -> Result<Typed<W>, A::Error>;
}

/// Reads a `Value<T>` of an object type `T`.
pub fn stream_object<'de, T: StreamedObject, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Typed<Value<T>>, D::Error> {
    deserializer.deserialize_any(ObjectVisitor(PhantomData))
}

/// Reads a whole value of the object type `T` (as `Deserialize` does, not inside a `Value`):
/// boxed, so that its many bytes are not copied on the way out through serde's layers; or the
/// JSON written, for anything else (an intrinsic function included: it cannot be a `T`).
pub fn stream_boxed<'de, T: StreamedObject, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Typed<Box<T>>, D::Error> {
    deserializer.deserialize_any(BoxedVisitor(PhantomData))
}

/// Reads a whole value of the object type `T`, boxed.
struct BoxedVisitor<T>(PhantomData<T>);

impl<'de, T: StreamedObject> Visitor<'de> for BoxedVisitor<T> {
    type Value = Typed<Box<T>>;

    not_objects_as_json!();

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ok(read_object(map, Box::new)?.unwrap_or_else(Typed::Json))
    }
}

/// Reads an object of type `T`: its entries, typed (handed to `wrap`) or kept as JSON; or, when
/// its first key names a function (`Ref`, `Fn::...`), `Err` with the object read as JSON, which
/// tells whether it is a function call.
fn read_object<'de, T: StreamedObject, A: MapAccess<'de>, W>(
    mut map: A,
    wrap: impl FnOnce(T) -> W,
) -> Result<Result<Typed<W>, Json>, A::Error> {
    let Some(first) = next_key(&mut map)? else {
        return Ok(Ok(Typed::Json(Json::Object(Map::new()))));
    };
    if names_a_function(&first) {
        let mut object = Map::new();
        object.insert(first.into_owned(), map.next_value()?);
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            object.insert(key, value);
        }
        return Ok(Err(Json::Object(object)));
    }
    T::stream_entries(first, map, wrap).map(Ok)
}

/// Reads a `Value<T>` of an object type `T`.
struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: StreamedObject> Visitor<'de> for ObjectVisitor<T> {
    type Value = Typed<Value<T>>;

    not_objects_as_json!();

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ok(match read_object(map, Value::Literal)? {
            Ok(typed) => typed,
            Err(call) => intrinsic(call),
        })
    }
}

impl<S: Streamed + Literal> StreamedLiteral for BTreeMap<String, S> {
    fn stream_value<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Typed<Value<Self>>, D::Error> {
        stream_object(deserializer)
    }
}

impl<S: Streamed + Literal> StreamedObject for BTreeMap<String, S> {
    fn stream_entries<'de, A: MapAccess<'de>, W>(
        first: Cow<'de, str>,
        mut map: A,
        wrap: impl FnOnce(Self) -> W,
    ) -> Result<Typed<W>, A::Error> {
        // A map whose keys are out of order (or repeat) is kept as JSON where `serde_json`
        // keeps the order of keys, so that it is checked in that order; otherwise the typed
        // map's order is the JSON's.
        let mut typed = BTreeMap::new();
        let mut json: Option<Map<String, Json>> = None;
        entries(first, &mut map, |k, map| {
            let k = k.into_owned();
            let item = map.next_value_seed(Slot::<S>::new())?;
            let in_order =
                !keeps_order() || typed.last_key_value().is_none_or(|(last, _)| *last < k);
            match (&mut json, item) {
                (None, Typed::Fits(value)) if in_order => {
                    typed.insert(k, value);
                }
                (None, item) => {
                    let mut object = Map::new();
                    for (k, v) in std::mem::take(&mut typed) {
                        object.insert(k, written(&v));
                    }
                    object.insert(k, item.into_json());
                    json = Some(object);
                }
                (Some(object), item) => {
                    object.insert(k, item.into_json());
                }
            }
            Ok(())
        })?;
        Ok(match json {
            None => Typed::Fits(wrap(typed)),
            Some(object) => Typed::Json(Json::Object(object)),
        })
    }
}

/// `true` when `serde_json`'s maps keep keys in the order written (its `preserve_order`
/// feature, which any crate of a build may turn on), rather than sorted.
fn keeps_order() -> bool {
    static KEEPS: OnceLock<bool> = OnceLock::new();
    *KEEPS.get_or_init(|| {
        let mut map = Map::new();
        map.insert("b".to_owned(), Json::Null);
        map.insert("a".to_owned(), Json::Null);
        map.keys().next().is_some_and(|k| k == "b")
    })
}

/// The next key of an object, borrowed from the input when it can be.
pub fn next_key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
    map.next_key_seed(KeySeed)
}

/// Reads the entries of an object whose first key, `first`, is read already: `entry` reads the
/// value of each key.
pub fn entries<'de, A: MapAccess<'de>>(
    first: Cow<'de, str>,
    map: &mut A,
    mut entry: impl FnMut(Cow<'de, str>, &mut A) -> Result<(), A::Error>,
) -> Result<(), A::Error> {
    let mut key = Some(first);
    while let Some(k) = key {
        entry(k, map)?;
        key = next_key(map)?;
    }
    Ok(())
}

/// Reads the value of property `index` of a property type, whose key was just read: into
/// `slot` when it fits the type, and otherwise kept by `order` as the JSON written. A repeated
/// key's last value is the one that counts, as in a `serde_json::Map`. Not inlined: a property
/// type's reader calls it for each of its properties, and one copy for each type of value keeps
/// that reader small enough for the processor's instruction cache.
#[inline(never)]
pub fn next_value<'de, S: Streamed, A: MapAccess<'de>, const N: usize>(
    map: &mut A,
    order: &mut Order<N>,
    index: usize,
    slot: &mut Option<S>,
) -> Result<(), A::Error> {
    order.property(index);
    match map.next_value_seed(Slot::new())? {
        Typed::Fits(value) => {
            *slot = Some(value);
            order.forget(index);
        }
        Typed::Json(json) => {
            *slot = None;
            order.keep(index, json);
        }
    }
    Ok(())
}

/// Reads a key, borrowed from the input when it has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(KeySeed)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// The order of the keys of a property type's object (`N` properties): where each
/// property's key came first, the values of properties that do not fit their types, and the
/// keys that are not properties with their values. What rebuilding the object's JSON needs,
/// without keeping the keys of the properties.
#[derive(Debug)]
pub struct Order<const N: usize> {
    next: usize,
    first: [Option<usize>; N],
    kept: Vec<(usize, Json)>,
    unknown: Vec<(usize, String, Json)>,
}

impl<const N: usize> Default for Order<N> {
    fn default() -> Self {
        Order {
            next: 0,
            first: [None; N],
            kept: Vec::new(),
            unknown: Vec::new(),
        }
    }
}

impl<const N: usize> Order<N> {
    /// The key of property `index` came next.
    fn property(&mut self, index: usize) {
        if let Some(first @ None) = self.first.get_mut(index) {
            *first = Some(self.next);
        }
        self.next += 1;
    }

    /// Property `index`'s value, as written, does not fit its type.
    fn keep(&mut self, index: usize, json: Json) {
        self.forget(index);
        self.kept.push((index, json));
    }

    /// Property `index`'s value fits its type: an earlier value of a repeated key that did not
    /// is forgotten.
    fn forget(&mut self, index: usize) {
        if !self.kept.is_empty() {
            self.kept.retain(|(i, _)| *i != index);
        }
    }

    /// `key`, which is not a property, came next, with `value`.
    pub fn unknown(&mut self, key: String, value: Json) {
        self.unknown.push((self.next, key, value));
        self.next += 1;
    }

    /// `true` when every key was a property's and every value fits its property's type.
    pub fn fits(&self) -> bool {
        self.unknown.is_empty() && self.kept.is_empty()
    }

    /// The object as written: the JSON of property `i` (the last value of its key) is the
    /// value kept, or else `typed(i)`, the JSON of its typed value; it goes where its key first
    /// came, as in a `serde_json::Map`. Rarely needed, so kept (with `typed`, which it takes as
    /// a trait object) out of the reader that calls it.
    #[cold]
    #[inline(never)]
    pub fn rebuild(
        mut self,
        names: &[&str; N],
        typed: &mut dyn FnMut(usize) -> Option<Json>,
    ) -> Json {
        let mut entries = std::mem::take(&mut self.unknown);
        for (i, (first, name)) in self.first.iter().zip(names).enumerate() {
            let kept = self.kept.iter().position(|(k, _)| *k == i);
            let value = match kept {
                Some(at) => Some(self.kept.swap_remove(at).1),
                None => typed(i),
            };
            if let (Some(at), Some(value)) = (first, value) {
                entries.push((*at, (*name).to_owned(), value));
            }
        }
        entries.sort_by_key(|(at, _, _)| *at);
        let mut object = Map::new();
        for (_, key, value) in entries {
            object.insert(key, value);
        }
        Json::Object(object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream<T: StreamedLiteral>(text: &str) -> Typed<Value<T>> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        match T::stream_value(&mut deserializer) {
            Ok(typed) => typed,
            Err(error) => panic!("{text}: {error}"),
        }
    }

    fn json(text: &str) -> Json {
        serde_json::from_str(text).unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    #[test]
    fn values_that_fit_serialize_back_as_written() {
        for text in [
            r#""arn:aws:iam::123456789012:role/x""#,
            "400",
            "true",
            r#"{"Fn::Sub": "https://${Host}/"}"#,
            r#"{"Fn::If": ["C", "a", {"Ref": "AWS::NoValue"}]}"#,
        ] {
            let Typed::Fits(value) = stream::<String>(text) else {
                panic!("{text} does not fit a string");
            };
            assert_eq!(written(&value), json(text), "{text}");
        }
        assert!(matches!(
            stream::<i64>(r#""29000""#),
            Typed::Fits(Value::Converted { value: 29000, .. })
        ));
    }

    #[test]
    fn what_does_not_fit_is_kept_as_written() {
        for text in [
            r#"{"Fn::Sub": "a", "Ref": "b"}"#,
            r#"{"Fn::Nope": 1}"#,
            "[1]",
            "null",
        ] {
            match stream::<String>(text) {
                Typed::Json(kept) => assert_eq!(kept, json(text)),
                Typed::Fits(value) => panic!("{text} fits a string as {value:?}"),
            }
        }
        match stream::<Vec<Value<String>>>(r#"["a", {"b": 1}, "c"]"#) {
            Typed::Json(kept) => assert_eq!(kept, json(r#"["a", {"b": 1}, "c"]"#)),
            Typed::Fits(value) => panic!("fits as {value:?}"),
        }
    }

    #[test]
    fn an_integer_where_a_number_belongs_is_kept_as_written() {
        // Loaded, it would serialize as `5.0`.
        assert!(matches!(stream::<f64>("5"), Typed::Json(Json::Number(_))));
        assert!(matches!(
            stream::<f64>("5.5"),
            Typed::Fits(Value::Literal(_))
        ));
    }

    #[test]
    fn a_map_fits_unless_its_order_would_be_lost() {
        let text = r#"{"b": "x", "a": "y", "b": "z"}"#;
        let typed = stream::<BTreeMap<String, Value<String>>>(text);
        // A repeated key keeps its first place and its last value, as `serde_json` does.
        assert_eq!(keeps_order(), matches!(typed, Typed::Json(_)));
        assert_eq!(typed.into_json(), json(text));
        let sorted = stream::<BTreeMap<String, Value<String>>>(r#"{"a": "x", "b": "y"}"#);
        assert!(matches!(sorted, Typed::Fits(Value::Literal(_))));
    }

    #[test]
    fn order_keeps_the_last_value_of_a_property_that_does_not_fit() {
        let mut order = Order::<2>::default();
        order.property(0);
        order.keep(0, Json::from(5));
        order.property(1);
        order.keep(1, Json::from(6));
        order.property(1);
        order.forget(1);
        order.property(0);
        order.keep(0, Json::from(7));
        assert!(!order.fits());
        let rebuilt = order.rebuild(&["A", "B"], &mut |i| Some(Json::from(["a", "b"][i])));
        let mut expected = Map::new();
        expected.insert("A".to_owned(), Json::from(7));
        expected.insert("B".to_owned(), Json::from("b"));
        assert_eq!(rebuilt, Json::Object(expected));

        let mut order = Order::<1>::default();
        order.property(0);
        order.keep(0, Json::from(5));
        order.property(0);
        order.forget(0);
        assert!(order.fits());
    }

    #[test]
    fn order_rebuilds_an_object_in_the_order_written() {
        let mut order = Order::<2>::default();
        order.property(1);
        order.unknown("Other".to_owned(), Json::from(1));
        order.property(0);
        order.property(1);
        let rebuilt = order.rebuild(&["A", "B"], &mut |i| Some(Json::from(["a", "b"][i])));
        let mut expected = Map::new();
        expected.insert("B".to_owned(), Json::from("b"));
        expected.insert("Other".to_owned(), Json::from(1));
        expected.insert("A".to_owned(), Json::from("a"));
        assert_eq!(rebuilt, Json::Object(expected));
        if keeps_order() {
            let keys: Vec<&String> = rebuilt
                .as_object()
                .map(|o| o.keys().collect())
                .unwrap_or_default();
            assert_eq!(keys, ["B", "Other", "A"]);
        }
    }
}
