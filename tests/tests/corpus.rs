//! Real templates, checked whole: what the AWS CDK synthesizes (`tests/data/cdk/`, see its
//! README) and published templates (`tests/data/public/`, see its README). A finding on a
//! template that deploys is a false alarm unless the template really is wrong; every finding
//! expected below says why it is right.

use std::fs;
use std::path::{Path, PathBuf};

use cfn_apigateway_integration::Template;

fn folder(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name)
}

/// The templates of a folder (not its subfolders), by file name.
fn templates(folder: &Path) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json" || e == "yaml"))
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            let text = fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (name.unwrap_or_default(), text)
        })
        .collect();
    found.sort();
    found
}

/// `FILE:LINE:COLUMN RULE` of every finding of every template, the Methods checked, and the
/// templates that could not be read (`FILE: error`).
fn check(folder: &Path) -> (Vec<String>, usize, Vec<String>) {
    let (mut findings, mut methods, mut unread) = (Vec::new(), 0, Vec::new());
    for (name, text) in templates(folder) {
        match Template::parse(&text) {
            Ok(template) => {
                methods += template.methods().len();
                for finding in template.check() {
                    let at = finding
                        .position()
                        .map(|p| p.to_string())
                        .unwrap_or_default();
                    findings.push(format!("{name}:{at} {}", finding.rule()));
                }
            }
            Err(error) => unread.push(format!("{name}: {error}")),
        }
    }
    (findings, methods, unread)
}

#[test]
fn what_the_cdk_synthesizes_checks_clean() {
    let (findings, methods, unread) = check(&folder("cdk"));
    assert_eq!(unread, Vec::<String>::new());
    assert_eq!(methods, 38, "the Methods of the CDK corpus");
    assert_eq!(
        findings,
        [
            // A buffered Lambda integration whose timeout the app sets to 120 s: the CDK passes
            // it through, and API Gateway accepts it only where the account's integration
            // timeout quota was raised (streaming ones of 300 s and 90 s in the same file are
            // clean).
            "streaming.json:386:6 integration-timeout-above-default-quota",
        ]
    );
}

#[test]
fn cdk_output_of_user_mistakes_is_reported() {
    let (findings, _, unread) = check(&folder("cdk/questionable"));
    assert_eq!(unread, Vec::<String>::new());
    assert_eq!(
        findings,
        [
            // `StepFunctionsIntegration` with its default method responses and the user's own
            // 200: two MethodResponses of one status code (the CDK warns at synth too).
            "step-functions-duplicate-method-responses.json:287:7 method-responses-status-code-unique",
            // `useDefaultMethodResponses: false` and no method responses: the error responses
            // the integration selects have none.
            "step-functions-no-method-responses.json:217:8 integration-response-without-method-response",
            "step-functions-no-method-responses.json:224:8 integration-response-without-method-response",
        ]
    );
}

#[test]
fn published_templates_check_clean_but_for_their_real_mistakes() {
    // Among them a JSON schema written as a flow mapping whose lines sit at the indentation of
    // its key (apigw-ses-transformation.yaml), which PyYAML and CloudFormation read.
    let (findings, methods, unread) = check(&folder("public"));
    assert_eq!(unread, Vec::<String>::new());
    assert_eq!(methods, 72, "the Methods of the published templates");
    assert_eq!(
        findings,
        [
            // Hand-edited test data of the SAM CLI (never deployed): the OPTIONS response maps
            // two headers its MethodResponse does not declare.
            "aws--aws-sam-cli--cdk-cors-configs.yaml:145:15 integration-response-parameters-declared",
            "aws--aws-sam-cli--cdk-cors-configs.yaml:146:15 integration-response-parameters-declared",
            // `AuthorizerId: AWS::NoValue` as text, on a method without an authorizer: the
            // issue's own example of a Ref that was meant.
            "aws-cloudformation--aws-cloudformation-templates--webapp.yaml:784:7 literal-no-value",
            "aws-cloudformation--aws-cloudformation-templates--webapp.yaml:784:7 method-authorizer-id-unused",
            // `AuthorizationType: None`: the same value was fixed to NONE in the sister
            // repository aws-samples/aws-bookstore-demo-app because CloudFormation refused it.
            "awslabs--aws-full-stack-template--search-api.yaml:390:7 method-authorization-type-allowed-values",
        ]
    );
}
