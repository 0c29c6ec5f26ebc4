//! Skeletons: the known text of an `Fn::Sub` or `Fn::Join` value with holes where it depends
//! on deployment, and of a literal with the `${stageVariables.NAME}` API Gateway fills in.

use std::borrow::Cow;

use serde_json::Value as Json;

use crate::formats::Part;
use crate::value::{Function, function_call};

/// How deep a skeleton is built through `Fn::Join`s and `Fn::Sub`s inside `Fn::Join`s;
/// deeper is a hole.
const MAX_SKELETON_DEPTH: usize = 64;

/// The skeleton of a call of `function` on `args`: `None` for functions without one.
pub fn of_call(function: Function, args: &Json) -> Option<Vec<Part<'_>>> {
    let mut parts = Vec::new();
    push_call(&mut parts, function, args, 0).then_some(parts)
}

/// Appends the skeleton of a call to `parts`; `false` for functions without one.
fn push_call<'a>(
    parts: &mut Vec<Part<'a>>,
    function: Function,
    args: &'a Json,
    depth: usize,
) -> bool {
    if depth >= MAX_SKELETON_DEPTH {
        return false;
    }
    match function {
        Function::Sub => {
            let template = match args {
                Json::String(s) => s,
                Json::Array(a) => match a.first().and_then(Json::as_str) {
                    Some(s) => s,
                    None => return false,
                },
                _ => return false,
            };
            split_placeholders(parts, template, SUB_OPENER, true);
            true
        }
        Function::Join => {
            let Some([Json::String(delimiter), Json::Array(items)]) =
                args.as_array().map(Vec::as_slice)
            else {
                parts.push(Part::Hole);
                return true;
            };
            for (i, item) in items.iter().enumerate() {
                if i > 0 && !delimiter.is_empty() {
                    parts.push(Part::Text(Cow::Borrowed(delimiter)));
                }
                match item {
                    Json::String(s) => parts.push(Part::Text(Cow::Borrowed(s))),
                    Json::Number(_) | Json::Bool(_) => {
                        parts.push(Part::Text(Cow::Owned(item.to_string())))
                    }
                    // A call without a skeleton (a `Ref`, an `Fn::GetAtt`...) is a hole.
                    _ => {
                        let inner = function_call(item).and_then(|(f, a)| Some((f?, a)));
                        if !inner.is_some_and(|(f, a)| push_call(parts, f, a, depth + 1)) {
                            parts.push(Part::Hole);
                        }
                    }
                }
            }
            true
        }
        _ => false,
    }
}

/// Splits an `Fn::Sub` template into text and holes: `${Name}` is a hole, `${!Name}` the
/// literal text `${Name}`.
pub fn of_sub(template: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    split_placeholders(&mut parts, template, SUB_OPENER, true);
    parts
}

/// Splits a literal into text and the `${stageVariables.NAME}` holes API Gateway fills in at
/// run time; any other `${...}` stays text (CloudFormation substitutes only inside `Fn::Sub`).
/// `None` when the literal has no stage variable.
pub fn of_stage_variables(text: &str) -> Option<Vec<Part<'_>>> {
    find_opener(text, STAGE_VARIABLE_OPENER).is_some().then(|| {
        let mut parts = Vec::new();
        split_placeholders(&mut parts, text, STAGE_VARIABLE_OPENER, false);
        parts
    })
}

const SUB_OPENER: &str = "${";
const STAGE_VARIABLE_OPENER: &str = "${stageVariables.";

/// Where `opener` (which starts with `$`) first occurs in `text`: a search for the byte `$`,
/// which most texts do not hold, rather than for the whole opener.
fn find_opener(text: &str, opener: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(offset) = text[from..].find('$') {
        let at = from + offset;
        if text[at..].starts_with(opener) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Splits `text` at each placeholder that starts with `opener` (itself starting with `${`) and
/// ends at the next `}`; with `escapes`, `${!Name}` is the literal text `${Name}`.
fn split_placeholders<'a>(parts: &mut Vec<Part<'a>>, text: &'a str, opener: &str, escapes: bool) {
    let mut rest = text;
    while let Some(start) = find_opener(rest, opener) {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        if start > 0 {
            parts.push(Part::Text(Cow::Borrowed(&rest[..start])));
        }
        if escapes && rest[start + 2..].starts_with('!') {
            // `${!Name}` is the text `${` and then `Name}`.
            parts.push(Part::Text(Cow::Borrowed(&rest[start..start + 2])));
            parts.push(Part::Text(Cow::Borrowed(&rest[start + 3..start + len + 1])));
        } else {
            parts.push(Part::Hole);
        }
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(Cow::Borrowed(rest)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Part<'_> {
        Part::Text(Cow::Borrowed(s))
    }

    #[test]
    fn sub_templates_split_into_text_and_holes() {
        assert_eq!(
            of_sub("arn:${AWS::Partition}:x/${Fn.Arn}"),
            [text("arn:"), Part::Hole, text(":x/"), Part::Hole]
        );
        assert_eq!(
            of_sub("a${!Literal}b"),
            [text("a"), text("${"), text("Literal}"), text("b")]
        );
        assert_eq!(of_sub("unterminated ${x"), [text("unterminated ${x")]);
        assert_eq!(
            of_stage_variables("http://${stageVariables.host}/${AWS::Region}"),
            Some(vec![text("http://"), Part::Hole, text("/${AWS::Region}")])
        );
        assert_eq!(of_stage_variables("http://host/${AWS::Region}"), None);
    }

    #[test]
    fn joins_keep_their_delimiters_and_nested_skeletons() {
        let args =
            serde_json::json!([":", ["arn", {"Ref": "AWS::Partition"}, 3, {"Fn::Sub": "x${Y}"}]]);
        assert_eq!(
            of_call(Function::Join, &args),
            Some(vec![
                text("arn"),
                text(":"),
                Part::Hole,
                text(":"),
                Part::Text(Cow::Owned("3".to_owned())),
                text(":"),
                text("x"),
                Part::Hole,
            ])
        );
        assert_eq!(of_call(Function::Ref, &serde_json::json!("X")), None);
    }
}
