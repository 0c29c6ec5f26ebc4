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
mod merge;
pub mod naming;
pub mod provenance;
mod render;
pub mod spec;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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

/// Generates the sources of a standalone crate named `crate_name` from a spec: `src/lib.rs`,
/// whose root holds the model's items, and `src/model/` as [`generate`] writes it. The caller
/// writes `Cargo.toml` (which depends on the runtime crate, `serde` and `serde_json`). Pure: no
/// I/O.
pub fn generate_crate(spec: &Spec, crate_name: &str) -> Result<BTreeMap<PathBuf, Vec<u8>>, Error> {
    let model = lower::lower(spec)?;
    let root = render::render(
        &model.spec_file,
        GENERATE,
        "lib.rs",
        emit::crate_root(&model, crate_name),
    )?;
    let mut files: BTreeMap<PathBuf, Vec<u8>> = generate_with(spec, GENERATE)?
        .into_iter()
        .map(|(path, contents)| (Path::new("src/model").join(path), contents))
        .collect();
    files.insert(PathBuf::from("src/lib.rs"), root.into_bytes());
    Ok(files)
}

/// Generates every file of the generated crate's model folder from a spec, as paths relative to
/// that folder (`integration.rs`, `formats/http-url.dfa`) mapped to their contents: formatted
/// Rust, and the serialized DFA of each form. Pure: no I/O.
pub fn generate(spec: &Spec) -> Result<BTreeMap<PathBuf, Vec<u8>>, Error> {
    generate_with(spec, "cargo xtask regen")
}

/// The command that writes a standalone crate, as its files' headers name it.
const GENERATE: &str = "cargo xtask generate";

/// [`generate`], with `command` named in the files' headers as what writes them.
fn generate_with(spec: &Spec, command: &str) -> Result<BTreeMap<PathBuf, Vec<u8>>, Error> {
    let model = lower::lower(spec)?;
    let files = emit::File::all(&model);
    // Emitting, parsing and formatting (`quote`, `syn`, `prettyplease`) are per file and
    // independent, so the files are spread over the available cores. Each worker takes the next
    // file from a shared counter rather than a fixed share: the files differ in size (`rules.rs`
    // holds every rule of the spec), and `File::all` lists the large ones first, so no core idles
    // while another works through its share. The map keeps the output order fixed whatever the
    // number of threads.
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len())
        .max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (model, files, next) = (&model, &files, &next);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(move || {
                    let mut rendered = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(file) = files.get(i) else {
                            return rendered;
                        };
                        let name = file.name(model);
                        let text =
                            render::render(&model.spec_file, command, &name, file.emit(model));
                        rendered
                            .push((i, text.map(|text| (PathBuf::from(name), text.into_bytes()))));
                    }
                })
            })
            .collect();
        let mut results = Vec::with_capacity(files.len());
        for handle in handles {
            results.extend(handle.join().map_err(|_| Error::Render {
                file: String::new(),
                message: "a rendering thread panicked".to_owned(),
            })?);
        }
        // The first file in `File::all` order that fails is the one reported, whichever thread
        // rendered it.
        results.sort_unstable_by_key(|(i, _)| *i);
        let mut files: BTreeMap<PathBuf, Vec<u8>> = results
            .into_iter()
            .map(|(_, result)| result)
            .collect::<Result<_, _>>()?;
        files.extend(model.formats.iter().map(|form| {
            (
                PathBuf::from(emit::formats::dfa_file(&form.name)),
                form.dfa.clone(),
            )
        }));
        Ok(files)
    })
}
