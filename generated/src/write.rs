//! Writing values back out: pretty JSON, and block-style YAML that CloudFormation reads.
//!
//! The YAML writes intrinsic functions in their long form (`Fn::Sub: ...`), which every YAML
//! reader of CloudFormation accepts and which needs no custom tags; reading it back (with the
//! `template` feature, or any YAML reader) gives the same JSON. Text is written plain when no
//! YAML 1.1 or 1.2 reader can take it for anything else (`AWS_PROXY`, `application/json`),
//! as a literal block when it spans lines, and double-quoted otherwise. Floats always have a
//! `.` and a signed exponent (`1.0e+20`), the only form YAML 1.1 reads as a float.

use crate::{Integration, IntegrationResponse};
use serde_json::{Map, Value as Json};
use std::fmt::Write as _;

/// YAML allows a key written before its `:` (an implicit key) to be at most 1024 characters
/// long; longer keys are written after `? ` (an explicit key).
const MAX_IMPLICIT_KEY: usize = 1000;

impl Integration {
    /// The JSON CloudFormation reads, pretty-printed.
    pub fn to_json_string(&self) -> String {
        pretty_json(&self.to_json())
    }

    /// The YAML CloudFormation reads (see [`to_yaml_string`]).
    ///
    /// ```
    /// use cfn_apigateway_integration::{HttpMethod, Integration};
    ///
    /// let integration = Integration::http_proxy(HttpMethod::Get, "https://example.com/{proxy}").build()?;
    /// assert_eq!(
    ///     integration.to_yaml_string(),
    ///     "IntegrationHttpMethod: GET\nType: HTTP_PROXY\nUri: \"https://example.com/{proxy}\"\n"
    /// );
    /// # Ok::<(), cfn_apigateway_integration::Report>(())
    /// ```
    pub fn to_yaml_string(&self) -> String {
        to_yaml_string(&self.to_json())
    }
}

impl IntegrationResponse {
    /// The JSON CloudFormation reads, pretty-printed.
    pub fn to_json_string(&self) -> String {
        pretty_json(&self.to_json())
    }

    /// The YAML CloudFormation reads (see [`to_yaml_string`]).
    pub fn to_yaml_string(&self) -> String {
        to_yaml_string(&self.to_json())
    }
}

fn pretty_json(json: &Json) -> String {
    // Writing a `serde_json::Value` into a `String` cannot fail: its keys are strings and its
    // numbers finite.
    serde_json::to_string_pretty(json).unwrap_or_default()
}

/// Block-style YAML for any JSON value, such as a whole template or a Method's `Properties`:
/// mappings and lists one entry a line, two spaces of indent, keys in the order of the JSON.
///
/// ```
/// use serde_json::json;
///
/// let yaml = cfn_apigateway_integration::to_yaml_string(&json!({
///     "RequestTemplates": {"application/json": "Action=SendMessage\n&MessageBody=$input.body\n"},
///     "Uri": {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:sqs:action/SendMessage"},
/// }));
/// assert_eq!(yaml, "\
/// RequestTemplates:
///   application/json: |
///     Action=SendMessage
///     &MessageBody=$input.body
/// Uri:
///   Fn::Sub: \"arn:${AWS::Partition}:apigateway:${AWS::Region}:sqs:action/SendMessage\"
/// ");
/// ```
pub fn to_yaml_string(value: &Json) -> String {
    let mut out = String::new();
    match value {
        Json::Object(entries) if !entries.is_empty() => write_mapping(&mut out, entries, 0, false),
        Json::Array(items) if !items.is_empty() => write_sequence(&mut out, items, 0, false),
        // Indented so that a line `---` of a literal block cannot end the document.
        scalar => write_inline_or_block(&mut out, scalar, 2),
    }
    out
}

/// Writes `entries` one a line at `indent`; the first line continues the current line when
/// `continues_line` (after a list's `- `).
fn write_mapping(
    out: &mut String,
    entries: &Map<String, Json>,
    indent: usize,
    continues_line: bool,
) {
    for (i, (key, value)) in entries.iter().enumerate() {
        if i > 0 || !continues_line {
            push_indent(out, indent);
        }
        let key = scalar_text(key);
        if key.len() > MAX_IMPLICIT_KEY {
            out.push_str("? ");
            out.push_str(&key);
            out.push('\n');
            push_indent(out, indent);
        } else {
            out.push_str(&key);
        }
        out.push(':');
        write_value(out, value, indent);
    }
}

/// Writes `items` one a line at `indent`, as `write_mapping` does.
fn write_sequence(out: &mut String, items: &[Json], indent: usize, continues_line: bool) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 || !continues_line {
            push_indent(out, indent);
        }
        out.push_str("- ");
        match item {
            Json::Object(entries) if !entries.is_empty() => {
                write_mapping(out, entries, indent + 2, true)
            }
            Json::Array(inner) if !inner.is_empty() => write_sequence(out, inner, indent + 2, true),
            scalar => write_inline_or_block(out, scalar, indent + 2),
        }
    }
}

/// Writes the value of a mapping entry, after its `key:`.
fn write_value(out: &mut String, value: &Json, indent: usize) {
    match value {
        Json::Object(entries) if !entries.is_empty() => {
            out.push('\n');
            write_mapping(out, entries, indent + 2, false);
        }
        Json::Array(items) if !items.is_empty() => {
            out.push('\n');
            write_sequence(out, items, indent + 2, false);
        }
        scalar => {
            out.push(' ');
            write_inline_or_block(out, scalar, indent + 2);
        }
    }
}

/// Writes a scalar (or an empty collection) and ends the line; text that spans lines becomes a
/// literal block whose lines are indented by `block_indent`.
fn write_inline_or_block(out: &mut String, value: &Json, block_indent: usize) {
    match value {
        Json::String(text) if fits_literal_block(text) => {
            let body = text.strip_suffix('\n');
            out.push_str(if body.is_some() { "|\n" } else { "|-\n" });
            for line in body.unwrap_or(text).split('\n') {
                if !line.is_empty() {
                    push_indent(out, block_indent);
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        Json::String(text) => {
            out.push_str(&scalar_text(text));
            out.push('\n');
        }
        Json::Object(_) => out.push_str("{}\n"),
        Json::Array(_) => out.push_str("[]\n"),
        Json::Number(number) => {
            out.push_str(&yaml_number(&number.to_string()));
            out.push('\n');
        }
        Json::Bool(true) => out.push_str("true\n"),
        Json::Bool(false) => out.push_str("false\n"),
        Json::Null => out.push_str("null\n"),
    }
}

/// A JSON number as YAML 1.1 reads it back: integers as they are, floats with a `.` in the
/// mantissa and a sign in the exponent, because YAML 1.1 (PyYAML) reads `1e+20` and `1.0e20`
/// as text. `serde_json` writes `1e+20`, `5e-7` and `2.0`; they become `1.0e+20`, `5.0e-7`
/// and `2.0`.
fn yaml_number(written: &str) -> String {
    if !written.contains(['.', 'e', 'E']) {
        return written.to_owned();
    }
    let (mantissa, exponent) = match written.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (written, None),
    };
    let mut yaml = mantissa.to_owned();
    if !mantissa.contains('.') {
        yaml.push_str(".0");
    }
    if let Some(exponent) = exponent {
        yaml.push('e');
        if !exponent.starts_with(['-', '+']) {
            yaml.push('+');
        }
        yaml.push_str(exponent);
    }
    yaml
}

fn push_indent(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// Text that a literal block (`|` or `|-`) keeps exactly: several lines, at most one line
/// break at the end, no line that starts with a blank (the block's indent would be misread),
/// no line of blanks only (a reader keeps it as an empty line), and only characters a block
/// may hold.
fn fits_literal_block(text: &str) -> bool {
    let body = text.strip_suffix('\n').unwrap_or(text);
    body.contains('\n')
        && !body.ends_with('\n')
        && body.split('\n').all(|line| {
            !line.starts_with([' ', '\t'])
                && (line.is_empty() || !line.trim().is_empty())
                && !line.ends_with(['\t', ' '])
                && line.chars().all(|c| c == '\t' || !needs_escape(c))
        })
}

/// A string or key: plain when no reader can take it for a number, boolean, null or YAML
/// syntax; double-quoted with escapes otherwise.
fn scalar_text(text: &str) -> String {
    if is_safe_plain(text) {
        return text.to_owned();
    }
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            c if needs_escape(c) => {
                let _ = write!(quoted, "\\u{:04X}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Characters YAML does not allow written as they are (controls, DEL, the C1 controls,
/// non-characters) or reads as line breaks (NEL, LS, PS), and the byte order mark.
fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}'
    )
}

/// Text that every YAML reader (1.1 or 1.2) reads back as this exact string when written
/// plain: it starts with an ASCII letter, holds only ASCII letters, digits and `_ . / - :`,
/// does not end with `:`, and is not a YAML 1.1 boolean or null (`yes`, `off`, `y`, ...).
fn is_safe_plain(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let name_like = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '/' | '-' | ':'))
        && !text.ends_with(':');
    let reserved = matches!(
        text.to_ascii_lowercase().as_str(),
        "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
    );
    name_like && !reserved
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_mappings_and_lists_are_written_in_block_style() {
        // Keys in order, so that the maps keep it with and without `preserve_order`.
        let yaml = to_yaml_string(&json!({
            "CacheKeyParameters": [],
            "IntegrationResponses": [
                {"ResponseTemplates": {"application/json": ""}, "StatusCode": "200"},
                {"SelectionPattern": "4\\d{2}", "StatusCode": 400}
            ],
            "Nested": [[1, 2], [true, null]],
            "RequestParameters": {},
            "TimeoutInMillis": 29000,
            "Uri": {"Fn::If": ["Prod", "https://example.com", {"Ref": "AWS::NoValue"}]}
        }));
        assert_eq!(
            yaml,
            r#"CacheKeyParameters: []
IntegrationResponses:
  - ResponseTemplates:
      application/json: ""
    StatusCode: "200"
  - SelectionPattern: "4\\d{2}"
    StatusCode: 400
Nested:
  - - 1
    - 2
  - - true
    - null
RequestParameters: {}
TimeoutInMillis: 29000
Uri:
  Fn::If:
    - Prod
    - https://example.com
    - Ref: AWS::NoValue
"#
        );
    }

    #[test]
    fn text_a_reader_could_misread_is_quoted() {
        for text in [
            "",
            "yes",
            "No",
            "ON",
            "null",
            "True",
            "~",
            "12",
            "1e3",
            "0x1F",
            ".inf",
            "-x",
            "a: b",
            "a:",
            "#x",
            "'x'",
            "x y",
            "arn:aws:iam::*:user/*",
            "{proxy}",
            "caf\u{e9}",
        ] {
            assert!(
                scalar_text(text).starts_with('"'),
                "{text:?} is written plain"
            );
        }
        for text in [
            "AWS_PROXY",
            "application/json",
            "Fn::Sub",
            "method.request.path.id",
            "a-b.c",
        ] {
            assert_eq!(scalar_text(text), text);
        }
    }

    #[test]
    fn floats_have_a_dot_and_a_signed_exponent() {
        for (value, written) in [
            (json!(1e20), "1.0e+20"),
            (json!(1e21), "1.0e+21"),
            (json!(5e-7), "5.0e-7"),
            (json!(-1.5e300), "-1.5e+300"),
            (json!(2.0), "2.0"),
            (json!(0.1), "0.1"),
            (json!(-0.0), "-0.0"),
            (json!(12), "12"),
            (json!(-3), "-3"),
            (json!(u64::MAX), "18446744073709551615"),
        ] {
            assert_eq!(to_yaml_string(&value), format!("{written}\n"), "{value}");
        }
        assert_eq!(yaml_number("1E5"), "1.0e+5");
        assert_eq!(yaml_number("1.5e-3"), "1.5e-3");
    }

    #[test]
    fn control_characters_and_line_separators_are_escaped() {
        assert_eq!(
            scalar_text("a\"b\\c\u{7}\u{85}\u{2028}\r"),
            r#""a\"b\\c\u0007\u0085\u2028\r""#
        );
    }

    #[test]
    fn only_text_a_literal_block_keeps_exactly_is_written_as_one() {
        assert!(fits_literal_block("a\nb"));
        assert!(fits_literal_block("a\n\nb\n"));
        assert!(!fits_literal_block("one line"));
        assert!(!fits_literal_block("one line\n"));
        assert!(!fits_literal_block(" indented\nfirst line"));
        assert!(!fits_literal_block("a\n   \nb"));
        assert!(!fits_literal_block("trailing \nspace"));
        assert!(!fits_literal_block("two breaks\nat the end\n\n"));
        assert!(!fits_literal_block("carriage\r\nreturn"));
    }
}
