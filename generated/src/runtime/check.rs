//! The checking engine the generated validators drive: it walks a JSON value, looks through
//! intrinsic functions, and records every problem with its JSON Pointer.
//!
//! Nothing here knows about Integration: the generated code says which property has which
//! shape and which rule applies when; this module knows JSON, CloudFormation intrinsics and
//! the named [`formats`](super::formats).

use super::formats::{Format, Holes, Part, Place};
use super::report::{Problem, Report, Severity};
use super::shape::Shape;
use super::value::{Function, PropertyNames, function_call, is_no_value, push_escaped};
use serde_json::{Map, Value as Json};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::fmt::Write;

/// A rule: its stable id, severity, source, and the message template of its problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The stable id (`integration-uri-required`).
    pub id: &'static str,
    /// The severity of its problems.
    pub severity: Severity,
    /// Where the rule comes from: `DOCUMENT#ANCHOR` (or a JSON Pointer into the registry schema).
    pub source: &'static str,
    /// The property type the rule checks, or `""` for the runtime's own rules.
    pub type_name: &'static str,
    /// The message template: `{value}` is the offending value, `{allowed}` what is allowed,
    /// `{property}` a property name.
    pub message: &'static str,
}

/// A value of the wrong JSON type (a list where a string belongs, `"abc"` for an integer).
pub const VALUE_TYPE: Rule = Rule {
    id: "value-type",
    severity: Severity::Error,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html",
    type_name: "",
    message: "{value} is not {allowed}",
};

/// A malformed intrinsic function, an unknown `Fn::` function, or one that cannot produce the
/// kind of value the property needs.
pub const INTRINSIC_FUNCTION: Rule = Rule {
    id: "intrinsic-function",
    severity: Severity::Error,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html",
    type_name: "",
    message: "{value}: {allowed}",
};

/// A value nested deeper than [`MAX_DEPTH`] levels.
pub const NESTING_DEPTH: Rule = Rule {
    id: "nesting-depth",
    severity: Severity::Error,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    type_name: "",
    message: "the value is nested more than {allowed} levels deep; it is not checked further",
};

/// How deep values may nest (objects, lists and `Fn::If` branches) before checking stops.
pub const MAX_DEPTH: usize = 64;

/// How deep a value the checker does not walk (the arguments of an intrinsic function other
/// than `Fn::If`, a `Json` property) may nest: as deep as `serde_json` parses text (128 levels),
/// so that such a value is always shallow enough to clone, write and drop.
pub const MAX_OPAQUE_DEPTH: usize = 128;

/// The JSON kind a scalar property holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    dead_code,
    reason = "the runtime covers every primitive of the spec vocabulary; a spec may use only some"
)]
pub enum Scalar {
    /// A string; CloudFormation also converts numbers and booleans.
    String,
    /// An integer, or a string of one.
    Integer,
    /// A number, or a string of one.
    Double,
    /// A boolean, or `"true"` / `"false"`.
    Boolean,
    /// Any JSON.
    Json,
}

/// A test on another property's value, for rules that apply only when it holds.
#[derive(Debug, Clone, Copy)]
pub enum Test {
    /// The value is one of these.
    In(&'static [&'static str]),
    /// The value is none of these.
    NotIn(&'static [&'static str]),
    /// The value matches the form.
    Format(&'static Format),
    /// The value does not match the form.
    NotFormat(&'static Format),
}

/// A condition on a property's value: it passes `test`; an absent property takes `default`, if
/// any.
#[derive(Debug, Clone, Copy)]
pub struct Condition {
    /// The test.
    pub test: Test,
    /// The value of the property when it is absent.
    pub default: Option<&'static str>,
    /// The property's allowed values, if it has a set: a value outside it is a mistake already
    /// reported, and the condition is unknown rather than guessed. It holds every value an
    /// `In` or `NotIn` test names (the spec checker sees to it).
    pub allowed: Option<&'static [&'static str]>,
    /// For an `In` or `NotIn` test on a property with allowed values (at most 64): bit `i`
    /// is set when the test holds for `allowed[i]`, so that a literal is judged by where it
    /// is among the allowed values, which the checker finds once for all the conditions on it.
    pub among: Option<u64>,
}

/// Where a property's value is among its allowed values, found once for all the conditions on
/// it (`Checker::among`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Among {
    /// A literal that is `allowed[i]`, or an absent property whose default is.
    At(usize),
    /// A literal outside the allowed values, or an absent property without a default: no
    /// condition on it holds.
    Outside,
    /// Not a literal string: each condition looks at the value.
    Unknown,
}

impl Among {
    /// Whether `condition` holds for a value at this place, read from the condition's mask;
    /// `None` when the place or the condition cannot tell (the value must be looked at).
    pub(crate) fn holds(self, condition: &Condition) -> Option<bool> {
        match (self, condition.among) {
            (Among::At(i), Some(mask)) => Some(mask.checked_shr(i as u32).unwrap_or(0) & 1 == 1),
            (Among::Outside, Some(_)) => Some(false),
            _ => None,
        }
    }

    /// Whether `condition` holds for a value at this place: read from the condition's mask, or
    /// by `look` at the value when that cannot tell. Debug builds also look, and assert that
    /// the two agree.
    #[inline]
    pub(crate) fn holds_or(self, condition: &Condition, mut look: impl FnMut() -> bool) -> bool {
        let Some(holds) = self.holds(condition) else {
            return look();
        };
        debug_assert_eq!(holds, look(), "`among` agrees with `holds`");
        holds
    }
}

/// The outcome of a condition on values that may be hidden behind intrinsic functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    /// Holds for every value the template can produce.
    Yes,
    /// Holds for none.
    No,
    /// Depends on something known only at deploy time.
    Unknown,
}

impl Truth {
    fn merge(self, other: Truth) -> Truth {
        if self == other { self } else { Truth::Unknown }
    }
}

/// The skeleton of an `Fn::Sub` or `Fn::Join` value, and where the answers about it are kept
/// (see [`Format::matches_skeleton`]).
#[derive(Default)]
struct Skeleton<'r> {
    parts: Vec<Part<'r>>,
    place: Cell<Option<Place>>,
}

/// What a value is, looked at through `Fn::If`.
enum Leaf<'a> {
    /// A literal string, number or boolean.
    Scalar(&'a Json),
    /// `Fn::Sub` or `Fn::Join`: known text with holes, and where its answers are kept.
    Skeleton(&'a [Part<'a>], &'a Cell<Option<Place>>),
    /// A list or an object that is not an intrinsic function.
    Composite,
    /// An intrinsic function whose result cannot be known before deployment.
    Opaque,
}

/// One reference token of the current place: a property name or map key, or a list index
/// (written out only when a problem is reported).
#[derive(Debug, Clone, Copy)]
enum Segment<'r> {
    Name(&'r str),
    Index(usize),
}

impl<'r> From<&'r str> for Segment<'r> {
    fn from(name: &'r str) -> Self {
        Segment::Name(name)
    }
}

impl<'r> From<&'r String> for Segment<'r> {
    fn from(name: &'r String) -> Self {
        Segment::Name(name)
    }
}

impl From<usize> for Segment<'_> {
    fn from(index: usize) -> Self {
        Segment::Index(index)
    }
}

/// Walks a value and records problems. One checker checks one top-level value.
///
/// `'r` is the lifetime of the report and of the value checked: the checker keeps the
/// skeletons of the values it last looked at, so that the rules of one property build them once.
pub struct Checker<'r> {
    report: &'r mut Report,
    /// The skeletons of the last few `Fn::Sub` and `Fn::Join` values, by address.
    skeletons: [(Option<&'r Json>, Skeleton<'r>); 4],
    /// The slot of `skeletons` the next new skeleton replaces once all are taken.
    oldest_skeleton: usize,
    /// What [`function_call`] said of the last few objects of one key, by address: each rule
    /// on a property asks again about its value, and `Fn::If` branches.
    calls: [Call<'r>; 4],
    /// The slot of `calls` the next answer replaces.
    oldest_call: usize,
    /// The literal last looked for among allowed values, those values, and where it is.
    chosen: Option<(&'r str, &'static [&'static str], Option<usize>)>,
    /// The reference tokens from the root to the current place: the JSON Pointer is only
    /// written out when a problem is reported.
    segments: Vec<Segment<'r>>,
    depth: usize,
}

/// An object, and the intrinsic function call it is, if it is one.
type Call<'r> = (&'r Json, Option<(Option<Function>, &'r Json)>);

thread_local! {
    /// The segment stack of the last checker that ended on this thread, empty, for the next
    /// one: checking many values one after the other allocates it once.
    static SPARE_SEGMENTS: Cell<Vec<Segment<'static>>> = const { Cell::new(Vec::new()) };
}

/// `segments` emptied, as a stack of segments of another lifetime. Collecting a vector's own
/// `into_iter` into a vector of a type of the same size reuses its allocation; `Vec` does not
/// promise it, and if it stopped doing so each checker would simply allocate its stack again.
fn relabel<'b>(mut segments: Vec<Segment<'_>>) -> Vec<Segment<'b>> {
    segments.clear();
    segments.into_iter().map(|_| Segment::Index(0)).collect()
}

/// The spare segment stack of the thread, as a stack of segments of any lifetime (a new one
/// during the thread's teardown).
fn spare_segments<'b>() -> Vec<Segment<'b>> {
    relabel(SPARE_SEGMENTS.try_with(Cell::take).unwrap_or_default())
}

impl Drop for Checker<'_> {
    fn drop(&mut self) {
        // A checker that walked nothing never took the stack.
        if self.segments.capacity() > 0 {
            let spare = relabel(std::mem::take(&mut self.segments));
            // During the thread's teardown there is nothing to keep it for.
            let _ = SPARE_SEGMENTS.try_with(|cell| cell.set(spare));
        }
    }
}

impl<'r> Checker<'r> {
    /// A checker that writes into `report`, at the root of the value.
    pub fn new(report: &'r mut Report) -> Self {
        let mut checker = Checker::at_depth(report, 0);
        checker.segments = spare_segments();
        // Room for the places of usual values, so that walking them does not reallocate.
        checker.segments.reserve(16);
        checker
    }

    /// A checker that writes into `report`, for a value `depth` levels of nesting down (as a
    /// twin hands it a value inside a list; the JSON twin moves it with [`Self::set_depth`]):
    /// deeper nesting is reported where a checker of the whole value would report it. It
    /// takes the thread's spare segment stack only when it first walks into a value: the
    /// twins' checkers mostly walk none.
    pub(crate) fn at_depth(report: &'r mut Report, depth: usize) -> Self {
        Checker {
            report,
            segments: Vec::new(),
            skeletons: Default::default(),
            oldest_skeleton: 0,
            calls: [(&Json::Null, None); 4],
            oldest_call: 0,
            chosen: None,
            depth,
        }
    }

    /// Sets how many levels of nesting down the checker is (as the JSON twin walks into a list
    /// or a map, and hands the checker what it finds there).
    pub(crate) fn set_depth(&mut self, depth: usize) {
        self.depth = depth;
    }

    /// `true` while the checker has reported nothing.
    pub fn found_nothing(&self) -> bool {
        self.report.is_empty()
    }

    /// Runs `f` one level down, at the property or key `name`.
    pub fn at<R>(&mut self, name: &'r str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.within(Segment::Name(name), f)
    }

    fn within<R>(&mut self, segment: Segment<'r>, f: impl FnOnce(&mut Self) -> R) -> R {
        if self.segments.capacity() == 0 {
            self.take_spare_segments();
        }
        self.segments.push(segment);
        let result = f(self);
        self.segments.pop();
        result
    }

    /// Takes the thread's spare segment stack, on the first walk into a value.
    #[cold]
    #[inline(never)]
    fn take_spare_segments(&mut self) {
        self.segments = spare_segments();
    }

    /// [`function_call`], remembered for the last few objects of one key.
    #[inline]
    fn call(&mut self, value: &'r Json) -> Option<(Option<Function>, &'r Json)> {
        match value {
            Json::Object(object) if object.len() == 1 => {}
            _ => return None,
        }
        if let Some((_, call)) = self
            .calls
            .iter()
            .find(|(kept, _)| std::ptr::eq(*kept, value))
        {
            return *call;
        }
        let call = function_call(value);
        self.calls[self.oldest_call] = (value, call);
        self.oldest_call = (self.oldest_call + 1) % self.calls.len();
        call
    }

    /// The JSON Pointer of the current place.
    fn pointer(&self) -> String {
        let mut pointer = String::new();
        for segment in &self.segments {
            pointer.push('/');
            match segment {
                Segment::Name(name) => push_escaped(&mut pointer, name),
                Segment::Index(index) => {
                    let _ = write!(pointer, "{index}");
                }
            }
        }
        pointer
    }

    fn nest<R: Default>(&mut self, segment: Segment<'r>, f: impl FnOnce(&mut Self) -> R) -> R {
        if self.depth >= MAX_DEPTH {
            self.report_at(segment, &NESTING_DEPTH, None, &MAX_DEPTH.to_string(), "");
            return R::default();
        }
        self.depth += 1;
        let result = self.within(segment, f);
        self.depth -= 1;
        result
    }

    fn report_at(
        &mut self,
        segment: impl Into<Segment<'r>>,
        rule: &Rule,
        value: Option<&Json>,
        allowed: &str,
        property: &str,
    ) {
        self.within(segment.into(), |c| {
            c.problem(rule, value, allowed, property)
        });
    }

    /// Records a problem of `rule` at the current pointer.
    pub fn problem(&mut self, rule: &Rule, value: Option<&Json>, allowed: &str, property: &str) {
        let shown = value.map(quote).unwrap_or_default();
        let message = rule
            .message
            .replace("{value}", &shown)
            .replace("{allowed}", allowed)
            .replace("{property}", property);
        self.report.push(Problem::new(
            self.pointer(),
            rule.id,
            rule.severity,
            message,
        ));
    }

    /// `true` when a value the checker does not walk (intrinsic arguments, `Json` properties)
    /// nests at most [`MAX_OPAQUE_DEPTH`] levels; otherwise records a `nesting-depth` problem.
    /// The walk recurses, but never below that depth, and allocates nothing.
    fn bounded_depth(&mut self, value: &Json) -> bool {
        fn within(value: &Json, depth: usize) -> bool {
            match value {
                _ if depth > MAX_OPAQUE_DEPTH => false,
                Json::Array(items) => items.iter().all(|item| within(item, depth + 1)),
                Json::Object(entries) => entries.values().all(|item| within(item, depth + 1)),
                _ => true,
            }
        }
        let within = within(value, 0);
        if !within {
            self.problem(&NESTING_DEPTH, None, &MAX_OPAQUE_DEPTH.to_string(), "");
        }
        within
    }

    fn type_problem(&mut self, value: &Json, expected: &str) {
        self.problem(&VALUE_TYPE, Some(value), expected, "");
    }

    // ----- shapes -----

    /// The values of the properties `names` in `object`, in the order of `names`; every other
    /// key is reported under `unknown`, when the type has that rule. One pass over the object,
    /// so each rule need not look its property up again.
    pub fn properties<const N: usize>(
        &mut self,
        object: &'r Map<String, Json>,
        names: &PropertyNames<N>,
        unknown: Option<&Rule>,
    ) -> [Option<&'r Json>; N] {
        let mut found = [None; N];
        let mut touched = 0;
        for (key, value) in object {
            touched ^= ahead(value);
            match names.slot(&mut found, key) {
                Some(slot) => *slot = Some(value),
                None => {
                    if let Some(rule) = unknown {
                        self.report_at(key, rule, None, &names.names.join(", "), key);
                    }
                }
            }
        }
        std::hint::black_box(touched);
        found
    }

    /// Checks that the value of property `name`, when it is present, has the shape `shape`
    /// (`context` is the check's, for the property types within).
    pub fn property<C, S: Shape<C>>(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        context: &C,
        shape: S,
    ) {
        if let Some(value) = value {
            self.at(name, |c| shape.check(c, context, value));
        }
    }

    /// An object of a property type (`what`, such as "an IntegrationResponse object"): `check`
    /// runs on it, or on each branch of an `Fn::If`.
    pub fn object(
        &mut self,
        value: &'r Json,
        what: &str,
        check: &dyn Fn(&mut Self, &'r Map<String, Json>),
    ) {
        match value {
            Json::Object(map) => match self.call(value) {
                None => check(self, map),
                Some(_) => self.intrinsic(value, Expect::Object(what), &|c, v| {
                    c.object(v, what, check)
                }),
            },
            other => self.type_problem(other, what),
        }
    }

    /// A list: `item` runs on each element.
    pub fn list(&mut self, value: &'r Json, item: &dyn Fn(&mut Self, &'r Json)) {
        match value {
            Json::Array(items) => {
                ahead_of_items(items);
                for (i, element) in items.iter().enumerate() {
                    self.nest(Segment::Index(i), |c| item(c, element));
                }
            }
            Json::Object(_) if self.call(value).is_some() => {
                self.intrinsic(value, Expect::List, &|c, v| c.list(v, item))
            }
            other => self.type_problem(other, "a list"),
        }
    }

    /// A map with string keys: `item` runs on each value.
    pub fn map(&mut self, value: &'r Json, item: &dyn Fn(&mut Self, &'r Json)) {
        match value {
            Json::Object(entries) if self.call(value).is_none() => {
                ahead_of_entries(entries);
                for (key, element) in entries {
                    self.nest(Segment::Name(key), |c| item(c, element));
                }
            }
            Json::Object(_) => {
                self.intrinsic(value, Expect::Object("a map"), &|c, v| c.map(v, item))
            }
            other => self.type_problem(other, "a map of key-value pairs"),
        }
    }

    /// A scalar of `kind`: a literal, or an intrinsic function that can produce one.
    pub fn scalar(&mut self, value: &'r Json, kind: Scalar) {
        let ok = match (kind, value) {
            (Scalar::Json, _) => {
                self.bounded_depth(value);
                true
            }
            (_, Json::Object(_)) if self.call(value).is_some() => {
                self.intrinsic(value, Expect::Scalar, &|c, v| c.scalar(v, kind));
                true
            }
            (Scalar::String, Json::String(_) | Json::Number(_) | Json::Bool(_)) => true,
            // Loading needs an `i64`; a larger integer is not one CloudFormation accepts either.
            (Scalar::Integer, Json::Number(n)) => n.is_i64(),
            (Scalar::Integer, Json::String(s)) => s.trim().parse::<i64>().is_ok(),
            (Scalar::Double, Json::Number(_)) => true,
            (Scalar::Double, Json::String(s)) => s.trim().parse::<f64>().is_ok(),
            (Scalar::Boolean, Json::Bool(_)) => true,
            (Scalar::Boolean, Json::String(s)) => s == "true" || s == "false",
            _ => false,
        };
        if !ok {
            let expected = match kind {
                Scalar::String => "a string",
                Scalar::Integer => "an integer",
                Scalar::Double => "a number",
                Scalar::Boolean => "a boolean",
                Scalar::Json => "JSON",
            };
            self.type_problem(value, expected);
        }
    }

    /// An intrinsic function where a value of kind `expect` belongs: checks its arguments, and
    /// runs `branch` on each branch of an `Fn::If`.
    fn intrinsic(
        &mut self,
        value: &'r Json,
        expect: Expect<'_>,
        branch: &dyn Fn(&mut Self, &'r Json),
    ) {
        let Some((function, arguments)) = self.call(value) else {
            return;
        };
        let name: &'r str = match function {
            Some(function) => function.name(),
            None => match value.as_object().and_then(|o| o.keys().next()) {
                Some(name) => name,
                None => return,
            },
        };
        let Some(function) = function else {
            let known: Vec<&str> = Function::ALL.iter().map(|f| f.name()).collect();
            let allowed = format!(
                "{name} is not an intrinsic function; known: {}",
                known.join(", ")
            );
            return self.report_at(name, &INTRINSIC_FUNCTION, Some(value), &allowed, "");
        };
        if let Some(problem) = argument_problem(function, arguments) {
            return self.report_at(name, &INTRINSIC_FUNCTION, Some(value), &problem, "");
        }
        // The arguments are loaded as they are written; those not walked below (all but the
        // branches of `Fn::If`: `Fn::Sub` variables, `Fn::ToJsonString` values...) must still be
        // shallow enough to clone, write and drop.
        if function != Function::If && !self.at(name, |c| c.bounded_depth(arguments)) {
            return;
        }
        if function == Function::If {
            return self.nest(Segment::Name(name), |c| {
                for i in [1, 2] {
                    let Some(choice) = arguments.get(i) else {
                        continue;
                    };
                    if !is_no_value(choice) {
                        c.nest(Segment::Index(i), |c| branch(c, choice));
                    }
                }
            });
        }
        let wrong = match expect {
            Expect::Scalar => function.returns_list(),
            Expect::List => function.returns_scalar(),
            Expect::Object(_) => function != Function::Transform,
        };
        if wrong {
            let allowed = match expect {
                Expect::Scalar => {
                    format!("{function} returns a list, and a single value belongs here")
                }
                Expect::List => {
                    format!("{function} returns a single value, and a list belongs here")
                }
                Expect::Object(what) => {
                    format!("{function} cannot produce {what}; use a literal object or Fn::If")
                }
            };
            self.problem(&INTRINSIC_FUNCTION, Some(value), &allowed, "");
        }
    }

    // ----- rules -----

    /// `true` when the condition certainly holds for a property's value (`None` when absent):
    /// a rule that depends on a value hidden behind an intrinsic function does not apply.
    #[inline]
    pub fn holds(&mut self, value: Option<&'r Json>, condition: &Condition) -> bool {
        match value {
            // The usual case, a literal string, without the walk through intrinsic functions.
            Some(Json::String(text)) => self.holds_for_text(text, condition),
            _ => self.evaluate(value, condition, 0) == Truth::Yes,
        }
    }

    /// Where the property's `value` is among its `allowed` values (an absent one at `default`,
    /// the place of its default), found once for all the conditions on it: each then asks
    /// [`Self::holds_among`].
    pub fn among(
        &mut self,
        value: Option<&'r Json>,
        allowed: &'static [&'static str],
        default: Option<usize>,
    ) -> Among {
        self.find_among(value.map(Json::as_str), allowed, default)
    }

    /// The place of a property's value among its `allowed` values: `None` when the property
    /// is absent (it takes the place `default` of its default), `Some(None)` when the value is
    /// not a literal text. A literal's place is kept for the rule on the value's allowed
    /// values, which asks next ([`Self::allowed_index`]).
    pub(super) fn find_among(
        &mut self,
        value: Option<Option<&'r str>>,
        allowed: &'static [&'static str],
        default: Option<usize>,
    ) -> Among {
        match value {
            None => default.map_or(Among::Outside, Among::At),
            Some(Some(text)) => self
                .allowed_index(text, allowed)
                .map_or(Among::Outside, Among::At),
            Some(None) => Among::Unknown,
        }
    }

    /// [`Self::holds`], for a value whose place among the property's allowed values is `among`.
    #[inline]
    pub fn holds_among(
        &mut self,
        value: Option<&'r Json>,
        among: Among,
        condition: &Condition,
    ) -> bool {
        among.holds_or(condition, || self.holds(value, condition))
    }

    /// [`Self::holds`] for the literal string `text`.
    pub(super) fn holds_for_text(&mut self, text: &'r str, condition: &Condition) -> bool {
        match (condition.allowed, condition.among) {
            (Some(allowed), Some(_)) => {
                let place = self.find_among(Some(Some(text)), allowed, None);
                let holds = place.holds(condition) == Some(true);
                debug_assert_eq!(
                    holds,
                    literal_truth(condition, text) == Truth::Yes,
                    "`among` agrees with the test"
                );
                holds
            }
            _ => literal_truth(condition, text) == Truth::Yes,
        }
    }

    /// Where the literal `text` is among `allowed`: looked up once for the rules and
    /// conditions that ask in turn about the same value.
    pub(super) fn allowed_index(
        &mut self,
        text: &'r str,
        allowed: &'static [&'static str],
    ) -> Option<usize> {
        match self.chosen {
            Some((t, a, index)) if std::ptr::eq(t, text) && std::ptr::eq(a, allowed) => index,
            _ => {
                let index = position_of(allowed, text);
                self.chosen = Some((text, allowed, index));
                index
            }
        }
    }

    /// `name` must be present: reported at `/name` when it certainly is absent.
    pub fn require_present(&mut self, value: Option<&'r Json>, name: &'r str, rule: &Rule) {
        if value.is_none_or(is_no_value) {
            self.report_at(name, rule, None, "", name);
        }
    }

    /// `name` must be absent: reported when it certainly is present.
    pub fn require_absent(&mut self, value: Option<&'r Json>, name: &'r str, rule: &Rule) {
        if let Some(value) = value.filter(|v| !is_no_value(v)) {
            if !may_be_absent(value, 0) {
                self.report_at(name, rule, Some(value), "", name);
            }
        }
    }

    /// Each literal value of `name` must be one of `values`.
    pub fn allowed_values(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        values: &'static [&'static str],
        rule: &Rule,
    ) {
        if let Some(json @ Json::String(text)) = value {
            if self.allowed_index(text, values).is_none() {
                self.report_at(name, rule, Some(json), &values.join(", "), name);
            }
            return;
        }
        self.leaves(value, name, &mut |c, json, leaf| {
            let fits = match leaf {
                Leaf::Scalar(v) => position_of(values, &scalar_text(v)).is_some(),
                Leaf::Skeleton(parts, _) => values.iter().any(|v| glob(parts, v)),
                Leaf::Composite | Leaf::Opaque => true,
            };
            if !fits {
                c.problem(rule, Some(json), &values.join(", "), name);
            }
        });
    }

    /// Each value of `name` must match one of `formats`.
    pub fn formats(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        formats: &[&Format],
        rule: &Rule,
    ) {
        if let Some(json @ Json::String(_)) = value {
            if !leaf_matches(&Leaf::Scalar(json), formats, Holes::AnyText) {
                self.report_at(name, rule, Some(json), &describe(formats), name);
            }
            return;
        }
        self.leaves(value, name, &mut |c, json, leaf| {
            if !leaf_matches(&leaf, formats, Holes::AnyText) {
                c.problem(rule, Some(json), &describe(formats), name);
            }
        });
    }

    /// No value of `name` may match `format`.
    pub fn not_format(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        format: &Format,
        rule: &Rule,
    ) {
        if let Some(json @ Json::String(_)) = value {
            if leaf_matches(&Leaf::Scalar(json), &[format], Holes::Token) {
                self.report_at(name, rule, Some(json), format.description, name);
            }
            return;
        }
        self.leaves(value, name, &mut |c, json, leaf| {
            let certain = match &leaf {
                // A skeleton that cannot match at all (the usual case) is not asked again.
                Leaf::Skeleton(..) if !leaf_matches(&leaf, &[format], Holes::AnyText) => false,
                Leaf::Scalar(_) | Leaf::Skeleton(..) => {
                    leaf_matches(&leaf, &[format], Holes::Token)
                }
                Leaf::Composite | Leaf::Opaque => false,
            };
            if certain {
                c.problem(rule, Some(json), format.description, name);
            }
        });
    }

    /// Each literal value of `name` must be at least `minimum`.
    pub fn minimum(&mut self, value: Option<&'r Json>, name: &'r str, minimum: f64, rule: &Rule) {
        self.bound(value, name, minimum, |n| n < minimum, rule);
    }

    /// Each literal value of `name` must be at most `maximum`.
    pub fn maximum(&mut self, value: Option<&'r Json>, name: &'r str, maximum: f64, rule: &Rule) {
        self.bound(value, name, maximum, |n| n > maximum, rule);
    }

    /// Reports each literal number of `name` that is `beyond` the `limit`.
    fn bound(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        limit: f64,
        beyond: impl Fn(f64) -> bool,
        rule: &Rule,
    ) {
        self.leaves(value, name, &mut |c, json, leaf| {
            if let Leaf::Scalar(v) = leaf {
                if number(v).is_some_and(&beyond) {
                    c.problem(rule, Some(json), &limit.to_string(), name);
                }
            }
        });
    }

    /// Each key of the map `name` must match one of `formats`.
    pub fn key_formats(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        formats: &[&Format],
        rule: &Rule,
    ) {
        self.composites(value, name, &mut |c, json| {
            let Json::Object(entries) = json else { return };
            for key in entries.keys() {
                if !formats.iter().any(|f| f.matches(key)) {
                    let shown = Json::String(key.clone());
                    c.report_at(key, rule, Some(&shown), &describe(formats), name);
                }
            }
        });
    }

    /// Each value of the map `name` must match one of `formats`.
    pub fn value_formats(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        formats: &[&Format],
        rule: &Rule,
    ) {
        self.composites(value, name, &mut |c, json| {
            let Json::Object(entries) = json else { return };
            for (key, value) in entries {
                if value.is_string() {
                    if !leaf_matches(&Leaf::Scalar(value), formats, Holes::AnyText) {
                        c.report_at(key, rule, Some(value), &describe(formats), name);
                    }
                    continue;
                }
                c.at(key, |c| {
                    c.each_leaf(value, 0, &mut |c, json, leaf| {
                        if !leaf_matches(&leaf, formats, Holes::AnyText) {
                            c.problem(rule, Some(json), &describe(formats), name);
                        }
                    })
                });
            }
        });
    }

    /// The literal items of the list `name` must be distinct: each repeat is reported.
    pub fn unique_items(&mut self, value: Option<&'r Json>, name: &'r str, rule: &Rule) {
        self.composites(value, name, &mut |c, json| {
            let Json::Array(items) = json else { return };
            let mut seen = BTreeSet::new();
            for (i, item) in items.iter().enumerate() {
                if (item.is_string() || item.is_number()) && !seen.insert(scalar_text(item)) {
                    c.report_at(i, rule, Some(item), "", name);
                }
            }
        });
    }

    /// Each literal item of the list `name` must be in `set`, when the caller supplied the set.
    pub fn items_in(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        set: Option<&BTreeSet<String>>,
        rule: &Rule,
    ) {
        let Some(set) = set else { return };
        self.composites(value, name, &mut |c, json| {
            let Json::Array(items) = json else { return };
            for (i, item) in items.iter().enumerate() {
                if let Json::String(s) = item {
                    if !set.contains(s) {
                        let allowed = set
                            .iter()
                            .map(String::as_str)
                            .collect::<Vec<_>>()
                            .join(", ");
                        c.report_at(i, rule, Some(item), &allowed, name);
                    }
                }
            }
        });
    }

    /// Runs `f` on each leaf of property `name`, looking through `Fn::If`.
    fn leaves(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        f: &mut dyn FnMut(&mut Self, &'r Json, Leaf<'_>),
    ) {
        if let Some(value) = value {
            self.at(name, |c| c.each_leaf(value, 0, f));
        }
    }

    /// Runs `f` on each literal list or map that property `name` can be.
    fn composites(
        &mut self,
        value: Option<&'r Json>,
        name: &'r str,
        f: &mut dyn FnMut(&mut Self, &'r Json),
    ) {
        self.leaves(value, name, &mut |c, json, leaf| {
            if let Leaf::Composite = leaf {
                f(c, json);
            }
        });
    }

    fn each_leaf(
        &mut self,
        value: &'r Json,
        depth: usize,
        f: &mut dyn FnMut(&mut Self, &'r Json, Leaf<'_>),
    ) {
        if depth >= MAX_DEPTH {
            return;
        }
        let leaf = match self.call(value) {
            None if value.is_array() || value.is_object() => Leaf::Composite,
            None => Leaf::Scalar(value),
            Some((Some(Function::If), args)) => {
                return self.at(Function::If.name(), |c| {
                    for i in [1, 2] {
                        if let Some(choice) = args.get(i).filter(|v| !is_no_value(v)) {
                            c.within(Segment::Index(i), |c| c.each_leaf(choice, depth + 1, f));
                        }
                    }
                });
            }
            Some((Some(function), args)) => match self.take_skeleton(value, function, args) {
                Some((slot, skeleton)) => {
                    f(
                        self,
                        value,
                        Leaf::Skeleton(&skeleton.parts, &skeleton.place),
                    );
                    return self.keep_skeleton(value, slot, skeleton);
                }
                None => Leaf::Opaque,
            },
            Some((None, _)) => Leaf::Opaque,
        };
        f(self, value, leaf);
    }

    /// The skeleton of `value`, a call of `function` on `args`, and the slot it was kept in:
    /// the one kept from an earlier rule on the same value (taken out of its slot, which is
    /// left empty until [`Self::keep_skeleton`] puts it back), or a new one (`None` for
    /// functions without one).
    fn take_skeleton(
        &mut self,
        value: &'r Json,
        function: Function,
        args: &'r Json,
    ) -> Option<(Option<usize>, Skeleton<'r>)> {
        let kept = self
            .skeletons
            .iter()
            .position(|(kept, _)| kept.is_some_and(|kept| std::ptr::eq(kept, value)));
        match kept {
            Some(slot) => {
                let (kept, skeleton) = &mut self.skeletons[slot];
                *kept = None;
                Some((Some(slot), std::mem::take(skeleton)))
            }
            None => skeleton(function, args, 0).map(|parts| {
                let place = Cell::new(None);
                (None, Skeleton { parts, place })
            }),
        }
    }

    /// Keeps the skeleton of `value` for the next rules on it: back in `slot` when it was taken
    /// from one, else in the slot of the oldest; only the last few are kept, as the rules of a
    /// property run one after the other.
    fn keep_skeleton(&mut self, value: &'r Json, slot: Option<usize>, skeleton: Skeleton<'r>) {
        let slot = slot.unwrap_or_else(|| {
            let oldest = self.oldest_skeleton;
            self.oldest_skeleton = (oldest + 1) % self.skeletons.len();
            oldest
        });
        self.skeletons[slot] = (Some(value), skeleton);
    }

    /// Whether the condition holds for a property's value (`None` when absent), looking
    /// through `Fn::If` and into `Fn::Sub` / `Fn::Join` skeletons.
    fn evaluate(&mut self, value: Option<&'r Json>, cond: &Condition, depth: usize) -> Truth {
        let Some(value) = value.filter(|v| !is_no_value(v)) else {
            return match cond.default {
                Some(default) => test_text(&cond.test, default),
                None => Truth::Unknown,
            };
        };
        match self.call(value) {
            None if value.is_array() || value.is_object() => Truth::Unknown,
            None => literal_truth(cond, &scalar_text(value)),
            Some((Some(Function::If), args)) if depth < MAX_DEPTH => {
                let first = self.evaluate(args.get(1), cond, depth + 1);
                first.merge(self.evaluate(args.get(2), cond, depth + 1))
            }
            Some((Some(function), args)) => {
                let (Test::Format(format) | Test::NotFormat(format)) = cond.test else {
                    return Truth::Unknown;
                };
                let Some((slot, skeleton)) = self.take_skeleton(value, function, args) else {
                    return Truth::Unknown;
                };
                let truth = format_truth(format, &skeleton);
                self.keep_skeleton(value, slot, skeleton);
                match (cond.test, truth) {
                    (Test::NotFormat(_), Truth::Yes) => Truth::No,
                    (Test::NotFormat(_), Truth::No) => Truth::Yes,
                    _ => truth,
                }
            }
            Some((None, _)) => Truth::Unknown,
        }
    }
}

/// Reads the first byte of what `value` points to: a string's text, an object's first node,
/// a list's items. Loops over an object's or a list's children call it on each before checking
/// any, so that the processor waits for their memory all at once, not child after child.
#[inline]
pub(super) fn ahead(value: &Json) -> u8 {
    match value {
        Json::String(s) => s.as_bytes().first().copied().unwrap_or(0),
        Json::Object(entries) => entries.keys().next().map_or(0, |key| key.len() as u8),
        Json::Array(items) => items.first().map_or(0, |item| u8::from(item.is_null())),
        _ => 0,
    }
}

/// [`ahead`] on each item of a list, before any is checked.
#[inline]
pub(super) fn ahead_of_items(items: &[Json]) {
    std::hint::black_box(items.iter().fold(0, |a, item| a ^ ahead(item)));
}

/// [`ahead`] on each value of a map, and the text of each key, before any is checked.
#[inline]
pub(super) fn ahead_of_entries(entries: &Map<String, Json>) {
    std::hint::black_box(entries.iter().fold(0, |a, (key, value)| {
        a ^ key.as_bytes().first().copied().unwrap_or(0) ^ ahead(value)
    }));
}

/// The kind of value an intrinsic function stands for.
#[derive(Clone, Copy)]
enum Expect<'a> {
    Scalar,
    List,
    Object(&'a str),
}

/// `true` when `value` is `Fn::If` with an `AWS::NoValue` branch somewhere: the property may be absent.
fn may_be_absent(value: &Json, depth: usize) -> bool {
    match function_call(value) {
        Some((Some(Function::If), args)) if depth < MAX_DEPTH => [1, 2]
            .into_iter()
            .filter_map(|i| args.get(i))
            .any(|b| is_no_value(b) || may_be_absent(b, depth + 1)),
        _ => false,
    }
}

/// A value as a message quotes it: compact JSON, with what lies deeper than a few levels or
/// beyond a few hundred characters elided, so that quoting never recurses deeply and a message
/// stays readable.
fn quote(value: &Json) -> String {
    const MAX_LEVELS: usize = 4;
    const MAX_CHARS: usize = 300;
    fn write(out: &mut String, value: &Json, level: usize) {
        if out.len() > MAX_CHARS {
            return;
        }
        match value {
            Json::Array(items) if level >= MAX_LEVELS && !items.is_empty() => out.push_str("[…]"),
            Json::Object(entries) if level >= MAX_LEVELS && !entries.is_empty() => {
                out.push_str("{…}")
            }
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(out, item, level + 1);
                }
                out.push(']');
            }
            Json::Object(entries) => {
                out.push('{');
                for (i, (key, item)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Json::String(key.clone()).to_string());
                    out.push(':');
                    write(out, item, level + 1);
                }
                out.push('}');
            }
            scalar => out.push_str(&scalar.to_string()),
        }
    }
    let mut out = String::new();
    write(&mut out, value, 0);
    if out.len() > MAX_CHARS {
        let mut end = MAX_CHARS;
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
        out.push('…');
    }
    out
}

fn scalar_text(value: &Json) -> Cow<'_, str> {
    match value {
        Json::String(s) => Cow::Borrowed(s),
        other => Cow::Owned(other.to_string()),
    }
}

fn number(value: &Json) -> Option<f64> {
    match value {
        Json::Number(n) => n.as_f64(),
        Json::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn describe(formats: &[&Format]) -> String {
    formats
        .iter()
        .map(|f| f.description)
        .collect::<Vec<_>>()
        .join("; or ")
}

fn leaf_matches(leaf: &Leaf<'_>, formats: &[&Format], holes: Holes) -> bool {
    match leaf {
        Leaf::Scalar(Json::String(text)) => text_matches(text, formats, holes),
        Leaf::Scalar(v) => {
            let text = scalar_text(v);
            formats.iter().any(|f| f.matches(&text))
        }
        Leaf::Skeleton(parts, place) => formats
            .iter()
            .any(|f| f.matches_skeleton(parts, holes, place)),
        Leaf::Composite | Leaf::Opaque => true,
    }
}

/// Does the literal string `text` match one of `formats`?
pub(super) fn text_matches(text: &str, formats: &[&Format], holes: Holes) -> bool {
    // API Gateway itself substitutes `${stageVariables.NAME}` in a literal at run time
    // (`http://${stageVariables.host}/pets`), so such text is a hole too.
    let as_written = || formats.iter().any(|f| f.matches(text));
    // A hole of any text may be the text written, so a literal that matches as written
    // matches with its stage variables as holes too, and need not be searched for them.
    if holes == Holes::AnyText && as_written() {
        return true;
    }
    if find_opener(text, STAGE_VARIABLE).is_some() {
        stage_variables_match(text, formats, holes)
    } else {
        holes == Holes::Token && as_written()
    }
}

/// [`text_matches`] for a literal with stage variables: apart, as it builds a skeleton.
#[inline(never)]
fn stage_variables_match(text: &str, formats: &[&Format], holes: Holes) -> bool {
    let parts = stage_variable_skeleton(text);
    formats.iter().any(|f| f.matches_parts(&parts, holes))
}

/// Can the skeleton produce exactly `text`? (Holes are any text.) Linear in the parts, so
/// templates with many holes stay cheap.
fn glob(parts: &[Part<'_>], text: &str) -> bool {
    let mut reach = vec![false; text.len() + 1];
    reach[0] = true;
    for part in parts {
        match part {
            Part::Text(t) => {
                let mut next = vec![false; text.len() + 1];
                for (i, _) in reach.iter().enumerate().filter(|(_, r)| **r) {
                    if text[i..].starts_with(t.as_ref()) {
                        next[i + t.len()] = true;
                    }
                }
                reach = next;
            }
            Part::Hole => {
                if let Some(first) = reach.iter().position(|r| *r) {
                    for (i, r) in reach.iter_mut().enumerate().skip(first) {
                        *r = text.is_char_boundary(i);
                    }
                }
            }
        }
    }
    reach[text.len()]
}

fn format_truth(format: &Format, skeleton: &Skeleton<'_>) -> Truth {
    let (parts, place) = (&skeleton.parts, &skeleton.place);
    if format.matches_skeleton(parts, Holes::Token, place) {
        Truth::Yes
    } else if !format.matches_skeleton(parts, Holes::AnyText, place) {
        Truth::No
    } else {
        Truth::Unknown
    }
}

/// `a == b`, for the short texts of allowed values: texts of different lengths differ, and
/// texts of 4 to 32 bytes are compared a few bytes at a time, without a call to `memcmp`.
#[inline]
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    // The words at `at` in both texts; the last word of each ends at the end of the text, so
    // it may overlap the one before.
    let words = |at: usize| {
        let word = |s: &[u8]| u64::from_ne_bytes(s[at..at + 8].try_into().unwrap_or_default());
        word(a) == word(b)
    };
    match n {
        0..4 => a == b,
        4..8 => {
            let word = |s: &[u8], at: usize| {
                u32::from_ne_bytes(s[at..at + 4].try_into().unwrap_or_default())
            };
            word(a, 0) == word(b, 0) && word(a, n - 4) == word(b, n - 4)
        }
        8..=32 => (0..n - 8).step_by(8).all(words) && words(n - 8),
        _ => a == b,
    }
}

/// Where `text` is among `values`.
fn position_of(values: &[&str], text: &str) -> Option<usize> {
    values.iter().position(|v| same_text(v, text))
}

/// Whether the condition holds for a literal value: unknown for a value outside the
/// property's allowed values (a mistake reported already).
fn literal_truth(cond: &Condition, text: &str) -> Truth {
    let among = |values: &[&str]| position_of(values, text).is_some();
    match cond.test {
        // A value the test names is an allowed value: no need to look for it among them.
        Test::In(values) if among(values) => Truth::Yes,
        Test::NotIn(values) if among(values) => Truth::No,
        _ if cond.allowed.is_some_and(|allowed| !among(allowed)) => Truth::Unknown,
        Test::In(_) => Truth::No,
        Test::NotIn(_) => Truth::Yes,
        Test::Format(_) | Test::NotFormat(_) => test_text(&cond.test, text),
    }
}

fn test_text(test: &Test, text: &str) -> Truth {
    let holds = match test {
        Test::In(values) => position_of(values, text).is_some(),
        Test::NotIn(values) => position_of(values, text).is_none(),
        Test::Format(format) => format.matches(text),
        Test::NotFormat(format) => !format.matches(text),
    };
    if holds { Truth::Yes } else { Truth::No }
}

/// The known text of an `Fn::Sub` or `Fn::Join` value, with holes where it depends on
/// deployment; `None` for any other function.
fn skeleton(function: Function, args: &Json, depth: usize) -> Option<Vec<Part<'_>>> {
    if depth >= MAX_DEPTH {
        return None;
    }
    match function {
        Function::Sub => {
            let template = match args {
                Json::String(s) => s,
                Json::Array(a) => a.first()?.as_str()?,
                _ => return None,
            };
            Some(sub_skeleton(template))
        }
        Function::Join => {
            let [Json::String(delimiter), Json::Array(items)] = args.as_array()?.as_slice() else {
                return Some(vec![Part::Hole]);
            };
            let mut parts = Vec::with_capacity(2 * items.len());
            for (i, item) in items.iter().enumerate() {
                if i > 0 && !delimiter.is_empty() {
                    parts.push(Part::Text(Cow::Borrowed(delimiter.as_str())));
                }
                match item {
                    Json::String(s) => parts.push(Part::Text(Cow::Borrowed(s.as_str()))),
                    Json::Number(_) | Json::Bool(_) => {
                        parts.push(Part::Text(Cow::Owned(item.to_string())))
                    }
                    // A call without a skeleton is a hole (a `Ref`, an `Fn::GetAtt`...).
                    _ => match function_call(item).and_then(|(f, a)| skeleton(f?, a, depth + 1)) {
                        Some(inner) => parts.extend(inner),
                        None => parts.push(Part::Hole),
                    },
                }
            }
            Some(parts)
        }
        _ => None,
    }
}

/// Splits an `Fn::Sub` template into text and holes: `${Name}` is a hole, `${!Name}` the
/// literal text `${Name}`.
pub fn sub_skeleton(template: &str) -> Vec<Part<'_>> {
    split_placeholders(template, "${", true)
}

/// Splits a literal into text and the `${stageVariables.NAME}` holes API Gateway fills in;
/// any other `${...}` stays text (CloudFormation substitutes only inside `Fn::Sub`).
fn stage_variable_skeleton(text: &str) -> Vec<Part<'_>> {
    split_placeholders(text, STAGE_VARIABLE, false)
}

/// The opener of a stage variable that API Gateway substitutes in literals.
const STAGE_VARIABLE: &str = "${stageVariables.";

/// Where `opener` (which starts with `$`) first occurs in `text`: a search for `$`, which
/// most texts do not hold, rather than for the whole opener.
fn find_opener(text: &str, opener: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(offset) = memchr::memchr(b'$', &text.as_bytes()[from..]) {
        let at = from + offset;
        if text[at..].starts_with(opener) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Splits `text` at each placeholder that starts with `opener` (itself starting with `${`) and
/// ends at the next `}`; with `escapes`, `${!Name}` is the literal text `${Name}`.
fn split_placeholders<'a>(text: &'a str, opener: &str, escapes: bool) -> Vec<Part<'a>> {
    let mut parts = Vec::with_capacity(8);
    let mut rest = text;
    while let Some(start) = find_opener(rest, opener) {
        let Some(len) = memchr::memchr(b'}', &rest.as_bytes()[start..]) else {
            break;
        };
        let inner = &rest[start + 2..start + len];
        match inner.strip_prefix('!').filter(|_| escapes) {
            Some(literal) => parts.push(Part::Text(Cow::Owned(format!(
                "{}${{{literal}}}",
                &rest[..start]
            )))),
            None => {
                if start > 0 {
                    parts.push(Part::Text(Cow::Borrowed(&rest[..start])));
                }
                parts.push(Part::Hole);
            }
        }
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(Cow::Borrowed(rest)));
    }
    parts
}

/// What is wrong with the arguments of `function`, if anything.
fn argument_problem(function: Function, args: &Json) -> Option<String> {
    let intrinsic = |v: &Json| function_call(v).is_some();
    let string_or_intrinsic = |v: &Json| v.is_string() || intrinsic(v);
    let list_or_intrinsic = |v: &Json| v.is_array() || intrinsic(v);
    let items = args.as_array().map(Vec::as_slice);
    let ok = match function {
        Function::Ref => args.is_string(),
        Function::GetAtt => match (args, items) {
            (Json::String(s), _) => s.contains('.'),
            (_, Some([resource, attribute])) => {
                resource.is_string() && string_or_intrinsic(attribute)
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
        Function::Split => matches!(items, Some([d, s]) if d.is_string() && string_or_intrinsic(s)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Part<'_> {
        Part::Text(Cow::Borrowed(s))
    }

    #[test]
    fn sub_templates_split_into_text_and_holes() {
        assert_eq!(
            sub_skeleton("arn:${AWS::Partition}:x/${Fn.Arn}"),
            [text("arn:"), Part::Hole, text(":x/"), Part::Hole]
        );
        assert_eq!(
            sub_skeleton("a${!Literal}b"),
            [Part::Text(Cow::Owned("a${Literal}".to_owned())), text("b")]
        );
        assert_eq!(sub_skeleton("unterminated ${x"), [text("unterminated ${x")]);
        assert_eq!(
            stage_variable_skeleton("http://${stageVariables.host}/${AWS::Region}"),
            [text("http://"), Part::Hole, text("/${AWS::Region}")]
        );
    }

    #[test]
    fn texts_are_the_same_when_every_byte_is() {
        let texts: Vec<String> = (0..40)
            .flat_map(|n| {
                let base: String = (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
                // The text itself, and the text with one byte changed at each place.
                let changed: Vec<String> = (0..n)
                    .map(|i| {
                        let mut bytes = base.clone().into_bytes();
                        bytes[i] = b'_';
                        String::from_utf8(bytes).unwrap_or_default()
                    })
                    .collect();
                std::iter::once(base).chain(changed)
            })
            .collect();
        for a in &texts {
            for b in &texts {
                assert_eq!(same_text(a, b), a == b, "{a:?} and {b:?}");
            }
        }
    }

    #[test]
    fn checkers_on_one_thread_share_one_segment_stack() {
        // This pins what `relabel` relies on from `Vec` (collecting in place): if a new
        // toolchain stops doing it, checking still works, but allocates per checker again.
        let spare = relabel(Vec::<Segment<'_>>::with_capacity(24));
        assert!(spare.is_empty() && spare.capacity() >= 24);
        let mut report = Report::new();
        let value = serde_json::json!({"a": {"b": [1]}});
        let first = Checker::new(&mut report).segments.as_ptr().cast::<()>();
        let mut checker = Checker::new(&mut report);
        assert_eq!(checker.segments.as_ptr().cast::<()>(), first);
        checker.at("a", |c| {
            c.within(Segment::Index(0), |c| {
                c.problem(&VALUE_TYPE, Some(&value), "x", "")
            })
        });
        drop(checker);
        assert_eq!(
            report.iter().map(Problem::path).collect::<Vec<_>>(),
            ["/a/0"]
        );
    }

    #[test]
    fn glob_matches_holes_against_any_text_in_linear_time() {
        assert!(glob(&sub_skeleton("WHEN_${X}_MATCH"), "WHEN_NO_MATCH"));
        assert!(!glob(&sub_skeleton("NEVER_${X}"), "NEVER"));
        let many_holes = "${a}".repeat(5_000);
        assert!(!glob(
            &sub_skeleton(&format!("{many_holes}!")),
            "WHEN_NO_TEMPLATES"
        ));
    }
}
