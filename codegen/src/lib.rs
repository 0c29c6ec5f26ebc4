//! `cfn-codegen`: turns a CloudFormation property-type spec into typed, validated Rust.
//!
//! The pipeline is `spec` (serde mirror of the JSON) → [`lower`] (checks, resolves, names) →
//! [`ir`] → `emit` (tokens with `quote!`) → `render` (`syn::File` → prettyplease → header).
//! [`generate`] runs it without I/O; `cargo xtask regen` writes the result.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod document;
mod emit;
pub mod freshness;
pub mod ir;
pub mod lower;
pub mod naming;
pub mod provenance;
mod render;
pub mod spec;

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use spec::Spec;

/// Why a spec could not be read or generated.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The file is not JSON: the spec, or a JSON document it cites (see
    /// [`provenance::ProvenanceError::Json`]).
    #[error("{file}:{line}:{column}: invalid JSON: {message}")]
    Json {
        /// The file: the spec, or the JSON document as the spec's folder names it.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// The JSON does not have the spec's shape: an unknown or duplicate key, a wrong type, a
    /// missing field (found while reading).
    #[error("{file}: at {path}: {message}")]
    Shape {
        /// The spec file.
        file: String,
        /// The JSON path of the mistake.
        path: String,
        /// What serde found and expected.
        message: String,
    },
    /// The JSON does not describe a valid spec (found while checking names and references).
    #[error("{file}: at {path}: expected {expected}")]
    Spec {
        /// The spec file.
        file: String,
        /// The JSON path of the mistake (`PropertyTypes["AWS::X.Y"].Rules[3].Property`).
        path: String,
        /// What was expected there, and what was found.
        expected: String,
    },
    /// Emitted tokens did not parse as Rust: a bug in the generator, not in the spec.
    #[error("generator bug: the code emitted for {file} does not parse: {message}")]
    Render {
        /// The generated file.
        file: String,
        /// The parser's message.
        message: String,
    },
}

/// Generates every file of the generated crate's model folder from a spec, as paths relative to
/// that folder (`integration.rs`) mapped to their formatted contents. Pure: no I/O.
pub fn generate(spec: &Spec) -> Result<BTreeMap<PathBuf, String>, Error> {
    let model = lower::lower(spec)?;
    let files = emit::File::all(&model);
    // Emitting, parsing and formatting (`quote`, `syn`, `prettyplease`) are per file and
    // independent, so the files are spread over the available cores; the map keeps the output
    // order fixed whatever the number of threads.
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = files.len().div_ceil(workers).max(1);
    let model = &model;
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|batch| {
                scope.spawn(move || {
                    batch
                        .iter()
                        .map(|file| {
                            let name = file.name(model);
                            let text = render::render(&model.spec_file, &name, file.emit(model))?;
                            Ok((PathBuf::from(name), text))
                        })
                        .collect::<Result<Vec<_>, Error>>()
                })
            })
            .collect();
        let mut out = BTreeMap::new();
        for handle in handles {
            let batch = handle.join().map_err(|_| Error::Render {
                file: String::new(),
                message: "a rendering thread panicked".to_owned(),
            })??;
            out.extend(batch);
        }
        Ok(out)
    })
}
