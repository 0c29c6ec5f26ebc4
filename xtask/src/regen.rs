//! `cargo xtask regen [--check]`: writes the generated files, or checks that the committed ones
//! are what the spec produces.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

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

/// Generates every file from the spec at `root`, in memory.
pub fn generate(root: &Path) -> Result<BTreeMap<PathBuf, String>, String> {
    let text = fs::read_to_string(root.join(SPEC)).map_err(|e| format!("{SPEC}: {e}"))?;
    let spec = cfn_codegen::Spec::from_json(SPEC, &text).map_err(|e| e.to_string())?;
    cfn_codegen::generate(&spec).map_err(|e| e.to_string())
}

/// How a committed file differs from the generated one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The contents differ.
    Stale(PathBuf),
    /// The file is not committed.
    Missing(PathBuf),
    /// The file is committed but not generated.
    Extra(PathBuf),
}

/// Compares the files in `dir` with `files`: every stale, missing or extra file, in path order.
pub fn differences(
    dir: &Path,
    files: &BTreeMap<PathBuf, String>,
) -> Result<Vec<Difference>, String> {
    let mut found = Vec::new();
    for (name, contents) in files {
        match fs::read_to_string(dir.join(name)) {
            Ok(existing) if existing == *contents => {}
            Ok(_) => found.push(Difference::Stale(name.clone())),
            Err(_) => found.push(Difference::Missing(name.clone())),
        }
    }
    if dir.exists() {
        let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut extra: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| PathBuf::from(e.file_name()))
            .filter(|name| !files.contains_key(name))
            .collect();
        extra.sort();
        found.extend(extra.into_iter().map(Difference::Extra));
    }
    Ok(found)
}

/// Runs `regen`: in check mode, fails listing the differences; otherwise writes the changed
/// files and removes the extra ones. A spec error writes nothing.
pub fn run(root: &Path, check: bool) -> Result<(), String> {
    let files = generate(root)?;
    let dir = root.join(OUTPUT);
    let diffs = differences(&dir, &files)?;
    if check {
        if diffs.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = diffs
            .iter()
            .map(|d| match d {
                Difference::Stale(p) => format!("  stale:   {OUTPUT}/{}", p.display()),
                Difference::Missing(p) => format!("  missing: {OUTPUT}/{}", p.display()),
                Difference::Extra(p) => format!("  extra:   {OUTPUT}/{}", p.display()),
            })
            .collect();
        return Err(format!(
            "generated files differ from {SPEC}:\n{}\nrun `cargo xtask regen`",
            list.join("\n")
        ));
    }
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for diff in &diffs {
        match diff {
            Difference::Stale(name) | Difference::Missing(name) => {
                let path = dir.join(name);
                fs::write(&path, &files[name]).map_err(|e| format!("{}: {e}", path.display()))?;
                eprintln!("wrote {OUTPUT}/{}", name.display());
            }
            Difference::Extra(name) => {
                let path = dir.join(name);
                fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                eprintln!("removed {OUTPUT}/{}", name.display());
            }
        }
    }
    Ok(())
}
