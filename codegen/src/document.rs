//! Reading a CloudFormation documentation page (the markdown of the AWS CloudFormation User
//! Guide) into the structural facts it states: the type it documents, and for each property its
//! anchor, description, type, required status, update behaviour and, where the page states
//! them, allowed values, bounds and pattern. [`derive()`] turns a [`Page`] into the spec's own
//! vocabulary.
//!
//! The format read is the one of the pages in `spec/docs/`:
//!
//! ```text
//! # AWS::Service::Resource PropertyType<a name="anchor"></a>      (a resource page: no PropertyType)
//! Introduction…
//! ## Syntax … (JSON and YAML blocks, skipped)
//! ## Properties<a name="…"></a>
//!
//! `Name`  <a name="property-anchor"></a>
//! Description, any number of lines…
//! *Required*: Yes | No | Conditional
//! *Type*: String | List of String | Map of String | [Other](other.md) | List of [Other](other.md) …
//! *Allowed values*: `A | B`            (optional; also *Minimum*, *Maximum*, *Pattern*)
//! *Update requires*: [No interruption](…) | [Replacement](…) | [Some interruptions](…)
//!
//! ## See also …
//! ```
//!
//! Newer pages put a heading's anchor on the line after it, write `Array of` for `List of` and
//! `Object of` for `Map of`; both are accepted. Parsing never panics: every input that is not a
//! page of this format gives a [`PageError`] naming the page and the 1-based line.

mod derived;
pub(crate) mod markdown;

use std::collections::BTreeMap;

pub use derived::{
    DerivedAllowedValues, DerivedDocument, DerivedProperty, DerivedReturnValue, DerivedSpec,
    DerivedType, allowed_values_name, cite, derive, documentation_url, undescribed_as_json,
};
pub(crate) use derived::{TypeFields, type_fields};
pub use markdown::unescape;

/// A page that is not of the documentation format: the page, the line and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{page}:{line}: {message}")]
pub struct PageError {
    /// The page, as the caller named it.
    pub page: String,
    /// The 1-based line.
    pub line: usize,
    /// What was expected there, and what was found.
    pub message: String,
}

/// What a page documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// A resource type (`# AWS::ApiGateway::Method`).
    ResourceType,
    /// A property type (`# AWS::ApiGateway::Method Integration`).
    PropertyType,
}

/// The facts a documentation page states.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The page, as the caller named it (used in errors).
    pub file: String,
    /// The file name without folders and `.md`: the page's name on the documentation site.
    pub stem: String,
    /// Whether the page documents a resource type or a property type.
    pub kind: PageKind,
    /// The full type name: `AWS::ApiGateway::Method.Integration` for the title
    /// `AWS::ApiGateway::Method Integration`, `AWS::ApiGateway::Method` for a resource page.
    pub type_name: String,
    /// The anchor of the title.
    pub anchor: String,
    /// The 1-based line of the title.
    pub title_line: usize,
    /// The introduction (everything between the title and the first section), unescaped.
    pub description: String,
    /// The properties, by name.
    pub properties: BTreeMap<String, DocumentedProperty>,
    /// Every anchor (`<a name="…">`) outside code blocks, with the line it is on.
    pub anchors: BTreeMap<String, usize>,
    /// What `Ref` and `Fn::GetAtt` of the resource yield (`## Return values`), in the page's
    /// order; none for a property type, or a page without the section.
    pub return_values: Vec<DocumentedReturnValue>,
}

/// A return value a resource page documents.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentedReturnValue {
    /// `Ref`, or the attribute `Fn::GetAtt` names (`Arn`, `Endpoint.Address`).
    pub name: String,
    /// The anchor of its heading (`Ref`) or of its paragraph (an attribute).
    pub anchor: String,
    /// The 1-based line of the heading or paragraph.
    pub line: usize,
    /// Its paragraph, unescaped.
    pub description: String,
}

/// One property paragraph of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentedProperty {
    /// The property's name (`CacheKeyParameters`).
    pub name: String,
    /// The paragraph's anchor (`cfn-apigateway-method-integration-cachekeyparameters`).
    pub anchor: String,
    /// The 1-based line of the paragraph's first line, the one with the anchor.
    pub line: usize,
    /// The description: the lines between the anchor line and the `*Required*` line, each
    /// right-trimmed, joined with `\n`, with markdown escapes undone outside code spans.
    pub description: String,
    /// `*Type*`.
    pub value_type: ValueType,
    /// `*Required*`.
    pub required: Requirement,
    /// `*Update requires*`.
    pub update: UpdateBehavior,
    /// `*Allowed values*`, when the page states them.
    pub allowed_values: Option<Vec<String>>,
    /// `*Minimum*`, when the page states it (a length or count for a String or List).
    pub minimum: Option<serde_json::Number>,
    /// `*Maximum*`, when the page states it (a length or count for a String or List).
    pub maximum: Option<serde_json::Number>,
    /// `*Pattern*`, when the page states it, verbatim.
    pub pattern: Option<String>,
}

/// The primitive types a page may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Primitive {
    /// `String`.
    String,
    /// `Integer`.
    Integer,
    /// `Long`.
    Long,
    /// `Double`.
    Double,
    /// `Boolean`.
    Boolean,
    /// `Timestamp`.
    Timestamp,
    /// `Json`.
    Json,
}

impl Primitive {
    /// Every primitive, in the order errors list them.
    pub const ALL: [Primitive; 7] = [
        Primitive::String,
        Primitive::Integer,
        Primitive::Long,
        Primitive::Double,
        Primitive::Boolean,
        Primitive::Timestamp,
        Primitive::Json,
    ];

    /// The name, as both the page and the spec spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Primitive::String => "String",
            Primitive::Integer => "Integer",
            Primitive::Long => "Long",
            Primitive::Double => "Double",
            Primitive::Boolean => "Boolean",
            Primitive::Timestamp => "Timestamp",
            Primitive::Json => "Json",
        }
    }

    /// The primitive of this name, as both the page and the spec spell it.
    pub fn from_name(name: &str) -> Option<Primitive> {
        Primitive::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

/// The items of a list or map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemType {
    /// `List of String`.
    Primitive(Primitive),
    /// `List of [IntegrationResponse](…)`: a property type, by its short name.
    PropertyType(String),
}

/// A property's `*Type*`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueType {
    /// `String`, `Integer`…
    Primitive(Primitive),
    /// `List of …` (newer pages: `Array of …`).
    List(ItemType),
    /// `Map of …` (newer pages: `Object of …`).
    Map(ItemType),
    /// `[Integration](…)`: a property type, by its short name.
    PropertyType(String),
}

/// A property's `*Required*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// `Yes`.
    Yes,
    /// `No`.
    No,
    /// `Conditional`: the description says when.
    Conditional,
}

impl Requirement {
    /// The spec's `Required` and `Conditional` for this requirement, in that order.
    pub fn spec_flags(self) -> (bool, bool) {
        match self {
            Requirement::Yes => (true, false),
            Requirement::No => (false, false),
            Requirement::Conditional => (false, true),
        }
    }
}

/// A property's `*Update requires*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateBehavior {
    /// `No interruption`: the spec's `Mutable`.
    NoInterruption,
    /// `Replacement`: the spec's `Immutable`.
    Replacement,
    /// `Some interruptions`: the spec's `Conditional`.
    SomeInterruptions,
    /// `Updates are not supported.`: a change is not applied in place, the spec's `Immutable`.
    NotSupported,
}

impl UpdateBehavior {
    /// The spec's `UpdateType` for this behaviour.
    pub fn update_type(self) -> &'static str {
        match self {
            UpdateBehavior::NoInterruption => "Mutable",
            UpdateBehavior::Replacement => "Immutable",
            UpdateBehavior::SomeInterruptions => "Conditional",
            UpdateBehavior::NotSupported => "Immutable",
        }
    }

    /// The page's words for this behaviour.
    pub fn as_str(self) -> &'static str {
        match self {
            UpdateBehavior::NoInterruption => "No interruption",
            UpdateBehavior::Replacement => "Replacement",
            UpdateBehavior::SomeInterruptions => "Some interruptions",
            UpdateBehavior::NotSupported => "Updates are not supported",
        }
    }
}

/// The attributes a property paragraph may state after its description, as the page spells
/// their keys. A key outside this list is an error: a fact the page states that nothing reads
/// would drift unnoticed.
const ATTRIBUTES: [&str; 7] = [
    "Required",
    "Type",
    "Allowed values",
    "Minimum",
    "Maximum",
    "Pattern",
    "Update requires",
];

/// One line of the page, with whether it is inside a fenced code block.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    number: usize,
    text: &'a str,
    in_code: bool,
}

/// Splits a page into lines, marking those inside fenced code blocks (``` or ~~~), where
/// nothing is a heading, an anchor or a property.
fn lines(text: &str) -> Vec<Line<'_>> {
    let mut fence: Option<(char, usize)> = None;
    let mut out = Vec::new();
    for (i, text) in text.lines().enumerate() {
        let trimmed = text.trim_start();
        let run = |c: char| trimmed.len() - trimmed.trim_start_matches(c).len();
        let in_code = match fence {
            Some((c, n)) => {
                // A closing fence is a run at least as long as the opening one, alone on its line.
                if run(c) >= n && trimmed.trim_start_matches(c).trim().is_empty() {
                    fence = None;
                }
                true
            }
            None => {
                for c in ['`', '~'] {
                    // A backtick fence's info string cannot hold a backtick (```a``` is code
                    // inline, not a fence).
                    let info = trimmed.trim_start_matches(c);
                    if run(c) >= 3 && !(c == '`' && info.contains('`')) {
                        fence = Some((c, run(c)));
                    }
                }
                fence.is_some()
            }
        };
        out.push(Line {
            number: i + 1,
            text,
            in_code,
        });
    }
    out
}

/// Every anchor (`<a name="…">`) outside code blocks, with the 1-based line it is first on.
pub fn anchors(text: &str) -> BTreeMap<String, usize> {
    anchors_of(&lines(text))
}

/// An attribute paragraph of `Fn::GetAtt`: `` `Endpoint.Address`  <a name="…"></a> `` → its
/// name and anchor.
fn attribute_anchor(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim().strip_prefix('`')?;
    let (name, rest) = rest.split_once('`')?;
    let is_name = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    if !is_name {
        return None;
    }
    Some((name, markdown::lone_anchor(rest)?))
}

/// A heading of `level` (`## Properties<a name="…"></a>`): its text and inline anchor.
fn heading(line: &Line<'_>, level: usize) -> Option<(String, Option<String>)> {
    if line.in_code {
        return None;
    }
    let hashes = line.text.len() - line.text.trim_start_matches('#').len();
    if hashes != level {
        return None;
    }
    let rest = line.text.get(hashes..)?;
    if !rest.starts_with(' ') {
        return None;
    }
    let (text, anchor) = markdown::split_anchor(rest);
    Some((text.trim().to_owned(), anchor.map(str::to_owned)))
}

/// Whether a line is a heading of level 1 or 2, which ends the section before it.
fn ends_section(line: &Line<'_>) -> bool {
    heading(line, 1).is_some() || heading(line, 2).is_some()
}

struct Parser<'a> {
    file: &'a str,
    lines: Vec<Line<'a>>,
}

impl Parser<'_> {
    fn error(&self, line: usize, message: impl Into<String>) -> PageError {
        PageError {
            page: self.file.to_owned(),
            line,
            message: message.into(),
        }
    }

    /// The last line's number, where an error about something missing from the page points.
    fn end(&self) -> usize {
        self.lines.len().max(1)
    }

    /// The index of the first non-blank line at or after `from`.
    fn skip_blank(&self, from: usize) -> usize {
        let mut i = from;
        while self.lines.get(i).is_some_and(|l| l.text.trim().is_empty()) {
            i += 1;
        }
        i
    }

    /// The anchor of a heading: inline, or alone on the next non-blank line (newer pages).
    /// Returns it with the index of the first line after the heading and its anchor.
    fn heading_anchor(&self, index: usize, inline: Option<String>) -> (Option<String>, usize) {
        if inline.is_some() {
            return (inline, index + 1);
        }
        let next = self.skip_blank(index + 1);
        match self
            .lines
            .get(next)
            .and_then(|l| markdown::lone_anchor(l.text))
        {
            Some(anchor) => (Some(anchor.to_owned()), next + 1),
            None => (None, index + 1),
        }
    }

    fn parse(&self) -> Result<Page, PageError> {
        let mut first = self.skip_blank(0);
        // Newer pages open with a YAML front matter (`---`, `title: …`, `---`) and a banner
        // paragraph before their title.
        if self
            .lines
            .get(first)
            .is_some_and(|l| l.text.trim() == "---")
        {
            let end = (first + 1..self.lines.len()).find(|&i| self.lines[i].text.trim() == "---");
            if let Some(end) = end {
                first = (end + 1..self.lines.len())
                    .find(|&i| heading(&self.lines[i], 1).is_some())
                    .unwrap_or_else(|| self.skip_blank(end + 1));
            }
        }
        let Some(title_line) = self.lines.get(first) else {
            return Err(self.error(self.end(), "the page is empty; expected a title `# AWS::Service::Resource[ PropertyType]<a name=\"anchor\"></a>`"));
        };
        let Some((title, inline)) = heading(title_line, 1) else {
            return Err(self.error(
                title_line.number,
                format!(
                    "expected the title `# AWS::Service::Resource[ PropertyType]<a name=\"anchor\"></a>`, found {}",
                    code(title_line.text.trim())
                ),
            ));
        };
        let (kind, type_name) = self.type_name(title_line.number, &title)?;
        let (anchor, after_title) = self.heading_anchor(first, inline);
        let Some(anchor) = anchor else {
            return Err(self.error(
                title_line.number,
                "the title has no anchor `<a name=\"…\"></a>`",
            ));
        };
        let description = self.introduction(after_title);
        let properties_at = self
            .lines
            .iter()
            .position(|l| heading(l, 2).is_some_and(|(text, _)| text == "Properties"));
        // A type without properties (an empty object, as MediaLive has dozens of, or
        // `AWS::CloudFormation::WaitConditionHandle`) has no `## Properties` section. A page
        // that states `*Required*` somewhere has properties: its section's heading is wrong,
        // and reading none would drop them all.
        let properties = match properties_at {
            Some(at) => self.properties(at)?,
            None => {
                let stated = self
                    .lines
                    .iter()
                    .find(|l| !l.in_code && l.text.trim_start().starts_with("*Required*"));
                if let Some(line) = stated {
                    return Err(self.error(
                        line.number,
                        "a property paragraph outside a `## Properties` section",
                    ));
                }
                BTreeMap::new()
            }
        };
        let return_values = self.return_values()?;
        Ok(Page {
            file: self.file.to_owned(),
            stem: page_stem(self.file),
            kind,
            type_name,
            anchor,
            title_line: title_line.number,
            description,
            properties,
            anchors: anchors_of(&self.lines),
            return_values,
        })
    }

    /// The `## Return values` section: the paragraph after `### Ref`, and each attribute
    /// paragraph (`` `Name`  <a name="…"></a> ``) after `### Fn::GetAtt`; other prose is
    /// the page's explanation of the functions.
    fn return_values(&self) -> Result<Vec<DocumentedReturnValue>, PageError> {
        let Some(start) = self
            .lines
            .iter()
            .position(|l| heading(l, 2).is_some_and(|(text, _)| text == "Return values"))
        else {
            return Ok(Vec::new());
        };
        let mut values = Vec::new();
        let mut i = start + 1;
        while let Some(line) = self.lines.get(i) {
            if ends_section(line) {
                break;
            }
            let found = match heading(line, 3) {
                Some((text, inline)) if text == "Ref" => {
                    let (anchor, next) = self.heading_anchor(i, inline);
                    let Some(anchor) = anchor else {
                        return Err(self.error(
                            line.number,
                            "the `### Ref` heading has no anchor `<a name=\"…\"></a>`",
                        ));
                    };
                    Some(("Ref".to_owned(), anchor, self.skip_blank(next)))
                }
                _ => attribute_anchor(line.text)
                    .filter(|_| !line.in_code)
                    .map(|(name, anchor)| (name.to_owned(), anchor.to_owned(), i + 1)),
            };
            let Some((name, anchor, from)) = found else {
                // A paragraph that starts like an attribute's but does not name one.
                if !line.in_code && markdown::property_anchor_text(line.text).is_some() {
                    return Err(self.error(
                        line.number,
                        format!(
                            "expected an attribute name (letters, digits, _ and .) before the anchor, found {}",
                            code(line.text.trim())
                        ),
                    ));
                }
                i += 1;
                continue;
            };
            if let Some(first) = values
                .iter()
                .find(|v: &&DocumentedReturnValue| v.name == name)
            {
                return Err(self.error(
                    line.number,
                    format!(
                        "the return value `{name}` is documented twice (first at line {})",
                        first.line
                    ),
                ));
            }
            let paragraph: Vec<&str> = self
                .lines
                .iter()
                .skip(from)
                .take_while(|l| {
                    !l.text.trim().is_empty() && !ends_section(l) && heading(l, 3).is_none()
                })
                .map(|l| l.text.trim())
                .collect();
            if paragraph.is_empty() {
                return Err(self.error(
                    line.number,
                    format!("the return value `{name}` has no description"),
                ));
            }
            i = from + paragraph.len();
            values.push(DocumentedReturnValue {
                name,
                anchor,
                line: line.number,
                description: markdown::unescape(&paragraph.join(" ")),
            });
        }
        Ok(values)
    }

    /// `AWS::ApiGateway::Method Integration` → `AWS::ApiGateway::Method.Integration`.
    fn type_name(&self, line: usize, title: &str) -> Result<(PageKind, String), PageError> {
        let expected = || {
            self.error(
                line,
                format!(
                    "a title naming a resource type (`AWS::Service::Resource`) and, for a property type, its name (`AWS::Service::Resource PropertyType`), found {}",
                    code(title)
                ),
            )
        };
        // Some titles are code (`` `AWS::CloudFormation::Init` ``).
        let title = title.trim_matches('`');
        let (resource, property_type) = match title.split_once(' ') {
            Some((resource, name)) => (resource, Some(name.trim())),
            None => (title, None),
        };
        let segments: Vec<&str> = resource.split("::").collect();
        let word =
            |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if segments.len() != 3 || !segments.iter().all(|s| word(s)) {
            return Err(expected());
        }
        match property_type {
            None => Ok((PageKind::ResourceType, resource.to_owned())),
            Some(name) if word(name) => Ok((PageKind::PropertyType, format!("{resource}.{name}"))),
            Some(_) => Err(expected()),
        }
    }

    /// The lines from `from` up to the first section's heading, blank lines at either end
    /// dropped.
    fn introduction(&self, from: usize) -> String {
        let body: Vec<&str> = self
            .lines
            .iter()
            .skip(from)
            .take_while(|l| !ends_section(l))
            .map(|l| l.text.trim_end())
            .collect();
        markdown::unescape(body.join("\n").trim_matches('\n'))
    }

    /// The property paragraphs of the `## Properties` section whose heading is at `index`.
    fn properties(&self, index: usize) -> Result<BTreeMap<String, DocumentedProperty>, PageError> {
        let heading_line = self.lines.get(index).map_or(self.end(), |l| l.number);
        let inline = self
            .lines
            .get(index)
            .and_then(|l| heading(l, 2))
            .and_then(|(_, anchor)| anchor);
        let (_, mut i) = self.heading_anchor(index, inline);
        let mut properties: BTreeMap<String, DocumentedProperty> = BTreeMap::new();
        loop {
            i = self.skip_blank(i);
            let Some(line) = self.lines.get(i) else { break };
            if ends_section(line) {
                break;
            }
            let Some((name, anchor)) =
                markdown::property_anchor(line.text).filter(|_| !line.in_code)
            else {
                return Err(self.error(
                    line.number,
                    format!(
                        "expected a property paragraph starting `` `Name`  <a name=\"anchor\"></a> ``, found {}",
                        code(line.text.trim())
                    ),
                ));
            };
            if let Some(first) = properties.get(name) {
                return Err(self.error(
                    line.number,
                    format!(
                        "property `{name}` is documented twice (first at line {})",
                        first.line
                    ),
                ));
            }
            let (property, next) = self.property(i, name, anchor)?;
            properties.insert(name.to_owned(), property);
            i = next;
        }
        if properties.is_empty() {
            return Err(self.error(
                heading_line,
                "the Properties section has no property paragraph",
            ));
        }
        Ok(properties)
    }

    /// The paragraph of property `name` whose anchor line is at `start`, and the index of the
    /// line after it.
    fn property(
        &self,
        start: usize,
        name: &str,
        anchor: &str,
    ) -> Result<(DocumentedProperty, usize), PageError> {
        let first_line = self.lines.get(start).map_or(self.end(), |l| l.number);
        // The description runs to the `*Required*` line; anything that ends the paragraph
        // before it means the paragraph is unterminated.
        let mut i = start + 1;
        let mut description = Vec::new();
        loop {
            let Some(line) = self.lines.get(i) else {
                return Err(self.error(
                    first_line,
                    format!("the paragraph of property `{name}` has no `*Required*` line before the page ends"),
                ));
            };
            if !line.in_code {
                if markdown::attribute(line.text).is_some_and(|(key, _)| key == "Required") {
                    break;
                }
                if ends_section(line) || markdown::property_anchor(line.text).is_some() {
                    return Err(self.error(
                        first_line,
                        format!(
                            "the paragraph of property `{name}` has no `*Required*` line before line {}",
                            line.number
                        ),
                    ));
                }
            }
            description.push(line.text.trim_end());
            i += 1;
        }
        let mut attributes: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
        while let Some(line) = self.lines.get(i) {
            if line.text.trim().is_empty() || ends_section(line) {
                break;
            }
            let Some((key, value)) = markdown::attribute(line.text).filter(|_| !line.in_code)
            else {
                return Err(self.error(
                    line.number,
                    format!(
                        "expected an attribute line `*Key*: value` of property `{name}` or a blank line, found {}",
                        code(line.text.trim())
                    ),
                ));
            };
            let Some(known) = ATTRIBUTES.iter().find(|k| **k == key) else {
                return Err(self.error(
                    line.number,
                    format!(
                        "unknown attribute `*{key}*` of property `{name}`; expected one of {}",
                        ATTRIBUTES.map(|k| format!("*{k}*")).join(", ")
                    ),
                ));
            };
            if let Some((earlier, _)) = attributes.insert(known, (line.number, value)) {
                return Err(self.error(
                    line.number,
                    format!("attribute `*{key}*` of property `{name}` is repeated (first at line {earlier})"),
                ));
            }
            i += 1;
        }
        let required_value = |key: &str| {
            attributes.get(key).copied().ok_or_else(|| {
                self.error(
                    first_line,
                    format!("the paragraph of property `{name}` has no `*{key}*` line"),
                )
            })
        };
        let (line, value) = required_value("Required")?;
        let required = self.requirement(line, value)?;
        let (line, value) = required_value("Type")?;
        let value_type = self.value_type(line, value)?;
        let (line, value) = required_value("Update requires")?;
        let update = self.update_behavior(line, value)?;
        let allowed_values = match attributes.get("Allowed values") {
            Some(&(line, value)) => Some(self.allowed_values(line, value)?),
            None => None,
        };
        let bound = |key: &str| match attributes.get(key) {
            Some(&(line, value)) => self.number(line, key, value).map(Some),
            None => Ok(None),
        };
        let minimum = bound("Minimum")?;
        let maximum = bound("Maximum")?;
        let pattern = match attributes.get("Pattern") {
            Some(&(_, value)) if !value.is_empty() => Some(markdown::literal(value)),
            Some(&(line, _)) => {
                return Err(
                    self.error(line, "expected a pattern after `*Pattern*:`, found nothing")
                );
            }
            None => None,
        };
        let property = DocumentedProperty {
            name: name.to_owned(),
            anchor: anchor.to_owned(),
            line: first_line,
            description: markdown::unescape(&description.join("\n")),
            value_type,
            required,
            update,
            allowed_values,
            minimum,
            maximum,
            pattern,
        };
        Ok((property, i))
    }

    fn requirement(&self, line: usize, value: &str) -> Result<Requirement, PageError> {
        match value {
            "Yes" => Ok(Requirement::Yes),
            "No" => Ok(Requirement::No),
            "Conditional" => Ok(Requirement::Conditional),
            other => Err(self.error(
                line,
                format!(
                    "expected `*Required*: Yes`, `No` or `Conditional`, found {}",
                    code(other)
                ),
            )),
        }
    }

    fn value_type(&self, line: usize, value: &str) -> Result<ValueType, PageError> {
        let item = |text: &str| -> Option<ItemType> {
            match markdown::link(text) {
                // A container is not a property type (`[List](page.md)` alone says nothing).
                Some((label, _)) if ["List", "Array", "Map", "Object"].contains(&label) => None,
                Some((label, _)) => property_type_name(label).map(ItemType::PropertyType),
                None => Primitive::from_name(text).map(ItemType::Primitive),
            }
        };
        // `[List](page.md) of [Item](page.md)`: the container is a link too.
        let written = value;
        let unlinked;
        let value = match value.strip_prefix('[').and_then(|v| v.split_once("](")) {
            Some((label, rest)) if ["List", "Array", "Map", "Object"].contains(&label) => {
                match rest.split_once(')') {
                    Some((_, rest)) if rest.starts_with(" of ") => {
                        unlinked = format!("{label}{rest}");
                        unlinked.as_str()
                    }
                    _ => value,
                }
            }
            _ => value,
        };
        let list = value
            .strip_prefix("List of ")
            .or_else(|| value.strip_prefix("Array of "));
        let map = value
            .strip_prefix("Map of ")
            .or_else(|| value.strip_prefix("Object of "));
        let parsed = match (list, map) {
            (Some(i), _) => item(i.trim()).map(ValueType::List),
            (_, Some(i)) => item(i.trim()).map(ValueType::Map),
            _ => item(value).map(|i| match i {
                ItemType::Primitive(p) => ValueType::Primitive(p),
                ItemType::PropertyType(name) => ValueType::PropertyType(name),
            }),
        };
        parsed.ok_or_else(|| {
            self.error(
                line,
                format!(
                    "expected a `*Type*` of {}, `[PropertyType](page.md)`, or `List of`/`Map of` one of these, found {}",
                    Primitive::ALL.map(Primitive::as_str).join(", "),
                    code(written)
                ),
            )
        })
    }

    fn update_behavior(&self, line: usize, value: &str) -> Result<UpdateBehavior, PageError> {
        let words = markdown::link(value).map_or(value, |(label, _)| label);
        let words = markdown::unescape(words);
        let words = words.trim_end_matches('.');
        [
            UpdateBehavior::NoInterruption,
            UpdateBehavior::Replacement,
            UpdateBehavior::SomeInterruptions,
            UpdateBehavior::NotSupported,
        ]
        .into_iter()
        .find(|b| b.as_str() == words)
        .ok_or_else(|| {
            self.error(
                line,
                format!("expected `*Update requires*: [No interruption](…)`, `[Replacement](…)`, `[Some interruptions](…)` or `Updates are not supported.`, found {}", code(value)),
            )
        })
    }

    fn allowed_values(&self, line: usize, value: &str) -> Result<Vec<String>, PageError> {
        let values: Vec<String> = markdown::literal(value)
            .split('|')
            .map(|v| v.trim().to_owned())
            .collect();
        if values.iter().any(String::is_empty) {
            return Err(self.error(
                line,
                format!(
                    "expected `` *Allowed values*: `A | B` ``, non-empty values separated by `|`, found {}",
                    code(value)
                ),
            ));
        }
        Ok(values)
    }

    fn number(&self, line: usize, key: &str, value: &str) -> Result<serde_json::Number, PageError> {
        let text = markdown::literal(value);
        let number = text
            .parse::<i64>()
            .ok()
            .map(serde_json::Number::from)
            .or_else(|| text.parse::<u64>().ok().map(serde_json::Number::from))
            .or_else(|| {
                text.parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
            });
        number.ok_or_else(|| {
            self.error(
                line,
                format!("expected a number after `*{key}*:`, found {}", code(value)),
            )
        })
    }
}

/// The anchors of lines outside code blocks, first occurrence kept.
fn anchors_of(lines: &[Line<'_>]) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for line in lines.iter().filter(|l| !l.in_code) {
        for anchor in markdown::anchors_in(line.text) {
            found.entry(anchor.to_owned()).or_insert(line.number);
        }
    }
    found
}

/// Text quoted as a code span in an error, with the longer delimiters a backtick inside needs.
fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// A property type's short name as a page links it: one identifier.
fn property_type_name(label: &str) -> Option<String> {
    let ok = !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ok.then(|| label.to_owned())
}

/// `spec/docs/aws-properties-apitgateway-method-integration.md` →
/// `aws-properties-apitgateway-method-integration`.
pub fn page_stem(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    name.strip_suffix(".md").unwrap_or(name).to_owned()
}

/// Parses a documentation page. `file` names the page in errors and gives its
/// [`stem`](Page::stem).
pub fn parse_page(file: &str, text: &str) -> Result<Page, PageError> {
    Parser {
        file,
        lines: lines(text),
    }
    .parse()
}
