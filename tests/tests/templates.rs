//! Whole templates, end to end: YAML with short-form and long-form intrinsics and JSON, several
//! Methods, exact line and column of every finding, broken YAML and JSON, a template without
//! resources, Integrations and Properties written as `Fn::If`, the Method's `RequestParameters`
//! as context, YAML 1.1 scalars, writing Integrations back out (checked against what a YAML 1.1
//! reader makes of it), mutated fixtures, and a template with 1,000 Methods.

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
                19,
                9,
                "error",
                "integration-uri-lambda-function-arn",
                &method("LambdaArnAsUri", "/Uri")
            ),
            // A missing property is found where the object that should hold it is named.
            row(
                26,
                7,
                "error",
                "integration-http-method-required",
                &method("HttpWithoutMethod", "/IntegrationHttpMethod")
            ),
            row(
                28,
                9,
                "error",
                "integration-uri-http-form",
                &method("HttpWithoutMethod", "/Uri")
            ),
            row(
                29,
                9,
                "error",
                "integration-timeout-minimum",
                &method("HttpWithoutMethod", "/TimeoutInMillis")
            ),
            row(
                38,
                9,
                "warning",
                "integration-uri-mock",
                &method("MockWithUri", "/Uri")
            ),
            row(
                40,
                13,
                "error",
                "integration-response-status-code-form",
                &method("MockWithUri", "/IntegrationResponses/0/StatusCode")
            ),
            row(
                49,
                7,
                "error",
                "integration-connection-id-required",
                &method("PrivateWithoutLink", "/ConnectionId")
            ),
            row(
                56,
                13,
                "error",
                "integration-cache-key-parameters-declared",
                &method("PrivateWithoutLink", "/CacheKeyParameters/1")
            ),
            row(
                69,
                13,
                "error",
                "integration-type-allowed-values",
                &method("ConditionalIntegration", "/Fn::If/2/Type")
            ),
            row(
                70,
                13,
                "error",
                "integration-unknown-property",
                &method("ConditionalIntegration", "/Fn::If/2/Url")
            ),
            row(
                79,
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
    // The mistake is the unclosed `[` at 8:14; saphyr-parser notices only at 9:30, where the
    // `:` cannot be inside a flow list, and the error is reported where the parser says.
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
    let error = Template::parse("{\n  \"Resources\": {\n    \"A\": {\"Type\" \"x\"}\n  }\n}")
        .expect_err("missing colon");
    assert_eq!(error.to_string(), "3:18: expected `:`");
    let error = Template::parse("{\"Resources\": {\"A\": 1}").expect_err("unclosed");
    assert_eq!(error.to_string(), "1:22: EOF while parsing an object");
}

#[test]
fn text_starting_with_a_brace_that_is_not_json_is_read_as_flow_yaml() {
    let text = "{\n  \"Resources\": {\n    \"A\": {\"Type\": \"x\",}\n  }\n}";
    let error = Template::from_json_str(text).expect_err("trailing comma");
    assert_eq!(error.to_string(), "3:23: trailing comma");
    let template = Template::parse(text).expect("a YAML flow mapping may end with a comma");
    assert_eq!(
        template.as_json(),
        &json!({"Resources": {"A": {"Type": "x"}}})
    );

    // A number beyond the float range is not JSON serde_json reads; as YAML it is text.
    let text = "{\"Resources\": {}, \"Big\": 1e400}";
    let error = Template::from_json_str(text).expect_err("out of range");
    assert_eq!(error.to_string(), "1:30: number out of range");
    let template = Template::parse(text).expect("YAML");
    assert_eq!(template.as_json()["Big"], "1e400");

    let flow = "{Resources: {M: {Type: AWS::ApiGateway::Method, Properties: {Integration: {Type: MOCK, Uri: !Ref U, TimeoutInMillis: 10}, HttpMethod: GET, RestApiId: a, ResourceId: b}}}, Parameters: {U: {Type: String}}}";
    let template = Template::parse(flow).expect("flow YAML");
    assert_eq!(
        findings(&template),
        [
            row(
                1,
                88,
                "warning",
                "integration-uri-mock",
                "/Resources/M/Properties/Integration/Uri"
            ),
            row(
                1,
                101,
                "error",
                "integration-timeout-minimum",
                "/Resources/M/Properties/Integration/TimeoutInMillis"
            ),
        ]
    );
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
    let yaml = "\u{feff}Resources:\r\n  M:\r\n    Type: AWS::ApiGateway::Method\r\n    Properties:\r\n      Integration:\r\n        Type: MOCK\r\n        Uri: https://x\r\n      HttpMethod: GET\r\n      RestApiId: a\r\n      ResourceId: b\r\n";
    let json = "\u{feff}{\r\n\"Resources\": {\"M\": {\"Type\": \"AWS::ApiGateway::Method\",\r\n \"Properties\": {\"Integration\": {\"Type\": \"MOCK\", \"Uri\": \"https://x\"}, \"HttpMethod\": \"GET\", \"RestApiId\": \"a\", \"ResourceId\": \"b\"}}}}";
    for (text, position) in [(yaml, Position::new(7, 9)), (json, Position::new(3, 49))] {
        let template = Template::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        let found = template.check();
        assert_eq!(found.len(), 1, "{text:?}");
        assert_eq!(found[0].position(), Some(position), "{text:?}");
    }
}

#[test]
fn a_lone_carriage_return_ends_a_line_in_yaml_but_not_in_json() {
    let yaml = "Resources:\r  M:\r    Type: AWS::ApiGateway::Method\r    Properties:\r      Integration: {Type: MOCK, Uri: x}\r      HttpMethod: GET\r      RestApiId: a\r      ResourceId: b\r";
    let template = Template::parse(yaml).expect("valid YAML");
    assert_eq!(template.check()[0].position(), Some(Position::new(5, 33)));

    let json = "{\"Resources\": {\"M\": {\"Type\": \"AWS::ApiGateway::Method\",\r\"Properties\": {\"Integration\": {\"Type\": \"MOCK\", \"Uri\": \"x\"}, \"HttpMethod\": \"GET\", \"RestApiId\": \"a\", \"ResourceId\": \"b\"}}}}";
    let template = Template::parse(json).expect("valid JSON");
    assert_eq!(template.check()[0].position(), Some(Position::new(1, 104)));
}

#[test]
fn a_yaml_finding_after_non_ascii_text_has_its_column_in_characters() {
    let text = "Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      Integration: {CacheNamespace: \"caf\u{e9} \u{1f600} \u{4e2d}\", Type: MOCK, Uri: x}\n      HttpMethod: GET\n      RestApiId: a\n      ResourceId: b\n";
    let template = Template::parse(text).expect("valid");
    let found = template.check();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule(), "integration-uri-mock");
    // `é`, `😀` and `中` are one column each (2, 4 and 3 bytes; `😀` is 2 UTF-16 units).
    let line = text.lines().nth(4).expect("line 5");
    let byte = line.find("Uri").expect("Uri");
    assert_eq!((byte + 1, line[..byte].chars().count() + 1), (67, 61));
    assert_eq!(found[0].position(), Some(Position::new(5, 61)));
}

#[test]
fn a_get_att_short_form_without_an_attribute_is_an_error_as_an_empty_one_is() {
    let method = |uri: &str| {
        format!(
            "Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      Integration:\n        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: {uri}\n      HttpMethod: GET\n      RestApiId: a\n      ResourceId: b\n"
        )
    };
    for uri in ["!GetAtt Backend.", "!GetAtt ''", "!GetAtt .Url"] {
        let template = Template::parse(&method(uri)).expect("valid YAML");
        assert_eq!(
            findings(&template),
            [row(
                8,
                14,
                "error",
                "intrinsic-function",
                "/Resources/M/Properties/Integration/Uri/Fn::GetAtt"
            )],
            "{uri}"
        );
    }
    let declared = "  Backend:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n";
    let template =
        Template::parse(&(method("!GetAtt Backend.Url") + declared)).expect("valid YAML");
    assert_eq!(findings(&template), []);
}

#[test]
fn tabs_between_a_key_and_its_value() {
    let method = |integration: &str| {
        format!(
            "Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      RestApiId: a\n      ResourceId: b\n      Integration:\n{integration}"
        )
    };
    // A blank and then tabs: read, and a tab is one column.
    let template = Template::parse(&method(
        "        Type: \tMOCK\n        Uri: \t\thttps://x\n",
    ))
    .expect("valid");
    assert_eq!(
        template.as_json()["Resources"]["M"]["Properties"]["Integration"]["Type"],
        "MOCK"
    );
    assert_eq!(findings(&template).len(), 1);
    assert_eq!(
        template.position("/Resources/M/Properties/Integration/Uri"),
        Some(Position::new(10, 9))
    );
    // A tab right after the `:` before a plain value: saphyr-parser rejects it (so does
    // PyYAML, which rejects every tab there), at the value.
    let error = Template::parse(&method("        Type:\tMOCK\n")).expect_err("tab after colon");
    assert_eq!(
        error.to_string(),
        "9:15: ':' must be followed by a valid YAML whitespace"
    );
}

#[test]
fn plain_scalars_reach_the_checks_as_yaml_1_1_reads_them() {
    let integration = |properties: &str| {
        let text = format!(
            "Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      RestApiId: a\n      ResourceId: b\n      Integration:\n        Type: MOCK\n{properties}"
        );
        let template = Template::parse(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
        let integration = template.as_json()["Resources"]["M"]["Properties"]["Integration"].clone();
        let found: Vec<String> = template.check().iter().map(ToString::to_string).collect();
        (integration, found)
    };
    // `29_000` is the integer 29000 (YAML 1.1), not text that is "not an integer".
    let (json, found) = integration("        TimeoutInMillis: 29_000\n");
    assert_eq!(json["TimeoutInMillis"], 29000);
    assert_eq!(found, Vec::<String>::new());
    // A plain `yes` is the boolean true, as CloudFormation reads it.
    let (json, found) = integration("        PassthroughBehavior: yes\n");
    assert_eq!(json["PassthroughBehavior"], true);
    assert_eq!(
        found,
        [
            "10:9: error integration-passthrough-behavior-allowed-values: true is not a passthrough behavior; allowed: WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER"
        ]
    );
    // Quoted, it is the text.
    let (json, _) = integration("        CacheNamespace: 'yes'\n");
    assert_eq!(json["CacheNamespace"], "yes");
}

#[test]
fn an_integration_written_as_ref_is_reported_as_an_intrinsic_function_error() {
    let template = Template::parse(
        "Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      Integration: !Ref X\n      HttpMethod: GET\n      RestApiId: a\n      ResourceId: b\nParameters:\n  X:\n    Type: String\n",
    )
    .expect("valid");
    assert_eq!(
        findings(&template),
        [row(
            5,
            7,
            "error",
            "intrinsic-function",
            "/Resources/M/Properties/Integration"
        )]
    );
    assert_eq!(
        template.check()[0].message(),
        "{\"Ref\":\"X\"}: Ref cannot produce an Integration object; use a literal object or Fn::If"
    );
}

#[test]
fn a_template_without_resources_is_one_finding_and_has_no_methods() {
    let template = parse("no-resources.yaml");
    assert!(template.methods().is_empty());
    assert_eq!(
        findings(&template),
        [row(3, 1, "error", "template-resources", "/Resources")]
    );
    for (text, found) in [
        ("{\"Resources\": {}}", "no resource in Resources"),
        ("Resources: [a]", "Resources as a list"),
        ("Resources: text", "Resources as a string"),
        ("Resources:", "Resources empty"),
    ] {
        let template = Template::parse(text).expect("valid");
        let check = template.check();
        assert_eq!(check.len(), 1, "{text}");
        assert_eq!(check[0].rule(), "template-resources");
        assert!(
            check[0]
                .message()
                .contains(&format!("this one has {found},")),
            "{}",
            check[0].message()
        );
    }
}

#[test]
fn an_integration_written_as_fn_if_is_checked_branch_by_branch() {
    let template = parse("fn-if-integration.yaml");
    let ids: Vec<_> = template.methods().iter().map(|m| m.logical_id()).collect();
    assert_eq!(ids, ["Pets", "Health", "Orders"]);
    assert_eq!(
        findings(&template),
        [row(
            36,
            11,
            "error",
            "integration-http-method-required",
            "/Resources/Orders/Properties/Integration/Fn::If/2/IntegrationHttpMethod"
        )]
    );
}

#[test]
fn an_integration_written_as_fn_if_in_json_is_checked_branch_by_branch() {
    let template = Template::from_json_str(&data("fn-if-integration.json")).expect("valid JSON");
    assert_eq!(
        template.as_json(),
        parse("fn-if-integration.yaml").as_json()
    );
    let ids: Vec<_> = template.methods().iter().map(|m| m.logical_id()).collect();
    assert_eq!(ids, ["Pets", "Health", "Orders"]);
    assert_eq!(
        findings(&template),
        [row(
            41,
            13,
            "error",
            "integration-http-method-required",
            "/Resources/Orders/Properties/Integration/Fn::If/2/IntegrationHttpMethod"
        )]
    );
}

#[test]
fn properties_written_as_fn_if_are_checked_branch_by_branch() {
    let text = "\
Resources:
  Pets:
    Type: AWS::ApiGateway::Method
    Properties: !If
      - UseMock
      - HttpMethod: GET
        RestApiId: !Ref Api
        ResourceId: !Ref PetResource
        Integration:
          Type: MOCK
          CacheKeyParameters: [method.request.path.id]
      - HttpMethod: GET
        RestApiId: !Ref Api
        ResourceId: !Ref PetResource
        RequestParameters:
          method.request.path.id: true
        Integration:
          Type: HTTP_PROXY
          IntegrationHttpMethod: GET
          Uri: https://example.com/{id}
          CacheKeyParameters: [method.request.path.id]
  Orders:
    Type: AWS::ApiGateway::Method
    Properties: !If [UseMock, !Ref AWS::NoValue, {HttpMethod: GET, RestApiId: !Ref Api, ResourceId: !Ref R, Integration: {Type: HTTP, IntegrationHttpMethod: GET}}]
  Api:
    Type: AWS::ApiGateway::RestApi
  PetResource:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: pets}
  R:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: orders}
Parameters:
  Mock:
    Type: String
Conditions:
  UseMock: !Equals [!Ref Mock, 'yes']
";
    let template = Template::parse(text).expect("valid");
    let methods: Vec<_> = template
        .methods()
        .iter()
        .map(|m| {
            (
                m.logical_id(),
                m.properties_path(),
                m.properties().is_some(),
            )
        })
        .collect();
    assert_eq!(
        methods,
        [
            ("Pets", "/Resources/Pets/Properties".to_owned(), true),
            ("Orders", "/Resources/Orders/Properties".to_owned(), true),
        ]
    );
    // Each branch has its own RequestParameters: the first declares none, the second the id.
    // The AWS::NoValue branch has no properties to check.
    assert_eq!(
        findings(&template),
        [
            row(
                11,
                32,
                "error",
                "integration-cache-key-parameters-declared",
                "/Resources/Pets/Properties/Fn::If/1/Integration/CacheKeyParameters/0"
            ),
            row(
                24,
                109,
                "error",
                "integration-uri-required",
                "/Resources/Orders/Properties/Fn::If/2/Integration/Uri"
            ),
        ]
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
    assert!(no_integration.is_some_and(|m| {
        m.properties()
            .is_some_and(|p| p.get("Integration").is_none())
    }));
}

#[test]
fn the_methods_request_parameters_are_the_context_of_cache_key_parameters() {
    let method = |request_parameters: Json| {
        let mut properties = json!({
            "HttpMethod": "GET",
            "RestApiId": {"Ref": "Api"},
            "ResourceId": {"Ref": "Resource"},
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
        let template = json!({
            "Conditions": {"C": {"Fn::Equals": ["a", "b"]}},
            "Resources": {
                "M": {"Type": "AWS::ApiGateway::Method", "Properties": properties},
                "Api": {"Type": "AWS::ApiGateway::RestApi"},
                "Resource": {"Type": "AWS::ApiGateway::Resource", "Properties": {
                    "RestApiId": {"Ref": "Api"},
                    "ParentId": {"Fn::GetAtt": ["Api", "RootResourceId"]},
                    "PathPart": "pets"
                }}
            }
        });
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
        "Properties": {
            "HttpMethod": "GET", "RestApiId": "a", "ResourceId": "b",
            "Integration": {"Type": "HTTP_PROXY", "IntegrationHttpMethod": "GET", "Uri": "ftp://x"},
        }
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
        r#"{"Resources": {"a/b~c": {"Type": "AWS::ApiGateway::Method", "Properties": {"Integration": {"Type": "MOCK", "Uri": "https://x"}, "HttpMethod": "GET", "RestApiId": "a", "ResourceId": "b"}}}}"#,
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

/// What a YAML 1.1 reader makes of a plain or quoted scalar: the value `yaml.safe_load` of
/// PyYAML 6 (the resolver cfn-lint reads templates with) returns, hard-coded from running it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Yaml11 {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(&'static str),
}

impl Yaml11 {
    fn to_json(self) -> Json {
        match self {
            Yaml11::Null => Json::Null,
            Yaml11::Bool(b) => json!(b),
            Yaml11::Int(n) => match (i64::try_from(n), u64::try_from(n)) {
                (Ok(small), _) => json!(small),
                (_, Ok(large)) => json!(large),
                _ => panic!("{n} does not fit in JSON"),
            },
            Yaml11::Float(f) => json!(f),
            Yaml11::Str(s) => json!(s),
        }
    }
}

#[test]
fn written_scalars_are_what_a_yaml_1_1_reader_reads() {
    use Yaml11::*;
    let table = [
        (json!(1e20), "1.0e+20", Float(1e20)),
        (json!(5e-7), "5.0e-7", Float(5e-7)),
        (json!(2.0), "2.0", Float(2.0)),
        (json!(-0.5), "-0.5", Float(-0.5)),
        (json!(1.5e300), "1.5e+300", Float(1.5e300)),
        (json!(29000), "29000", Int(29000)),
        (json!(-3), "-3", Int(-3)),
        (
            json!(u64::MAX),
            "18446744073709551615",
            Int(i128::from(u64::MAX)),
        ),
        (json!(true), "true", Bool(true)),
        (json!(false), "false", Bool(false)),
        (Json::Null, "null", Null),
        (json!("yes"), "\"yes\"", Str("yes")),
        (json!("No"), "\"No\"", Str("No")),
        (json!("on"), "\"on\"", Str("on")),
        (json!("y"), "\"y\"", Str("y")),
        (json!("~"), "\"~\"", Str("~")),
        (json!(""), "\"\"", Str("")),
        (json!("12"), "\"12\"", Str("12")),
        (json!("1e3"), "\"1e3\"", Str("1e3")),
        (json!("0123"), "\"0123\"", Str("0123")),
        (json!("0o17"), "\"0o17\"", Str("0o17")),
        (json!("1_000"), "\"1_000\"", Str("1_000")),
        (json!("0x1F"), "\"0x1F\"", Str("0x1F")),
        (json!(".inf"), "\".inf\"", Str(".inf")),
        (json!("1:30"), "\"1:30\"", Str("1:30")),
        (json!("2024-06-01"), "\"2024-06-01\"", Str("2024-06-01")),
        (json!("<<"), "\"<<\"", Str("<<")),
        (json!("="), "\"=\"", Str("=")),
        (json!("AWS_PROXY"), "AWS_PROXY", Str("AWS_PROXY")),
        (
            json!("application/json"),
            "application/json",
            Str("application/json"),
        ),
        (json!("Fn::Sub"), "Fn::Sub", Str("Fn::Sub")),
        (
            json!("https://example.com"),
            "https://example.com",
            Str("https://example.com"),
        ),
    ];
    for (value, written, yaml_1_1) in table {
        assert_eq!(to_yaml_string(&value), format!("{written}\n"), "{value}");
        assert_eq!(
            yaml_1_1.to_json(),
            value,
            "{written}: YAML 1.1 reads another value"
        );
        // This crate's reader agrees with YAML 1.1 on what the writer wrote.
        let read = Template::from_yaml_str(&format!("v: {written}\n")).expect("valid");
        assert_eq!(read.as_json()["v"], value, "{written}");
    }
    // Keys are written by the same rules (a YAML 1.1 reader would make `yes` a boolean key).
    assert_eq!(
        // (in sorted order, which maps keep with and without `preserve_order`)
        to_yaml_string(&json!({"12": 2, "Type": 3, "yes": 1})),
        "\"12\": 2\nType: 3\n\"yes\": 1\n"
    );
}

/// PyYAML's float pattern, without its base-60, `.inf` and `.nan` forms:
/// `[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?` (the writer writes no `_`).
fn is_yaml_1_1_float(text: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (text, None),
    };
    let mantissa = mantissa.strip_prefix(['-', '+']).unwrap_or(mantissa);
    let mantissa_ok = mantissa.split_once('.').is_some_and(|(whole, fraction)| {
        digits(whole) && (fraction.is_empty() || digits(fraction))
    });
    let exponent_ok = exponent.is_none_or(|e| e.strip_prefix(['-', '+']).is_some_and(digits));
    mantissa_ok && exponent_ok
}

#[test]
fn the_float_pattern_of_the_tests_is_yaml_1_1s() {
    for float in ["1.0e+20", "5.0e-7", "2.0", "-0.5", "2.", "+1.5"] {
        assert!(is_yaml_1_1_float(float), "{float}");
    }
    for text in ["1e+20", "1.0e20", "2", ".5e+3", "1.0e+", "e+5", "1.0.0"] {
        assert!(!is_yaml_1_1_float(text), "{text}");
    }
}

/// The fixture templates, by name.
fn fixtures() -> Vec<(String, String)> {
    let folder = format!("{}/data/templates", env!("CARGO_MANIFEST_DIR"));
    let mut fixtures: Vec<(String, String)> = std::fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{folder}: {error}"))
        .map(|entry| {
            let name = entry.expect("a directory entry").file_name();
            let name = name.to_string_lossy().into_owned();
            let text = data(&name);
            (name, text)
        })
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 8, "{fixtures:?}");
    fixtures
}

/// One change to a template's text: characters and lines deleted, duplicated or inserted.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteChar(prop::sample::Index),
    DuplicateChar(prop::sample::Index),
    InsertChar(prop::sample::Index, char),
    DeleteLine(prop::sample::Index),
    DuplicateLine(prop::sample::Index),
    InsertLine(prop::sample::Index, &'static str),
}

/// Characters that mean something to YAML or JSON, or to the readers' positions.
const SIGNIFICANT_CHARS: &[char] = &[
    '{',
    '}',
    '[',
    ']',
    ':',
    ',',
    '\'',
    '"',
    '\\',
    '!',
    '&',
    '*',
    '-',
    '#',
    '|',
    '>',
    '?',
    '%',
    '@',
    '`',
    '<',
    '~',
    '.',
    '0',
    'e',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u{e9}',
    '\u{1f600}',
    '\u{2028}',
    '\u{feff}',
];

/// Lines that reach the readers' and the checks' special cases.
const LINES: &[&str] = &[
    "---\n",
    "...\n",
    "<<: {a: 1}\n",
    "  - &x item\n",
    "  b: *x\n",
    "? [complex]\n",
    "      Integration: !If [C, {Type: MOCK, Uri: x}, !Ref AWS::NoValue]\n",
    "    Properties: !If [C, {Integration: {Type: HTTP}}, {}]\n",
    "        TimeoutInMillis: 29_000\n",
    "        Type: yes\n",
    "        Uri: !Sub arn:aws:lambda:${AWS::Region}:1:function:f\n",
    "        CacheKeyParameters: [method.request.path.id, !Ref P]\n",
    "    \"Integration\": {\"Type\": \"HTTP\", \"Uri\": 1e400},\n",
    "    Type: AWS::ApiGateway::Method\n",
    "  M: {Type: AWS::ApiGateway::Method, Properties: {Integration: {Type: AWS}}}\n",
    "%YAML 1.1\n",
    "a: !!float 1\n",
    "b: !!binary aGk=\n",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    let index = any::<prop::sample::Index>;
    prop_oneof![
        index().prop_map(Mutation::DeleteChar),
        index().prop_map(Mutation::DuplicateChar),
        (index(), prop::sample::select(SIGNIFICANT_CHARS))
            .prop_map(|(at, c)| Mutation::InsertChar(at, c)),
        index().prop_map(Mutation::DeleteLine),
        index().prop_map(Mutation::DuplicateLine),
        (index(), prop::sample::select(LINES))
            .prop_map(|(at, line)| Mutation::InsertLine(at, line)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for mutation in mutations {
        match mutation {
            Mutation::DeleteChar(at) if !chars.is_empty() => {
                chars.remove(at.index(chars.len()));
            }
            Mutation::DuplicateChar(at) if !chars.is_empty() => {
                let at = at.index(chars.len());
                chars.insert(at, chars[at]);
            }
            Mutation::InsertChar(at, c) => chars.insert(at.index(chars.len() + 1), *c),
            Mutation::DeleteLine(at)
            | Mutation::DuplicateLine(at)
            | Mutation::InsertLine(at, _) => {
                let text: String = chars.iter().collect();
                let mut lines: Vec<String> =
                    text.split_inclusive('\n').map(str::to_owned).collect();
                match mutation {
                    Mutation::DeleteLine(_) if !lines.is_empty() => {
                        lines.remove(at.index(lines.len()));
                    }
                    Mutation::DuplicateLine(_) if !lines.is_empty() => {
                        let at = at.index(lines.len());
                        lines.insert(at, lines[at].clone());
                    }
                    Mutation::InsertLine(_, line) => {
                        lines.insert(at.index(lines.len() + 1), (*line).to_owned());
                    }
                    _ => {}
                }
                chars = lines.concat().chars().collect();
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// Parses `text`; when it is a template, checks it and writes it as YAML, which must read back
/// as the same JSON. `Some(number of Methods)` when it was a template. Every position, of an
/// error or a finding, must be inside the text.
fn parse_check_and_rewrite(text: &str) -> Result<Option<usize>, String> {
    // An upper bound: `\r\n` counts twice.
    let lines = text.split(['\n', '\r']).count();
    let inside = |position: Option<Position>| {
        position.is_none_or(|p| (1..=lines).contains(&p.line()) && p.column() >= 1)
    };
    let template = match Template::parse(text) {
        Ok(template) => template,
        Err(error) if inside(error.position()) => return Ok(None),
        Err(error) => return Err(format!("{error} is outside the text")),
    };
    for finding in template.check() {
        if !inside(finding.position()) {
            return Err(format!("{finding} is outside the text"));
        }
    }
    let yaml = to_yaml_string(template.as_json());
    let read = Template::from_yaml_str(&yaml).map_err(|e| format!("{yaml}\n{e}"))?;
    if read.as_json() != template.as_json() {
        return Err(format!("{yaml} reads back as {}", read.as_json()));
    }
    Ok(Some(template.methods().len()))
}

#[test]
fn mutated_fixtures_still_reach_the_checks() {
    // The property test below is only worth its time if mutated templates are still read and
    // checked: a fixed sample of the same mutations shows that most are.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let fixtures = fixtures();
    let strategy = (
        prop::sample::select(fixtures),
        prop::collection::vec(mutation(), 1..4),
    );
    let mut runner = TestRunner::deterministic();
    let (mut read, mut with_methods) = (0, 0);
    for _ in 0..100 {
        let ((name, text), mutations) = strategy.new_tree(&mut runner).expect("a value").current();
        let mutated = mutate(&text, &mutations);
        match parse_check_and_rewrite(&mutated) {
            Ok(Some(methods)) => {
                read += 1;
                with_methods += usize::from(methods > 0);
            }
            Ok(None) => {}
            Err(problem) => panic!("{name} {mutations:?}: {problem}"),
        }
    }
    // 33 and 25 when written; a mutation that breaks the syntax is the common case.
    assert!(read >= 25, "only {read} of 100 mutated templates were read");
    assert!(
        with_methods >= 15,
        "only {with_methods} of 100 reached a Method"
    );
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

    /// Any finite float, written as YAML, is a YAML 1.1 float and reads back as itself.
    #[test]
    fn any_float_written_as_yaml_is_a_yaml_1_1_float(float in any::<f64>().prop_filter("finite", |f| f.is_finite())) {
        let value = json!({"v": float});
        let yaml = to_yaml_string(&value);
        let written = yaml.strip_prefix("v: ").and_then(|rest| rest.strip_suffix('\n'));
        prop_assert!(written.is_some_and(is_yaml_1_1_float), "{yaml:?}");
        let read = Template::from_yaml_str(&yaml).map(Template::into_json);
        prop_assert_eq!(read.ok(), Some(value), "{:?}", yaml);
    }

}

proptest! {
    // About a second in a debug build.
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The fixture templates with characters and lines deleted, duplicated and inserted are
    /// templates or errors, never a panic; a template is checked (every finding inside the
    /// text), and written as YAML reads back as the same JSON.
    #[test]
    fn mutated_fixtures_are_read_checked_and_rewritten_or_rejected(
        (name, text) in prop::sample::select(fixtures()),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mutated = mutate(&text, &mutations);
        let outcome = parse_check_and_rewrite(&mutated);
        prop_assert!(outcome.is_ok(), "{} {:?}: {:?}", name, mutations, outcome.err());
    }
}

#[test]
fn every_mistake_between_a_method_and_its_integration_is_reported_at_its_line() {
    let at = |id: &str, rest: &str| format!("/Resources/{id}/Properties{rest}");
    assert_eq!(
        findings(&parse("method-mistakes.yaml")),
        [
            row(
                16,
                11,
                "error",
                "integration-request-parameters-declared",
                &at(
                    "ProxyUndeclared",
                    "/Integration/RequestParameters/integration.request.path.proxy"
                )
            ),
            row(
                31,
                15,
                "error",
                "integration-response-parameters-declared",
                &at(
                    "CorsHeaderUndeclared",
                    "/Integration/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Origin"
                )
            ),
            row(
                49,
                15,
                "error",
                "integration-response-parameters-declared",
                &at(
                    "NoMethodResponseAtAll",
                    "/Integration/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Origin"
                )
            ),
            row(
                64,
                13,
                "warning",
                "integration-response-without-method-response",
                &at(
                    "ErrorWithoutMethodResponse",
                    "/Integration/IntegrationResponses/1/StatusCode"
                )
            ),
            // A missing property is found where the object that should hold it is named.
            row(
                70,
                5,
                "error",
                "method-authorizer-id-required",
                &at("CustomWithoutAuthorizer", "/AuthorizerId")
            ),
            row(
                88,
                11,
                "warning",
                "method-responses-status-code-unique",
                &at("DuplicateStatusCode", "/MethodResponses/1/StatusCode")
            ),
            row(
                100,
                9,
                "error",
                "integration-response-transfer-mode-stream-type",
                &at("StreamingNonProxy", "/Integration/ResponseTransferMode")
            ),
            row(
                113,
                9,
                "error",
                "integration-timeout-stream-maximum",
                &at("StreamingTooLong", "/Integration/TimeoutInMillis")
            ),
            row(
                121,
                7,
                "warning",
                "literal-no-value",
                &at("NoValueAsText", "/AuthorizerId")
            ),
            row(
                121,
                7,
                "warning",
                "method-authorizer-id-unused",
                &at("NoValueAsText", "/AuthorizerId")
            ),
        ]
    );
}

#[test]
fn methods_that_work_have_no_findings() {
    // CORS OPTIONS mocks, Lambda proxies, `{proxy+}` HTTP proxies with declared path
    // parameters, Cognito, custom and IAM authorization, a service integration whose errors
    // have their MethodResponse, and a streaming Lambda with a 5-minute timeout.
    let template = parse("method-valid.yaml");
    assert_eq!(template.methods().len(), 5);
    assert_eq!(findings(&template), []);
}

#[test]
fn flow_collections_are_read_whatever_the_indentation_of_their_lines() {
    // As PyYAML and CloudFormation read them: a flow mapping whose lines sit at the indentation
    // of its key, after a quoted value or a plain one (YAML 1.2 wants them deeper).
    let text = "\
Resources:
  Model:
    Type: AWS::ApiGateway::Model
    Properties:
      Schema: {\"$schema\": \"http://json-schema.org/draft-04/schema#\",
      \"title\": \"Stats\",
      type: object,
      \"required\": [\"to\",
      from] }
";
    let template = Template::parse(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        template.as_json()["Resources"]["Model"]["Properties"]["Schema"],
        json!({"$schema": "http://json-schema.org/draft-04/schema#", "title": "Stats", "type": "object", "required": ["to", "from"]})
    );
    assert_eq!(
        template.position("/Resources/Model/Properties/Schema/title"),
        Some(Position::new(6, 7))
    );
    // Pasted JSON under a key: its lines, quoted keys first, at any column.
    for indent in ["", "  ", "    "] {
        let text = format!(
            "Resources:\n  M:\n    Type: X\n    Properties:\n      RequestTemplates: {{\n{indent}\"application/json\": \"x\"}}\n"
        );
        let template = Template::parse(&text).unwrap_or_else(|e| panic!("{indent:?}: {e}"));
        assert_eq!(
            template.as_json()["Resources"]["M"]["Properties"]["RequestTemplates"]["application/json"],
            "x"
        );
    }
    // A block mapping still needs its indentation.
    let error =
        Template::parse("Resources:\n  A:\n    Type: X\n   B: 1\n").expect_err("a bad block");
    assert!(error.to_string().starts_with("4:"), "{error}");
}

#[test]
fn a_method_without_properties_is_one_finding_at_where_they_belong() {
    let template =
        Template::parse("Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n").expect("valid");
    assert_eq!(
        findings(&template),
        [row(
            2,
            3,
            "error",
            "method-properties",
            "/Resources/M/Properties"
        )]
    );
}

#[test]
fn a_resource_without_properties_is_one_finding_naming_what_its_type_requires() {
    let template = Template::parse(
        "Resources:\n  R:\n    Type: AWS::ApiGateway::Resource\n    Prope2ties: {PathPart: x}\n  Account:\n    Type: AWS::ApiGateway::Account\n",
    )
    .expect("valid");
    // The Account requires nothing; the Resource requires three properties, which are missing
    // with the `Properties` they belong in (the pointer names the missing `Properties`).
    assert_eq!(
        findings(&template),
        [row(
            2,
            3,
            "error",
            "resource-properties",
            "/Resources/R/Properties"
        )]
    );
    assert_eq!(
        template.check()[0].message(),
        "a resource of type AWS::ApiGateway::Resource requires Properties (at least: ParentId, PathPart, RestApiId), and CloudFormation refuses one without; this one has none"
    );
}
