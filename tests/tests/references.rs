//! A Method checked in its template: references stand for what the template says they are
//! (a Lambda function's `Arn` is a Lambda function ARN, `AWS::Region` a Region name, a
//! parameter one of its listed values), references to nothing are reported, and so is an
//! authorizer that cannot serve its Method. `tests/data/templates/references.yaml` (and its
//! JSON twin, with long forms) has one mistake a Method; `references-fixed.*` has none.

use cfn_apigateway_integration::{Integration, Template};
use proptest::prelude::*;
use serde_json::{Map, Value as Json, json};

fn data(name: &str) -> String {
    let path = format!("{}/data/templates/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn parse(name: &str) -> Template {
    Template::parse(&data(name)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// `(line, rule, pointer)` of every finding, in order, and the messages.
fn findings(template: &Template) -> (Vec<(usize, String, String)>, Vec<String>) {
    template
        .check()
        .iter()
        .map(|f| {
            let line = f.position().expect("read from text").line();
            (
                (line, f.rule().to_owned(), f.path().to_owned()),
                f.message().to_owned(),
            )
        })
        .unzip()
}

/// Each mistake of `references.yaml`: its line in the YAML, rule, place in the Method, and
/// what its message must say.
const MISTAKES: &[(usize, &str, &str, &[&str])] = &[
    (
        25,
        "integration-uri-lambda-function-arn",
        "LambdaArnAsUri/Properties/Integration/Uri",
        &["`MyFunction.Arn` is the ARN of the function `MyFunction` (AWS::Lambda::Function)"],
    ),
    (
        36,
        "integration-uri-aws-form",
        "RegionWithoutColon/Properties/Integration/Uri",
        &["`AWS::Region` is the Region of the stack", "never a colon"],
    ),
    (
        54,
        "integration-credentials-form",
        "LambdaArnAsCredentials/Properties/Integration/Credentials",
        &[
            "IAM role ARN",
            "`MyFunction.Arn` is the ARN of the function `MyFunction`",
        ],
    ),
    (
        62,
        "reference-undeclared",
        "ReferencesToNothing/Properties/AuthorizerId",
        &["{\"Ref\":\"NoSuchAuthorizer\"} names nothing the template declares"],
    ),
    (
        66,
        "reference-undeclared",
        "ReferencesToNothing/Properties/Integration/Uri",
        &["\"${Missing.Arn}\" names nothing"],
    ),
    (
        67,
        "condition-undeclared",
        "ReferencesToNothing/Properties/Integration/TimeoutInMillis",
        &["\"IsStaging\"", "declared: IsProd"],
    ),
    (
        76,
        "integration-type-allowed-values",
        "TypeFromParameter/Properties/Integration/Type",
        &[
            "\"LAMBDA\" is not an integration type",
            "\"LAMBDA\" is a value of the parameter `IntegrationType`",
        ],
    ),
    (
        79,
        "integration-timeout-above-default-quota",
        "TypeFromParameter/Properties/Integration/TimeoutInMillis",
        &["50000 is a value of the parameter `Timeout`"],
    ),
    (
        87,
        "method-authorizer-type",
        "CognitoAuthorizerOnCustom/Properties/AuthorizerId",
        &[
            "AuthorizationType CUSTOM",
            "`UserPoolAuthorizer`, of Type COGNITO_USER_POOLS",
        ],
    ),
    (
        97,
        "method-authorizer-rest-api",
        "AuthorizerOfAnotherApi/Properties/AuthorizerId",
        &["`OtherApiAuthorizer`", "{\"Ref\":\"OtherApi\"}"],
    ),
];

#[test]
fn each_mistake_only_the_template_reveals_is_reported_at_its_line_naming_the_reference() {
    let (found, messages) = findings(&parse("references.yaml"));
    let expected: Vec<(usize, String, String)> = MISTAKES
        .iter()
        .map(|(line, rule, path, _)| (*line, (*rule).to_owned(), format!("/Resources/{path}")))
        .collect();
    assert_eq!(found, expected, "{messages:#?}");
    for ((_, rule, _, says), message) in MISTAKES.iter().zip(&messages) {
        for said in *says {
            assert!(
                message.contains(said),
                "{rule}: {said:?} not in {message:?}"
            );
        }
    }
}

#[test]
fn the_json_twin_with_long_forms_has_the_same_findings() {
    let (yaml, yaml_messages) = findings(&parse("references.yaml"));
    let (json, json_messages) = findings(&parse("references.json"));
    let places = |found: &[(usize, String, String)]| -> Vec<(String, String)> {
        found
            .iter()
            .map(|(_, r, p)| (r.clone(), p.clone()))
            .collect()
    };
    assert_eq!(places(&json), places(&yaml));
    assert_eq!(json_messages, yaml_messages);
    // Each at its own line of the JSON text.
    let lines: Vec<usize> = json.iter().map(|(line, _, _)| *line).collect();
    assert_eq!(lines, [47, 73, 115, 138, 144, 147, 172, 179, 199, 221]);
}

#[test]
fn the_same_templates_with_each_mistake_fixed_have_no_finding() {
    for name in ["references-fixed.yaml", "references-fixed.json"] {
        let (found, messages) = findings(&parse(name));
        assert!(found.is_empty(), "{name}: {messages:#?}");
    }
}

#[test]
fn an_integration_checked_alone_still_takes_a_reference_for_any_text() {
    let template = parse("references.yaml");
    let resources = &template.as_json()["Resources"];
    for method in [
        "LambdaArnAsUri",
        "RegionWithoutColon",
        "LambdaArnAsCredentials",
    ] {
        let integration = &resources[method]["Properties"]["Integration"];
        let report = Integration::check(integration);
        assert!(report.is_empty(), "{method}: {report}");
    }
}

#[test]
fn a_transformed_template_may_name_what_its_transform_declares() {
    // AWS SAM declares `ServerlessRestApi` and the function's role; CloudFormation expands the
    // transform before it resolves references.
    let properties = json!({
        "RestApiId": {"Ref": "ServerlessRestApi"},
        "ResourceId": {"Fn::GetAtt": ["ServerlessRestApi", "RootResourceId"]},
        "HttpMethod": "GET",
        "AuthorizationType": "NONE",
        "Integration": {"Type": "MOCK"}
    });
    let sam = json!({"Transform": "AWS::Serverless-2016-10-31"});
    assert!(method(json!({}), json!({}), properties.clone(), sam).is_empty());
    assert_eq!(
        method(json!({}), json!({}), properties, json!({})),
        [
            "reference-undeclared /Resources/M/Properties/ResourceId",
            "reference-undeclared /Resources/M/Properties/RestApiId",
        ]
    );
}

#[test]
fn a_parameter_that_can_take_only_listed_values_decides_conditions() {
    // `Type` can only be AWS_PROXY, so the Uri must be an AWS service URI.
    let mut properties = http_proxy(json!("https://example.com/pets"));
    properties["Integration"]["Type"] = json!({"Ref": "Kind"});
    let parameters = json!({"Kind": {"Type": "String", "AllowedValues": ["AWS_PROXY"]}});
    assert_eq!(
        method(parameters, json!({}), properties, json!({})),
        ["integration-uri-aws-form /Resources/M/Properties/Integration/Uri"]
    );
}

/// The Methods of a valid template, whose literals (strings and numbers of their properties,
/// not keys, not within intrinsic functions) are numbered in a walk.
fn literal_places(value: &Json, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        Json::Object(map)
            if map.len() == 1 && map.keys().all(|k| k == "Ref" || k.starts_with("Fn::")) => {}
        Json::Object(map) => {
            for (key, item) in map {
                path.push(key.clone());
                literal_places(item, path, out);
                path.pop();
            }
        }
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(i.to_string());
                literal_places(item, path, out);
                path.pop();
            }
        }
        Json::String(_) | Json::Number(_) => out.push(path.clone()),
        _ => {}
    }
}

fn at<'a>(value: &'a mut Json, path: &[String]) -> &'a mut Json {
    path.iter().fold(value, |v, key| match v {
        Json::Array(items) => &mut items[key.parse::<usize>().expect("an index")],
        other => &mut other[key.as_str()],
    })
}

/// `template` with the literals at `places` (under `/Resources/NAME/Properties`) replaced by
/// `{"Ref": "P<i>"}`, each parameter with `values(literal)` as its `AllowedValues` and the literal
/// as its `Default`.
fn with_parameters(
    template: &Json,
    places: &[(String, Vec<String>)],
    values: impl Fn(&Json) -> Vec<Json>,
) -> Json {
    let mut template = template.clone();
    let mut parameters = Map::new();
    for (i, (resource, path)) in places.iter().enumerate() {
        let properties = &mut template["Resources"][resource.as_str()]["Properties"];
        let literal = std::mem::replace(at(properties, path), json!({"Ref": format!("P{i}")}));
        let kind = if literal.is_number() {
            "Number"
        } else {
            "String"
        };
        parameters.insert(
            format!("P{i}"),
            json!({"Type": kind, "Default": literal, "AllowedValues": values(&literal)}),
        );
    }
    template["Parameters"]
        .as_object_mut()
        .expect("Parameters")
        .extend(parameters);
    template
}

fn method_literals(template: &Json) -> Vec<(String, Vec<String>)> {
    let mut places = Vec::new();
    for (name, resource) in template["Resources"].as_object().expect("Resources") {
        if resource["Type"] == "AWS::ApiGateway::Method" {
            let mut found = Vec::new();
            literal_places(&resource["Properties"], &mut Vec::new(), &mut found);
            places.extend(found.into_iter().map(|p| (name.clone(), p)));
        }
    }
    places
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A valid template stays clean when any of its Methods' literals become references to
    /// parameters that can take only that value.
    #[test]
    fn literals_replaced_by_parameters_of_that_value_raise_nothing(
        picks in prop::collection::vec(any::<prop::sample::Index>(), 1..12),
    ) {
        let template = parse("references-fixed.yaml").into_json();
        let places = method_literals(&template);
        let mut chosen: Vec<(String, Vec<String>)> =
            picks.iter().map(|i| places[i.index(places.len())].clone()).collect();
        chosen.sort();
        chosen.dedup();
        let replaced = with_parameters(&template, &chosen, |literal| vec![literal.clone()]);
        let findings = Template::from_value(replaced).expect("a template").check();
        prop_assert!(findings.is_empty(), "{chosen:?}: {findings:?}");
    }
}

#[test]
fn a_parameter_that_may_take_a_wrong_value_is_reported_where_it_is_used() {
    let template = parse("references-fixed.yaml").into_json();
    let places: Vec<(String, Vec<String>)> = method_literals(&template)
        .into_iter()
        .filter(|(_, path)| path.join("/") == "Integration/IntegrationHttpMethod")
        .collect();
    assert!(places.len() > 3, "{places:?}");
    let replaced = with_parameters(&template, &places, |literal| {
        vec![literal.clone(), json!("FETCH")]
    });
    let findings = Template::from_value(replaced).expect("a template").check();
    let refused = findings
        .iter()
        .filter(|f| f.rule() == "integration-http-method-allowed-values")
        .count();
    assert_eq!(refused, places.len(), "{findings:?}");
    // (and, on the Lambda integrations, the warning that only POST invokes Lambda)
    for finding in &findings {
        assert!(
            finding
                .path()
                .ends_with("/Integration/IntegrationHttpMethod")
        );
        assert!(
            finding
                .message()
                .contains("\"FETCH\" is a value of the parameter `P"),
            "{}",
            finding.message()
        );
    }
}

/// The findings (`rule pointer`) of a template of one Method with `properties` under
/// `Resources/M`, the given parameters and conditions, an `AWS::ApiGateway::RestApi` `Api`, and
/// `extra`: more resources, the Method's `Condition`, or the template's `Transform`.
fn method(parameters: Json, conditions: Json, properties: Json, extra: Json) -> Vec<String> {
    let mut method = json!({"Type": "AWS::ApiGateway::Method", "Properties": properties});
    let mut resources = json!({"Api": {"Type": "AWS::ApiGateway::RestApi"}});
    let mut template = json!({"Parameters": parameters, "Conditions": conditions});
    for (key, value) in extra.as_object().expect("an object") {
        match key.as_str() {
            "Condition" => method["Condition"] = value.clone(),
            "Transform" => template["Transform"] = value.clone(),
            _ => resources[key.as_str()] = value.clone(),
        }
    }
    resources["M"] = method;
    template["Resources"] = resources;
    let mut found = Template::from_value(template)
        .expect("a template")
        .check()
        .iter()
        .map(|f| format!("{} {}", f.rule(), f.path()))
        .collect::<Vec<_>>();
    // In the order of the names, whatever order the maps keep (repeats are kept).
    found.sort();
    found
}

fn http_proxy(uri: Json) -> Json {
    json!({
        "HttpMethod": "GET",
        "RestApiId": {"Ref": "Api"},
        "ResourceId": {"Fn::GetAtt": ["Api", "RootResourceId"]},
        "AuthorizationType": "NONE",
        "Integration": {"Type": "HTTP_PROXY", "IntegrationHttpMethod": "GET", "Uri": uri}
    })
}

#[test]
fn a_parameter_is_checked_value_by_value_only_where_no_condition_may_rule_values_out() {
    let backend =
        json!({"Backend": {"Type": "String", "AllowedValues": ["", "https://example.com"]}});
    let has_backend =
        json!({"HasBackend": {"Fn::Not": [{"Fn::Equals": [{"Ref": "Backend"}, ""]}]}});
    // Unconditionally, "" is a value the Uri may be, and it is no URL.
    assert_eq!(
        method(
            backend.clone(),
            has_backend.clone(),
            http_proxy(json!({"Ref": "Backend"})),
            json!({})
        ),
        ["integration-uri-http-form /Resources/M/Properties/Integration/Uri"]
    );
    // A condition on the Method, or an Fn::If, may rule "" out.
    assert!(
        method(
            backend.clone(),
            has_backend.clone(),
            http_proxy(json!({"Ref": "Backend"})),
            json!({"Condition": "HasBackend"})
        )
        .is_empty()
    );
    let chosen =
        json!({"Fn::If": ["HasBackend", {"Ref": "Backend"}, "https://fallback.example.com"]});
    assert!(method(backend, has_backend.clone(), http_proxy(chosen), json!({})).is_empty());
    // A Default alone is not the only value a parameter may be given.
    let optional = json!({"Backend": {"Type": "String", "Default": ""}});
    assert!(
        method(
            optional,
            has_backend,
            http_proxy(json!({"Ref": "Backend"})),
            json!({})
        )
        .is_empty()
    );
}

#[test]
fn a_parameter_of_many_values_is_any_text_and_one_value_written_twice_is_checked_once() {
    let many: Vec<Json> = (0..17).map(|i| json!(format!("not a URL {i}"))).collect();
    let parameters = json!({"Backend": {"Type": "String", "AllowedValues": many}});
    assert!(
        method(
            parameters,
            json!({}),
            http_proxy(json!({"Ref": "Backend"})),
            json!({})
        )
        .is_empty()
    );
    // `200` and `"200"` are one value: one finding.
    let properties = json!({
        "HttpMethod": "GET",
        "RestApiId": {"Ref": "Api"},
        "ResourceId": {"Fn::GetAtt": ["Api", "RootResourceId"]},
        "AuthorizationType": "NONE",
        "Integration": {"Type": "MOCK", "TimeoutInMillis": {"Ref": "Timeout"}}
    });
    let parameters =
        json!({"Timeout": {"Type": "Number", "AllowedValues": [20, "20"], "Default": 20}});
    assert_eq!(
        method(parameters, json!({}), properties, json!({})),
        ["integration-timeout-minimum /Resources/M/Properties/Integration/TimeoutInMillis"]
    );
}

#[test]
fn resources_an_include_transform_adds_may_be_named() {
    let uri = json!({"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${IncludedFn.Arn}/invocations"});
    let mut properties = http_proxy(uri);
    properties["Integration"]["Type"] = json!("AWS_PROXY");
    properties["Integration"]["IntegrationHttpMethod"] = json!("POST");
    let include = json!({"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://bucket/fn.yaml"}}});
    assert!(method(json!({}), json!({}), properties.clone(), include).is_empty());
    assert_eq!(
        method(json!({}), json!({}), properties, json!({})),
        ["reference-undeclared /Resources/M/Properties/Integration/Uri"]
    );
}

#[test]
fn an_authorizer_is_of_another_rest_api_only_when_both_are_resources_of_the_template() {
    let properties = |api: Json| {
        json!({
            "HttpMethod": "GET",
            "RestApiId": api,
            "ResourceId": "abc",
            "AuthorizationType": "CUSTOM",
            "AuthorizerId": {"Ref": "Auth"},
            "Integration": {"Type": "MOCK"}
        })
    };
    let authorizer = |api: Json| {
        json!({
            "Auth": {"Type": "AWS::ApiGateway::Authorizer", "Properties": {
                "Type": "TOKEN",
                "RestApiId": api,
                "Name": "auth",
                "AuthorizerUri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations",
                "IdentitySource": "method.request.header.Authorization"
            }},
            "Other": {"Type": "AWS::ApiGateway::RestApi"}
        })
    };
    let parameters = json!({"ApiId": {"Type": "String"}, "SameApiId": {"Type": "String"}});
    assert_eq!(
        method(
            parameters.clone(),
            json!({}),
            properties(json!({"Ref": "Api"})),
            authorizer(json!({"Ref": "Other"}))
        ),
        ["method-authorizer-rest-api /Resources/M/Properties/AuthorizerId"]
    );
    // Two parameters may hold one API's ID.
    assert!(
        method(
            parameters,
            json!({}),
            properties(json!({"Ref": "ApiId"})),
            authorizer(json!({"Ref": "SameApiId"}))
        )
        .is_empty()
    );
}
