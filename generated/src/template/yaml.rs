//! YAML templates: the events of `saphyr-parser` become JSON with the position of every value,
//! and the short-form intrinsic function tags (`!Ref x`, `!GetAtt a.b`, `!Sub ...`) become
//! their long forms (`{"Ref": "x"}`, `{"Fn::GetAtt": ["a", "b"]}`, `{"Fn::Sub": "..."}`).
//!
//! `saphyr-parser` reads the syntax (YAML 1.2's, which templates write as they would in 1.1);
//! what a plain scalar means is decided here, by YAML 1.1, the version CloudFormation supports
//! and the one PyYAML's resolver (which cfn-lint uses) implements: see [`resolve_plain`].
//! Integers with a leading zero and base-60 numbers are deliberate exceptions that stay text.
//!
//! CloudFormation supports neither aliases (`*name`) nor merge keys (`<<`), and reads one
//! document; all three are errors here, as are duplicate keys (a reader would keep only one of
//! them) and tags that are neither intrinsic functions nor scalar types. Mapping keys are
//! always text, as written.

use super::located::Located;
use super::{MAX_NESTING, Position, TemplateError};
use saphyr_parser::{Event, Parser, ScalarStyle, Span, Tag};
use serde_json::{Map, Number, Value as Json};

/// The tag handle of the YAML types (`!!str` is `tag:yaml.org,2002:str`).
const CORE_SCHEMA: &str = "tag:yaml.org,2002:";

/// Reads a YAML template.
pub(crate) fn parse(text: &str) -> Result<Json, TemplateError> {
    read(text, Located::default()).map(|(json, _)| json)
}

/// Where every value of `text`, a YAML template [`parse`] has read, is written: it is read
/// again, recording positions.
pub(crate) fn locate(text: &str) -> Located {
    read(text, Located::recording()).map_or_else(|_| Located::default(), |(_, located)| located)
}

/// Reads a YAML template into JSON, with `located` recording positions or not.
fn read(text: &str, located: Located) -> Result<(Json, Located), TemplateError> {
    let mut builder = Builder {
        stack: Vec::new(),
        root: None,
        located,
        document_ended: false,
    };
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|error| {
            let marker = error.marker();
            // saphyr-parser can place an error one line past the end of the text (after a
            // block scalar indicator on the last line, `a: 1\n|`); it is at the end.
            let position = Position::new(marker.line(), marker.col() + 1).min(end(text));
            TemplateError::at(position, error.info())
        })?;
        builder.event(event, span)?;
    }
    builder.finish()
}

/// The position just after the last character of `text`, where YAML's line breaks (`\n`,
/// `\r\n`, a lone `\r`) end lines.
fn end(text: &str) -> Position {
    let last_line = text.rsplit(['\n', '\r']).next().unwrap_or(text);
    let breaks = text.matches(['\n', '\r']).count() - text.matches("\r\n").count();
    Position::new(breaks + 1, last_line.chars().count() + 1)
}

/// A mapping or list whose end has not been read yet.
enum Frame {
    Mapping {
        start: Position,
        tag: Option<Tag>,
        /// The entries in the order they are written, each with where its key is; a key
        /// written twice is refused when the mapping ends.
        entries: Vec<(String, Position, Json)>,
        /// The key read, waiting for its value.
        key: Option<(String, Position)>,
        /// Where the mapping's positions begin ([`Located::mark`]).
        first: usize,
    },
    Sequence {
        start: Position,
        tag: Option<Tag>,
        items: Vec<Json>,
        /// Where the list's positions begin ([`Located::mark`]).
        first: usize,
    },
}

/// Builds the JSON from the parser's events, with an explicit stack so that nesting never
/// recurses.
#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<(Json, Position)>,
    /// Where every value is written, appended as values end.
    located: Located,
    /// The first document ended: a second one is an error.
    document_ended: bool,
}

impl Builder {
    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), TemplateError> {
        let start = position(span);
        match event {
            Event::DocumentStart(_) => {
                if self.document_ended {
                    return Err(TemplateError::at(
                        start,
                        "a template is one YAML document, and a second one starts here",
                    ));
                }
            }
            Event::DocumentEnd => self.document_ended = true,
            Event::Alias(_) => {
                return Err(TemplateError::at(
                    start,
                    "YAML aliases (*name) are not supported by CloudFormation; write the value out",
                ));
            }
            Event::Scalar(text, style, _, tag) => {
                let tag = tag.map(|t| t.into_owned());
                if let Some(Frame::Mapping {
                    key: key @ None, ..
                }) = self.stack.last_mut()
                {
                    if style == ScalarStyle::Plain && tag.is_none() && text == "<<" {
                        return Err(TemplateError::at(
                            start,
                            "YAML merge keys (<<) are not supported by CloudFormation; write the entries out (quote the key to mean the text \"<<\")",
                        ));
                    }
                    *key = Some((key_text(text.into_owned(), tag.as_ref(), start)?, start));
                    return Ok(());
                }
                let value = scalar(&text, style, tag.as_ref(), start, &mut self.located)?;
                self.complete(value, start)?;
            }
            Event::MappingStart(_, tag) => {
                self.open(start)?;
                self.stack.push(Frame::Mapping {
                    start,
                    tag: tag.map(|t| t.into_owned()),
                    entries: Vec::new(),
                    key: None,
                    first: self.located.mark(),
                });
            }
            Event::SequenceStart(_, tag) => {
                self.open(start)?;
                self.stack.push(Frame::Sequence {
                    start,
                    tag: tag.map(|t| t.into_owned()),
                    items: Vec::new(),
                    first: self.located.mark(),
                });
            }
            Event::MappingEnd => match self.stack.pop() {
                Some(Frame::Mapping {
                    start,
                    tag,
                    entries,
                    key: None,
                    first,
                    ..
                }) => self.close(mapping(entries)?, tag.as_ref(), start, first)?,
                Some(Frame::Mapping { key: Some(_), .. }) => {
                    return Err(TemplateError::internal(
                        start,
                        "a mapping ended between a key and its value",
                    ));
                }
                _ => {
                    return Err(TemplateError::internal(
                        start,
                        "the end of a mapping that was not open",
                    ));
                }
            },
            Event::SequenceEnd => match self.stack.pop() {
                Some(Frame::Sequence {
                    start,
                    tag,
                    items,
                    first,
                }) => self.close(Json::Array(items), tag.as_ref(), start, first)?,
                _ => {
                    return Err(TemplateError::internal(
                        start,
                        "the end of a list that was not open",
                    ));
                }
            },
            Event::Nothing | Event::StreamStart | Event::StreamEnd => {}
        }
        Ok(())
    }

    /// Checks that a mapping or list may start here.
    fn open(&self, start: Position) -> Result<(), TemplateError> {
        if let Some(Frame::Mapping { key: None, .. }) = self.stack.last() {
            return Err(TemplateError::at(
                start,
                "a mapping key must be a scalar (text), not a mapping or a list",
            ));
        }
        if self.stack.len() >= MAX_NESTING {
            return Err(TemplateError::at(
                start,
                format!(
                    "the template nests mappings and lists more than {MAX_NESTING} levels deep"
                ),
            ));
        }
        Ok(())
    }

    /// Finishes a mapping or list written at `start`, whose contents' positions began at
    /// `first`, and puts it where it belongs.
    fn close(
        &mut self,
        value: Json,
        tag: Option<&Tag>,
        start: Position,
        first: usize,
    ) -> Result<(), TemplateError> {
        let value = collection(value, tag, start, first, &mut self.located)?;
        self.complete(value, start)
    }

    /// Puts a finished value (written at `start`, its positions already appended) where it
    /// belongs: the pending key of a mapping, the end of a list, or the root.
    fn complete(&mut self, value: Json, start: Position) -> Result<(), TemplateError> {
        match self.stack.last_mut() {
            Some(Frame::Mapping { entries, key, .. }) => {
                // A scalar with no key pending is a key (see `event`), and a mapping or list
                // with none cannot start (see `open`).
                let Some((key, key_position)) = key.take() else {
                    return Err(TemplateError::internal(
                        start,
                        "a mapping value without a key",
                    ));
                };
                self.located.name_last(&key, key_position);
                entries.push((key, key_position, value));
            }
            Some(Frame::Sequence { items, .. }) => items.push(value),
            None => {
                if self.root.is_some() {
                    return Err(TemplateError::at(start, "a template is one YAML document"));
                }
                self.root = Some((value, start));
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<(Json, Located), TemplateError> {
        match self.root {
            Some((json, _)) => Ok((json, self.located)),
            None => Err(TemplateError::new(
                "the template is empty: it has no YAML document",
            )),
        }
    }
}

/// The JSON mapping of `entries`, written in that order; the first key written a second time
/// (in the order of the text) is an error. Sorting finds them in `n log n`: a mapping may have
/// any number of keys.
fn mapping(entries: Vec<(String, Position, Json)>) -> Result<Json, TemplateError> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| entries[a].0.cmp(&entries[b].0).then(a.cmp(&b)));
    let again = order
        .windows(2)
        .filter(|pair| entries[pair[0]].0 == entries[pair[1]].0)
        .min_by_key(|pair| pair[1]);
    if let Some(&[first, again]) = again {
        let (key, position, _) = &entries[again];
        return Err(TemplateError::duplicate_key(
            key,
            *position,
            entries[first].1,
        ));
    }
    Ok(Json::Object(
        entries
            .into_iter()
            .map(|(key, _, value)| (key, value))
            .collect(),
    ))
}

fn position(span: Span) -> Position {
    Position::new(span.start.line(), span.start.col() + 1)
}

/// `!` alone, the non-specific tag: the value is what it would be untagged, except that a
/// scalar is text.
fn is_non_specific(tag: &Tag) -> bool {
    tag.handle.is_empty() && tag.suffix == "!"
}

/// The text of a mapping key. Keys are text in a template; `!!str` and `!` are the only tags
/// that fit.
fn key_text(text: String, tag: Option<&Tag>, start: Position) -> Result<String, TemplateError> {
    match tag {
        None => Ok(text),
        Some(tag) if is_non_specific(tag) || (tag.handle == CORE_SCHEMA && tag.suffix == "str") => {
            Ok(text)
        }
        Some(tag) => Err(TemplateError::at(
            start,
            format!("a mapping key cannot have the tag {}", show_tag(tag)),
        )),
    }
}

/// A scalar and its position: plain text is resolved (`12` is a number), quoted and block
/// text is a string, and a tag makes it an intrinsic function or gives its type.
fn scalar(
    text: &str,
    style: ScalarStyle,
    tag: Option<&Tag>,
    start: Position,
    located: &mut Located,
) -> Result<Json, TemplateError> {
    let Some(tag) = tag else {
        let value = match style {
            ScalarStyle::Plain => resolve_plain(text),
            _ => Json::String(text.to_owned()),
        };
        located.leaf(start);
        return Ok(value);
    };
    if tag.handle == "!" && !tag.suffix.is_empty() {
        // `!GetAtt Resource.Attribute` is the short form of a two-item list; the attribute
        // may itself contain dots (`Endpoint.Address`), the logical id never does.
        let first = located.mark();
        let arguments = match (tag.suffix.as_str(), text.split_once('.')) {
            ("GetAtt", Some((resource, attribute))) => {
                located.leaf(start);
                located.leaf(start);
                located.push(start, first, false);
                Json::Array(vec![resource.into(), attribute.into()])
            }
            _ => {
                located.leaf(start);
                Json::String(text.to_owned())
            }
        };
        return Ok(intrinsic(&tag.suffix, arguments, start, first, located));
    }
    if is_non_specific(tag) {
        located.leaf(start);
        return Ok(Json::String(text.to_owned()));
    }
    if tag.handle != CORE_SCHEMA {
        return Err(unsupported_tag(tag, start));
    }
    // The tag says the type, whatever the style: text the type cannot read is an error
    // rather than a guess.
    let value = match tag.suffix.as_str() {
        "str" => Some(Json::String(text.to_owned())),
        "int" => integer(text),
        "float" => tagged_float(text),
        "bool" => tagged_bool(text).map(Json::Bool),
        // PyYAML builds null from any text; text after `!!null` is more likely a mistake.
        "null" => is_null(text).then_some(Json::Null),
        _ => return Err(unsupported_tag(tag, start)),
    };
    match value {
        Some(value) => {
            located.leaf(start);
            Ok(value)
        }
        None => Err(TemplateError::at(start, not_valid(text, &tag.suffix))),
    }
}

/// Why `text` cannot have the type `!!expected`.
fn not_valid(text: &str, expected: &str) -> String {
    let why = match expected {
        "int" if text.contains(':') || is_octal(text) => {
            ": octal (0755) and base-60 (1:30) integers are not read; write the number in decimal"
        }
        "int" => ": not an integer of at most 64 bits",
        "float" => ": not a number JSON can hold (no .inf, no .nan)",
        "bool" => ": a boolean is yes, no, true, false, on or off",
        "null" => ": null is ~, null or nothing",
        _ => "",
    };
    format!("{text:?} is not a valid !!{expected}{why}")
}

/// A finished mapping or list, whose contents' positions began at `first`: a tag makes it the
/// arguments of an intrinsic function.
fn collection(
    value: Json,
    tag: Option<&Tag>,
    start: Position,
    first: usize,
    located: &mut Located,
) -> Result<Json, TemplateError> {
    let mapping = value.is_object();
    let mut untagged = |value| {
        located.push(start, first, mapping);
        Ok(value)
    };
    match tag {
        None => untagged(value),
        Some(tag) if tag.handle == "!" && !tag.suffix.is_empty() => {
            located.push(start, first, mapping);
            Ok(intrinsic(&tag.suffix, value, start, first, located))
        }
        Some(tag) if is_non_specific(tag) => untagged(value),
        Some(tag)
            if tag.handle == CORE_SCHEMA
                && matches!(
                    (tag.suffix.as_str(), &value),
                    ("map", Json::Object(_)) | ("seq", Json::Array(_))
                ) =>
        {
            untagged(value)
        }
        Some(tag) => Err(unsupported_tag(tag, start)),
    }
}

/// `!Name arguments` as `{"Fn::Name": arguments}` (`!Ref` and `!Condition` keep their names),
/// the arguments' positions (already appended, from `first`) under the function's key.
///
/// Every local tag is read this way, as CloudFormation's own tools do, so that a misspelt
/// function (`!Sbu`) becomes `Fn::Sbu`, which the checks report as an unknown function where
/// it matters, instead of failing the whole template.
fn intrinsic(
    name: &str,
    arguments: Json,
    start: Position,
    first: usize,
    located: &mut Located,
) -> Json {
    let key = match name {
        "Ref" | "Condition" => name.to_owned(),
        _ => format!("Fn::{name}"),
    };
    located.name_last(&key, start);
    located.push(start, first, true);
    let mut object = Map::new();
    object.insert(key, arguments);
    Json::Object(object)
}

fn unsupported_tag(tag: &Tag, start: Position) -> TemplateError {
    TemplateError::at(
        start,
        format!(
            "the tag {} is not supported in a CloudFormation template; use an intrinsic function tag such as !Ref or !Sub, or !!str",
            show_tag(tag)
        ),
    )
}

/// A tag as it is written: `!Ref`, `!!str`, `!`, or `!<tag:example.com:x>`.
fn show_tag(tag: &Tag) -> String {
    match tag.handle.as_str() {
        "!" => format!("!{}", tag.suffix),
        CORE_SCHEMA => format!("!!{}", tag.suffix),
        "" if tag.suffix == "!" => "!".to_owned(),
        handle => format!("!<{handle}{}>", tag.suffix),
    }
}

/// The value of a plain (unquoted, untagged) scalar, by the implicit types of YAML 1.1 as
/// PyYAML's resolver reads them:
///
/// - null: `~`, `null`, `Null`, `NULL`, and nothing;
/// - boolean: `yes`, `no`, `true`, `false`, `on`, `off`, each all lower case, capitalised or
///   all upper case;
/// - integer: `[-+]?(0|[1-9][0-9_]*)`, `[-+]?0b[01_]+`, `[-+]?0x[0-9a-fA-F_]+` (`_` is
///   ignored);
/// - float: `[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?` or `\.[0-9][0-9_]*([eE][-+][0-9]+)?`:
///   a `.` is needed, and the exponent has a sign.
///
/// Everything else is text, including what YAML 1.1 reads otherwise but this reader keeps as
/// written on purpose: octal integers (`0[0-7_]+`, such as `0123`: a leading zero in a
/// template is an account id or part of an ARN, never octal), base-60 numbers (`190:20:30`),
/// `.inf` and `.nan` (JSON has neither), numbers out of range (integers beyond 64 bits, floats
/// beyond `f64`), and dates.
fn resolve_plain(text: &str) -> Json {
    if is_null(text) {
        return Json::Null;
    }
    match text {
        "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => Json::Bool(true),
        "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            Json::Bool(false)
        }
        _ => integer(text)
            .or_else(|| float(text))
            .unwrap_or_else(|| Json::String(text.to_owned())),
    }
}

fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// The text of `!!bool`: PyYAML reads any case of the six words.
fn tagged_bool(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "yes" | "true" | "on" => Some(true),
        "no" | "false" | "off" => Some(false),
        _ => None,
    }
}

/// `text` without its sign.
fn unsigned(text: &str) -> (bool, &str) {
    match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    }
}

/// `[-+]?0[0-7_]+`: an octal integer of YAML 1.1 (`0123`), kept as text.
fn is_octal(text: &str) -> bool {
    let (_, digits) = unsigned(text);
    digits.len() > 1
        && digits.starts_with('0')
        && digits.bytes().all(|b| matches!(b, b'0'..=b'7' | b'_'))
}

/// A decimal, binary or hexadecimal integer of YAML 1.1 that fits in 64 bits; `None` for any
/// other text, octal and base-60 integers included.
fn integer(text: &str) -> Option<Json> {
    let (negative, rest) = unsigned(text);
    let (radix, digits) = if let Some(binary) = rest.strip_prefix("0b") {
        (2, binary)
    } else if let Some(hex) = rest.strip_prefix("0x") {
        (16, hex)
    } else if rest == "0" || rest.starts_with(|c: char| matches!(c, '1'..='9')) {
        (10, rest)
    } else {
        return None;
    };
    if !digits.chars().all(|c| c == '_' || c.is_digit(radix)) {
        return None;
    }
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    // `0x_` matches YAML 1.1's pattern but has no digits (PyYAML fails on it).
    let magnitude = i128::from_str_radix(&digits, radix).ok()?;
    let value = if negative { -magnitude } else { magnitude };
    match (i64::try_from(value), u64::try_from(value)) {
        (Ok(small), _) => Some(small.into()),
        (_, Ok(large)) => Some(large.into()),
        _ => None,
    }
}

/// A float of YAML 1.1 (see [`resolve_plain`]) that JSON can hold.
fn float(text: &str) -> Option<Json> {
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(exponent) = exponent {
        if !exponent.strip_prefix(['-', '+']).is_some_and(digits) {
            return None;
        }
    }
    let (signed, rest) = match mantissa.strip_prefix(['-', '+']) {
        Some(rest) => (true, rest),
        None => (false, mantissa),
    };
    let (whole, fraction) = rest.split_once('.')?;
    let digits_or_underscores = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    let whole_ok = if whole.is_empty() {
        // `.5`: no sign, and a digit right after the dot.
        !signed && fraction.starts_with(|c: char| c.is_ascii_digit())
    } else {
        whole.starts_with(|c: char| c.is_ascii_digit()) && digits_or_underscores(whole)
    };
    if !whole_ok || !digits_or_underscores(fraction) {
        return None;
    }
    finite(text)
}

/// The text of `!!float`: PyYAML reads any text Python's `float` reads (`1`, `1e3`).
fn tagged_float(text: &str) -> Option<Json> {
    if text.contains(':') {
        return None;
    }
    finite(text)
}

/// `text` without `_` as a finite float.
fn finite(text: &str) -> Option<Json> {
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    cleaned
        .parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map(Json::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn json(text: &str) -> Json {
        match parse(text) {
            Ok(json) => json,
            Err(error) => panic!("{text:?} does not parse: {error}"),
        }
    }

    fn error(text: &str) -> String {
        match parse(text) {
            Ok(json) => panic!("{text:?} parses as {json}"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn plain_scalars_are_read_as_yaml_1_1_reads_them() {
        // What PyYAML's resolver (`yaml.safe_load`) makes of each.
        assert_eq!(
            json(
                "[~, null, NULL, '', yes, Yes, NO, on, OFF, True, false, 12, -3, +4, 1_000, 29_000, 0, -0, 0b101, -0b11, 0x1F, 0xff_ff, 1.5, .5, 2., 1.0e+3, 5.0e-7, 1_0.5_, -1.5]"
            ),
            json!([
                null, null, null, "", true, true, false, true, false, true, false, 12, -3, 4, 1000,
                29000, 0, 0, 5, -3, 31, 65535, 1.5, 0.5, 2.0, 1000.0, 5e-7, 10.5, -1.5
            ])
        );
        assert_eq!(json("a:\nb: ~\n"), json!({"a": null, "b": null}));
    }

    #[test]
    fn text_that_yaml_1_1_does_not_read_as_a_number_or_boolean_stays_text() {
        // Each of these is a string for PyYAML too.
        assert_eq!(
            json(
                "[1e3, 1.5e3, 1e+3, 0o17, 0X1F, 0x, y, n, Y, TRUE1, yES, -.5, ._5, 1.2.3, 09, 1_000x, '12', \"yes\"]"
            ),
            json!([
                "1e3", "1.5e3", "1e+3", "0o17", "0X1F", "0x", "y", "n", "Y", "TRUE1", "yES", "-.5",
                "._5", "1.2.3", "09", "1_000x", "12", "yes"
            ])
        );
    }

    #[test]
    fn what_yaml_1_1_reads_otherwise_but_a_template_means_as_text_stays_text() {
        assert_eq!(
            json(
                "[0123, 012345678901, -017, 00, 1:30, 190:20:30, 190:20:30.15, .inf, -.Inf, .nan, 1.0e+400, 99999999999999999999999, 2024-06-01]"
            ),
            json!([
                // Octal for YAML 1.1 (0123 is 83): never meant in an id or an ARN.
                "0123",
                "012345678901",
                "-017",
                "00",
                // Base 60 for YAML 1.1 (1:30 is 90).
                "1:30",
                "190:20:30",
                "190:20:30.15",
                // Not numbers JSON can hold.
                ".inf",
                "-.Inf",
                ".nan",
                "1.0e+400",
                "99999999999999999999999",
                // A date for YAML 1.1.
                "2024-06-01"
            ])
        );
    }

    #[test]
    fn a_scalar_type_tag_reads_its_text_as_that_type() {
        assert_eq!(
            json(
                "[!!bool yes, !!bool 'Off', !!bool TRUE, !!int 1_000, !!int '0x1F', !!float 1, !!float 1e3, !!float '2.5', !!null ~, !!null '', !!str 12, ! 12, !!str yes]"
            ),
            json!([
                true, false, true, 1000, 31, 1.0, 1000.0, 2.5, null, null, "12", "12", "yes"
            ])
        );
        // `!!float 1` is the float 1.0, not the integer 1.
        assert!(json("a: !!float 1")["a"].is_f64());
    }

    #[test]
    fn a_scalar_type_tag_on_text_of_another_type_is_an_error() {
        assert_eq!(
            error("a: !!int twelve\n"),
            "1:4: \"twelve\" is not a valid !!int: not an integer of at most 64 bits"
        );
        assert_eq!(
            error("a: !!int 0755\n"),
            "1:4: \"0755\" is not a valid !!int: octal (0755) and base-60 (1:30) integers are not read; write the number in decimal"
        );
        assert_eq!(
            error("a: !!float .inf\n"),
            "1:4: \".inf\" is not a valid !!float: not a number JSON can hold (no .inf, no .nan)"
        );
        assert_eq!(
            error("a: !!bool y\n"),
            "1:4: \"y\" is not a valid !!bool: a boolean is yes, no, true, false, on or off"
        );
        assert_eq!(
            error("a: !!null nothing\n"),
            "1:4: \"nothing\" is not a valid !!null: null is ~, null or nothing"
        );
    }

    #[test]
    fn the_non_specific_tag_keeps_a_collection_and_makes_a_scalar_text() {
        assert_eq!(
            json("a: ! {b: 1}\nc: ! [yes]\nd: ! yes\n! e: 2\n"),
            json!({"a": {"b": 1}, "c": [true], "d": "yes", "e": 2})
        );
    }

    #[test]
    fn keys_without_values_are_null() {
        assert_eq!(json("{a, b: 1}"), json!({"a": null, "b": 1}));
        assert_eq!(json("? a\n? b\n"), json!({"a": null, "b": null}));
        assert_eq!(json("yes: 1\n12: 2\n"), json!({"yes": 1, "12": 2}));
    }

    #[test]
    fn short_form_tags_are_read_as_long_form_intrinsics() {
        let text = "\
A: !Ref Name
B: !GetAtt Db.Endpoint.Address
C: !GetAtt [Fn, Arn]
D: !Sub 'arn:${AWS::Partition}'
E: !If [Cond, !Ref X, !Ref AWS::NoValue]
F: !Equals [!Ref Env, prod]
G: !Condition IsProd
H: !Select [0, !GetAZs '']
I: !FindInMap [Map, !Ref 'AWS::Region', Key]
J: !Sbu misspelt
K: !!str 12
L: ! 12
";
        assert_eq!(
            json(text),
            json!({
                "A": {"Ref": "Name"},
                "B": {"Fn::GetAtt": ["Db", "Endpoint.Address"]},
                "C": {"Fn::GetAtt": ["Fn", "Arn"]},
                "D": {"Fn::Sub": "arn:${AWS::Partition}"},
                "E": {"Fn::If": ["Cond", {"Ref": "X"}, {"Ref": "AWS::NoValue"}]},
                "F": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
                "G": {"Condition": "IsProd"},
                "H": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
                "I": {"Fn::FindInMap": ["Map", {"Ref": "AWS::Region"}, "Key"]},
                "J": {"Fn::Sbu": "misspelt"},
                "K": "12",
                "L": "12",
            })
        );
    }

    #[test]
    fn every_value_has_the_position_of_its_key_or_item() {
        let located = locate("A:\n  - x\n  - !Sub >-\n      text\nB: {c: 1}\n");
        assert_eq!(located.find(""), Position::new(1, 1));
        assert_eq!(located.find("/A"), Position::new(1, 1));
        assert_eq!(located.find("/A/1"), Position::new(3, 5));
        assert_eq!(located.find("/A/1/Fn::Sub"), Position::new(3, 5));
        assert_eq!(located.find("/B/c"), Position::new(5, 5));
        assert_eq!(located.find("/B/d"), Position::new(5, 1));
    }

    #[test]
    fn yaml_that_cloudformation_rejects_is_an_error_with_its_position() {
        assert_eq!(
            error("a: &x 1\nb: *x\n"),
            "2:4: YAML aliases (*name) are not supported by CloudFormation; write the value out"
        );
        assert_eq!(
            error("a: 1\nb: 2\na: 3\n"),
            "3:1: duplicate key \"a\" (first at 1:1); only one of them would count"
        );
        // The key written again first in the text is the one reported, and a third copy is
        // the second's duplicate no more than the first's.
        assert_eq!(
            error("z: 1\nb: 2\nb: 3\nz: 4\nb: 5\n"),
            "3:1: duplicate key \"b\" (first at 2:1); only one of them would count"
        );
        let many: String = (0..10_000).map(|i| format!("k{i}: {i}\n")).collect();
        assert_eq!(
            error(&format!("{many}k9999: again\n")),
            "10001:1: duplicate key \"k9999\" (first at 10000:1); only one of them would count"
        );
        assert_eq!(
            error("a: 1\n---\nb: 2\n"),
            "2:1: a template is one YAML document, and a second one starts here"
        );
        assert_eq!(
            error("? [a]\n: 1\n"),
            "1:3: a mapping key must be a scalar (text), not a mapping or a list"
        );
        assert_eq!(
            error("a: !!binary aGVsbG8=\n"),
            "1:4: the tag !!binary is not supported in a CloudFormation template; use an intrinsic function tag such as !Ref or !Sub, or !!str"
        );
        assert_eq!(
            error("a: 1\n<<: {b: 2}\n"),
            "2:1: YAML merge keys (<<) are not supported by CloudFormation; write the entries out (quote the key to mean the text \"<<\")"
        );
        assert_eq!(
            error("a: {<<: {b: 2}}\n"),
            "1:5: YAML merge keys (<<) are not supported by CloudFormation; write the entries out (quote the key to mean the text \"<<\")"
        );
        assert_eq!(
            error("a: !<tag:example.com,2024:x> [1]\n"),
            "1:4: the tag !<tag:example.com,2024:x> is not supported in a CloudFormation template; use an intrinsic function tag such as !Ref or !Sub, or !!str"
        );
        assert_eq!(error(""), "the template is empty: it has no YAML document");
    }

    #[test]
    fn a_quoted_merge_key_is_text() {
        assert_eq!(json("'<<': {a: 1}\n"), json!({"<<": {"a": 1}}));
        assert_eq!(json("a: [<<]\n"), json!({"a": ["<<"]}), "only a key merges");
    }

    #[test]
    fn events_the_parser_never_sends_are_internal_errors_not_dropped_data() {
        let at = |line, col| Span::empty(saphyr_parser::Marker::new(0, line, col));
        let internal =
            |what: &str| format!("internal error of the template reader: {what}; please report it");
        let mut builder = Builder::default();
        let error = builder
            .event(Event::MappingEnd, at(1, 0))
            .expect_err("none open");
        assert_eq!(
            error.to_string(),
            format!(
                "1:1: {}",
                internal("the end of a mapping that was not open")
            )
        );

        let mut builder = Builder::default();
        builder
            .event(Event::MappingStart(0, None), at(1, 0))
            .expect("opens");
        let error = builder
            .event(Event::SequenceEnd, at(2, 4))
            .expect_err("a mapping is open");
        assert_eq!(
            error.to_string(),
            format!("2:5: {}", internal("the end of a list that was not open"))
        );

        let mut builder = Builder::default();
        builder
            .event(Event::MappingStart(0, None), at(1, 0))
            .expect("opens");
        let key = Event::Scalar("a".into(), ScalarStyle::Plain, 0, None);
        builder.event(key, at(1, 0)).expect("a key");
        let error = builder
            .event(Event::MappingEnd, at(1, 2))
            .expect_err("a key waits");
        assert_eq!(
            error.to_string(),
            format!(
                "1:3: {}",
                internal("a mapping ended between a key and its value")
            )
        );

        let mut builder = Builder::default();
        builder.stack.push(Frame::Mapping {
            start: Position::new(1, 1),
            tag: None,
            entries: Vec::new(),
            key: None,
            first: 0,
        });
        let error = builder
            .complete(json!(1), Position::new(1, 4))
            .expect_err("no key");
        assert_eq!(
            error.to_string(),
            format!("1:4: {}", internal("a mapping value without a key"))
        );
    }

    #[test]
    fn an_error_is_never_placed_past_the_end_of_the_text() {
        // The parser says 3:1, a line that does not exist.
        assert_eq!(error("a: 1\n|"), "2:2: simple key expected");
        assert_eq!(end("a: 1\r\nb: 2\rc\n"), Position::new(4, 1));
        assert_eq!(end("a: \u{e9}"), Position::new(1, 5));
    }

    #[test]
    fn nesting_is_limited_instead_of_exhausting_the_stack() {
        let block: String = (0..200)
            .map(|depth| format!("{}k:\n", " ".repeat(depth)))
            .collect();
        assert_eq!(
            error(&block),
            "128:128: the template nests mappings and lists more than 127 levels deep"
        );
        // The parser has its own limit for flow collections.
        assert!(parse(&"[".repeat(100_000)).is_err());
        // The same limit as for JSON.
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(parse(&nested(MAX_NESTING)).is_ok());
        assert!(parse(&nested(MAX_NESTING + 1)).is_err());
    }
}
