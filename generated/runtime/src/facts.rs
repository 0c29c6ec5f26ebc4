//! The facts of a context: what an enclosing type declares, taken from its properties for the
//! rules of the types within it (a Method's `RequestParameters`, for its Integration).
//!
//! A fact is known only when every value the template can produce for it is: the branches of
//! `Fn::If` are each taken (what either declares is declared, so no branch is reported for what
//! the other declares), `AWS::NoValue` declares nothing, and any other intrinsic function makes
//! the fact unknown (`None`), which skips the rules that read it.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value as Json;

use crate::checker::MAX_DEPTH;
use crate::value::{Function, function_call, is_no_value};

/// A fact that rules test membership in: a set of texts, or the keys of sets keyed by text.
///
/// Texts are compared without regard to ASCII case: header names are case-insensitive in HTTP,
/// and whether API Gateway matches a mapped name to its declaration exactly is not documented,
/// so a name declared in another case is taken as declared rather than reported.
pub trait Declared {
    /// `true` when `text` is declared.
    fn declares(&self, text: &str) -> bool;

    /// What is declared, as a message lists it: `none` when nothing is, and the first
    /// [`LISTED`] then how many more, so that a message stays short whatever the template.
    fn listing(&self) -> String;
}

/// How many declared texts a message lists.
pub const LISTED: usize = 10;

impl Declared for BTreeSet<String> {
    fn declares(&self, text: &str) -> bool {
        self.contains(text) || self.iter().any(|t| t.eq_ignore_ascii_case(text))
    }

    fn listing(&self) -> String {
        listing(self.iter(), self.len())
    }
}

impl<V> Declared for BTreeMap<String, V> {
    fn declares(&self, text: &str) -> bool {
        self.contains_key(text) || self.keys().any(|t| t.eq_ignore_ascii_case(text))
    }

    fn listing(&self) -> String {
        listing(self.keys(), self.len())
    }
}

fn listing<'a>(texts: impl Iterator<Item = &'a String>, count: usize) -> String {
    let listed: Vec<&str> = texts.take(LISTED).map(String::as_str).collect();
    match count {
        0 => "none".to_owned(),
        n if n > LISTED => format!("{}, and {} more", listed.join(", "), n - LISTED),
        _ => listed.join(", "),
    }
}

/// Calls `f` on each literal value `value` can be; `false` when some branch is another
/// intrinsic function (the fact is unknown).
fn each_literal(value: &Json, depth: usize, f: &mut dyn FnMut(&Json) -> bool) -> bool {
    if is_no_value(value) {
        return true;
    }
    match function_call(value) {
        None => f(value),
        Some((Some(Function::If), arguments)) if depth < MAX_DEPTH => [1, 2].iter().all(|&i| {
            arguments
                .get(i)
                .is_some_and(|branch| each_literal(branch, depth + 1, f))
        }),
        Some(_) => false,
    }
}

/// The text of a literal string or number (a status code may be written `200` or `"200"`).
pub(crate) fn text(value: &Json) -> Option<Cow<'_, str>> {
    match value {
        Json::String(s) => Some(Cow::Borrowed(s)),
        Json::Number(n) => Some(Cow::Owned(n.to_string())),
        _ => None,
    }
}

/// The keys of a map property: none when it is absent.
pub fn keys(value: Option<&Json>) -> Option<BTreeSet<String>> {
    let mut keys = BTreeSet::new();
    let known = value.is_none_or(|value| {
        each_literal(value, 0, &mut |map| match map.as_object() {
            Some(entries) => {
                keys.extend(entries.keys().cloned());
                true
            }
            None => false,
        })
    });
    known.then_some(keys)
}

/// The items of a list of strings: none when it is absent.
pub fn items(value: Option<&Json>) -> Option<BTreeSet<String>> {
    let mut items = BTreeSet::new();
    let known = value.is_none_or(|value| {
        each_literal(value, 0, &mut |list| match list.as_array() {
            Some(list) => list.iter().all(|item| {
                each_literal(item, 0, &mut |item| {
                    text(item).map(|t| items.insert(t.into_owned())).is_some()
                })
            }),
            None => false,
        })
    });
    known.then_some(items)
}

/// For a list of objects: each item's property `key` keys the set of the keys of its map
/// property `keys` (items with the same key declare the union of theirs). Empty when the list
/// is absent; an item without `key` declares nothing (it is reported by its own rules).
pub fn keys_by(
    value: Option<&Json>,
    key: &str,
    keys: &str,
) -> Option<BTreeMap<String, BTreeSet<String>>> {
    let mut sets: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let known = value.is_none_or(|value| {
        each_literal(value, 0, &mut |list| {
            let Some(list) = list.as_array() else {
                return false;
            };
            list.iter().all(|item| {
                each_literal(item, 0, &mut |item| {
                    let Some(object) = item.as_object() else {
                        return false;
                    };
                    let Some(declared) = self::keys(object.get(keys)) else {
                        return false;
                    };
                    let Some(key) = object.get(key) else {
                        return true;
                    };
                    each_literal(key, 0, &mut |key| match text(key) {
                        Some(key) => {
                            sets.entry(key.into_owned())
                                .or_default()
                                .extend(declared.iter().cloned());
                            true
                        }
                        None => false,
                    })
                })
            })
        })
    });
    known.then_some(sets)
}

/// The value of a property with allowed values, when it is a literal.
pub fn value<T: for<'a> From<&'a str>>(value: Option<&Json>) -> Option<T> {
    value.and_then(Json::as_str).map(T::from)
}

/// The set of `sets` that the literal `key` selects: empty when no set has that key (nothing
/// is declared for it); `None` when the sets, or the key, are unknown.
pub fn select<'a>(
    sets: Option<&'a BTreeMap<String, BTreeSet<String>>>,
    key: Option<&Json>,
) -> Option<&'a BTreeSet<String>> {
    static NONE: BTreeSet<String> = BTreeSet::new();
    let sets = sets?;
    let key = text(key?)?;
    Some(sets.get(key.as_ref()).unwrap_or(&NONE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fn_if_branches_declare_their_union_and_other_functions_are_unknown() {
        let branches = json!({"Fn::If": ["C", {"a": true}, {"Fn::If": ["D", {"b": true}, {"Ref": "AWS::NoValue"}]}]});
        assert_eq!(
            keys(Some(&branches)),
            Some(["a".to_owned(), "b".to_owned()].into())
        );
        assert_eq!(keys(None), Some(BTreeSet::new()));
        assert_eq!(keys(Some(&json!({"Ref": "Parameters"}))), None);
        assert_eq!(
            keys(Some(&json!({"Fn::If": ["C", {"a": true}, {"Ref": "P"}]}))),
            None
        );
    }

    #[test]
    fn declarations_match_in_any_ascii_case_and_list_at_most_ten() {
        let declared: BTreeSet<String> = (0..25)
            .map(|i| format!("method.request.header.H{i:02}"))
            .collect();
        assert!(declared.declares("method.request.header.h07"));
        assert!(!declared.declares("method.request.header.h25"));
        let listing = declared.listing();
        assert!(
            listing.ends_with("method.request.header.H09, and 15 more"),
            "{listing}"
        );
        assert_eq!(BTreeSet::<String>::new().listing(), "none");
    }

    #[test]
    fn sets_keyed_by_text_read_numbers_as_text_and_join_repeated_keys() {
        let responses = json!([
            {"StatusCode": 200, "ResponseParameters": {"method.response.header.A": true}},
            {"StatusCode": "200", "ResponseParameters": {"method.response.header.B": true}},
            {"StatusCode": "500"},
            {"ResponseParameters": {"method.response.header.C": true}}
        ]);
        let sets = keys_by(Some(&responses), "StatusCode", "ResponseParameters").unwrap();
        assert_eq!(sets.len(), 2);
        assert_eq!(sets["200"].len(), 2);
        assert!(sets["500"].is_empty());
        assert_eq!(
            select(Some(&sets), Some(&json!(200))).map(BTreeSet::len),
            Some(2)
        );
        assert_eq!(
            select(Some(&sets), Some(&json!("404"))).map(BTreeSet::len),
            Some(0)
        );
        assert_eq!(select(Some(&sets), Some(&json!({"Ref": "Code"}))), None);
        let unknown = json!([{"StatusCode": {"Ref": "Code"}}]);
        assert_eq!(
            keys_by(Some(&unknown), "StatusCode", "ResponseParameters"),
            None
        );
    }
}
