//! Named value forms (a URL, an ARN, a media type, a parameter mapping expression) and the
//! matcher that tests them against literals and against `Fn::Sub` / `Fn::Join` skeletons, where
//! each `${...}` or intrinsic part is a hole standing for text not known until deploy time.

use std::sync::OnceLock;

mod code;
mod memo;

pub(crate) use memo::Place;

/// One element of a form: the forms are sequences of these, tried left to right.
#[derive(Debug, Clone, Copy)]
pub enum Element {
    /// Exactly this text.
    Text(&'static str),
    /// One character of the class.
    One(fn(char) -> bool),
    /// One or more characters of the class.
    Many(fn(char) -> bool),
    /// Any text, possibly empty.
    Rest,
}

/// A named value form: the value must match one of the alternatives.
#[derive(Clone, Copy)]
pub struct Format {
    /// The name the spec refers to (`http-url`).
    pub name: &'static str,
    /// What the form is, for documentation.
    pub description: &'static str,
    /// The alternatives; a value matches the form when it matches one of them.
    pub alternatives: &'static [&'static [Element]],
    /// The form's deterministic automata, built on first use.
    automata: &'static Automata,
    /// The form written as code over the bytes of a literal (see [`code`]): its answer, unless
    /// a byte that is not ASCII decided it.
    code: Option<fn(&[u8]) -> code::Answer>,
}

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Format")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("alternatives", &self.alternatives)
            .finish_non_exhaustive()
    }
}

/// The automata of a form ([`Dfa`]), each built the first time it is needed: one for literals
/// (all alternatives at once, or what comes before a fixed ending: see [`Literal`]), and for
/// skeletons one per alternative and kind of hole (hole transitions would multiply the states
/// of a combined automaton, and most forms are only ever asked about one kind of hole).
#[derive(Debug)]
pub struct Automata {
    literal: OnceLock<Option<Literal>>,
    any_text: OnceLock<Option<Vec<Dfa>>>,
    token: OnceLock<Option<Vec<Dfa>>>,
}

impl Automata {
    const fn new() -> Automata {
        Automata {
            literal: OnceLock::new(),
            any_text: OnceLock::new(),
            token: OnceLock::new(),
        }
    }
}

/// The automata of one form: each form owns its own, built once per process.
macro_rules! automata {
    () => {{
        static AUTOMATA: Automata = Automata::new();
        &AUTOMATA
    }};
}

/// A piece of a string value: known text, or a hole filled in at deploy time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    /// Literal text.
    Text(std::borrow::Cow<'a, str>),
    /// Text not known before deployment (`${AWS::Region}`, a `Ref` in `Fn::Join`).
    Hole,
}

/// How to read a hole when matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holes {
    /// A hole may be any text: "can this value match?" (used before reporting a value that
    /// must match, so that a value that may be right is never reported).
    AnyText,
    /// A hole is a name-like token (`[A-Za-z0-9._-]+`, as `${AWS::Region}` or `${Fn.Arn}`
    /// evaluate to in practice): "does this value match?" (used before reporting a value that
    /// must not match, or before acting on a condition).
    Token,
}

impl Format {
    /// Does the literal `text` match the form?
    #[inline]
    pub fn matches(&self, text: &str) -> bool {
        match self.code.map(|code| code(text.as_bytes())) {
            Some(Ok(())) => true,
            Some(Err(code::Stop::No)) => false,
            Some(Err(code::Stop::NotAscii)) | None => self.matches_by_automaton(text),
        }
    }

    /// [`Self::matches`] for a text the form's code does not decide: apart, so that the code's
    /// answer, the usual one, is a small function's.
    #[inline(never)]
    fn matches_by_automaton(&self, text: &str) -> bool {
        self.literal_automaton()
            .and_then(|literal| literal.matches(text))
            .unwrap_or_else(|| self.by_elements(&[Part::Text(text.into())], Holes::Token))
    }

    /// Does the skeleton `parts` match the form, reading holes as `holes` says?
    pub fn matches_parts(&self, parts: &[Part<'_>], holes: Holes) -> bool {
        self.matches_skeleton(parts, holes, &std::cell::Cell::new(None))
    }

    /// [`Self::matches_parts`], for a skeleton whose answers were last found at `place` (kept
    /// with the skeleton, so that its next questions need not compare its texts again).
    pub(crate) fn matches_skeleton(
        &self,
        parts: &[Part<'_>],
        holes: Holes,
        place: &std::cell::Cell<Option<Place>>,
    ) -> bool {
        if let [Part::Text(text)] = parts {
            return self.matches(text);
        }
        memo::matches(self, parts, holes, place, || self.run_parts(parts, holes))
    }

    /// [`Self::matches_parts`] for a skeleton, by its automata.
    fn run_parts(&self, parts: &[Part<'_>], holes: Holes) -> bool {
        self.skeleton_automata(holes)
            .and_then(|dfas| {
                dfas.iter()
                    .try_fold(false, |any, dfa| Some(any || dfa.run(parts)?))
            })
            .unwrap_or_else(|| self.by_elements(parts, holes))
    }

    /// Whether the form written as code, the automata, and the kept answers of skeleton tests
    /// answer as the alternatives matched one by one do, on the skeleton `pieces` (`None` is a
    /// hole) read with holes of either kind, and on the literal when there is no hole. For the
    /// `formats` fuzz target (`cargo fuzz` builds with `--cfg fuzzing`).
    #[cfg(any(test, fuzzing))]
    #[doc(hidden)]
    pub fn automata_agree(&self, pieces: &[Option<&str>]) -> bool {
        let parts: Vec<Part<'_>> = pieces
            .iter()
            .map(|piece| piece.map_or(Part::Hole, |text| Part::Text(text.into())))
            .collect();
        let literal = match pieces {
            [Some(text)] => {
                let expected = self.by_elements(&parts, Holes::Token);
                let automaton = self.literal_automaton().and_then(|l| l.matches(text));
                self.matches(text) == expected && automaton.is_none_or(|a| a == expected)
            }
            _ => true,
        };
        // The automata themselves, and through the memo, which may answer from an earlier input.
        literal
            && [Holes::AnyText, Holes::Token].into_iter().all(|holes| {
                let expected = self.by_elements(&parts, holes);
                self.run_parts(&parts, holes) == expected
                    && self.matches_parts(&parts, holes) == expected
            })
    }

    /// Matches `parts` against the alternatives one by one, without the automata.
    fn by_elements(&self, parts: &[Part<'_>], holes: Holes) -> bool {
        self.alternatives
            .iter()
            .any(|elements| accepts(elements, parts, holes))
    }

    fn literal_automaton(&self) -> Option<&Literal> {
        self.automata
            .literal
            .get_or_init(|| Literal::build(self.alternatives))
            .as_ref()
    }

    fn skeleton_automata(&self, holes: Holes) -> Option<&[Dfa]> {
        let cache = match holes {
            Holes::AnyText => &self.automata.any_text,
            Holes::Token => &self.automata.token,
        };
        cache
            .get_or_init(|| {
                self.alternatives
                    .iter()
                    .map(|a| Dfa::build(&[a], Some(holes)))
                    .collect()
            })
            .as_deref()
    }
}

/// How literals are matched: by the automaton of all the alternatives of a form; or, for a form
/// of one alternative that ends with any text and then a fixed text (`'`, then anything, then
/// `'`), by that ending and the automaton of what comes before it, which stops reading as soon
/// as it reaches the any-text part.
#[derive(Debug)]
struct Literal {
    /// The fixed text every matching literal ends with (`""` when there is none).
    ending: &'static str,
    /// The automaton of the literal without `ending`.
    dfa: Dfa,
}

impl Literal {
    fn build(alternatives: &'static [&'static [Element]]) -> Option<Literal> {
        if let [elements] = alternatives {
            if let [before @ .., Element::Rest, Element::Text(ending)] = elements {
                if !ending.is_empty() {
                    // `before, Rest, ending` matches exactly the texts that end with `ending`
                    // and whose text before it matches `before, Rest`.
                    let head = &elements[..before.len() + 1];
                    let dfa = Dfa::build(&[head], None)?;
                    return Some(Literal { ending, dfa });
                }
            }
        }
        let dfa = Dfa::build(alternatives, None)?;
        Some(Literal { ending: "", dfa })
    }

    /// Does the literal match? `None` when the automaton meets a byte that is not ASCII
    /// before it can tell.
    #[inline]
    fn matches(&self, text: &str) -> Option<bool> {
        match text.strip_suffix(self.ending) {
            Some(head) => self.dfa.matches(head),
            None => Some(false),
        }
    }
}

/// The deterministic automaton of some alternatives of a form: a table lookup per byte (but
/// see [`Self::forced`] and [`Self::run`], which read several bytes at once), and one per hole.
/// Its states are the sets of [`Matcher`] states (subset construction); the ASCII bytes that
/// every element treats alike share a column, and every other byte leads to [`Self::OTHER`]:
/// text that is not ASCII is left to the [`Matcher`] and [`Backtrack`], which test classes on
/// whole characters.
#[derive(Debug)]
struct Dfa {
    /// The column of each byte (all bytes that are not ASCII share the last).
    column: [u8; 256],
    /// How many columns a row has (a power of two, the columns rounded up): a state's row is its
    /// id times this.
    stride: usize,
    /// `stride` as a shift: a row's state id is the row shifted right by this.
    shift: u32,
    /// `next[row + column]`: the row of the state after a byte.
    next: Vec<u32>,
    /// By state id: the row of the state after a hole (of the kind the automaton was built
    /// for; empty for literals).
    hole: Vec<u32>,
    /// By state id: whether the text read so far matches.
    accepting: Vec<bool>,
    /// By state id: which of `runs` tells the bytes that lead back to the state itself, so
    /// that a run of them (a `Many` class) is read without following the table byte after
    /// byte (0, a table of none, for states without such bytes).
    run: Vec<u16>,
    /// The distinct tables of [`Self::run`]: `runs[i][byte]`, the byte keeps the state.
    runs: Vec<[bool; 256]>,
    /// By state id: the text that is the only way on from the state (the rest of a `Text` of the
    /// form, say, or several elements that each allow a single byte) and the row it leads to,
    /// so that it is compared at once rather than read byte after byte.
    forced: Vec<Option<Forced>>,
}

/// A text that leads from one state of a [`Dfa`] to another.
#[derive(Debug, Clone, Copy)]
struct Forced {
    /// The bytes.
    text: [u8; Forced::MAX],
    /// How many of them.
    len: usize,
    /// The row of the state they lead to.
    row: usize,
}

impl Forced {
    /// Texts are cut at this length.
    const MAX: usize = 48;
    /// Shorter texts are read byte after byte.
    const MIN: usize = 3;
}

/// What [`Dfa::build`] does to the states of one alternative: from these, into those.
type Step<'a> = dyn Fn(&Matcher<'_>, &[u64], &mut [u64]) + 'a;

/// Where reading stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Read {
    /// In the state of this row.
    Row(usize),
    /// At a byte that is not ASCII.
    NotAscii,
}

impl Dfa {
    /// No alternative can match any more, whatever follows.
    const DEAD: u32 = 0;
    /// A byte that is not ASCII was read.
    const OTHER: u32 = 1;
    /// An alternative reached its final `Rest`: it matches, whatever follows.
    const ALL: u32 = 2;
    /// Nothing read yet.
    const START: u32 = 3;
    /// Forms whose automaton would have more states than this keep to the [`Matcher`].
    const MAX_STATES: usize = 4096;

    /// The automaton of `alternatives` (any of them matches), with a transition for holes of
    /// the kind `holes` (none for literals); `None` when it would have more than
    /// [`Self::MAX_STATES`] states.
    fn build(alternatives: &[&[Element]], holes: Option<Holes>) -> Option<Dfa> {
        let layouts: Vec<Vec<usize>> = alternatives.iter().map(|a| layout(a)).collect();
        // Alternative `i` owns the words `ranges[i]` of a state set.
        let mut ranges = Vec::new();
        let mut words = 0;
        for (elements, base) in alternatives.iter().zip(&layouts) {
            let len = base[elements.len() + 1].div_ceil(64);
            ranges.push(words..words + len);
            words += len;
        }
        let matchers: Vec<(Matcher<'_>, std::ops::Range<usize>)> = alternatives
            .iter()
            .zip(&layouts)
            .zip(ranges)
            .map(|((elements, base), range)| (Matcher { elements, base }, range))
            .collect();
        // Applies `f` to each alternative's part of `from`, into `to`.
        let apply = |from: &[u64], to: &mut [u64], f: &Step<'_>| {
            for (matcher, range) in &matchers {
                f(matcher, &from[range.clone()], &mut to[range.clone()]);
            }
        };
        let mut start = vec![0; words];
        apply(&vec![0; words], &mut start, &|m, _, to| {
            set(to, 0);
            m.close(to);
        });
        let column = columns(alternatives);
        let mut ids = std::collections::BTreeMap::new();
        ids.insert(vec![0; words], Self::DEAD);
        ids.insert(start.clone(), Self::START);
        // `OTHER` and `ALL` have no set of their own: they are never looked up.
        let mut sets = vec![vec![0; words], Vec::new(), Vec::new(), start];
        let all = |set: &[u64]| {
            matchers
                .iter()
                .any(|(m, range)| match m.elements.len().checked_sub(1) {
                    Some(last) if matches!(m.elements[last], Element::Rest) => {
                        is_set(set, range.start * 64 + m.base[last])
                    }
                    _ => false,
                })
        };
        let mut intern = |set: &[u64], sets: &mut Vec<Vec<u64>>| -> Option<u32> {
            if all(set) {
                return Some(Self::ALL);
            }
            if let Some(&id) = ids.get(set) {
                return Some(id);
            }
            let id = u32::try_from(sets.len()).ok()?;
            ids.insert(set.to_vec(), id);
            sets.push(set.to_vec());
            Some(id)
        };
        let stride = (column.representatives.len() + 1).next_power_of_two();
        let mut of = [column.representatives.len() as u8; 256];
        of[..128].copy_from_slice(&column.of);
        let mut dfa = Dfa {
            column: of,
            stride,
            shift: stride.trailing_zeros(),
            next: Vec::new(),
            hole: Vec::new(),
            accepting: Vec::new(),
            run: Vec::new(),
            runs: Vec::new(),
            forced: Vec::new(),
        };
        let mut moved = vec![0; words];
        let mut state = 0;
        while state < sets.len() {
            if sets.len() > Self::MAX_STATES {
                return None;
            }
            if let fixed @ (Self::OTHER | Self::ALL) = state as u32 {
                dfa.next.extend([fixed; 1].repeat(stride));
                if holes.is_some() {
                    dfa.hole.push(fixed);
                }
                dfa.accepting.push(fixed == Self::ALL);
                state += 1;
                continue;
            }
            let states = sets[state].clone();
            for &byte in &column.representatives {
                apply(&states, &mut moved, &|m, from, to| {
                    m.step(from, to, char::from(byte))
                });
                dfa.next.push(intern(&moved, &mut sets)?);
            }
            dfa.next.push(Self::OTHER);
            dfa.next.resize(
                dfa.next.len() + stride - column.representatives.len() - 1,
                Self::DEAD,
            );
            match holes {
                Some(Holes::AnyText) => apply(&states, &mut moved, &|m, from, to| {
                    to.copy_from_slice(from);
                    m.skip_any(to);
                }),
                Some(Holes::Token) => apply(&states, &mut moved, &|m, from, to| {
                    let [mut next, mut frontier] = [(); 2].map(|()| vec![0; from.len()]);
                    m.skip_token(from, &mut next, to, &mut frontier);
                }),
                None => {}
            }
            if holes.is_some() {
                dfa.hole.push(intern(&moved, &mut sets)?);
            }
            let accepting = matchers
                .iter()
                .any(|(m, range)| is_set(&states, range.start * 64 + m.base[m.elements.len()]));
            dfa.accepting.push(accepting);
            state += 1;
        }
        // From state ids to row offsets, so that reading a byte is one addition and one load.
        for id in dfa.next.iter_mut().chain(&mut dfa.hole) {
            *id *= u32::try_from(stride).ok()?;
        }
        dfa.shortcuts(&column);
        Some(dfa)
    }

    /// Fills in [`Self::run`], [`Self::runs`] and [`Self::forced`].
    fn shortcuts(&mut self, column: &Columns) {
        let states = self.accepting.len();
        let columns = column.representatives.len();
        let after = |row: usize, column: usize| self.next[row + column] as usize;
        // The one column of ASCII bytes that does not lead to `DEAD` from the state of `row`,
        // if it holds a single byte: that byte, and the row it leads to. (Bytes that are not
        // ASCII lead to `OTHER`, and never match the text.)
        let only_way = |row: usize| {
            let mut live = (0..columns).filter(|&c| after(row, c) != Self::DEAD as usize);
            match (live.next(), live.next()) {
                (Some(c), None) => {
                    let alike = column.of.iter().filter(|&&of| usize::from(of) == c).count();
                    (alike == 1).then_some((column.representatives[c], after(row, c)))
                }
                _ => None,
            }
        };
        let start = self.start();
        let mut runs = vec![[false; 256]];
        self.run = (0..states)
            .map(|state| {
                let row = state * self.stride;
                if row < start {
                    return 0;
                }
                let keeps: [bool; 256] =
                    std::array::from_fn(|byte| after(row, usize::from(self.column[byte])) == row);
                let index = runs
                    .iter()
                    .position(|run| *run == keeps)
                    .unwrap_or_else(|| {
                        runs.push(keeps);
                        runs.len() - 1
                    });
                u16::try_from(index).unwrap_or(0)
            })
            .collect();
        self.runs = runs;
        self.forced = (0..states)
            .map(|state| {
                let mut row = state * self.stride;
                let mut forced = Forced {
                    text: [0; Forced::MAX],
                    len: 0,
                    row,
                };
                while forced.len < Forced::MAX && row >= start {
                    let Some((byte, next)) = only_way(row) else {
                        break;
                    };
                    forced.text[forced.len] = byte;
                    forced.len += 1;
                    row = next;
                }
                forced.row = row;
                (forced.len >= Forced::MIN).then_some(forced)
            })
            .collect();
    }

    fn start(&self) -> usize {
        Self::START as usize * self.stride
    }

    /// Reads `text` from the state of `row`.
    #[inline]
    fn read(&self, mut row: usize, text: &str) -> Read {
        // Rows below this one are `DEAD`, `OTHER` and `ALL`, which no byte leaves.
        let stop = self.start();
        let bytes = text.as_bytes();
        let mut at = 0;
        while row >= stop {
            let Some(&byte) = bytes.get(at) else { break };
            let state = row >> self.shift;
            // A text the form requires here is compared at once.
            if let Some(Some(forced)) = self.forced.get(state) {
                if bytes[at..].starts_with(&forced.text[..forced.len]) {
                    at += forced.len;
                    row = forced.row;
                    continue;
                }
            }
            let next = self.next[row + usize::from(self.column[usize::from(byte)])] as usize;
            at += 1;
            // The state's table of bytes that keep it, looked up only when this byte kept it.
            let run = (next == row)
                .then(|| self.runs.get(usize::from(*self.run.get(state)?)))
                .flatten();
            if let Some(keeps) = run {
                // A run of bytes that keep the state: each is tested on its own, with no
                // wait for the one before, eight at a time.
                while let Some(eight) = bytes.get(at..at + 8) {
                    if !eight
                        .iter()
                        .fold(true, |all, &b| all & keeps[usize::from(b)])
                    {
                        break;
                    }
                    at += 8;
                }
                while bytes.get(at).is_some_and(|&b| keeps[usize::from(b)]) {
                    at += 1;
                }
            }
            row = next;
        }
        if row == Self::OTHER as usize * self.stride {
            Read::NotAscii
        } else {
            Read::Row(row)
        }
    }

    fn accepts(&self, row: usize) -> bool {
        self.accepting[row >> self.shift]
    }

    /// Does the literal match? `None` when reading meets a byte that is not ASCII before it
    /// can tell.
    fn matches(&self, text: &str) -> Option<bool> {
        match self.read(self.start(), text) {
            Read::Row(row) => Some(self.accepts(row)),
            Read::NotAscii => None,
        }
    }

    /// Does the skeleton match? `None` when one of its texts is not ASCII.
    fn run(&self, parts: &[Part<'_>]) -> Option<bool> {
        let mut row = self.start();
        for part in parts {
            row = match part {
                Part::Text(text) => match self.read(row, text) {
                    Read::Row(row) => row,
                    Read::NotAscii => return None,
                },
                // A literal automaton (no hole transitions) is never given a skeleton.
                Part::Hole => *self.hole.get(row >> self.shift)? as usize,
            };
            if row == Self::DEAD as usize {
                return Some(false);
            }
        }
        Some(self.accepts(row))
    }
}

/// The ASCII bytes that every element of some alternatives treats alike (the same positions
/// of its texts, the same answer of its classes), grouped into columns.
struct Columns {
    /// The column of each byte.
    of: [u8; 128],
    /// One byte of each column.
    representatives: Vec<u8>,
}

fn columns(alternatives: &[&[Element]]) -> Columns {
    let mut of = [0; 128];
    let mut signatures: std::collections::BTreeMap<Vec<bool>, u8> = Default::default();
    let mut representatives = Vec::new();
    for byte in 0..128u8 {
        let c = char::from(byte);
        let signature: Vec<bool> = alternatives
            .iter()
            .flat_map(|elements| elements.iter())
            .flat_map(|element| match element {
                Element::Text(t) => t.bytes().map(|b| b == byte).collect::<Vec<_>>(),
                Element::One(class) | Element::Many(class) => vec![class(c)],
                Element::Rest => Vec::new(),
            })
            .collect();
        let next = representatives.len();
        of[usize::from(byte)] = *signatures.entry(signature).or_insert_with(|| {
            representatives.push(byte);
            next as u8
        });
    }
    Columns {
        of,
        representatives,
    }
}

/// The first state id of each element of an alternative, then "past the end", then the total
/// number of states (see [`Matcher`]).
fn layout(elements: &[Element]) -> Vec<usize> {
    let mut base = vec![0; elements.len() + 2];
    fill_layout(elements, &mut base);
    base
}

/// [`layout`] into `base`, which has room for `elements.len() + 2` ids.
fn fill_layout(elements: &[Element], base: &mut [usize]) {
    for (i, element) in elements.iter().enumerate() {
        base[i + 1] = base[i]
            + match element {
                Element::Text(t) => t.len() + 1,
                Element::Many(_) => 2,
                Element::One(_) | Element::Rest => 1,
            };
    }
    base[elements.len() + 1] = base[elements.len()] + 1;
}

/// The characters a [`Holes::Token`] hole is made of.
const TOKEN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

/// Alternatives of up to this many elements, with up to `64 * INLINE_WORDS` states, are
/// matched without allocating; longer ones use the heap.
const INLINE_ELEMENTS: usize = 16;
const INLINE_WORDS: usize = 4;

/// A literal up to this many bytes is matched by [`Backtrack`] (which skips whole runs of
/// text at once, but may cost `elements × len²` on adversarial input); longer literals and
/// skeletons with holes run the automaton, linear in the text.
const BACKTRACK_LIMIT: usize = 512;

/// Matches one alternative against `parts`.
fn accepts(elements: &[Element], parts: &[Part<'_>], holes: Holes) -> bool {
    // Most alternatives start with fixed text (`integration.request.path.`): a literal that does
    // not is rejected before any matcher is set up.
    if let ([Element::Text(head), ..], [Part::Text(text), ..]) = (elements, parts) {
        let known = head.len().min(text.len());
        let (head, text) = (head.as_bytes(), text.as_bytes());
        if head.get(..known) != text.get(..known) || (parts.len() == 1 && text.len() < head.len()) {
            return false;
        }
    }
    match parts {
        [Part::Text(text)] if text.len() <= BACKTRACK_LIMIT => Backtrack::run(elements, text),
        _ => automaton(elements, parts, holes),
    }
}

/// Runs the automaton ([`Matcher`]) of one alternative over `parts`.
fn automaton(elements: &[Element], parts: &[Part<'_>], holes: Holes) -> bool {
    let mut base_inline = [0; INLINE_ELEMENTS + 2];
    let mut base_heap = Vec::new();
    let base = if elements.len() <= INLINE_ELEMENTS {
        &mut base_inline[..elements.len() + 2]
    } else {
        base_heap.resize(elements.len() + 2, 0);
        &mut base_heap[..]
    };
    fill_layout(elements, base);
    let words = base[elements.len() + 1].div_ceil(64);
    let mut bits_inline = [0; 4 * INLINE_WORDS];
    let mut bits_heap = Vec::new();
    let bits = if words <= INLINE_WORDS {
        &mut bits_inline[..4 * words]
    } else {
        bits_heap.resize(4 * words, 0);
        &mut bits_heap[..]
    };
    let (states, rest) = bits.split_at_mut(words);
    let (next, rest) = rest.split_at_mut(words);
    let (reached, frontier) = rest.split_at_mut(words);
    let matcher = Matcher { elements, base };
    matcher.run(parts, holes, [states, next, reached, frontier])
}

/// A literal matched element by element: every way of splitting the text among `One`, `Many`
/// and `Rest` is tried, and each (element, position) that failed is remembered, so no split is
/// tried twice. The recursion is as deep as the alternative is long.
struct Backtrack<'a> {
    elements: &'a [Element],
    text: &'a str,
    /// One bit per (element, byte position): that suffix of the alternative cannot match
    /// that suffix of the text.
    failed: &'a mut [u64],
}

impl Backtrack<'_> {
    fn run(elements: &[Element], text: &str) -> bool {
        const INLINE: usize = 32;
        let words = ((elements.len() + 1) * (text.len() + 1)).div_ceil(64);
        let mut inline = [0; INLINE];
        let mut heap = Vec::new();
        let failed = if words <= INLINE {
            &mut inline[..words]
        } else {
            heap.resize(words, 0);
            &mut heap[..]
        };
        Backtrack {
            elements,
            text,
            failed,
        }
        .at(0, 0)
    }

    /// Does the alternative from element `index` match the text from byte `pos`?
    fn at(&mut self, index: usize, pos: usize) -> bool {
        let Some(element) = self.elements.get(index) else {
            return pos == self.text.len();
        };
        let memo = index * (self.text.len() + 1) + pos;
        if is_set(self.failed, memo) {
            return false;
        }
        let rest = &self.text[pos..];
        let matched = match *element {
            Element::Text(t) => rest.starts_with(t) && self.at(index + 1, pos + t.len()),
            Element::One(class) => rest
                .chars()
                .next()
                .is_some_and(|c| class(c) && self.at(index + 1, pos + c.len_utf8())),
            // Last, a `Many` must take the rest of the text, and a `Rest` takes it.
            Element::Many(class) if index + 1 == self.elements.len() => {
                !rest.is_empty() && rest.chars().all(class)
            }
            Element::Rest if index + 1 == self.elements.len() => true,
            Element::Many(class) => {
                // Where a `Text` follows, only the ends where its first byte follows are tried.
                let next = match self.elements.get(index + 1) {
                    Some(Element::Text(t)) => t.as_bytes().first().copied(),
                    _ => None,
                };
                let mut matched = false;
                for (offset, c) in rest.char_indices() {
                    if !class(c) {
                        break;
                    }
                    let end = pos + offset + c.len_utf8();
                    if next.is_some_and(|b| self.text.as_bytes().get(end) != Some(&b)) {
                        continue;
                    }
                    if self.at(index + 1, end) {
                        matched = true;
                        break;
                    }
                }
                matched
            }
            Element::Rest => match self.elements.get(index + 1) {
                // Where a `Text` follows, only the places it occurs are tried.
                Some(Element::Text(t)) if !t.is_empty() => {
                    let mut from = pos;
                    let mut matched = false;
                    while let Some(found) = self.text[from..].find(t) {
                        let end = from + found;
                        if self.at(index + 1, end) {
                            matched = true;
                            break;
                        }
                        from = end + self.text[end..].chars().next().map_or(1, char::len_utf8);
                    }
                    matched
                }
                _ => (pos..=self.text.len())
                    .filter(|end| self.text.is_char_boundary(*end))
                    .any(|end| self.at(index + 1, end)),
            },
        };
        if !matched {
            set(self.failed, memo);
        }
        matched
    }
}

/// The automaton of one alternative. Its states are the positions in the alternative, kept as a
/// bit set: element `i` owns the state ids from `base[i]` on (a `Text` one per byte offset, 0 to
/// its length; a `Many` two, for "nothing consumed yet" and "at least one character consumed";
/// a `One` or a `Rest` one), and the last id, `base[elements.len()]`, is "past the end".
struct Matcher<'a> {
    elements: &'a [Element],
    base: &'a [usize],
}

/// Does `t` continue with `c` at byte `offset`? (Without a `memcmp` for ASCII.)
fn text_continues_with(t: &str, offset: usize, c: char) -> bool {
    if c.is_ascii() {
        t.as_bytes().get(offset) == Some(&(c as u8))
    } else {
        t[offset..].starts_with(c)
    }
}

fn set(bits: &mut [u64], id: usize) {
    bits[id / 64] |= 1 << (id % 64);
}

fn is_set(bits: &[u64], id: usize) -> bool {
    bits[id / 64] & (1 << (id % 64)) != 0
}

fn is_empty(bits: &[u64]) -> bool {
    bits.iter().all(|w| *w == 0)
}

/// The first state id at or after `from`.
fn next_set(bits: &[u64], from: usize) -> Option<usize> {
    let mut w = from / 64;
    let mut word = bits.get(w)? & (!0 << (from % 64));
    loop {
        if word != 0 {
            return Some(w * 64 + word.trailing_zeros() as usize);
        }
        w += 1;
        word = *bits.get(w)?;
    }
}

impl Matcher<'_> {
    fn run(&self, parts: &[Part<'_>], holes: Holes, buffers: [&mut [u64]; 4]) -> bool {
        let [states, next, reached, frontier] = buffers;
        set(states, 0);
        self.close(states);
        for part in parts {
            match part {
                Part::Text(text) => {
                    let mut pos = 0;
                    while let Some(c) = text[pos..].chars().next() {
                        if let Some(skipped) = self.skip_text(states, &text[pos..]) {
                            pos += skipped;
                        } else {
                            self.step(states, next, c);
                            states.copy_from_slice(next);
                            pos += c.len_utf8();
                        }
                        if is_empty(states) {
                            return false;
                        }
                    }
                }
                Part::Hole => match holes {
                    Holes::AnyText => self.skip_any(states),
                    Holes::Token => {
                        self.skip_token(states, next, reached, frontier);
                        states.copy_from_slice(reached);
                    }
                },
            }
            if is_empty(states) {
                return false;
            }
        }
        let end = self.base[self.elements.len()];
        is_set(states, end)
    }

    /// When the only state is inside a `Text`, consumes as much of `rest` as matches it at once
    /// and returns how many bytes that was (the states are empty if `rest` does not match).
    fn skip_text(&self, states: &mut [u64], rest: &str) -> Option<usize> {
        if states.iter().map(|w| w.count_ones()).sum::<u32>() != 1 {
            return None;
        }
        let id = next_set(states, 0)?;
        let index = self.owner(id);
        let Some(Element::Text(t)) = self.elements.get(index) else {
            return None;
        };
        let offset = id - self.base[index];
        let expected = &t.as_bytes()[offset..];
        if expected.is_empty() {
            return None;
        }
        let same = expected
            .iter()
            .zip(rest.as_bytes())
            .take_while(|(a, b)| a == b)
            .count();
        states.fill(0);
        if same == expected.len() {
            set(states, self.base[index] + t.len());
            self.close(states);
        } else if same == rest.len() {
            set(states, id + same);
        }
        Some(same.max(1))
    }

    /// The index of the element that owns state `id`.
    fn owner(&self, id: usize) -> usize {
        (0..=self.elements.len())
            .rfind(|&i| self.base[i] <= id)
            .unwrap_or(0)
    }

    /// Calls `f` with the element index and offset of every state in `bits`, in id order.
    fn for_each(&self, bits: &[u64], mut f: impl FnMut(usize, usize)) {
        let mut index = 0;
        let mut from = 0;
        while let Some(id) = next_set(bits, from) {
            while self.base[index + 1] <= id {
                index += 1;
            }
            f(index, id - self.base[index]);
            from = id + 1;
        }
    }

    /// Adds the states reachable without consuming a character. Those are always further on
    /// than the state they come from, so one pass in id order reaches them all.
    fn close(&self, bits: &mut [u64]) {
        let mut index = 0;
        let mut from = 0;
        while let Some(id) = next_set(bits, from) {
            while self.base[index + 1] <= id {
                index += 1;
            }
            let complete = match self.elements.get(index) {
                Some(Element::Text(t)) => id - self.base[index] == t.len(),
                Some(Element::Many(_)) => id - self.base[index] == 1,
                Some(Element::Rest) => true,
                Some(Element::One(_)) | None => false,
            };
            if complete {
                set(bits, self.base[index + 1]);
            }
            from = id + 1;
        }
    }

    /// The states `states` move to on the character `c`.
    fn step(&self, states: &[u64], next: &mut [u64], c: char) {
        next.fill(0);
        self.for_each(states, |index, offset| {
            let moved = match self.elements.get(index) {
                Some(Element::Text(t)) if text_continues_with(t, offset, c) => {
                    Some(self.base[index] + offset + c.len_utf8())
                }
                Some(Element::One(class)) if class(c) => Some(self.base[index + 1]),
                Some(Element::Many(class)) if class(c) => Some(self.base[index] + 1),
                Some(Element::Rest) => Some(self.base[index]),
                _ => None,
            };
            if let Some(id) = moved {
                set(next, id);
            }
        });
        self.close(next);
    }

    /// A hole of any text: every position at or after a current one.
    fn skip_any(&self, states: &mut [u64]) {
        let Some(first) = next_set(states, 0) else {
            return;
        };
        let first = self.owner(first);
        for index in first..=self.elements.len() {
            let base = self.base[index];
            match self.elements.get(index) {
                Some(Element::Text(t)) => {
                    for (offset, _) in t.char_indices() {
                        set(states, base + offset);
                    }
                    set(states, base + t.len());
                }
                Some(Element::Many(_)) => {
                    set(states, base);
                    set(states, base + 1);
                }
                _ => set(states, base),
            }
        }
        self.close(states);
    }

    /// A hole that is one or more name-like characters: every state reachable from `states`
    /// by one or more token characters, into `reached`.
    fn skip_token(
        &self,
        states: &[u64],
        next: &mut [u64],
        reached: &mut [u64],
        frontier: &mut [u64],
    ) {
        reached.fill(0);
        frontier.copy_from_slice(states);
        loop {
            self.step_token(frontier, next);
            let mut grown = false;
            for ((n, r), f) in next.iter().zip(reached.iter_mut()).zip(frontier.iter_mut()) {
                *f = n & !*r;
                *r |= *f;
                grown |= *f != 0;
            }
            if !grown {
                return;
            }
        }
    }

    /// The states `states` move to on some token character: the union of [`Self::step`] over
    /// every token character, computed per state.
    fn step_token(&self, states: &[u64], next: &mut [u64]) {
        next.fill(0);
        self.for_each(states, |index, offset| {
            let moved = match self.elements.get(index) {
                Some(Element::Text(t)) => t[offset..]
                    .chars()
                    .next()
                    .filter(|c| TOKEN.contains(*c))
                    .map(|c| self.base[index] + offset + c.len_utf8()),
                Some(Element::One(class)) if TOKEN.chars().any(class) => Some(self.base[index + 1]),
                Some(Element::Many(class)) if TOKEN.chars().any(class) => {
                    Some(self.base[index] + 1)
                }
                Some(Element::Rest) => Some(self.base[index]),
                _ => None,
            };
            if let Some(id) = moved {
                set(next, id);
            }
        });
        self.close(next);
    }
}

fn partition(c: char) -> bool {
    c.is_ascii_lowercase() || c == '-'
}
fn region(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}
fn digit(c: char) -> bool {
    c.is_ascii_digit()
}
fn status_class(c: char) -> bool {
    ('1'..='5').contains(&c)
}
fn service(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')
}
fn host(c: char) -> bool {
    !c.is_whitespace() && !matches!(c, '/' | '?' | '#')
}
fn non_space(c: char) -> bool {
    !c.is_whitespace()
}
fn role_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || "+=,.@_-/".contains(c)
}
fn function_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '$')
}
/// An HTTP token character (RFC 9110 `tchar`).
fn token(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}
/// A parameter name in a mapping expression (`^[a-zA-Z0-9._$-]+$`).
fn parameter(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '$' | '-')
}

use Element::{Many, One, Rest, Text};

/// An absolute `http://` or `https://` URL.
pub const HTTP_URL: Format = Format {
    name: "http-url",
    description: "an absolute http:// or https:// URL",
    automata: automata!(),
    code: Some(code::http_url),
    alternatives: &[
        &[Text("http://"), Many(host), Rest],
        &[Text("https://"), Many(host), Rest],
    ],
};

/// `arn:PARTITION:apigateway:REGION:SUBDOMAIN.SERVICE|SERVICE:path|action/SERVICE_API`.
pub const APIGATEWAY_SERVICE_URI: Format = Format {
    name: "apigateway-service-uri",
    description: "arn:PARTITION:apigateway:REGION:SUBDOMAIN.SERVICE|SERVICE:path|action/SERVICE_API",
    automata: automata!(),
    code: Some(code::apigateway_service_uri),
    alternatives: &[
        &[
            Text("arn:"),
            Many(partition),
            Text(":apigateway:"),
            Many(region),
            Text(":"),
            Many(service),
            Text(":path/"),
            Many(non_space),
        ],
        &[
            Text("arn:"),
            Many(partition),
            Text(":apigateway:"),
            Many(region),
            Text(":"),
            Many(service),
            Text(":action/"),
            Many(non_space),
        ],
    ],
};

/// `arn:PARTITION:apigateway:REGION:lambda:path/.../invocations`: a Lambda integration URI.
pub const LAMBDA_INVOCATION_URI: Format = Format {
    name: "lambda-invocation-uri",
    description: "arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations",
    automata: automata!(),
    code: Some(code::lambda_invocation_uri),
    alternatives: &[&[
        Text("arn:"),
        Many(partition),
        Text(":apigateway:"),
        Many(region),
        Text(":lambda:path/"),
        Rest,
        Text("/invocations"),
    ]],
};

/// `arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`.
pub const LAMBDA_FUNCTION_ARN: Format = Format {
    name: "lambda-function-arn",
    description: "a Lambda function ARN (arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME)",
    automata: automata!(),
    code: Some(code::lambda_function_arn),
    alternatives: &[&[
        Text("arn:"),
        Many(partition),
        Text(":lambda:"),
        Many(region),
        Text(":"),
        Many(digit),
        Text(":function:"),
        Many(function_name),
    ]],
};

/// `arn:PARTITION:iam::ACCOUNT:role/NAME`.
pub const IAM_ROLE_ARN: Format = Format {
    name: "iam-role-arn",
    description: "an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME)",
    automata: automata!(),
    code: Some(code::iam_role_arn),
    alternatives: &[&[
        Text("arn:"),
        Many(partition),
        Text(":iam::"),
        Many(digit),
        Text(":role/"),
        Many(role_name),
    ]],
};

/// Exactly `arn:aws:iam::*:user/*`: API Gateway passes the caller's credentials through.
pub const IAM_CALLER_PASSTHROUGH: Format = Format {
    name: "iam-caller-passthrough",
    description: "arn:aws:iam::*:user/* (the caller's identity is passed through)",
    automata: automata!(),
    code: Some(code::iam_caller_passthrough),
    alternatives: &[&[Text("arn:aws:iam::*:user/*")]],
};

/// A media type, `type/subtype` with optional parameters.
pub const MEDIA_TYPE: Format = Format {
    name: "media-type",
    description: "a media type (type/subtype), such as application/json",
    automata: automata!(),
    code: Some(code::media_type),
    alternatives: &[&[Many(token), Text("/"), Many(token), Rest]],
};

/// `integration.request.LOCATION.NAME`.
pub const INTEGRATION_REQUEST_PARAMETER: Format = Format {
    name: "integration-request-parameter",
    description: "integration.request.LOCATION.NAME (LOCATION: path, querystring, multivaluequerystring, header, multivalueheader)",
    automata: automata!(),
    code: Some(code::integration_request_parameter),
    alternatives: &[
        &[Text("integration.request.path."), Many(parameter)],
        &[Text("integration.request.querystring."), Many(parameter)],
        &[
            Text("integration.request.multivaluequerystring."),
            Many(parameter),
        ],
        &[Text("integration.request.header."), Many(parameter)],
        &[
            Text("integration.request.multivalueheader."),
            Many(parameter),
        ],
    ],
};

/// `method.request.LOCATION.NAME`, `method.request.body` or `method.request.body.JSONPATH`.
pub const METHOD_REQUEST_PARAMETER: Format = Format {
    name: "method-request-parameter",
    description: "method.request.LOCATION.NAME or method.request.body[.JSONPATH]",
    automata: automata!(),
    code: Some(code::method_request_parameter),
    alternatives: &[
        &[Text("method.request.path."), Many(parameter)],
        &[Text("method.request.querystring."), Many(parameter)],
        &[
            Text("method.request.multivaluequerystring."),
            Many(parameter),
        ],
        &[Text("method.request.header."), Many(parameter)],
        &[Text("method.request.multivalueheader."), Many(parameter)],
        &[Text("method.request.body")],
        &[Text("method.request.body."), Many(non_space)],
    ],
};

/// `integration.response.header.NAME` or `integration.response.body[.JSONPATH]`.
pub const INTEGRATION_RESPONSE_PARAMETER: Format = Format {
    name: "integration-response-parameter",
    description: "integration.response.header.NAME, integration.response.multivalueheader.NAME or integration.response.body[.JSONPATH]",
    automata: automata!(),
    code: Some(code::integration_response_parameter),
    alternatives: &[
        &[Text("integration.response.header."), Many(parameter)],
        &[
            Text("integration.response.multivalueheader."),
            Many(parameter),
        ],
        &[Text("integration.response.body")],
        &[Text("integration.response.body."), Many(non_space)],
    ],
};

/// `method.response.header.NAME`.
pub const METHOD_RESPONSE_HEADER: Format = Format {
    name: "method-response-header",
    description: "method.response.header.NAME",
    automata: automata!(),
    code: Some(code::method_response_header),
    alternatives: &[&[Text("method.response.header."), Many(parameter)]],
};

/// `context.NAME`: an API Gateway context variable. Authorizer claims may carry any name
/// (`context.authorizer.claims['cognito:groups']`), so the name is any text without spaces.
pub const CONTEXT_VARIABLE: Format = Format {
    name: "context-variable",
    description: "context.NAME",
    automata: automata!(),
    code: Some(code::context_variable),
    alternatives: &[&[Text("context."), Many(non_space)]],
};

/// `stageVariables.NAME`: a stage variable.
pub const STAGE_VARIABLE: Format = Format {
    name: "stage-variable",
    description: "stageVariables.NAME",
    automata: automata!(),
    code: Some(code::stage_variable),
    alternatives: &[&[Text("stageVariables."), Many(parameter)]],
};

/// A static value enclosed in single quotes (`'application/json'`).
pub const QUOTED_STATIC_VALUE: Format = Format {
    name: "quoted-static-value",
    description: "a static value in single quotes",
    automata: automata!(),
    code: Some(code::quoted_static_value),
    alternatives: &[&[Text("'"), Rest, Text("'")]],
};

/// A three-digit HTTP status code from 100 to 599.
pub const HTTP_STATUS_CODE: Format = Format {
    name: "http-status-code",
    description: "a three-digit HTTP status code (100 to 599)",
    automata: automata!(),
    code: Some(code::http_status_code),
    alternatives: &[&[One(status_class), One(digit), One(digit)]],
};

/// Every named form, by name: the spec may refer to any of these.
pub const FORMATS: &[Format] = &[
    HTTP_URL,
    APIGATEWAY_SERVICE_URI,
    LAMBDA_INVOCATION_URI,
    LAMBDA_FUNCTION_ARN,
    IAM_ROLE_ARN,
    IAM_CALLER_PASSTHROUGH,
    MEDIA_TYPE,
    INTEGRATION_REQUEST_PARAMETER,
    METHOD_REQUEST_PARAMETER,
    INTEGRATION_RESPONSE_PARAMETER,
    METHOD_RESPONSE_HEADER,
    CONTEXT_VARIABLE,
    STAGE_VARIABLE,
    QUOTED_STATIC_VALUE,
    HTTP_STATUS_CODE,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(template: &str) -> Vec<Part<'_>> {
        crate::runtime::check::sub_skeleton(template)
    }

    #[test]
    fn literal_urls_and_arns() {
        assert!(HTTP_URL.matches("https://example.com/pets/{id}"));
        assert!(!HTTP_URL.matches("example.com"));
        assert!(!HTTP_URL.matches("https://"));
        assert!(APIGATEWAY_SERVICE_URI.matches(
            "arn:aws-cn:apigateway:cn-north-1:lambda:path/2015-03-31/functions/arn:aws-cn:lambda:cn-north-1:123456789012:function:f/invocations"
        ));
        assert!(
            APIGATEWAY_SERVICE_URI
                .matches("arn:aws:apigateway:us-east-1:sqs.eu:action/SendMessage")
        );
        assert!(
            !APIGATEWAY_SERVICE_URI.matches("arn:aws:lambda:us-east-1:123456789012:function:f")
        );
        assert!(
            LAMBDA_FUNCTION_ARN
                .matches("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:f:live")
        );
        assert!(HTTP_STATUS_CODE.matches("404"));
        assert!(!HTTP_STATUS_CODE.matches("600"));
        assert!(!HTTP_STATUS_CODE.matches("20"));
        assert!(IAM_CALLER_PASSTHROUGH.matches("arn:aws:iam::*:user/*"));
        assert!(!IAM_ROLE_ARN.matches("arn:aws:iam::*:user/*"));
        assert!(QUOTED_STATIC_VALUE.matches("'*'"));
        assert!(!QUOTED_STATIC_VALUE.matches("*"));
        assert!(!QUOTED_STATIC_VALUE.matches("'"));
    }

    #[test]
    fn holes_may_be_any_text_when_asking_whether_a_value_can_match() {
        let uri = sub(
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations",
        );
        assert!(APIGATEWAY_SERVICE_URI.matches_parts(&uri, Holes::AnyText));
        assert!(sub("${WholeUri}").len() == 1);
        assert!(HTTP_URL.matches_parts(&sub("${WholeUri}"), Holes::AnyText));
        assert!(HTTP_URL.matches_parts(&sub("https://${Host}/x"), Holes::AnyText));
        assert!(!HTTP_URL.matches_parts(&sub("ftp://${Host}/x"), Holes::AnyText));
        let lambda_arn = sub("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}");
        assert!(!APIGATEWAY_SERVICE_URI.matches_parts(&lambda_arn, Holes::AnyText));
    }

    /// Characters the forms' classes treat differently, a non-ASCII one among them.
    const CHARS: &[&str] = &[
        "a", "Z", "0", "5", ":", "/", ".", "-", "_", "'", " ", "*", "$", "é", "{", "?", "#", ";",
        "=", "\n", "\u{7f}",
    ];

    /// A seeded xorshift, so the pseudo-random texts are the same on every run.
    struct Random(u64);

    impl Random {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        /// Up to `pieces` pieces glued together: whole texts of the form, their prefixes or
        /// suffixes, and [`CHARS`].
        fn text(&mut self, texts: &[&str], pieces: usize) -> String {
            let mut text = String::new();
            for _ in 0..self.below(pieces) {
                let t = texts.get(self.below(texts.len().max(1))).copied();
                match (self.below(4), t) {
                    (0, Some(t)) => text.push_str(t),
                    (1, Some(t)) => text.extend(t.chars().take(self.below(t.len() + 1))),
                    (2, Some(t)) => text.extend(t.chars().skip(self.below(t.len() + 1))),
                    _ => text.push_str(CHARS[self.below(CHARS.len())]),
                }
            }
            text
        }
    }

    /// The texts of the alternatives' `Text` elements.
    fn texts<'a>(
        alternatives: impl IntoIterator<Item = &'a &'static [Element]>,
    ) -> Vec<&'static str> {
        alternatives
            .into_iter()
            .flat_map(|a| a.iter())
            .filter_map(|e| match e {
                Element::Text(t) => Some(*t),
                _ => None,
            })
            .collect()
    }

    /// The backtracking path for literals and the element automaton accept the same texts.
    #[test]
    fn backtracking_agrees_with_the_automaton() {
        let mut random = Random(0x5eed_f0f0_1234_5678);
        for format in FORMATS {
            for alternative in format.alternatives {
                let texts = texts([alternative]);
                for _ in 0..300 {
                    let text = random.text(&texts, 8);
                    let parts = [Part::Text(text.as_str().into())];
                    assert_eq!(
                        Backtrack::run(alternative, &text),
                        automaton(alternative, &parts, Holes::Token),
                        "{} on {text:?}",
                        format.name
                    );
                }
            }
        }
    }

    /// The automata of `format` answer as its alternatives matched one by one do, on `cases`
    /// literals and skeletons (holes of both kinds, text that is not ASCII included); such
    /// text is left to the element matcher unless no byte can change the answer any more.
    fn assert_automata_agree(format: &Format, random: &mut Random, cases: usize) {
        let literal = format.literal_automaton();
        let skeletons = [Holes::AnyText, Holes::Token].map(|h| format.skeleton_automata(h));
        let (Some(literal), [Some(any_text), Some(token)]) = (literal, skeletons) else {
            panic!("{} has no automaton", format.name);
        };
        let texts = texts(format.alternatives);
        for _ in 0..cases {
            let parts: Vec<Part<'_>> = (0..random.below(4) + 1)
                .map(|_| match random.below(4) {
                    0 => Part::Hole,
                    _ => Part::Text(random.text(&texts, 6).into()),
                })
                .collect();
            let ascii = parts
                .iter()
                .all(|p| matches!(p, Part::Text(t) if t.is_ascii()) || *p == Part::Hole);
            for holes in [Holes::AnyText, Holes::Token] {
                let expected = format.by_elements(&parts, holes);
                let skeleton = match holes {
                    Holes::AnyText => any_text,
                    Holes::Token => token,
                };
                let direct = skeleton
                    .iter()
                    .try_fold(false, |any, dfa| Some(any | dfa.run(&parts)?));
                assert!(direct.is_some() || !ascii, "{parts:?}");
                if let Some(direct) = direct {
                    assert_eq!(direct, expected, "{} on {parts:?} ({holes:?})", format.name);
                }
                assert_eq!(format.matches_parts(&parts, holes), expected, "{parts:?}");
            }
            if let [Part::Text(text)] = parts.as_slice() {
                let expected = format
                    .alternatives
                    .iter()
                    .any(|elements| Backtrack::run(elements, text));
                let automaton = literal.matches(text);
                assert!(automaton.is_some() || !text.is_ascii());
                assert!(
                    automaton.is_none_or(|answer| answer == expected),
                    "{text:?}"
                );
                if let Some(code) = format.code {
                    match code(text.as_bytes()) {
                        Ok(()) => assert!(expected, "{text:?}"),
                        Err(code::Stop::No) => assert!(!expected, "{text:?}"),
                        Err(code::Stop::NotAscii) => assert!(!text.is_ascii(), "{text:?}"),
                    }
                }
                assert_eq!(
                    format.matches(text),
                    expected,
                    "{} on {text:?}",
                    format.name
                );
            }
        }
    }

    #[test]
    fn the_automata_of_every_form_agree_with_its_alternatives() {
        let mut random = Random(0x0dfa_5eed_9876_5432);
        for format in FORMATS {
            assert_automata_agree(format, &mut random, 2_000);
        }
    }

    /// What the `formats` fuzz target asserts, on the texts the forms are made of.
    #[test]
    fn the_fuzzed_agreement_holds_on_the_forms_own_texts() {
        for format in FORMATS {
            for elements in format.alternatives {
                let texts: Vec<&str> = elements
                    .iter()
                    .filter_map(|e| match e {
                        Text(t) => Some(*t),
                        _ => None,
                    })
                    .collect();
                let joined = texts.concat();
                let holes: Vec<Option<&str>> =
                    texts.iter().flat_map(|t| [Some(*t), None]).collect();
                for pieces in [&[Some(joined.as_str())][..], &holes, &[None]] {
                    assert!(
                        format.automata_agree(pieces),
                        "{} on {pieces:?}",
                        format.name
                    );
                }
            }
        }
    }

    /// Forms the spec does not use, at the edges of the automata: nothing but `Rest` (every
    /// state accepts all), an empty form, a `Rest` before a text, texts and classes that are
    /// not ASCII.
    #[test]
    fn the_automata_of_made_up_forms_agree_with_their_alternatives() {
        fn made_up(alternatives: &'static [&'static [Element]]) -> Format {
            Format {
                name: "made-up",
                description: "a form for tests",
                alternatives,
                automata: Box::leak(Box::new(Automata::new())),
                code: None,
            }
        }
        fn letter(c: char) -> bool {
            c.is_alphabetic()
        }
        let forms = [
            made_up(&[&[Rest]]),
            made_up(&[&[]]),
            made_up(&[&[Rest, Rest]]),
            made_up(&[&[Rest, Text("/x")], &[Text("a"), Rest]]),
            made_up(&[&[Text("é:"), Many(letter), Text("'")], &[One(digit), Rest]]),
            made_up(&[&[Many(letter), Text("é"), Rest, Text("a")]]),
            made_up(&[&[Text("'"), Rest, Text("é'")]]),
            made_up(&[&[Rest, Text("ab")]]),
            made_up(&[&[One(digit), Rest, Many(letter), Rest, Text("/x")]]),
        ];
        let mut random = Random(0x5eed_0000_1111_2222);
        for format in &forms {
            assert_automata_agree(format, &mut random, 2_000);
        }
    }

    /// The byte tables and byte tests of the forms written as code hold the ASCII characters
    /// of the classes of the alternatives, and no other byte.
    #[test]
    fn the_byte_classes_are_the_character_classes() {
        type Class = fn(char) -> bool;
        let tables: [(&code::Bytes, Class); 9] = [
            (&code::PARTITION, partition),
            (&code::REGION, region),
            (&code::DIGIT, digit),
            (&code::SERVICE, service),
            (&code::HOST, host),
            (&code::TOKEN, token),
            (&code::ROLE_NAME, role_name),
            (&code::FUNCTION_NAME, function_name),
            (&code::PARAMETER, parameter),
        ];
        let agrees = |bytes: &dyn Fn(u8) -> bool, class: Class| {
            for byte in 0..=u8::MAX {
                let expected = byte.is_ascii() && class(char::from(byte));
                assert_eq!(bytes(byte), expected, "{byte:#04x}");
            }
        };
        for (bytes, class) in tables {
            agrees(&|b| bytes.has(b), class);
        }
        agrees(&code::non_space, non_space);
    }

    /// Every form the spec may name is written as code, and answers as its alternatives do on
    /// texts near the edges of each form (one byte added, removed or changed).
    #[test]
    fn the_forms_written_as_code_agree_at_their_edges() {
        let samples = [
            "https://example.com/pets/{id}",
            "http://a",
            "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:F/invocations",
            "arn:aws-cn:apigateway:cn-north-1:sqs:path/123/q",
            "arn:aws:apigateway:eu-west-1:dynamodb:action/PutItem",
            "arn:aws:lambda:us-east-1:123456789012:function:F:live",
            "arn:aws:iam::123456789012:role/path/Role+Name",
            "arn:aws:iam::*:user/*",
            "application/json; charset=utf-8",
            "integration.request.multivaluequerystring.a.b",
            "method.request.body",
            "method.request.body.$.x",
            "method.request.header.X-Id",
            "integration.response.body.a",
            "integration.response.multivalueheader.X",
            "method.response.header.Access-Control-Allow-Origin",
            "context.authorizer.claims['a:b']",
            "stageVariables.backend_Key",
            "'*'",
            "''",
            "200",
            "599",
        ];
        let mut texts: Vec<String> = Vec::new();
        for sample in samples {
            texts.push(sample.to_owned());
            for at in 0..=sample.len() {
                for c in ['a', '/', ':', '.', ' ', '\'', '9', '-', 'é'] {
                    texts.push(format!("{}{c}{}", &sample[..at], &sample[at..]));
                    if at < sample.len() {
                        texts.push(format!("{}{c}{}", &sample[..at], &sample[at + 1..]));
                    }
                }
                if at < sample.len() {
                    texts.push(format!("{}{}", &sample[..at], &sample[at + 1..]));
                }
            }
        }
        for format in FORMATS {
            let code = format.code.expect("every form is written as code");
            for text in &texts {
                let expected = format
                    .alternatives
                    .iter()
                    .any(|elements| Backtrack::run(elements, text));
                let answer = code(text.as_bytes());
                let agrees = match answer {
                    Ok(()) => expected,
                    Err(code::Stop::No) => !expected,
                    Err(code::Stop::NotAscii) => !text.is_ascii(),
                };
                assert!(agrees, "{} on {text:?}: {answer:?}", format.name);
                assert_eq!(
                    format.matches(text),
                    expected,
                    "{} on {text:?}",
                    format.name
                );
            }
        }
    }

    #[test]
    fn text_that_is_not_ascii_is_matched_on_whole_characters() {
        assert!(HTTP_URL.matches("https://exämple.com/pets"));
        assert!(!HTTP_URL.matches("https://\u{a0}example.com"));
        assert!(CONTEXT_VARIABLE.matches("context.authorizer.claims['é']"));
        assert!(!STAGE_VARIABLE.matches("stageVariables.é"));
    }

    /// The kept answers of skeleton tests are only reused for the same form, the same kind of
    /// holes and the same skeleton: asked in turn about skeletons that differ in one text or
    /// one hole, more of them than are kept, the answers are those of the automata.
    #[test]
    fn kept_answers_answer_only_the_same_question() {
        let mut templates = vec![
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${F.Arn}/invocations".to_owned(),
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${F.Arn}/invocation".to_owned(),
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${F.Arn}${X}/invocations".to_owned(),
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/F/invocations".to_owned(),
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${F.Arn}/invocatioms".to_owned(),
            "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}".to_owned(),
            "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:functiox:${Name}".to_owned(),
            "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name} x".to_owned(),
            "https://${Host}/v1".to_owned(),
            "${Host}/v1".to_owned(),
        ];
        templates.extend((0..40).map(|i| format!("https://${{Host}}/v{i}")));
        let forms = [
            &HTTP_URL,
            &APIGATEWAY_SERVICE_URI,
            &LAMBDA_INVOCATION_URI,
            &LAMBDA_FUNCTION_ARN,
        ];
        // Where each skeleton's record was found, kept from one round to the next as the
        // checker keeps it with its skeleton: records replaced since must not be read.
        let places: Vec<std::cell::Cell<Option<Place>>> = templates
            .iter()
            .map(|_| std::cell::Cell::new(None))
            .collect();
        for round in 0..3 {
            for (i, template) in templates.iter().enumerate() {
                let parts = sub(template);
                for form in forms {
                    for holes in [Holes::AnyText, Holes::Token] {
                        let expected = form.run_parts(&parts, holes);
                        let why =
                            format!("round {round}, {} on {template:?} ({holes:?})", form.name);
                        assert_eq!(form.matches_parts(&parts, holes), expected, "{why}");
                        let kept = form.matches_skeleton(&parts, holes, &places[i]);
                        assert_eq!(kept, expected, "{why}, at {:?}", places[i].get());
                    }
                }
            }
        }
    }

    #[test]
    fn holes_are_tokens_when_asking_whether_a_value_does_match() {
        let lambda_arn = sub("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}");
        assert!(LAMBDA_FUNCTION_ARN.matches_parts(&lambda_arn, Holes::Token));
        assert!(!LAMBDA_FUNCTION_ARN.matches_parts(&sub("${FunctionArn}"), Holes::Token));
        let uri = sub(
            "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations",
        );
        assert!(LAMBDA_INVOCATION_URI.matches_parts(&uri, Holes::Token));
        assert!(!LAMBDA_INVOCATION_URI.matches_parts(&sub("${Uri}"), Holes::Token));
    }
}
