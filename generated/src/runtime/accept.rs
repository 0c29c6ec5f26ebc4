//! The twins of the checker, which tell whether checking a value would find no problem at all
//! with less work than the checker: each property type's `accepts` reads a typed value without
//! writing its JSON (the typed twin, for loading), and its `accepts_json` reads JSON (the JSON
//! twin, which `check` runs first).
//!
//! [`Accept`] has a method for each rule method of the [`Checker`], with the same name and
//! arguments, so that the generator emits the same rule statements for the three. A literal
//! string, enum value or integer, and literal lists and maps of them, are decided here, by
//! the helpers the checker uses on literals; anything else (an intrinsic function, a
//! converted scalar, an `Fn::If` map...) is handed to a checker, on the JSON it was read
//! from. The JSON twin also checks shapes ([`Accept::scalar`], [`Accept::list`]...), and is
//! unsure of a value whose shape it does not read (a list or a map given as a function call,
//! an unknown key): then the checker decides. So a twin decides as the checker does, and
//! debug builds assert it.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value as Json};

use super::check::{
    Among, Checker, Condition, MAX_DEPTH, Rule, Scalar, ahead, ahead_of_entries, ahead_of_items,
    text_matches,
};
use super::formats::{Format, Holes};
use super::report::Report;
use super::shape::Shape;
use super::stream::written;
use super::value::{PropertyNames, Value, function_call, is_no_value, names_a_function};

/// A typed value as the twin reads it: a property's [`Value`] (or plain JSON), and the literal
/// types inside values; `C` is the crate's check context.
pub trait Hold<C> {
    /// The text of a literal string or enum value.
    fn text(&self) -> Option<&str> {
        None
    }

    /// A literal integer.
    fn integer(&self) -> Option<i64> {
        None
    }

    /// Calls `f` with the text of each item of a literal list, or with `None` for an item
    /// that is not a literal text; `None` when this is not a literal list.
    fn items<'s>(&'s self, f: &mut dyn FnMut(Option<&'s str>)) -> Option<()> {
        let _ = f;
        None
    }

    /// Calls `f` with the key and text of each entry of a literal map (`None` for a value that
    /// is not a literal text); `None` when this is not a literal map.
    fn entries<'s>(&'s self, f: &mut dyn FnMut(&'s str, Option<&'s str>)) -> Option<()> {
        let _ = f;
        None
    }

    /// `true` for a literal written in its canonical form (not a converted scalar nor an
    /// intrinsic function): it is certainly present.
    fn literal(&self) -> bool {
        true
    }

    /// `true` for `{"Ref": "AWS::NoValue"}`, which makes the property absent.
    fn no_value(&self) -> bool {
        false
    }

    /// `true` when the value is typed all through (no intrinsic function or converted scalar
    /// at any depth), and every property type in it accepts: its shape is then right. `depth`
    /// is how deep the checker of the whole value would be nested here.
    fn settled(&self, context: &C, depth: usize) -> bool;

    /// The JSON the value was read from.
    fn json(&self) -> Cow<'_, Json>;
}

impl<C, T: Hold<C> + serde::Serialize> Hold<C> for Value<T> {
    fn literal(&self) -> bool {
        matches!(self, Value::Literal(_))
    }

    fn no_value(&self) -> bool {
        matches!(self, Value::Intrinsic(intrinsic) if intrinsic.is_no_value())
    }

    fn text(&self) -> Option<&str> {
        self.as_literal_only()?.text()
    }

    fn integer(&self) -> Option<i64> {
        self.as_literal_only()?.integer()
    }

    fn items<'s>(&'s self, f: &mut dyn FnMut(Option<&'s str>)) -> Option<()> {
        self.as_literal_only()?.items(f)
    }

    fn entries<'s>(&'s self, f: &mut dyn FnMut(&'s str, Option<&'s str>)) -> Option<()> {
        self.as_literal_only()?.entries(f)
    }

    fn settled(&self, context: &C, depth: usize) -> bool {
        self.as_literal_only()
            .is_some_and(|value| value.settled(context, depth))
    }

    fn json(&self) -> Cow<'_, Json> {
        match self {
            Value::Literal(value) => value.json(),
            Value::Converted { written, .. } => Cow::Borrowed(written),
            Value::Intrinsic(intrinsic) => Cow::Borrowed(intrinsic.call()),
        }
    }
}

impl<T> Value<T> {
    /// The literal written in its canonical form: not a converted scalar (whose JSON the
    /// checker reads as written) nor an intrinsic function.
    fn as_literal_only(&self) -> Option<&T> {
        match self {
            Value::Literal(value) => Some(value),
            _ => None,
        }
    }
}

impl<C> Hold<C> for Json {
    fn text(&self) -> Option<&str> {
        self.as_str()
    }

    fn integer(&self) -> Option<i64> {
        self.as_i64()
    }

    fn items<'s>(&'s self, f: &mut dyn FnMut(Option<&'s str>)) -> Option<()> {
        for item in self.as_array()? {
            f(item.as_str());
        }
        Some(())
    }

    fn entries<'s>(&'s self, f: &mut dyn FnMut(&'s str, Option<&'s str>)) -> Option<()> {
        for (key, value) in literal_object(self)? {
            f(key, value.as_str());
        }
        Some(())
    }

    fn literal(&self) -> bool {
        // A call is left to the checker.
        function_call(self).is_none()
    }

    fn no_value(&self) -> bool {
        // Only an object may be a call: the usual literal is told apart here, without a call.
        self.is_object() && is_no_value(self)
    }

    fn settled(&self, _: &C, _: usize) -> bool {
        // The checker bounds the depth of JSON properties: left to it.
        false
    }

    fn json(&self) -> Cow<'_, Json> {
        Cow::Borrowed(self)
    }
}

impl<C> Hold<C> for String {
    fn text(&self) -> Option<&str> {
        Some(self)
    }

    fn settled(&self, _: &C, _: usize) -> bool {
        true
    }

    fn json(&self) -> Cow<'_, Json> {
        Cow::Owned(Json::String(self.clone()))
    }
}

/// `Hold` for the scalars the twin only hands to the checker: `json` writes them.
macro_rules! hold_scalar {
    ($($ty:ty),*) => {$(
        impl<C> Hold<C> for $ty {
            fn settled(&self, _: &C, _: usize) -> bool {
                true
            }

            fn json(&self) -> Cow<'_, Json> {
                Cow::Owned(Json::from(*self))
            }
        }
    )*};
}

hold_scalar!(f64, bool);

impl<C> Hold<C> for i64 {
    fn integer(&self) -> Option<i64> {
        Some(*self)
    }

    fn settled(&self, _: &C, _: usize) -> bool {
        true
    }

    fn json(&self) -> Cow<'_, Json> {
        Cow::Owned(Json::from(*self))
    }
}

impl<C, V: Hold<C> + serde::Serialize> Hold<C> for Vec<V> {
    fn items<'s>(&'s self, f: &mut dyn FnMut(Option<&'s str>)) -> Option<()> {
        for item in self {
            f(item.text());
        }
        Some(())
    }

    fn settled(&self, context: &C, depth: usize) -> bool {
        // The checker nests one level for the items, and reports nesting beyond its limit.
        self.is_empty()
            || (depth < MAX_DEPTH && self.iter().all(|item| item.settled(context, depth + 1)))
    }

    fn json(&self) -> Cow<'_, Json> {
        Cow::Owned(written(self))
    }
}

impl<C, V: Hold<C> + serde::Serialize> Hold<C> for BTreeMap<String, V> {
    fn entries<'s>(&'s self, f: &mut dyn FnMut(&'s str, Option<&'s str>)) -> Option<()> {
        if looks_like_a_call(self) {
            return None;
        }
        for (key, value) in self {
            f(key, value.text());
        }
        Some(())
    }

    fn settled(&self, context: &C, depth: usize) -> bool {
        // A map built in code may have the one key of a function call, which the checker reads
        // as one; and the checker nests one level for the entries.
        self.is_empty()
            || (!looks_like_a_call(self)
                && depth < MAX_DEPTH
                && self.values().all(|value| value.settled(context, depth + 1)))
    }

    fn json(&self) -> Cow<'_, Json> {
        Cow::Owned(written(self))
    }
}

/// Whether `test` holds for every text that `each` calls back with (each is tested, whatever
/// the ones before gave); `None` when `each` is `None` (not a literal list or map) or calls
/// back with something that is not a literal text.
fn all_texts<'s>(
    each: impl FnOnce(&mut dyn FnMut(Option<&'s str>)) -> Option<()>,
    mut test: impl FnMut(&'s str) -> bool,
) -> Option<bool> {
    let mut all = Some(true);
    each(&mut |text| {
        all = match (all, text) {
            (Some(all), Some(text)) => Some(test(text) && all),
            _ => None,
        };
    })?;
    all
}

/// The texts of a list seen so far, for [`Accept::unique_items`]: the first few in place, so
/// that the usual short list is checked without an allocation, and any more in a set.
#[derive(Default)]
struct Seen<'s> {
    few: [&'s str; 8],
    len: usize,
    more: BTreeSet<&'s str>,
}

impl<'s> Seen<'s> {
    /// Adds `text`: `false` when it was seen already.
    fn insert(&mut self, text: &'s str) -> bool {
        if self.few[..self.len].contains(&text) {
            return false;
        }
        match self.few.get_mut(self.len) {
            Some(slot) => {
                *slot = text;
                self.len += 1;
                true
            }
            None => self.more.insert(text),
        }
    }
}

/// The entries of `json` when it is an object that is not a function call.
pub fn literal_object(json: &Json) -> Option<&Map<String, Json>> {
    match json {
        Json::Object(object) if function_call(json).is_none() => Some(object),
        _ => None,
    }
}

/// `true` for a map of one key that names a function (`Ref`, `Fn::...`): as JSON, a call.
fn looks_like_a_call<V>(map: &BTreeMap<String, V>) -> bool {
    map.len() == 1 && map.keys().all(|key| names_a_function(key))
}

/// The verdict of a twin: each method records whether its rule certainly finds nothing.
pub struct Accept<'r, C> {
    context: &'r C,
    /// Reads what is not a literal, and keeps what it learns of a value (its skeleton, where
    /// a literal is among allowed values) for the next rule, as it does when checking JSON.
    checker: Checker<'r>,
    /// How deep a checker of the whole value would be nested here.
    depth: usize,
    fine: bool,
}

impl<'r, C> Accept<'r, C> {
    /// A twin that has found nothing yet, for a value `depth` levels of nesting down;
    /// `report` is its checker's, and stays empty when the twin accepts.
    pub fn new(context: &'r C, report: &'r mut Report, depth: usize) -> Self {
        Accept {
            context,
            checker: Checker::at_depth(report, depth),
            depth,
            fine: true,
        }
    }

    /// `true` when no rule may find a problem.
    pub fn fine(&self) -> bool {
        self.fine && self.checker.found_nothing()
    }

    fn fail_unless(&mut self, ok: bool) {
        self.fine &= ok;
    }

    /// Runs `check` on the JSON of `value`, which must find nothing. Not inlined, so that the
    /// rule methods, which come here only for what is not a literal, stay small.
    #[inline(never)]
    fn by_checker<V: Hold<C> + ?Sized>(
        &mut self,
        value: &'r V,
        check: impl for<'x> FnOnce(&mut Checker<'x>, &'x Json),
    ) {
        if self.fine {
            self.on_json(value, check);
        }
    }

    /// Runs `f` with a checker on the JSON of `value`: the twin's own checker when the JSON is
    /// borrowed, else one for the JSON just written (which must find nothing either).
    fn on_json<V: Hold<C> + ?Sized, R>(
        &mut self,
        value: &'r V,
        f: impl for<'x> FnOnce(&mut Checker<'x>, &'x Json) -> R,
    ) -> R {
        match value.json() {
            Cow::Borrowed(json) => f(&mut self.checker, json),
            Cow::Owned(json) => {
                let mut report = Report::new();
                let result = f(&mut Checker::at_depth(&mut report, self.depth), &json);
                self.fine &= report.is_empty();
                result
            }
        }
    }

    /// A rule on a value that may be a literal text: `fits` decides the text, and `check` any
    /// other value, as the checker.
    fn on_text<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        fits: impl FnOnce(&mut Self, &'r str) -> bool,
        check: impl for<'x> FnOnce(&mut Checker<'x>, &'x Json),
    ) {
        let Some(value) = value else { return };
        match value.text() {
            Some(text) => {
                let ok = fits(self, text);
                self.fail_unless(ok);
            }
            None => self.by_checker(value, check),
        }
    }

    /// A rule on a value that may be a literal integer, as [`Self::on_text`] for texts.
    fn on_integer<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        fits: impl FnOnce(i64) -> bool,
        check: impl for<'x> FnOnce(&mut Checker<'x>, &'x Json),
    ) {
        let Some(value) = value else { return };
        match value.integer() {
            Some(n) => self.fail_unless(fits(n)),
            None => self.by_checker(value, check),
        }
    }

    /// `Checker::property`: a value typed all through has the shape.
    pub fn property<V: Hold<C>, S: Shape<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        shape: S,
    ) {
        if let Some(value) = value {
            if !value.settled(self.context, self.depth) {
                let context = self.context;
                self.by_checker(value, |c, json| {
                    c.property(Some(json), name, context, shape);
                });
            }
        }
    }

    /// `Checker::require_present`, which reports an absent value and nothing else: decided
    /// here, for an intrinsic function too (only `{"Ref": "AWS::NoValue"}` makes one absent).
    pub fn require_present<V: Hold<C>>(&mut self, value: Option<&'r V>, _: &'static str, _: &Rule) {
        match value {
            Some(value) if !value.no_value() => {}
            _ => self.fine = false,
        }
    }

    /// `Checker::require_absent`.
    pub fn require_absent<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        rule: &Rule,
    ) {
        match value {
            None => {}
            Some(value) if value.literal() => self.fine = false,
            Some(value) => {
                self.by_checker(value, |c, json| c.require_absent(Some(json), name, rule))
            }
        }
    }

    /// `Checker::allowed_values`.
    pub fn allowed_values<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        values: &'static [&'static str],
        rule: &Rule,
    ) {
        self.on_text(
            value,
            |twin, text| twin.checker.allowed_index(text, values).is_some(),
            |c, json| c.allowed_values(Some(json), name, values, rule),
        );
    }

    /// `Checker::formats`.
    pub fn formats<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        formats: &[&Format],
        rule: &Rule,
    ) {
        self.on_text(
            value,
            |_, text| text_matches(text, formats, Holes::AnyText),
            |c, json| c.formats(Some(json), name, formats, rule),
        );
    }

    /// `Checker::not_format`.
    pub fn not_format<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        format: &Format,
        rule: &Rule,
    ) {
        self.on_text(
            value,
            |_, text| !text_matches(text, &[format], Holes::Token),
            |c, json| c.not_format(Some(json), name, format, rule),
        );
    }

    /// `Checker::minimum`.
    pub fn minimum<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        minimum: f64,
        rule: &Rule,
    ) {
        self.on_integer(
            value,
            |n| n as f64 >= minimum,
            |c, json| c.minimum(Some(json), name, minimum, rule),
        );
    }

    /// `Checker::maximum`.
    pub fn maximum<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        maximum: f64,
        rule: &Rule,
    ) {
        self.on_integer(
            value,
            |n| n as f64 <= maximum,
            |c, json| c.maximum(Some(json), name, maximum, rule),
        );
    }

    /// `Checker::key_formats`.
    pub fn key_formats<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        formats: &[&Format],
        rule: &Rule,
    ) {
        let Some(value) = value else { return };
        let mut ok = true;
        let literal = value.entries(&mut |key, _| {
            ok = ok && formats.iter().any(|f| f.matches(key));
        });
        match literal {
            Some(()) => self.fail_unless(ok),
            None => self.by_checker(value, |c, json| {
                c.key_formats(Some(json), name, formats, rule)
            }),
        }
    }

    /// `Checker::value_formats`.
    pub fn value_formats<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        formats: &[&Format],
        rule: &Rule,
    ) {
        let Some(value) = value else { return };
        let fits = all_texts(
            |each| value.entries(&mut |_, text| each(text)),
            |text| text_matches(text, formats, Holes::AnyText),
        );
        match fits {
            Some(ok) => self.fail_unless(ok),
            None => self.by_checker(value, |c, json| {
                c.value_formats(Some(json), name, formats, rule)
            }),
        }
    }

    /// `Checker::unique_items`.
    pub fn unique_items<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        rule: &Rule,
    ) {
        let Some(value) = value else { return };
        let mut seen = Seen::default();
        match all_texts(|each| value.items(each), |text| seen.insert(text)) {
            Some(ok) => self.fail_unless(ok),
            None => self.by_checker(value, |c, json| c.unique_items(Some(json), name, rule)),
        }
    }

    /// `Checker::items_in`.
    pub fn items_in<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        name: &'static str,
        set: Option<&BTreeSet<String>>,
        rule: &Rule,
    ) {
        let (Some(value), Some(set)) = (value, set) else {
            return;
        };
        match all_texts(|each| value.items(each), |text| set.contains(text)) {
            Some(ok) => self.fail_unless(ok),
            None => self.by_checker(value, |c, json| {
                c.items_in(Some(json), name, Some(set), rule)
            }),
        }
    }

    /// `Checker::among`: the text of a literal, or an absent value's default.
    pub fn among<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        allowed: &'static [&'static str],
        default: Option<usize>,
    ) -> Among {
        self.checker
            .find_among(value.map(Hold::text), allowed, default)
    }

    /// `Checker::holds_among`.
    #[inline]
    pub fn holds_among<V: Hold<C>>(
        &mut self,
        value: Option<&'r V>,
        among: Among,
        condition: &Condition,
    ) -> bool {
        among.holds_or(condition, || self.holds(value, condition))
    }

    /// `Checker::holds`.
    pub fn holds<V: Hold<C>>(&mut self, value: Option<&'r V>, condition: &Condition) -> bool {
        match value {
            None => self.checker.holds(None, condition),
            Some(value) => match value.text() {
                Some(text) => self.checker.holds_for_text(text, condition),
                None => self.on_json(value, |c, json| c.holds(Some(json), condition)),
            },
        }
    }
}

/// The JSON twin: the generated `accepts_json` of a property type runs the rule statements of
/// its checker on the properties of a JSON object, with these for the shapes. A literal is
/// decided here; anything else goes to the checker (an intrinsic function where a scalar
/// belongs), or makes the twin unsure (any other value that is not a literal of the shape), so
/// that `check` runs the checker.
impl<'r, C> Accept<'r, C> {
    /// `Checker::property`, for the value of a property in a JSON object: a literal of the
    /// shape is decided here.
    pub fn shape<S: Shape<C>>(&mut self, value: Option<&'r Json>, shape: S) {
        if let Some(value) = value {
            shape.accept(self, value);
        }
    }

    /// `Checker::scalar`.
    pub fn scalar(&mut self, value: &'r Json, kind: Scalar) {
        let literal = match (kind, value) {
            (Scalar::String, Json::String(_) | Json::Number(_) | Json::Bool(_)) => true,
            (Scalar::Integer, Json::Number(n)) => n.is_i64(),
            (Scalar::Double, Json::Number(_)) | (Scalar::Boolean, Json::Bool(_)) => true,
            _ => false,
        };
        if !literal {
            self.by_checker(value, |c, json| c.scalar(json, kind));
        }
    }

    /// `Checker::list`, for a literal list: `item` runs on each element, one level deeper.
    pub fn list(&mut self, value: &'r Json, item: impl Fn(&mut Self, &'r Json)) {
        match value {
            Json::Array(items) => {
                ahead_of_items(items);
                self.deeper(|twin| {
                    for element in items {
                        item(twin, element);
                    }
                });
            }
            _ => self.fine = false,
        }
    }

    /// `Checker::map`, for a literal map: `item` runs on each value, one level deeper.
    pub fn map(&mut self, value: &'r Json, item: impl Fn(&mut Self, &'r Json)) {
        match literal_object(value) {
            Some(entries) => {
                ahead_of_entries(entries);
                self.deeper(|twin| {
                    for element in entries.values() {
                        item(twin, element);
                    }
                });
            }
            None => self.fine = false,
        }
    }

    /// The object of a property type, decided by its own twin, `accepts_in`, in this one.
    pub fn object(&mut self, value: &'r Json, accepts_in: fn(&mut Self, &'r Json)) {
        if self.fine {
            accepts_in(self, value);
        }
    }

    /// The context of the check.
    pub fn context(&self) -> &'r C {
        self.context
    }

    /// The twin is not sure: the checker decides.
    pub fn unsure(&mut self) {
        self.fine = false;
    }

    /// Runs `f` one level of nesting deeper, as the checker does for the items of a list or the
    /// entries of a map; the twin is unsure where the checker would report the nesting.
    fn deeper(&mut self, f: impl FnOnce(&mut Self)) {
        if self.depth >= MAX_DEPTH {
            self.fine = false;
            return;
        }
        self.depth += 1;
        self.checker.set_depth(self.depth);
        f(self);
        self.depth -= 1;
        self.checker.set_depth(self.depth);
    }
}

/// The values of the properties `names` in the literal object `value`, in the order of
/// `names`; `None` when `value` is not such an object, or has a key that is not a property's
/// name (the checker reports it, or accepts it; the twin leaves it to the checker).
pub fn json_properties<'r, const N: usize>(
    value: &'r Json,
    names: &PropertyNames<N>,
) -> Option<[Option<&'r Json>; N]> {
    let object = literal_object(value)?;
    let mut found = [None; N];
    let mut touched = 0;
    for (key, value) in object {
        touched ^= ahead(value);
        *names.slot(&mut found, key)? = Some(value);
    }
    std::hint::black_box(touched);
    Some(found)
}
