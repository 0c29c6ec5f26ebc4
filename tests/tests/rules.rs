//! Every rule of the spec, both ways: a value that passes and a value that fails, with the
//! exact JSON Pointer and rule id of each problem. Then intrinsic functions (never a false
//! alarm, but what can be checked is checked), many mistakes at once, and the rule catalog.

use std::collections::BTreeSet;

use cfn_apigateway_integration::{
    CheckContext, Integration, IntegrationResponse, Method, RULES, Severity, Template,
};
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
        // 12. Streaming: proxies only, and up to 15 minutes (the 29,000 ms quota does not apply).
        Case {
            rule: "integration-response-transfer-mode-stream-type",
            passes: lambda(json!({"ResponseTransferMode": "STREAM"})),
            fails: http(json!({"ResponseTransferMode": "STREAM"})),
            at: "/ResponseTransferMode",
        },
        Case {
            rule: "integration-timeout-stream-maximum",
            passes: lambda(json!({"ResponseTransferMode": "STREAM", "TimeoutInMillis": 900_000})),
            fails: lambda(json!({"ResponseTransferMode": "STREAM", "TimeoutInMillis": 900_001})),
            at: "/TimeoutInMillis",
        },
        Case {
            rule: "literal-no-value",
            passes: http(json!({"CacheNamespace": {"Ref": "AWS::NoValue"}})),
            fails: http(json!({"CacheNamespace": "AWS::NoValue"})),
            at: "/CacheNamespace",
        },
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

/// Merges `extra` into a valid Method (`null` removes a property).
fn method(extra: Value) -> Value {
    merge(
        json!({
            "HttpMethod": "GET",
            "RestApiId": {"Ref": "Api"},
            "ResourceId": {"Fn::GetAtt": ["Api", "RootResourceId"]},
            "AuthorizationType": "NONE",
        }),
        extra,
    )
}

/// A MOCK integration answering 200 with a CORS header, and a MethodResponse `declared` by it.
fn cors(declared: Value) -> Value {
    method(json!({
        "HttpMethod": "OPTIONS",
        "Integration": {
            "Type": "MOCK",
            "RequestTemplates": {"application/json": "{\"statusCode\": 200}"},
            "IntegrationResponses": [{
                "StatusCode": "200",
                "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'"},
            }],
        },
        "MethodResponses": [{"StatusCode": "200", "ResponseParameters": declared}],
    }))
}

/// An SQS integration whose errors (`SelectionPattern`) answer 400, and the Method's
/// responses `codes`.
fn sqs(codes: &[&str]) -> Value {
    let responses: Vec<Value> = codes.iter().map(|c| json!({"StatusCode": c})).collect();
    method(json!({
        "HttpMethod": "POST",
        "Integration": {
            "Type": "AWS",
            "IntegrationHttpMethod": "POST",
            "Uri": {"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:sqs:path/${AWS::AccountId}/orders"},
            "IntegrationResponses": [
                {"StatusCode": 200},
                {"StatusCode": "400", "SelectionPattern": "4\\d{2}"},
            ],
        },
        "MethodResponses": responses,
    }))
}

/// An HTTP proxy of `{proxy+}` that maps the path, and the Method's `RequestParameters`.
fn proxy(declared: Value) -> Value {
    method(json!({
        "HttpMethod": "ANY",
        "RequestParameters": declared,
        "Integration": {
            "Type": "HTTP_PROXY",
            "IntegrationHttpMethod": "ANY",
            "Uri": "https://backend.example.com/{proxy}",
            "RequestParameters": {
                "integration.request.path.proxy": "method.request.path.proxy",
                "integration.request.header.X-Stage": "stageVariables.stage",
                "integration.request.querystring.body": "method.request.body.id",
            },
        },
    }))
}

/// The proxy of [`proxy`] with its path declared, caching by `keys`.
fn cache_keys(keys: &[&str]) -> Value {
    let mut value = proxy(json!({"method.request.path.proxy": true}));
    value["Integration"]["CacheKeyParameters"] = json!(keys);
    value
}

/// The rules of a Method, of its MethodResponses, and those between a Method and its
/// Integration, checked on whole Methods.
fn method_cases() -> Vec<Case> {
    vec![
        Case {
            rule: "method-unknown-property",
            passes: method(json!({"OperationName": "ListPets"})),
            fails: method(json!({"Name": "ListPets"})),
            at: "/Name",
        },
        Case {
            rule: "method-http-method-required",
            passes: method(json!({})),
            fails: method(json!({"HttpMethod": null})),
            at: "/HttpMethod",
        },
        Case {
            rule: "method-http-method-allowed-values",
            passes: method(json!({"HttpMethod": "ANY"})),
            fails: method(json!({"HttpMethod": "FETCH"})),
            at: "/HttpMethod",
        },
        Case {
            rule: "method-rest-api-id-required",
            passes: method(json!({})),
            fails: method(json!({"RestApiId": null})),
            at: "/RestApiId",
        },
        Case {
            rule: "method-resource-id-required",
            passes: method(json!({})),
            fails: method(json!({"ResourceId": null})),
            at: "/ResourceId",
        },
        Case {
            rule: "method-authorization-type-allowed-values",
            passes: method(json!({"AuthorizationType": "AWS_IAM"})),
            fails: method(json!({"AuthorizationType": "IAM"})),
            at: "/AuthorizationType",
        },
        Case {
            rule: "method-authorizer-id-required",
            passes: method(
                json!({"AuthorizationType": "CUSTOM", "AuthorizerId": {"Ref": "TokenAuthorizer"}}),
            ),
            fails: method(json!({"AuthorizationType": "COGNITO_USER_POOLS"})),
            at: "/AuthorizerId",
        },
        Case {
            rule: "method-authorizer-id-unused",
            passes: method(json!({"AuthorizationType": "AWS_IAM"})),
            fails: method(
                json!({"AuthorizationType": "AWS_IAM", "AuthorizerId": {"Ref": "TokenAuthorizer"}}),
            ),
            at: "/AuthorizerId",
        },
        Case {
            rule: "method-authorization-scopes-without-cognito",
            passes: method(json!({
                "AuthorizationType": "COGNITO_USER_POOLS",
                "AuthorizerId": {"Ref": "UserPoolAuthorizer"},
                "AuthorizationScopes": ["pets/read"],
            })),
            fails: method(json!({
                "AuthorizationType": "CUSTOM",
                "AuthorizerId": {"Ref": "TokenAuthorizer"},
                "AuthorizationScopes": ["pets/read"],
            })),
            at: "/AuthorizationScopes",
        },
        Case {
            rule: "method-request-parameters-key",
            passes: method(
                json!({"RequestParameters": {"method.request.multivalueheader.X-Ids": "true"}}),
            ),
            fails: method(json!({"RequestParameters": {"method.request.path": true}})),
            at: "/RequestParameters/method.request.path",
        },
        Case {
            rule: "method-request-models-key",
            passes: method(
                json!({"RequestModels": {"$default": "Empty", "application/json": {"Ref": "PetModel"}}}),
            ),
            fails: method(json!({"RequestModels": {"json": "Empty"}})),
            at: "/RequestModels/json",
        },
        Case {
            rule: "method-responses-status-code-unique",
            passes: method(
                json!({"MethodResponses": [{"StatusCode": "200"}, {"StatusCode": "500"}]}),
            ),
            fails: method(json!({"MethodResponses": [{"StatusCode": "200"}, {"StatusCode": 200}]})),
            at: "/MethodResponses/1/StatusCode",
        },
        Case {
            rule: "method-response-unknown-property",
            passes: method(
                json!({"MethodResponses": [{"StatusCode": "200", "ResponseModels": {"application/json": "Empty"}}]}),
            ),
            fails: method(json!({"MethodResponses": [{"StatusCode": "200", "Headers": {}}]})),
            at: "/MethodResponses/0/Headers",
        },
        Case {
            rule: "method-response-status-code-required",
            passes: method(json!({"MethodResponses": [{"StatusCode": 204}]})),
            fails: method(
                json!({"MethodResponses": [{"ResponseModels": {"application/json": "Empty"}}]}),
            ),
            at: "/MethodResponses/0/StatusCode",
        },
        Case {
            rule: "method-response-status-code-form",
            passes: method(json!({"MethodResponses": [{"StatusCode": "599"}]})),
            fails: method(json!({"MethodResponses": [{"StatusCode": "2XX"}]})),
            at: "/MethodResponses/0/StatusCode",
        },
        Case {
            rule: "method-response-parameters-key",
            passes: method(
                json!({"MethodResponses": [{"StatusCode": "200", "ResponseParameters": {"method.response.header.Location": false}}]}),
            ),
            fails: method(
                json!({"MethodResponses": [{"StatusCode": "200", "ResponseParameters": {"Location": false}}]}),
            ),
            at: "/MethodResponses/0/ResponseParameters/Location",
        },
        Case {
            rule: "method-response-models-key",
            passes: method(
                json!({"MethodResponses": [{"StatusCode": "200", "ResponseModels": {"$default": "Empty"}}]}),
            ),
            fails: method(
                json!({"MethodResponses": [{"StatusCode": "200", "ResponseModels": {"Empty": "Empty"}}]}),
            ),
            at: "/MethodResponses/0/ResponseModels/Empty",
        },
        // Between the Integration and its Method.
        Case {
            rule: "integration-request-parameters-declared",
            passes: proxy(json!({"method.request.path.proxy": true})),
            fails: proxy(json!({"method.request.path.id": true})),
            at: "/Integration/RequestParameters/integration.request.path.proxy",
        },
        Case {
            rule: "integration-cache-key-parameters-declared",
            passes: cache_keys(&["method.request.path.proxy"]),
            fails: cache_keys(&["method.request.querystring.page"]),
            at: "/Integration/CacheKeyParameters/0",
        },
        Case {
            rule: "integration-response-parameters-declared",
            passes: cors(json!({"method.response.header.Access-Control-Allow-Origin": true})),
            fails: cors(json!({"method.response.header.Access-Control-Allow-Headers": true})),
            at: "/Integration/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Origin",
        },
        Case {
            rule: "integration-response-without-method-response",
            passes: sqs(&["200", "400"]),
            fails: sqs(&["200"]),
            at: "/Integration/IntegrationResponses/1/StatusCode",
        },
    ]
}

fn method_problems(value: &Value) -> Vec<(String, String)> {
    Method::check(value)
        .iter()
        .map(|p| (p.path().to_owned(), p.rule().to_owned()))
        .collect()
}

#[test]
fn every_method_rule_accepts_its_passing_method_and_reports_its_failing_method_at_the_pointer() {
    for case in method_cases() {
        assert_eq!(
            method_problems(&case.passes),
            vec![],
            "{} should accept {:#}",
            case.rule,
            case.passes
        );
        assert_eq!(
            method_problems(&case.fails),
            expect(case.at, case.rule),
            "{} should reject {:#}",
            case.rule,
            case.fails
        );
    }
}

/// A valid resource of `type_name` whose `properties` are `valid`, and each rule that breaks
/// when one property (`removed`) is taken out of them, or out of the object at `within`.
struct ResourceCase {
    type_name: &'static str,
    valid: Value,
    /// `(rule, the property's pointer within the properties)`.
    rules: Vec<(&'static str, &'static str)>,
}

/// The rules of the resource types other than the Method, each with a valid resource that
/// passes and the same resource without the property that fails.
fn resource_cases() -> Vec<ResourceCase> {
    let api = json!({"Ref": "Api"});
    let case = |type_name, valid: Value, rules: &[(&'static str, &'static str)]| ResourceCase {
        type_name,
        valid,
        rules: rules.to_vec(),
    };
    vec![
        case(
            "AWS::ApiGateway::Authorizer",
            json!({"Name": "auth", "RestApiId": api, "Type": "TOKEN", "AuthorizerUri": LAMBDA_URI,
                   "IdentitySource": "method.request.header.Authorization"}),
            &[
                ("authorizer-name-required", "/Name"),
                ("authorizer-rest-api-id-required", "/RestApiId"),
                ("authorizer-type-required", "/Type"),
                ("authorizer-authorizer-uri-required", "/AuthorizerUri"),
                ("authorizer-identity-source-required", "/IdentitySource"),
            ],
        ),
        case(
            "AWS::ApiGateway::Authorizer",
            json!({"Name": "auth", "RestApiId": api, "Type": "COGNITO_USER_POOLS",
                   "IdentitySource": "method.request.header.Authorization",
                   "ProviderARNs": ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc"]}),
            &[("authorizer-provider-arns-required", "/ProviderARNs")],
        ),
        case(
            "AWS::ApiGateway::BasePathMapping",
            json!({"DomainName": "api.example.com"}),
            &[("base-path-mapping-domain-name-required", "/DomainName")],
        ),
        case(
            "AWS::ApiGateway::Deployment",
            json!({"RestApiId": api}),
            &[("deployment-rest-api-id-required", "/RestApiId")],
        ),
        case(
            "AWS::ApiGateway::DocumentationPart",
            json!({"Location": {"Type": "API"}, "Properties": "{\"description\": \"pets\"}", "RestApiId": api}),
            &[
                ("documentation-part-location-required", "/Location"),
                ("documentation-part-properties-required", "/Properties"),
                ("documentation-part-rest-api-id-required", "/RestApiId"),
            ],
        ),
        case(
            "AWS::ApiGateway::DocumentationVersion",
            json!({"DocumentationVersion": "1.0", "RestApiId": api}),
            &[
                (
                    "documentation-version-documentation-version-required",
                    "/DocumentationVersion",
                ),
                ("documentation-version-rest-api-id-required", "/RestApiId"),
            ],
        ),
        case(
            "AWS::ApiGateway::GatewayResponse",
            json!({"ResponseType": "DEFAULT_4XX", "RestApiId": api}),
            &[
                ("gateway-response-response-type-required", "/ResponseType"),
                ("gateway-response-rest-api-id-required", "/RestApiId"),
            ],
        ),
        case(
            "AWS::ApiGateway::Model",
            json!({"RestApiId": api, "ContentType": "application/json"}),
            &[("model-rest-api-id-required", "/RestApiId")],
        ),
        case(
            "AWS::ApiGateway::RequestValidator",
            json!({"RestApiId": api, "ValidateRequestBody": true}),
            &[("request-validator-rest-api-id-required", "/RestApiId")],
        ),
        case(
            "AWS::ApiGateway::Resource",
            json!({"ParentId": {"Fn::GetAtt": ["Api", "RootResourceId"]}, "PathPart": "pets", "RestApiId": api}),
            &[
                ("resource-parent-id-required", "/ParentId"),
                ("resource-path-part-required", "/PathPart"),
                ("resource-rest-api-id-required", "/RestApiId"),
            ],
        ),
        case(
            "AWS::ApiGateway::Stage",
            json!({"RestApiId": api, "DeploymentId": "abc123",
                   "MethodSettings": [{"HttpMethod": "*", "ResourcePath": "/*", "MetricsEnabled": true}]}),
            &[
                ("stage-rest-api-id-required", "/RestApiId"),
                ("stage-deployment-id-required", "/DeploymentId"),
                (
                    "stage-method-setting-http-method-required",
                    "/MethodSettings/0/HttpMethod",
                ),
                (
                    "stage-method-setting-resource-path-required",
                    "/MethodSettings/0/ResourcePath",
                ),
            ],
        ),
        case(
            "AWS::ApiGateway::UsagePlanKey",
            json!({"KeyId": "key", "KeyType": "API_KEY", "UsagePlanId": "plan"}),
            &[
                ("usage-plan-key-key-id-required", "/KeyId"),
                ("usage-plan-key-key-type-required", "/KeyType"),
                ("usage-plan-key-usage-plan-id-required", "/UsagePlanId"),
            ],
        ),
        case(
            "AWS::ApiGateway::VpcLink",
            json!({"Name": "link", "TargetArns": ["arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/nlb/abc"]}),
            &[
                ("vpc-link-name-required", "/Name"),
                ("vpc-link-target-arns-required", "/TargetArns"),
            ],
        ),
    ]
}

/// `(pointer, rule id)` of every finding of a template of one resource `R` with `properties`.
fn resource_problems(type_name: &str, properties: &Value) -> Vec<(String, String)> {
    let template = json!({"Resources": {
        "R": {"Type": type_name, "Properties": properties},
        "Api": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "api"}}
    }});
    Template::from_value(template)
        .expect("a mapping")
        .check()
        .iter()
        .map(|f| (f.path().to_owned(), f.rule().to_owned()))
        .collect()
}

#[test]
fn every_resource_rule_accepts_its_valid_resource_and_reports_the_resource_without_its_property() {
    for case in resource_cases() {
        assert_eq!(
            resource_problems(case.type_name, &case.valid),
            vec![],
            "{:#}",
            case.valid
        );
        for (rule, at) in &case.rules {
            let mut fails = case.valid.clone();
            let (parent, property) = at.rsplit_once('/').expect("a pointer");
            let object = fails.pointer_mut(parent).and_then(Value::as_object_mut);
            object.expect("the property's object").remove(property);
            assert_eq!(
                resource_problems(case.type_name, &fails),
                expect(&format!("/Resources/R/Properties{at}"), rule),
                "{rule} should reject {fails:#}"
            );
        }
    }
}

#[test]
fn every_rule_of_the_catalog_is_tested_both_ways() {
    let resource_cases = resource_cases();
    let tested: BTreeSet<&str> = cases()
        .iter()
        .chain(&method_cases())
        .map(|c| c.rule)
        .chain(
            resource_cases
                .iter()
                .flat_map(|c| c.rules.iter().map(|(rule, _)| *rule)),
        )
        .chain(["nesting-depth"])
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

#[test]
fn seams_skip_what_intrinsics_hide_and_check_each_branch_of_fn_if() {
    // Declared in both branches of an Fn::If: fine. In one branch only: the union is what
    // either declares, so no branch is reported for what the other declares.
    let both = proxy(
        json!({"Fn::If": ["Prod", {"method.request.path.proxy": true}, {"method.request.path.proxy": false}]}),
    );
    assert_eq!(method_problems(&both), vec![]);
    let one = proxy(
        json!({"Fn::If": ["Prod", {"method.request.path.proxy": true}, {"Ref": "AWS::NoValue"}]}),
    );
    assert_eq!(method_problems(&one), vec![]);
    let neither = proxy(
        json!({"Fn::If": ["Prod", {"method.request.path.id": true}, {"Ref": "AWS::NoValue"}]}),
    );
    assert_eq!(
        method_problems(&neither),
        expect(
            "/Integration/RequestParameters/integration.request.path.proxy",
            "integration-request-parameters-declared"
        )
    );
    // Parameters another function computes are unknown: nothing is said.
    let hidden = proxy(json!({"Fn::Transform": {"Name": "AWS::Include"}}));
    assert_eq!(method_problems(&hidden), vec![]);
    // A source behind an intrinsic is not checked either.
    let mut sub = proxy(json!({}));
    sub["Integration"]["RequestParameters"]["integration.request.path.proxy"] =
        json!({"Fn::Sub": "method.request.path.${Name}"});
    assert_eq!(method_problems(&sub), vec![]);
    // A status code hidden behind Ref selects no set of headers.
    let mut status = cors(json!({}));
    status["Integration"]["IntegrationResponses"][0]["StatusCode"] = json!({"Ref": "Code"});
    assert_eq!(method_problems(&status), vec![]);
    // MethodResponses behind an intrinsic: unknown, nothing is said.
    let mut responses = sqs(&[]);
    responses["MethodResponses"] =
        json!({"Fn::If": ["C", [{"StatusCode": "200"}], {"Fn::Transform": {"Name": "M"}}]});
    assert_eq!(method_problems(&responses), vec![]);
}

#[test]
fn duplicate_method_responses_are_one_warning_and_declare_their_union() {
    let value = method(json!({
        "HttpMethod": "OPTIONS",
        "Integration": {
            "Type": "MOCK",
            "IntegrationResponses": [{
                "StatusCode": 200,
                "SelectionPattern": "",
                "ResponseParameters": {
                    "method.response.header.Access-Control-Allow-Origin": "'*'",
                    "method.response.header.Access-Control-Allow-Methods": "'GET'",
                },
            }],
        },
        "MethodResponses": [
            {"StatusCode": "200", "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": true}},
            {"StatusCode": 200, "ResponseParameters": {"method.response.header.Access-Control-Allow-Methods": true}},
        ],
    }));
    assert_eq!(
        method_problems(&value),
        expect(
            "/MethodResponses/1/StatusCode",
            "method-responses-status-code-unique"
        )
    );
}

#[test]
fn no_method_response_at_all_is_what_api_gateway_refuses_for_a_mapped_header() {
    let value = merge(cors(json!({})), json!({"MethodResponses": null}));
    let report = Method::check(&value);
    let found: Vec<_> = report.iter().map(|p| (p.rule(), p.message())).collect();
    assert_eq!(
        found,
        [(
            "integration-response-parameters-declared",
            "\"method.response.header.Access-Control-Allow-Origin\" is not declared in the ResponseParameters of the Method's MethodResponse with this StatusCode, and API Gateway refuses to map it (\"Invalid mapping expression specified\"); declare it there (declared: none)"
        )]
    );
}

#[test]
fn proxy_integrations_without_method_responses_and_streams_up_to_15_minutes_are_fine() {
    // The proxy types pass the backend's response through: no MethodResponse is needed.
    let mut lambda_proxy = method(json!({"HttpMethod": "ANY"}));
    lambda_proxy["Integration"] = lambda(json!({
        "IntegrationResponses": [{"StatusCode": "200", "SelectionPattern": ".*"}],
        "ResponseTransferMode": "STREAM",
        "TimeoutInMillis": 300_000,
    }));
    assert_eq!(method_problems(&lambda_proxy), vec![]);
    // A buffered one still gets the quota warning.
    lambda_proxy["Integration"]["ResponseTransferMode"] = json!("BUFFERED");
    assert_eq!(
        method_problems(&lambda_proxy),
        expect(
            "/Integration/TimeoutInMillis",
            "integration-timeout-above-default-quota"
        )
    );
}

#[test]
fn literal_no_value_text_is_a_warning_that_names_the_ref() {
    let value = method(json!({"AuthorizerId": "AWS::NoValue"}));
    let report = Method::check(&value);
    let found: Vec<_> = report
        .iter()
        .map(|p| (p.path(), p.rule(), p.severity()))
        .collect();
    assert_eq!(
        found,
        [
            ("/AuthorizerId", "literal-no-value", Severity::Warning),
            (
                "/AuthorizerId",
                "method-authorizer-id-unused",
                Severity::Warning
            ),
        ]
    );
    assert!(
        report
            .iter()
            .next()
            .is_some_and(|p| p.message().contains("{\"Ref\": \"AWS::NoValue\"}"))
    );
}

#[test]
fn what_api_gateway_documents_as_valid_mappings_raises_nothing() {
    // Multi-value mappings of a declared query string and header (the developer guide's
    // parameter mapping examples), a header declared in another case, and a body path that
    // starts with an index.
    let value = method(json!({
        "RequestParameters": {
            "method.request.querystring.tag": false,
            "method.request.header.authorization": true,
        },
        "Integration": http(json!({
            "RequestParameters": {
                "integration.request.querystring.tags": "method.request.multivaluequerystring.tag",
                "integration.request.header.Authorization": "method.request.header.Authorization",
                "integration.request.header.X-Price": "method.request.body[0].price",
            },
        })),
    }));
    assert_eq!(method_problems(&value), vec![]);
    // A mistyped stream mode is one problem, not two.
    let stream = http(json!({"ResponseTransferMode": "stream"}));
    assert_eq!(
        problems(&stream),
        expect(
            "/ResponseTransferMode",
            "integration-response-transfer-mode-allowed-values"
        )
    );
}
