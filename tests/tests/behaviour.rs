//! Behaviour of the generated crate: the examples of the `AWS::ApiGateway::Method` page load
//! without problems and round-trip; builders; enums; values that may be intrinsic functions.

use cfn_apigateway_integration::{
    CheckContext, HttpMethod, Integration, IntegrationResponse, IntegrationType, Value,
};
use serde_json::{Value as Json, json};

/// The JSON code blocks of the Method page that parse as JSON.
fn method_page_json_examples() -> Vec<Json> {
    let page = include_str!("../../spec/docs/aws-resource-apigateway-method.md");
    page.split("```")
        .skip(1)
        .step_by(2)
        .filter_map(|block| serde_json::from_str(block.trim()).ok())
        .collect()
}

/// Every `AWS::ApiGateway::Method` resource of a template or template fragment:
/// (logical id, its Properties).
fn methods(template: &Json) -> Vec<(String, Json)> {
    let resources = template.get("Resources").unwrap_or(template);
    resources
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(_, r)| r.get("Type") == Some(&json!("AWS::ApiGateway::Method")))
        .filter_map(|(id, r)| Some((id.clone(), r.get("Properties")?.clone())))
        .collect()
}

#[test]
fn the_method_page_examples_load_clean_and_round_trip() {
    let examples = method_page_json_examples();
    let mut checked = Vec::new();
    for example in &examples {
        for (id, properties) in methods(example) {
            let Some(integration) = properties.get("Integration") else {
                continue;
            };
            let declared = properties
                .get("RequestParameters")
                .and_then(Json::as_object)
                .map(|p| p.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default();
            let context = CheckContext::new().with_method_request_parameters(declared);
            let report = Integration::check_with(integration, &context);
            assert!(report.is_empty(), "{id}: {report}");
            let loaded = Integration::from_value_with(integration, &context).expect("loads");
            assert_eq!(&loaded.to_json(), integration, "{id} round-trips");
            let text = serde_json::to_string(&loaded).expect("serializes");
            let reparsed: Integration = serde_json::from_str(&text).expect("deserializes");
            assert_eq!(reparsed, loaded);
            checked.push(id);
        }
    }
    checked.sort();
    assert_eq!(
        checked,
        ["Method", "MockMethod", "ProxyResourceANY"],
        "the page has three Method examples"
    );
}

#[test]
fn numbers_written_for_strings_are_kept_as_written() {
    let value = json!({"Type": "MOCK", "IntegrationResponses": [{"StatusCode": 400}], "TimeoutInMillis": "29000"});
    let loaded = Integration::from_value(&value).expect("valid");
    let responses = loaded
        .integration_responses
        .as_ref()
        .and_then(Value::as_literal)
        .expect("literal list");
    let status = responses[0].as_literal().map(|r| r.status_code.clone());
    assert_eq!(
        status,
        Some(Value::Converted {
            value: "400".to_owned(),
            written: json!(400)
        })
    );
    assert_eq!(
        loaded
            .timeout_in_millis
            .as_ref()
            .and_then(Value::as_literal),
        Some(&29000)
    );
    assert_eq!(loaded.to_json(), value);
}

#[test]
fn builders_build_valid_values_and_list_every_problem_at_once() {
    let integration = Integration::builder()
        .r#type(IntegrationType::AwsProxy)
        .integration_http_method(HttpMethod::Post)
        .uri(Value::sub("arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"))
        .timeout_in_millis(10_000)
        .request_parameters("integration.request.header.X-Source", "'api'")
        .integration_responses(IntegrationResponse::builder().status_code("200").build().expect("valid response"))
        .build()
        .expect("valid integration");
    assert_eq!(
        integration.to_json(),
        json!({
            "Type": "AWS_PROXY",
            "IntegrationHttpMethod": "POST",
            "Uri": {"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"},
            "TimeoutInMillis": 10000,
            "RequestParameters": {"integration.request.header.X-Source": "'api'"},
            "IntegrationResponses": [{"StatusCode": "200"}]
        })
    );
    assert!(integration.validate().is_empty());

    let error = Integration::builder()
        .uri("example.com")
        .connection_id("abc")
        .build()
        .expect_err("Type is missing and more");
    let found: Vec<_> = error.iter().map(|p| (p.path(), p.rule())).collect();
    assert_eq!(
        found,
        [
            ("/Type", "integration-type-required"),
            (
                "/ConnectionId",
                "integration-connection-id-without-vpc-link"
            ),
        ]
    );
}

#[test]
fn setting_to_none_clears_and_values_changed_in_code_are_validated() {
    let mut integration = Integration::builder()
        .r#type(IntegrationType::Mock)
        .uri("https://example.com")
        .set_uri(None)
        .build()
        .expect("valid");
    assert_eq!(integration.uri, None);
    integration.r#type = Value::Literal(IntegrationType::from("MOCKED"));
    let report = integration.validate();
    let found: Vec<_> = report.iter().map(|p| (p.path(), p.rule())).collect();
    assert_eq!(found, [("/Type", "integration-type-allowed-values")]);
}

#[test]
fn enums_convert_to_and_from_their_cloudformation_names() {
    assert_eq!(
        IntegrationType::VALUES,
        ["AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK"]
    );
    for name in IntegrationType::VALUES {
        let parsed: IntegrationType = name.parse().expect("known value");
        assert_eq!(parsed.as_str(), *name);
        assert_eq!(parsed.to_string(), *name);
        assert_eq!(
            serde_json::to_value(&parsed).expect("serializes"),
            json!(name)
        );
    }
    assert!("aws_proxy".parse::<IntegrationType>().is_err());
    let future = IntegrationType::from("AWS_STREAMING");
    assert_eq!(future.as_str(), "AWS_STREAMING");
    assert!(matches!(future, IntegrationType::Unknown(_)));
    assert_eq!(HttpMethod::from("ANY"), HttpMethod::Any);
}

#[test]
fn deserializing_checks_and_reports_every_problem() {
    let error = serde_json::from_str::<Integration>(r#"{"Type": "HTTP", "Uri": "nope"}"#)
        .expect_err("invalid");
    let text = error.to_string();
    assert!(
        text.contains("/IntegrationHttpMethod: error integration-http-method-required"),
        "{text}"
    );
    assert!(
        text.contains("/Uri: error integration-uri-http-form"),
        "{text}"
    );
}

#[test]
fn an_integration_written_as_fn_if_is_checked_but_cannot_be_one_typed_value() {
    let value = json!({"Fn::If": ["UseMock", {"Type": "MOCK"}, {"Type": "HTTP_PROXY", "IntegrationHttpMethod": "ANY", "Uri": "https://example.com"}]});
    assert!(Integration::check(&value).is_empty());
    let error = Integration::from_value(&value).expect_err("not representable");
    let problem = error.iter().next().expect("one problem");
    assert_eq!((problem.path(), problem.rule()), ("", "value-type"));
    assert!(problem.message().contains("use `check`"), "{problem}");
}

/// Every form reads the DFA `cargo xtask regen` serialized beside the generated code (whose
/// freshness `regen --check` checks) rather than compiling its pattern at first use, which a
/// `regex-automata` that cannot read those bytes would do, correctly but slower.
#[test]
fn every_form_reads_its_serialized_dfa() {
    for form in cfn_apigateway_integration::FORMATS {
        assert!(form.reads_serialized_dfa(), "{}", form.name);
    }
}
