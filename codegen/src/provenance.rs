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

use crate::document::{self, PageError};
use crate::spec::Spec;

/// The key, in the spec's `Documents`, of the CloudFormation registry schema: facts whose
/// source cites it were adopted from upstream.
pub const REGISTRY: &str = "registry";

/// Why a document could not be read as what its `Path` says it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
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
    /// A JSON document is not JSON.
    #[error("{file}:{line}:{column}: invalid JSON: {message}")]
    Json {
        /// The document, as the spec's folder names it.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
}

/// Splits a source `DOCUMENT#ANCHOR`.
pub fn split_source(source: &str) -> Option<(&str, &str)> {
    source.split_once('#')
}

/// Whether a source cites the registry schema: the fact was adopted from upstream.
pub fn is_adopted(source: &str) -> bool {
    split_source(source).is_some_and(|(document, _)| document == REGISTRY)
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
enum Loaded<'a> {
    /// A documentation page: its text and anchors.
    Page {
        file: String,
        text: &'a str,
        anchors: BTreeMap<String, usize>,
    },
    /// A JSON document.
    Json {
        file: String,
        value: serde_json::Value,
    },
    /// A `Path` that is neither `.md` nor `.json`.
    Unsupported { file: String },
    /// The caller supplied no text for it.
    Unread { file: String },
}

/// Reads every document of the spec from `texts` (by document key).
fn load<'a>(
    spec: &Spec,
    texts: &'a BTreeMap<String, String>,
) -> Result<BTreeMap<String, Loaded<'a>>, ProvenanceError> {
    let mut loaded = BTreeMap::new();
    for (key, doc) in &spec.documents {
        let file = document_file(spec, &doc.path);
        let entry = match texts.get(key) {
            None => Loaded::Unread { file },
            Some(text) if doc.path.ends_with(".md") => Loaded::Page {
                anchors: document::anchors(text),
                file,
                text,
            },
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
fn parse_json(file: &str, text: &str) -> Result<serde_json::Value, ProvenanceError> {
    serde_json::from_str(text).map_err(|e| ProvenanceError::Json {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    })
}

/// serde_json appends " at line L column C"; the error carries the position itself.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}
