//! Spec loading errors name the file, the JSON path and what was expected, with the same path
//! notation whether serde or the lowering found the mistake.

use cfn_codegen::{Error, Spec};

fn load_error(text: &str) -> String {
    match Spec::from_json("bad.spec.json", text)
        .and_then(|spec| cfn_codegen::generate(&spec).map(|_| ()))
    {
        Ok(()) => panic!("the spec should be rejected"),
        Err(error) => error.to_string(),
    }
}

const PROPERTY: &str = r#""Documentation": "https://example.com/#p", "Source": "doc#p", "Description": "P.", "UpdateType": "Mutable""#;

fn spec(properties: &str) -> String {
    format!(
        r#"{{"Documents": {{"doc": {{"Path": "doc.md", "Url": "https://example.com", "Description": "D."}}}},
           "PropertyTypes": {{"AWS::X::Y.Thing": {{"Documentation": "https://example.com", "Source": "doc#t", "Description": "T.", "Properties": {{{properties}}}}}}}}}"#
    )
}

#[test]
fn a_serde_error_and_a_lowering_error_use_one_path_notation() {
    let wrong_type = load_error(&spec(&format!(
        r#""A": {{{PROPERTY}, "PrimitiveType": "String", "Required": "yes"}}"#
    )));
    assert_eq!(
        wrong_type,
        r#"bad.spec.json: at PropertyTypes["AWS::X::Y.Thing"].Properties.A.Required: invalid type: string "yes", expected a boolean"#
    );
    let dangling = load_error(&spec(&format!(
        r#""A": {{{PROPERTY}, "Type": "List", "ItemType": "Part", "Required": false}}"#
    )));
    assert_eq!(
        dangling,
        r#"bad.spec.json: at PropertyTypes["AWS::X::Y.Thing"].Properties.A.ItemType: expected the name of a property type in this spec (Thing), found "Part""#
    );
}

#[test]
fn invalid_json_gives_line_and_column() {
    let error = Spec::from_json("bad.spec.json", "{\n  \"$comment\": \"a spec\",\n  oops\n}")
        .expect_err("invalid JSON");
    assert!(
        matches!(
            error,
            Error::Json {
                line: 3,
                column: 3,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "bad.spec.json:3:3: invalid JSON: key must be a string"
    );
}
