//! `check`: the spec against what [`derive`](crate::document::derive()) finds in its documents.
//! Every structural fact a page states must be the spec's, every property the spec cites a page
//! for must still be on it, and every source must resolve in the document it cites.

use std::collections::BTreeMap;
use std::fmt;

use super::{Loaded, ProvenanceError, load, split_source};
use crate::document::{self, DerivedProperty, DerivedSpec};
use crate::spec::{self, Spec};

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
    /// `Pattern`, when the page states it (the spec cannot record one yet).
    Pattern,
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
    /// The page a property type cites documents another type.
    OtherType {
        /// The property type, as the spec names it.
        type_name: String,
        /// The type the page documents.
        document_type: String,
        /// The spec's source for the type.
        source: String,
    },
    /// A source cites an anchor or JSON pointer its document does not have.
    Unresolved {
        /// The JSON path of the source in the spec (`PropertyTypes["…"].Rules[3].Source`).
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
    /// Every discrepancy, properties of each type first, then sources, in spec order.
    pub discrepancies: Vec<Discrepancy>,
    /// How many property types were compared with their page.
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
            return write!(
                f,
                "{} matches its documents: {} property types and {} properties compared, {} sources resolved",
                self.spec_file, self.property_types, self.properties, self.sources
            );
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
/// For each property type whose source is a documentation page, the page must document that
/// type, its `Documentation` and `Source` must be the page's URL and title, and every property of
/// the page is compared with the spec's: Documentation, Source, Description, type, Required/Conditional,
/// UpdateType, and the allowed values, bounds and pattern where the page states them. Properties
/// whose source cites another document (the registry schema: adopted upstream) are not compared
/// with the page. Every source in the spec (allowed-values sets, context, property types,
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
        property_types: 0,
        properties: 0,
        sources: 0,
    };
    for (type_name, pt) in &spec.property_types {
        compare_type(spec, &loaded, type_name, pt, &mut report)?;
    }
    for (path, source) in sources(spec) {
        report.sources += 1;
        if let Err(reason) = resolve(spec, &loaded, source) {
            report.discrepancies.push(Discrepancy::Unresolved {
                path,
                source: source.to_owned(),
                reason,
            });
        }
    }
    Ok(report)
}

/// Every source in the spec, with its JSON path, in spec order.
fn sources(spec: &Spec) -> Vec<(String, &str)> {
    let quote = |key: &str| format!("{key:?}");
    let mut found = Vec::new();
    for (name, set) in &spec.allowed_values {
        found.push((
            format!("AllowedValues[{}].Source", quote(name)),
            set.source.as_str(),
        ));
    }
    for (name, entry) in &spec.context {
        found.push((
            format!("Context[{}].Source", quote(name)),
            entry.source.as_str(),
        ));
    }
    for (type_name, pt) in &spec.property_types {
        let at = format!("PropertyTypes[{}]", quote(type_name));
        found.push((format!("{at}.Source"), pt.source.as_str()));
        for (name, p) in &pt.properties {
            found.push((
                format!("{at}.Properties[{}].Source", quote(name)),
                p.source.as_str(),
            ));
        }
        for (i, rule) in pt.rules.iter().enumerate() {
            found.push((format!("{at}.Rules[{i}].Source"), rule.source.as_str()));
        }
    }
    found
}

/// Whether a source resolves, or why not.
fn resolve(spec: &Spec, loaded: &BTreeMap<String, Loaded<'_>>, source: &str) -> Result<(), String> {
    let Some((key, anchor)) = split_source(source) else {
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
        Loaded::Page { file, anchors, .. } if !anchors.contains_key(anchor) => {
            Err(format!("{file} has no anchor `{anchor}`"))
        }
        Loaded::Page { .. } => Ok(()),
        Loaded::Json { file, value } if value.pointer(anchor).is_none() => Err(format!(
            "`{anchor}` is not a JSON pointer to a value of {file}"
        )),
        Loaded::Json { .. } => Ok(()),
        Loaded::Unsupported { file } => Err(format!(
            "{file} is neither a page (.md) nor a JSON document (.json)"
        )),
        Loaded::Unread { file } => Err(format!("{file} was not read")),
    }
}

/// Compares one property type with the page its source cites.
fn compare_type(
    spec: &Spec,
    loaded: &BTreeMap<String, Loaded<'_>>,
    type_name: &str,
    pt: &spec::PropertyType,
    report: &mut CheckReport,
) -> Result<(), ProvenanceError> {
    // A type whose source is not a page (unresolvable, or the registry) has no paragraphs to
    // compare; the source check reports the former.
    let Some((key, _)) = split_source(&pt.source) else {
        return Ok(());
    };
    let Some(Loaded::Page { file, text, .. }) = loaded.get(key) else {
        return Ok(());
    };
    let page = document::parse_page(file, text)?;
    let derived = document::derive(&page, key);
    let Some(documented) = derived.type_named(&page.type_name) else {
        return Ok(());
    };
    if page.type_name != type_name {
        report.discrepancies.push(Discrepancy::OtherType {
            type_name: type_name.to_owned(),
            document_type: page.type_name.clone(),
            source: pt.source.clone(),
        });
        return Ok(());
    }
    report.property_types += 1;
    let title_at = format!(
        "{file}:{}",
        page.anchors.get(&page.anchor).copied().unwrap_or(1)
    );
    // The type's own facts: its page's URL and title anchor. Its description is an editorial
    // summary of the page's introduction, not compared.
    for (fact, spec_says, document_says) in [
        (
            Fact::Documentation,
            &pt.documentation,
            &documented.documentation,
        ),
        (Fact::Source, &pt.source, &documented.source),
    ] {
        if spec_says != document_says {
            report.discrepancies.push(Discrepancy::Differs {
                type_name: type_name.to_owned(),
                property: None,
                fact,
                spec: spec_says.clone(),
                document: document_says.clone(),
                at: title_at.clone(),
            });
        }
    }
    for (name, derived_property) in &documented.properties {
        let at = format!("{file}:{}", page.properties.get(name).map_or(1, |p| p.line));
        let Some(property) = pt.properties.get(name) else {
            report.discrepancies.push(Discrepancy::MissingFromSpec {
                type_name: type_name.to_owned(),
                property: name.clone(),
                source: derived_property.source.clone(),
                at,
            });
            continue;
        };
        report.properties += 1;
        for (fact, spec_says, document_says) in
            property_differences(spec, &derived, property, derived_property)
        {
            report.discrepancies.push(Discrepancy::Differs {
                type_name: type_name.to_owned(),
                property: Some(name.clone()),
                fact,
                spec: spec_says,
                document: document_says,
                at: at.clone(),
            });
        }
    }
    for (name, property) in &pt.properties {
        let cites_page = split_source(&property.source).is_some_and(|(doc, _)| doc == key);
        if cites_page && !documented.properties.contains_key(name) {
            report.discrepancies.push(Discrepancy::MissingFromDocument {
                type_name: type_name.to_owned(),
                property: name.clone(),
                source: property.source.clone(),
            });
        }
    }
    Ok(())
}

/// The facts on which a spec property and its paragraph differ: `(fact, spec, document)`.
fn property_differences(
    spec: &Spec,
    derived: &DerivedSpec,
    property: &spec::Property,
    documented: &DerivedProperty,
) -> Vec<(Fact, String, String)> {
    let mut found = Vec::new();
    let compare = |found: &mut Vec<_>, fact: Fact, spec_says: String, document_says: String| {
        if spec_says != document_says {
            found.push((fact, spec_says, document_says));
        }
    };
    compare(
        &mut found,
        Fact::Documentation,
        property.documentation.clone(),
        documented.documentation.clone(),
    );
    // A property adopted from the registry that the page now documents shows here, as a
    // source to move to the page.
    compare(
        &mut found,
        Fact::Source,
        property.source.clone(),
        documented.source.clone(),
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
    compare(
        &mut found,
        Fact::Type,
        type_text(
            &property.primitive_type,
            &property.type_,
            &property.item_type,
            &property.primitive_item_type,
        ),
        type_text(
            &documented.primitive_type,
            &documented.type_,
            &documented.item_type,
            &documented.primitive_item_type,
        ),
    );
    compare(
        &mut found,
        Fact::Required,
        required_text(property.required, property.conditional),
        required_text(documented.required, documented.conditional),
    );
    compare(
        &mut found,
        Fact::UpdateType,
        property.update_type.clone(),
        documented.update_type.clone(),
    );
    if let Some(set) = &documented.allowed_values {
        let document_values = derived
            .allowed_values
            .get(set)
            .map(|s| s.values.clone())
            .unwrap_or_default();
        let spec_values = property
            .allowed_values
            .as_ref()
            .and_then(|name| spec.allowed_values.get(name))
            .map(|s| s.values.clone());
        let same = spec_values
            .as_ref()
            .is_some_and(|values| sorted(values) == sorted(&document_values));
        if !same {
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
    if let Some(pattern) = &documented.pattern {
        found.push((
            Fact::Pattern,
            "none (the spec has no Pattern key yet)".to_owned(),
            format!("`{pattern}`"),
        ));
    }
    found
}

/// Values in a canonical order: the spec's order is the enum's, which the page need not share.
fn sorted(values: &[String]) -> Vec<&str> {
    let mut sorted: Vec<&str> = values.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted
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

/// `String`, `List of String`, `Map of IntegrationResponse`, `Integration`: the page's wording
/// of the spec's type keys.
fn type_text(
    primitive_type: &Option<String>,
    type_: &Option<String>,
    item_type: &Option<String>,
    primitive_item_type: &Option<String>,
) -> String {
    match (primitive_type, type_, item_type, primitive_item_type) {
        (Some(p), None, None, None) => p.clone(),
        (None, Some(container), Some(item), None) | (None, Some(container), None, Some(item))
            if container == "List" || container == "Map" =>
        {
            format!("{container} of {item}")
        }
        (None, Some(t), None, None) => t.clone(),
        _ => {
            let keys = [
                ("PrimitiveType", primitive_type),
                ("Type", type_),
                ("ItemType", item_type),
                ("PrimitiveItemType", primitive_item_type),
            ];
            let set: Vec<String> = keys
                .iter()
                .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key} {v}")))
                .collect();
            format!("an invalid combination ({})", set.join(", "))
        }
    }
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
