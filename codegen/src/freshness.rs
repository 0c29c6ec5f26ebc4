//! Comparing generated files with the files on disk, as maps from relative path to contents, so
//! that `cargo xtask regen --check` and the tests report staleness the same way. Pure: the
//! caller reads the folder.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

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
    generated: &BTreeMap<PathBuf, String>,
    on_disk: &BTreeMap<PathBuf, String>,
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
