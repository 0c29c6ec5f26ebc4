//! Whole CloudFormation templates (with the `template` feature): JSON or YAML text is read with
//! the position of every value, each resource of a type the spec describes (every
//! `AWS::ApiGateway::*` REST resource type; a Method whole, with its authorizer) is checked, each
//! problem with its JSON Pointer from the template root and its line and column.

mod json;
mod located;
mod references;
mod yaml;

use crate::{Method, RESOURCE_TYPES};
use cfn_apigateway_runtime::value::{needs_escape, push_escaped};
use cfn_apigateway_runtime::{Problem, Report, ResourceType, Rule, Severity};
use located::Located;
use references::Declarations;
pub use references::{
    CONDITION_UNDECLARED, METHOD_AUTHORIZER_REST_API, METHOD_AUTHORIZER_TYPE, REFERENCE_UNDECLARED,
};
use serde_json::Value as Json;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// Escapes one reference token of a JSON Pointer (RFC 6901: `~` as `~0`, `/` as `~1`).
fn escape_pointer(token: &str) -> std::borrow::Cow<'_, str> {
    if token.bytes().any(needs_escape) {
        let mut escaped = String::with_capacity(token.len() + 2);
        push_escaped(&mut escaped, token);
        escaped.into()
    } else {
        token.into()
    }
}

/// A template without a `Resources` mapping of at least one resource: CloudFormation refuses it
/// ("At least one Resources member must be defined"), and there is nothing to check in it.
pub const TEMPLATE_RESOURCES: Rule = Rule {
    id: "template-resources",
    severity: Severity::Error,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html",
    type_name: "",
    message: "a template has a Resources mapping with at least one resource, and CloudFormation refuses one without; this one has {value}, so nothing was checked",
};

/// An `AWS::ApiGateway::Method` resource without `Properties`: CloudFormation refuses it, for the
/// properties a Method requires.
pub const METHOD_PROPERTIES: Rule = Rule {
    id: "method-properties",
    severity: Severity::Error,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html",
    type_name: "",
    message: "a Method has Properties, with at least HttpMethod, RestApiId and ResourceId; this one has none",
};

/// A resource without `Properties` of a type that requires some (other than the Method, which
/// has [`METHOD_PROPERTIES`]): CloudFormation refuses it, for the properties it requires.
pub const RESOURCE_PROPERTIES: Rule = Rule {
    id: "resource-properties",
    severity: Severity::Error,
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html",
    type_name: "",
    message: "a resource of type {value} requires Properties (at least: {allowed}), and CloudFormation refuses one without; this one has none",
};

/// The rules of templates rather than of a Method's properties: the rules a [`Finding`] may
/// have beside the spec's `RULES`.
pub const TEMPLATE_RULES: &[&Rule] = &[
    &TEMPLATE_RESOURCES,
    &METHOD_PROPERTIES,
    &RESOURCE_PROPERTIES,
    &REFERENCE_UNDECLARED,
    &CONDITION_UNDECLARED,
    &METHOD_AUTHORIZER_TYPE,
    &METHOD_AUTHORIZER_REST_API,
];

/// Where the values of a template are written.
#[derive(Debug, Clone)]
enum Positions {
    /// A template not read from text.
    Unknown,
    /// Found when first asked, in the text kept for it: a template without findings never
    /// needs them, and reading it keeps nothing but its value.
    Deferred {
        syntax: Syntax,
        text: Box<str>,
        located: OnceLock<Located>,
    },
}

/// What a template's text is written in.
#[derive(Debug, Clone, Copy)]
enum Syntax {
    Json,
    Yaml,
}

impl Positions {
    fn located(&self) -> Option<&Located> {
        match self {
            Positions::Unknown => None,
            Positions::Deferred {
                syntax,
                text,
                located,
            } => Some(located.get_or_init(|| match syntax {
                Syntax::Json => json::locate(text),
                Syntax::Yaml => yaml::locate(text),
            })),
        }
    }
}

/// How many levels deep mappings and lists may nest in template text. Real templates nest a
/// few dozen levels at most; the limit keeps the recursive walks over the result (and dropping
/// it) far from the stack's end. It is what `serde_json`'s recursion limit lets through (a
/// test pins that), and the YAML reader enforces the same.
const MAX_NESTING: usize = 127;

/// A CloudFormation template: its JSON, and, when it was read from text, where each value is
/// written. Needs the `template` feature.
///
/// There is no `PartialEq`: whether two templates are "equal" depends on whether where their
/// values are written matters, so compare what you mean, usually
/// `a.as_json() == b.as_json()` (a YAML template and its JSON twin are equal that way).
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
///       RestApiId: !Ref Api
///       ResourceId: !Ref PetsResource
///       Integration:
///         Type: HTTP_PROXY
///         IntegrationHttpMethod: GET
///         Uri: example.com/pets
///   Api:
///     Type: AWS::ApiGateway::RestApi
///   PetsResource:
///     Type: AWS::ApiGateway::Resource
///     Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: pets}
/// ",
/// )?;
/// let findings = template.check();
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].path(), "/Resources/GetPets/Properties/Integration/Uri");
/// assert_eq!(findings[0].rule(), "integration-uri-http-form");
/// assert_eq!(findings[0].to_string().split(": ").next(), Some("11:9"));
/// # Ok::<(), cfn_apigateway_integration::TemplateError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Template {
    json: Json,
    positions: Positions,
}

impl Template {
    /// Reads a template from JSON or YAML text: JSON when the first character that is not
    /// blank is `{`, YAML otherwise.
    ///
    /// Text that starts with `{` but is not valid JSON is read again as YAML, where it is a
    /// flow mapping (`{Resources: {...}}`, or JSON with a trailing comma); when YAML cannot
    /// read it either, the error is the JSON one, which is what such text almost always was
    /// meant to be.
    ///
    /// ```
    /// use cfn_apigateway_integration::Template;
    ///
    /// let flow = Template::parse("{Resources: {}, Description: yes}")?;
    /// assert_eq!(flow.as_json(), &serde_json::json!({"Resources": {}, "Description": true}));
    ///
    /// let error = Template::parse("{\"Resources\": {}").expect_err("unclosed");
    /// assert_eq!(error.to_string(), "1:16: EOF while parsing an object");
    /// # Ok::<(), cfn_apigateway_integration::TemplateError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        let text = without_byte_order_mark(text);
        if !text.trim_start().starts_with('{') {
            return Template::from_yaml_str(text);
        }
        Template::from_json_str(text)
            .or_else(|json_error| Template::from_yaml_str(text).map_err(|_| json_error))
    }

    /// Reads a JSON template. Duplicate keys are an error (a reader would keep only one of
    /// them), as is nesting deeper than 127 levels (`serde_json`'s limit).
    ///
    /// Numbers are read by `serde_json` as it is built for this crate: an integer beyond the
    /// 64-bit range becomes the nearest float, and a number beyond the float range (`1e400`)
    /// makes the whole template an error (which [`Template::parse`] then reads as YAML, where
    /// `1e400` is text).
    ///
    /// The template keeps a copy of the text: where its values are written is found in it only
    /// when first asked ([`Template::position`], or a finding of [`Template::check`]), so that
    /// checking a template without findings costs no more than reading it and checking it.
    pub fn from_json_str(text: &str) -> Result<Template, TemplateError> {
        let text = without_byte_order_mark(text);
        let json = json::parse(text)?;
        let positions = Positions::Deferred {
            syntax: Syntax::Json,
            text: text.into(),
            located: OnceLock::new(),
        };
        Template::new(json, positions)
    }

    /// Reads a YAML template, with the short-form tags (`!Ref`, `!Sub`, `!GetAtt a.b`, `!If`,
    /// ...) read as their long forms (`{"Ref": ...}`, `{"Fn::Sub": ...}`, ...).
    ///
    /// Plain (unquoted, untagged) scalars are read as YAML 1.1, the version CloudFormation
    /// reads and cfn-lint reads with PyYAML's resolver: `yes`, `on`, `True` are `true` and
    /// `no`, `off`, `False` are `false`; `~`, `null` and nothing are null; `1_000`, `0b101`,
    /// `0x1F` and `-12` are integers; a float needs a `.` and an exponent needs a sign (`1.5`,
    /// `2.`, `1.0e+3`), so `1e3` and `1.5e3` are text, as is `0o17`. Two deliberate exceptions
    /// stay text as written:
    ///
    /// - integers with a leading zero (`0123`, `012345678901`): YAML 1.1 reads them as octal
    ///   (`0123` is 83), which is never what a template author means by an account id or a
    ///   part of an ARN;
    /// - base-60 numbers (`190:20:30`), which YAML 1.2 dropped and which in a template are
    ///   times or port pairs rather than numbers.
    ///
    /// Text JSON cannot hold as a number stays text too: `.inf`, `.nan`, floats beyond the
    /// float range and integers beyond 64 bits. Dates (`2024-06-01`) are text, and mapping
    /// keys are always text.
    ///
    /// Errors: YAML aliases (`*name`), merge keys (`<<`) and a second document (CloudFormation
    /// supports none of them), duplicate keys, nesting deeper than 127 levels (as for JSON),
    /// and tags other than the intrinsic functions (`!Name`), `!`, and the scalar types of YAML
    /// (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, each on text that reads as that type).
    ///
    /// Lines end at `\n`, `\r\n` or a lone `\r` (YAML counts all three; the JSON reader
    /// counts only `\n`, as `serde_json` does).
    pub fn from_yaml_str(text: &str) -> Result<Template, TemplateError> {
        let text = without_byte_order_mark(text);
        let json = yaml::parse(text)?;
        let positions = Positions::Deferred {
            syntax: Syntax::Yaml,
            text: text.into(),
            located: OnceLock::new(),
        };
        Template::new(json, positions)
    }

    /// A template already read into JSON. Its findings have no line and column.
    pub fn from_value(json: Json) -> Result<Template, TemplateError> {
        Template::new(json, Positions::Unknown)
    }

    fn new(json: Json, positions: Positions) -> Result<Template, TemplateError> {
        if json.is_object() {
            return Ok(Template { json, positions });
        }
        let message = format!(
            "a template is a mapping of sections (Resources, Parameters, ...), not {}",
            describe_json(&json)
        );
        Err(match positions.located() {
            Some(located) => TemplateError::at(located.root(), message),
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
        self.positions
            .located()
            .map(|located| located.find(pointer))
    }

    /// Every `AWS::ApiGateway::Method` resource, in the order they are written (for a template
    /// not read from text, in the order of its `Resources` map: by logical id, or as inserted
    /// when `serde_json`'s `preserve_order` is on). Resources whose `Type` is not literally
    /// `AWS::ApiGateway::Method` are not Methods.
    pub fn methods(&self) -> Vec<MethodResource<'_>> {
        let mut methods = self.unordered_methods();
        methods.sort_by_cached_key(|method| self.position(&method.path()));
        methods
    }

    /// The Methods in the order of the `Resources` map.
    fn unordered_methods(&self) -> Vec<MethodResource<'_>> {
        self.checked_resources()
            .filter(|(_, _, resource_type)| resource_type.name() == Method::TYPE_NAME)
            .map(|(logical_id, resource, _)| MethodResource {
                logical_id,
                properties: resource.get("Properties"),
                declarations: Declarations::of(&self.json, resource),
            })
            .collect()
    }

    /// The resources whose `Type` is literally one the spec describes, in the order of the
    /// `Resources` map: each logical id, resource and type.
    fn checked_resources(&self) -> impl Iterator<Item = (&str, &Json, &'static ResourceType)> {
        let resources = self.json.get("Resources").and_then(Json::as_object);
        resources
            .into_iter()
            .flatten()
            .filter_map(|(logical_id, resource)| {
                let name = resource.get("Type").and_then(Json::as_str)?;
                Some((logical_id.as_str(), resource, resource_type(name)?))
            })
    }

    /// Checks every resource whose `Type` is one of [`RESOURCE_TYPES`](crate::RESOURCE_TYPES)
    /// (a Method whole: its own rules, its Integration's and its MethodResponses', and the rules
    /// between them; a resource without the `Properties` its type requires is one problem of
    /// [`RESOURCE_PROPERTIES`]): every problem, ordered by line and column, each with its JSON
    /// Pointer from the template root.
    ///
    /// A template without a `Resources` mapping of at least one resource is one finding of
    /// [`TEMPLATE_RESOURCES`], at `/Resources` (CloudFormation refuses it, and nothing in it is
    /// checked). `Properties` written as `Fn::If` are checked branch by branch.
    pub fn check(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        let found = match self.json.get("Resources") {
            None => Some("no Resources"),
            Some(Json::Object(resources)) if resources.is_empty() => {
                Some("no resource in Resources")
            }
            Some(Json::Object(_)) => None,
            Some(other) => Some(match other {
                Json::Array(_) => "Resources as a list",
                Json::String(_) => "Resources as a string",
                Json::Null => "Resources empty",
                _ => "Resources as a number or boolean",
            }),
        };
        if let Some(found) = found {
            let rule = &TEMPLATE_RESOURCES;
            let message = rule.message.replace("{value}", found);
            findings.push(Finding {
                position: None,
                logical_id: String::new(),
                problem: Problem::new("/Resources".to_owned(), rule.id, rule.severity, message),
            });
        }
        for (logical_id, resource, resource_type) in self.checked_resources() {
            let declarations = Declarations::of(&self.json, resource);
            let report = check_resource(resource_type, resource.get("Properties"), &declarations);
            for problem in report.with_prefix(&properties_path(logical_id)) {
                findings.push(Finding {
                    position: None,
                    logical_id: logical_id.to_owned(),
                    problem,
                });
            }
        }
        // Where they are written is found only now, and only when something was found.
        if !findings.is_empty() {
            for finding in &mut findings {
                finding.position = self.position(finding.path());
            }
            // Stable: problems at the same place keep the order the rules found them in.
            findings.sort_by_key(|finding| finding.position);
        }
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
#[derive(Debug, Clone, PartialEq)]
pub struct MethodResource<'t> {
    logical_id: &'t str,
    /// `None` when the resource has no `Properties`.
    properties: Option<&'t Json>,
    /// What the template declares.
    declarations: Declarations<'t>,
}

impl<'t> MethodResource<'t> {
    /// The logical id of the resource (its key in `Resources`).
    pub fn logical_id(&self) -> &'t str {
        self.logical_id
    }

    /// The JSON Pointer of the resource: `/Resources/LOGICAL_ID`.
    pub fn path(&self) -> String {
        resource_path(self.logical_id)
    }

    /// The JSON Pointer of its properties: `/Resources/LOGICAL_ID/Properties`.
    pub fn properties_path(&self) -> String {
        properties_path(self.logical_id)
    }

    /// The resource's `Properties` as written (an object, or `Fn::If` choosing between
    /// objects), or `None` when it has none.
    pub fn properties(&self) -> Option<&'t Json> {
        self.properties
    }

    /// Checks the `Properties` as a [`Method`] of its template: the problems, with pointers
    /// relative to them. A reference stands for what the template says it is (a parameter's
    /// listed values, a text of the form of a pseudo parameter or of a resource's return value),
    /// a reference to nothing is a problem of [`REFERENCE_UNDECLARED`] or
    /// [`CONDITION_UNDECLARED`], and an authorizer of the template that cannot serve the Method
    /// one of [`METHOD_AUTHORIZER_TYPE`] or [`METHOD_AUTHORIZER_REST_API`]. A Method without
    /// `Properties` is one problem of [`METHOD_PROPERTIES`], where they belong.
    pub fn check(&self) -> Report {
        let method = resource_type(Method::TYPE_NAME).expect("the spec describes the Method");
        check_resource(method, self.properties, &self.declarations)
    }
}

/// The JSON Pointer of the resource `logical_id`: `/Resources/LOGICAL_ID`.
fn resource_path(logical_id: &str) -> String {
    format!("/Resources/{}", escape_pointer(logical_id))
}

/// The JSON Pointer of the properties of the resource `logical_id`.
fn properties_path(logical_id: &str) -> String {
    format!("{}/Properties", resource_path(logical_id))
}

/// The resource type of the spec named `name`, if the spec describes it.
fn resource_type(name: &str) -> Option<&'static ResourceType> {
    RESOURCE_TYPES
        .binary_search_by(|r| r.name().cmp(name))
        .ok()
        .map(|i| &RESOURCE_TYPES[i])
}

/// Checks the `Properties` of a resource of `resource_type` in its template (`None` when it
/// has none, as for a type with no required property): the problems, with pointers relative to
/// them. Beside the type's rules, a reference to nothing is a problem of
/// [`REFERENCE_UNDECLARED`] or [`CONDITION_UNDECLARED`]; and a Method is checked with its
/// authorizer, and must have `Properties` ([`METHOD_PROPERTIES`]). A resource of another type
/// without `Properties` is one problem of [`RESOURCE_PROPERTIES`] when its type requires some.
fn check_resource(
    resource_type: &ResourceType,
    properties: Option<&Json>,
    declarations: &Declarations<'_>,
) -> Report {
    let is_method = resource_type.name() == Method::TYPE_NAME;
    let properties = match properties {
        Some(properties) => properties,
        None if is_method => {
            let rule = &METHOD_PROPERTIES;
            let mut report = Report::new();
            let problem = Problem::new(
                String::new(),
                rule.id,
                rule.severity,
                rule.message.to_owned(),
            );
            report.push(problem);
            return report;
        }
        None => {
            // The properties it requires are missing: one problem where they belong, naming them.
            let report = resource_type.check(&Json::Object(serde_json::Map::new()), declarations);
            if report.is_empty() {
                return report;
            }
            let required: Vec<&str> = report
                .iter()
                .filter_map(|p| p.path().strip_prefix('/'))
                .collect();
            let rule = &RESOURCE_PROPERTIES;
            let mut missing = Report::new();
            missing.push(Problem::new(
                String::new(),
                rule.id,
                rule.severity,
                rule.message
                    .replace("{value}", resource_type.name())
                    .replace("{allowed}", &required.join(", ")),
            ));
            return missing;
        }
    };
    let mut report = resource_type.check(properties, declarations);
    references::check(properties, declarations, &mut report);
    if is_method {
        references::authorizer(properties, declarations, &mut report);
    }
    report
}

/// A line and a column in template text, both counted from 1. Needs the `template` feature.
///
/// Columns count Unicode scalar values (Rust `char`s): `é` and `😀` are one column each. An
/// editor that counts UTF-16 code units (the Language Server Protocol's default) counts
/// `😀` as two, and one that counts bytes counts `é` as two. A tab is one column.
///
/// Lines end at `\n` and `\r\n`; in YAML a lone `\r` ends a line too (YAML says so), in
/// JSON it does not (`serde_json` counts only `\n`).
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

    /// The column, counted from 1 in Unicode scalar values (see [`Position`]).
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

/// A problem in one resource (for a Method: its own properties, its Integration, its
/// MethodResponses, or between them), or of the template itself, placed in the template.
/// Needs the `template` feature.
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

    /// The logical id of the resource that has the problem (empty for a problem of the template
    /// itself, such as [`TEMPLATE_RESOURCES`]).
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

    /// A key written a second time in one mapping (JSON or YAML).
    fn duplicate_key(key: &str, position: Position, first: Position) -> Self {
        TemplateError::at(
            position,
            format!("duplicate key {key:?} (first at {first}); only one of them would count"),
        )
    }

    /// A state a reader never expects from the parser under it: reported rather than
    /// silently dropping part of the template.
    fn internal(position: Position, what: &str) -> Self {
        TemplateError::at(
            position,
            format!("internal error of the template reader: {what}; please report it"),
        )
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

#[cfg(test)]
mod tests {
    use super::escape_pointer;
    use std::borrow::Cow;

    #[test]
    fn tokens_are_escaped_only_when_they_need_it() {
        assert_eq!(escape_pointer("a~/b"), "a~0~1b");
        assert!(matches!(
            escape_pointer("ApiMethod"),
            Cow::Borrowed("ApiMethod")
        ));
    }
}
