//! `cargo xtask generate --spec FILE --out DIR [--name CRATE]`: writes a standalone crate of
//! any spec, whose `Cargo.toml` depends on the runtime crate of this workspace by path.

use std::fs;
use std::path::Path;

use cfn_codegen::freshness::write_file;

/// The folder of the runtime crate, relative to the workspace root.
const RUNTIME: &str = "generated/runtime";

/// The first line of the `Cargo.toml` this command writes: a folder whose manifest starts with
/// it may be written again.
const MARKER: &str = "# Written by `cargo xtask generate`; written again by it, so do not edit.";

/// Writes the crate of the spec `spec` into `out`, named `name` (default: the spec file's stem),
/// and says what it wrote. A spec error writes nothing.
pub fn run(root: &Path, spec: &Path, out: &Path, name: Option<&str>) -> Result<(), String> {
    // The spec and its derived part are where the command line says, not under `root`.
    let parsed = crate::regen::read_spec_at(Path::new(""), &spec.display().to_string())?;
    let stem = spec
        .file_stem()
        .map(|s| s.to_string_lossy().replace(['_', '.'], "-"))
        .unwrap_or_default();
    let name = name.unwrap_or(&stem);
    let is_crate_name = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !is_crate_name {
        return Err(format!(
            "--name: a crate name (ASCII letters, digits, - and _, starting with a letter), found {name:?}"
        ));
    }
    let runtime = root.join(RUNTIME);
    let runtime = runtime
        .canonicalize()
        .map_err(|e| format!("{}: {e}", runtime.display()))?;
    let runtime = runtime.to_string_lossy();
    // A TOML literal string holds any text but a quote and a line break.
    if runtime.contains(['\'', '\n', '\r']) {
        return Err(format!(
            "the runtime's path {runtime:?} cannot be written in Cargo.toml"
        ));
    }
    // Only an empty folder, or one this command wrote, is written: never a crate of a person's.
    let earlier = fs::read_to_string(out.join("Cargo.toml"))
        .is_ok_and(|manifest| manifest.starts_with(MARKER));
    let empty = fs::read_dir(out).map_or(true, |mut entries| entries.next().is_none());
    if !empty && !earlier {
        return Err(format!(
            "{}: not empty, and not a crate `cargo xtask generate` wrote; give an empty or new folder",
            out.display()
        ));
    }
    let mut files = cfn_codegen::generate_crate(&parsed, name).map_err(|e| e.to_string())?;
    let manifest = format!(
        "{MARKER}\n[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\ncfn-apigateway-runtime = {{ path = '{runtime}' }}\n\
         serde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n\n\
         # A crate of its own, wherever it is written.\n[workspace]\n"
    );
    files.insert("Cargo.toml".into(), manifest.into_bytes());
    // The model is written whole: files of types the spec no longer has go.
    let model = out.join("src/model");
    if earlier && model.exists() {
        fs::remove_dir_all(&model).map_err(|e| format!("{}: {e}", model.display()))?;
    }
    for (path, contents) in &files {
        write_file(&out.join(path), contents)?;
    }
    // The workspace's versions of the dependencies, so that the crate builds as the workspace
    // does (and offline).
    let lock = out.join("Cargo.lock");
    if !lock.exists() {
        fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    }
    eprintln!(
        "{}: wrote the crate `{name}`, {} files",
        out.display(),
        files.len()
    );
    Ok(())
}
