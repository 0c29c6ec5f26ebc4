//! `check`: the spec against what its documentation pages state, in the terms
//! [`derive`](crate::document::derive()) writes them. Every structural fact a page states must
//! be the spec's, every property the spec cites a page for must still be on it, and every source
//! must resolve in the document it cites.

use std::collections::BTreeMap;
use std::fmt;

use super::{Loaded, ProvenanceError, load, sorted, type_fields, type_keys, type_text};
use crate::document::{self, DocumentedProperty, Page};
use crate::lower::JsonPath;
use crate::spec::{self, Spec, parse_source};

/// A structural fact of a property or type, as `check` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fact {
    /// The documentation URL.
    Documentation,
    /// The source: which document and anchor.
    Source,
    /// The description.
    Description,
    /// `PrimitiveType`, `Type`, `ItemType` and `PrimitiveItemType`.
    Type,
    /// `Required` and `Conditional`.
    Required,
    /// `UpdateType`.
    UpdateType,
    /// The allowed values, when the page states them.
    AllowedValues,
    /// `Minimum`, when the page states it.
    Minimum,
    /// `Maximum`, when the page states it.
    Maximum,
    /// `Pattern`, when the page states it.
    Pattern,
}

impl Fact {
    /// The keys of a spec property that state the fact: a `Corrections` entry for one of them
    /// departs from the page on purpose.
    fn keys(self) -> &'static [&'static str] {
        match self {
            Fact::Documentation => &["Documentation"],
            Fact::Source => &["Source"],
            Fact::Description => &["Description"],
            Fact::Type => &["PrimitiveType", "Type", "ItemType", "PrimitiveItemType"],
            Fact::Required => &["Required", "Conditional"],
            Fact::UpdateType => &["UpdateType"],
            Fact::AllowedValues => &["AllowedValues"],
            Fact::Minimum => &["Minimum"],
            Fact::Maximum => &["Maximum"],
            Fact::Pattern => &["Pattern"],
        }
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Fact::Documentation => "Documentation",
            Fact::Source => "Source",
            Fact::Description => "Description",
            Fact::Type => "Type",
            Fact::Required => "Required",
            Fact::UpdateType => "UpdateType",
            Fact::AllowedValues => "AllowedValues",
            Fact::Minimum => "Minimum",
            Fact::Maximum => "Maximum",
            Fact::Pattern => "Pattern",
        })
    }
}

/// A way the spec differs from its documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Discrepancy {
    /// The page documents a property the spec does not have.
    MissingFromSpec {
        /// The property type (`AWS::ApiGateway::Method.Integration`).
        type_name: String,
        /// The property.
        property: String,
        /// Where the page documents it (`DOCUMENT#ANCHOR`).
        source: String,
        /// The page and line (`spec/docs/….md:57`).
        at: String,
    },
    /// The spec has a property citing the page, which the page no longer documents.
    MissingFromDocument {
        /// The property type.
        type_name: String,
        /// The property.
        property: String,
        /// The spec's source for it.
        source: String,
    },
    /// A structural fact differs between the spec and the page.
    Differs {
        /// The property type.
        type_name: String,
        /// The property, or `None` for a fact of the type itself.
        property: Option<String>,
        /// Which fact.
        fact: Fact,
        /// What the spec says.
        spec: String,
        /// What the page says.
        document: String,
        /// The page and line.
        at: String,
    },
    /// A property the type's page does not document cites another page, with which nothing
    /// compares it: only its type's page is read for its facts.
    OtherPage {
        /// The property type.
        type_name: String,
        /// The property.
        property: String,
        /// The spec's source for it.
        source: String,
        /// The key of the type's page (`integration`).
        type_document: String,
    },
    /// A document's `Url` in `Documents` is not where the User Guide publishes the page (its
    /// [`Fact::Documentation`]).
    DocumentUrl {
        /// The document's key.
        key: String,
        /// The spec's `Url`.
        spec: String,
        /// The page's URL, from its file name.
        document: String,
        /// The page and the line of its title.
        at: String,
    },
    /// The page a property type cites documents another type.
    OtherType {
        /// The property type, as the spec names it.
        type_name: String,
        /// The type the page documents.
        document_type: String,
        /// The spec's source for the type.
        source: String,
    },
    /// A property is `Conditional` and no rule says when it is required: a fact the page
    /// states in prose, which a person writes as a rule (`Present` with the `When` of the
    /// prose).
    NotEnforced {
        /// The property type.
        type_name: String,
        /// The property.
        property: String,
        /// The property's source.
        source: String,
    },
    /// A property whose `Pattern` no rule checks: the checker matches a String's value only,
    /// with a pattern that compiles as a form.
    PatternNotChecked {
        /// The property type.
        type_name: String,
        /// The property.
        property: String,
        /// The pattern.
        pattern: String,
        /// Why it is not checked.
        reason: String,
    },
    /// A source cites an anchor or JSON pointer its document does not have.
    Unresolved {
        /// The JSON path of the source in the spec, as lowering writes paths
        /// (`PropertyTypes["…"].Properties.Uri.Source`).
        path: String,
        /// The source.
        source: String,
        /// Why it does not resolve.
        reason: String,
    },
}

impl fmt::Display for Discrepancy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Discrepancy::MissingFromSpec {
                type_name,
                property,
                source,
                at,
            } => write!(
                f,
                "{type_name} property {property}: documented at {at} ({source}), missing from the spec"
            ),
            Discrepancy::MissingFromDocument {
                type_name,
                property,
                source,
            } => write!(
                f,
                "{type_name} property {property}: in the spec (source {source}), no longer in the document"
            ),
            Discrepancy::Differs {
                type_name,
                property,
                fact,
                spec,
                document,
                at,
            } => {
                match property {
                    Some(property) => write!(f, "{type_name} property {property}: ")?,
                    None => write!(f, "{type_name}: ")?,
                }
                write!(
                    f,
                    "{fact} differs: the spec has {spec}; the document ({at}) has {document}"
                )
            }
            Discrepancy::NotEnforced {
                type_name,
                property,
                source,
            } => write!(
                f,
                "{type_name} property {property}: Conditional, and no rule says when it is required ({source}); write one, {{\"Assert\": {{\"Present\": true}}, \"When\": [...]}}"
            ),
            Discrepancy::PatternNotChecked {
                type_name,
                property,
                pattern,
                reason,
            } => write!(
                f,
                "{type_name} property {property}: the Pattern `{pattern}` is not checked: {reason}"
            ),
            Discrepancy::OtherPage {
                type_name,
                property,
                source,
                type_document,
            } => write!(
                f,
                "{type_name} property {property}: its source {source} cites another page than its type's ({type_document}), so nothing compares it with a paragraph"
            ),
            Discrepancy::DocumentUrl {
                key,
                spec,
                document,
                at,
            } => write!(
                f,
                "{}: {} differs: the spec has {spec}; the document ({at}) has {document}",
                JsonPath::default()
                    .key("Documents")
                    .key(key)
                    .key("Url")
                    .as_str(),
                Fact::Documentation
            ),
            Discrepancy::OtherType {
                type_name,
                document_type,
                source,
            } => write!(
                f,
                "{type_name}: its source {source} documents {document_type}, not {type_name}"
            ),
            Discrepancy::Unresolved {
                path,
                source,
                reason,
            } => write!(f, "{path}: source {source}: {reason}"),
        }
    }
}

/// What `check` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// The spec file.
    pub spec_file: String,
    /// Every discrepancy: documents' URLs first, then the properties of each type, then
    /// sources, in spec order.
    pub discrepancies: Vec<Discrepancy>,
    /// The `Conditional` properties no rule enforces yet ([`Discrepancy::NotEnforced`]): the
    /// spec agrees with its pages, and lacks a rule a person writes from the prose. Reported,
    /// not a difference.
    pub not_enforced: Vec<Discrepancy>,
    /// How many types (resource and property types) were compared with their page.
    pub property_types: usize,
    /// How many properties were compared with their paragraph.
    pub properties: usize,
    /// How many sources were resolved in their document.
    pub sources: usize,
}

impl CheckReport {
    /// Whether the spec matches its documents.
    pub fn is_clean(&self) -> bool {
        self.discrepancies.is_empty()
    }
}

impl fmt::Display for CheckReport {
    /// The report a maintainer reads: one line when clean, otherwise one line per discrepancy.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_clean() {
            write!(
                f,
                "{} matches its documents: {} types and {} properties compared, {} sources resolved",
                self.spec_file, self.property_types, self.properties, self.sources
            )?;
            if !self.not_enforced.is_empty() {
                write!(
                    f,
                    "\n{} facts are not enforced yet:",
                    self.not_enforced.len()
                )?;
                for fact in &self.not_enforced {
                    write!(f, "\n  {fact}")?;
                }
            }
            return Ok(());
        }
        write!(
            f,
            "{} differs from its documents ({} {}):",
            self.spec_file,
            self.discrepancies.len(),
            if self.discrepancies.len() == 1 {
                "difference"
            } else {
                "differences"
            }
        )?;
        for discrepancy in &self.discrepancies {
            write!(f, "\n  {discrepancy}")?;
        }
        Ok(())
    }
}

/// Compares `spec` with its documents, whose texts `documents` holds by document key.
///
/// Every document whose `Path` ends in `.md` is parsed as a documentation page, and its `Url`
/// must be where the User Guide publishes it. For each property type whose source is a
/// documentation page, the page must document that type, the type's `Documentation` and
/// `Source` must be the page's URL and title, and every property of the page is compared with
/// the spec's: Documentation, Source, Description, type keys, Required/Conditional, UpdateType,
/// and the allowed values, bounds and pattern where the page states them. This includes a
/// property whose source cites the registry schema: once the page documents it, its Source
/// differs. A property the page does not document must cite the registry schema (adopted
/// upstream): one citing the page is missing from it, one citing another page is reported as
/// not compared. Every source in the spec (allowed-values sets, context, property types,
/// properties, rules) must resolve: an anchor on its page, or a JSON pointer into its JSON
/// document.
///
/// Errors only when a document cannot be read as what its path says (a malformed page, invalid
/// JSON); every difference is a [`Discrepancy`] in the report.
pub fn check(
    spec: &Spec,
    documents: &BTreeMap<String, String>,
) -> Result<CheckReport, ProvenanceError> {
    let loaded = load(spec, documents)?;
    let mut report = CheckReport {
        spec_file: spec.file.clone(),
        discrepancies: Vec::new(),
        not_enforced: Vec::new(),
        property_types: 0,
        properties: 0,
        sources: 0,
    };
    for (key, doc) in &spec.documents {
        if let Some(Loaded::Page(page)) = loaded.get(key) {
            let published = document::documentation_url(&page.stem, None);
            if doc.url.as_deref() != Some(published.as_str()) {
                report.discrepancies.push(Discrepancy::DocumentUrl {
                    key: key.clone(),
                    spec: doc.url.clone().unwrap_or_default(),
                    document: published,
                    at: format!("{}:{}", page.file, page.title_line),
                });
            }
        }
    }
    for (_, type_name, pt) in spec.types() {
        compare_type(spec, &loaded, type_name, pt, &mut report);
        for (property, p) in &pt.properties {
            let enforced = pt.rules.iter().any(|rule| {
                rule.property.as_deref() == Some(property.as_str())
                    && rule.assert == crate::spec::Assertion::Present(true)
            });
            if let Some(pattern) = &p.pattern {
                let reason = if p.primitive_type.as_deref() != Some("String") {
                    Some("only a String's value is matched".to_owned())
                } else if p.allowed_values.is_some() {
                    Some("the value is one of its allowed values, checked instead".to_owned())
                } else {
                    crate::lower::compile_pattern(pattern)
                        .err()
                        .map(|e| format!("it does not compile as a form: {e}"))
                };
                if let Some(reason) = reason {
                    report.not_enforced.push(Discrepancy::PatternNotChecked {
                        type_name: type_name.clone(),
                        property: property.clone(),
                        pattern: pattern.clone(),
                        reason,
                    });
                }
            }
            if p.conditional && !enforced {
                report.not_enforced.push(Discrepancy::NotEnforced {
                    type_name: type_name.clone(),
                    property: property.clone(),
                    source: p.source.clone(),
                });
            }
        }
    }
    for (path, source) in sources(spec) {
        report.sources += 1;
        if let Err(reason) = resolve(spec, &loaded, source) {
            report.discrepancies.push(Discrepancy::Unresolved {
                path: path.as_str().to_owned(),
                source: source.to_owned(),
                reason,
            });
        }
    }
    Ok(report)
}

/// Every source in the spec, with its JSON path, in spec order.
fn sources(spec: &Spec) -> Vec<(JsonPath, &str)> {
    let root = JsonPath::default();
    let mut found = Vec::new();
    for (name, set) in &spec.allowed_values {
        let at = root.key("AllowedValues").key(name);
        found.push((at.key("Source"), set.source.as_str()));
    }
    for (name, form) in &spec.formats {
        let at = root.key("Formats").key(name);
        found.push((at.key("Source"), form.source.as_str()));
    }
    for (name, entry) in &spec.pseudo_parameters {
        let at = root.key("PseudoParameters").key(name);
        found.push((at.key("Source"), entry.source.as_str()));
    }
    for (resource_type, values) in &spec.return_values {
        for (name, entry) in &values.0 {
            let at = root.key("ReturnValues").key(resource_type).key(name);
            found.push((at.key("Source"), entry.source.as_str()));
        }
    }
    for (name, entry) in &spec.context {
        let at = root.key("Context").key(name);
        found.push((at.key("Source"), entry.source.as_str()));
    }
    for (section, type_name, pt) in spec.types() {
        let at = root.key(section).key(type_name);
        found.push((at.key("Source"), pt.source.as_str()));
        for (name, attribute) in pt.attributes.iter().flatten() {
            let at = at.key("Attributes").key(name);
            found.push((at.key("Source"), attribute.source.as_str()));
        }
        for (name, p) in &pt.properties {
            let at = at.key("Properties").key(name);
            found.push((at.key("Source"), p.source.as_str()));
        }
        for (i, rule) in pt.rules.iter().enumerate() {
            let at = at.key("Rules").index(i);
            found.push((at.key("Source"), rule.source.as_str()));
        }
    }
    found
}

/// Whether a source resolves, or why not.
fn resolve(spec: &Spec, loaded: &BTreeMap<String, Loaded>, source: &str) -> Result<(), String> {
    let Some((key, anchor)) = parse_source(source) else {
        return Err("not of the form DOCUMENT#ANCHOR".to_owned());
    };
    let Some(doc) = loaded.get(key) else {
        return Err(format!(
            "no document `{key}` in Documents ({})",
            spec.documents
                .keys()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        ));
    };
    match doc {
        Loaded::Page(page) if !page.anchors.contains_key(anchor) => {
            Err(format!("{} has no anchor `{anchor}`", page.file))
        }
        Loaded::Page(_) => Ok(()),
        Loaded::Json { file, value } if value.pointer(anchor).is_none() => Err(format!(
            "`{anchor}` is not a JSON pointer to a value of {file}"
        )),
        Loaded::Json { .. } => Ok(()),
        Loaded::Excerpt { file, text } => match anchor.strip_prefix(":~:text=") {
            Some(quote) if words(text).contains(&words(quote)) && !quote.trim().is_empty() => {
                Ok(())
            }
            Some(quote) => Err(format!("{file} does not say {quote:?}")),
            None if crate::document::markdown::anchors_in(text).contains(&anchor) => Ok(()),
            None => Err(format!(
                "{file} has no anchor `{anchor}` (cite an excerpt by anchor or by `:~:text=QUOTED TEXT`)"
            )),
        },
        Loaded::Unsupported { file } => Err(format!(
            "{file} is neither a page (.md) nor a JSON document (.json)"
        )),
        Loaded::Unread { file } => Err(format!("{file} was not read")),
    }
}

/// Text with every run of white space as one space, so that a quotation matches however the
/// document wraps its lines.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compares one property type with the page its source cites.
fn compare_type(
    spec: &Spec,
    loaded: &BTreeMap<String, Loaded>,
    type_name: &str,
    pt: &spec::PropertyType,
    report: &mut CheckReport,
) {
    // A type whose source is not a page (unresolvable, or the registry) has no paragraphs to
    // compare; the source check reports the former.
    let Some((key, _)) = parse_source(&pt.source) else {
        return;
    };
    let Some(Loaded::Page(page)) = loaded.get(key) else {
        return;
    };
    if page.type_name != type_name {
        report.discrepancies.push(Discrepancy::OtherType {
            type_name: type_name.to_owned(),
            document_type: page.type_name.clone(),
            source: pt.source.clone(),
        });
        return;
    }
    report.property_types += 1;
    let differs =
        |property: Option<&str>, fact, spec: String, document: String, line| Discrepancy::Differs {
            type_name: type_name.to_owned(),
            property: property.map(str::to_owned),
            fact,
            spec,
            document,
            at: format!("{}:{line}", page.file),
        };
    // The type's own facts: its page's URL and title anchor. Its description is an editorial
    // summary of the page's introduction, not compared.
    for (fact, spec_says, document_says) in [
        (
            Fact::Documentation,
            &pt.documentation,
            document::documentation_url(&page.stem, None),
        ),
        (Fact::Source, &pt.source, document::cite(key, &page.anchor)),
    ] {
        if *spec_says != document_says {
            report.discrepancies.push(differs(
                None,
                fact,
                spec_says.clone(),
                document_says,
                page.title_line,
            ));
        }
    }
    for (name, documented) in &page.properties {
        let Some(property) = pt.properties.get(name) else {
            report.discrepancies.push(Discrepancy::MissingFromSpec {
                type_name: type_name.to_owned(),
                property: name.clone(),
                source: document::cite(key, &documented.anchor),
                at: format!("{}:{}", page.file, documented.line),
            });
            continue;
        };
        report.properties += 1;
        for (fact, spec_says, document_says) in
            property_differences(spec, key, page, type_name, property, documented)
        {
            report.discrepancies.push(differs(
                Some(name),
                fact,
                spec_says,
                document_says,
                documented.line,
            ));
        }
    }
    for (name, property) in &pt.properties {
        if page.properties.contains_key(name) {
            continue;
        }
        // Not on the page: it must be adopted from a JSON document (the registry schema). A
        // source that does not resolve is the source check's to report.
        match parse_source(&property.source) {
            Some((document, _)) if document == key => {
                report.discrepancies.push(Discrepancy::MissingFromDocument {
                    type_name: type_name.to_owned(),
                    property: name.clone(),
                    source: property.source.clone(),
                });
            }
            Some((document, _)) if matches!(loaded.get(document), Some(Loaded::Page(_))) => {
                report.discrepancies.push(Discrepancy::OtherPage {
                    type_name: type_name.to_owned(),
                    property: name.clone(),
                    source: property.source.clone(),
                    type_document: key.to_owned(),
                });
            }
            _ => {}
        }
    }
}

/// The facts on which a spec property and its paragraph on the page cited as `key` differ:
/// `(fact, spec, document)`.
fn property_differences(
    spec: &Spec,
    key: &str,
    page: &Page,
    type_name: &str,
    property: &spec::Property,
    documented: &DocumentedProperty,
) -> Vec<(Fact, String, String)> {
    let mut found = Vec::new();
    let compare = |found: &mut Vec<_>, fact: Fact, spec_says: &str, document_says: String| {
        if spec_says != document_says {
            found.push((fact, spec_says.to_owned(), document_says));
        }
    };
    compare(
        &mut found,
        Fact::Documentation,
        &property.documentation,
        document::documentation_url(&page.stem, Some(&documented.anchor)),
    );
    // A property adopted from the registry that the page now documents shows here, as a
    // source to move to the page.
    compare(
        &mut found,
        Fact::Source,
        &property.source,
        document::cite(key, &documented.anchor),
    );
    if property.description != documented.description {
        let (line, spec_line, document_line) =
            first_difference(&property.description, &documented.description);
        found.push((
            Fact::Description,
            format!("{spec_line} (description line {line})"),
            format!("{document_line} (description line {line})"),
        ));
    }
    // The four keys are compared, not their wording: `ItemType: String` and
    // `PrimitiveItemType: String` both read `List of String`, and only the latter is right.
    let spec_type = type_fields(property);
    // A type no page of the spec describes is any JSON, as `derive` writes it.
    let document_type = document::undescribed_as_json(
        document::type_fields(&documented.value_type),
        type_name,
        &|t| spec.property_types.contains_key(t),
    );
    if spec_type != document_type {
        let (mut spec_says, mut document_says) = (type_text(&spec_type), type_text(&document_type));
        if spec_says == document_says {
            spec_says = format!("{spec_says} ({})", type_keys(&spec_type));
            document_says = format!("{document_says} ({})", type_keys(&document_type));
        }
        found.push((Fact::Type, spec_says, document_says));
    }
    let (required, conditional) = documented.required.spec_flags();
    compare(
        &mut found,
        Fact::Required,
        &required_text(property.required, property.conditional),
        required_text(required, conditional),
    );
    compare(
        &mut found,
        Fact::UpdateType,
        &property.update_type,
        documented.update.update_type().to_owned(),
    );
    if let Some(document_values) = &documented.allowed_values {
        let spec_values = property
            .allowed_values
            .as_ref()
            .and_then(|name| spec.allowed_values.get(name))
            .map(|set| &set.values);
        if spec_values.is_none_or(|values| sorted(values) != sorted(document_values)) {
            found.push((
                Fact::AllowedValues,
                match (&property.allowed_values, spec_values) {
                    (Some(name), Some(values)) => format!("{} (set {name})", values.join(" | ")),
                    (Some(name), None) => format!("the set {name}, which is not in AllowedValues"),
                    (None, _) => "none".to_owned(),
                },
                document_values.join(" | "),
            ));
        }
    }
    for (fact, spec_bound, document_bound) in [
        (Fact::Minimum, property.minimum, &documented.minimum),
        (Fact::Maximum, property.maximum, &documented.maximum),
    ] {
        if let Some(document_bound) = document_bound {
            if spec_bound != document_bound.as_f64() {
                found.push((
                    fact,
                    spec_bound.map_or_else(|| "none".to_owned(), |b| b.to_string()),
                    document_bound.to_string(),
                ));
            }
        }
    }
    if documented.pattern.is_some() && property.pattern != documented.pattern {
        found.push((
            Fact::Pattern,
            property
                .pattern
                .as_ref()
                .map_or_else(|| "none".to_owned(), |p| format!("`{p}`")),
            format!("`{}`", documented.pattern.as_deref().unwrap_or_default()),
        ));
    }
    // What the curated spec corrects, with its reason and source, departs on purpose.
    found.retain(|(fact, _, _)| {
        !fact
            .keys()
            .iter()
            .any(|k| property.corrections.contains_key(*k))
    });
    found
}

/// The 1-based line at which two descriptions first differ, with each one's line there
/// (quoted), or `nothing` where one has no such line.
fn first_difference(spec: &str, document: &str) -> (usize, String, String) {
    let spec_lines: Vec<&str> = spec.split('\n').collect();
    let document_lines: Vec<&str> = document.split('\n').collect();
    let quote =
        |line: Option<&&str>| line.map_or_else(|| "nothing".to_owned(), |l| format!("{l:?}"));
    let length = spec_lines.len().max(document_lines.len());
    let index = (0..length)
        .find(|&i| spec_lines.get(i) != document_lines.get(i))
        .unwrap_or(0);
    (
        index + 1,
        quote(spec_lines.get(index)),
        quote(document_lines.get(index)),
    )
}

/// The page's words for `Required` and `Conditional`.
fn required_text(required: bool, conditional: bool) -> String {
    match (required, conditional) {
        (true, false) => "Required: Yes",
        (false, false) => "Required: No",
        (false, true) => "Required: Conditional",
        (true, true) => "both Required and Conditional",
    }
    .to_owned()
}
