//! Every rule of the spec, both ways: a value that passes and a value that fails, with the
//! exact JSON Pointer and rule id of each problem. Then intrinsic functions (never a false
//! alarm, but what can be checked is checked), many mistakes at once, and the rule catalog.

use std::collections::BTreeSet;

use cfn_apigateway_integration::{CheckContext, Integration, IntegrationResponse, RULES, Severity};
use serde_json::{Value, json};

const LAMBDA_URI: &str = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations";

/// `(pointer, rule id)` of every problem, in order.
fn problems(value: &Value) -> Vec<(String, String)> {
    problems_with(value, &CheckContext::default())
}

fn problems_with(value: &Value, context: &CheckContext) -> Vec<(String, String)> {
    Integration::check_with(value, context)
        .iter()
        .map(|p| (p.path().to_owned(), p.rule().to_owned()))
        .collect()
}

fn expect(path: &str, rule: &str) -> Vec<(String, String)> {
    vec![(path.to_owned(), rule.to_owned())]
}

/// Merges `extra` into a valid Lambda proxy integration.
fn lambda(extra: Value) -> Value {
    merge(
        json!({"Type": "AWS_PROXY", "IntegrationHttpMethod": "POST", "Uri": LAMBDA_URI}),
        extra,
    )
}

/// Merges `extra` into a valid HTTP integration.
fn http(extra: Value) -> Value {
    merge(
        json!({"Type": "HTTP", "IntegrationHttpMethod": "GET", "Uri": "https://example.com/pets"}),
        extra,
    )
}

fn merge(mut base: Value, extra: Value) -> Value {
    if let (Some(base), Value::Object(extra)) = (base.as_object_mut(), extra) {
        for (key, value) in extra {
            if value.is_null() {
                base.remove(&key);
            } else {
                base.insert(key, value);
            }
        }
    }
    base
}

/// One row of the table: the rule, a value it accepts, a value it rejects, and where.
struct Case {
    rule: &'static str,
    passes: Value,
    fails: Value,
    at: &'static str,
}

fn cases() -> Vec<Case> {
    vec![
        // 1. Type is required and one of the integration types.
        Case {
            rule: "integration-type-required",
            passes: json!({"Type": "MOCK"}),
            fails: json!({}),
            at: "/Type",
        },
        Case {
            rule: "integration-type-allowed-values",
            passes: json!({"Type": "MOCK"}),
            fails: json!({"Type": "LAMBDA"}),
            at: "/Type",
        },
        // 2. IntegrationHttpMethod: required unless MOCK; an HTTP method.
        Case {
            rule: "integration-http-method-required",
            passes: json!({"Type": "MOCK"}),
            fails: lambda(json!({"IntegrationHttpMethod": null})),
            at: "/IntegrationHttpMethod",
        },
        Case {
            rule: "integration-http-method-allowed-values",
            passes: http(json!({"IntegrationHttpMethod": "ANY"})),
            fails: http(json!({"IntegrationHttpMethod": "get"})),
            at: "/IntegrationHttpMethod",
        },
        // 3. Uri: required for HTTP/AWS types, ignored for MOCK, form per type.
        Case {
            rule: "integration-uri-required",
            passes: http(json!({})),
            fails: http(json!({"Uri": null})),
            at: "/Uri",
        },
        Case {
            rule: "integration-uri-mock",
            passes: json!({"Type": "MOCK"}),
            fails: json!({"Type": "MOCK", "Uri": "https://example.com"}),
            at: "/Uri",
        },
        Case {
            rule: "integration-uri-http-form",
            passes: http(json!({"Type": "HTTP_PROXY", "Uri": "http://example.com:8080/{proxy}"})),
            fails: http(json!({"Type": "HTTP_PROXY", "Uri": "example.com/pets"})),
            at: "/Uri",
        },
        Case {
            rule: "integration-uri-lambda-function-arn",
            passes: lambda(json!({})),
            fails: lambda(json!({"Uri": "arn:aws:lambda:us-east-1:123456789012:function:pets"})),
            at: "/Uri",
        },
        Case {
            rule: "integration-uri-aws-form",
            passes: lambda(
                json!({"Type": "AWS", "Uri": "arn:aws-cn:apigateway:cn-north-1:sqs:action/SendMessage"}),
            ),
            fails: lambda(json!({"Type": "AWS", "Uri": "https://sqs.us-east-1.amazonaws.com"})),
            at: "/Uri",
        },
        // 4. ConnectionType and ConnectionId.
        Case {
            rule: "integration-connection-type-allowed-values",
            passes: http(json!({"ConnectionType": "INTERNET"})),
            fails: http(json!({"ConnectionType": "VPC"})),
            at: "/ConnectionType",
        },
        Case {
            rule: "integration-connection-id-required",
            passes: http(json!({"ConnectionType": "VPC_LINK", "ConnectionId": "abc123"})),
            fails: http(json!({"ConnectionType": "VPC_LINK"})),
            at: "/ConnectionId",
        },
        Case {
            rule: "integration-connection-id-without-vpc-link",
            passes: http(json!({"ConnectionType": "VPC_LINK", "ConnectionId": "abc123"})),
            fails: http(json!({"ConnectionId": "abc123"})),
            at: "/ConnectionId",
        },
        // 5. ContentHandling.
        Case {
            rule: "integration-content-handling-allowed-values",
            passes: http(json!({"ContentHandling": "CONVERT_TO_TEXT"})),
            fails: http(json!({"ContentHandling": "CONVERT_TO_JSON"})),
            at: "/ContentHandling",
        },
        // 6. Credentials.
        Case {
            rule: "integration-credentials-form",
            passes: lambda(json!({"Credentials": "arn:aws:iam::*:user/*"})),
            fails: lambda(json!({"Credentials": "arn:aws:iam::123456789012:user/alice"})),
            at: "/Credentials",
        },
        // 7. PassthroughBehavior.
        Case {
            rule: "integration-passthrough-behavior-allowed-values",
            passes: http(json!({"PassthroughBehavior": "WHEN_NO_TEMPLATES"})),
            fails: http(json!({"PassthroughBehavior": "ALWAYS"})),
            at: "/PassthroughBehavior",
        },
        // 8. RequestParameters keys and values.
        Case {
            rule: "integration-request-parameters-key",
            passes: http(
                json!({"RequestParameters": {"integration.request.path.id": "method.request.path.id"}}),
            ),
            fails: http(
                json!({"RequestParameters": {"method.request.path.id": "method.request.path.id"}}),
            ),
            at: "/RequestParameters/method.request.path.id",
        },
        Case {
            rule: "integration-request-parameters-value",
            passes: http(
                json!({"RequestParameters": {"integration.request.header.Accept": "'application/json'"}}),
            ),
            fails: http(
                json!({"RequestParameters": {"integration.request.header.Accept": "application/json"}}),
            ),
            at: "/RequestParameters/integration.request.header.Accept",
        },
        // 9. RequestTemplates keys.
        Case {
            rule: "integration-request-templates-key",
            passes: http(json!({"RequestTemplates": {"application/json": "{}"}})),
            fails: http(json!({"RequestTemplates": {"json": "{}"}})),
            at: "/RequestTemplates/json",
        },
        // 10. TimeoutInMillis.
        Case {
            rule: "integration-timeout-minimum",
            passes: http(json!({"TimeoutInMillis": 50})),
            fails: http(json!({"TimeoutInMillis": 49})),
            at: "/TimeoutInMillis",
        },
        Case {
            rule: "integration-timeout-above-default-quota",
            passes: http(json!({"TimeoutInMillis": "29000"})),
            fails: http(json!({"TimeoutInMillis": 29001})),
            at: "/TimeoutInMillis",
        },
        // 11. CacheKeyParameters.
        Case {
            rule: "integration-cache-key-parameters-unique",
            passes: http(json!({"CacheKeyParameters": ["method.request.path.id"]})),
            fails: http(
                json!({"CacheKeyParameters": ["method.request.path.id", "method.request.path.id"]}),
            ),
            at: "/CacheKeyParameters/1",
        },
        // 12. No property outside the spec; the registry-only properties load.
        Case {
            rule: "integration-unknown-property",
            passes: lambda(
                json!({"ResponseTransferMode": "STREAM", "IntegrationTarget": "target"}),
            ),
            fails: lambda(json!({"Timeout": 50})),
            at: "/Timeout",
        },
        Case {
            rule: "integration-response-transfer-mode-allowed-values",
            passes: lambda(json!({"ResponseTransferMode": "BUFFERED"})),
            fails: lambda(json!({"ResponseTransferMode": "STREAMING"})),
            at: "/ResponseTransferMode",
        },
        // 13.-15. IntegrationResponse.
        Case {
            rule: "integration-response-status-code-required",
            passes: http(json!({"IntegrationResponses": [{"StatusCode": "200"}]})),
            fails: http(json!({"IntegrationResponses": [{"SelectionPattern": "5\\d{2}"}]})),
            at: "/IntegrationResponses/0/StatusCode",
        },
        Case {
            rule: "integration-response-status-code-form",
            passes: http(json!({"IntegrationResponses": [{"StatusCode": 404}]})),
            fails: http(
                json!({"IntegrationResponses": [{"StatusCode": "200"}, {"StatusCode": "2xx"}]}),
            ),
            at: "/IntegrationResponses/1/StatusCode",
        },
        Case {
            rule: "integration-response-content-handling-allowed-values",
            passes: http(
                json!({"IntegrationResponses": [{"StatusCode": "200", "ContentHandling": "CONVERT_TO_BINARY"}]}),
            ),
            fails: http(
                json!({"IntegrationResponses": [{"StatusCode": "200", "ContentHandling": "BINARY"}]}),
            ),
            at: "/IntegrationResponses/0/ContentHandling",
        },
        Case {
            rule: "integration-response-unknown-property",
            passes: http(json!({"IntegrationResponses": [{"StatusCode": "200"}]})),
            fails: http(json!({"IntegrationResponses": [{"StatusCode": "200", "Headers": {}}]})),
            at: "/IntegrationResponses/0/Headers",
        },
        Case {
            rule: "integration-response-parameters-key",
            passes: http(
                json!({"IntegrationResponses": [{"StatusCode": "200", "ResponseParameters": {"method.response.header.Location": "integration.response.body.redirect.url"}}]}),
            ),
            fails: http(
                json!({"IntegrationResponses": [{"StatusCode": "200", "ResponseParameters": {"Location": "integration.response.header.Location"}}]}),
            ),
            at: "/IntegrationResponses/0/ResponseParameters/Location",
        },
        Case {
            rule: "integration-response-parameters-value",
            passes: http(
                json!({"IntegrationResponses": [{"StatusCode": "200", "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'"}}]}),
            ),
            fails: http(
                json!({"IntegrationResponses": [{"StatusCode": "200", "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": "*"}}]}),
            ),
            at: "/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Origin",
        },
        Case {
            rule: "integration-response-templates-key",
            passes: http(
                json!({"IntegrationResponses": [{"StatusCode": "200", "ResponseTemplates": {"application/xml": ""}}]}),
            ),
            fails: http(
                json!({"IntegrationResponses": [{"StatusCode": "200", "ResponseTemplates": {"xml": ""}}]}),
            ),
            at: "/IntegrationResponses/0/ResponseTemplates/xml",
        },
        // 16. Lambda is invoked with POST only.
        Case {
            rule: "integration-lambda-http-method",
            passes: lambda(json!({})),
            fails: lambda(json!({"IntegrationHttpMethod": "GET"})),
            at: "/IntegrationHttpMethod",
        },
        // The runtime's own rules.
        Case {
            rule: "value-type",
            passes: http(json!({"TimeoutInMillis": "1000"})),
            fails: http(json!({"TimeoutInMillis": "a second"})),
            at: "/TimeoutInMillis",
        },
        Case {
            rule: "intrinsic-function",
            passes: lambda(json!({"Uri": {"Fn::GetAtt": ["Fn", "Arn"]}})),
            fails: lambda(json!({"Uri": {"Fn::GetAtt": "FnArn"}})),
            at: "/Uri/Fn::GetAtt",
        },
    ]
}

#[test]
fn every_rule_accepts_its_passing_value_and_reports_its_failing_value_at_the_pointer() {
    for case in cases() {
        assert_eq!(
            problems(&case.passes),
            vec![],
            "{} should accept {}",
            case.rule,
            case.passes
        );
        assert_eq!(
            problems(&case.fails),
            expect(case.at, case.rule),
            "{} should reject {}",
            case.rule,
            case.fails
        );
    }
}

#[test]
fn every_rule_of_the_catalog_is_tested_both_ways() {
    let tested: BTreeSet<&str> = cases()
        .iter()
        .map(|c| c.rule)
        .chain(["integration-cache-key-parameters-declared", "nesting-depth"])
        .collect();
    let catalog: BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(tested, catalog, "rules without a pass/fail case");
}

#[test]
fn severities_follow_the_spec() {
    let severity = |id: &str| RULES.iter().find(|r| r.id == id).map(|r| r.severity);
    for warning in [
        "integration-uri-mock",
        "integration-timeout-above-default-quota",
        "integration-lambda-http-method",
    ] {
        assert_eq!(severity(warning), Some(Severity::Warning), "{warning}");
    }
    assert_eq!(
        severity("integration-uri-lambda-function-arn"),
        Some(Severity::Error)
    );
    let report = Integration::check(&lambda(json!({"IntegrationHttpMethod": "GET"})));
    assert!(
        !report.has_errors() && report.warnings().count() == 1,
        "{report}"
    );
}

#[test]
fn cache_key_parameters_must_be_declared_on_the_method_when_the_context_says_so() {
    let value = http(
        json!({"CacheKeyParameters": ["method.request.path.id", "method.request.querystring.page"]}),
    );
    let context = CheckContext::new().with_method_request_parameters(["method.request.path.id"]);
    assert_eq!(
        problems_with(&value, &context),
        expect(
            "/CacheKeyParameters/1",
            "integration-cache-key-parameters-declared"
        )
    );
    let declared = CheckContext::new().with_method_request_parameters([
        "method.request.path.id",
        "method.request.querystring.page",
    ]);
    assert_eq!(problems_with(&value, &declared), vec![]);
    assert_eq!(
        problems(&value),
        vec![],
        "without the Method's parameters the rule cannot apply"
    );
    // A Method that declares no parameter: the message says so, rather than ending in `()`.
    let none = CheckContext::new().with_method_request_parameters(Vec::<String>::new());
    let report = Integration::check_with(&value, &none);
    let messages: Vec<&str> = report.iter().map(|p| p.message()).collect();
    assert_eq!(
        messages,
        [
            "\"method.request.path.id\" is not one of the Method's RequestParameters; cache key parameters must also be declared there (none)",
            "\"method.request.querystring.page\" is not one of the Method's RequestParameters; cache key parameters must also be declared there (none)",
        ]
    );
}

#[test]
fn messages_quote_the_bad_value_and_say_what_is_allowed() {
    let report = Integration::check(&json!({"Type": "LAMBDA"}));
    let message = report
        .iter()
        .next()
        .map(|p| p.message().to_owned())
        .unwrap_or_default();
    assert_eq!(
        message,
        "\"LAMBDA\" is not an integration type; allowed: AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK"
    );
    let report = Integration::check(&lambda(
        json!({"Uri": "arn:aws:lambda:us-east-1:123456789012:function:pets"}),
    ));
    assert_eq!(
        report.to_string(),
        "/Uri: error integration-uri-lambda-function-arn: \"arn:aws:lambda:us-east-1:123456789012:function:pets\" is a Lambda function ARN, not an integration URI; use arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations"
    );
}

#[test]
fn a_value_with_many_mistakes_reports_every_one() {
    let value = json!({
        "Type": "HTTP",
        "IntegrationHttpMethod": "FETCH",
        "Uri": "example.com",
        "ConnectionId": "abc",
        "Credentials": "role/api",
        "PassthroughBehavior": "SOMETIMES",
        "ContentHandling": "CONVERT_TO_JSON",
        "TimeoutInMillis": 10,
        "CacheKeyParameters": ["a", "a"],
        "RequestParameters": {"querystring.page": "'1'", "integration.request.header.X": "static"},
        "RequestTemplates": {"json": "{}"},
        "Timeout": 5,
        "IntegrationResponses": [
            {"StatusCode": "OK", "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": "*"}},
            {"ContentHandling": "BINARY", "ResponseTemplates": {"text": ""}}
        ]
    });
    let mut found = problems(&value);
    found.sort();
    let mut wanted: Vec<(String, String)> = [
        ("/IntegrationHttpMethod", "integration-http-method-allowed-values"),
        ("/Uri", "integration-uri-http-form"),
        ("/ConnectionId", "integration-connection-id-without-vpc-link"),
        ("/Credentials", "integration-credentials-form"),
        ("/PassthroughBehavior", "integration-passthrough-behavior-allowed-values"),
        ("/ContentHandling", "integration-content-handling-allowed-values"),
        ("/TimeoutInMillis", "integration-timeout-minimum"),
        ("/CacheKeyParameters/1", "integration-cache-key-parameters-unique"),
        ("/RequestParameters/querystring.page", "integration-request-parameters-key"),
        ("/RequestParameters/integration.request.header.X", "integration-request-parameters-value"),
        ("/RequestTemplates/json", "integration-request-templates-key"),
        ("/Timeout", "integration-unknown-property"),
        ("/IntegrationResponses/0/StatusCode", "integration-response-status-code-form"),
        ("/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Origin", "integration-response-parameters-value"),
        ("/IntegrationResponses/1/StatusCode", "integration-response-status-code-required"),
        ("/IntegrationResponses/1/ContentHandling", "integration-response-content-handling-allowed-values"),
        ("/IntegrationResponses/1/ResponseTemplates/text", "integration-response-templates-key"),
    ]
    .iter()
    .map(|(p, r)| (p.to_string(), r.to_string()))
    .collect();
    wanted.sort();
    assert_eq!(found, wanted);
    let error = Integration::from_value(&value).expect_err("many errors");
    assert_eq!(error.len(), 17);
}

// ----- intrinsic functions -----

#[test]
fn intrinsic_heavy_values_from_real_templates_load_clean() {
    let cdk_join_uri = json!({"Fn::Join": ["", [
        "arn:", {"Ref": "AWS::Partition"}, ":apigateway:", {"Ref": "AWS::Region"},
        ":lambda:path/2015-03-31/functions/", {"Fn::GetAtt": ["Handler886CB40B", "Arn"]}, "/invocations"
    ]]});
    let values = [
        lambda(json!({"Uri": cdk_join_uri, "ResponseTransferMode": "STREAM"})),
        lambda(
            json!({"Uri": {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"}}),
        ),
        lambda(
            json!({"Uri": {"Fn::Sub": ["arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Arn}/invocations", {"Arn": {"Ref": "FunctionArn"}}]}}),
        ),
        json!({"Type": {"Fn::If": ["UseMock", "MOCK", "HTTP_PROXY"]}, "IntegrationHttpMethod": "ANY", "Uri": {"Fn::If": ["UseMock", {"Ref": "AWS::NoValue"}, "https://example.com/{proxy}"]}}),
        http(
            json!({"Uri": {"Fn::Join": ["", ["http://", {"Fn::GetAtt": ["LoadBalancer", "DNSName"]}, ":8080/{proxy}"]]}, "ConnectionType": "VPC_LINK", "ConnectionId": {"Ref": "VpcLink"}}),
        ),
        http(json!({"Uri": "http://${stageVariables.backendHost}/pets"})),
        http(
            json!({"TimeoutInMillis": {"Ref": "Timeout"}, "Credentials": {"Fn::GetAtt": ["ApiRole", "Arn"]}, "CacheKeyParameters": {"Fn::Split": [",", {"Ref": "Keys"}]}}),
        ),
        http(
            json!({"Credentials": {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${RoleName}"}}),
        ),
        http(
            json!({"RequestParameters": {"integration.request.header.X-Groups": "context.authorizer.claims['cognito:groups']"}}),
        ),
        http(
            json!({"RequestParameters": {"integration.request.header.X-Id": {"Fn::Sub": "'${AWS::StackName}'"}}, "RequestTemplates": {"application/json": {"Fn::Sub": "{\"stage\": \"${Stage}\"}"}}}),
        ),
        http(
            json!({"IntegrationResponses": [{"StatusCode": "200"}, {"Fn::If": ["HasErrors", {"StatusCode": "500", "SelectionPattern": "Error.*"}, {"Ref": "AWS::NoValue"}]}]}),
        ),
        http(
            json!({"PassthroughBehavior": {"Fn::FindInMap": ["Settings", {"Ref": "Env"}, "Passthrough"]}, "Type": {"Fn::Select": [0, ["HTTP", "HTTP_PROXY"]]}}),
        ),
        lambda(
            json!({"Uri": {"Fn::ImportValue": "LambdaUri"}, "IntegrationHttpMethod": {"Ref": "Method"}}),
        ),
    ];
    for value in values {
        let report = Integration::check(&value);
        assert!(report.is_empty(), "{value}\n{report}");
        let loaded = Integration::from_value(&value).expect("loads");
        assert_eq!(loaded.to_json(), value);
    }
}

#[test]
fn what_can_be_checked_behind_intrinsics_is_checked() {
    // A Lambda function ARN through Fn::Sub is still the classic mistake.
    let sub_arn = lambda(
        json!({"Uri": {"Fn::Sub": "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}"}}),
    );
    assert_eq!(
        problems(&sub_arn),
        expect("/Uri", "integration-uri-lambda-function-arn")
    );
    // Each branch of Fn::If is checked at its own pointer.
    let branches = json!({"Type": {"Fn::If": ["C", "MOCK", "PROXY"]}});
    assert_eq!(
        problems(&branches),
        expect("/Type/Fn::If/2", "integration-type-allowed-values")
    );
    // The known text of Fn::Join is checked.
    let join = http(json!({"Uri": {"Fn::Join": ["", ["ftp://", {"Ref": "Host"}]]}}));
    assert_eq!(problems(&join), expect("/Uri", "integration-uri-http-form"));
    // A Sub whose literal skeleton cannot be a URL is reported.
    let sub_url = http(json!({"Uri": {"Fn::Sub": "${Host}/pets"}}));
    assert_eq!(problems(&sub_url), vec![], "the hole may hold the scheme");
    // An object that is not a known intrinsic is an error where a string belongs.
    let unknown = http(json!({"Uri": {"Fn::Concat": ["a", "b"]}}));
    assert_eq!(
        problems(&unknown),
        expect("/Uri/Fn::Concat", "intrinsic-function")
    );
    let not_intrinsic = http(json!({"Uri": {"Url": "https://example.com"}}));
    assert_eq!(problems(&not_intrinsic), expect("/Uri", "value-type"));
    // A list-valued function where a string belongs.
    let split = http(json!({"Uri": {"Fn::Split": [",", "a,b"]}}));
    assert_eq!(problems(&split), expect("/Uri", "intrinsic-function"));
}

/// A hole of any text is walked over the form's DFA exactly: a skeleton is reported when no
/// text in its holes can make it match. (Before the forms were DFAs, an any-text hole could
/// also step back into a fixed text of the form, so these passed.)
#[test]
fn a_skeleton_no_filling_can_make_valid_is_reported() {
    for credentials in [
        // The caller-passthrough text is exact, and a role ARN's account is digits.
        json!({"Fn::Sub": "arn:aws:iam::*:user/*${stageVariables.v}/*"}),
        // A role name cannot hold `:`, which the delimiter puts after the role.
        json!({"Fn::Join": [":", [{"Ref": "P"}, 381, {"Fn::GetAtt": ["A", "Arn"]}, {"Fn::GetAtt": ["A", "Arn"]}]]}),
        json!({"Fn::Join": ["", [{"Ref": "P"}, ":role/", {"Ref": "P"}, ":role/", {"Ref": "P"}]]}),
    ] {
        let value = lambda(json!({"Credentials": credentials}));
        assert_eq!(
            problems(&value),
            expect("/Credentials", "integration-credentials-form"),
            "{credentials}"
        );
    }
    // Where some filling is valid, nothing is said.
    for credentials in [
        json!({"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${RoleName}"}),
        json!({"Fn::Join": ["", [{"Ref": "P"}, ":role/", {"Ref": "Name"}]]}),
        json!({"Fn::GetAtt": ["Role", "Arn"]}),
    ] {
        let value = lambda(json!({"Credentials": credentials}));
        assert_eq!(problems(&value), vec![], "{credentials}");
    }
}

#[test]
fn cross_property_rules_do_not_fire_on_values_hidden_behind_intrinsics() {
    for value in [
        json!({"Type": {"Ref": "IntegrationType"}}),
        json!({"Type": {"Fn::If": ["C", "MOCK", "HTTP"]}, "Uri": "https://example.com", "IntegrationHttpMethod": "GET"}),
        json!({"Type": "HTTP", "IntegrationHttpMethod": "GET", "Uri": "https://example.com", "ConnectionType": {"Ref": "Connection"}, "ConnectionId": "abc"}),
        lambda(json!({"Uri": {"Fn::Sub": "${LambdaUri}"}, "IntegrationHttpMethod": "GET"})),
        json!({"Type": "MOCK", "Uri": {"Fn::If": ["C", "https://example.com", {"Ref": "AWS::NoValue"}]}}),
    ] {
        let report = Integration::check(&value);
        assert!(report.is_empty(), "{value}\n{report}");
    }
}

#[test]
fn no_value_in_a_branch_means_absent() {
    let value =
        http(json!({"Uri": {"Fn::If": ["C", "https://example.com", {"Ref": "AWS::NoValue"}]}}));
    assert_eq!(
        problems(&value),
        vec![],
        "present in one branch: the requirement may hold"
    );
    let mock =
        json!({"Type": "MOCK", "Uri": {"Fn::If": ["C", "https://a.example", "https://b.example"]}});
    assert_eq!(
        problems(&mock),
        expect("/Uri", "integration-uri-mock"),
        "present in every branch"
    );
}

#[test]
fn malformed_intrinsics_are_reported_with_their_expected_form() {
    // An empty logical id or attribute (`!GetAtt a.` reads as `["a", ""]`).
    for get_att in [
        json!(["Fn", ""]),
        json!(["", "Arn"]),
        json!("Fn."),
        json!(".Arn"),
        json!(""),
    ] {
        let value = http(json!({"Uri": {"Fn::GetAtt": get_att}}));
        assert_eq!(
            problems(&value),
            expect("/Uri/Fn::GetAtt", "intrinsic-function"),
            "{get_att}"
        );
    }
    for get_att in [
        json!(["Fn", "Arn"]),
        json!("Db.Endpoint.Address"),
        json!(["Fn", {"Ref": "Attribute"}]),
    ] {
        let value = http(json!({"Uri": {"Fn::GetAtt": get_att}}));
        assert_eq!(problems(&value), vec![], "{get_att}");
    }
    let report = Integration::check(&http(json!({"Uri": {"Fn::Join": ["", "not a list"]}})));
    let problem = report.iter().next().expect("a problem");
    assert_eq!(
        (problem.path(), problem.rule()),
        ("/Uri/Fn::Join", "intrinsic-function")
    );
    assert!(
        problem
            .message()
            .contains("Fn::Join takes [delimiter, [values]]"),
        "{problem}"
    );
}

#[test]
fn integration_responses_check_on_their_own_too() {
    let report = IntegrationResponse::check(&json!({"StatusCode": "600"}));
    let found: Vec<_> = report.iter().map(|p| (p.path(), p.rule())).collect();
    assert_eq!(
        found,
        [("/StatusCode", "integration-response-status-code-form")]
    );
}

#[test]
fn an_integration_that_is_not_an_object_is_one_clear_problem() {
    for value in [
        json!(null),
        json!("MOCK"),
        json!([{"Type": "MOCK"}]),
        json!({"Ref": "Integration"}),
    ] {
        let found = problems(&value);
        assert_eq!(found.len(), 1, "{value}: {found:?}");
        assert_eq!(found[0].0, "", "{value}");
    }
}

#[test]
fn ref_no_value_written_directly_means_absent() {
    let required = http(json!({"Uri": {"Ref": "AWS::NoValue"}}));
    assert_eq!(
        problems(&required),
        expect("/Uri", "integration-uri-required")
    );
    let forbidden = json!({"Type": "MOCK", "Uri": {"Ref": "AWS::NoValue"}});
    assert_eq!(problems(&forbidden), vec![]);
}
