//! The checker the generated validators drive: it walks a JSON value, looks through intrinsic
//! functions, and records every problem with its JSON Pointer.
//!
//! Nothing here knows a property type: the generated code says which property has which shape
//! and which rule applies when; this module knows JSON, CloudFormation's intrinsic functions
//! and the named [`formats`](crate::formats). Each kind of rule of the spec is one method of
//! [`Checker`] (`require_present`, `allowed_values`, `formats`...).
//!
//! The checker allocates nothing while it finds nothing in literal values: where it is in the
//! value is a chain of borrowed segments on the stack, written out as a JSON Pointer only
//! for a problem. (An `Fn::Sub` or `Fn::Join` value is split into a skeleton, a vector, for each
//! rule that reads it, and a skeleton's walk over a form keeps its set of states in one.)

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt::Write;

use serde_json::{Map, Value as Json};

use crate::facts::{self, Declared};
use crate::formats::{Format, Holes, Part};
use crate::references::{self, References, Referent};
use crate::report::{Problem, Report, Severity};
use crate::shape::Shape;
use crate::skeleton::{self, Skeleton};
use crate::value::{Function, function_call, is_no_value, push_escaped};

/// A rule: its stable id, severity, source, and the message template of its problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The stable id (`integration-uri-required`).
    pub id: &'static str,
    /// The severity of its problems.
    pub severity: Severity,
    /// Where the rule comes from: `DOCUMENT#ANCHOR` (or a JSON Pointer into the registry schema).
    pub source: &'static str,
    /// The web address of what the rule comes from: the published page and its anchor (or a
    /// quotation, `#:~:text=...`), or the registry schema; `""` when the document has no single
    /// address.
    pub link: &'static str,
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
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html",
    type_name: "",
    message: "{value} is not {allowed}",
};

/// A malformed intrinsic function, an unknown `Fn::` function, or one that cannot produce the
/// kind of value the property needs.
pub const INTRINSIC_FUNCTION: Rule = Rule {
    id: "intrinsic-function",
    severity: Severity::Error,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html",
    type_name: "",
    message: "{value}: {allowed}",
};

/// A value nested deeper than [`MAX_DEPTH`] levels.
pub const NESTING_DEPTH: Rule = Rule {
    id: "nesting-depth",
    severity: Severity::Error,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html",
    type_name: "",
    message: "the value is nested more than {allowed} levels deep; it is not checked further",
};

/// The literal text `AWS::NoValue` where `{"Ref": "AWS::NoValue"}` was surely meant: it is kept
/// as text, not removed.
pub const LITERAL_NO_VALUE: Rule = Rule {
    id: "literal-no-value",
    severity: Severity::Warning,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html#cfn-pseudo-param-novalue",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html#cfn-pseudo-param-novalue",
    type_name: "",
    message: "{value} is literal text, which CloudFormation keeps as the value; {\"Ref\": \"AWS::NoValue\"} (YAML: !Ref AWS::NoValue) is probably meant, to leave the property out",
};

/// How deep values may nest (lists, maps and `Fn::If`, one level each) before checking stops.
///
/// A bound of this checker, not of CloudFormation, which documents none: it keeps the walk's
/// recursion bounded. Templates are read to 127 levels of JSON or YAML nesting (`serde_json`'s
/// limit), where an `Fn::If` takes three (an object, its list, a branch), so no template that
/// can be read nests its `Fn::If`s too deep for the checker.
pub const MAX_DEPTH: usize = 64;

/// How deep a value the checker does not walk (the arguments of an intrinsic function other
/// than `Fn::If`, a `Json` property) may nest: as deep as `serde_json` parses text (128 levels),
/// so that such a value is always shallow enough to clone, write and drop.
pub const MAX_OPAQUE_DEPTH: usize = 128;

/// The JSON kind a scalar property holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// A string; CloudFormation also converts numbers and booleans.
    String,
    /// An integer, or a string of one.
    Integer,
    /// A number, or a string of one.
    Double,
    /// A boolean, or a text of one ([`boolean_text`](crate::value::boolean_text)).
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
    /// The property is present (`true`) or absent (`false`).
    Present(bool),
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
    /// `In` or `NotIn` test names (the spec loader sees to it).
    pub allowed: Option<&'static [&'static str]>,
}

/// The outcome of a condition on values that may be hidden behind intrinsic functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Truth {
    /// Holds for every value the template can produce.
    Yes,
    /// Holds for none.
    No,
    /// Depends on something known only at deploy time.
    Unknown,
}

impl Truth {
    fn of(holds: bool) -> Truth {
        if holds { Truth::Yes } else { Truth::No }
    }

    fn merge(self, other: Truth) -> Truth {
        if self == other { self } else { Truth::Unknown }
    }
}

/// What a property's value is, looked at through `Fn::If`.
enum Leaf<'a> {
    /// A literal string, number or boolean.
    Scalar(&'a Json),
    /// `Fn::Sub` or `Fn::Join` (or, in a template, a reference of a known form): known text
    /// with holes.
    Skeleton(Skeleton<'a>),
    /// A list or an object that is not an intrinsic function.
    Composite,
    /// An intrinsic function whose result cannot be known before deployment.
    Opaque,
}

/// One reference token of a JSON Pointer: a property name or map key, or a list index.
#[derive(Debug, Clone, Copy)]
enum Segment<'a> {
    /// A property name or a map key.
    Name(&'a str),
    /// A list index.
    Index(usize),
}

/// Where the checker is: the root, or a segment below another place.
#[derive(Debug, Clone, Copy)]
enum Place<'a> {
    Root,
    Below(&'a Place<'a>, Segment<'a>),
}

impl Place<'_> {
    /// Writes the place as an RFC 6901 JSON Pointer.
    fn write_pointer(&self, pointer: &mut String) {
        if let Place::Below(parent, segment) = self {
            parent.write_pointer(pointer);
            pointer.push('/');
            match segment {
                Segment::Name(name) => push_escaped(pointer, name),
                Segment::Index(index) => {
                    let _ = write!(pointer, "{index}");
                }
            }
        }
    }
}

/// Walks a value and records its problems in a [`Report`].
///
/// A checker is at one place of the value; [`Checker::at`] runs a closure with a checker one
/// level down, which borrows this one.
pub struct Checker<'a> {
    report: &'a mut Report,
    place: Place<'a>,
    /// How many objects, lists and `Fn::If` branches deep the place is.
    depth: usize,
    /// What the template around the value declares; `None` for a value checked alone, whose
    /// references stand for any text.
    references: Option<&'a dyn References>,
    /// What the value a rule is looking at stands for, when it is a reference the template
    /// tells about: added to the messages of its problems.
    note: Option<&'a str>,
    /// The place is within a branch of an `Fn::If`: a condition may rule out some values of a
    /// parameter there, so they are not checked one by one.
    conditional: bool,
}

impl<'a> Checker<'a> {
    /// A checker that writes into `report`, at the root of the value.
    pub fn new(report: &'a mut Report) -> Self {
        Checker {
            report,
            place: Place::Root,
            depth: 0,
            references: None,
            note: None,
            conditional: false,
        }
    }

    /// A checker of a value in a template, whose references stand for what `references` says.
    pub fn with_references(report: &'a mut Report, references: &'a dyn References) -> Self {
        Checker {
            references: Some(references),
            ..Checker::new(report)
        }
    }

    /// Runs `f` one level down, at the property or key `name`.
    pub fn at<R>(&mut self, name: &str, f: impl FnOnce(&mut Checker<'_>) -> R) -> R {
        self.within(Segment::Name(name), f)
    }

    fn within<R>(&mut self, segment: Segment<'_>, f: impl FnOnce(&mut Checker<'_>) -> R) -> R {
        f(&mut Checker {
            report: &mut *self.report,
            place: Place::Below(&self.place, segment),
            depth: self.depth,
            references: self.references,
            note: self.note,
            conditional: self.conditional,
        })
    }

    /// [`Self::within`], in a branch of an `Fn::If`.
    fn within_branch<R>(
        &mut self,
        segment: Segment<'_>,
        f: impl FnOnce(&mut Checker<'_>) -> R,
    ) -> R {
        self.within(segment, |c| {
            c.conditional = true;
            f(c)
        })
    }

    /// Runs `f` here, with `note` added to the messages of its problems.
    fn noting<R>(&mut self, note: &str, f: impl FnOnce(&mut Checker<'_>) -> R) -> R {
        f(&mut Checker {
            report: &mut *self.report,
            place: self.place,
            depth: self.depth,
            references: self.references,
            note: Some(note),
            conditional: self.conditional,
        })
    }

    /// [`Self::within`], one level of nesting deeper: beyond [`MAX_DEPTH`] levels the value is
    /// reported and not walked.
    fn nest(&mut self, segment: Segment<'_>, f: impl FnOnce(&mut Checker<'_>)) {
        if self.depth >= MAX_DEPTH {
            return self.within(segment, |c| {
                c.problem(&NESTING_DEPTH, None, &MAX_DEPTH.to_string(), "")
            });
        }
        self.within(segment, |c| {
            c.depth += 1;
            f(c)
        })
    }

    /// The JSON Pointer of the current place.
    fn pointer(&self) -> String {
        let mut pointer = String::new();
        self.place.write_pointer(&mut pointer);
        pointer
    }

    /// Records a problem of `rule` at the current place: `{value}` in its message is `value`
    /// quoted, `{allowed}` is `allowed` and `{property}` is `property`.
    pub fn problem(&mut self, rule: &Rule, value: Option<&Json>, allowed: &str, property: &str) {
        let shown = value.map(quote).unwrap_or_default();
        let mut message = rule
            .message
            .replace("{value}", &shown)
            .replace("{allowed}", allowed)
            .replace("{property}", property);
        if let Some(note) = self.note {
            message.push_str("; here ");
            message.push_str(note);
        }
        let pointer = self.pointer();
        self.report
            .push(Problem::new(pointer, rule.id, rule.severity, message));
    }

    /// [`Self::problem`], one level down at `segment`.
    fn problem_at(
        &mut self,
        segment: Segment<'_>,
        rule: &Rule,
        value: Option<&Json>,
        allowed: &str,
        property: &str,
    ) {
        self.within(segment, |c| c.problem(rule, value, allowed, property));
    }

    /// `true` when a value the checker does not walk (intrinsic arguments, `Json` properties)
    /// nests at most [`MAX_OPAQUE_DEPTH`] levels; otherwise records a `nesting-depth` problem.
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
    /// key is reported under `unknown`, when the type has that rule.
    pub fn properties<'v, const N: usize>(
        &mut self,
        object: &'v Map<String, Json>,
        names: &[&str; N],
        unknown: Option<&Rule>,
    ) -> [Option<&'v Json>; N] {
        let mut found = [None; N];
        for (key, value) in object {
            // Comparing texts compares their lengths first, which tell most names apart.
            match names.iter().position(|name| name == key) {
                Some(i) => found[i] = Some(value),
                None => {
                    if let Some(rule) = unknown {
                        self.problem_at(Segment::Name(key), rule, None, &names.join(", "), key);
                    }
                }
            }
        }
        found
    }

    /// Checks that the value of property `name`, when it is present, has the shape `shape`
    /// (`context` is the check's, for the property types within).
    pub fn property<C, S: Shape<C>>(
        &mut self,
        value: Option<&Json>,
        name: &str,
        context: &C,
        shape: S,
    ) {
        // `{"Ref": "AWS::NoValue"}` removes the property.
        if let Some(value) = value.filter(|v| !is_no_value(v)) {
            self.at(name, |c| shape.check(c, context, value));
        }
    }

    /// An object of a property type (`what`, such as "an IntegrationResponse object"): `check`
    /// runs on it, or on each branch of an `Fn::If`.
    pub fn object(
        &mut self,
        value: &Json,
        what: &str,
        check: &dyn Fn(&mut Checker<'_>, &Map<String, Json>),
    ) {
        match value {
            Json::Object(map) if function_call(value).is_none() => check(self, map),
            Json::Object(_) => self.intrinsic(value, Expect::Object(what), &|c, v| {
                c.object(v, what, check)
            }),
            other => self.type_problem(other, what),
        }
    }

    /// A list: `item` runs on each element.
    pub fn list(&mut self, value: &Json, item: &dyn Fn(&mut Checker<'_>, &Json)) {
        match value {
            Json::Array(items) => {
                for (i, element) in items.iter().enumerate() {
                    self.nest(Segment::Index(i), |c| item(c, element));
                }
            }
            Json::Object(_) if function_call(value).is_some() => {
                self.intrinsic(value, Expect::List, &|c, v| c.list(v, item))
            }
            other => self.type_problem(other, "a list"),
        }
    }

    /// A map with string keys: `item` runs on each value.
    pub fn map(&mut self, value: &Json, item: &dyn Fn(&mut Checker<'_>, &Json)) {
        match value {
            Json::Object(entries) if function_call(value).is_none() => {
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
    pub fn scalar(&mut self, value: &Json, kind: Scalar) {
        if kind != Scalar::Json && value.as_str() == Some("AWS::NoValue") {
            self.problem(&LITERAL_NO_VALUE, Some(value), "", "");
        }
        let ok = match (kind, value) {
            (Scalar::Json, _) => {
                self.bounded_depth(value);
                true
            }
            (_, Json::Object(_)) if function_call(value).is_some() => {
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
            (Scalar::Boolean, Json::String(s)) => crate::value::boolean_text(s).is_some(),
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
        value: &Json,
        expect: Expect<'_>,
        branch: &dyn Fn(&mut Checker<'_>, &Json),
    ) {
        let Some((function, arguments)) = function_call(value) else {
            return;
        };
        let Some(name) = value.as_object().and_then(|o| o.keys().next()) else {
            return;
        };
        let Some(function) = function else {
            let known: Vec<&str> = Function::ALL.iter().map(|f| f.name()).collect();
            let allowed = format!(
                "{name} is not an intrinsic function; known: {}",
                known.join(", ")
            );
            return self.problem_at(
                Segment::Name(name),
                &INTRINSIC_FUNCTION,
                Some(value),
                &allowed,
                "",
            );
        };
        if let Some(problem) = function.argument_problem(arguments) {
            return self.problem_at(
                Segment::Name(name),
                &INTRINSIC_FUNCTION,
                Some(value),
                &problem,
                "",
            );
        }
        // An `Fn::If` is one level, as it is one function call of the template (its branches
        // are not a level of their own).
        if function == Function::If {
            return self.nest(Segment::Name(name), |c| {
                for i in [1, 2] {
                    if let Some(choice) = arguments.get(i).filter(|v| !is_no_value(v)) {
                        c.within_branch(Segment::Index(i), |c| branch(c, choice));
                    }
                }
            });
        }
        // The arguments of other functions are loaded as they are written (`Fn::Sub` variables,
        // `Fn::ToJsonString` values...), so they must be shallow enough to clone, write and drop.
        if !self.at(name, |c| c.bounded_depth(arguments)) {
            return;
        }
        let wrong = match expect {
            Expect::Scalar => function
                .returns_list()
                .then(|| format!("{function} returns a list, and a single value belongs here")),
            Expect::List => function
                .returns_scalar()
                .then(|| format!("{function} returns a single value, and a list belongs here")),
            Expect::Object(what) => (function != Function::Transform).then(|| {
                format!("{function} cannot produce {what}; use a literal object or Fn::If")
            }),
        };
        if let Some(allowed) = wrong {
            self.problem(&INTRINSIC_FUNCTION, Some(value), &allowed, "");
        }
    }

    // ----- rules: one method per kind of rule of the spec -----

    /// `true` when the condition certainly holds for a property's value (`None` when absent):
    /// a rule that depends on a value hidden behind an intrinsic function does not apply.
    pub fn holds(&self, value: Option<&Json>, condition: &Condition) -> bool {
        evaluate(value, condition, self.references, 0) == Truth::Yes
    }

    /// `true` when the condition certainly holds for the value of a fact of the context, which
    /// is `None` when the fact is unknown.
    pub fn fact_holds(&self, fact: Option<&str>, condition: &Condition) -> bool {
        fact.is_some_and(|text| literal_truth(condition, text) == Truth::Yes)
    }

    /// `Present: true`: the property `name` must be present; reported at `/name` when it
    /// certainly is absent.
    pub fn require_present(&mut self, value: Option<&Json>, name: &str, rule: &Rule) {
        if value.is_none_or(is_no_value) {
            self.problem_at(Segment::Name(name), rule, None, "", name);
        }
    }

    /// `Present: false`: the property `name` must be absent; reported when it certainly is
    /// present.
    pub fn require_absent(&mut self, value: Option<&Json>, name: &str, rule: &Rule) {
        if let Some(value) = value.filter(|v| !is_no_value(v)) {
            if !may_be_absent(value, 0) {
                self.problem_at(Segment::Name(name), rule, Some(value), "", name);
            }
        }
    }

    /// `AllowedValues` (or `In`): each literal value of `name` must be one of `values`.
    pub fn allowed_values(
        &mut self,
        value: Option<&Json>,
        name: &str,
        values: &[&str],
        rule: &Rule,
    ) {
        self.leaves(value, name, &mut |c, json, leaf| {
            let fits = match leaf {
                Leaf::Scalar(v) => values.contains(&scalar_text(v).as_ref()),
                Leaf::Skeleton(skeleton) => values.iter().any(|v| glob(&skeleton.parts, v)),
                Leaf::Composite | Leaf::Opaque => true,
            };
            if !fits {
                c.problem(rule, Some(json), &values.join(", "), name);
            }
        });
    }

    /// `Format`: each value of `name` must match one of `formats`.
    pub fn formats(&mut self, value: Option<&Json>, name: &str, formats: &[&Format], rule: &Rule) {
        self.leaves(value, name, &mut |c, json, leaf| {
            if !leaf_matches(&leaf, formats, Holes::AnyText) {
                c.problem(rule, Some(json), &describe(formats), name);
            }
        });
    }

    /// `NotFormat`: no value of `name` may match `format`.
    pub fn not_format(&mut self, value: Option<&Json>, name: &str, format: &Format, rule: &Rule) {
        self.leaves(value, name, &mut |c, json, leaf| {
            let certain = match leaf {
                Leaf::Composite | Leaf::Opaque => false,
                _ => leaf_matches(&leaf, &[format], Holes::Token),
            };
            if certain {
                c.problem(rule, Some(json), format.description, name);
            }
        });
    }

    /// `Minimum`: each literal number of `name` must be at least `minimum`.
    pub fn minimum(&mut self, value: Option<&Json>, name: &str, minimum: f64, rule: &Rule) {
        self.bound(value, name, minimum, |n| n < minimum, rule);
    }

    /// `Maximum`: each literal number of `name` must be at most `maximum`.
    pub fn maximum(&mut self, value: Option<&Json>, name: &str, maximum: f64, rule: &Rule) {
        self.bound(value, name, maximum, |n| n > maximum, rule);
    }

    /// A bound on the characters of a text (`Unit::Characters`: a literal of `name`, a number
    /// or boolean read as the text CloudFormation makes of it) or on the items of a list
    /// (`Unit::Items`: a literal list of `name`); a value of the other kind is the
    /// `value-type` rule's. A list is reported only when it certainly breaks the bound: its
    /// `{"Ref": "AWS::NoValue"}` items are not items, and an `Fn::If` item that may be one
    /// counts against a `Maximum` only when it certainly is not.
    pub fn size(&mut self, value: Option<&Json>, name: &str, size: Size, unit: Unit, rule: &Rule) {
        self.leaves(value, name, &mut |c, json, leaf| {
            // The fewest and the most the value can have.
            let (fewest, most) = match (unit, leaf, json) {
                (Unit::Characters, Leaf::Scalar(v), _) => {
                    let count = scalar_text(v).chars().count();
                    (count, count)
                }
                (Unit::Items, Leaf::Composite, Json::Array(items)) => {
                    let present = items.iter().filter(|i| !is_no_value(i));
                    let certain = present.clone().filter(|i| !may_be_absent(i, 0)).count();
                    (certain, present.count())
                }
                _ => return,
            };
            let (limit, broken) = match size {
                Size::AtLeast(n) => (n, most < n),
                Size::AtMost(n) => (n, fewest > n),
            };
            if broken {
                c.problem(rule, Some(json), &limit.to_string(), name);
            }
        });
    }

    /// Reports each literal number of `name` that is `beyond` the `limit`.
    fn bound(
        &mut self,
        value: Option<&Json>,
        name: &str,
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

    /// `KeyFormat`: each key of the map `name` must match one of `formats`.
    pub fn key_formats(
        &mut self,
        value: Option<&Json>,
        name: &str,
        formats: &[&Format],
        rule: &Rule,
    ) {
        self.each_key(value, name, &mut |c, key| {
            if !formats.iter().any(|f| f.matches(key)) {
                let shown = Json::String(key.to_owned());
                c.problem(rule, Some(&shown), &describe(formats), name);
            }
        });
    }

    /// `ValueFormat`: each value of the map `name` must match one of `formats`.
    pub fn value_formats(
        &mut self,
        value: Option<&Json>,
        name: &str,
        formats: &[&Format],
        rule: &Rule,
    ) {
        self.each_map_value(value, name, &mut |c, json, leaf| {
            if !leaf_matches(&leaf, formats, Holes::AnyText) {
                c.problem(rule, Some(json), &describe(formats), name);
            }
        });
    }

    /// `UniqueItems`: the literal items of the list `name` must be distinct; each repeat is
    /// reported.
    pub fn unique_items(&mut self, value: Option<&Json>, name: &str, rule: &Rule) {
        self.composites(value, name, &mut |c, json| {
            let Json::Array(items) = json else { return };
            let mut seen = BTreeSet::new();
            for (i, item) in items.iter().enumerate() {
                if (item.is_string() || item.is_number()) && !seen.insert(scalar_text(item)) {
                    c.problem_at(Segment::Index(i), rule, Some(item), "", name);
                }
            }
        });
    }

    /// `UniqueBy`: no two literal objects of the list `name` may have the same literal value of
    /// property `key` (`200` and `"200"` are the same); each repeat is reported.
    pub fn unique_by(&mut self, value: Option<&Json>, name: &str, key: &str, rule: &Rule) {
        self.composites(value, name, &mut |c, json| {
            let Json::Array(items) = json else { return };
            let mut seen = BTreeSet::new();
            for (i, item) in items.iter().enumerate() {
                let Some(value) = item.get(key).filter(|v| v.is_string() || v.is_number()) else {
                    continue;
                };
                if function_call(item).is_none() && !seen.insert(scalar_text(value)) {
                    c.within(Segment::Index(i), |c| {
                        c.problem_at(Segment::Name(key), rule, Some(value), "", name)
                    });
                }
            }
        });
    }

    /// `InContext`: each literal member of property `name` (its value, items, keys or values)
    /// that has the form `only` (when given) must be declared in the fact `declared`, when the
    /// fact is known.
    pub fn in_context<D: Declared + ?Sized>(
        &mut self,
        value: Option<&Json>,
        name: &str,
        members: Members,
        declared: Option<&D>,
        only: Option<&Format>,
        rule: &Rule,
    ) {
        let Some(declared) = declared else { return };
        // Listed once, for the first problem.
        let listing = std::cell::OnceCell::new();
        // The member's text, and the member as a message quotes it (made only for a problem).
        let check = |c: &mut Checker<'_>, text: &str, shown: &dyn Fn() -> Json| {
            if only.is_none_or(|f| f.matches(text)) && !declared.declares(text) {
                let allowed = listing.get_or_init(|| declared.listing());
                c.problem(rule, Some(&shown()), allowed, name);
            }
        };
        let check_literal = |c: &mut Checker<'_>, member: &Json| {
            if let Some(text) = facts::text(member) {
                check(c, &text, &|| member.clone());
            }
        };
        match members {
            Members::Value => self.leaves(value, name, &mut |c, _, leaf| {
                if let Leaf::Scalar(v) = leaf {
                    check_literal(c, v);
                }
            }),
            Members::Items => self.composites(value, name, &mut |c, json| {
                let Json::Array(items) = json else { return };
                for (i, item) in items.iter().enumerate() {
                    c.within(Segment::Index(i), |c| check_literal(c, item));
                }
            }),
            Members::Keys => self.each_key(value, name, &mut |c, key| {
                check(c, key, &|| Json::String(key.to_owned()));
            }),
            Members::Values => self.each_map_value(value, name, &mut |c, _, leaf| {
                if let Leaf::Scalar(v) = leaf {
                    check_literal(c, v);
                }
            }),
        }
    }

    /// Runs `f` on each leaf of property `name`, looking through `Fn::If`.
    fn leaves(
        &mut self,
        value: Option<&Json>,
        name: &str,
        f: &mut dyn FnMut(&mut Checker<'_>, &Json, Leaf<'_>),
    ) {
        if let Some(value) = value {
            self.at(name, |c| c.each_leaf(value, 0, f));
        }
    }

    /// Runs `f` one level down at each key of each literal map that property `name` can be.
    fn each_key(
        &mut self,
        value: Option<&Json>,
        name: &str,
        f: &mut dyn FnMut(&mut Checker<'_>, &str),
    ) {
        self.composites(value, name, &mut |c, json| {
            let Json::Object(entries) = json else { return };
            for key in entries.keys() {
                c.at(key, |c| f(c, key));
            }
        });
    }

    /// Runs `f` on each leaf of each value of each literal map that property `name` can be, at
    /// the value's key.
    fn each_map_value(
        &mut self,
        value: Option<&Json>,
        name: &str,
        f: &mut dyn FnMut(&mut Checker<'_>, &Json, Leaf<'_>),
    ) {
        self.composites(value, name, &mut |c, json| {
            let Json::Object(entries) = json else { return };
            for (key, value) in entries {
                c.at(key, |c| c.each_leaf(value, 0, f));
            }
        });
    }

    /// Runs `f` on each literal list or map that property `name` can be.
    fn composites(
        &mut self,
        value: Option<&Json>,
        name: &str,
        f: &mut dyn FnMut(&mut Checker<'_>, &Json),
    ) {
        self.leaves(value, name, &mut |c, json, leaf| {
            if let Leaf::Composite = leaf {
                f(c, json);
            }
        });
    }

    fn each_leaf(
        &mut self,
        value: &Json,
        depth: usize,
        f: &mut dyn FnMut(&mut Checker<'_>, &Json, Leaf<'_>),
    ) {
        if depth >= MAX_DEPTH {
            return;
        }
        let leaf = match function_call(value) {
            None if value.is_array() || value.is_object() => Leaf::Composite,
            None => Leaf::Scalar(value),
            Some((Some(Function::If), args)) => {
                return self.at(Function::If.name(), |c| {
                    for i in [1, 2] {
                        if let Some(choice) = args.get(i).filter(|v| !is_no_value(v)) {
                            c.within_branch(Segment::Index(i), |c| {
                                c.each_leaf(choice, depth + 1, f)
                            });
                        }
                    }
                });
            }
            Some((Some(Function::Ref | Function::GetAtt), _)) => {
                let referent = self.references.and_then(|r| references::resolve(r, value));
                match referent {
                    Some(Referent::Form { format, what }) => {
                        let skeleton = Skeleton {
                            parts: vec![Part::Of(format)],
                            notes: Vec::new(),
                        };
                        return self.noting(&what, |c| f(c, value, Leaf::Skeleton(skeleton)));
                    }
                    // Each value the parameter may have is checked as a literal written here,
                    // unless a condition chooses the branch it is in (and may rule some out).
                    Some(Referent::Values {
                        parameter, values, ..
                    }) if !self.conditional => {
                        for listed in values {
                            let note = format!(
                                "{} is a value of the parameter `{parameter}`",
                                quote(listed)
                            );
                            self.noting(&note, |c| c.each_leaf(listed, depth + 1, f));
                        }
                        return;
                    }
                    _ => Leaf::Opaque,
                }
            }
            Some((Some(function), args)) => {
                match skeleton::of_call(function, args, self.references) {
                    Some(skeleton) if !skeleton.notes.is_empty() => {
                        let note = skeleton.notes.join("; ");
                        return self.noting(&note, |c| f(c, value, Leaf::Skeleton(skeleton)));
                    }
                    Some(skeleton) => Leaf::Skeleton(skeleton),
                    None => Leaf::Opaque,
                }
            }
            Some((None, _)) => Leaf::Opaque,
        };
        f(self, value, leaf);
    }
}

/// A bound on the size of a value: the characters of a text, or the items of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// At least this many.
    AtLeast(usize),
    /// At most this many.
    AtMost(usize),
}

/// What a [`Size`] counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// The characters (Unicode scalar values) of a text.
    Characters,
    /// The items of a list.
    Items,
}

/// What of a property an `InContext` rule checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The kind of value an intrinsic function stands for.
#[derive(Clone, Copy)]
enum Expect<'a> {
    Scalar,
    List,
    Object(&'a str),
}

/// Whether the condition holds for a property's value (`None` when absent), looking through
/// `Fn::If` and into `Fn::Sub` / `Fn::Join` skeletons.
fn evaluate(
    value: Option<&Json>,
    cond: &Condition,
    references: Option<&dyn References>,
    depth: usize,
) -> Truth {
    if let Test::Present(wanted) = cond.test {
        let present = match value.filter(|v| !is_no_value(v)) {
            None => Truth::No,
            Some(v) if may_be_absent(v, 0) => Truth::Unknown,
            Some(_) => Truth::Yes,
        };
        return match (wanted, present) {
            (_, Truth::Unknown) => Truth::Unknown,
            (true, present) => present,
            (false, present) => Truth::of(present == Truth::No),
        };
    }
    let Some(value) = value.filter(|v| !is_no_value(v)) else {
        return match cond.default {
            Some(default) => test_text(&cond.test, default),
            None => Truth::Unknown,
        };
    };
    match function_call(value) {
        None if value.is_array() || value.is_object() => Truth::Unknown,
        None => literal_truth(cond, &scalar_text(value)),
        Some((Some(Function::If), args)) if depth < MAX_DEPTH => {
            let first = evaluate(args.get(1), cond, references, depth + 1);
            first.merge(evaluate(args.get(2), cond, references, depth + 1))
        }
        Some((Some(function), args)) => {
            let referent = references.and_then(|r| references::resolve(r, value));
            let parts = match referent {
                // A parameter that can take no value but those listed: the condition holds
                // when it holds for each.
                Some(Referent::Values { values, .. }) if depth < MAX_DEPTH => {
                    return values
                        .into_iter()
                        .map(|v| evaluate(Some(v), cond, references, depth + 1))
                        .reduce(Truth::merge)
                        .unwrap_or(Truth::Unknown);
                }
                Some(Referent::Form { format, .. }) => vec![Part::Of(format)],
                _ => match skeleton::of_call(function, args, references) {
                    Some(skeleton) => skeleton.parts,
                    None => return Truth::Unknown,
                },
            };
            let (Test::Format(format) | Test::NotFormat(format)) = cond.test else {
                return Truth::Unknown;
            };
            let matches = match format.narrowest_match(&parts) {
                Some(Holes::Token) => Truth::Yes,
                Some(Holes::AnyText) => Truth::Unknown,
                None => Truth::No,
            };
            match (cond.test, matches) {
                (Test::NotFormat(_), Truth::Yes) => Truth::No,
                (Test::NotFormat(_), Truth::No) => Truth::Yes,
                _ => matches,
            }
        }
        Some((None, _)) => Truth::Unknown,
    }
}

/// Whether the condition holds for a literal value: unknown for a value outside the
/// property's allowed values (a mistake reported already).
fn literal_truth(cond: &Condition, text: &str) -> Truth {
    if cond.allowed.is_some_and(|allowed| !allowed.contains(&text)) {
        return Truth::Unknown;
    }
    test_text(&cond.test, text)
}

fn test_text(test: &Test, text: &str) -> Truth {
    Truth::of(match test {
        Test::In(values) => values.contains(&text),
        Test::NotIn(values) => !values.contains(&text),
        Test::Format(format) => format.matches(text),
        Test::NotFormat(format) => !format.matches(text),
        Test::Present(wanted) => *wanted,
    })
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

fn leaf_matches(leaf: &Leaf<'_>, formats: &[&Format], holes: Holes) -> bool {
    match leaf {
        Leaf::Scalar(Json::String(text)) => text_matches(text, formats, holes),
        Leaf::Scalar(v) => {
            let text = scalar_text(v);
            formats.iter().any(|f| f.matches(&text))
        }
        Leaf::Skeleton(skeleton) => formats
            .iter()
            .any(|f| f.matches_parts(&skeleton.parts, holes)),
        Leaf::Composite | Leaf::Opaque => true,
    }
}

/// Does the literal string `text` match one of `formats`? API Gateway itself substitutes
/// `${stageVariables.NAME}` in a literal at run time (`http://${stageVariables.host}/pets`),
/// so those are holes too.
fn text_matches(text: &str, formats: &[&Format], holes: Holes) -> bool {
    let as_written = || formats.iter().any(|f| f.matches(text));
    // A hole of any text may be the text written, so a literal that matches as written
    // matches whatever its stage variables are, and need not be searched for them.
    if holes == Holes::AnyText && as_written() {
        return true;
    }
    match skeleton::of_stage_variables(text) {
        Some(parts) => formats.iter().any(|f| f.matches_parts(&parts, holes)),
        None => holes == Holes::Token && as_written(),
    }
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
            // A hole of a form is taken as any text: `glob` decides only that a value may be
            // one of the allowed values.
            Part::Hole | Part::Of(_) => {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_reported_at_the_pointer_of_their_place() {
        let mut report = Report::new();
        let value = serde_json::json!({"a": {"b": [1]}});
        let mut checker = Checker::new(&mut report);
        checker.at("a/b", |c| {
            c.within(Segment::Index(0), |c| {
                c.problem(&VALUE_TYPE, Some(&value), "x", "")
            })
        });
        checker.at("c~d", |c| c.problem(&VALUE_TYPE, None, "y", ""));
        assert_eq!(
            report.iter().map(Problem::path).collect::<Vec<_>>(),
            ["/a~1b/0", "/c~0d"]
        );
    }

    #[test]
    fn glob_matches_holes_against_any_text_in_linear_time() {
        assert!(glob(&skeleton::of_sub("WHEN_${X}_MATCH"), "WHEN_NO_MATCH"));
        assert!(!glob(&skeleton::of_sub("NEVER_${X}"), "NEVER"));
        let many_holes = "${a}".repeat(5_000);
        assert!(!glob(
            &skeleton::of_sub(&format!("{many_holes}!")),
            "WHEN_NO_TEMPLATES"
        ));
    }
}
