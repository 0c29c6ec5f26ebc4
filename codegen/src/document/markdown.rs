//! The few pieces of CommonMark the documentation pages use: backslash escapes, code spans,
//! links, anchors (`<a name="…"></a>`) and the `*Key*: value` attribute lines. Every function
//! works on any `&str` and slices only at ASCII delimiters it found, so none can panic.

/// Undoes CommonMark backslash escapes of ASCII punctuation (`\.` → `.`, `\(` → `(`,
/// `\*` → `*`), except inside code spans (`` `…` ``), which are kept verbatim, backticks
/// included, as CommonMark does not process escapes there.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '\\' => match after.chars().next() {
                Some(escaped) if escaped.is_ascii_punctuation() => {
                    out.push(escaped);
                    rest = &after[escaped.len_utf8()..];
                }
                _ => {
                    out.push('\\');
                    rest = after;
                }
            },
            '`' => {
                let run = backtick_run(rest);
                let (opening, body) = rest.split_at(run);
                match closing_run(body, run) {
                    Some(end) => {
                        let (span, remainder) = rest.split_at(run + end + run);
                        out.push_str(span);
                        rest = remainder;
                    }
                    // An unmatched run of backticks is literal text.
                    None => {
                        out.push_str(opening);
                        rest = body;
                    }
                }
            }
            _ => {
                out.push(c);
                rest = after;
            }
        }
    }
    out
}

/// The length of the run of backticks `text` starts with.
fn backtick_run(text: &str) -> usize {
    text.len() - text.trim_start_matches('`').len()
}

/// Where in `body` a run of exactly `length` backticks starts: the end of a code span.
fn closing_run(body: &str, length: usize) -> Option<usize> {
    let mut offset = 0;
    while let Some(found) = body.get(offset..).and_then(|rest| rest.find('`')) {
        let start = offset + found;
        let run = body.get(start..).map_or(0, backtick_run);
        if run == length {
            return Some(start);
        }
        offset = start + run;
    }
    None
}

/// The value of an attribute, as the page means it: the contents of a code span verbatim
/// (`` `^[a-z]+$` `` → `^[a-z]+$`), or the unescaped text when it is not one code span.
pub fn literal(value: &str) -> String {
    let value = value.trim();
    let run = backtick_run(value);
    let closing = value.len().saturating_sub(run);
    let ends_with_run = value
        .get(closing..)
        .is_some_and(|end| backtick_run(end) == run);
    // A longer run at the end is not the closing one, so the inner text must not end in `.
    let inner = value
        .get(run..closing)
        .filter(|inner| !inner.is_empty() && !inner.ends_with('`'));
    if let (true, true, Some(inner)) = (run > 0, ends_with_run, inner) {
        if closing_run(inner, run).is_none() {
            // CommonMark strips one space on each side when both are present, so that a span
            // can start or end with a backtick.
            let stripped = inner
                .strip_prefix(' ')
                .and_then(|s| s.strip_suffix(' '))
                .filter(|s| !s.trim().is_empty());
            return stripped.unwrap_or(inner).to_owned();
        }
    }
    unescape(value)
}

/// A link that is the whole of `text`: `[label](target)` → `(label, target)`.
pub fn link(text: &str) -> Option<(&str, &str)> {
    let inner = text.trim().strip_prefix('[')?;
    let (label, rest) = inner.split_once("](")?;
    let target = rest.strip_suffix(')')?;
    Some((label, target))
}

/// Splits a heading's text from its inline anchor: `Properties<a name="x"></a>` →
/// `("Properties", Some("x"))`.
pub fn split_anchor(text: &str) -> (&str, Option<&str>) {
    match text.split_once("<a name=\"") {
        Some((before, after)) => (
            before,
            after
                .split_once('"')
                .map(|(anchor, _)| anchor)
                .filter(|a| !a.is_empty()),
        ),
        None => (text, None),
    }
}

/// The anchor of a line that holds nothing else: `<a name="x"></a>` → `x`.
pub fn lone_anchor(text: &str) -> Option<&str> {
    let rest = text.trim().strip_prefix("<a name=\"")?;
    let (anchor, rest) = rest.split_once('"')?;
    (rest == "></a>" && !anchor.is_empty()).then_some(anchor)
}

/// Every anchor named on a line, in order.
pub fn anchors_in(line: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some((_, after)) = rest.split_once("<a name=\"") {
        match after.split_once('"') {
            Some((anchor, remainder)) => {
                if !anchor.is_empty() {
                    found.push(anchor);
                }
                rest = remainder;
            }
            None => break,
        }
    }
    found
}

/// The first line of a property paragraph: `` `Name`  <a name="anchor"></a> `` →
/// `(Name, anchor)`.
pub fn property_anchor(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim().strip_prefix('`')?;
    let (name, rest) = rest.split_once('`')?;
    let is_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !is_name {
        return None;
    }
    Some((name, lone_anchor(rest)?))
}

/// A line that starts like a property or attribute paragraph, `` `ANY TEXT`  <a name="…"></a> ``:
/// the text between the backticks.
pub fn property_anchor_text(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix('`')?;
    let (name, rest) = rest.split_once('`')?;
    lone_anchor(rest).map(|_| name)
}

/// An attribute line: `*Required*: No  ` → `(Required, No)`.
pub fn attribute(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim().strip_prefix('*')?;
    let (key, value) = rest.split_once("*:")?;
    if key.is_empty() || key.contains('*') {
        return None;
    }
    Some((key, value.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_undone_outside_code_spans_only() {
        assert_eq!(unescape(r"API\-specific \(IAM\)\."), "API-specific (IAM).");
        assert_eq!(unescape(r"*service\|service*"), "*service|service*");
        assert_eq!(unescape(r"`a\.b` c\."), r"`a\.b` c.");
        assert_eq!(
            unescape(r#"`"{\n \"statusCode\": 200\n}"`"#),
            r#"`"{\n \"statusCode\": 200\n}"`"#
        );
    }

    #[test]
    fn escaped_and_unmatched_backticks_open_no_code_span() {
        assert_eq!(unescape(r"\`a\.b\`"), "`a.b`");
        assert_eq!(unescape(r"`` a ` b `` c\."), r"`` a ` b `` c.");
        assert_eq!(unescape(r"a ` b\. c"), "a ` b. c");
        assert_eq!(unescape(r"ends with \"), r"ends with \");
        assert_eq!(unescape(r"\a \é"), r"\a \é");
    }

    #[test]
    fn literal_takes_a_code_span_verbatim_or_unescapes() {
        assert_eq!(literal(r"`^[\w\-]+$`"), r"^[\w\-]+$");
        assert_eq!(literal("`` a`b ``"), "a`b");
        assert_eq!(literal(r"GET \| POST"), "GET | POST");
        assert_eq!(literal("`a` | `b`"), "`a` | `b`");
        assert_eq!(literal("`"), "`");
        assert_eq!(literal("``"), "``");
    }

    #[test]
    fn property_anchor_lines_are_recognised() {
        assert_eq!(
            property_anchor("`Type`  <a name=\"cfn-x-type\"></a>"),
            Some(("Type", "cfn-x-type"))
        );
        assert_eq!(property_anchor("`Type` is the type"), None);
        assert_eq!(property_anchor("`A B`  <a name=\"x\"></a>"), None);
        assert_eq!(property_anchor("`Type`  <a name=\"\"></a>"), None);
    }

    #[test]
    fn attributes_and_links_are_split() {
        assert_eq!(attribute("*Required*: No  "), Some(("Required", "No")));
        assert_eq!(attribute("*location* is a: *b*: c"), None);
        assert_eq!(
            link("[No interruption](https://x#y)"),
            Some(("No interruption", "https://x#y"))
        );
        assert_eq!(link("List of [X](x.md)"), None);
        assert_eq!(
            anchors_in("<a name=\"a\"></a> and <a name=\"b\"></a> <a name=\"c"),
            ["a", "b"]
        );
    }
}
