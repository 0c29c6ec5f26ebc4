//! The constructors of the common Integration shapes: each builds a value that validates with
//! no problem, in the exact JSON CloudFormation reads, for literal and intrinsic arguments.

use cfn_apigateway_integration::{
    CheckContext, HttpMethod, Integration, IntegrationBuilder, IntegrationType, ServiceApi, Value,
};
use serde_json::{Value as Json, json};

/// Builds, checks that nothing at all is reported (warnings included), and returns the JSON.
fn built(builder: IntegrationBuilder) -> Json {
    let integration = builder.build().unwrap_or_else(|report| panic!("{report}"));
    let report = integration.validate();
    assert!(report.is_empty(), "{report}");
    let json = integration.to_json();
    assert!(Integration::check(&json).is_empty());
    json
}

fn lambda_uri(arn: impl Into<Value<String>>) -> Json {
    let json = built(Integration::lambda_proxy(arn));
    assert_eq!(json["Type"], "AWS_PROXY");
    assert_eq!(json["IntegrationHttpMethod"], "POST");
    json["Uri"].clone()
}

const PREFIX: &str =
    "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/";

#[test]
fn lambda_proxy_of_a_literal_arn_is_a_literal_uri_in_the_functions_region() {
    assert_eq!(
        lambda_uri("arn:aws-cn:lambda:cn-north-1:123456789012:function:pets:live"),
        "arn:aws-cn:apigateway:cn-north-1:lambda:path/2015-03-31/functions/arn:aws-cn:lambda:cn-north-1:123456789012:function:pets:live/invocations"
    );
}

#[test]
fn lambda_proxy_of_text_that_is_not_an_arn_keeps_it_as_written() {
    assert_eq!(
        lambda_uri("arn:aws:lambda:${Region}:123456789012:function:pets"),
        json!({"Fn::Sub": format!("{PREFIX}arn:aws:lambda:${{!Region}}:123456789012:function:pets/invocations")}),
        "a literal has no substitutions: `${{` is escaped in the Fn::Sub"
    );
}

#[test]
fn lambda_proxy_of_ref_and_get_att_writes_them_inline() {
    let sub = |reference: &str| json!({"Fn::Sub": format!("{PREFIX}${{{reference}}}/invocations")});
    assert_eq!(
        lambda_uri(Value::reference("FunctionArn")),
        sub("FunctionArn")
    );
    assert_eq!(lambda_uri(Value::get_att("Pets", "Arn")), sub("Pets.Arn"));
    let dotted = Value::Intrinsic(cfn_apigateway_integration::Intrinsic::new(
        cfn_apigateway_integration::Function::GetAtt,
        json!("Pets.Arn"),
    ));
    assert_eq!(lambda_uri(dotted), sub("Pets.Arn"));
}

#[test]
fn lambda_proxy_of_a_sub_extends_its_template() {
    assert_eq!(
        lambda_uri(Value::sub(
            "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:pets-${Stage}"
        )),
        json!({"Fn::Sub": format!("{PREFIX}arn:aws:lambda:${{AWS::Region}}:${{AWS::AccountId}}:function:pets-${{Stage}}/invocations")})
    );
}

#[test]
fn lambda_proxy_of_any_other_function_passes_it_as_a_sub_variable() {
    let with_variable = |arn: Json| json!({"Fn::Sub": [format!("{PREFIX}${{FunctionArn}}/invocations"), {"FunctionArn": arn}]});
    let cases: [Value<String>; 4] = [
        Value::import_value("shared-pets-function-arn"),
        Value::join(
            ":",
            [
                json!("arn:aws:lambda"),
                json!({"Ref": "AWS::Region"}),
                json!("123456789012:function:pets"),
            ],
        ),
        Value::sub_with(
            "arn:aws:lambda:${R}:123456789012:function:pets",
            [("R", Value::reference("AWS::Region"))],
        ),
        Value::if_(
            "IsProd",
            Value::get_att("Prod", "Arn"),
            Value::get_att("Dev", "Arn"),
        ),
    ];
    for arn in cases {
        let written = arn.to_json();
        assert_eq!(lambda_uri(arn), with_variable(written));
    }
    assert_eq!(
        lambda_uri(Value::find_in_map(
            "Functions",
            Value::reference("Stage"),
            "Arn"
        )),
        with_variable(json!({"Fn::FindInMap": ["Functions", {"Ref": "Stage"}, "Arn"]}))
    );
}

#[test]
fn http_proxy_passes_requests_to_the_url() {
    assert_eq!(
        built(Integration::http_proxy(
            HttpMethod::Any,
            "https://example.com/{proxy}"
        )),
        json!({"Type": "HTTP_PROXY", "IntegrationHttpMethod": "ANY", "Uri": "https://example.com/{proxy}"})
    );
    assert_eq!(
        built(Integration::http_proxy(
            HttpMethod::Get,
            Value::sub("https://${Host}/pets")
        ))["Uri"],
        json!({"Fn::Sub": "https://${Host}/pets"})
    );
}

#[test]
fn aws_service_builds_the_path_and_action_forms() {
    let action = built(
        Integration::aws_service(HttpMethod::Post, "sqs", ServiceApi::action("SendMessage"))
            .credentials(Value::get_att("ApiRole", "Arn")),
    );
    assert_eq!(
        action,
        json!({
            "Type": "AWS",
            "IntegrationHttpMethod": "POST",
            "Uri": {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:sqs:action/SendMessage"},
            "Credentials": {"Fn::GetAtt": ["ApiRole", "Arn"]},
        })
    );
    let path = built(Integration::aws_service(
        HttpMethod::Get,
        "s3",
        ServiceApi::path("/${Bucket}/{key}"),
    ));
    assert_eq!(
        path["Uri"],
        json!({"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:s3:path/${Bucket}/{key}"})
    );
    let subdomain = built(Integration::aws_service(
        HttpMethod::Post,
        "my-stream.kinesis",
        ServiceApi::action("PutRecord"),
    ));
    assert_eq!(
        subdomain["Uri"],
        json!({"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:my-stream.kinesis:action/PutRecord"})
    );
}

#[test]
fn mock_answers_200() {
    assert_eq!(
        built(Integration::mock()),
        json!({
            "Type": "MOCK",
            "RequestTemplates": {"application/json": "{\"statusCode\": 200}"},
            "IntegrationResponses": [{"StatusCode": "200"}],
        })
    );
}

#[test]
fn private_http_goes_over_the_vpc_link() {
    assert_eq!(
        built(Integration::private_http(
            HttpMethod::Get,
            "http://internal.example.com/pets",
            Value::reference("VpcLink")
        )),
        json!({
            "Type": "HTTP_PROXY",
            "IntegrationHttpMethod": "GET",
            "Uri": "http://internal.example.com/pets",
            "ConnectionType": "VPC_LINK",
            "ConnectionId": {"Ref": "VpcLink"},
        })
    );
}

#[test]
fn constructors_return_builders_that_still_check_what_is_added() {
    let report = Integration::lambda_proxy(Value::get_att("Fn", "Arn"))
        .timeout_in_millis(10)
        .cache_key_parameters("method.request.path.id")
        .build_with(&CheckContext::new().with_method_request_parameters(["method.request.path.id"]))
        .expect_err("timeout too low");
    let found: Vec<_> = report.iter().map(|p| (p.path(), p.rule())).collect();
    assert_eq!(found, [("/TimeoutInMillis", "integration-timeout-minimum")]);

    let changed = Integration::mock()
        .r#type(IntegrationType::Http)
        .build()
        .expect_err("HTTP needs more");
    let rules: Vec<_> = changed.iter().map(|p| p.rule()).collect();
    assert_eq!(
        rules,
        [
            "integration-http-method-required",
            "integration-uri-required"
        ]
    );
}

#[test]
fn constructors_write_yaml_and_pretty_json() {
    let integration = Integration::mock().build().expect("valid");
    assert_eq!(
        integration.to_yaml_string(),
        "IntegrationResponses:\n  - StatusCode: \"200\"\nRequestTemplates:\n  application/json: \"{\\\"statusCode\\\": 200}\"\nType: MOCK\n"
    );
    assert_eq!(
        integration.to_json_string(),
        "{\n  \"IntegrationResponses\": [\n    {\n      \"StatusCode\": \"200\"\n    }\n  ],\n  \"RequestTemplates\": {\n    \"application/json\": \"{\\\"statusCode\\\": 200}\"\n  },\n  \"Type\": \"MOCK\"\n}"
    );
}
