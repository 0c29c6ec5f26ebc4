//! Comparing generated files with the files on disk, as maps from relative path to contents, so
//! that `cargo xtask regen --check` and the tests report staleness the same way: [`read_files`]
//! reads a folder, [`differences`] compares, [`write_file`] writes one.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// How a file on disk differs from the generated one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    /// The contents differ.
    Stale(PathBuf),
    /// The file is generated but not on disk.
    Missing(PathBuf),
    /// The file is on disk but not generated.
    Extra(PathBuf),
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::Stale(p) => write!(f, "stale:   {}", p.display()),
            Difference::Missing(p) => write!(f, "missing: {}", p.display()),
            Difference::Extra(p) => write!(f, "extra:   {}", p.display()),
        }
    }
}

/// Every difference between `generated` and `on_disk`, in path order.
pub fn differences(
    generated: &BTreeMap<PathBuf, Vec<u8>>,
    on_disk: &BTreeMap<PathBuf, Vec<u8>>,
) -> Vec<Difference> {
    let mut found: Vec<Difference> = generated
        .iter()
        .filter_map(|(path, contents)| match on_disk.get(path) {
            Some(existing) if existing == contents => None,
            Some(_) => Some(Difference::Stale(path.clone())),
            None => Some(Difference::Missing(path.clone())),
        })
        .chain(
            on_disk
                .keys()
                .filter(|path| !generated.contains_key(*path))
                .map(|path| Difference::Extra(path.clone())),
        )
        .collect();
    found.sort();
    found
}

/// Every file under `dir`, its subfolders' included, by path relative to `dir`, for comparing
/// with [`differences`]; an absent folder has none. Errors name the path.
pub fn read_files(dir: &Path) -> Result<BTreeMap<PathBuf, Vec<u8>>, String> {
    let mut files = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry
                .map_err(|e| format!("{}: {e}", folder.display()))?
                .path();
            if path.is_dir() {
                folders.push(path);
            } else if path.is_file() {
                let contents =
                    std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                let relative = path.strip_prefix(dir).unwrap_or(&path).to_path_buf();
                files.insert(relative, contents);
            }
        }
    }
    Ok(files)
}

/// Writes `contents` at `path`, making the folders on the way; the error names the path.
pub fn write_file(path: &Path, contents: &[u8]) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}
