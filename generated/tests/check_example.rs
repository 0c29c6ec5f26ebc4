//! The `check` example: its output formats and exit statuses.
//!
//! Most tests call the example's own `run` in-process (its source is included below as a
//! module), which is fast and needs no built binary; one test runs the built example as a
//! process, for the exit status the shell sees.

#[allow(
    dead_code,
    reason = "`main` is the example's entry point; these tests call `run`"
)]
#[path = "../examples/check.rs"]
mod check;

use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The shared template files of the end-to-end tests.
fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data/templates")
        .join(name)
        .display()
        .to_string()
}

/// Writes `contents` to a file of this test's own in the target directory.
fn scratch(name: &str, contents: &[u8]) -> String {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("check-example-{name}"));
    std::fs::write(&path, contents).expect("the target directory is writable");
    path.display().to_string()
}

struct Outcome {
    status: u8,
    stdout: String,
    stderr: String,
}

impl Outcome {
    fn stdout_lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

fn run(args: &[&str]) -> Outcome {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let status = check::run(args.iter().map(Into::into), &mut stdout, &mut stderr);
    Outcome {
        status,
        stdout: String::from_utf8(stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(stderr).expect("UTF-8 output"),
    }
}

#[test]
fn text_output_is_file_line_column_severity_rule_message() {
    let file = data("mistakes.yaml");
    let outcome = run(&[&file]);
    assert_eq!(outcome.status, check::ERRORS_FOUND);
    assert_eq!(outcome.stderr, "");
    let lines = outcome.stdout_lines();
    assert_eq!(lines.len(), 11, "{}", outcome.stdout);
    assert_eq!(
        lines[1],
        format!(
            "{file}:26:7: error integration-http-method-required: IntegrationHttpMethod is required unless Type is MOCK"
        )
    );
    assert_eq!(
        lines[4],
        format!(
            "{file}:38:9: warning integration-uri-mock: Uri is ignored when Type is MOCK: API Gateway accepts it but never calls it; remove it"
        )
    );
}

#[test]
fn json_output_is_one_object_a_line_with_the_documented_keys_in_order() {
    let file = data("mistakes.json");
    for format in [
        ["--format", "json"].as_slice(),
        ["--format=json"].as_slice(),
    ] {
        let args: Vec<&str> = format.iter().copied().chain([file.as_str()]).collect();
        let outcome = run(&args);
        assert_eq!(outcome.status, check::ERRORS_FOUND);
        let lines = outcome.stdout_lines();
        assert_eq!(lines.len(), 6);
        let expected = serde_json::json!({
            "file": file,
            "line": 28,
            "column": 11,
            "path": "/Resources/PostPet/Properties/Integration/TimeoutInMillis",
            "rule": "integration-timeout-above-default-quota",
            "severity": "warning",
            "message": "60000 is above 29,000 milliseconds, the document's maximum and API Gateway's default quota since June 2024; it works only for Regional or private APIs whose integration timeout quota was raised (or with ResponseTransferMode STREAM, up to 900,000)",
        });
        let last: Json = serde_json::from_str(lines[5]).expect("one JSON object");
        assert_eq!(last, expected);
        for line in &lines {
            let keys = [
                "file", "line", "column", "path", "rule", "severity", "message",
            ];
            let positions: Vec<_> = keys
                .iter()
                .map(|key| line.find(&format!("\"{key}\":")))
                .collect();
            assert!(positions.iter().all(Option::is_some), "{line}");
            assert!(positions.is_sorted(), "keys out of order: {line}");
        }
    }
}

#[test]
fn templates_without_errors_exit_0() {
    let outcome = run(&[
        &data("method-page.yaml"),
        &data("method-page.json"),
        &data("no-resources.yaml"),
    ]);
    assert_eq!(
        (
            outcome.status,
            outcome.stdout.as_str(),
            outcome.stderr.as_str()
        ),
        (check::CLEAN, "", "")
    );

    let warnings_only = scratch(
        "warnings-only.yaml",
        b"Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      RestApiId: a\n      ResourceId: b\n      Integration:\n        Type: MOCK\n        Uri: https://example.com\n",
    );
    let outcome = run(&[&warnings_only]);
    assert_eq!(outcome.status, check::CLEAN);
    assert_eq!(
        outcome.stdout,
        format!(
            "{warnings_only}:10:9: warning integration-uri-mock: Uri is ignored when Type is MOCK: API Gateway accepts it but never calls it; remove it\n"
        )
    );
}

#[test]
fn a_file_that_cannot_be_read_exits_2_and_the_others_are_still_checked() {
    let missing = data("no-such-template.yaml");
    let outcome = run(&[&missing, &data("mistakes.yaml")]);
    assert_eq!(
        outcome.status,
        check::NOT_CHECKED,
        "2 wins over 1: not everything was checked"
    );
    assert!(
        outcome
            .stderr
            .starts_with(&format!("{missing}: cannot read: ")),
        "{}",
        outcome.stderr
    );
    assert_eq!(outcome.stdout_lines().len(), 11);

    let binary = scratch("not-utf8.yaml", b"Resources: \xff\xfe\n");
    let outcome = run(&[&binary]);
    assert_eq!(outcome.status, check::NOT_CHECKED);
    assert_eq!(
        outcome.stderr,
        format!("{binary}: cannot read: the file is not UTF-8 text\n")
    );
}

#[test]
fn a_file_that_cannot_be_parsed_exits_2_naming_the_line_and_column() {
    let broken = data("broken.yaml");
    let outcome = run(&[&broken]);
    assert_eq!(outcome.status, check::NOT_CHECKED);
    assert_eq!(outcome.stdout, "");
    assert_eq!(
        outcome.stderr,
        format!("{broken}:9:30: cannot parse: illegal placement of ':' indicator\n")
    );

    let empty = scratch("empty.yaml", b"");
    let outcome = run(&[&empty]);
    assert_eq!(outcome.status, check::NOT_CHECKED);
    assert_eq!(
        outcome.stderr,
        format!("{empty}: cannot parse: the template is empty: it has no YAML document\n")
    );
}

#[test]
fn broken_json_exits_2_and_json_without_resources_exits_0() {
    let broken = scratch(
        "broken.json",
        b"{\n  \"Resources\": {\n    \"A\": {\"Type\": \"AWS::ApiGateway::Method\"\n  }\n",
    );
    let outcome = run(&[&broken]);
    assert_eq!(outcome.status, check::NOT_CHECKED);
    assert_eq!(outcome.stdout, "");
    assert_eq!(
        outcome.stderr,
        format!("{broken}:5:1: cannot parse: EOF while parsing an object\n")
    );

    let no_resources = scratch(
        "no-resources.json",
        b"{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Outputs\": {}}\n",
    );
    let outcome = run(&[&no_resources]);
    assert_eq!(
        (
            outcome.status,
            outcome.stdout.as_str(),
            outcome.stderr.as_str()
        ),
        (check::CLEAN, "", "")
    );
}

#[test]
fn yaml_that_cloudformation_rejects_exits_2() {
    let alias = scratch(
        "alias.yaml",
        b"Resources:\n  A: &a\n    Type: AWS::SNS::Topic\n  B: *a\n",
    );
    let second_document = scratch("two-documents.yaml", b"Resources: {}\n---\nResources: {}\n");
    let merge = scratch(
        "merge.yaml",
        b"Resources:\n  A:\n    <<: {Type: AWS::SNS::Topic}\n",
    );
    let outcome = run(&[&alias, &second_document, &merge, &data("method-page.yaml")]);
    assert_eq!(outcome.status, check::NOT_CHECKED);
    assert_eq!(outcome.stdout, "", "the good template has no findings");
    assert_eq!(
        outcome.stderr,
        format!(
            "{alias}:4:6: cannot parse: YAML aliases (*name) are not supported by CloudFormation; write the value out
{second_document}:2:1: cannot parse: a template is one YAML document, and a second one starts here
{merge}:3:5: cannot parse: YAML merge keys (<<) are not supported by CloudFormation; write the entries out (quote the key to mean the text \"<<\")
"
        )
    );
}

#[test]
fn json_output_escapes_the_file_name() {
    let odd = scratch(
        "we\"ird\\name \u{e9}.yaml",
        b"Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      RestApiId: a\n      ResourceId: b\n      Integration: {Type: MOCK, Uri: x}\n",
    );
    let outcome = run(&["--format=json", &odd]);
    assert_eq!(outcome.status, check::CLEAN);
    let line: Json = serde_json::from_str(outcome.stdout.trim_end()).expect("one JSON object");
    assert_eq!(line["file"], odd.as_str());
    assert_eq!(
        (line["line"].as_u64(), line["column"].as_u64()),
        (Some(8), Some(33))
    );
}

/// A file with no end is read up to the limit, then refused.
#[cfg(unix)]
#[test]
fn a_file_larger_than_the_limit_is_refused_without_reading_it_all() {
    let too_large = "/dev/zero: cannot read: the file is too large: more than 10 MiB, and CloudFormation accepts templates of at most 1 MB\n";
    let outcome = run(&["/dev/zero"]);
    assert_eq!(
        (outcome.status, outcome.stderr.as_str()),
        (check::NOT_CHECKED, too_large)
    );
    assert_eq!(check::MAX_TEMPLATE_BYTES, 10 * 1024 * 1024);
}

/// A FIFO whose writer never stops is read up to the limit, then refused.
#[cfg(unix)]
#[test]
fn a_fifo_that_never_ends_is_refused() {
    let fifo = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-example-endless.fifo");
    let _ = std::fs::remove_file(&fifo);
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", fifo.display());
    let writer_path = fifo.clone();
    // Opening a FIFO for writing waits for a reader; the writer stops when the reader closes.
    let writer = std::thread::spawn(move || {
        use std::io::Write as _;
        let mut pipe = std::fs::OpenOptions::new()
            .write(true)
            .open(&writer_path)
            .expect("the FIFO opens");
        let chunk = [b'#'; 64 * 1024];
        while pipe.write_all(&chunk).is_ok() {}
    });
    let file = fifo.display().to_string();
    let outcome = run(&[&file]);
    writer.join().expect("the writer stops");
    let _ = std::fs::remove_file(&fifo);
    assert_eq!(outcome.status, check::NOT_CHECKED);
    assert!(
        outcome
            .stderr
            .starts_with(&format!("{file}: cannot read: the file is too large")),
        "{}",
        outcome.stderr
    );
}

#[test]
fn wrong_arguments_exit_2_with_the_usage() {
    let usage = "usage: check [--format text|json] FILE...\n";
    for (args, complaint) in [
        (vec![], "no template files given"),
        (vec!["--verbose", "t.yaml"], "unknown option --verbose"),
        (
            vec!["--format", "xml", "t.yaml"],
            "unknown format xml: use text or json",
        ),
        (
            vec!["t.yaml", "--format"],
            "--format needs a value: text or json",
        ),
    ] {
        let outcome = run(&args);
        assert_eq!(outcome.status, check::NOT_CHECKED, "{args:?}");
        assert_eq!(
            outcome.stderr,
            format!("check: {complaint}\n{usage}"),
            "{args:?}"
        );
    }
    let help = run(&["--help"]);
    assert_eq!((help.status, help.stdout.as_str()), (check::CLEAN, usage));
}

#[test]
fn arguments_after_double_dash_are_files() {
    let outcome = run(&["--", "--format"]);
    assert_eq!(outcome.status, check::NOT_CHECKED);
    assert!(
        outcome.stderr.starts_with("--format: cannot read: "),
        "{}",
        outcome.stderr
    );
}

/// The example as built by `cargo test` (which builds the examples of the package under test),
/// next to this test's own executable: `target/<profile>/examples/check`.
///
/// `cargo test --test check_example` builds this test only, not the examples; the failure
/// message then names the command that builds the example where this test looks for it.
fn example_binary() -> PathBuf {
    let test_executable = std::env::current_exe().expect("the test's own path");
    let profile_dir = test_executable
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps/<test>");
    let binary = profile_dir
        .join("examples")
        .join(format!("check{}", std::env::consts::EXE_SUFFIX));
    if !binary.exists() {
        let target_dir = profile_dir.parent().unwrap_or(profile_dir);
        let release = match profile_dir.file_name().and_then(|name| name.to_str()) {
            Some("release") => " --release",
            _ => "",
        };
        panic!(
            "{} is not built (`cargo test --test check_example` does not build examples). Build it with\n    CARGO_TARGET_DIR={} cargo build -p cfn-apigateway-integration --example check{release}\nor run `cargo test -p cfn-apigateway-integration`, which builds the examples.",
            binary.display(),
            target_dir.display(),
        );
    }
    binary
}

#[test]
fn the_example_process_exits_with_the_documented_statuses() {
    let binary = example_binary();
    let status = |args: &[String]| {
        let output = Command::new(&binary).args(args).output().expect("runs");
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).lines().count(),
        )
    };
    assert_eq!(status(&[data("method-page.yaml")]), (Some(0), 0));
    assert_eq!(status(&[data("mistakes.yaml")]), (Some(1), 11));
    assert_eq!(
        status(&["--format".into(), "json".into(), data("mistakes.json")]),
        (Some(1), 6)
    );
    assert_eq!(status(&[data("broken.yaml")]), (Some(2), 0));
    assert_eq!(status(&[]), (Some(2), 0));
    #[cfg(unix)]
    assert_eq!(status(&["/dev/zero".into()]), (Some(2), 0));
}
