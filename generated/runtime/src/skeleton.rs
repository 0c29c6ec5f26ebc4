//! Skeletons: the known text of an `Fn::Sub` or `Fn::Join` value with holes where it depends
//! on deployment, and of a literal with the `${stageVariables.NAME}` API Gateway fills in.

use std::borrow::Cow;

use serde_json::Value as Json;

use crate::formats::Part;
use crate::references::{self, References, Referent};
use crate::value::{Function, function_call};

/// How deep a skeleton is built through `Fn::Join`s and `Fn::Sub`s inside `Fn::Join`s;
/// deeper is a hole.
const MAX_SKELETON_DEPTH: usize = 64;

/// The known text and holes of a value, and what its holes of a known form stand for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Skeleton<'a> {
    /// Text and holes, in order.
    pub parts: Vec<Part<'a>>,
    /// For each [`Part::Of`] hole, what its reference is, for messages.
    pub notes: Vec<String>,
}

/// The skeleton of a call of `function` on `args`: `None` for functions without one. With
/// `references` (the template's), a reference of a known form is a hole of that form.
pub fn of_call<'a>(
    function: Function,
    args: &'a Json,
    references: Option<&dyn References>,
) -> Option<Skeleton<'a>> {
    let mut skeleton = Skeleton::default();
    push_call(&mut skeleton, function, args, references, 0).then_some(skeleton)
}

/// The part a reference (`value`, or the placeholder `${name}`) is: a hole of its form when the
/// template tells one, noted in `notes`; otherwise a hole of any text.
fn reference_part<'a>(notes: &mut Vec<String>, referent: Option<Referent<'_>>) -> Part<'a> {
    match referent {
        Some(Referent::Form { format, what }) => {
            notes.push(what);
            Part::Of(format)
        }
        _ => Part::Hole,
    }
}

/// Appends the skeleton of a call to `skeleton`; `false` for functions without one.
fn push_call<'a>(
    skeleton: &mut Skeleton<'a>,
    function: Function,
    args: &'a Json,
    references: Option<&dyn References>,
    depth: usize,
) -> bool {
    if depth >= MAX_SKELETON_DEPTH {
        return false;
    }
    let Skeleton { parts, notes } = skeleton;
    match function {
        Function::Sub => {
            let Some((template, variables)) = sub_arguments(args) else {
                return false;
            };
            split_placeholders(parts, template, SUB_OPENER, true, &mut |name| {
                // A variable of the `Fn::Sub` itself is any text here.
                let referent = references
                    .filter(|_| variables.is_none_or(|v| !v.contains_key(name)))
                    .map(|r| references::resolve_placeholder(r, name));
                reference_part(notes, referent)
            });
            true
        }
        Function::Join => {
            let Some([Json::String(delimiter), Json::Array(items)]) =
                args.as_array().map(Vec::as_slice)
            else {
                skeleton.parts.push(Part::Hole);
                return true;
            };
            for (i, item) in items.iter().enumerate() {
                if i > 0 && !delimiter.is_empty() {
                    skeleton.parts.push(Part::Text(Cow::Borrowed(delimiter)));
                }
                match item {
                    Json::String(s) => skeleton.parts.push(Part::Text(Cow::Borrowed(s))),
                    Json::Number(_) | Json::Bool(_) => skeleton
                        .parts
                        .push(Part::Text(Cow::Owned(item.to_string()))),
                    // A call without a skeleton (a `Ref`, an `Fn::GetAtt`...) is a hole.
                    _ => {
                        let inner = function_call(item).and_then(|(f, a)| Some((f?, a)));
                        if !inner
                            .is_some_and(|(f, a)| push_call(skeleton, f, a, references, depth + 1))
                        {
                            let referent = references.and_then(|r| references::resolve(r, item));
                            let part = reference_part(&mut skeleton.notes, referent);
                            skeleton.parts.push(part);
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
    split_placeholders(&mut parts, template, SUB_OPENER, true, &mut |_| Part::Hole);
    parts
}

/// The template of an `Fn::Sub` and its own variables (`["…${Name}…", {"Name": …}]`), or
/// `None` when the arguments have no template text.
pub fn sub_arguments(args: &Json) -> Option<(&str, Option<&serde_json::Map<String, Json>>)> {
    match args {
        Json::String(template) => Some((template, None)),
        Json::Array(items) => match items.first() {
            Some(Json::String(template)) => {
                Some((template, items.get(1).and_then(Json::as_object)))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The names an `Fn::Sub` on `args` refers to the template for, in order: its placeholders
/// but its own variables (the escapes `${!Literal}` are text, not placeholders).
pub fn sub_references(args: &Json) -> Vec<&str> {
    let Some((template, variables)) = sub_arguments(args) else {
        return Vec::new();
    };
    let mut names = placeholders(template);
    names.retain(|name| variables.is_none_or(|v| !v.contains_key(*name)));
    names
}

/// The names of the `${Name}` placeholders of an `Fn::Sub` template, in order (the escapes
/// `${!Literal}` are text, not placeholders).
fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    split_placeholders(&mut Vec::new(), template, SUB_OPENER, true, &mut |name| {
        names.push(name);
        Part::Hole
    });
    names
}

/// Splits a literal into text and the `${stageVariables.NAME}` holes API Gateway fills in at
/// run time; any other `${...}` stays text (CloudFormation substitutes only inside `Fn::Sub`).
/// `None` when the literal has no stage variable.
pub fn of_stage_variables(text: &str) -> Option<Vec<Part<'_>>> {
    find_opener(text, STAGE_VARIABLE_OPENER).is_some().then(|| {
        let mut parts = Vec::new();
        split_placeholders(&mut parts, text, STAGE_VARIABLE_OPENER, false, &mut |_| {
            Part::Hole
        });
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
/// ends at the next `}`, which is the hole `hole` makes of its name; with `escapes`,
/// `${!Name}` is the literal text `${Name}`.
fn split_placeholders<'a>(
    parts: &mut Vec<Part<'a>>,
    text: &'a str,
    opener: &str,
    escapes: bool,
    hole: &mut dyn FnMut(&'a str) -> Part<'a>,
) {
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
            parts.push(hole(&rest[start + 2..start + len]));
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
            of_call(Function::Join, &args, None).map(|s| s.parts),
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
        assert_eq!(of_call(Function::Ref, &serde_json::json!("X"), None), None);
    }

    static REGION: crate::Format = crate::Format::new(
        "region",
        "a Region name",
        "[a-z0-9-]+",
        &crate::Serialized::new([]),
    );

    /// A template that declares `AWS::Region` (a Region name) and a parameter `Stage`.
    struct Declared;

    impl References for Declared {
        fn reference(&self, name: &str) -> Referent<'_> {
            match name {
                "AWS::Region" => Referent::Form {
                    format: &REGION,
                    what: "`AWS::Region` is a Region".to_owned(),
                },
                "Stage" => Referent::Any,
                _ => Referent::Undeclared,
            }
        }

        fn attribute(&self, _: &str, _: &str) -> Referent<'_> {
            Referent::Undeclared
        }
    }

    #[test]
    fn references_of_a_known_form_are_holes_of_that_form_noted_for_messages() {
        let sub = serde_json::json!(["${AWS::Region}/${Stage}/${Region}", {"Region": "x"}]);
        let skeleton = of_call(Function::Sub, &sub, Some(&Declared)).expect("a skeleton");
        // `${Region}` is the Sub's own variable, not the pseudo parameter.
        assert_eq!(
            skeleton.parts,
            [
                Part::Of(&REGION),
                text("/"),
                Part::Hole,
                text("/"),
                Part::Hole
            ]
        );
        assert_eq!(skeleton.notes, ["`AWS::Region` is a Region"]);
        let join = serde_json::json!(["", ["a:", {"Ref": "AWS::Region"}, {"Ref": "Nothing"}]]);
        let skeleton = of_call(Function::Join, &join, Some(&Declared)).expect("a skeleton");
        assert_eq!(skeleton.parts, [text("a:"), Part::Of(&REGION), Part::Hole]);
        // Alone, every reference is any text.
        let alone = of_call(Function::Join, &join, None).expect("a skeleton");
        assert_eq!(alone.parts, [text("a:"), Part::Hole, Part::Hole]);
        assert!(alone.notes.is_empty());
    }

    #[test]
    fn a_sub_refers_to_its_placeholders_but_its_escapes_and_its_own_variables() {
        assert_eq!(
            sub_references(&serde_json::json!(
                "${A}-${!Literal}-${B.Arn}-${ unterminated"
            )),
            ["A", "B.Arn"]
        );
        let with_variables = serde_json::json!(["${A}${Own}${B}", {"Own": "x"}]);
        assert_eq!(sub_references(&with_variables), ["A", "B"]);
        assert!(sub_references(&serde_json::json!([1])).is_empty());
    }
}
