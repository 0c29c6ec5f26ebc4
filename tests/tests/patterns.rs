//! The pages' own examples against what is derived from the pages. Every `Pattern` a page
//! states: a pattern that rejects its page's example is stale, and the curated spec corrects it
//! (with its reason and source) before any template is checked with it. The vendored API
//! Gateway pages state none; the page of `AWS::IVS::Stage` (`tests/data/pages/`) states one, and
//! its example uses it. And every example template of the vendored pages, checked whole, gains
//! no finding but the ones it deserves.

use std::fs;
use std::path::{Path, PathBuf};

use cfn_apigateway_integration::Template;
use cfn_codegen::{Spec, document};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn pages(folder: &str) -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = fs::read_dir(root().join(folder))
        .expect("the folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages
}

/// The JSON examples of a page: the code blocks of its `## Examples` section that read as
/// JSON, a fragment (`"MyStage": {…}`) read inside braces.
fn json_examples(text: &str) -> Vec<Value> {
    let Some(start) = text.find("\n## Examples") else {
        return Vec::new();
    };
    let section = &text[start..];
    let section = section[1..]
        .find("\n## ")
        .map_or(section, |end| &section[..end + 1]);
    section
        .split("```")
        .skip(1)
        .step_by(2)
        .filter_map(|block| {
            serde_json::from_str(block)
                .or_else(|_| serde_json::from_str(&format!("{{{block}}}")))
                .ok()
        })
        .collect()
}

/// The literal text values of `property` of every resource of `type_name` in `example`.
fn values_of(example: &Value, type_name: &str, property: &str, found: &mut Vec<String>) {
    match example {
        Value::Object(entries) => {
            if entries.get("Type").and_then(Value::as_str) == Some(type_name) {
                if let Some(Value::String(text)) =
                    entries.get("Properties").and_then(|p| p.get(property))
                {
                    found.push(text.clone());
                }
            }
            for value in entries.values() {
                values_of(value, type_name, property, found);
            }
        }
        Value::Array(items) => {
            for item in items {
                values_of(item, type_name, property, found);
            }
        }
        _ => {}
    }
}

/// Whether `pattern` matches in `text`, as JSON Schema's `pattern` does and the form of a
/// page's pattern does: anywhere, unless it is anchored, with `.` matching newlines too.
fn matches(pattern: &str, text: &str) -> bool {
    regex::Regex::new(&format!("(?s){pattern}"))
        .unwrap_or_else(|e| panic!("{pattern}: {e}"))
        .is_match(text)
}

/// Checks every pattern of `page` (as `pattern_of` gives it) against the page's examples:
/// `(type.property, value)` of each value checked, and of each that fails.
fn check_page(
    page: &Path,
    pattern_of: &dyn Fn(&str, &str) -> Option<String>,
) -> (Vec<String>, Vec<String>) {
    let text = fs::read_to_string(page).expect("the page");
    let parsed =
        document::parse_page(&page.display().to_string(), &text).unwrap_or_else(|e| panic!("{e}"));
    let examples = json_examples(&text);
    let (mut checked, mut failed) = (Vec::new(), Vec::new());
    for name in parsed.properties.keys() {
        let Some(pattern) = pattern_of(&parsed.type_name, name) else {
            continue;
        };
        let mut values = Vec::new();
        for example in &examples {
            values_of(example, &parsed.type_name, name, &mut values);
        }
        for value in values {
            let at = format!("{}.{name} = {value:?}", parsed.type_name);
            if !matches(&pattern, &value) {
                failed.push(format!("{at} does not match `{pattern}`"));
            }
            checked.push(at);
        }
    }
    (checked, failed)
}

#[test]
fn the_project_specs_patterns_accept_the_examples_of_their_pages() {
    let spec_file = "spec/integration.spec.json";
    let text = fs::read_to_string(root().join(spec_file)).expect("the spec");
    let spec = Spec::load(spec_file, &text, |derived| {
        fs::read_to_string(root().join(derived)).map_err(|e| e.to_string())
    })
    .expect("the spec loads");
    // The pattern the spec checks, after the curated part's corrections.
    let pattern_of = |type_name: &str, property: &str| {
        let t = spec
            .resource_types
            .get(type_name)
            .or_else(|| spec.property_types.get(type_name))?;
        t.properties.get(property)?.pattern.clone()
    };
    for page in pages("spec/docs") {
        let (_, failed) = check_page(&page, &pattern_of);
        assert_eq!(failed, Vec::<String>::new(), "{}", page.display());
    }
}

#[test]
fn a_derived_pattern_accepts_the_examples_of_its_page() {
    let pattern_of = |page: &Path| {
        let text = fs::read_to_string(page).expect("the page");
        let parsed = document::parse_page(&page.display().to_string(), &text).expect("a page");
        let derived = document::derive(&parsed, &parsed.stem);
        move |type_name: &str, property: &str| {
            let t = derived
                .resource_types
                .get(type_name)
                .or_else(|| derived.property_types.get(type_name))?;
            t.properties.get(property)?.pattern.clone()
        }
    };
    let mut all = Vec::new();
    for page in pages("tests/data/pages") {
        let (checked, failed) = check_page(&page, &pattern_of(&page));
        assert_eq!(failed, Vec::<String>::new(), "{}", page.display());
        all.extend(checked);
    }
    // Not vacuous: the IVS page's example names its stage.
    assert_eq!(all, ["AWS::IVS::Stage.Name = \"myStage\""]);
    // And the same pattern refuses what its class leaves out.
    assert!(!matches("^[a-zA-Z0-9-_]*$", "my stage"));
}

#[test]
fn the_examples_of_the_pages_gain_no_finding_they_do_not_deserve() {
    let mut found = Vec::new();
    let mut templates = 0;
    for page in pages("spec/docs") {
        let text = fs::read_to_string(&page).expect("the page");
        let stem = page.file_stem().map(|s| s.to_string_lossy().into_owned());
        for example in json_examples(&text) {
            // A fragment is the resources of a template.
            let template = if example.get("Resources").is_some() {
                example
            } else {
                serde_json::json!({ "Resources": example })
            };
            let Ok(template) = Template::from_value(template) else {
                continue;
            };
            templates += 1;
            for finding in template.check() {
                // The examples are fragments: they name parameters and resources they leave out.
                if finding.rule() != "reference-undeclared" {
                    found.push(format!(
                        "{}: {} at {}",
                        stem.as_deref().unwrap_or_default(),
                        finding.rule(),
                        finding.path()
                    ));
                }
            }
        }
    }
    assert!(templates >= 25, "{templates} examples read");
    // The DocumentationPart page's example writes `Property` where the page requires
    // `Properties`, and the DocumentationVersion page's repeats it: the findings are right.
    assert_eq!(
        found,
        [
            "aws-resource-apigateway-documentationpart: documentation-part-properties-required at /Resources/DocumentationPart/Properties/Properties",
            "aws-resource-apigateway-documentationversion: documentation-part-properties-required at /Resources/DocumentationPart/Properties/Properties",
        ]
    );
}
