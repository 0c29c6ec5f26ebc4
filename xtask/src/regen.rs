//! `cargo xtask regen [--check]`: writes the generated files, or checks that the committed ones
//! are what the spec produces.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use cfn_codegen::freshness::{Difference, differences, read_files, write_file};

/// The spec, relative to the workspace root.
pub const SPEC: &str = "spec/integration.spec.json";
/// The folder of generated files, relative to the workspace root.
pub const OUTPUT: &str = "generated/src/model";

/// The workspace root (the parent of this crate's folder).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Reads and parses the spec of the workspace at `root`; errors name the spec file.
pub fn read_spec(root: &Path) -> Result<cfn_codegen::Spec, String> {
    read_spec_at(root, SPEC)
}

/// Reads and parses the spec `file` (relative to `root`), merged with its derived part when it
/// names one; errors name the file at fault.
pub fn read_spec_at(root: &Path, file: &str) -> Result<cfn_codegen::Spec, String> {
    let text = fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
    cfn_codegen::Spec::load(file, &text, |derived| {
        fs::read_to_string(root.join(derived)).map_err(|e| e.to_string())
    })
    .map_err(|e| e.to_string())
}

/// Generates every file from the spec at `root`, in memory.
fn generate(root: &Path) -> Result<BTreeMap<PathBuf, Vec<u8>>, String> {
    let spec = read_spec(root)?;
    cfn_codegen::generate(&spec).map_err(|e| e.to_string())
}

/// Runs `regen`: in check mode, fails listing every difference; otherwise writes the changed
/// files and removes the extra ones. A spec error writes nothing.
pub fn run(root: &Path, check: bool) -> Result<(), String> {
    let files = generate(root)?;
    let dir = root.join(OUTPUT);
    let diffs = differences(&files, &read_files(&dir)?);
    if check {
        if diffs.is_empty() {
            eprintln!(
                "{OUTPUT}/: all {} files are what {SPEC} generates",
                files.len()
            );
            return Ok(());
        }
        let list: Vec<String> = diffs.iter().map(|d| format!("  {d}")).collect();
        return Err(format!(
            "the files in {OUTPUT}/ differ from what {SPEC} generates:\n{}\nrun `cargo xtask regen`",
            list.join("\n")
        ));
    }
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for diff in &diffs {
        match diff {
            Difference::Stale(name) | Difference::Missing(name) => {
                write_file(&dir.join(name), &files[name])?;
                eprintln!("wrote {OUTPUT}/{}", name.display());
            }
            Difference::Extra(name) => {
                let path = dir.join(name);
                fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                eprintln!("removed {OUTPUT}/{}", name.display());
            }
        }
    }
    // One line whatever happened, so that a run that changed nothing says so.
    let written = diffs
        .iter()
        .filter(|d| !matches!(d, Difference::Extra(_)))
        .count();
    if diffs.is_empty() {
        eprintln!(
            "{OUTPUT}/: all {} files were already what {SPEC} generates",
            files.len()
        );
    } else {
        eprintln!(
            "{OUTPUT}/: wrote {written} of {} files from {SPEC}, removed {}",
            files.len(),
            diffs.len() - written
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// `cargo test` alone catches a forgotten `cargo xtask regen`.
    #[test]
    fn committed_generated_files_are_fresh() {
        if let Err(message) = super::run(&super::workspace_root(), true) {
            panic!("{message}");
        }
    }
}
