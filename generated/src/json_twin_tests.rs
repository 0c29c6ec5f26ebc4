//! The JSON twin of the generated checkers, on the crate's own types.

use serde_json::json;

use crate::{CheckContext, Integration};

/// The JSON twin decides the usual valid Integrations itself, intrinsic functions included
/// (else `check` would pay for both), and is never sure of an Integration the checker finds
/// a problem in (debug builds also assert this in every `check`).
#[test]
fn the_json_twin_accepts_usual_integrations_and_nothing_the_checker_reports() {
    let lambda = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:F/invocations";
    let sub = json!({"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${F.Arn}/invocations"});
    let valid = [
        json!({"Type": "AWS_PROXY", "IntegrationHttpMethod": "POST", "Uri": lambda}),
        json!({"Type": "AWS_PROXY", "IntegrationHttpMethod": "POST", "Uri": sub}),
        json!({"Type": "AWS_PROXY", "IntegrationHttpMethod": "POST", "Uri": {"Fn::Join": ["", [
            "arn:aws:apigateway:", {"Ref": "AWS::Region"}, ":lambda:path/2015-03-31/functions/",
            {"Fn::GetAtt": ["F", "Arn"]}, "/invocations"]]}}),
        json!({"Type": "AWS_PROXY", "IntegrationHttpMethod": "POST", "Uri": {"Fn::If": ["C", sub, lambda]}}),
        json!({
            "Type": "HTTP", "IntegrationHttpMethod": "GET", "Uri": "https://example.com/{id}",
            "RequestParameters": {"integration.request.path.id": "method.request.path.id"},
            "CacheKeyParameters": ["method.request.path.id"], "TimeoutInMillis": 29000,
            "ConnectionType": "VPC_LINK", "ConnectionId": {"Ref": "Link"},
        }),
        json!({
            "Type": "AWS", "IntegrationHttpMethod": "POST",
            "Uri": "arn:aws:apigateway:us-east-1:sqs:path/123456789012/q",
            "Credentials": {"Fn::GetAtt": ["Role", "Arn"]},
            "RequestTemplates": {"application/json": "Action=SendMessage"},
            "IntegrationResponses": [
                {"StatusCode": "200", "ResponseTemplates": {"application/json": ""}},
                {"StatusCode": 500, "SelectionPattern": "5\\d{2}"},
            ],
        }),
        json!({"Type": "MOCK", "IntegrationResponses": [{
            "StatusCode": "204",
            "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'"},
        }]}),
    ];
    let context = CheckContext::default();
    for value in &valid {
        assert!(Integration::check(value).is_empty(), "{value}");
        assert!(Integration::accepts_json(&context, value), "{value}");
    }
    let invalid = [
        json!({"Type": "AWS_PROXY", "IntegrationHttpMethod": "GET", "Uri": sub}),
        json!({"Type": "AWS_PROXY", "IntegrationHttpMethod": "POST", "Uri": {"Fn::Sub": "arn:aws:lambda:${AWS::Region}:1:function:F"}}),
        json!({"Type": "HTTP", "IntegrationHttpMethod": "GET", "Uri": "https://x", "TimeoutInMillis": 10}),
        json!({"Type": "MOCK", "IntegrationResponses": [{"StatusCode": "600"}]}),
        json!({"Type": "MOCK", "IntegrationResponses": [{"StatusCode": {"Fn::Split": [",", "a"]}}]}),
        json!({"Type": "MOCK", "RequestTemplates": {"application/json": ["x"]}}),
        json!({"Type": "MOCK", "CacheKeyParameters": ["a", "a"]}),
        json!({"Type": "MOCK", "Extra": 1}),
    ];
    for value in &invalid {
        assert!(!Integration::check(value).is_empty(), "{value}");
        assert!(!Integration::accepts_json(&context, value), "{value}");
    }
}

/// The twin finds a repeated item of a list wherever the two are: among the first few it keeps
/// in place, beyond them, or one in each.
#[test]
fn the_json_twin_finds_repeated_items_in_long_lists() {
    let keys = |names: &[&str]| -> Vec<String> {
        names
            .iter()
            .map(|name| format!("method.request.path.{name}"))
            .collect()
    };
    let distinct: Vec<String> = keys(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]);
    let context = CheckContext::default();
    let with = |items: &[String]| json!({"Type": "MOCK", "CacheKeyParameters": items});
    assert!(Integration::accepts_json(&context, &with(&distinct)));
    for (first, second) in [(0, 3), (2, 9), (8, 10), (9, 10)] {
        let mut items = distinct.clone();
        items[second] = items[first].clone();
        let value = with(&items);
        assert!(!Integration::accepts_json(&context, &value), "{value}");
        assert_eq!(Integration::check(&value).len(), 1, "{value}");
    }
}
