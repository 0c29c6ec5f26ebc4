//! Whole templates, end to end: YAML with short-form and long-form intrinsics and JSON, several
//! Methods, exact line and column of every finding, broken YAML, a template without resources,
//! Integrations written as `Fn::If`, the Method's `RequestParameters` as context, writing
//! Integrations back out, and a template with 1,000 Methods.

use cfn_apigateway_integration::{
    HttpMethod, Integration, Position, Severity, Template, TemplateError, to_yaml_string,
};
use proptest::prelude::*;
use serde_json::{Value as Json, json};

fn data(name: &str) -> String {
    let path = format!("{}/data/templates/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn parse(name: &str) -> Template {
    Template::parse(&data(name)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// `(line, column, severity, rule, pointer)` of every finding, in order.
fn findings(template: &Template) -> Vec<(usize, usize, &'static str, String, String)> {
    template
        .check()
        .iter()
        .map(|f| {
            let position = f.position().expect("read from text");
            (
                position.line(),
                position.column(),
                f.severity().as_str(),
                f.rule().to_owned(),
                f.path().to_owned(),
            )
        })
        .collect()
}

fn row(
    line: usize,
    column: usize,
    severity: &'static str,
    rule: &str,
    path: &str,
) -> (usize, usize, &'static str, String, String) {
    (line, column, severity, rule.to_owned(), path.to_owned())
}

#[test]
fn the_method_page_yaml_with_short_form_tags_has_no_findings() {
    let template = parse("method-page.yaml");
    let methods: Vec<_> = template.methods().iter().map(|m| m.logical_id()).collect();
    assert_eq!(
        methods,
        ["MockMethod", "ProxyResourceANY", "Method"],
        "in the order written"
    );
    assert_eq!(template.check(), []);
    assert_eq!(
        template.as_json()["Resources"]["ProxyResourceANY"]["Properties"]["Integration"]["Uri"],
        json!({"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${LambdaForSimpleProxy.Arn}/invocations"}),
        "the folded scalar after !Sub is one line"
    );
}

#[test]
fn yaml_short_forms_read_as_the_long_forms_of_the_json_twin() {
    let yaml = parse("method-page.yaml");
    let json = Template::from_json_str(&data("method-page.json")).expect("valid JSON");
    assert_eq!(yaml.as_json(), json.as_json());
    assert_eq!(json.check(), []);
}

#[test]
fn every_yaml_finding_has_its_pointer_rule_and_exact_line_and_column() {
    let method = |id: &str, rest: &str| format!("/Resources/{id}/Properties/Integration{rest}");
    assert_eq!(
        findings(&parse("mistakes.yaml")),
        [
            row(
                17,
                9,
                "error",
                "integration-uri-lambda-function-arn",
                &method("LambdaArnAsUri", "/Uri")
            ),
            // A missing property is found where the object that should hold it is named.
            row(
                22,
                7,
                "error",
                "integration-http-method-required",
                &method("HttpWithoutMethod", "/IntegrationHttpMethod")
            ),
            row(
                24,
                9,
                "error",
                "integration-uri-http-form",
                &method("HttpWithoutMethod", "/Uri")
            ),
            row(
                25,
                9,
                "error",
                "integration-timeout-minimum",
                &method("HttpWithoutMethod", "/TimeoutInMillis")
            ),
            row(
                32,
                9,
                "warning",
                "integration-uri-mock",
                &method("MockWithUri", "/Uri")
            ),
            row(
                34,
                13,
                "error",
                "integration-response-status-code-form",
                &method("MockWithUri", "/IntegrationResponses/0/StatusCode")
            ),
            row(
                41,
                7,
                "error",
                "integration-connection-id-required",
                &method("PrivateWithoutLink", "/ConnectionId")
            ),
            row(
                48,
                13,
                "error",
                "integration-cache-key-parameters-declared",
                &method("PrivateWithoutLink", "/CacheKeyParameters/1")
            ),
            row(
                59,
                13,
                "error",
                "integration-type-allowed-values",
                &method("ConditionalIntegration", "/Fn::If/2/Type")
            ),
            row(
                60,
                13,
                "error",
                "integration-unknown-property",
                &method("ConditionalIntegration", "/Fn::If/2/Url")
            ),
            row(
                67,
                9,
                "warning",
                "integration-lambda-http-method",
                &method("LambdaWithGet", "/IntegrationHttpMethod")
            ),
        ]
    );
}

#[test]
fn every_json_finding_has_its_pointer_rule_and_exact_line_and_column() {
    let template = Template::from_json_str(&data("mistakes.json")).expect("valid JSON");
    let get = |rest: &str| format!("/Resources/GetPet/Properties/Integration{rest}");
    let post = |rest: &str| format!("/Resources/PostPet/Properties/Integration{rest}");
    assert_eq!(
        findings(&template),
        [
            row(
                11,
                11,
                "error",
                "integration-http-method-allowed-values",
                &get("/IntegrationHttpMethod")
            ),
            row(12, 11, "error", "integration-uri-http-form", &get("/Uri")),
            row(
                15,
                13,
                "error",
                "integration-request-parameters-value",
                &get("/RequestParameters/integration.request.header.Accept")
            ),
            row(
                17,
                63,
                "error",
                "integration-cache-key-parameters-unique",
                &get("/CacheKeyParameters/1")
            ),
            row(25, 9, "error", "integration-type-required", &post("/Type")),
            row(
                28,
                11,
                "warning",
                "integration-timeout-above-default-quota",
                &post("/TimeoutInMillis")
            ),
        ]
    );
    let finding = &template.check()[4];
    assert_eq!(finding.logical_id(), "PostPet");
    assert_eq!(finding.severity(), Severity::Error);
    assert_eq!(
        finding.to_string(),
        "25:9: error integration-type-required: Type is required: CloudFormation rejects an Integration without it (the 2023 document says Required: No; the registry schema requires it)"
    );
}

#[test]
fn broken_yaml_is_an_error_with_its_line_and_column() {
    let error = Template::parse(&data("broken.yaml")).expect_err("broken");
    assert_eq!(error.position(), Some(Position::new(9, 30)));
    assert_eq!(
        error.to_string(),
        "9:30: illegal placement of ':' indicator"
    );

    let error = Template::parse("Resources:\n  A:\n    Type: 'AWS::ApiGateway::Method\n")
        .expect_err("open quote");
    assert_eq!(error.position().map(|p| p.line()), Some(3));

    let error = Template::parse("Resources:\n\tA: 1\n").expect_err("tab indent");
    assert_eq!(error.position().map(|p| p.line()), Some(2), "{error}");
}

#[test]
fn broken_json_is_an_error_with_its_line_and_column() {
    let error = Template::parse("{\n  \"Resources\": {\n    \"A\": {\"Type\": \"x\",}\n  }\n}")
        .expect_err("trailing comma");
    assert_eq!(error.to_string(), "3:23: trailing comma");
}

#[test]
fn text_that_is_not_a_template_is_an_error() {
    let cases = [
        ("", "the template is empty: it has no YAML document"),
        (
            "- a\n- b\n",
            "1:1: a template is a mapping of sections (Resources, Parameters, ...), not a list",
        ),
        (
            "just text",
            "1:1: a template is a mapping of sections (Resources, Parameters, ...), not a string",
        ),
        (
            "[1, 2]",
            "1:1: a template is a mapping of sections (Resources, Parameters, ...), not a list",
        ),
    ];
    for (text, expected) in cases {
        let error: TemplateError = text.parse::<Template>().expect_err(text);
        assert_eq!(error.to_string(), expected, "{text:?}");
    }
    assert!(Template::from_value(json!(null)).is_err());
}

#[test]
fn byte_order_marks_and_windows_line_ends_are_read() {
    let yaml = "\u{feff}Resources:\r\n  M:\r\n    Type: AWS::ApiGateway::Method\r\n    Properties:\r\n      Integration:\r\n        Type: MOCK\r\n        Uri: https://x\r\n";
    let json = "\u{feff}{\r\n\"Resources\": {\"M\": {\"Type\": \"AWS::ApiGateway::Method\",\r\n \"Properties\": {\"Integration\": {\"Type\": \"MOCK\", \"Uri\": \"https://x\"}}}}}";
    for (text, position) in [(yaml, Position::new(7, 9)), (json, Position::new(3, 49))] {
        let template = Template::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        let found = template.check();
        assert_eq!(found.len(), 1, "{text:?}");
        assert_eq!(found[0].position(), Some(position), "{text:?}");
    }
}

#[test]
fn a_template_without_resources_has_no_methods_and_no_findings() {
    let template = parse("no-resources.yaml");
    assert!(template.methods().is_empty());
    assert!(template.check().is_empty());
    let empty_resources = Template::parse("{\"Resources\": {}}").expect("valid");
    assert!(empty_resources.check().is_empty());
}

#[test]
fn an_integration_written_as_fn_if_is_checked_branch_by_branch() {
    let template = parse("fn-if-integration.yaml");
    let ids: Vec<_> = template.methods().iter().map(|m| m.logical_id()).collect();
    assert_eq!(ids, ["Pets", "Health", "Orders"]);
    assert_eq!(
        findings(&template),
        [row(
            30,
            11,
            "error",
            "integration-http-method-required",
            "/Resources/Orders/Properties/Integration/Fn::If/2/IntegrationHttpMethod"
        )]
    );
}

#[test]
fn resources_that_are_not_methods_are_not_checked() {
    let template = parse("mistakes.yaml");
    let ids: Vec<_> = template.methods().iter().map(|m| m.logical_id()).collect();
    assert!(!ids.contains(&"NotAMethod"), "{ids:?}");
    assert!(ids.contains(&"NoIntegration"));
    let no_integration = template
        .methods()
        .into_iter()
        .find(|m| m.logical_id() == "NoIntegration");
    assert!(no_integration.is_some_and(|m| m.integration().is_none() && m.check().is_empty()));
}

#[test]
fn the_methods_request_parameters_are_the_context_of_cache_key_parameters() {
    let method = |request_parameters: Json| {
        let mut properties = json!({
            "HttpMethod": "GET",
            "Integration": {
                "Type": "HTTP_PROXY",
                "IntegrationHttpMethod": "GET",
                "Uri": "https://example.com/{id}",
                "CacheKeyParameters": ["method.request.path.id"],
            }
        });
        if !request_parameters.is_null() {
            properties["RequestParameters"] = request_parameters;
        }
        let template = json!({"Resources": {"M": {"Type": "AWS::ApiGateway::Method", "Properties": properties}}});
        Template::from_value(template)
            .expect("a mapping")
            .check()
            .iter()
            .map(|f| f.rule().to_owned())
            .collect::<Vec<_>>()
    };
    let undeclared = ["integration-cache-key-parameters-declared"];
    assert_eq!(
        method(json!({"method.request.path.id": true})),
        Vec::<String>::new()
    );
    assert_eq!(
        method(json!({"method.request.path.other": true})),
        undeclared
    );
    assert_eq!(
        method(Json::Null),
        undeclared,
        "no RequestParameters declares none"
    );
    assert_eq!(method(json!({"Ref": "AWS::NoValue"})), undeclared);
    // Either branch of an Fn::If may declare it.
    assert_eq!(
        method(json!({"Fn::If": ["C", {"method.request.path.id": true}, {"Ref": "AWS::NoValue"}]})),
        Vec::<String>::new()
    );
    assert_eq!(
        method(
            json!({"Fn::If": ["C", {"method.request.path.a": true}, {"method.request.path.b": true}]})
        ),
        undeclared
    );
    // Keys that another function computes are unknown: the check is skipped, not guessed.
    assert_eq!(
        method(json!({"Fn::Transform": {"Name": "M"}})),
        Vec::<String>::new()
    );
}

#[test]
fn a_template_not_read_from_text_has_findings_without_positions() {
    let template = Template::from_value(json!({"Resources": {"M": {
        "Type": "AWS::ApiGateway::Method",
        "Properties": {"Integration": {"Type": "HTTP_PROXY", "IntegrationHttpMethod": "GET", "Uri": "ftp://x"}}
    }}}))
    .expect("a mapping");
    let found = template.check();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].position(), None);
    assert_eq!(
        found[0].to_string(),
        "/Resources/M/Properties/Integration/Uri: error integration-uri-http-form: \"ftp://x\" is not an absolute http:// or https:// URL, which Type HTTP and HTTP_PROXY require"
    );
}

#[test]
fn logical_ids_are_escaped_in_pointers() {
    let template = Template::from_json_str(
        r#"{"Resources": {"a/b~c": {"Type": "AWS::ApiGateway::Method", "Properties": {"Integration": {"Type": "MOCK", "Uri": "https://x"}}}}}"#,
    )
    .expect("valid");
    let found = template.check();
    assert_eq!(
        found[0].path(),
        "/Resources/a~1b~0c/Properties/Integration/Uri"
    );
    assert_eq!(found[0].position(), Some(Position::new(1, 108)));
}

#[test]
fn integrations_written_as_yaml_read_back_as_the_same_json() {
    let integrations = [
        Integration::lambda_proxy(cfn_apigateway_integration::Value::get_att("Fn", "Arn")),
        Integration::mock(),
        Integration::http_proxy(HttpMethod::Any, "https://example.com/{proxy}")
            .request_parameters(
                "integration.request.path.proxy",
                "method.request.path.proxy",
            )
            .request_templates(
                "application/json",
                "#set($body = $input.json('$'))\n{\n  \"body\": $body\n}\n",
            ),
    ];
    for builder in integrations {
        let integration = builder.build().expect("valid");
        let yaml = integration.to_yaml_string();
        let read = Template::from_yaml_str(&yaml).unwrap_or_else(|e| panic!("{yaml}\n{e}"));
        assert_eq!(read.as_json(), &integration.to_json(), "{yaml}");
        let json: Json = serde_json::from_str(&integration.to_json_string()).expect("JSON");
        assert_eq!(json, integration.to_json());
    }
}

#[test]
fn keys_too_long_for_an_implicit_yaml_key_are_written_explicitly() {
    let long = "k".repeat(2000);
    let value = json!({"short": 1, long.clone(): {"nested": [long.clone()]}});
    let yaml = to_yaml_string(&value);
    assert!(yaml.contains(&format!("? {long}\n:\n  nested:")), "{yaml}");
    let read = Template::from_yaml_str(&yaml).expect("valid YAML");
    assert_eq!(read.into_json(), value);
}

/// A template with `count` Methods of one RestApi (written last); every tenth Method has an
/// HTTP Uri without a scheme.
fn many_methods(count: usize) -> String {
    let mut text = String::from("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
    for i in 0..count {
        let uri = if i % 10 == 0 {
            format!("backend.example.com/items/{i}")
        } else {
            format!("https://backend.example.com/items/{i}")
        };
        text.push_str(&format!(
            "  Method{i}:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      RequestParameters:
        method.request.path.id: true
      Integration:
        Type: HTTP_PROXY
        IntegrationHttpMethod: GET
        Uri: {uri}
        CacheKeyParameters: [method.request.path.id]
        RequestParameters:
          integration.request.path.id: method.request.path.id
        TimeoutInMillis: 29000
"
        ));
    }
    text.push_str(
        "  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: pets\n",
    );
    text
}

#[test]
fn a_template_with_a_thousand_methods_is_checked_completely() {
    let text = many_methods(1000);
    // Kept for timing the `check` example by hand (see generated/README.md).
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("thousand-methods.yaml");
    std::fs::write(&path, &text).expect("writable target dir");

    let template = Template::parse(&text).expect("valid");
    assert_eq!(template.methods().len(), 1000);
    let found = template.check();
    assert_eq!(found.len(), 100);
    assert!(
        found
            .iter()
            .all(|f| f.rule() == "integration-uri-http-form")
    );
    // Each Method is 17 lines from line 3 on; the Uri is the thirteenth line of one.
    let last = found.last().expect("100 findings");
    assert_eq!(
        last.path(),
        "/Resources/Method990/Properties/Integration/Uri"
    );
    assert_eq!(last.position(), Some(Position::new(3 + 990 * 17 + 12, 9)));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any string, written as YAML and read back, is the same string.
    #[test]
    fn any_text_written_as_yaml_reads_back_unchanged(text in "\\PC*|[ \\t\\n\\r\\\\\"':#|>-]{0,12}|(\\PC{0,5}\\n){1,4}|[a\\x00-\\x1f\\x7f-\\x{9f}\\x{2028}\\x{2029}\\x{feff}\\x{fffe}]{1,6}") {
        let value = json!({"Key": text.clone(), text.clone(): [text.clone()]});
        let yaml = to_yaml_string(&value);
        let read = Template::from_yaml_str(&yaml);
        prop_assert!(read.is_ok(), "{yaml:?}: {:?}", read.err());
        prop_assert_eq!(read.ok().map(Template::into_json), Some(value), "{:?}", yaml);
    }

    /// Arbitrary text is a template or an error, never a panic.
    #[test]
    fn arbitrary_text_never_panics(text in "(\\PC|[\\n\\t{}\\[\\]:,&*!|>'\"#-]){0,200}") {
        if let Ok(template) = Template::parse(&text) {
            let _ = template.check();
        }
    }
}
