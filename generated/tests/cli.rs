//! The command `cfn-apigateway-check`: its arguments, output formats and exit statuses.
//!
//! Most tests call `cli::run` in-process, which is fast; one test runs the built binary as a
//! process, for the exit status the shell sees.

use cfn_apigateway_integration::cli as check;

use serde_json::Value as Json;
use std::path::Path;
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
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
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
    run_with_stdin(args, "")
}

/// Runs the command in-process, `stdin` its standard input.
fn run_with_stdin(args: &[&str], stdin: &str) -> Outcome {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let status = check::run(
        args.iter().map(Into::into),
        &mut stdin.as_bytes(),
        &mut stdout,
        &mut stderr,
    );
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
    assert_eq!(outcome.status, check::FINDINGS);
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
        assert_eq!(outcome.status, check::FINDINGS);
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
        &data("method-valid.yaml"),
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
fn broken_json_exits_2_and_json_without_resources_is_an_error() {
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
        (
            check::FINDINGS,
            format!("{no_resources}:1:1: error template-resources: a template has a Resources mapping with at least one resource, and CloudFormation refuses one without; this one has no Resources, so nothing was checked\n").as_str(),
            ""
        )
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
    let fifo = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-endless.fifo");
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
    for (args, complaint) in [
        (vec![], "the following required arguments were not provided"),
        (
            vec!["--verbose", "t.yaml"],
            "unexpected argument '--verbose'",
        ),
        (
            vec!["--format", "xml", "t.yaml"],
            "invalid value 'xml' for '--format <FORMAT>'",
        ),
        (
            vec!["t.yaml", "--format"],
            "a value is required for '--format <FORMAT>'",
        ),
        (
            vec!["--fail-on", "info", "t.yaml"],
            "invalid value 'info' for '--fail-on <FAIL_ON>'",
        ),
    ] {
        let outcome = run(&args);
        assert_eq!(outcome.status, check::NOT_CHECKED, "{args:?}");
        assert!(
            outcome.stderr.contains(complaint),
            "{args:?}: {}",
            outcome.stderr
        );
        assert!(outcome.stderr.contains("--help"), "{}", outcome.stderr);
    }
    let help = run(&["--help"]);
    assert_eq!(help.status, check::CLEAN);
    for option in [
        "--format",
        "--fail-on",
        "--ignore",
        "sarif",
        "junit",
        "github",
    ] {
        assert!(help.stdout.contains(option), "{option} in {}", help.stdout);
    }
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

#[test]
fn the_process_exits_with_the_documented_statuses() {
    let binary = env!("CARGO_BIN_EXE_cfn-apigateway-check");
    let status = |args: &[String]| {
        let output = Command::new(binary).args(args).output().expect("runs");
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

#[test]
fn sarif_output_validates_against_the_sarif_2_1_0_schema() {
    // The published schema's patterns for `language` have a stray `]` that the validator's
    // check of the schema itself refuses; the output never sets `language`.
    let text = include_str!("data/sarif-schema-2.1.0.json").replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#,
    );
    let schema: Json = serde_json::from_str(&text).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let broken = data("broken.yaml");
    let outcome = run(&["--format", "sarif", &data("method-mistakes.yaml"), &broken]);
    assert_eq!(outcome.status, check::NOT_CHECKED);
    let log: Json = serde_json::from_str(&outcome.stdout).expect("one JSON document");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(rules.iter().any(|r| r["id"] == "integration-request-parameters-declared"
        && r["helpUri"] == "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-requestparameters"));
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 10);
    let first = &results[0];
    assert_eq!(first["ruleId"], "integration-request-parameters-declared");
    assert_eq!(first["level"], "error");
    assert_eq!(
        first["locations"][0]["physicalLocation"]["region"]["startLine"],
        16
    );
    let index = first["ruleIndex"].as_u64().expect("an index") as usize;
    assert_eq!(rules[index]["id"], first["ruleId"]);
    // The file that could not be parsed is a notification, and the run did not succeed.
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(
        invocation["toolExecutionNotifications"][0]["message"]["text"],
        "cannot parse: illegal placement of ':' indicator"
    );
}

#[test]
fn junit_output_has_a_test_case_a_rule_failed_by_its_findings() {
    let file = data("method-mistakes.yaml");
    let outcome = run(&["--format", "junit", &file]);
    assert_eq!(outcome.status, check::FINDINGS);
    let xml = outcome.stdout;
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"cfn-apigateway-check\""), "{xml}");
    assert_eq!(
        xml.matches("<failure ").count(),
        9,
        "nine rules found something"
    );
    assert!(xml.contains(&format!(
        "<testcase classname=\"method-authorizer-id-required\" name=\"method-authorizer-id-required\">\n      <failure message=\"1 finding(s)\" type=\"error\">{file}:70:5: error AuthorizerId is required when AuthorizationType is CUSTOM or COGNITO_USER_POOLS: API Gateway answers &quot;Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer&quot;</failure>"
    )), "{xml}");
    assert!(xml.contains(
        "<testcase classname=\"method-http-method-required\" name=\"method-http-method-required\"/>"
    ));
    assert!(xml.trim_end().ends_with("</testsuite>\n</testsuites>"));
}

#[test]
fn github_output_is_one_workflow_command_a_finding() {
    let file = data("method-mistakes.yaml");
    let outcome = run(&["--format", "github", &file, &data("broken.yaml")]);
    let lines = outcome.stdout_lines();
    assert_eq!(lines.len(), 11);
    let escaped = file.replace(':', "%3A").replace(',', "%2C");
    assert!(lines[0].starts_with(&format!(
        "::error file={escaped},line=16,col=11,title=integration-request-parameters-declared::\"method.request.path.proxy\" is not declared"
    )), "{}", lines[0]);
    assert!(lines[3].starts_with("::warning "), "{}", lines[3]);
    assert!(
        lines[10].starts_with("::error ") && lines[10].contains("title=not checked::cannot parse:"),
        "{}",
        lines[10]
    );
}

#[test]
fn fail_on_sets_the_least_severe_finding_that_fails() {
    let warnings_only = scratch(
        "fail-on.yaml",
        b"Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      RestApiId: a\n      ResourceId: b\n      Integration: {Type: MOCK, Uri: x}\n",
    );
    let mistakes = data("mistakes.yaml");
    for (fail_on, file, status) in [
        ("error", &warnings_only, check::CLEAN),
        ("warning", &warnings_only, check::FINDINGS),
        ("never", &mistakes, check::CLEAN),
        ("error", &mistakes, check::FINDINGS),
    ] {
        assert_eq!(
            run(&["--fail-on", fail_on, file]).status,
            status,
            "{fail_on} {file}"
        );
    }
    // A file that cannot be checked fails whatever --fail-on says.
    assert_eq!(
        run(&["--fail-on", "never", &data("broken.yaml")]).status,
        check::NOT_CHECKED
    );
}

#[test]
fn findings_are_silenced_by_the_command_line_and_by_the_templates_metadata() {
    let file = data("method-mistakes.yaml");
    let rules = |outcome: &Outcome| {
        outcome
            .stdout_lines()
            .iter()
            .map(|l| {
                l.split(' ')
                    .nth(2)
                    .unwrap_or_default()
                    .trim_end_matches(':')
                    .to_owned()
            })
            .collect::<Vec<_>>()
    };
    let all = run(&[&file]);
    assert_eq!(rules(&all).len(), 10);
    let some = run(&[
        "--ignore",
        "integration-*",
        "--ignore",
        "method-responses-status-code-unique",
        &file,
    ]);
    assert_eq!(
        rules(&some),
        [
            "method-authorizer-id-required",
            "literal-no-value",
            "method-authorizer-id-unused"
        ]
    );
    // In the template: at the top level for every finding, in a resource for its own.
    let text = std::fs::read_to_string(&file).expect("readable");
    let silenced = text.replace(
        "Resources:\n",
        "Metadata:\n  cfn-apigateway-check:\n    ignore: [literal-no-value, 'integration-response-*']\nResources:\n",
    ).replace(
        "  CustomWithoutAuthorizer:\n    Type: AWS::ApiGateway::Method\n",
        "  CustomWithoutAuthorizer:\n    Type: AWS::ApiGateway::Method\n    Metadata:\n      cfn-apigateway-check:\n        ignore: method-authorizer-id-required\n",
    );
    let silenced = scratch("silenced.yaml", silenced.as_bytes());
    // (`integration-response-*` silences the rules of IntegrationResponses and of the
    // response transfer mode.)
    assert_eq!(
        rules(&run(&[&silenced])),
        [
            "integration-request-parameters-declared",
            "method-responses-status-code-unique",
            "integration-timeout-stream-maximum",
            "method-authorizer-id-unused",
        ]
    );
}

#[test]
fn directories_are_searched_and_what_is_not_a_template_is_said() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-folder");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("nested")).expect("a folder");
    std::fs::copy(data("mistakes.json"), dir.join("nested/api.template")).expect("copied");
    std::fs::copy(data("method-valid.yaml"), dir.join("valid.yml")).expect("copied");
    std::fs::write(dir.join("package.json"), "{\"name\": \"x\"}").expect("written");
    std::fs::write(dir.join("README.md"), "# not a template").expect("written");
    // A link back up is not followed.
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("nested/up")).expect("a link");
    let folder = dir.display().to_string();
    let outcome = run(&[&folder]);
    assert_eq!(outcome.status, check::FINDINGS);
    assert_eq!(outcome.stdout_lines().len(), 6, "{}", outcome.stdout);
    assert!(
        outcome
            .stdout_lines()
            .iter()
            .all(|l| l.starts_with(&format!("{folder}/nested/api.template:")))
    );
    assert_eq!(
        outcome.stderr,
        format!(
            "{folder}/package.json: skipped: not a CloudFormation template (neither Resources nor AWSTemplateFormatVersion)\nskipped {} file(s) in directories that are not .json, .yaml, .yml or .template files (or are links to directories, FIFOs or devices)\n",
            if cfg!(unix) { 2 } else { 1 }
        )
    );
    // Named on the command line, it is checked, and is not a template; with --only-templates
    // (pre-commit names every changed JSON and YAML file) it is skipped as in a directory.
    let package = format!("{folder}/package.json");
    let only = run(&["--only-templates", &package, &data("method-valid.yaml")]);
    assert_eq!((only.status, only.stdout.as_str()), (check::CLEAN, ""));
    assert!(
        only.stderr.starts_with(&format!(
            "{package}: skipped: not a CloudFormation template"
        )),
        "{}",
        only.stderr
    );
    let outcome = run(&[&package]);
    assert_eq!(outcome.status, check::FINDINGS);
    assert!(
        outcome.stdout.contains("error template-resources:"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let text = std::fs::read_to_string(data("mistakes.yaml")).expect("readable");
    let outcome = run_with_stdin(&["-"], &text);
    assert_eq!(outcome.status, check::FINDINGS);
    assert_eq!(outcome.stdout_lines().len(), 11);
    assert!(
        outcome
            .stdout
            .starts_with("-:19:9: error integration-uri-lambda-function-arn:"),
        "{}",
        outcome.stdout
    );
    let outcome = run_with_stdin(&["-"], "Resources: [a, b]\n");
    assert_eq!(
        outcome.stdout,
        "-:1:1: error template-resources: a template has a Resources mapping with at least one resource, and CloudFormation refuses one without; this one has Resources as a list, so nothing was checked\n"
    );
}

/// A FIFO in a directory is not read (it could wait forever for a writer).
#[cfg(unix)]
#[test]
fn a_fifo_in_a_directory_is_not_read() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-fifo-folder");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    let made = Command::new("mkfifo")
        .arg(dir.join("pipe.yaml"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    std::fs::copy(data("method-valid.yaml"), dir.join("valid.yaml")).expect("copied");
    let outcome = run(&[&dir.display().to_string()]);
    assert_eq!(
        (outcome.status, outcome.stdout.as_str()),
        (check::CLEAN, "")
    );
    assert!(
        outcome.stderr.starts_with("skipped 1 file(s)"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn standard_input_is_read_once_and_unknown_ignores_are_said() {
    let twice = run_with_stdin(&["-", "-"], "Resources: {}");
    assert_eq!(twice.status, check::NOT_CHECKED);
    assert!(
        twice.stderr.contains("standard input (-) can be read once"),
        "{}",
        twice.stderr
    );
    let typo = run(&["--ignore", "integraton-*", &data("method-valid.yaml")]);
    assert_eq!(typo.status, check::CLEAN);
    assert_eq!(
        typo.stderr,
        "--ignore integraton-*: no rule has an id that matches it\n"
    );
}
