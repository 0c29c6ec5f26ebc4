//! A curated spec merged with its derived part (`Derived`): the pages' structure, which the
//! curated file adds to and corrects. Each way the two can disagree is an error naming the
//! curated file, the JSON path and what was expected.

use cfn_codegen::{Error, Spec};

/// A derived part of one page: a resource type with two properties and a return value.
const DERIVED: &str = r#"{
  "Documents": {"page": {"Path": "docs/widget.md", "Url": "https://example.com/widget.html", "Description": "The page."}},
  "ResourceTypes": {
    "AWS::X::Widget": {
      "Documentation": "https://example.com/widget.html",
      "Source": "page#widget",
      "Description": "A widget.",
      "Properties": {
        "Name": {"Documentation": "https://example.com/widget.html#name", "Source": "page#name", "Description": "Its name.", "PrimitiveType": "String", "Required": true, "UpdateType": "Immutable"},
        "Size": {"Documentation": "https://example.com/widget.html#size", "Source": "page#size", "Description": "Its size.", "PrimitiveType": "Integer", "Required": false, "UpdateType": "Mutable"}
      }
    }
  },
  "ReturnValues": {"AWS::X::Widget": {"Ref": {"Description": "The page's paragraph on Ref.", "Source": "page#ref"}}}
}"#;

/// The curated part: it adds a bound and a rule, and a document of its own.
fn curated(widget: &str) -> String {
    format!(
        r#"{{
  "Derived": "widget.derived.json",
  "Documents": {{
    "page": {{"Path": "docs/widget.md", "Url": "https://example.com/widget.html", "Description": "The widget page, 2023."}},
    "notes": {{"Path": "docs/notes.md", "Kind": "Excerpt", "Description": "Notes."}}
  }},
  "ResourceTypes": {{"AWS::X::Widget": {widget}}},
  "PropertyTypes": {{}}
}}"#
    )
}

fn load(curated: &str, derived: &str) -> Result<Spec, Error> {
    Spec::load("spec/widget.spec.json", curated, |path| {
        assert_eq!(path, "spec/widget.derived.json");
        Ok(derived.to_owned())
    })
}

fn error(widget: &str) -> String {
    load(&curated(widget), DERIVED)
        .expect_err("refused")
        .to_string()
}

#[test]
fn the_curated_part_adds_to_the_derived_part() {
    let spec = load(
        &curated(r#"{"Properties": {"Size": {"Minimum": 1}}, "Rules": []}"#),
        DERIVED,
    )
    .expect("merges");
    let widget = &spec.resource_types["AWS::X::Widget"];
    assert_eq!(widget.description, "A widget.");
    assert_eq!(widget.properties["Size"].minimum, Some(1.0));
    assert!(widget.properties["Name"].required);
    // A document both name is the curated one.
    assert_eq!(spec.documents["page"].description, "The widget page, 2023.");
    assert!(spec.documents.contains_key("notes"));
    assert_eq!(
        spec.return_values["AWS::X::Widget"].0["Ref"].description,
        "The page's paragraph on Ref."
    );
    // The merged spec generates, its derived rule included.
    let files = cfn_codegen::generate(&spec).expect("generates");
    let rules = String::from_utf8(files[std::path::Path::new("rules.rs")].clone()).expect("UTF-8");
    assert!(rules.contains("widget-name-required"), "{rules}");
}

#[test]
fn a_key_the_derived_part_states_the_same_is_refused() {
    assert_eq!(
        error(r#"{"Properties": {"Name": {"Required": true}}}"#),
        "spec/widget.spec.json: at ResourceTypes[\"AWS::X::Widget\"].Properties.Name.Required: expected only what spec/widget.derived.json does not say: it says `Required` the same; remove it here"
    );
}

#[test]
fn a_key_said_otherwise_needs_a_correction_with_its_reason_and_source() {
    assert_eq!(
        error(r#"{"Properties": {"Name": {"Required": false}}}"#),
        "spec/widget.spec.json: at ResourceTypes[\"AWS::X::Widget\"].Properties.Name.Required: expected true, as spec/widget.derived.json says, or a `Corrections` entry for `Required` giving the reason and the source of false"
    );
    let corrected = r#"{"Properties": {"Name": {"Required": false, "Corrections": {"Required": {"Reason": "The service names a widget itself.", "Source": "notes#names"}}}}}"#;
    let spec = load(&curated(corrected), DERIVED).expect("a corrected key merges");
    let name = &spec.resource_types["AWS::X::Widget"].properties["Name"];
    assert!(!name.required);
    assert_eq!(name.corrections["Required"].source, "notes#names");
}

#[test]
fn a_correction_of_what_the_derived_part_does_not_say_otherwise_is_refused() {
    let same = r#"{"Properties": {"Size": {"Minimum": 1, "Corrections": {"Minimum": {"Reason": "r", "Source": "notes#a"}}}}}"#;
    assert_eq!(
        error(same),
        "spec/widget.spec.json: at ResourceTypes[\"AWS::X::Widget\"].Properties.Size.Corrections.Minimum: expected a correction of a key spec/widget.derived.json states otherwise, but it does not state `Minimum`"
    );
    let unstated = r#"{"Properties": {"Size": {"Corrections": {"Description": {"Reason": "r", "Source": "notes#a"}}}}}"#;
    assert_eq!(
        error(unstated),
        "spec/widget.spec.json: at ResourceTypes[\"AWS::X::Widget\"].Properties.Size.Corrections.Description: expected a correction of a key given here, but `Description` is not"
    );
    let whole = r#"{"Corrections": {"Properties": {"Reason": "r", "Source": "notes#a"}}, "Properties": {}}"#;
    assert_eq!(
        error(whole),
        "spec/widget.spec.json: at ResourceTypes[\"AWS::X::Widget\"].Corrections.Properties: expected a correction of one key, not of `Properties` (correct each property's keys)"
    );
    assert_eq!(
        error(r#"{"Corrections": 5}"#),
        "spec/widget.spec.json: at ResourceTypes[\"AWS::X::Widget\"].Corrections: expected an object of corrections by key"
    );
}

#[test]
fn a_mistake_in_the_derived_part_names_the_derived_part() {
    // The resource type is a list in the derived part.
    let array = DERIVED.replacen(
        r#""AWS::X::Widget": {
      "Documentation""#,
        r#""AWS::X::Widget": [], "Unused": {
      "Documentation""#,
        1,
    );
    let error = load(&curated(r#"{"Rules": []}"#), &array).expect_err("an array");
    assert_eq!(
        error.to_string(),
        "spec/widget.derived.json: at ResourceTypes[\"AWS::X::Widget\"]: expected an object"
    );
    let typo = DERIVED.replace(r#""Required": false"#, r#""Required": false, "Typo": 1"#);
    let error = load(&curated(r#"{"Rules": []}"#), &typo).expect_err("an unknown key");
    assert!(
        error
            .to_string()
            .starts_with("spec/widget.derived.json: at ResourceTypes[\"AWS::X::Widget\"].Properties.Size.Typo: unknown field `Typo`"),
        "{error}"
    );
}

#[test]
fn a_correction_cites_a_document_of_the_spec() {
    let corrected = r#"{"Properties": {"Name": {"Required": false, "Corrections": {"Required": {"Reason": "r", "Source": "nowhere#names"}}}}}"#;
    let spec = load(&curated(corrected), DERIVED).expect("merges");
    let error = cfn_codegen::generate(&spec)
        .expect_err("an unknown document")
        .to_string();
    assert!(
        error.starts_with("spec/widget.spec.json: at ResourceTypes[\"AWS::X::Widget\"].Properties.Name.Corrections.Required.Source: expected a source"),
        "{error}"
    );
}

#[test]
fn a_document_both_name_is_at_one_path() {
    let text = curated("{}").replace("docs/widget.md\", \"Url\"", "docs/other.md\", \"Url\"");
    assert_eq!(
        load(&text, DERIVED).expect_err("two paths").to_string(),
        "spec/widget.spec.json: at Documents.page.Path: expected the path spec/widget.derived.json gives this document, \"docs/widget.md\""
    );
}

#[test]
fn a_derived_part_that_cannot_be_read_or_is_not_json_is_named() {
    let unread = Spec::load("spec/widget.spec.json", &curated("{}"), |_| {
        Err("No such file or directory".to_owned())
    })
    .expect_err("unread");
    assert_eq!(
        unread.to_string(),
        "spec/widget.spec.json: at Derived: cannot read spec/widget.derived.json: No such file or directory"
    );
    let broken = load(&curated("{}"), "{\"ResourceTypes\": {").expect_err("not JSON");
    assert!(
        broken
            .to_string()
            .starts_with("spec/widget.derived.json:1:19: invalid JSON"),
        "{broken}"
    );
    let twice = load(
        &curated("{}"),
        r#"{"ReturnValues": {}, "ReturnValues": {}}"#,
    )
    .expect_err("a key twice");
    assert!(
        twice.to_string().contains("duplicate key `ReturnValues`"),
        "{twice}"
    );
}

#[test]
fn a_spec_with_a_derived_part_is_not_read_alone() {
    let error = Spec::from_json("spec/widget.spec.json", &curated("{}")).expect_err("alone");
    assert_eq!(
        error.to_string(),
        "spec/widget.spec.json: at Derived: expected no derived part in a spec read alone: `Spec::load` reads it and merges it"
    );
}

#[test]
fn a_set_both_parts_define_is_refused() {
    let set = r#"{"Description": "Sizes.", "Source": "page#size", "Values": ["S", "M"]}"#;
    let derived = DERIVED.replacen(
        "{\n  \"Documents\"",
        &format!("{{\n  \"AllowedValues\": {{\"Sizes\": {set}}},\n  \"Documents\""),
        1,
    );
    let curated = curated("{}").replacen(
        "\"Documents\"",
        &format!("\"AllowedValues\": {{\"Sizes\": {set}}},\n  \"Documents\""),
        1,
    );
    assert_eq!(
        load(&curated, &derived).expect_err("twice").to_string(),
        "spec/widget.spec.json: at AllowedValues.Sizes: expected a set name spec/widget.derived.json does not also define (rename the curated set)"
    );
}
