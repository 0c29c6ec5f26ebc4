//! A curated spec merged with its derived part. The derived part is what `cargo xtask spec
//! derive` finds in the pages (types, properties, return values, the documents they cite); the
//! curated file adds to it (rules, forms, facts, types and properties of other documents) and
//! corrects it, each correction with its reason and source, as the AWS CDK's service spec
//! patches the registry's.
//!
//! The merge is on the JSON, before the spec is read: an object both give takes the derived
//! keys the curated one does not give. Where the curated object gives a key the derived one has,
//! it must say something else, and say why in its `Corrections`: a key restated the same would
//! hide a page that changes, and one changed without a reason is an undocumented departure.

use serde_json::{Map, Value};

use crate::Error;
use crate::lower::JsonPath;

/// The sections a derived part may have.
const DERIVED_SECTIONS: &[&str] = &[
    "Documents",
    "AllowedValues",
    "ResourceTypes",
    "PropertyTypes",
    "ReturnValues",
];

/// Merges `derived` (the JSON of `derived_file`) into `curated` (of `curated_file`). Errors name
/// the file and the JSON path of the key at fault.
pub(crate) fn merge(
    curated_file: &str,
    curated: &mut Value,
    derived_file: &str,
    derived: Value,
) -> Result<(), Error> {
    let error = |file: &str, path: &JsonPath, expected: String| Error::Spec {
        file: file.to_owned(),
        path: path.as_str().to_owned(),
        expected,
    };
    let root = JsonPath::default();
    let Value::Object(derived) = derived else {
        return Err(error(derived_file, &root, "a JSON object".to_owned()));
    };
    let Value::Object(curated) = curated else {
        return Err(error(curated_file, &root, "a JSON object".to_owned()));
    };
    let merger = Merger {
        curated_file,
        derived_file,
    };
    for (section, entries) in derived {
        let path = root.key(&section);
        if !DERIVED_SECTIONS.contains(&section.as_str()) {
            return Err(error(
                derived_file,
                &path,
                format!(
                    "only the sections `spec derive` writes ({}), found `{section}`",
                    DERIVED_SECTIONS.join(", ")
                ),
            ));
        }
        let merge_entry: MergeEntry = match section.as_str() {
            "Documents" => Merger::same_path,
            "AllowedValues" => Merger::defined_once,
            "ReturnValues" => Merger::return_values,
            _ => Merger::entry,
        };
        let into = curated
            .entry(section)
            .or_insert_with(|| Value::Object(Map::new()));
        merger.by_name(into, entries, &path, merge_entry)?;
    }
    Ok(())
}

/// How an entry both parts give is merged: the curated one, the derived one, and its path.
type MergeEntry<'m> = fn(&Merger<'m>, &mut Value, Value, &JsonPath) -> Result<(), Error>;

/// A JSON object.
type Object = Map<String, Value>;

struct Merger<'a> {
    curated_file: &'a str,
    derived_file: &'a str,
}

impl<'a> Merger<'a> {
    fn error(&self, path: &JsonPath, expected: String) -> Error {
        Error::Spec {
            file: self.curated_file.to_owned(),
            path: path.as_str().to_owned(),
            expected,
        }
    }

    /// Both sides of an entry as objects; the error names the file whose side is not one.
    fn objects<'v>(
        &self,
        mine: &'v mut Value,
        derived: Value,
        at: &JsonPath,
    ) -> Result<(&'v mut Object, Object), Error> {
        match (mine, derived) {
            (Value::Object(mine), Value::Object(derived)) => Ok((mine, derived)),
            (Value::Object(_), _) => Err(Error::Spec {
                file: self.derived_file.to_owned(),
                path: at.as_str().to_owned(),
                expected: "an object".to_owned(),
            }),
            _ => Err(self.error(at, "an object".to_owned())),
        }
    }

    /// A document both name is the curated one (its description), at the same path.
    fn same_path(&self, mine: &mut Value, derived: Value, at: &JsonPath) -> Result<(), Error> {
        let path = |v: &Value| v.get("Path").cloned();
        if path(mine) != path(&derived) {
            return Err(self.error(
                &at.key("Path"),
                format!(
                    "the path {} gives this document, {}",
                    self.derived_file,
                    path(&derived).unwrap_or(Value::Null)
                ),
            ));
        }
        Ok(())
    }

    /// An allowed-values set is defined by one part only.
    fn defined_once(&self, _: &mut Value, _: Value, at: &JsonPath) -> Result<(), Error> {
        Err(self.error(
            at,
            format!(
                "a set name {} does not also define (rename the curated set)",
                self.derived_file
            ),
        ))
    }

    /// The return values of a resource type, merged each by name.
    fn return_values(&self, mine: &mut Value, derived: Value, at: &JsonPath) -> Result<(), Error> {
        self.by_name(mine, derived, at, Self::entry)
    }

    /// Merges two objects keyed by name (a section, the properties of a type, the return values
    /// of a resource type): an entry only one gives is taken, one both give is merged by `merge`.
    fn by_name(
        &self,
        mine: &mut Value,
        derived: Value,
        at: &JsonPath,
        merge: MergeEntry<'a>,
    ) -> Result<(), Error> {
        let (mine, derived) = self.objects(mine, derived, at)?;
        for (name, entry) in derived {
            match mine.get_mut(&name) {
                Some(own) => merge(self, own, entry, &at.key(&name))?,
                None => {
                    mine.insert(name, entry);
                }
            }
        }
        Ok(())
    }

    /// Merges a type, a property or a return value: the derived keys the curated object does
    /// not give are added; a key it gives must differ and be corrected.
    fn entry(&self, mine: &mut Value, derived: Value, at: &JsonPath) -> Result<(), Error> {
        let (mine, derived) = self.objects(mine, derived, at)?;
        let corrected: Vec<String> = match mine.get("Corrections") {
            None => Vec::new(),
            Some(Value::Object(corrections)) => corrections.keys().cloned().collect(),
            Some(_) => {
                return Err(self.error(
                    &at.key("Corrections"),
                    "an object of corrections by key".to_owned(),
                ));
            }
        };
        for key in &corrected {
            let at = at.key("Corrections").key(key);
            let problem = if key == "Properties" || key == "Corrections" {
                Some(format!(
                    "a correction of one key, not of `{key}` (correct each property's keys)"
                ))
            } else {
                match (mine.get(key), derived.get(key)) {
                    (None, _) => Some(format!(
                        "a correction of a key given here, but `{key}` is not"
                    )),
                    (Some(_), None) => Some(format!(
                        "a correction of a key {} states otherwise, but it does not state `{key}`",
                        self.derived_file
                    )),
                    (Some(own), Some(value)) if own == value => Some(format!(
                        "a correction of a key {} states otherwise, but it states `{key}` the same ({value})",
                        self.derived_file
                    )),
                    _ => None,
                }
            };
            if let Some(problem) = problem {
                return Err(self.error(&at, problem));
            }
        }
        for (key, value) in derived {
            let Some(own) = mine.get_mut(&key) else {
                mine.insert(key, value);
                continue;
            };
            if key == "Properties" {
                self.by_name(own, value, &at.key(&key), Self::entry)?;
            } else if *own == value {
                return Err(self.error(
                    &at.key(&key),
                    format!(
                        "only what {} does not say: it says `{key}` the same; remove it here",
                        self.derived_file
                    ),
                ));
            } else if !corrected.contains(&key) {
                return Err(self.error(
                    &at.key(&key),
                    format!(
                        "{value}, as {} says, or a `Corrections` entry for `{key}` giving the \
                         reason and the source of {own}",
                        self.derived_file
                    ),
                ));
            }
        }
        Ok(())
    }
}
