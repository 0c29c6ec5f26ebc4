//! Provenance of the spec: whether it still says what its documents say ([`check`]), and how it
//! differs from the CloudFormation registry schema upstream ([`drift`]). Pure functions over the
//! spec and the texts of its documents; `cargo xtask spec check|drift` reads the files.
//!
//! A source (`DOCUMENT#ANCHOR`) cites a document of the spec's `Documents` by key. A document
//! whose `Path` ends in `.md` is a documentation page and the anchor one of its
//! `<a name="…">`; one whose `Path` ends in `.json` is a JSON document (the registry schema) and
//! the anchor a JSON pointer into it (`registry#/definitions/Integration/required`).

mod check;
mod drift;

use std::collections::BTreeMap;

pub use check::{CheckReport, Discrepancy, Fact, check};
pub use drift::{DriftEntry, DriftFact, DriftReport, DriftStatus, drift};

use crate::document::{self, Page, PageError, TypeFields};
use crate::spec::{self, Spec, parse_source};

/// The key, in the spec's `Documents`, of the CloudFormation registry schema: facts whose
/// source cites it were adopted from upstream.
pub const REGISTRY: &str = "registry";

/// Why a document could not be read as what its `Path` says it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProvenanceError {
    /// A documentation page is not of the documentation format.
    #[error(transparent)]
    Page(#[from] PageError),
    /// The spec has no document of this key, or its text was not supplied.
    #[error("no text for the document `{key}` of the spec's Documents")]
    MissingDocument {
        /// The document's key.
        key: String,
    },
    /// A JSON document is not JSON: an [`Error::Json`](crate::Error::Json) naming the document
    /// as the spec's folder names it, the line and the column.
    #[error(transparent)]
    Json(crate::Error),
}

/// Whether a source cites the registry schema: the fact was adopted from upstream.
pub fn is_adopted(source: &str) -> bool {
    parse_source(source).is_some_and(|(document, _)| document == REGISTRY)
}

/// The key of the spec's document whose file has this name (`aws-….md`), if any: how a page
/// read from elsewhere (a newer version, a perturbed copy) is cited, so that its derived spec
/// compares with the spec.
pub fn document_key<'s>(spec: &'s Spec, file_name: &str) -> Option<&'s str> {
    spec.documents
        .iter()
        .find(|(_, doc)| doc.path.rsplit('/').next() == Some(file_name))
        .map(|(key, _)| key.as_str())
}

/// A document's path as the workspace names it: the spec file's folder joined with the
/// document's `Path` (`spec/docs/aws-….md`).
pub fn document_file(spec: &Spec, path: &str) -> String {
    match spec.file.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/{path}"),
        None => path.to_owned(),
    }
}

/// A document of the spec, read and classified by the extension of its `Path`.
enum Loaded {
    /// A documentation page, parsed (its [`file`](Page::file) as the spec's folder names it).
    Page(Page),
    /// A JSON document.
    Json {
        file: String,
        value: serde_json::Value,
    },
    /// An excerpt: its text, cited by anchor or quotation.
    Excerpt { file: String, text: String },
    /// A `Path` that is neither `.md` nor `.json`.
    Unsupported { file: String },
    /// The caller supplied no text for it.
    Unread { file: String },
}

/// Reads every document of the spec from `texts` (by document key): each page is parsed once,
/// here, so a malformed page is an error even when only its anchors are cited.
fn load(
    spec: &Spec,
    texts: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, Loaded>, ProvenanceError> {
    let mut loaded = BTreeMap::new();
    for (key, doc) in &spec.documents {
        let file = document_file(spec, &doc.path);
        let entry = match texts.get(key) {
            None => Loaded::Unread { file },
            Some(text) if doc.kind == spec::DocumentKind::Excerpt => Loaded::Excerpt {
                file,
                text: text.clone(),
            },
            Some(text) if doc.path.ends_with(".md") => {
                Loaded::Page(document::parse_page(&file, text)?)
            }
            Some(text) if doc.path.ends_with(".json") => Loaded::Json {
                value: parse_json(&file, text)?,
                file,
            },
            Some(_) => Loaded::Unsupported { file },
        };
        loaded.insert(key.clone(), entry);
    }
    Ok(loaded)
}

/// Parses a JSON document; errors name the file, line and column.
///
/// serde_json's default recursion limit (128 levels) bounds the depth of the value, and with it
/// the recursion of `drift`'s walk over a schema: do not call `disable_recursion_limit` here.
fn parse_json(file: &str, text: &str) -> Result<serde_json::Value, ProvenanceError> {
    serde_json::from_str(text).map_err(|e| {
        ProvenanceError::Json(crate::Error::Json {
            file: file.to_owned(),
            line: e.line(),
            column: e.column(),
            message: spec::strip_position(&e.to_string()),
        })
    })
}

/// Values in a canonical order: the spec's order is the enum's, which neither the page nor
/// upstream need share.
fn sorted(values: &[String]) -> Vec<&str> {
    let mut sorted: Vec<&str> = values.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted
}

/// A spec property's `PrimitiveType`, `Type`, `ItemType` and `PrimitiveItemType`.
fn type_fields(property: &spec::Property) -> TypeFields {
    (
        property.primitive_type.clone(),
        property.type_.clone(),
        property.item_type.clone(),
        property.primitive_item_type.clone(),
    )
}

/// `String`, `List of String`, `Map of IntegrationResponse`, `Integration`: the page's wording
/// of the spec's type keys; a combination the page cannot word is written as its keys.
fn type_text(fields: &TypeFields) -> String {
    match fields {
        (Some(p), None, None, None) => p.clone(),
        (None, Some(container), Some(item), None) | (None, Some(container), None, Some(item))
            if container == "List" || container == "Map" =>
        {
            format!("{container} of {item}")
        }
        (None, Some(t), None, None) if t != "List" && t != "Map" => t.clone(),
        _ => format!("an invalid combination ({})", type_keys(fields)),
    }
}

/// The type keys that are set, with their values: `Type List, ItemType String`.
fn type_keys(fields: &TypeFields) -> String {
    let (primitive_type, type_, item_type, primitive_item_type) = fields;
    [
        ("PrimitiveType", primitive_type),
        ("Type", type_),
        ("ItemType", item_type),
        ("PrimitiveItemType", primitive_item_type),
    ]
    .iter()
    .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key} {v}")))
    .collect::<Vec<_>>()
    .join(", ")
}
