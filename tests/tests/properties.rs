//! Property tests of the generated crate: valid Integrations (every property, enum, map, list
//! and intrinsic form) check clean and serialize back unchanged; arbitrary JSON never panics
//! and every problem points into the input; a valid value with one property broken is
//! reported at that property.

use cfn_apigateway_integration::{CheckContext, Integration, IntegrationResponse, Report};
use proptest::collection::{btree_map, btree_set, vec};
use proptest::option::weighted;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::{Map, Value, json};

// ----- building blocks -----

/// An object of the properties that are present.
fn object<const N: usize>(entries: [(&str, Option<Value>); N]) -> Value {
    Value::Object(
        entries
            .into_iter()
            .filter_map(|(k, v)| Some((k.to_owned(), v?)))
            .collect(),
    )
}

fn if_(condition: String, then: Value, otherwise: Value) -> Value {
    json!({ "Fn::If": [condition, then, otherwise] })
}

fn no_value() -> Value {
    json!({ "Ref": "AWS::NoValue" })
}

fn condition() -> impl Strategy<Value = String> + Clone {
    "[A-Z][A-Za-z0-9]{0,8}"
}

fn logical_id() -> impl Strategy<Value = String> + Clone {
    "[A-Z][A-Za-z0-9]{0,12}"
}

/// A value of a property with allowed values: a literal, an `Fn::If` between two, or a `Ref`.
fn enum_value(values: &'static [&'static str]) -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        6 => select(values).prop_map(Value::from),
        1 => (condition(), select(values), select(values))
            .prop_map(|(c, a, b)| if_(c, a.into(), b.into())),
        1 => logical_id().prop_map(|id| json!({ "Ref": id })),
    ]
}

/// A free-text string property: any text, a number or boolean CloudFormation converts, or an
/// intrinsic function that produces a string (possibly `AWS::NoValue` in one branch).
fn free_text() -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        6 => any::<String>().prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<bool>().prop_map(Value::from),
        1 => logical_id().prop_map(|id| json!({ "Ref": id })),
        1 => (logical_id(), logical_id()).prop_map(|(r, a)| json!({ "Fn::GetAtt": [r, a] })),
        1 => "[a-z${}:./ -]{0,20}".prop_map(|t| json!({ "Fn::Sub": t })),
        1 => logical_id().prop_map(|id| json!({ "Fn::ImportValue": id })),
        1 => (any::<String>(), logical_id())
            .prop_map(|(s, id)| json!({ "Fn::Join": ["-", [s, { "Ref": id }]] })),
        1 => (condition(), any::<String>()).prop_map(|(c, s)| if_(c, s.into(), no_value())),
    ]
}

/// A string in a named form: the literal, an `Fn::If` between two literals, or an intrinsic
/// whose result cannot be known before deployment.
fn formatted(
    literal: impl Strategy<Value = String> + Clone,
) -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        6 => literal.clone().prop_map(Value::from),
        1 => (condition(), literal.clone(), literal).prop_map(|(c, a, b)| if_(c, a.into(), b.into())),
        1 => logical_id().prop_map(|id| json!({ "Ref": id })),
        1 => logical_id().prop_map(|id| json!({ "Fn::ImportValue": id })),
    ]
}

const PARTITIONS: &[&str] = &["aws", "aws-cn", "aws-us-gov"];
const METHODS: &[&str] = &[
    "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "ANY",
];
const CONTENT_HANDLING: &[&str] = &["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"];

fn region() -> impl Strategy<Value = String> + Clone {
    "[a-z]{2}(-gov)?-[a-z]{4,9}-[1-9]"
}

fn parameter_name() -> impl Strategy<Value = String> + Clone {
    "[A-Za-z0-9._$-]{1,12}"
}

fn media_type() -> impl Strategy<Value = String> + Clone {
    "(application|text|image|[a-z]{1,8})/[a-z0-9.+-]{1,15}(; ?[a-z]+=[a-z0-9-]+)?"
}

fn http_url() -> impl Strategy<Value = String> + Clone {
    "https?://[a-z0-9.-]{1,20}(:[0-9]{2,5})?(/[A-Za-z0-9{}._~-]{0,10}){0,4}(\\?[a-z]=[a-z0-9]*)?"
}

fn lambda_function_arn() -> impl Strategy<Value = String> + Clone {
    (
        select(PARTITIONS),
        region(),
        "[0-9]{12}",
        "[A-Za-z0-9_-]{1,20}(:[A-Za-z0-9_]{1,8})?",
    )
        .prop_map(|(p, r, account, name)| format!("arn:{p}:lambda:{r}:{account}:function:{name}"))
}

fn lambda_invocation_uri() -> impl Strategy<Value = String> + Clone {
    (select(PARTITIONS), region(), lambda_function_arn()).prop_map(|(p, r, function)| {
        format!("arn:{p}:apigateway:{r}:lambda:path/2015-03-31/functions/{function}/invocations")
    })
}

/// An AWS service integration URI of a service other than Lambda.
fn service_uri() -> impl Strategy<Value = String> + Clone {
    (
        select(PARTITIONS),
        region(),
        select(
            &[
                "s3",
                "sqs",
                "dynamodb",
                "sns",
                "states",
                "kinesis",
                "mybucket.s3",
            ][..],
        ),
        select(&["path", "action"][..]),
        "[A-Za-z0-9/_.:-]{1,30}",
    )
        .prop_map(|(p, r, service, kind, api)| {
            format!("arn:{p}:apigateway:{r}:{service}:{kind}/{api}")
        })
}

/// Whether a URI certainly invokes Lambda (so the integration's method must be POST).
type Uri = (Value, bool);

fn http_uri() -> impl Strategy<Value = Uri> + Clone {
    prop_oneof![
        5 => formatted(http_url()),
        1 => (logical_id(), "[a-z0-9/{}]{0,12}")
            .prop_map(|(host, path)| json!({ "Fn::Sub": format!("https://${{{host}}}/{path}") })),
        1 => logical_id()
            .prop_map(|host| json!({ "Fn::Join": ["", ["http://", { "Ref": host }, "/v1"]] })),
    ]
    .prop_map(|uri| (uri, false))
}

fn aws_uri() -> impl Strategy<Value = Uri> + Clone {
    prop_oneof![
        3 => lambda_invocation_uri().prop_map(|u| (Value::from(u), true)),
        1 => (condition(), lambda_invocation_uri(), lambda_invocation_uri())
            .prop_map(|(c, a, b)| (if_(c, a.into(), b.into()), true)),
        1 => logical_id().prop_map(|function| (json!({ "Fn::Sub": format!(
            "arn:${{AWS::Partition}}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{{function}.Arn}}/invocations"
        ) }), true)),
        1 => logical_id().prop_map(|function| (json!({ "Fn::Join": ["", [
            "arn:aws:apigateway:", { "Ref": "AWS::Region" },
            ":lambda:path/2015-03-31/functions/", { "Fn::GetAtt": [function, "Arn"] }, "/invocations",
        ]] }), true)),
        3 => service_uri().prop_map(|u| (Value::from(u), false)),
        1 => logical_id().prop_map(|queue| (json!({ "Fn::Sub": format!(
            "arn:aws:apigateway:${{AWS::Region}}:sqs:path/${{AWS::AccountId}}/${{{queue}}}"
        ) }), false)),
        1 => logical_id().prop_map(|id| (json!({ "Ref": id }), false)),
        1 => logical_id().prop_map(|id| (json!({ "Fn::GetAtt": [id, "Uri"] }), false)),
    ]
}

fn http_method(lambda: bool) -> BoxedStrategy<Value> {
    if lambda {
        prop_oneof![
            4 => Just(Value::from("POST")),
            1 => condition().prop_map(|c| if_(c, "POST".into(), "POST".into())),
        ]
        .boxed()
    } else {
        enum_value(METHODS).boxed()
    }
}

/// `Type`, `Uri`, `IntegrationHttpMethod`, `ConnectionType` and `ConnectionId`: the properties
/// the cross-property rules tie together.
fn core() -> impl Strategy<Value = Map<String, Value>> + Clone {
    let http = (
        prop_oneof![
            3 => select(&["HTTP", "HTTP_PROXY"][..]).prop_map(Value::from),
            1 => condition().prop_map(|c| if_(c, "HTTP".into(), "HTTP_PROXY".into())),
        ],
        http_uri(),
    )
        .prop_flat_map(|(t, (uri, lambda))| {
            (Just(t), Just(Some(uri)), http_method(lambda).prop_map(Some))
        });
    let aws = (
        prop_oneof![
            3 => select(&["AWS", "AWS_PROXY"][..]).prop_map(Value::from),
            1 => condition().prop_map(|c| if_(c, "AWS_PROXY".into(), "AWS".into())),
        ],
        aws_uri(),
    )
        .prop_flat_map(|(t, (uri, lambda))| {
            (Just(t), Just(Some(uri)), http_method(lambda).prop_map(Some))
        });
    let mock = weighted(0.5, http_method(false)).prop_map(|m| (Value::from("MOCK"), None, m));
    let connection = prop_oneof![
        Just((None, None)),
        Just((Some(Value::from("INTERNET")), None)),
        formatted("[a-z0-9]{6,10}".boxed())
            .prop_map(|id| (Some(Value::from("VPC_LINK")), Some(id))),
    ];
    (prop_oneof![http, aws, mock], connection).prop_map(
        |((type_, uri, method), (connection_type, connection_id))| {
            let Value::Object(map) = object([
                ("Type", Some(type_)),
                ("Uri", uri),
                ("IntegrationHttpMethod", method),
                ("ConnectionType", connection_type),
                ("ConnectionId", connection_id),
            ]) else {
                unreachable!("object() builds an object")
            };
            map
        },
    )
}

fn credentials() -> impl Strategy<Value = Value> + Clone {
    let role = (select(PARTITIONS), "[0-9]{12}", "[A-Za-z0-9+=,.@_/-]{1,30}")
        .prop_map(|(p, account, name)| format!("arn:{p}:iam::{account}:role/{name}"));
    prop_oneof![
        4 => formatted(role.boxed()),
        1 => Just(Value::from("arn:aws:iam::*:user/*")),
        1 => logical_id().prop_map(|role| json!({ "Fn::GetAtt": [role, "Arn"] })),
        1 => logical_id().prop_map(|role| json!({
            "Fn::Sub": format!("arn:${{AWS::Partition}}:iam::${{AWS::AccountId}}:role/${{{role}}}")
        })),
    ]
}

/// `LOCATION.NAME` parameter sources and destinations.
fn located(prefix: &'static str, locations: &'static [&'static str]) -> BoxedStrategy<String> {
    (select(locations), parameter_name())
        .prop_map(move |(location, name)| format!("{prefix}.{location}.{name}"))
        .boxed()
}

const REQUEST_LOCATIONS: &[&str] = &[
    "path",
    "querystring",
    "multivaluequerystring",
    "header",
    "multivalueheader",
];

fn static_value() -> impl Strategy<Value = String> + Clone {
    "'[^\n]{0,12}'"
}

fn request_parameter_source() -> impl Strategy<Value = Value> + Clone {
    let literal = prop_oneof![
        3 => located("method.request", REQUEST_LOCATIONS),
        1 => Just("method.request.body".to_owned()),
        1 => "method\\.request\\.body\\.\\$[a-z.\\[\\]0-9]{0,12}",
        1 => parameter_name().prop_map(|n| format!("context.{n}")),
        1 => parameter_name().prop_map(|n| format!("stageVariables.{n}")),
        2 => static_value(),
    ];
    prop_oneof![
        6 => formatted(literal.boxed()),
        1 => logical_id().prop_map(|v| json!({ "Fn::Sub": format!("'${{{v}}}'") })),
    ]
}

fn response_parameter_source() -> impl Strategy<Value = Value> + Clone {
    let literal = prop_oneof![
        2 => located("integration.response", &["header", "multivalueheader"]),
        1 => Just("integration.response.body".to_owned()),
        1 => "integration\\.response\\.body\\.\\$[a-z.]{0,12}",
        1 => parameter_name().prop_map(|n| format!("context.{n}")),
        1 => parameter_name().prop_map(|n| format!("stageVariables.{n}")),
        2 => static_value(),
    ];
    formatted(literal.boxed())
}

/// A map property: a literal map, or an `Fn::If` between two literal maps.
fn map_of(
    key: impl Strategy<Value = String> + Clone,
    value: impl Strategy<Value = Value> + Clone,
) -> impl Strategy<Value = Value> + Clone {
    let literal = btree_map(key, value, 0..4)
        .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>()));
    prop_oneof![
        5 => literal.clone(),
        1 => (condition(), literal.clone(), literal).prop_map(|(c, a, b)| if_(c, a, b)),
    ]
}

fn templates() -> impl Strategy<Value = Value> + Clone {
    map_of(media_type(), free_text())
}

fn status_code() -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        4 => formatted("[1-5][0-9][0-9]".boxed()),
        2 => (100u16..600).prop_map(Value::from),
        1 => (100u16..600).prop_map(|n| Value::from(n.to_string())),
    ]
}

fn integration_response() -> impl Strategy<Value = Value> + Clone {
    (
        status_code(),
        weighted(0.5, free_text()),
        weighted(0.5, enum_value(CONTENT_HANDLING)),
        weighted(
            0.5,
            map_of(
                located("method.response", &["header"]),
                response_parameter_source(),
            ),
        ),
        weighted(0.5, templates()),
    )
        .prop_map(|(status, pattern, handling, parameters, templates)| {
            object([
                ("StatusCode", Some(status)),
                ("SelectionPattern", pattern),
                ("ContentHandling", handling),
                ("ResponseParameters", parameters),
                ("ResponseTemplates", templates),
            ])
        })
        .boxed()
}

fn integration_responses() -> impl Strategy<Value = Value> + Clone {
    let item = prop_oneof![
        5 => integration_response(),
        1 => (condition(), integration_response()).prop_map(|(c, r)| if_(c, r, no_value())),
        1 => (condition(), integration_response(), integration_response())
            .prop_map(|(c, a, b)| if_(c, a, b)),
    ];
    vec(item, 0..4).prop_map(Value::Array)
}

fn cache_key_parameters() -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        5 => btree_set(located("method.request", &["path", "querystring", "header"]), 0..4)
            .prop_map(|keys| keys.into_iter().map(Value::from).collect()),
        1 => (located("method.request", &["path"]), logical_id())
            .prop_map(|(key, id)| json!([key, { "Ref": id }])),
        1 => logical_id().prop_map(|id| json!({ "Fn::Split": [",", { "Ref": id }] })),
    ]
}

fn timeout() -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        4 => (50i64..=29_000).prop_map(Value::from),
        1 => (50i64..=29_000).prop_map(|n| Value::from(n.to_string())),
        1 => logical_id().prop_map(|id| json!({ "Ref": id })),
        1 => (condition(), 50i64..=29_000).prop_map(|(c, n)| if_(c, n.into(), no_value())),
    ]
}

/// A valid Integration as template JSON: every property may appear, in every form the rules
/// accept, with the cross-property rules respected.
fn integration() -> impl Strategy<Value = Value> + Clone {
    let optional = (
        (
            weighted(0.5, cache_key_parameters()),
            weighted(0.5, free_text()),
            weighted(0.5, enum_value(CONTENT_HANDLING)),
            weighted(0.5, credentials()),
            weighted(0.6, integration_responses()),
            weighted(0.5, free_text()),
        ),
        (
            weighted(
                0.5,
                enum_value(&["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"]),
            ),
            weighted(
                0.6,
                map_of(
                    located("integration.request", REQUEST_LOCATIONS),
                    request_parameter_source(),
                ),
            ),
            weighted(0.6, templates()),
            weighted(0.5, enum_value(&["BUFFERED", "STREAM"])),
            weighted(0.5, timeout()),
        ),
    );
    (core(), optional).prop_map(
        |(mut map, ((keys, namespace, handling, credentials, responses, target), rest))| {
            let (passthrough, parameters, templates, mut transfer, timeout) = rest;
            // Only proxy integrations stream.
            let proxy = matches!(
                map.get("Type").and_then(Value::as_str),
                Some("AWS_PROXY" | "HTTP_PROXY")
            );
            if !proxy
                && transfer
                    .as_ref()
                    .is_some_and(|t| t.to_string().contains("STREAM"))
            {
                transfer = Some(json!("BUFFERED"));
            }
            let Value::Object(optional) = object([
                ("CacheKeyParameters", keys),
                ("CacheNamespace", namespace),
                ("ContentHandling", handling),
                ("Credentials", credentials),
                ("IntegrationResponses", responses),
                ("IntegrationTarget", target),
                ("PassthroughBehavior", passthrough),
                ("RequestParameters", parameters),
                ("RequestTemplates", templates),
                ("ResponseTransferMode", transfer),
                ("TimeoutInMillis", timeout),
            ]) else {
                unreachable!("object() builds an object")
            };
            map.extend(optional);
            Value::Object(map)
        },
    )
}

// ----- arbitrary JSON -----

const INTEGRATION_PROPERTIES: &[&str] = &[
    "CacheKeyParameters",
    "CacheNamespace",
    "ConnectionId",
    "ConnectionType",
    "ContentHandling",
    "Credentials",
    "IntegrationHttpMethod",
    "IntegrationResponses",
    "IntegrationTarget",
    "PassthroughBehavior",
    "RequestParameters",
    "RequestTemplates",
    "ResponseTransferMode",
    "TimeoutInMillis",
    "Type",
    "Uri",
];

const RESPONSE_PROPERTIES: &[&str] = &[
    "ContentHandling",
    "ResponseParameters",
    "ResponseTemplates",
    "SelectionPattern",
    "StatusCode",
];

const FUNCTION_KEYS: &[&str] = &[
    "Ref",
    "Fn::If",
    "Fn::Sub",
    "Fn::Join",
    "Fn::GetAtt",
    "Fn::Select",
    "Fn::Split",
    "Fn::FindInMap",
    "Fn::ImportValue",
    "Fn::Base64",
    "Fn::GetAZs",
    "Fn::Cidr",
    "Fn::Length",
    "Fn::ToJsonString",
    "Fn::Transform",
    "Fn::Bogus",
];

/// Strings the rules look at: allowed values, URIs, templates with holes, pointer escapes.
fn interesting_text() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        2 => select(&[
            "AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK", "POST", "GET", "VPC_LINK",
            "INTERNET", "CONVERT_TO_TEXT", "NEVER", "STREAM", "AWS::NoValue", "200", "99", "",
            "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations",
            "arn:aws:lambda:us-east-1:123456789012:function:f",
            "https://example.com/x", "application/json", "method.request.path.id",
            "integration.request.header.x", "method.response.header.y", "'*'", "29000", " 50 ",
            "${AWS::Region}", "${!Literal}", "${", "$}", "~0~1/", "a/b~c",
        ][..])
        .prop_map(str::to_owned),
        1 => "[${}!a-z:/.~ ]{0,12}",
        1 => any::<String>(),
    ]
}

fn key() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        3 => select(INTEGRATION_PROPERTIES).prop_map(str::to_owned),
        2 => select(RESPONSE_PROPERTIES).prop_map(str::to_owned),
        2 => select(FUNCTION_KEYS).prop_map(str::to_owned),
        1 => interesting_text(),
    ]
}

/// A JSON scalar: the numbers at the edges of the rules and of `i64`, and strings the rules
/// inspect.
fn scalar() -> impl Strategy<Value = Value> + Clone {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        2 => select(vec![
            json!(0), json!(-1), json!(49), json!(50), json!(29_000), json!(29_001),
            json!(i64::MAX), json!(i64::MAX as u64 + 1), json!(u64::MAX), json!(i64::MIN),
            json!(0.5), json!(-0.0), json!(1e300), json!(200), json!(99),
        ]),
        1 => any::<f64>().prop_filter_map("JSON numbers are finite", |f| {
            serde_json::Number::from_f64(f).map(Value::Number)
        }),
        3 => interesting_text().prop_map(Value::from),
    ]
}

/// Arbitrary JSON, biased towards property names, intrinsic functions and the strings rules
/// inspect, so that it reaches deep into the checker.
fn arbitrary_json() -> impl Strategy<Value = Value> + Clone {
    scalar().prop_recursive(8, 96, 6, |inner| {
        prop_oneof![
            1 => vec(inner.clone(), 0..5).prop_map(Value::Array),
            1 => btree_map(key(), inner.clone(), 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
            2 => (select(FUNCTION_KEYS), inner.clone()).prop_map(|(f, args)| json!({ f: args })),
            2 => (condition(), inner.clone(), inner).prop_map(|(c, a, b)| if_(c, a, b)),
        ]
    })
}

/// A valid Integration with one place in it (any value, at any depth) replaced by arbitrary
/// JSON.
fn corrupted_integration() -> impl Strategy<Value = Value> + Clone {
    (integration(), arbitrary_json(), any::<Index>()).prop_map(|(mut value, junk, at)| {
        let pointers = pointers(&value);
        let target = &pointers[at.index(pointers.len())];
        if let Some(slot) = value.pointer_mut(target) {
            *slot = junk;
        }
        value
    })
}

/// A valid Integration with one scalar in it replaced by another scalar.
fn integration_with_a_scalar_replaced() -> impl Strategy<Value = Value> + Clone {
    (integration(), scalar(), any::<Index>()).prop_map(|(mut value, junk, at)| {
        let scalars: Vec<String> = pointers(&value)
            .into_iter()
            .filter(|p| {
                value
                    .pointer(p)
                    .is_some_and(|v| !v.is_object() && !v.is_array())
            })
            .collect();
        if !scalars.is_empty() {
            let target = &scalars[at.index(scalars.len())];
            if let Some(slot) = value.pointer_mut(target) {
                *slot = junk;
            }
        }
        value
    })
}

/// The pointer of every value in `json`, the root (`""`) first.
fn pointers(json: &Value) -> Vec<String> {
    let mut found = vec![String::new()];
    let mut i = 0;
    while i < found.len() {
        let here = found[i].clone();
        match json.pointer(&here) {
            Some(Value::Object(map)) => found.extend(
                map.keys()
                    .map(|k| format!("{here}/{}", k.replace('~', "~0").replace('/', "~1"))),
            ),
            Some(Value::Array(items)) => {
                found.extend((0..items.len()).map(|i| format!("{here}/{i}")))
            }
            _ => {}
        }
        i += 1;
    }
    found
}

// ----- the properties -----

/// Every problem names a value of the input, or a property missing from an object of it.
fn assert_pointers_name_the_input(json: &Value, report: &Report) -> Result<(), TestCaseError> {
    for problem in report {
        let path = problem.path();
        prop_assert!(
            path.is_empty() || path.starts_with('/'),
            "{path:?} is not a JSON Pointer ({problem:?})"
        );
        if json.pointer(path).is_some() {
            continue;
        }
        let (parent, last) = path.rsplit_once('/').unwrap_or_default();
        let missing_property = json
            .pointer(parent)
            .and_then(Value::as_object)
            .is_some_and(|o| !o.contains_key(last))
            && (INTEGRATION_PROPERTIES.contains(&last) || RESPONSE_PROPERTIES.contains(&last));
        prop_assert!(
            missing_property,
            "{path:?} names neither a value of the input nor a missing property: {problem:?}\ninput: {json}"
        );
    }
    Ok(())
}

/// `true` for `{"Ref": ..}` or `{"Fn::..": ..}`: a value that is a function call.
fn is_function_call(json: &Value) -> bool {
    json.as_object()
        .is_some_and(|o| o.len() == 1 && o.keys().all(|k| k == "Ref" || k.starts_with("Fn::")))
}

/// Checking never panics, every pointer names the input, and loading agrees with checking: a
/// value loads exactly when its check finds no error, and then serializes back unchanged.
fn assert_check_and_load_agree(json: &Value) -> Result<(), TestCaseError> {
    let context = CheckContext::new().with_method_request_parameters(["method.request.path.id"]);
    let report = Integration::check(json);
    assert_pointers_name_the_input(json, &report)?;
    assert_pointers_name_the_input(json, &Integration::check_with(json, &context))?;
    let loaded = Integration::from_value(json);
    if let Err(load_report) = &loaded {
        assert_pointers_name_the_input(json, load_report)?;
    }
    // An Integration written as a function call (`Fn::If` between two objects) checks but
    // cannot be represented by the struct, as `from_value` documents.
    if !is_function_call(json) {
        prop_assert_eq!(
            loaded.is_ok(),
            !report.has_errors(),
            "check and from_value disagree on {}: check says\n{}",
            json,
            report
        );
    }
    // Deserializing, which moves the checked JSON into the struct, loads the same value.
    let deserialized = serde_json::from_value::<Integration>(json.clone());
    prop_assert_eq!(deserialized.as_ref().ok(), loaded.as_ref().ok());
    if let Err(error) = deserialized {
        let report = loaded.as_ref().err();
        prop_assert_eq!(Some(error.to_string()), report.map(ToString::to_string));
    }
    // Reading the text streams into the struct, keys and strings borrowed from the text where
    // they can be: it loads the same value, or fails with the same report (and the place).
    let text = json.to_string();
    let streamed = serde_json::from_str::<Integration>(&text);
    prop_assert_eq!(streamed.as_ref().ok(), loaded.as_ref().ok());
    if let Err(error) = streamed {
        let report = loaded.as_ref().err().map(ToString::to_string);
        prop_assert!(
            report
                .as_ref()
                .is_some_and(|r| error.to_string().starts_with(r.as_str())),
            "from_str fails with\n{}\nwhere from_value says\n{:?}",
            error,
            report
        );
    }
    if let Ok(integration) = loaded {
        prop_assert_eq!(&integration.to_json(), json);
    }

    let report = IntegrationResponse::check(json);
    assert_pointers_name_the_input(json, &report)?;
    let loaded = IntegrationResponse::from_value(json);
    let deserialized = serde_json::from_value::<IntegrationResponse>(json.clone());
    prop_assert_eq!(deserialized.as_ref().ok(), loaded.as_ref().ok());
    let streamed = serde_json::from_str::<IntegrationResponse>(&text);
    prop_assert_eq!(streamed.as_ref().ok(), loaded.as_ref().ok());
    if let Ok(response) = loaded {
        prop_assert!(!report.has_errors());
        prop_assert_eq!(&response.to_json(), json);
    }
    Ok(())
}

/// The literal strings of the literal `CacheKeyParameters` list.
fn literal_cache_keys(integration: &Value) -> Vec<String> {
    integration
        .get("CacheKeyParameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|k| k.as_str().map(str::to_owned))
        .collect()
}

/// Every literal `method.request.*` text the Integration's `RequestParameters` map from, in
/// any branch of an `Fn::If`: what the Method must declare.
fn literal_request_sources(integration: &Value) -> Vec<String> {
    fn collect(value: &Value, found: &mut Vec<String>) {
        match value {
            Value::String(s) if s.starts_with("method.request.") => found.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|v| collect(v, found)),
            Value::Object(entries) => entries.values().for_each(|v| collect(v, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    if let Some(parameters) = integration.get("RequestParameters") {
        collect(parameters, &mut found);
    }
    found
}

/// One way to break one property: where, and the JSON written there.
#[derive(Debug, Clone)]
struct Breakage {
    /// The property, as a pointer relative to the Integration.
    pointer: &'static str,
    value: Value,
}

fn breakage() -> impl Strategy<Value = Breakage> + Clone {
    let not_a_string = || {
        prop_oneof![
            Just(json!([])),
            Just(json!(["x"])),
            Just(json!({ "A": 1, "B": 2 })),
            Just(Value::Null),
            Just(json!({ "Fn::GetAZs": "" })),
            Just(json!({ "Fn::Bogus": "x" })),
            Just(json!({ "Ref": ["not", "a", "name"] })),
            Just(json!({ "Fn::If": ["C", "x"] })),
        ]
    };
    let at = |pointer: &'static str, values: BoxedStrategy<Value>| {
        values.prop_map(move |value| Breakage { pointer, value })
    };
    let strings = select(
        &[
            "/CacheNamespace",
            "/ConnectionId",
            "/ConnectionType",
            "/ContentHandling",
            "/Credentials",
            "/IntegrationHttpMethod",
            "/IntegrationTarget",
            "/PassthroughBehavior",
            "/ResponseTransferMode",
            "/Type",
            "/Uri",
            "/IntegrationResponses/0/StatusCode",
            "/IntegrationResponses/0/SelectionPattern",
            "/IntegrationResponses/0/ContentHandling",
        ][..],
    );
    prop_oneof![
        4 => (strings, not_a_string()).prop_map(|(pointer, value)| Breakage { pointer, value }),
        1 => at("/Type", Just(json!("LAMBDA")).boxed()),
        1 => at("/IntegrationHttpMethod", Just(json!("FETCH")).boxed()),
        1 => at("/ConnectionType", Just(json!("PRIVATE")).boxed()),
        1 => at("/ContentHandling", Just(json!("CONVERT_TO_JSON")).boxed()),
        1 => at("/PassthroughBehavior", Just(json!("ALWAYS")).boxed()),
        1 => at("/ResponseTransferMode", Just(json!("CHUNKED")).boxed()),
        1 => at("/Credentials", select(&["arn:aws:iam::123456789012:user/u", "role", ""][..]).prop_map(Value::from).boxed()),
        1 => at("/TimeoutInMillis", prop_oneof![
            Just(json!("soon")), Just(json!(true)), Just(json!(1.5)), Just(json!([])),
            Just(json!({ "Fn::Split": [",", "a"] })), (i64::MIN..50).prop_map(Value::from),
            (29_001i64..).prop_map(Value::from),
        ].boxed()),
        1 => at("/CacheKeyParameters", prop_oneof![
            Just(json!("method.request.path.id")), Just(json!(5)), Just(json!({ "A": 1, "B": 2 })),
            Just(json!([["nested"]])), Just(json!(["method.request.path.id", "method.request.path.id"])),
            Just(json!({ "Fn::Sub": "x" })), Just(json!([null])),
        ].boxed()),
        1 => at("/IntegrationResponses", prop_oneof![
            Just(json!("x")), Just(json!([5])), Just(json!([{}])), Just(json!([{ "StatusCode": "99" }])),
            Just(json!([{ "StatusCode": "200", "Extra": 1 }])), Just(json!({ "Fn::Sub": "x" })),
        ].boxed()),
        1 => at("/RequestParameters", prop_oneof![
            Just(json!("x")), Just(json!([])), Just(json!({ "bad.key": "method.request.path.id" })),
            Just(json!({ "integration.request.path.id": "unquoted static" })),
            Just(json!({ "integration.request.path.id": [] })),
        ].boxed()),
        1 => at("/RequestTemplates", prop_oneof![
            Just(json!(7)), Just(json!({ "not a media type": "x" })),
            Just(json!({ "application/json": {} })),
        ].boxed()),
        1 => at("/IntegrationResponses/0/StatusCode", select(&["99", "600", "2000", "OK", ""][..]).prop_map(Value::from).boxed()),
        1 => at("/IntegrationResponses/0/ContentHandling", Just(json!("BASE64")).boxed()),
        1 => at("/IntegrationResponses/0/ResponseParameters", prop_oneof![
            Just(json!(["x"])), Just(json!({ "method.request.header.x": "'*'" })),
            Just(json!({ "method.response.header.x": "integration.request.header.y" })),
        ].boxed()),
        1 => at("/IntegrationResponses/0/ResponseTemplates", Just(json!({ "json": "{}" })).boxed()),
        1 => at("/Bogus", Just(json!(1)).boxed()),
        1 => at("/IntegrationResponses/0/Bogus", Just(json!(1)).boxed()),
    ]
}

/// Writes `breakage` into `integration`; a broken response property goes into a first
/// response that is a literal object (made so first if need be).
fn apply(integration: &mut Value, breakage: &Breakage) {
    match breakage.pointer.strip_prefix("/IntegrationResponses/0/") {
        Some(property) => {
            let responses = &mut integration["IntegrationResponses"];
            let literal_first = responses
                .get(0)
                .is_some_and(|r| r.is_object() && !is_function_call(r));
            if !literal_first {
                *responses = json!([{ "StatusCode": "200" }]);
            }
            responses[0][property] = breakage.value.clone();
        }
        None => integration[&breakage.pointer[1..]] = breakage.value.clone(),
    }
    // A streaming integration may wait up to 900,000 ms: the broken timeout is a buffered one's.
    if breakage.pointer == "/TimeoutInMillis" {
        if let Some(integration) = integration.as_object_mut() {
            integration.remove("ResponseTransferMode");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn valid_integrations_check_clean_and_round_trip(json in integration()) {
        let report = Integration::check(&json);
        prop_assert!(report.is_empty(), "{}\nin {:#}", report, json);
        let integration = Integration::from_value(&json)
            .map_err(|r| TestCaseError::fail(format!("{r}\nin {json:#}")))?;
        prop_assert_eq!(&integration.to_json(), &json);
        prop_assert!(integration.validate().is_empty());

        // The cache keys are declared by the Method: still clean. Undeclared: each reported.
        let keys = literal_cache_keys(&json);
        let sources = literal_request_sources(&json);
        let declared = CheckContext::new()
            .with_method_request_parameters(keys.iter().chain(&sources).cloned());
        let report = Integration::check_with(&json, &declared);
        prop_assert!(report.is_empty(), "{}", report);
        let undeclared = CheckContext::new().with_method_request_parameters(["method.request.path.other-name"]);
        let report = Integration::check_with(&json, &undeclared);
        prop_assert_eq!(
            report.iter().filter(|p| p.rule() == "integration-cache-key-parameters-declared").count(),
            keys.len()
        );
    }

    #[test]
    fn valid_integration_responses_check_clean_and_round_trip(json in integration_response()) {
        let report = IntegrationResponse::check(&json);
        prop_assert!(report.is_empty(), "{}\nin {:#}", report, json);
        let response = IntegrationResponse::from_value(&json)
            .map_err(|r| TestCaseError::fail(format!("{r}\nin {json:#}")))?;
        prop_assert_eq!(response.to_json(), json);
    }

    #[test]
    fn arbitrary_json_never_panics_and_problems_point_into_it(json in arbitrary_json()) {
        assert_check_and_load_agree(&json)?;
    }

    #[test]
    fn arbitrary_objects_of_integration_properties_are_checked_consistently(
        json in btree_map(key(), arbitrary_json(), 0..8)
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>()))
    ) {
        assert_check_and_load_agree(&json)?;
    }

    #[test]
    fn corrupted_integrations_are_checked_consistently(json in corrupted_integration()) {
        assert_check_and_load_agree(&json)?;
    }

    #[test]
    fn integrations_with_a_scalar_replaced_are_checked_consistently(
        json in integration_with_a_scalar_replaced()
    ) {
        assert_check_and_load_agree(&json)?;
    }

    #[test]
    fn one_broken_property_is_reported_at_its_pointer(
        mut json in integration(),
        breakage in breakage(),
    ) {
        apply(&mut json, &breakage);
        let report = Integration::check(&json);
        let inside = format!("{}/", breakage.pointer);
        prop_assert!(
            report.iter().any(|p| p.path() == breakage.pointer || p.path().starts_with(&inside)),
            "nothing reported at {} for {}:\n{}\nin {:#}",
            breakage.pointer, breakage.value, report, json
        );
        prop_assert!(Integration::from_value(&json).is_err() || !report.has_errors());
    }
}

/// Regression (found in issue #6 by
/// `integrations_with_a_scalar_replaced_are_checked_consistently`): `check` used to accept an
/// integer above `i64::MAX` as `TimeoutInMillis` (reporting only the quota warning), while
/// `from_value` could not load it.
#[test]
fn a_timeout_beyond_i64_is_an_error_for_check_as_for_from_value() {
    let json = json!({ "Type": "MOCK", "TimeoutInMillis": 9_223_372_036_854_775_808u64 });
    if let Err(failure) = assert_check_and_load_agree(&json) {
        panic!("{failure}");
    }
}

/// Regression (found while `Deserialize` learned to read straight into the struct, by
/// `arbitrary_objects_of_integration_properties_are_checked_consistently`): an object whose
/// first key looks like a function call (`Ref`) but which has more keys is no call; reading
/// it as the struct used to drop that key, so its `integration-unknown-property` went
/// unreported.
#[test]
fn a_key_that_looks_like_a_function_is_reported_when_deserializing() {
    let json = json!({ "Ref": null, "Type": { "Ref": null } });
    if let Err(failure) = assert_check_and_load_agree(&json) {
        panic!("{failure}");
    }
    let error = serde_json::from_str::<Integration>(&json.to_string()).unwrap_err();
    assert!(
        error.to_string().contains("integration-unknown-property"),
        "{error}"
    );
}

/// `Fn::If` nested `levels` deep around `leaf`.
fn nested_if(levels: usize, leaf: Value) -> Value {
    (0..levels).fold(leaf, |inner, _| json!({ "Fn::If": ["C", inner, "200"] }))
}

/// Regression (found by a review of the typed twin): a property type inside a list is one level
/// of nesting down, where the twin used to start counting again, so an `Fn::If` nested up to
/// the limit in an integration response loaded where `from_value` reports the nesting.
#[test]
fn nesting_inside_a_response_is_counted_from_the_integration() {
    for levels in 30..34 {
        let json = json!({
            "Type": "MOCK",
            "IntegrationResponses": [{ "StatusCode": nested_if(levels, json!("200")) }],
        });
        if let Err(failure) = assert_check_and_load_agree(&json) {
            panic!("{levels} levels: {failure}");
        }
    }
}

/// Inputs at the edges of reading straight into the struct: repeated keys, escaped keys,
/// numbers of every kind, maps out of order or looking like calls, empty objects and lists,
/// `AWS::NoValue` in a list, unknown enum values, `Fn::If` at the top and in lists. Each
/// loads (or fails) as `from_value` does.
#[test]
fn edge_inputs_deserialize_as_they_load() {
    // A key written twice: a `serde_json::Value` keeps one, deserializing refuses the text.
    for text in [
        r#"{"Type":"MOCK","Type":"HTTP"}"#,
        r#"{"Type":5,"Type":"MOCK"}"#,
        r#"{"Type":"MOCK","Type":5}"#,
        r#"{"Type":"MOCK","Uri":5,"TimeoutInMillis":100,"Uri":"http://a"}"#,
        r#"{"Type":"MOCK","Uri":5,"Uri":[6]}"#,
        r#"{"Type":"MOCK","TimeoutInMillis":"x","Zzz":1,"TimeoutInMillis":"y"}"#,
        r#"{"TimeoutInMillis":7,"Type":"HTTP","TimeoutInMillis":{},"Type":"MOCK"}"#,
        r#"{"T\u0079pe":"MOCK","X":1,"X":2}"#,
        r#"{"Type":"MOCK","RequestTemplates":{"b/b":"a","a/a":"b","b/b":"c"}}"#,
    ] {
        let json: Value = serde_json::from_str(text).expect("JSON");
        let _ = Integration::check(&json);
        let streamed = serde_json::from_str::<Integration>(text).map_err(|e| e.to_string());
        assert!(
            streamed
                .as_ref()
                .is_err_and(|e| e.starts_with("duplicate key `")),
            "{text}: {streamed:?}"
        );
    }
    for text in [
        r#"{"Type":"MOCK","TimeoutInMillis":-0}"#,
        r#"{"Type":"MOCK","TimeoutInMillis":100.0}"#,
        r#"{"Type":"MOCK","TimeoutInMillis":"  100 "}"#,
        r#"{"Type":"MOCK","TimeoutInMillis":18446744073709551615}"#,
        r#"{"Type":"MOCK","IntegrationResponses":[{"StatusCode":200},{"StatusCode":2e2}]}"#,
        r#"{"Type":"MOCK","RequestTemplates":{"text/plain":"a","application/json":"b"}}"#,
        r#"{"Type":"MOCK","RequestTemplates":{"Ref":"x"}}"#,
        r#"{"Type":"MOCK","RequestTemplates":{"Fn::Nope":"x"}}"#,
        r#"{"Type":"MOCK","RequestTemplates":{}}"#,
        r#"{"Type":"MOCK","CacheKeyParameters":[]}"#,
        r#"{"Type":"MOCK","CacheKeyParameters":["a",{"Ref":"AWS::NoValue"},"a"]}"#,
        r#"{"Type":"MOCK","CacheKeyParameters":["200",200]}"#,
        r#"{"Type":"NOPE"}"#,
        r#"{"Type":{"Ref":"AWS::NoValue"}}"#,
        r#"{"Fn::If":["C",{"Type":"MOCK"},{"Ref":"AWS::NoValue"}]}"#,
        r#"{"Fn::If":["C",{"Type":"MOCK"}],"Type":"MOCK"}"#,
        r#"{"Type":"MOCK","Uri":{"Fn::Sub":"x"}}"#,
        r#"{"Type":"HTTP","IntegrationHttpMethod":"GET","Uri":"http://${stageVariables.h}/\u00e9"}"#,
        r#"{"Type":"MOCK","IntegrationResponses":[{"StatusCode":"200","ResponseTemplates":{"b/b":"x","a/a":"y"}},{"Fn::If":["C",{"StatusCode":"x"},{"Ref":"AWS::NoValue"}]}],"Zzz":1}"#,
        r#"{"Type":"MOCK","IntegrationResponses":{"Fn::If":["C",[],[]]}}"#,
    ] {
        let json: Value = serde_json::from_str(text).expect("JSON");
        let loaded = Integration::from_value(&json).map_err(|report| report.to_string());
        let streamed = serde_json::from_str::<Integration>(text).map_err(|e| e.to_string());
        match (&loaded, &streamed) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
            (Err(report), Err(error)) => assert!(error.starts_with(report.as_str()), "{text}"),
            _ => panic!("{text}: from_value {loaded:?}, from_str {streamed:?}"),
        }
    }
}
