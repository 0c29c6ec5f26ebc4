//! Whole CloudFormation templates (with the `template` feature): JSON or YAML text is read with
//! the position of every value, each `AWS::ApiGateway::Method` is found, and its Integration is
//! checked, each problem with its JSON Pointer from the template root and its line and column.

mod json;
mod located;
mod yaml;

use crate::runtime::report::{Problem, Report, Severity};
use crate::runtime::value::{Function, escape_pointer, function_call};
use crate::{CheckContext, Integration};
use located::Located;
use serde_json::{Map, Value as Json};
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

/// The resource type whose Integration this crate checks.
const METHOD_TYPE: &str = "AWS::ApiGateway::Method";

/// How deep `Fn::If` may nest in a Method's `RequestParameters` before its keys count as
/// unknown (the same limit as the checks use).
const MAX_CONDITION_DEPTH: usize = crate::runtime::check::MAX_DEPTH;

/// A CloudFormation template: its JSON, and, when it was read from text, where each value is
/// written. Needs the `template` feature.
///
/// ```
/// use cfn_apigateway_integration::Template;
///
/// let template = Template::parse(
///     "Resources:
///   GetPets:
///     Type: AWS::ApiGateway::Method
///     Properties:
///       HttpMethod: GET
///       Integration:
///         Type: HTTP_PROXY
///         IntegrationHttpMethod: GET
///         Uri: example.com/pets
/// ",
/// )?;
/// let findings = template.check();
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].path(), "/Resources/GetPets/Properties/Integration/Uri");
/// assert_eq!(findings[0].rule(), "integration-uri-http-form");
/// assert_eq!(findings[0].to_string().split(": ").next(), Some("9:9"));
/// # Ok::<(), cfn_apigateway_integration::TemplateError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    json: Json,
    positions: Option<Located>,
}

impl Template {
    /// Reads a template from JSON or YAML text: JSON when the first character that is not
    /// blank is `{` (as CloudFormation decides), YAML otherwise.
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        let text = without_byte_order_mark(text);
        if text.trim_start().starts_with('{') {
            Template::from_json_str(text)
        } else {
            Template::from_yaml_str(text)
        }
    }

    /// Reads a JSON template. Duplicate keys are an error (a reader would keep only one of
    /// them).
    pub fn from_json_str(text: &str) -> Result<Template, TemplateError> {
        let (json, positions) = json::parse(without_byte_order_mark(text))?;
        Template::new(json, Some(positions))
    }

    /// Reads a YAML template, with the short-form tags (`!Ref`, `!Sub`, `!GetAtt a.b`, `!If`,
    /// ...) read as their long forms (`{"Ref": ...}`, `{"Fn::Sub": ...}`, ...).
    ///
    /// Plain scalars follow the YAML 1.2 core schema, except that integers written with
    /// leading zeros (account ids) stay text. Errors: YAML aliases and a second document
    /// (CloudFormation supports neither), duplicate keys, and tags other than intrinsic
    /// functions and the core schema's (`!!str`).
    pub fn from_yaml_str(text: &str) -> Result<Template, TemplateError> {
        let (json, positions) = yaml::parse(without_byte_order_mark(text))?;
        Template::new(json, Some(positions))
    }

    /// A template already read into JSON. Its findings have no line and column.
    pub fn from_value(json: Json) -> Result<Template, TemplateError> {
        Template::new(json, None)
    }

    fn new(json: Json, positions: Option<Located>) -> Result<Template, TemplateError> {
        if json.is_object() {
            return Ok(Template { json, positions });
        }
        let message = format!(
            "a template is a mapping of sections (Resources, Parameters, ...), not {}",
            describe_json(&json)
        );
        Err(match &positions {
            Some(located) => TemplateError::at(located.position, message),
            None => TemplateError::new(message),
        })
    }

    /// The template as JSON (short-form tags already read as long forms).
    pub fn as_json(&self) -> &Json {
        &self.json
    }

    /// The template as JSON, by value.
    pub fn into_json(self) -> Json {
        self.json
    }

    /// Where the value at `pointer` (RFC 6901, from the template root) is written: for a
    /// mapping entry, where its key starts; for a list item, where the item starts; for a
    /// value that does not exist, where the deepest value on the way to it is. `None` for a
    /// template that was not read from text.
    pub fn position(&self, pointer: &str) -> Option<Position> {
        self.positions.as_ref().map(|located| located.find(pointer))
    }

    /// Every `AWS::ApiGateway::Method` resource, in the order they are written (by logical id
    /// for a template not read from text). Resources whose `Type` is not literally
    /// `AWS::ApiGateway::Method` are not Methods.
    pub fn methods(&self) -> Vec<Method<'_>> {
        let Some(resources) = self.json.get("Resources").and_then(Json::as_object) else {
            return Vec::new();
        };
        let mut methods: Vec<Method<'_>> = resources
            .iter()
            .filter(|(_, resource)| {
                resource.get("Type").and_then(Json::as_str) == Some(METHOD_TYPE)
            })
            .map(|(logical_id, resource)| Method {
                logical_id,
                properties: resource
                    .get("Properties")
                    .filter(|p| function_call(p).is_none())
                    .and_then(Json::as_object),
            })
            .collect();
        methods.sort_by_cached_key(|method| self.position(&method.path()));
        methods
    }

    /// Checks the Integration of every Method (with the Method's `RequestParameters` as the
    /// context of `CacheKeyParameters`): every problem, ordered by line and column, each with
    /// its JSON Pointer from the template root.
    ///
    /// A template without `Resources`, a Method without an `Integration` (or with
    /// `Ref: AWS::NoValue`) has nothing to check; an Integration written as `Fn::If` is
    /// checked branch by branch.
    pub fn check(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        for method in self.methods() {
            for problem in method.check().with_prefix(&method.integration_path()) {
                findings.push(Finding {
                    position: self.position(problem.path()),
                    logical_id: method.logical_id.to_owned(),
                    problem,
                });
            }
        }
        // Stable: problems at the same place keep the order the rules found them in.
        findings.sort_by_key(|finding| finding.position);
        findings
    }
}

impl FromStr for Template {
    type Err = TemplateError;

    /// [`Template::parse`].
    fn from_str(text: &str) -> Result<Template, TemplateError> {
        Template::parse(text)
    }
}

fn without_byte_order_mark(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn describe_json(json: &Json) -> &'static str {
    match json {
        Json::Null => "an empty value",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "a list",
        Json::Object(_) => "a mapping",
    }
}

/// One `AWS::ApiGateway::Method` resource of a [`Template`]. Needs the `template` feature.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Method<'t> {
    logical_id: &'t str,
    /// `None` when `Properties` is absent or not a literal mapping.
    properties: Option<&'t Map<String, Json>>,
}

impl<'t> Method<'t> {
    /// The logical id of the resource (its key in `Resources`).
    pub fn logical_id(&self) -> &'t str {
        self.logical_id
    }

    /// The JSON Pointer of the resource: `/Resources/LOGICAL_ID`.
    pub fn path(&self) -> String {
        format!("/Resources/{}", escape_pointer(self.logical_id))
    }

    /// The JSON Pointer of its Integration: `/Resources/LOGICAL_ID/Properties/Integration`.
    pub fn integration_path(&self) -> String {
        format!("{}/Properties/Integration", self.path())
    }

    /// The resource's `Properties`, when they are a literal mapping.
    pub fn properties(&self) -> Option<&'t Map<String, Json>> {
        self.properties
    }

    /// The `Integration` property as written, or `None` when it is absent or
    /// `Ref: AWS::NoValue`.
    pub fn integration(&self) -> Option<&'t Json> {
        self.properties?
            .get("Integration")
            .filter(|integration| !is_no_value(integration))
    }

    /// What the Integration's checks need to know about this Method: the keys of its
    /// `RequestParameters`.
    ///
    /// No `RequestParameters` declares none. Keys that depend on `Fn::If` are the keys of
    /// either branch; any other intrinsic function makes them unknown, and the check that
    /// needs them is skipped rather than guessed.
    pub fn context(&self) -> CheckContext {
        let declared = match self.properties.and_then(|p| p.get("RequestParameters")) {
            None => Some(BTreeSet::new()),
            Some(parameters) => declared_keys(parameters, 0),
        };
        match declared {
            Some(keys) => CheckContext::new().with_method_request_parameters(keys),
            None => CheckContext::new(),
        }
    }

    /// Checks the Integration with this Method's [`context`](Self::context): the problems,
    /// with pointers relative to the Integration. Empty when there is no Integration.
    pub fn check(&self) -> Report {
        match self.integration() {
            Some(integration) => Integration::check_with(integration, &self.context()),
            None => Report::new(),
        }
    }
}

fn is_no_value(value: &Json) -> bool {
    matches!(function_call(value), Some((Some(Function::Ref), Json::String(name))) if name == "AWS::NoValue")
}

/// The keys `RequestParameters` may have: a literal mapping's keys, the union of both branches
/// of an `Fn::If`, none for `AWS::NoValue`; `None` when they depend on another function.
fn declared_keys(parameters: &Json, depth: usize) -> Option<BTreeSet<String>> {
    if is_no_value(parameters) {
        return Some(BTreeSet::new());
    }
    match function_call(parameters) {
        None => parameters
            .as_object()
            .map(|entries| entries.keys().cloned().collect()),
        Some((Some(Function::If), arguments)) if depth < MAX_CONDITION_DEPTH => {
            let branches = arguments.as_array()?;
            let mut keys = declared_keys(branches.get(1)?, depth + 1)?;
            keys.extend(declared_keys(branches.get(2)?, depth + 1)?);
            Some(keys)
        }
        Some(_) => None,
    }
}

/// A line and a column in template text, both counted from 1; columns count characters.
/// Needs the `template` feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    line: usize,
    column: usize,
}

impl Position {
    /// The position at `line` and `column`, both counted from 1.
    pub fn new(line: usize, column: usize) -> Self {
        Position { line, column }
    }

    /// The line, counted from 1.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column, counted from 1 in characters.
    pub fn column(&self) -> usize {
        self.column
    }
}

/// `LINE:COLUMN`.
impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A problem in one Method's Integration, placed in the template. Needs the `template`
/// feature.
///
/// `Display` prints `LINE:COLUMN: SEVERITY RULE: MESSAGE` (the JSON Pointer in place of the
/// line and column for a template not read from text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    problem: Problem,
    position: Option<Position>,
    logical_id: String,
}

impl Finding {
    /// The RFC 6901 JSON Pointer of the value to change, from the template root
    /// (`/Resources/MyMethod/Properties/Integration/Uri`).
    pub fn path(&self) -> &str {
        self.problem.path()
    }

    /// Where the value is written (see [`Template::position`]); for a missing property, where
    /// the object that should hold it is. `None` for a template not read from text.
    pub fn position(&self) -> Option<Position> {
        self.position
    }

    /// The stable id of the rule that found the problem (see [`crate::RULES`]).
    pub fn rule(&self) -> &str {
        self.problem.rule()
    }

    /// Whether the problem is an error or a warning.
    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }

    /// The message: quotes the bad value and states what is allowed.
    pub fn message(&self) -> &str {
        self.problem.message()
    }

    /// The logical id of the Method whose Integration has the problem.
    pub fn logical_id(&self) -> &str {
        &self.logical_id
    }

    /// The problem, with its pointer from the template root.
    pub fn problem(&self) -> &Problem {
        &self.problem
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(position) => write!(f, "{position}")?,
            None => f.write_str(self.path())?,
        }
        write!(
            f,
            ": {} {}: {}",
            self.severity(),
            self.rule(),
            self.message()
        )
    }
}

/// Why text is not a template that can be checked: what is wrong, and where. Needs the
/// `template` feature.
///
/// `Display` prints `LINE:COLUMN: MESSAGE` when the place is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    message: String,
    position: Option<Position>,
}

impl TemplateError {
    fn new(message: impl Into<String>) -> Self {
        TemplateError {
            message: message.into(),
            position: None,
        }
    }

    fn at(position: Position, message: impl Into<String>) -> Self {
        TemplateError {
            message: message.into(),
            position: Some(position),
        }
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where, when it is known.
    pub fn position(&self) -> Option<Position> {
        self.position
    }
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(position) => write!(f, "{position}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for TemplateError {}
