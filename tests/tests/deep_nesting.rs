//! Values nested far deeper than any template (10,000 levels; serde_json's parser stops at
//! 128, so these are built in code): checking stops at `MAX_DEPTH` with a `nesting-depth`
//! problem, and nothing overflows the stack.
//!
//! The values are built iteratively (`json!` would serialize an embedded value recursively)
//! and held in [`Deep`], which dismantles them without recursion when dropped (even while a
//! failed assertion unwinds): dropping a 10,000-deep `serde_json::Value` recurses once per
//! level and would overflow the test thread's stack. A case that could overflow runs in a
//! child process (see [`assert_passes_in_child_process`]): an overflow aborts the whole
//! process, and the child turns that into a failure that names the case.

use std::ops::{Deref, DerefMut};
use std::process::Command;

use cfn_apigateway_integration::{Integration, MAX_DEPTH, Report};
use serde_json::{Map, Value, json};

const DEPTH: usize = 10_000;

/// `{"Fn::If": ["Deep", {"Fn::If": ["Deep", ... leaf ...]}, otherwise]}`, `depth` levels.
fn nested_if(depth: usize, leaf: Value, otherwise: &Value) -> Value {
    let mut value = leaf;
    for _ in 0..depth {
        value = Value::Array(vec![Value::from("Deep"), value, otherwise.clone()]);
        value = object("Fn::If", value);
    }
    value
}

/// `{"a": {"a": ... "x" ...}}`, `depth` levels.
fn nested_objects(depth: usize) -> Value {
    (0..depth).fold(Value::from("x"), |value, _| object("a", value))
}

/// `[[... "x" ...]]`, `depth` levels.
fn nested_lists(depth: usize) -> Value {
    (0..depth).fold(Value::from("x"), |value, _| Value::Array(vec![value]))
}

fn object(key: &str, value: Value) -> Value {
    Value::Object(Map::from_iter([(key.to_owned(), value)]))
}

/// A value that is dropped without recursion: its children are moved onto a heap stack
/// first, so that each value dropped is shallow.
struct Deep(Value);

impl Drop for Deep {
    fn drop(&mut self) {
        let mut stack = vec![self.0.take()];
        while let Some(mut value) = stack.pop() {
            match &mut value {
                Value::Array(items) => stack.append(items),
                Value::Object(map) => stack.extend(std::mem::take(map).into_iter().map(|(_, v)| v)),
                _ => {}
            }
        }
    }
}

impl Deref for Deep {
    type Target = Value;
    fn deref(&self) -> &Value {
        &self.0
    }
}

impl DerefMut for Deep {
    fn deref_mut(&mut self) -> &mut Value {
        &mut self.0
    }
}

/// The problems of `rule`, each checked to point at a value of `json`.
fn problems<'r>(json: &Value, report: &'r Report, rule: &str) -> Vec<&'r str> {
    report
        .iter()
        .filter(|p| p.rule() == rule)
        .map(|p| {
            assert!(
                json.pointer(p.path()).is_some(),
                "{} is not in the input",
                p.path()
            );
            p.path()
        })
        .collect()
}

#[test]
fn an_fn_if_nested_as_deep_as_a_template_can_be_read_is_checked_whole() {
    // 40 nested Fn::If is 120 levels of JSON, within the 127 that templates are read to.
    let mut integration = Deep(json!({ "Type": "HTTP", "IntegrationHttpMethod": "GET" }));
    integration["Uri"] = nested_if(40, json!("ftp://example.com"), &json!("https://b.example"));
    let report = Integration::check(&integration);
    assert_eq!(
        report.iter().map(|p| p.rule()).collect::<Vec<_>>(),
        ["integration-uri-http-form"],
        "{report}"
    );
}

#[test]
fn an_fn_if_ten_thousand_deep_gives_a_nesting_problem() {
    let mut integration = Deep(json!({ "Type": "HTTP", "IntegrationHttpMethod": "GET" }));
    integration["Uri"] = nested_if(
        DEPTH,
        json!("https://example.com"),
        &json!("https://b.example"),
    );
    let report = Integration::check(&integration);
    let deep = problems(&integration, &report, "nesting-depth");
    assert_eq!(deep.len(), 1, "{report}");
    assert!(
        deep[0].starts_with("/Uri/Fn::If/1/Fn::If/1/"),
        "{}",
        deep[0]
    );
    // MAX_DEPTH levels are checked, one per Fn::If (one function call each); checking stops
    // at the next Fn::If.
    assert_eq!(deep[0].matches("Fn::If").count(), MAX_DEPTH + 1);
    assert!(
        report
            .to_string()
            .contains(&format!("more than {MAX_DEPTH} levels"))
    );
    let error = Integration::from_value(&integration).expect_err("too deep to load");
    assert!(error.iter().any(|p| p.rule() == "nesting-depth"));
}

#[test]
fn an_integration_that_is_an_fn_if_ten_thousand_deep_gives_a_nesting_problem() {
    let integration = Deep(nested_if(
        DEPTH,
        json!({ "Type": "MOCK" }),
        &json!({ "Type": "MOCK" }),
    ));
    let report = Integration::check(&integration);
    assert_eq!(
        problems(&integration, &report, "nesting-depth").len(),
        1,
        "{report}"
    );
    assert!(Integration::from_value(&integration).is_err());
}

#[test]
fn an_integration_response_ten_thousand_deep_gives_a_nesting_problem() {
    let response = nested_if(
        DEPTH,
        json!({ "StatusCode": "200" }),
        &json!({ "Ref": "AWS::NoValue" }),
    );
    let mut integration = Deep(json!({ "Type": "MOCK" }));
    integration["IntegrationResponses"] = Value::Array(vec![response]);
    let report = Integration::check(&integration);
    let deep = problems(&integration, &report, "nesting-depth");
    assert_eq!(deep.len(), 1, "{report}");
    assert!(deep[0].starts_with("/IntegrationResponses/0/Fn::If/1/"));
}

/// Intrinsic arguments the checker does not look into still round-trip at the deepest nesting
/// serde_json parses (128 levels).
#[test]
fn intrinsic_arguments_as_deep_as_json_text_allows_round_trip() {
    let variables = format!("{}\"x\"{}", "{\"a\":".repeat(120), "}".repeat(120));
    let text = format!(
        r#"{{"Type": "MOCK", "RequestTemplates": {{"application/json": {{"Fn::Sub": ["${{a}}", {variables}]}}}}}}"#
    );
    let integration: Value = serde_json::from_str(&text).expect("within serde_json's limit");
    let loaded = Integration::from_value(&integration).expect("valid");
    assert_eq!(loaded.to_json(), integration);
}

// ----- cases that overflowed the stack: each runs in a child process -----

/// Runs the `#[ignore]`d test `name` of this binary in a child process, on the default test
/// thread stack, and fails if it does not pass (a stack overflow aborts the child).
fn assert_passes_in_child_process(name: &str) {
    let exe = std::env::current_exe().expect("the test binary");
    let output = Command::new(exe)
        .args([name, "--exact", "--ignored", "--test-threads=1"])
        .output()
        .expect("the test binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("1 passed"),
        "{name} failed in a child process ({}):\n{stderr}\n{stdout}",
        output.status
    );
}

/// Regression (found in issue #6): `Checker::problem` used to quote the offending value with
/// `serde_json::Value::to_string`, which recurses once per level, so a 10,000-deep value where
/// a string belongs overflowed the stack instead of giving a `value-type` problem.
#[test]
fn a_deep_value_quoted_in_a_problem_does_not_overflow_the_stack() {
    assert_passes_in_child_process("child_deep_list_where_a_string_belongs");
}

#[test]
#[ignore = "run in a child process by a_deep_value_quoted_in_a_problem_does_not_overflow_the_stack"]
fn child_deep_list_where_a_string_belongs() {
    let mut integration = Deep(json!({ "Type": "MOCK" }));
    integration["CacheKeyParameters"] = Value::Array(vec![nested_lists(DEPTH)]);
    let report = Integration::check(&integration);
    assert!(
        report.iter().any(|p| p.path() == "/CacheKeyParameters/0"),
        "{report}"
    );
}

/// Regression (found in issue #6): the same, through the message of a malformed `Fn::If` (four
/// arguments) whose branch is 10,000 levels deep.
#[test]
fn a_malformed_fn_if_around_a_deep_value_does_not_overflow_the_stack() {
    assert_passes_in_child_process("child_malformed_fn_if_around_a_deep_value");
}

#[test]
#[ignore = "run in a child process by a_malformed_fn_if_around_a_deep_value_does_not_overflow_the_stack"]
fn child_malformed_fn_if_around_a_deep_value() {
    let mut integration = Deep(json!({ "Type": "MOCK" }));
    let arguments = vec![json!("Deep"), nested_objects(DEPTH), json!("x"), json!("y")];
    integration["CacheNamespace"] = object("Fn::If", Value::Array(arguments));
    let report = Integration::check(&integration);
    assert!(
        report.iter().any(|p| p.path() == "/CacheNamespace/Fn::If"),
        "{report}"
    );
}

/// Regression (found in issue #6): arguments the checker does not walk (`Fn::Sub` variables,
/// `Fn::ToJsonString`, `Fn::Transform` parameters) may be 10,000 deep; `check` used to find
/// nothing, and `from_value` then overflowed the stack cloning them. Now: a `nesting-depth`
/// problem, as for an `Fn::If`, so that `from_value` fails cleanly.
#[test]
fn deep_intrinsic_arguments_give_a_nesting_problem() {
    assert_passes_in_child_process("child_deep_fn_sub_variables");
    assert_passes_in_child_process("child_deep_fn_to_json_string");
}

#[test]
#[ignore = "run in a child process by deep_intrinsic_arguments_give_a_nesting_problem"]
fn child_deep_fn_sub_variables() {
    let mut integration = Deep(json!({
        "Type": "MOCK",
        "RequestTemplates": { "application/json": { "Fn::Sub": ["${a}", {}] } },
    }));
    integration["RequestTemplates"]["application/json"]["Fn::Sub"][1]["a"] = nested_objects(DEPTH);
    assert_too_deep_to_load(integration);
}

#[test]
#[ignore = "run in a child process by deep_intrinsic_arguments_give_a_nesting_problem"]
fn child_deep_fn_to_json_string() {
    let mut integration = Deep(json!({ "Type": "MOCK" }));
    integration["CacheNamespace"] = object("Fn::ToJsonString", nested_objects(DEPTH));
    assert_too_deep_to_load(integration);
}

fn assert_too_deep_to_load(integration: Deep) {
    let report = Integration::check(&integration);
    assert_eq!(
        problems(&integration, &report, "nesting-depth").len(),
        1,
        "{report}"
    );
    match Integration::from_value(&integration) {
        Err(report) => assert!(report.has_errors()),
        Ok(loaded) => {
            // Dropping the loaded copy would recurse too; the assertion below is the point.
            std::mem::forget(loaded);
            panic!("a value too deep to check was loaded");
        }
    }
}
