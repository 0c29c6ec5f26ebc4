//! JSON templates: `serde_json` reads the value (and reports syntax errors and keys written
//! twice); where values are written is found later, and only if asked (a finding's line and
//! column), by one pass over the same text, then known to be valid JSON.
//!
//! Reading JSON with the YAML parser instead would give positions in one pass, but JSON is
//! only almost a subset of YAML (escapes, tabs, numbers beyond 64 bits, duplicate keys), and
//! `serde_json` is the reader whose behaviour users of this crate already know.

use super::located::Located;
use super::{Position, TemplateError};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// Reads a JSON template. A key written twice in one object is an error naming both places.
pub(crate) fn parse(text: &str) -> Result<Json, TemplateError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let json = cfn_apigateway_runtime::deserialize_json(&mut deserializer)
        .and_then(|json| deserializer.end().map(|()| json));
    match json {
        Ok(json) => Ok(json),
        // The scan finds both places of the key, which `serde_json` does not know.
        Err(error) if error.to_string().starts_with("duplicate key `") => {
            let mut located = Located::default();
            match Scanner::new(text).value(&mut located) {
                Err(duplicate) => Err(duplicate),
                Ok(()) => Err(syntax_error(text, &error)),
            }
        }
        Err(error) => Err(syntax_error(text, &error)),
    }
}

/// Where every value of `text`, a JSON template [`parse`] has read, is written.
///
/// The scanner recurses once a level of nesting; [`parse`] has already refused text nested
/// deeper than `serde_json`'s recursion limit (`MAX_NESTING`, pinned by a test), so the scanner
/// never goes deeper than that.
pub(crate) fn locate(text: &str) -> Located {
    let mut located = Located::recording();
    // Valid JSON without a key written twice: the scan does not fail.
    let _ = Scanner::new(text).value(&mut located);
    located
}

/// A `serde_json` error at its line and column (counted in characters, as the YAML reader
/// counts them), without the " at line L column C" that its message ends with.
fn syntax_error(text: &str, error: &serde_json::Error) -> TemplateError {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
    if error.line() == 0 {
        return TemplateError::new(message);
    }
    let line_text = text.lines().nth(error.line() - 1).unwrap_or("");
    let column = line_text
        .char_indices()
        .take_while(|(byte, _)| *byte < error.column())
        .count()
        .max(1);
    TemplateError::at(Position::new(error.line(), column), message)
}

/// Walks valid JSON text, counting lines and characters.
struct Scanner<'t> {
    text: &'t str,
    at: usize,
    line: usize,
    column: usize,
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str) -> Self {
        Scanner {
            text,
            at: 0,
            line: 1,
            column: 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn position(&self) -> Position {
        Position::new(self.line, self.column)
    }

    fn bump(&mut self) {
        let Some(byte) = self.peek() else { return };
        self.at += 1;
        if byte == b'\n' {
            self.line += 1;
            self.column = 1;
        } else if byte & 0xC0 != 0x80 {
            // The first byte of a UTF-8 character (continuation bytes are 10xxxxxx).
            self.column += 1;
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    /// The value that starts at the next non-blank character, its positions into `located`.
    fn value(&mut self, located: &mut Located) -> Result<(), TemplateError> {
        self.skip_whitespace();
        let start = self.position();
        let first = located.mark();
        match self.peek() {
            Some(b'{') => {
                self.bump();
                self.entries(located)?;
                located.push(start, first, true);
            }
            Some(b'[') => {
                self.bump();
                self.items(located)?;
                located.push(start, first, false);
            }
            Some(b'"') => {
                // Only keys are looked up, so a string value is passed over undecoded.
                self.string();
                located.leaf(start);
            }
            _ => {
                self.literal();
                located.leaf(start);
            }
        }
        Ok(())
    }

    /// The members of an object, after its `{`, up to and including its `}`.
    fn entries(&mut self, located: &mut Located) -> Result<(), TemplateError> {
        // The keys of this object so far, to refuse one written twice; dropped at its end.
        let mut keys: BTreeMap<String, Position> = BTreeMap::new();
        loop {
            self.skip_whitespace();
            match self.peek() {
                None => return Ok(()),
                Some(b'}') => {
                    self.bump();
                    return Ok(());
                }
                Some(b'"') => {
                    let key_position = self.position();
                    let key = decode(self.string());
                    self.skip_whitespace();
                    if self.peek() == Some(b':') {
                        self.bump();
                    }
                    self.value(located)?;
                    if let Some(first) = keys.get(&key) {
                        return Err(TemplateError::duplicate_key(&key, key_position, *first));
                    }
                    located.name_last(&key, key_position);
                    keys.insert(key, key_position);
                }
                // `,`, and (were the text not valid JSON) anything else: one step on, so the
                // walk always ends.
                Some(_) => self.bump(),
            }
        }
    }

    /// The elements of an array, after its `[`, up to and including its `]`.
    fn items(&mut self, located: &mut Located) -> Result<(), TemplateError> {
        loop {
            self.skip_whitespace();
            match self.peek() {
                None => return Ok(()),
                Some(b']') => {
                    self.bump();
                    return Ok(());
                }
                Some(b',') => self.bump(),
                Some(_) => self.value(located)?,
            }
        }
    }

    /// A string from its opening quote to its closing quote; returns it as written, quotes and
    /// escapes included.
    fn string(&mut self) -> &'t str {
        let start = self.at;
        self.bump();
        while let Some(byte) = self.peek() {
            self.bump();
            match byte {
                b'\\' => self.bump(),
                b'"' => break,
                _ => {}
            }
        }
        self.text.get(start..self.at).unwrap_or_default()
    }

    /// A number, `true`, `false` or `null`: up to the next delimiter, and at least one byte.
    fn literal(&mut self) {
        self.bump();
        while !matches!(
            self.peek(),
            None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
        ) {
            self.bump();
        }
    }
}

/// The text of a string written with its quotes: escapes decoded (most keys have none).
fn decode(written: &str) -> String {
    match written.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(inner) if !inner.contains('\\') => inner.to_owned(),
        _ => serde_json::from_str(written).unwrap_or_else(|_| written.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::MAX_NESTING;

    #[test]
    fn every_value_has_the_position_of_its_key_or_item() {
        let text = "{\n  \"A\": [1, {\"b\": \"x\"}],\n  \"é\": {\"c\": true}, \"d~/\": null\n}";
        let json = parse(text).expect("valid");
        let located = locate(text);
        assert_eq!(json["A"][1]["b"], "x");
        assert_eq!(located.find(""), Position::new(1, 1));
        assert_eq!(located.find("/A"), Position::new(2, 3));
        assert_eq!(located.find("/A/0"), Position::new(2, 9));
        assert_eq!(located.find("/A/1"), Position::new(2, 12));
        assert_eq!(located.find("/A/1/b"), Position::new(2, 13));
        // Columns count characters: `é` is two bytes and one column.
        assert_eq!(located.find("/é/c"), Position::new(3, 9));
        assert_eq!(located.find("/d~0~1"), Position::new(3, 21));
        assert_eq!(located.find("/é/missing"), Position::new(3, 3));
    }

    #[test]
    fn escaped_keys_are_decoded_before_lookup() {
        let located = locate(r#"{"a\"b": {"\u0041": 1}}"#);
        assert_eq!(located.find("/a\"b/A"), Position::new(1, 11));
    }

    #[test]
    fn syntax_errors_name_their_line_and_column() {
        let error = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").expect_err("invalid");
        assert_eq!(error.to_string(), "3:7: expected `:`");
        let error = parse("{\"a\": [1, 2}").expect_err("invalid");
        assert_eq!(error.position(), Some(Position::new(1, 12)));
    }

    #[test]
    fn serde_json_refuses_nesting_deeper_than_the_readers_limit() {
        // The scanner relies on this limit instead of its own (see `parse`).
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(parse(&nested(MAX_NESTING)).is_ok());
        let error = parse(&nested(MAX_NESTING + 1)).expect_err("too deep");
        assert_eq!(error.to_string(), "1:128: recursion limit exceeded");
    }

    #[test]
    fn duplicate_keys_are_an_error_naming_both() {
        let error = parse("{\"a\": 1,\n \"a\": 2}").expect_err("duplicate");
        assert_eq!(
            error.to_string(),
            "2:2: duplicate key \"a\" (first at 1:2); only one of them would count"
        );
    }
}
