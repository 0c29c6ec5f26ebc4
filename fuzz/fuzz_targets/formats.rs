//! Fuzzes the form matcher (the DFAs of `regex-automata` and the walk of skeletons over them)
//! against the `regex` crate. The input is text whose NUL characters stand for holes. For every
//! form of the spec:
//! - a literal (no hole) matches exactly when `regex` matches the whole text, and as a
//!   skeleton of one text it gets the same answer with holes of either kind;
//! - a skeleton matches with any-text holes whenever `regex` matches it with its holes filled
//!   by some text (the empty text, or tokens), and with token holes whenever the filling is a
//!   token;
//! - what matches with token holes matches with any-text holes.
#![no_main]
#![forbid(unsafe_code)]

use std::borrow::Cow;
use std::sync::OnceLock;

use cfn_apigateway_integration::FORMATS;
use cfn_apigateway_runtime::formats::{Holes, Part};
use libfuzzer_sys::fuzz_target;
use regex::Regex;

/// The `regex` of each form, in the order of `FORMATS`: the whole text, `.` matching newlines.
fn regexes() -> &'static [Regex] {
    static REGEXES: OnceLock<Vec<Regex>> = OnceLock::new();
    REGEXES.get_or_init(|| {
        FORMATS
            .iter()
            .map(|f| Regex::new(&format!("(?s)^(?:{})$", f.pattern)).expect("the pattern compiles"))
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let pieces: Vec<&str> = text.split('\0').collect();
    let mut parts = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            parts.push(Part::Hole);
        }
        if !piece.is_empty() {
            parts.push(Part::Text(Cow::Borrowed(*piece)));
        }
    }
    for (format, regex) in FORMATS.iter().zip(regexes()) {
        let any_text = format.matches_parts(&parts, Holes::AnyText);
        let token = format.matches_parts(&parts, Holes::Token);
        assert!(any_text || !token, "{}: a token matches, any text does not: {pieces:?}", format.name);
        if let [literal] = pieces.as_slice() {
            let expected = regex.is_match(literal);
            assert_eq!(format.matches(literal), expected, "{} on {literal:?}", format.name);
            assert_eq!(any_text, expected, "{} on {literal:?} as a skeleton", format.name);
            assert_eq!(token, expected, "{} on {literal:?} as a skeleton", format.name);
            continue;
        }
        for filling in ["", "a", "us-east-1", "x.y_z-0"] {
            if regex.is_match(&pieces.join(filling)) {
                assert!(any_text, "{}: {pieces:?} filled with {filling:?} matches", format.name);
                if !filling.is_empty() {
                    assert!(token, "{}: {pieces:?} filled with {filling:?} matches", format.name);
                }
            }
        }
    }
});
