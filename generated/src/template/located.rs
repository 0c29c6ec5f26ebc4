//! Where each value of a parsed template is written: a tree shaped like the template's JSON,
//! looked up by JSON Pointer.

use super::Position;
use cfn_apigateway_runtime::value::unescape_pointer;
use std::collections::BTreeMap;

/// The position of one value and of the values inside it.
///
/// The position of a mapping entry is where its key starts (so that a finding points at the
/// line that names the property); the position of a list item, or of the root, is where the
/// value itself starts.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub(crate) position: Position,
    pub(crate) children: Children,
}

/// The positions inside a value, shaped like the value.
#[derive(Debug, Clone)]
pub(crate) enum Children {
    /// A scalar: nothing inside.
    Leaf,
    /// A mapping, by key.
    Entries(BTreeMap<String, Located>),
    /// A list, by index.
    Items(Vec<Located>),
}

impl Located {
    /// A scalar at `position`.
    pub(crate) fn leaf(position: Position) -> Self {
        Located {
            position,
            children: Children::Leaf,
        }
    }

    /// The position of the deepest value on the way to `pointer` that exists: the value itself,
    /// or, for a property that is missing, the object that should hold it.
    pub(crate) fn find(&self, pointer: &str) -> Position {
        let mut node = self;
        for token in pointer.split('/').skip(1) {
            let token = unescape_pointer(token);
            let next = match &node.children {
                Children::Entries(entries) => entries.get(token.as_ref()),
                Children::Items(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
                Children::Leaf => None,
            };
            match next {
                Some(child) => node = child,
                None => break,
            }
        }
        node.position
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Position {
        Position::new(line, column)
    }

    /// `{"a/b": {"c": [x, y]}, "~1": z}` with made-up positions.
    fn tree() -> Located {
        let list = Located {
            position: at(3, 5),
            children: Children::Items(vec![Located::leaf(at(4, 7)), Located::leaf(at(5, 7))]),
        };
        let inner = Located {
            position: at(2, 3),
            children: Children::Entries(BTreeMap::from([("c".to_owned(), list)])),
        };
        Located {
            position: at(1, 1),
            children: Children::Entries(BTreeMap::from([
                ("a/b".to_owned(), inner),
                ("~1".to_owned(), Located::leaf(at(6, 1))),
            ])),
        }
    }

    #[test]
    fn a_pointer_finds_the_value_it_names() {
        assert_eq!(tree().find(""), at(1, 1));
        assert_eq!(tree().find("/a~1b"), at(2, 3));
        assert_eq!(tree().find("/a~1b/c/1"), at(5, 7));
        // `~01` is `~1` (a tilde, then a one), not `/`.
        assert_eq!(tree().find("/~01"), at(6, 1));
    }

    #[test]
    fn a_missing_value_is_found_at_the_deepest_value_that_exists() {
        assert_eq!(tree().find("/a~1b/Missing"), at(2, 3));
        assert_eq!(tree().find("/a~1b/c/9"), at(3, 5));
        assert_eq!(tree().find("/a~1b/c/x"), at(3, 5));
        assert_eq!(tree().find("/a~1b/c/0/deeper"), at(4, 7));
        assert_eq!(tree().find("/nothing/here"), at(1, 1));
    }
}
