//! A deterministic corpus of realistic Integrations as JSON text for the benchmarks: every
//! Type, Lambda and AWS service URIs, HTTP backends behind VPC links, mocks with CORS
//! responses, request parameters and templates, and (optionally) intrinsic functions.

use serde_json::{Value, json};

/// xorshift64*: a tiny seeded generator, so the corpus is the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// A resource or parameter name such as `OrdersFunction`.
    fn name(&mut self) -> String {
        const WORDS: &[&str] = &[
            "Orders",
            "Users",
            "Pets",
            "Cart",
            "Billing",
            "Search",
            "Auth",
            "Inventory",
            "Reports",
            "Media",
            "Events",
            "Profile",
        ];
        const KINDS: &[&str] = &[
            "Function", "Handler", "Queue", "Table", "Backend", "Service",
        ];
        format!("{}{}", self.pick(WORDS), self.pick(KINDS))
    }

    fn path_segment(&mut self) -> &'static str {
        self.pick(&[
            "id", "orderId", "userId", "petId", "page", "limit", "q", "sort",
        ])
    }
}

const REGIONS: &[&str] = &[
    "us-east-1",
    "us-west-2",
    "eu-west-1",
    "eu-central-1",
    "ap-southeast-2",
];
const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "ANY"];

fn lambda_uri(rng: &mut Rng, intrinsics: bool) -> Value {
    let function = rng.name();
    if intrinsics && rng.chance(70) {
        return match rng.below(3) {
            0 => json!({ "Fn::Sub": format!(
                "arn:aws:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{{function}.Arn}}/invocations"
            ) }),
            1 => json!({ "Fn::Join": ["", [
                "arn:aws:apigateway:", { "Ref": "AWS::Region" },
                ":lambda:path/2015-03-31/functions/", { "Fn::GetAtt": [function, "Arn"] }, "/invocations",
            ]] }),
            _ => json!({ "Fn::If": [
                "IsProduction",
                { "Fn::Sub": format!("arn:aws:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{{function}.Arn}}:live/invocations") },
                { "Fn::Sub": format!("arn:aws:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{{function}.Arn}}/invocations") },
            ] }),
        };
    }
    let region = rng.pick(REGIONS);
    json!(format!(
        "arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/arn:aws:lambda:{region}:123456789012:function:{function}/invocations"
    ))
}

fn cors_response(rng: &mut Rng) -> Value {
    json!({
        "StatusCode": rng.pick(&["200", "201", "204"]),
        "ResponseParameters": {
            "method.response.header.Access-Control-Allow-Origin": "'*'",
            "method.response.header.Access-Control-Allow-Headers": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
            "method.response.header.Access-Control-Allow-Methods": "'GET,POST,OPTIONS'",
        },
        "ResponseTemplates": { "application/json": "" },
    })
}

fn error_responses(rng: &mut Rng) -> Vec<Value> {
    let mut responses = vec![json!({
        "StatusCode": "200",
        "ResponseTemplates": { "application/json": "$input.json('$.body')" },
    })];
    if rng.chance(70) {
        responses.push(json!({
            "StatusCode": "400",
            "SelectionPattern": "4\\d{2}",
            "ResponseParameters": { "method.response.header.X-Error": "integration.response.header.x-amzn-ErrorType" },
        }));
    }
    if rng.chance(50) {
        responses.push(json!({
            "StatusCode": 500,
            "SelectionPattern": "5\\d{2}",
            "ContentHandling": "CONVERT_TO_TEXT",
        }));
    }
    responses
}

/// One realistic Integration; `intrinsics: false` writes literals only.
pub fn integration(rng: &mut Rng, intrinsics: bool) -> Value {
    let mut value = match rng.below(10) {
        // Lambda proxy: the most common integration.
        0..=3 => json!({
            "Type": "AWS_PROXY",
            "IntegrationHttpMethod": "POST",
            "Uri": lambda_uri(rng, intrinsics),
        }),
        // Lambda with mapping templates.
        4 => json!({
            "Type": "AWS",
            "IntegrationHttpMethod": "POST",
            "Uri": lambda_uri(rng, intrinsics),
            "PassthroughBehavior": "WHEN_NO_TEMPLATES",
            "RequestTemplates": {
                "application/json": "{\"body\": $input.json('$'), \"id\": \"$input.params('id')\"}",
            },
            "IntegrationResponses": error_responses(rng),
        }),
        // AWS service integration (SQS, DynamoDB, S3, Step Functions).
        5 => {
            let region = rng.pick(REGIONS);
            let (service, api) = match rng.below(4) {
                0 => ("sqs", "path/123456789012/orders-queue"),
                1 => ("dynamodb", "action/PutItem"),
                2 => ("s3", "path/media-bucket/{key}"),
                _ => ("states", "action/StartExecution"),
            };
            json!({
                "Type": "AWS",
                "IntegrationHttpMethod": "POST",
                "Uri": format!("arn:aws:apigateway:{region}:{service}:{api}"),
                "Credentials": if intrinsics { json!({ "Fn::GetAtt": [rng.name(), "Arn"] }) } else { json!("arn:aws:iam::123456789012:role/apigateway-service-role") },
                "PassthroughBehavior": "NEVER",
                "RequestParameters": {
                    "integration.request.header.Content-Type": "'application/x-www-form-urlencoded'",
                    "integration.request.path.key": "method.request.path.key",
                },
                "RequestTemplates": { "application/json": "Action=SendMessage&MessageBody=$util.urlEncode($input.body)" },
                "IntegrationResponses": error_responses(rng),
            })
        }
        // HTTP backends, public or behind a VPC link.
        6..=7 => {
            let segment = rng.path_segment();
            let mut http = json!({
                "Type": rng.pick(&["HTTP", "HTTP_PROXY"]),
                "IntegrationHttpMethod": rng.pick(METHODS),
                "Uri": format!("https://api.example.com/v1/items/{{{segment}}}"),
                "RequestParameters": {
                    format!("integration.request.path.{segment}"): format!("method.request.path.{segment}"),
                    "integration.request.header.X-Request-Id": "context.requestId",
                    "integration.request.header.X-Api-Key": "stageVariables.backendKey",
                },
                "CacheKeyParameters": [format!("method.request.path.{segment}")],
                "CacheNamespace": rng.name(),
                "TimeoutInMillis": 50 + rng.below(28_950),
            });
            if rng.chance(40) {
                http["ConnectionType"] = json!("VPC_LINK");
                http["ConnectionId"] = if intrinsics {
                    json!({ "Ref": "VpcLink" })
                } else {
                    json!("abc123")
                };
                http["Uri"] = json!(format!("http://internal.example.local:8080/{segment}"));
            }
            if intrinsics && rng.chance(50) {
                http["Uri"] = json!({ "Fn::Sub": format!("https://${{BackendHost}}/v1/items/{{{segment}}}") });
            }
            http
        }
        // Mocks: CORS preflight and canned responses.
        _ => json!({
            "Type": "MOCK",
            "RequestTemplates": { "application/json": "{\"statusCode\": 200}" },
            "PassthroughBehavior": "WHEN_NO_MATCH",
            "IntegrationResponses": [cors_response(rng)],
        }),
    };
    if intrinsics && rng.chance(15) {
        value["TimeoutInMillis"] =
            json!({ "Fn::If": ["IsProduction", 29000, { "Ref": "AWS::NoValue" }] });
    }
    if rng.chance(10) {
        // Only proxy integrations stream.
        let mode = rng.pick(&["BUFFERED", "STREAM"]);
        let proxy = matches!(value["Type"].as_str(), Some("AWS_PROXY" | "HTTP_PROXY"));
        value["ResponseTransferMode"] = json!(if proxy { mode } else { "BUFFERED" });
    }
    if rng.chance(10) {
        value["ContentHandling"] = json!(rng.pick(&["CONVERT_TO_TEXT", "CONVERT_TO_BINARY"]));
    }
    value
}

/// `count` Integrations as pretty-printed JSON text, the same for every run.
pub fn corpus(count: usize, intrinsics: bool) -> Vec<String> {
    let mut rng = Rng::new(0x5eed_0006);
    (0..count)
        .map(|_| serde_json::to_string_pretty(&integration(&mut rng, intrinsics)).expect("JSON"))
        .collect()
}

/// The corpus, parsed.
pub fn values(texts: &[String]) -> Vec<Value> {
    texts
        .iter()
        .map(|t| serde_json::from_str(t).expect("JSON"))
        .collect()
}
