//! YAML templates: the events of `saphyr-parser` become JSON with the position of every value,
//! and the short-form intrinsic function tags (`!Ref x`, `!GetAtt a.b`, `!Sub ...`) become
//! their long forms (`{"Ref": "x"}`, `{"Fn::GetAtt": ["a", "b"]}`, `{"Fn::Sub": "..."}`).
//!
//! Plain scalars are read by the YAML 1.2 core schema (`true`, `null`, `12`, `1.5`), except
//! that an integer written with leading zeros stays text: it is an id, such as the account id
//! `012345678901`, and as a number it would lose its zero. CloudFormation does not support
//! aliases (`*name`) and reads one document; both are errors here, as are duplicate keys (a
//! reader would keep only one of them) and tags that are not intrinsic functions.

use super::located::{Children, Located};
use super::{Position, TemplateError};
use saphyr_parser::{Event, Parser, ScalarStyle, Span, Tag};
use serde_json::{Map, Number, Value as Json};
use std::collections::BTreeMap;

/// How deep mappings and lists may nest. Real templates nest a few dozen levels at most;
/// the limit keeps the recursive walks over the result (and dropping it) far from the stack's
/// end, as `serde_json`'s own limit of 128 does for JSON.
const MAX_NESTING: usize = 128;

/// The tag handle of the YAML core schema (`!!str` is `tag:yaml.org,2002:str`).
const CORE_SCHEMA: &str = "tag:yaml.org,2002:";

/// Reads a YAML template: its JSON and the position of every value.
pub(crate) fn parse(text: &str) -> Result<(Json, Located), TemplateError> {
    let mut builder = Builder::default();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|error| {
            let marker = error.marker();
            TemplateError::at(Position::new(marker.line(), marker.col() + 1), error.info())
        })?;
        builder.event(event, span)?;
    }
    builder.finish()
}

/// A mapping or list whose end has not been read yet.
enum Frame {
    Mapping {
        start: Position,
        tag: Option<Tag>,
        entries: Map<String, Json>,
        located: BTreeMap<String, Located>,
        /// The key read, waiting for its value.
        key: Option<(String, Position)>,
    },
    Sequence {
        start: Position,
        tag: Option<Tag>,
        items: Vec<Json>,
        located: Vec<Located>,
    },
}

/// Builds the JSON from the parser's events, with an explicit stack so that nesting never
/// recurses.
#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<(Json, Located)>,
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
                if let Some(Frame::Mapping { key, .. }) = self.stack.last_mut() {
                    if key.is_none() {
                        *key = Some((key_text(text.into_owned(), tag.as_ref(), start)?, start));
                        return Ok(());
                    }
                }
                let value = scalar(&text, style, tag.as_ref(), start)?;
                self.complete(value, start)?;
            }
            Event::MappingStart(_, tag) => {
                self.open(start)?;
                self.stack.push(Frame::Mapping {
                    start,
                    tag: tag.map(|t| t.into_owned()),
                    entries: Map::new(),
                    located: BTreeMap::new(),
                    key: None,
                });
            }
            Event::SequenceStart(_, tag) => {
                self.open(start)?;
                self.stack.push(Frame::Sequence {
                    start,
                    tag: tag.map(|t| t.into_owned()),
                    items: Vec::new(),
                    located: Vec::new(),
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                let (value, start) = match self.stack.pop() {
                    Some(Frame::Mapping {
                        start,
                        tag,
                        entries,
                        located,
                        ..
                    }) => collection(
                        Json::Object(entries),
                        Children::Entries(located),
                        tag.as_ref(),
                        start,
                    )?,
                    Some(Frame::Sequence {
                        start,
                        tag,
                        items,
                        located,
                    }) => collection(
                        Json::Array(items),
                        Children::Items(located),
                        tag.as_ref(),
                        start,
                    )?,
                    // The parser never ends a collection it did not start.
                    None => return Ok(()),
                };
                self.complete(value, start)?;
            }
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

    /// Puts a finished value where it belongs: the pending key of a mapping, the end of a list,
    /// or the root.
    fn complete(
        &mut self,
        (value, mut located): (Json, Located),
        start: Position,
    ) -> Result<(), TemplateError> {
        match self.stack.last_mut() {
            Some(Frame::Mapping {
                entries,
                located: positions,
                key,
                ..
            }) => {
                let Some((key, key_position)) = key.take() else {
                    return Ok(());
                };
                if let Some(first) = positions.get(&key) {
                    return Err(TemplateError::at(
                        key_position,
                        format!(
                            "duplicate key {key:?} (first at {}); only one of them would count",
                            first.position
                        ),
                    ));
                }
                located.position = key_position;
                positions.insert(key.clone(), located);
                entries.insert(key, value);
            }
            Some(Frame::Sequence {
                items,
                located: positions,
                ..
            }) => {
                items.push(value);
                positions.push(located);
            }
            None => {
                if self.root.is_some() {
                    return Err(TemplateError::at(start, "a template is one YAML document"));
                }
                self.root = Some((value, located));
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<(Json, Located), TemplateError> {
        self.root
            .ok_or_else(|| TemplateError::new("the template is empty: it has no YAML document"))
    }
}

fn position(span: Span) -> Position {
    Position::new(span.start.line(), span.start.col() + 1)
}

/// The text of a mapping key. Keys are text in a template; `!!str` is the only tag that fits.
fn key_text(text: String, tag: Option<&Tag>, start: Position) -> Result<String, TemplateError> {
    match tag {
        None => Ok(text),
        Some(tag) if tag.handle == CORE_SCHEMA && tag.suffix == "str" => Ok(text),
        Some(tag) => Err(TemplateError::at(
            start,
            format!("a mapping key cannot have the tag {}", show_tag(tag)),
        )),
    }
}

/// A scalar and its position: plain text is resolved (`12` is a number), quoted and block
/// text is a string, and a tag makes it an intrinsic function or forces its type.
fn scalar(
    text: &str,
    style: ScalarStyle,
    tag: Option<&Tag>,
    start: Position,
) -> Result<(Json, Located), TemplateError> {
    let Some(tag) = tag else {
        let value = match style {
            ScalarStyle::Plain => resolve_plain(text),
            _ => Json::String(text.to_owned()),
        };
        return Ok((value, Located::leaf(start)));
    };
    if tag.handle == "!" && !tag.suffix.is_empty() {
        // `!GetAtt Resource.Attribute` is the short form of a two-item list; the attribute
        // may itself contain dots (`Endpoint.Address`), the logical id never does.
        let (arguments, children) = match (tag.suffix.as_str(), text.split_once('.')) {
            ("GetAtt", Some((resource, attribute))) => (
                Json::Array(vec![resource.into(), attribute.into()]),
                Children::Items(vec![Located::leaf(start), Located::leaf(start)]),
            ),
            _ => (Json::String(text.to_owned()), Children::Leaf),
        };
        return Ok(intrinsic(&tag.suffix, arguments, children, start));
    }
    let value = match (tag.handle.as_str(), tag.suffix.as_str()) {
        // `! text` is the non-specific tag: the text as a string.
        ("!", "") | ("", "!") | (CORE_SCHEMA, "str") => Json::String(text.to_owned()),
        (CORE_SCHEMA, expected @ ("int" | "float" | "bool" | "null")) => {
            let value = resolve_plain(text);
            let fits = match (expected, &value) {
                ("int", Json::Number(n)) => n.is_i64() || n.is_u64(),
                ("float", Json::Number(_)) => true,
                ("bool", Json::Bool(_)) | ("null", Json::Null) => true,
                _ => false,
            };
            if !fits {
                return Err(TemplateError::at(
                    start,
                    format!("{text:?} is not a valid !!{expected}"),
                ));
            }
            value
        }
        _ => return Err(unsupported_tag(tag, start)),
    };
    Ok((value, Located::leaf(start)))
}

/// A finished mapping or list: a tag makes it the arguments of an intrinsic function.
fn collection(
    value: Json,
    children: Children,
    tag: Option<&Tag>,
    start: Position,
) -> Result<((Json, Located), Position), TemplateError> {
    let finished = match tag {
        None => (
            value,
            Located {
                position: start,
                children,
            },
        ),
        Some(tag) if tag.handle == "!" && !tag.suffix.is_empty() => {
            intrinsic(&tag.suffix, value, children, start)
        }
        Some(tag)
            if tag.handle == CORE_SCHEMA
                && matches!(
                    (tag.suffix.as_str(), &value),
                    ("map", Json::Object(_)) | ("seq", Json::Array(_))
                ) =>
        {
            (
                value,
                Located {
                    position: start,
                    children,
                },
            )
        }
        Some(tag) => return Err(unsupported_tag(tag, start)),
    };
    Ok((finished, start))
}

/// `!Name arguments` as `{"Fn::Name": arguments}` (`!Ref` and `!Condition` keep their names).
///
/// Every local tag is read this way, as CloudFormation's own tools do, so that a misspelt
/// function (`!Sbu`) becomes `Fn::Sbu`, which the checks report as an unknown function where
/// it matters, instead of failing the whole template.
fn intrinsic(name: &str, arguments: Json, children: Children, start: Position) -> (Json, Located) {
    let key = match name {
        "Ref" | "Condition" => name.to_owned(),
        _ => format!("Fn::{name}"),
    };
    let mut object = Map::new();
    object.insert(key.clone(), arguments);
    let inner = Located {
        position: start,
        children,
    };
    let located = Located {
        position: start,
        children: Children::Entries(BTreeMap::from([(key, inner)])),
    };
    (Json::Object(object), located)
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

/// A tag as it is written: `!Ref`, `!!str`, or `!<tag:example.com:x>`.
fn show_tag(tag: &Tag) -> String {
    match tag.handle.as_str() {
        "!" => format!("!{}", tag.suffix),
        CORE_SCHEMA => format!("!!{}", tag.suffix),
        handle => format!("!<{handle}{}>", tag.suffix),
    }
}

/// The value of a plain (unquoted) scalar by the YAML 1.2 core schema, except that integers
/// with leading zeros stay text.
fn resolve_plain(text: &str) -> Json {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Json::Null,
        "true" | "True" | "TRUE" => Json::Bool(true),
        "false" | "False" | "FALSE" => Json::Bool(false),
        _ => number(text).unwrap_or_else(|| Json::String(text.to_owned())),
    }
}

/// A plain scalar that is a number JSON can hold; `None` for text, for `.inf` and `.nan`
/// (which JSON cannot hold), and for integers too large for 64 bits (kept as written rather
/// than rounded).
fn number(text: &str) -> Option<Json> {
    if let Some(hex) = text.strip_prefix("0x") {
        return radix(hex, 16);
    }
    if let Some(octal) = text.strip_prefix("0o") {
        return radix(octal, 8);
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !unsigned.is_empty() && unsigned.bytes().all(|b| b.is_ascii_digit()) {
        if unsigned.len() > 1 && unsigned.starts_with('0') {
            return None;
        }
        let unsigned_text = text.strip_prefix('+').unwrap_or(text);
        return match unsigned_text.parse::<i64>() {
            Ok(n) => Some(n.into()),
            Err(_) => unsigned_text.parse::<u64>().ok().map(Json::from),
        };
    }
    if is_float(unsigned) {
        return text
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Json::Number);
    }
    None
}

fn radix(digits: &str, radix: u32) -> Option<Json> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u64::from_str_radix(digits, radix).ok().map(Json::from)
}

/// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, the core schema's float without a sign.
fn is_float(text: &str) -> bool {
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => {
            (whole.is_empty() && digits(fraction))
                || (digits(whole) && (fraction.is_empty() || digits(fraction)))
        }
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn json(text: &str) -> Json {
        match parse(text) {
            Ok((json, _)) => json,
            Err(error) => panic!("{text:?} does not parse: {error}"),
        }
    }

    fn error(text: &str) -> String {
        match parse(text) {
            Ok((json, _)) => panic!("{text:?} parses as {json}"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn plain_scalars_are_read_by_the_core_schema() {
        assert_eq!(
            json("[~, null, '', true, False, 12, -3, +4, 0x1F, 0o17, 1.5, .5, 1e3, 2.]"),
            json!([
                null, null, "", true, false, 12, -3, 4, 31, 15, 1.5, 0.5, 1000.0, 2.0
            ])
        );
    }

    #[test]
    fn text_that_only_looks_like_a_number_stays_text() {
        assert_eq!(
            json(
                "[012345678901, 99999999999999999999999, .inf, .nan, 1_000, yes, 1.2.3, 0x, '12']"
            ),
            json!([
                "012345678901",
                "99999999999999999999999",
                ".inf",
                ".nan",
                "1_000",
                "yes",
                "1.2.3",
                "0x",
                "12"
            ])
        );
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
        let (_, located) =
            parse("A:\n  - x\n  - !Sub >-\n      text\nB: {c: 1}\n").expect("parses");
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
            error("a: !!int twelve\n"),
            "1:4: \"twelve\" is not a valid !!int"
        );
        assert_eq!(error(""), "the template is empty: it has no YAML document");
    }

    #[test]
    fn nesting_is_limited_instead_of_exhausting_the_stack() {
        let block: String = (0..200)
            .map(|depth| format!("{}k:\n", " ".repeat(depth)))
            .collect();
        assert_eq!(
            error(&block),
            "129:129: the template nests mappings and lists more than 128 levels deep"
        );
        // The parser has its own limit for flow collections.
        assert!(parse(&"[".repeat(100_000)).is_err());
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&fine).is_ok());
    }
}
