//! Malformed specs: each fixture in `tests/data/malformed/` breaks `_valid.json` there in one
//! place (its `$comment` says where), and the generator's error names the file, the JSON path
//! and what was expected. The error texts are insta snapshots.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use cfn_codegen::{Error, Spec};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/malformed")
}

fn fixture(name: &str) -> String {
    fs::read_to_string(fixtures().join(format!("{name}.json")))
        .unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// Reads and generates the fixture `name`, as `cargo xtask regen` would.
fn generate(name: &str) -> Result<usize, Error> {
    let text = fixture(name);
    let spec = Spec::from_json(&format!("tests/data/malformed/{name}.json"), &text)?;
    cfn_codegen::generate(&spec).map(|files| files.len())
}

#[test]
fn the_fixture_every_case_breaks_is_valid() {
    let files = generate("_valid").expect("_valid.json generates");
    assert!(files > 0);
}

macro_rules! malformed {
    ($($name:ident),+ $(,)?) => {
        /// Every case of the table, so that a fixture without a test is noticed.
        const CASES: &[&str] = &[$(stringify!($name)),+];
        $(
            #[test]
            fn $name() {
                let error = generate(stringify!($name))
                    .expect_err(concat!(stringify!($name), ".json must be rejected"));
                assert!(
                    !matches!(error, Error::Render { .. }),
                    "a spec mistake must be reported as one, not as a generator bug: {error}"
                );
                // Valid JSON is never reported as invalid JSON (an Assert with two keys was).
                let is_json = serde_json::from_str::<serde_json::Value>(&fixture(stringify!($name))).is_ok();
                assert!(
                    !(is_json && matches!(error, Error::Json { .. })),
                    "valid JSON must not be reported as invalid JSON: {error}"
                );
                insta::assert_snapshot!(stringify!($name), error.to_string());
            }
        )+
    };
}

malformed! {
    pseudo_parameter_name,
    return_value_unknown_format,
    return_value_resource_type_name,
    pattern_that_does_not_compile,
    format_name_not_kebab_case,
    form_named_formats,
    invalid_json,
    truncated_json,
    trailing_characters,
    unknown_key,
    wrong_type,
    wrong_type_top_level,
    missing_field,
    two_assertions,
    dangling_item_type,
    dangling_type,
    rule_on_missing_property,
    empty_allowed_values,
    minimum_above_maximum,
    duplicate_property_names_in_case,
    duplicate_keys,
    unknown_format,
    unknown_placeholder,
    duplicate_rule_id,
    bad_source_document,
    source_without_anchor,
    condition_value_not_allowed,
    default_not_allowed,
    allowed_values_on_integer,
    required_and_conditional,
    minimum_on_string,
    empty_property_types,
    rule_id_starting_with_a_digit,
    type_named_like_a_name_the_code_uses,
    type_named_like_a_builder,
    property_named_like_a_builder_method,
    property_named_like_a_set_setter,
    property_named_like_a_builder_default,
    rule_id_naming_a_generated_constant,
    context_names_differing_in_case,
    context_name_not_pascal_case,
    no_additional_properties_with_when,
    resource_types_of_one_module,
    attributes_on_a_property_type,
    context_from_a_missing_property,
    context_from_a_list_of_objects_without_keyed_by,
    in_context_by_on_a_set,
    in_context_without_by,
    condition_on_a_set_fact,
    unique_by_a_map,
    condition_on_property_and_context,
    page_without_url,
    fact_read_outside_the_type_it_is_taken_from,
}

#[test]
fn every_fixture_is_a_case_of_the_table() {
    let on_disk: BTreeSet<String> = fs::read_dir(fixtures())
        .expect("tests/data/malformed")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
        .filter(|stem| stem != "_valid")
        .collect();
    let listed: BTreeSet<String> = CASES.iter().map(|c| c.to_string()).collect();
    assert_eq!(on_disk, listed);
}

#[test]
fn invalid_json_is_reported_with_its_line_and_column() {
    let Err(Error::Json { line, column, .. }) = generate("invalid_json") else {
        panic!("invalid_json.json must be a JSON error");
    };
    let text = fixture("invalid_json");
    let at = text.lines().nth(line - 1).expect("the line exists");
    assert_eq!(
        at.chars().nth(column - 1),
        Some(','),
        "column {column}: {at}"
    );
}
