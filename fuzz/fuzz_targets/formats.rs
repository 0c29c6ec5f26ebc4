//! Fuzzes the form matcher (the DFAs of `regex-automata` and the walk of skeletons over them)
//! against the `regex` crate. The input is text whose NUL characters stand for holes. For every
//! form of the spec:
//! - a literal (no hole) matches exactly when `regex` matches the whole text, and as a
//!   skeleton of one text it gets the same answer with holes of either kind;
//! - a skeleton matches with any-text holes whenever `regex` matches it with its holes filled
//!   by some text (the empty text, or tokens), and with token holes whenever the filling is a
//!   token;
//! - what matches with token holes matches with any-text holes;
//! - a skeleton whose holes are of a form (the character `\u{1}` stands for a Region name, `\u{2}`
//!   for a Lambda function ARN) matches whenever `regex` matches it with those holes filled by
//!   a text of their form (`us-east-1`, a function's ARN): a hole of a form never rules out what
//!   its texts make.
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
    if text.contains(['\u{1}', '\u{2}']) {
        return typed_holes(&text);
    }
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

/// The skeleton of `text` whose `\u{1}` and `\u{2}` are holes of a Region name and of a Lambda
/// function ARN, against `regex` on the text with them filled by one text of each form.
fn typed_holes(text: &str) {
    use cfn_apigateway_integration::formats::{LAMBDA_FUNCTION_ARN, REGION_NAME};
    const REGION: &str = "us-east-1";
    const FUNCTION: &str = "arn:aws:lambda:us-east-1:123456789012:function:f";
    assert!(REGION_NAME.matches(REGION) && LAMBDA_FUNCTION_ARN.matches(FUNCTION));
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(['\u{1}', '\u{2}']) {
        if at > 0 {
            parts.push(Part::Text(Cow::Borrowed(&rest[..at])));
        }
        let hole = if rest[at..].starts_with('\u{1}') { &REGION_NAME } else { &LAMBDA_FUNCTION_ARN };
        parts.push(Part::Of(hole));
        rest = &rest[at + 1..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(Cow::Borrowed(rest)));
    }
    let filled = text.replace('\u{1}', REGION).replace('\u{2}', FUNCTION);
    for (format, regex) in FORMATS.iter().zip(regexes()) {
        if regex.is_match(&filled) {
            for holes in [Holes::AnyText, Holes::Token] {
                assert!(
                    format.matches_parts(&parts, holes),
                    "{}: {text:?} filled as {filled:?} matches",
                    format.name
                );
            }
        }
    }
}
