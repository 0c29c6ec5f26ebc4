//! Named value forms: regular expressions from the spec (`Formats`), matched with
//! `regex-automata` against literals and against the skeletons of `Fn::Sub` / `Fn::Join` values,
//! whose holes stand for text known only at deploy time.
//!
//! A form is one dense DFA of the whole pattern (`^(?:PATTERN)$`, with `.` matching newlines
//! too), built by the generator and serialized beside the generated code; the first match
//! deserializes it (or, should this build's `regex-automata` not read those bytes, builds it
//! from the pattern). A literal is one walk over its bytes. A skeleton is walked over a set of
//! states: known text moves every state of the set, and a hole replaces the set with every
//! state that a text of the hole's kind leads to from one of them. What each state reaches
//! through a hole of any text or of a token is found once, at the first hole, as a bit set;
//! through a hole of another form ([`Part::Of`], a walk of the pairs of states of both DFAs),
//! the first time a skeleton asks from that state, and kept.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use regex_automata::dfa::Automaton;
use regex_automata::dfa::dense::DFA;
use regex_automata::util::primitives::StateID;
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, Input, MatchKind};

/// A named value form: a regular expression the whole value must match.
pub struct Format {
    /// The name the spec refers to (`http-url`).
    pub name: &'static str,
    /// What the form is, as messages say it.
    pub description: &'static str,
    /// The regular expression (`regex-automata` syntax), matched against the whole value, with
    /// `.` matching any character, newlines included.
    pub pattern: &'static str,
    /// The DFA the generator built from `pattern`, serialized.
    pub serialized: &'static Serialized<[u8]>,
    /// The form's DFA, read on first use (`None` for a pattern that does not compile).
    walker: OnceLock<Option<Walker>>,
}

/// A form's DFA as the generator serialized it (`regex-automata`'s little-endian format),
/// aligned as `DFA::from_bytes` requires (the DFA read is then copied into the form's own).
#[repr(C)]
pub struct Serialized<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

impl<const N: usize> Serialized<[u8; N]> {
    /// The bytes of a DFA (from `include_bytes!`, which does not align them).
    pub const fn new(bytes: [u8; N]) -> Self {
        Serialized { _align: [], bytes }
    }
}

/// A piece of a string value: known text, or a hole filled in at deploy time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    /// Literal text (owned only for a number or boolean in an `Fn::Join`).
    Text(Cow<'a, str>),
    /// Text not known before deployment (a `Ref` in `Fn::Join`, `${Name}` in `Fn::Sub`).
    Hole,
    /// Text not known before deployment but of a known form: a reference whose value the
    /// template tells (`${AWS::Region}` is a region name, `!GetAtt MyFunction.Arn` a Lambda
    /// function ARN). Whatever the kind of the other holes, it stands for the texts of its form.
    Of(&'a Format),
}

/// What a hole may stand for when a skeleton is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holes {
    /// Any text, the empty text included: "can this value match?", asked before reporting a
    /// value that must match, so that a value that may be right is never reported.
    AnyText,
    /// A name-like token (`[A-Za-z0-9._-]+`, as `${AWS::Region}` or `${Fn.Arn}` evaluate to in
    /// practice): "does this value match?", asked before reporting a value that must not match,
    /// or before acting on a condition.
    Token,
}

/// The bytes of a [`Holes::Token`] hole.
const TOKEN: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

impl Format {
    /// A form, with the DFA [`Format::compile`] serialized from its pattern, read the first
    /// time the form is matched. The generator has checked that the pattern compiles (one that
    /// does not matches nothing).
    pub const fn new(
        name: &'static str,
        description: &'static str,
        pattern: &'static str,
        serialized: &'static Serialized<[u8]>,
    ) -> Self {
        Format {
            name,
            description,
            pattern,
            serialized,
            walker: OnceLock::new(),
        }
    }

    /// Compiles a pattern as forms are compiled, what holes reach included, into the bytes
    /// [`Format::new`] takes: the error says why it does not compile, or that its DFA has more
    /// than [`MAX_STATES`] states.
    pub fn compile(pattern: &str) -> Result<Vec<u8>, String> {
        let dfa = build_dfa(pattern)?;
        let walker = Walker::new(dfa)?;
        Reach::new(&walker.dfa, walker.start)?;
        let (bytes, padding) = walker.dfa.to_bytes_little_endian();
        Ok(bytes[padding..].to_vec())
    }

    /// Does the literal `text` match the form?
    pub fn matches(&self, text: &str) -> bool {
        let Some(walker) = self.walker() else {
            return false;
        };
        // The pattern ends with `$`, so the earliest match is one of the whole text.
        let input = Input::new(text).anchored(Anchored::Yes).earliest(true);
        matches!(walker.dfa.try_search_fwd(&input), Ok(Some(_)))
    }

    /// Does the skeleton `parts` match the form, a hole standing for any text of the kind
    /// `holes` says? (`true` when some filling of the holes matches.)
    pub fn matches_parts(&self, parts: &[Part<'_>], holes: Holes) -> bool {
        match holes {
            Holes::AnyText => self.narrowest_match(parts).is_some(),
            Holes::Token => self
                .walker()
                .is_some_and(|walker| walker.walk(parts, Holes::Token)),
        }
    }

    /// The narrowest kind of hole with which the skeleton `parts` matches the form:
    /// `Some(Holes::Token)` when it matches with tokens, `Some(Holes::AnyText)` when only other
    /// texts make it match, `None` when nothing does. Tokens are tried first: they are texts
    /// too, and a hole leads to far fewer states through tokens than through any text.
    pub fn narrowest_match(&self, parts: &[Part<'_>]) -> Option<Holes> {
        let walker = self.walker()?;
        [Holes::Token, Holes::AnyText]
            .into_iter()
            .find(|&holes| walker.walk(parts, holes))
    }

    /// The form's DFA, read on first use; `None` for a pattern that does not compile (the
    /// generator rejects those).
    fn walker(&self) -> Option<&Walker> {
        self.walker
            .get_or_init(|| {
                // The bytes are what the generator's `regex-automata` wrote: one of another
                // major version, or a big-endian machine, refuses them, and the pattern is
                // compiled here instead.
                let dfa = match DFA::from_bytes(&self.serialized.bytes) {
                    Ok((dfa, _)) => dfa.to_owned(),
                    Err(_) => build_dfa(self.pattern).ok()?,
                };
                Walker::new(dfa).ok()
            })
            .as_ref()
    }

    /// Whether this build's `regex-automata` reads the DFA the generator serialized (when it
    /// does not, the form is compiled from its pattern at first use, a few milliseconds).
    pub fn reads_serialized_dfa(&self) -> bool {
        DFA::from_bytes(&self.serialized.bytes).is_ok()
    }
}

/// Forms are equal when they have the same name and pattern.
impl PartialEq for Format {
    fn eq(&self, other: &Format) -> bool {
        self.name == other.name && self.pattern == other.pattern
    }
}

impl Eq for Format {}

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Format")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("pattern", &self.pattern)
            .finish_non_exhaustive()
    }
}

/// The dense DFA of a whole pattern: anchored at the start, `$` at the end.
fn build_dfa(pattern: &str) -> Result<DFA<Vec<u32>>, String> {
    let syntax = syntax::Config::new().dot_matches_new_line(true);
    // The pattern alone must be a regular expression, so that wrapping it cannot change its
    // meaning (`a)|(b` would).
    syntax::parse_with(pattern, &syntax).map_err(|error| why(&error))?;
    DFA::builder()
        .configure(
            DFA::config()
                .start_kind(regex_automata::dfa::StartKind::Anchored)
                .match_kind(MatchKind::All)
                .determinize_size_limit(Some(MAX_DFA_BYTES))
                .dfa_size_limit(Some(MAX_DFA_BYTES)),
        )
        .syntax(syntax)
        .build(&format!("^(?:{pattern})$"))
        .map_err(|error| why(&error))
}

/// Why a pattern does not compile, in one line: the builder's own message ("error building
/// NFA") says little, and the parser's, deepest in its sources, draws the pattern with a caret
/// on lines of their own; its `error: ...` line says why.
fn why(error: &dyn std::error::Error) -> String {
    let mut deepest = error;
    while let Some(source) = deepest.source() {
        deepest = source;
    }
    let message = deepest.to_string();
    message
        .lines()
        .find_map(|line| line.strip_prefix("error: "))
        .unwrap_or(&message)
        .to_owned()
}

/// The most states a form's DFA may have. The reach of a hole is a bit set per state, so its
/// tables grow with the square of the states; the generator rejects a pattern beyond this.
pub const MAX_STATES: usize = 1024;

/// The most memory the DFA of one form may take while it is built, and once built.
const MAX_DFA_BYTES: usize = 1 << 22;

/// A form's DFA and its start state; what holes reach is built on the first hole.
struct Walker {
    dfa: DFA<Vec<u32>>,
    start: StateID,
    /// `None` for a DFA of more than [`MAX_STATES`] states.
    reach: OnceLock<Option<Reach>>,
    /// The states a hole of another form (by name) leads to from a state, found the first
    /// time a skeleton asks.
    through: Mutex<HashMap<(&'static str, StateID), Reached>>,
}

/// The states a walk reaches, shared by every skeleton that asks again.
type Reached = Arc<[StateID]>;

/// What a hole leads to from each state: a row of bits per state, bit `i` for the state of
/// index `i` (a state's index is its id divided by the DFA's stride).
struct Reach {
    /// The state of each index.
    ids: Vec<StateID>,
    /// The number of words of a row.
    words: usize,
    /// The states any text (the empty one included) leads to.
    any_text: Vec<u64>,
    /// The states one or more [`TOKEN`] bytes lead to.
    token: Vec<u64>,
}

impl Walker {
    fn new(dfa: DFA<Vec<u32>>) -> Result<Walker, String> {
        let config = start::Config::new().anchored(Anchored::Yes);
        let start = dfa.start_state(&config).map_err(|e| e.to_string())?;
        Ok(Walker {
            dfa,
            start,
            reach: OnceLock::new(),
            through: Mutex::new(HashMap::new()),
        })
    }

    /// What holes reach, built on first use; `None` for a DFA of more than [`MAX_STATES`]
    /// states (the generator rejects such forms).
    fn reach(&self) -> Option<&Reach> {
        self.reach
            .get_or_init(|| Reach::new(&self.dfa, self.start).ok())
            .as_ref()
    }

    /// Walks the DFA over a skeleton: `true` when some filling of its holes matches.
    fn walk(&self, parts: &[Part<'_>], holes: Holes) -> bool {
        let dfa = &self.dfa;
        // The states the known text so far may have led to, each once.
        let mut states = vec![self.start];
        let mut set = Vec::new();
        for part in parts {
            match part {
                Part::Text(text) => {
                    for state in &mut states {
                        *state = self.after(*state, text.as_bytes());
                    }
                    states.retain(|&state| !dfa.is_dead_state(state));
                    if states.len() > 1 {
                        states.sort_unstable();
                        states.dedup();
                    }
                }
                Part::Of(form) => {
                    let Some(hole) = form.walker() else {
                        return holes == Holes::AnyText;
                    };
                    states = self.through(&states, form.name, hole);
                }
                Part::Hole => {
                    let Some(reach) = self.reach() else {
                        // Undecided: a value that may match is never reported, and one that
                        // may not is never taken to match.
                        return holes == Holes::AnyText;
                    };
                    let rows = match holes {
                        Holes::AnyText => &reach.any_text,
                        Holes::Token => &reach.token,
                    };
                    set.clear();
                    set.resize(reach.words, 0u64);
                    for &state in &states {
                        let row = self.index(state) * reach.words;
                        for (word, bits) in set.iter_mut().zip(&rows[row..row + reach.words]) {
                            *word |= bits;
                        }
                    }
                    states.clear();
                    for (w, &bits) in set.iter().enumerate() {
                        let mut bits = bits;
                        while bits != 0 {
                            states.push(reach.ids[w * 64 + bits.trailing_zeros() as usize]);
                            bits &= bits - 1;
                        }
                    }
                }
            }
            if states.is_empty() {
                return false;
            }
        }
        states
            .iter()
            .any(|&state| dfa.is_match_state(dfa.next_eoi_state(state)))
    }

    /// The states a text of the form `name` (whose DFA is `hole`) leads to from one of
    /// `states`, each state's found once and kept.
    fn through(&self, states: &[StateID], name: &'static str, hole: &Walker) -> Vec<StateID> {
        let mut reached = Vec::new();
        for &state in states {
            let known = self
                .through
                .lock()
                .ok()
                .and_then(|memo| memo.get(&(name, state)).cloned());
            let found = known.unwrap_or_else(|| {
                let found: Reached = self.through_from(state, hole).into();
                if let Ok(mut memo) = self.through.lock() {
                    memo.insert((name, state), Arc::clone(&found));
                }
                found
            });
            reached.extend_from_slice(&found);
        }
        reached.sort_unstable();
        reached.dedup();
        reached
    }

    /// The states a text of the form of `hole` leads to from `state`: a walk over the pairs of
    /// states of both DFAs, from `state` and the start of `hole`, keeping the first of each
    /// pair where the second ends a text of the form.
    fn through_from(&self, state: StateID, hole: &Walker) -> Vec<StateID> {
        let states = [state];
        // One byte of each pair of classes the two DFAs tell apart.
        let mut classes = std::collections::HashSet::new();
        let bytes: Vec<u8> = (0..=u8::MAX)
            .filter(|&b| {
                classes.insert((
                    self.dfa.byte_classes().get(b),
                    hole.dfa.byte_classes().get(b),
                ))
            })
            .collect();
        let mut seen = std::collections::HashSet::new();
        let mut pending: Vec<(StateID, StateID)> = states
            .iter()
            .map(|&state| (state, hole.start))
            .filter(|&pair| seen.insert(pair))
            .collect();
        let mut reached = Vec::new();
        while let Some((state, within)) = pending.pop() {
            if hole.dfa.is_match_state(hole.dfa.next_eoi_state(within)) {
                reached.push(state);
            }
            for &byte in &bytes {
                let next = (
                    self.dfa.next_state(state, byte),
                    hole.dfa.next_state(within, byte),
                );
                if !self.dfa.is_dead_state(next.0)
                    && !hole.dfa.is_dead_state(next.1)
                    && seen.insert(next)
                {
                    pending.push(next);
                }
            }
        }
        reached.sort_unstable();
        reached.dedup();
        reached
    }

    /// The state `bytes` lead to from `state` (the dead state once they cannot match).
    fn after(&self, mut state: StateID, bytes: &[u8]) -> StateID {
        for &byte in bytes {
            state = self.dfa.next_state(state, byte);
            if self.dfa.is_dead_state(state) {
                break;
            }
        }
        state
    }

    fn index(&self, state: StateID) -> usize {
        state.as_usize() >> self.dfa.stride2()
    }
}

impl Reach {
    fn new(dfa: &DFA<Vec<u32>>, start: StateID) -> Result<Reach, String> {
        // The alphabet: one byte of each class the DFA tells apart.
        let bytes: Vec<u8> = dfa
            .byte_classes()
            .representatives(..)
            .filter_map(|unit| unit.as_u8())
            .collect();
        let index = |state: StateID| state.as_usize() >> dfa.stride2();
        // Every state reachable from the start, by a walk that stops past the budget; `ids`
        // holds each at its index (the dead state where no reachable state is).
        let mut ids: Vec<StateID> = Vec::new();
        let mut reachable = Vec::new();
        let mut first_time = |state: StateID| {
            let i = index(state);
            if i >= ids.len() {
                ids.resize(i + 1, StateID::ZERO);
            }
            let new = ids[i] != state;
            ids[i] = state;
            new
        };
        first_time(start);
        reachable.push(start);
        let mut next = 0;
        while let Some(&state) = reachable.get(next) {
            next += 1;
            if reachable.len() > MAX_STATES {
                return Err(format!("its DFA has more than {MAX_STATES} states"));
            }
            for &byte in &bytes {
                let to = dfa.next_state(state, byte);
                if !dfa.is_dead_state(to) && first_time(to) {
                    reachable.push(to);
                }
            }
        }
        let words = ids.len().div_ceil(64);
        let mut any_text = vec![0u64; ids.len() * words];
        let mut token = vec![0u64; ids.len() * words];
        // Sets in `row` the bit of every state text of `through` leads to from `from`.
        let fill = |row: &mut [u64], from: &[StateID], through: &[u8]| {
            let mut found: Vec<StateID> = Vec::new();
            for &state in from {
                let i = index(state);
                if row[i / 64] & (1 << (i % 64)) == 0 {
                    row[i / 64] |= 1 << (i % 64);
                    found.push(state);
                }
            }
            while let Some(state) = found.pop() {
                for &byte in through {
                    let to = dfa.next_state(state, byte);
                    let i = index(to);
                    if !dfa.is_dead_state(to) && row[i / 64] & (1 << (i % 64)) == 0 {
                        row[i / 64] |= 1 << (i % 64);
                        found.push(to);
                    }
                }
            }
        };
        for &state in &reachable {
            let row = index(state) * words..(index(state) + 1) * words;
            fill(&mut any_text[row.clone()], &[state], &bytes);
            let first: Vec<StateID> = TOKEN
                .iter()
                .map(|&byte| dfa.next_state(state, byte))
                .filter(|&to| !dfa.is_dead_state(to))
                .collect();
            fill(&mut token[row], &first, TOKEN);
        }
        Ok(Reach {
            ids,
            words,
            any_text,
            token,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skeleton::of_sub;

    /// No bytes: these forms are compiled from their pattern at first use, as when the
    /// serialized DFA cannot be read.
    const NOT_SERIALIZED: &Serialized<[u8]> = &Serialized::new([]);

    static SERVICE_URI: Format = Format::new(
        "service-uri",
        "arn:PARTITION:apigateway:REGION:SERVICE:path|action/API",
        r"arn:[a-z-]+:apigateway:[a-z0-9-]+:[A-Za-z0-9._-]+:(?:path|action)/\S+",
        NOT_SERIALIZED,
    );
    static LAMBDA_ARN: Format = Format::new(
        "lambda-function-arn",
        "a Lambda function ARN",
        r"arn:[a-z-]+:lambda:[a-z0-9-]+:[0-9]+:function:[A-Za-z0-9_:$-]+",
        NOT_SERIALIZED,
    );
    static QUOTED: Format = Format::new("quoted", "a quoted value", r"'.*'", NOT_SERIALIZED);

    /// Literals that exercise the forms above: pieces of them, joined in every order.
    fn literals() -> Vec<String> {
        let pieces = [
            "arn:",
            "aws",
            ":apigateway:",
            "us-east-1",
            ":lambda:",
            ":",
            "123456789012",
            ":function:",
            "my-fn",
            "path/",
            "action/",
            "x y",
            "'",
            "\n",
            "é",
            "",
            "s3",
        ];
        let mut texts = Vec::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        texts.push("arn:aws:apigateway:us-east-1:s3:path/bucket/key".to_owned());
        texts.push("arn:aws:lambda:us-east-1:123456789012:function:my-fn:prod".to_owned());
        texts.push("'line\nbreak'".to_owned());
        texts
    }

    #[test]
    fn literals_match_as_the_regex_crate_matches_the_whole_text() {
        for format in [&SERVICE_URI, &LAMBDA_ARN, &QUOTED] {
            let regex = regex::Regex::new(&format!("(?s)^(?:{})$", format.pattern)).unwrap();
            for text in literals() {
                assert_eq!(
                    format.matches(&text),
                    regex.is_match(&text),
                    "{} on {text:?}",
                    format.name
                );
            }
        }
    }

    #[test]
    fn a_skeleton_with_one_part_of_text_matches_as_that_literal() {
        for text in literals() {
            let parts = [Part::Text(Cow::Borrowed(text.as_str()))];
            for holes in [Holes::AnyText, Holes::Token] {
                assert_eq!(
                    SERVICE_URI.matches_parts(&parts, holes),
                    SERVICE_URI.matches(&text)
                );
            }
        }
    }

    #[test]
    fn holes_stand_for_any_text_or_for_a_token() {
        let uri = of_sub(
            "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations",
        );
        assert!(SERVICE_URI.matches_parts(&uri, Holes::AnyText));
        assert!(SERVICE_URI.matches_parts(&uri, Holes::Token));
        let arn = of_sub(
            "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}",
        );
        assert!(LAMBDA_ARN.matches_parts(&arn, Holes::Token));
        // Any text may be `aws:apigateway:...`: only a written partition rules the URI out.
        assert!(SERVICE_URI.matches_parts(&arn, Holes::AnyText));
        let arn = of_sub("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}");
        assert!(!SERVICE_URI.matches_parts(&arn, Holes::AnyText));
        // Any text may hold a space; a token may not.
        let spaced = of_sub("arn:aws:lambda:us-east-1:1:function:a${X}b");
        assert!(LAMBDA_ARN.matches_parts(&spaced, Holes::Token));
        let wrong = of_sub("arn:aws:lambda:us-east-1:1:function: ${X}");
        assert!(!LAMBDA_ARN.matches_parts(&wrong, Holes::AnyText));
        // An any-text hole may be empty; a token hole may not.
        let quoted = of_sub("'${Value}'");
        assert!(QUOTED.matches_parts(&quoted, Holes::Token));
        assert!(QUOTED.matches_parts(&[Part::Hole], Holes::AnyText));
        assert!(!QUOTED.matches_parts(&of_sub("${A}${B}"), Holes::Token));
        assert!(QUOTED.matches_parts(&of_sub("${A}' '${B}"), Holes::AnyText));
    }

    #[test]
    fn a_hole_of_a_form_stands_for_the_texts_of_its_form_only() {
        static REGION: Format =
            Format::new("region", "a Region name", "[a-z0-9-]+", NOT_SERIALIZED);
        let text = |t: &'static str| Part::Text(t.into());
        // `arn:aws:apigateway:` REGION `lambda:path/...`: the colon after the Region is
        // missing, and a Region never holds one, so nothing fills the hole.
        let missing_colon = [
            text("arn:aws:apigateway:"),
            Part::Of(&REGION),
            text("lambda:path/2015-03-31/functions/f/invocations"),
        ];
        assert!(!SERVICE_URI.matches_parts(&missing_colon, Holes::AnyText));
        // An untyped hole may be `us-east-1:x`, and so the same skeleton may match.
        let untyped = [
            missing_colon[0].clone(),
            Part::Hole,
            missing_colon[2].clone(),
        ];
        assert!(SERVICE_URI.matches_parts(&untyped, Holes::AnyText));
        let with_colon = [
            text("arn:aws:apigateway:"),
            Part::Of(&REGION),
            text(":lambda:path/2015-03-31/functions/f/invocations"),
        ];
        for holes in [Holes::AnyText, Holes::Token] {
            assert!(SERVICE_URI.matches_parts(&with_colon, holes));
        }
        // A Lambda function ARN is never a service URI, whole or in part.
        assert!(!SERVICE_URI.matches_parts(&[Part::Of(&LAMBDA_ARN)], Holes::AnyText));
        assert!(LAMBDA_ARN.matches_parts(&[Part::Of(&LAMBDA_ARN)], Holes::Token));
        let invocation = [
            text("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"),
            Part::Of(&LAMBDA_ARN),
            text("/invocations"),
        ];
        assert!(SERVICE_URI.matches_parts(&invocation, Holes::Token));
        // A hole of a form that holds no text matches nothing.
        static NOTHING: Format = Format::new("nothing", "no text", "[a&&b]", NOT_SERIALIZED);
        assert!(!QUOTED.matches_parts(&[text("'"), Part::Of(&NOTHING), text("'")], Holes::AnyText));
    }

    #[test]
    fn a_form_reads_the_dfa_compile_serialized() {
        // `QUOTED`'s DFA, as the generator writes it beside the generated code.
        static SERIALIZED: &Serialized<[u8]> =
            &Serialized::new(*include_bytes!("../testdata/quoted.dfa"));
        static READ: Format = Format::new("quoted", "a quoted value", r"'.*'", SERIALIZED);
        assert_eq!(Format::compile(r"'.*'").unwrap(), SERIALIZED.bytes);
        assert!(READ.reads_serialized_dfa());
        assert!(!QUOTED.reads_serialized_dfa());
        for text in ["''", "'a'", "'", "a", "'\n'", "'é'"] {
            assert_eq!(READ.matches(text), QUOTED.matches(text), "{text}");
        }
        let parts = [Part::Text("'".into()), Part::Hole, Part::Text("'".into())];
        assert!(READ.matches_parts(&parts, Holes::Token));
    }

    #[test]
    fn a_pattern_that_does_not_compile_matches_nothing_and_says_why() {
        static BROKEN: Format = Format::new("broken", "never", "(unclosed", NOT_SERIALIZED);
        assert!(!BROKEN.matches("(unclosed"));
        assert!(!BROKEN.matches_parts(&[Part::Hole], Holes::AnyText));
        assert_eq!(Format::compile("(unclosed").unwrap_err(), "unclosed group");
        // Unicode word characters forty times over: a DFA beyond the size limit.
        assert!(Format::compile(r"\w{40}").unwrap_err().contains("limit"));
        assert_eq!(Format::compile("a)|(b").unwrap_err(), "unopened group");
        assert!(Format::compile(SERVICE_URI.pattern).is_ok());
    }

    #[test]
    fn a_form_of_too_many_states_decides_literals_and_no_skeleton() {
        static LONG: Format = Format::new("long", "1,200 letters", "[a-z]{1200}", NOT_SERIALIZED);
        assert_eq!(
            Format::compile(LONG.pattern),
            Err(format!("its DFA has more than {MAX_STATES} states"))
        );
        assert!(LONG.matches(&"a".repeat(1200)));
        assert!(!LONG.matches(&"a".repeat(1199)));
        let parts = [Part::Text(Cow::Borrowed("a")), Part::Hole];
        // Undecided: it may match (never reported), and it is not taken to match.
        assert!(LONG.matches_parts(&parts, Holes::AnyText));
        assert!(!LONG.matches_parts(&parts, Holes::Token));
    }

    #[test]
    fn many_holes_in_a_row_are_walked_one_set_at_a_time() {
        let template = "${A}".repeat(40_000);
        let parts = of_sub(&template);
        assert!(SERVICE_URI.matches_parts(&parts, Holes::AnyText));
        assert!(!SERVICE_URI.matches_parts(&parts, Holes::Token));
    }
}
