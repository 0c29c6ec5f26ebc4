//! Where each value of a parsed template is written, kept compactly: one small node a value in
//! one vector (no map or string a value), looked up by JSON Pointer.
//!
//! The nodes are in the order values end, a value after the values inside it, because both
//! readers finish a value after its contents: a reader appends a value's node when the value
//! ends ([`Located::push`]) and, for a mapping entry, then names it ([`Located::name_last`]).
//! A node knows where its subtree starts, so the children of a value are found from its last
//! child backwards.

use super::Position;
use cfn_apigateway_runtime::value::unescape_pointer;
use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::OnceLock;

/// The positions of every value of a template.
#[derive(Debug, Clone, Default)]
pub(crate) struct Located {
    /// `false` while a reader only reads the value: nothing is kept.
    recording: bool,
    nodes: Vec<Node>,
    /// The hasher of keys, keyed at random for each template, so that no text can choose keys
    /// whose hashes collide.
    hasher: RandomState,
    /// The children of each mapping and list, built at the first lookup (a template without
    /// findings needs none), so that each step of a pointer is one lookup.
    index: OnceLock<Index>,
}

/// The children of the values, for lookups.
#[derive(Debug, Clone, Default)]
struct Index {
    /// (mapping node, key hash) → the node of the first entry of that key.
    entries: HashMap<(u32, u64), u32>,
    /// list node → the nodes of its items, in order.
    items: HashMap<u32, Vec<u32>>,
}

/// One value: where it is written and where its subtree starts.
///
/// The position of a mapping entry is where its key starts (so that a finding points at the
/// line that names the property); the position of a list item, or of the root, is where the
/// value itself starts.
#[derive(Debug, Clone, Copy)]
struct Node {
    line: u32,
    column: u32,
    /// For a mapping entry, the hash of its key ([`Located::key_hash`]); 0 otherwise.
    key: u64,
    /// The index of the first node of the value's subtree (its own index for a scalar).
    first: u32,
    /// A mapping (its children are looked up by key), or not (by index).
    mapping: bool,
}

/// A count or a line number as a node holds it (a template of 4 GB is not read).
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Located {
    /// A mapping entry is found by the hash of its key (two keys of one mapping with the same
    /// hash, a chance in 2^64 that no text can aim at, would find the first of them: a position
    /// misplaced, never a finding lost).
    fn key_hash(&self, key: &str) -> u64 {
        self.hasher.hash_one(key)
    }

    /// Positions that a reader records.
    pub(crate) fn recording() -> Self {
        Located {
            recording: true,
            ..Located::default()
        }
    }

    /// Where the next value begins: the index its first node will have.
    pub(crate) fn mark(&self) -> usize {
        self.nodes.len()
    }

    /// Ends a value written at `position` whose subtree began at `first` (the [`Self::mark`]
    /// before its contents); `mapping` when its children are mapping entries.
    pub(crate) fn push(&mut self, position: Position, first: usize, mapping: bool) {
        if !self.recording {
            return;
        }
        self.nodes.push(Node {
            line: narrow(position.line()),
            column: narrow(position.column()),
            key: 0,
            first: narrow(first),
            mapping,
        });
    }

    /// Ends a scalar written at `position`.
    pub(crate) fn leaf(&mut self, position: Position) {
        self.push(position, self.mark(), false);
    }

    /// Names the value that just ended as the entry `key` of a mapping, whose key is written at
    /// `position`.
    pub(crate) fn name_last(&mut self, key: &str, position: Position) {
        if !self.recording {
            return;
        }
        let key = self.key_hash(key);
        if let Some(node) = self.nodes.last_mut() {
            node.key = key;
            node.line = narrow(position.line());
            node.column = narrow(position.column());
        }
    }

    /// The position of the deepest value on the way to `pointer` that exists: the value itself,
    /// or, for a property that is missing, the object that should hold it.
    pub(crate) fn find(&self, pointer: &str) -> Position {
        let Some(mut at) = self.nodes.len().checked_sub(1) else {
            return Position::new(1, 1);
        };
        for token in pointer.split('/').skip(1) {
            let token = unescape_pointer(token);
            match self.child(at, &token) {
                Some(child) => at = child,
                None => break,
            }
        }
        let node = self.nodes[at];
        Position::new(node.line as usize, node.column as usize)
    }

    /// The child of node `at` that `token` names: an entry's key, or an item's index.
    fn child(&self, at: usize, token: &str) -> Option<usize> {
        let index = self.index.get_or_init(|| self.build_index());
        let at = narrow(at);
        let child = if self.nodes[at as usize].mapping {
            index.entries.get(&(at, self.key_hash(token))).copied()
        } else {
            let i: usize = token.parse().ok()?;
            index.items.get(&at).and_then(|items| items.get(i)).copied()
        };
        child.map(|c| c as usize)
    }

    /// The children of every mapping and list, in one pass over the nodes.
    fn build_index(&self) -> Index {
        let mut index = Index::default();
        for (at, node) in self.nodes.iter().enumerate() {
            let first = node.first as usize;
            // The roots of the children, last first.
            let children = std::iter::successors(at.checked_sub(1), |&child| {
                (self.nodes[child].first as usize).checked_sub(1)
            })
            .take_while(|&child| child >= first && child < at);
            if node.mapping {
                // From the last entry to the first: the first of a key written twice wins.
                for child in children {
                    index
                        .entries
                        .insert((narrow(at), self.nodes[child].key), narrow(child));
                }
            } else if first < at {
                let mut items: Vec<u32> = children.map(narrow).collect();
                items.reverse();
                index.items.insert(narrow(at), items);
            }
        }
        index
    }

    /// The position of the root value.
    pub(crate) fn root(&self) -> Position {
        self.find("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Position {
        Position::new(line, column)
    }

    /// `{"a/b": {"c": [x, y]}, "~1": z}` with made-up positions, built as a reader builds it.
    fn tree() -> Located {
        let mut located = Located::recording();
        let root = located.mark();
        let inner = located.mark();
        let list = located.mark();
        located.leaf(at(4, 7));
        located.leaf(at(5, 7));
        located.push(at(3, 0), list, false);
        located.name_last("c", at(3, 5));
        located.push(at(2, 0), inner, true);
        located.name_last("a/b", at(2, 3));
        located.leaf(at(6, 0));
        located.name_last("~1", at(6, 1));
        located.push(at(1, 1), root, true);
        located
    }

    #[test]
    fn a_pointer_finds_the_value_it_names() {
        assert_eq!(tree().find(""), at(1, 1));
        assert_eq!(tree().find("/a~1b"), at(2, 3));
        assert_eq!(tree().find("/a~1b/c"), at(3, 5));
        assert_eq!(tree().find("/a~1b/c/0"), at(4, 7));
        assert_eq!(tree().find("/a~1b/c/1"), at(5, 7));
        // `~01` is `~1` (a tilde, then a one), not `/`.
        assert_eq!(tree().find("/~01"), at(6, 1));
        assert_eq!(tree().root(), at(1, 1));
    }

    #[test]
    fn a_missing_value_is_found_at_the_deepest_value_that_exists() {
        assert_eq!(tree().find("/a~1b/Missing"), at(2, 3));
        assert_eq!(tree().find("/a~1b/c/9"), at(3, 5));
        assert_eq!(tree().find("/a~1b/c/x"), at(3, 5));
        assert_eq!(tree().find("/a~1b/c/0/deeper"), at(4, 7));
        assert_eq!(tree().find("/nothing/here"), at(1, 1));
        assert_eq!(Located::default().find("/a"), at(1, 1));
    }
}
