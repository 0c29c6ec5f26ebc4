// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The named value forms of the spec: regular expressions a whole value must match.
use cfn_apigateway_runtime::{Format, Serialized};
/// `account-id`: an AWS account ID: 12 digits.
///
/// The whole value matches:
///
/// ```text
/// [0-9]{12}
/// ```
///
/// Source: `pseudo-parameters#cfn-pseudo-param-accountid`.
pub static ACCOUNT_ID: Format = Format::new(
    "account-id",
    "an AWS account ID: 12 digits",
    "[0-9]{12}",
    &const { Serialized::new(*include_bytes!("formats/account-id.dfa")) },
);
/// `apigateway-service-uri`: arn:PARTITION:apigateway:REGION:SUBDOMAIN.SERVICE|SERVICE:path|action/SERVICE_API.
///
/// The whole value matches:
///
/// ```text
/// arn:[a-z-]+:apigateway:[a-z0-9-]+:[A-Za-z0-9._-]+:(?:path|action)/\S+
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub static APIGATEWAY_SERVICE_URI: Format = Format::new(
    "apigateway-service-uri",
    "arn:PARTITION:apigateway:REGION:SUBDOMAIN.SERVICE|SERVICE:path|action/SERVICE_API",
    "arn:[a-z-]+:apigateway:[a-z0-9-]+:[A-Za-z0-9._-]+:(?:path|action)/\\S+",
    &const { Serialized::new(*include_bytes!("formats/apigateway-service-uri.dfa")) },
);
/// `context-variable`: context.NAME.
///
/// The whole value matches:
///
/// ```text
/// context\.\S+
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-requestparameters`.
pub static CONTEXT_VARIABLE: Format = Format::new(
    "context-variable",
    "context.NAME",
    "context\\.\\S+",
    &const { Serialized::new(*include_bytes!("formats/context-variable.dfa")) },
);
/// `declarable-method-request-parameter`: method.request.LOCATION.NAME with LOCATION path, querystring or header: a parameter a Method declares (a multivaluequerystring or multivalueheader mapping reads the querystring or header of its name).
///
/// The whole value matches:
///
/// ```text
/// method\.request\.(?:path|querystring|header)\.\S+
/// ```
///
/// Source: `method#cfn-apigateway-method-requestparameters`.
pub static DECLARABLE_METHOD_REQUEST_PARAMETER: Format = Format::new(
    "declarable-method-request-parameter",
    "method.request.LOCATION.NAME with LOCATION path, querystring or header: a parameter a Method declares (a multivaluequerystring or multivalueheader mapping reads the querystring or header of its name)",
    "method\\.request\\.(?:path|querystring|header)\\.\\S+",
    &const {
        Serialized::new(
            *include_bytes!("formats/declarable-method-request-parameter.dfa"),
        )
    },
);
/// `default-model-key`: $default (the model for any content type).
///
/// The whole value matches:
///
/// ```text
/// \$default
/// ```
///
/// Source: `method#cfn-apigateway-method-requestmodels`.
pub static DEFAULT_MODEL_KEY: Format = Format::new(
    "default-model-key",
    "$default (the model for any content type)",
    "\\$default",
    &const { Serialized::new(*include_bytes!("formats/default-model-key.dfa")) },
);
/// `http-status-code`: a three-digit HTTP status code (100 to 599).
///
/// The whole value matches:
///
/// ```text
/// [1-5][0-9]{2}
/// ```
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-statuscode`.
pub static HTTP_STATUS_CODE: Format = Format::new(
    "http-status-code",
    "a three-digit HTTP status code (100 to 599)",
    "[1-5][0-9]{2}",
    &const { Serialized::new(*include_bytes!("formats/http-status-code.dfa")) },
);
/// `http-url`: an absolute http:// or https:// URL.
///
/// The whole value matches:
///
/// ```text
/// https?://[^\s/?#]+.*
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub static HTTP_URL: Format = Format::new(
    "http-url",
    "an absolute http:// or https:// URL",
    "https?://[^\\s/?#]+.*",
    &const { Serialized::new(*include_bytes!("formats/http-url.dfa")) },
);
/// `iam-caller-passthrough`: arn:aws:iam::*:user/* (the caller's identity is passed through).
///
/// The whole value matches:
///
/// ```text
/// arn:aws:iam::\*:user/\*
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-credentials`.
pub static IAM_CALLER_PASSTHROUGH: Format = Format::new(
    "iam-caller-passthrough",
    "arn:aws:iam::*:user/* (the caller's identity is passed through)",
    "arn:aws:iam::\\*:user/\\*",
    &const { Serialized::new(*include_bytes!("formats/iam-caller-passthrough.dfa")) },
);
/// `iam-role-arn`: an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME).
///
/// The whole value matches:
///
/// ```text
/// arn:[a-z-]+:iam::[0-9]+:role/[A-Za-z0-9+=,.@_/-]+
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-credentials`.
pub static IAM_ROLE_ARN: Format = Format::new(
    "iam-role-arn",
    "an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME)",
    "arn:[a-z-]+:iam::[0-9]+:role/[A-Za-z0-9+=,.@_/-]+",
    &const { Serialized::new(*include_bytes!("formats/iam-role-arn.dfa")) },
);
/// `integration-request-parameter`: integration.request.LOCATION.NAME (LOCATION: path, querystring, multivaluequerystring, header, multivalueheader).
///
/// The whole value matches:
///
/// ```text
/// integration\.request\.(?:path|querystring|multivaluequerystring|header|multivalueheader)\.[A-Za-z0-9._$-]+
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-requestparameters`.
pub static INTEGRATION_REQUEST_PARAMETER: Format = Format::new(
    "integration-request-parameter",
    "integration.request.LOCATION.NAME (LOCATION: path, querystring, multivaluequerystring, header, multivalueheader)",
    "integration\\.request\\.(?:path|querystring|multivaluequerystring|header|multivalueheader)\\.[A-Za-z0-9._$-]+",
    &const {
        Serialized::new(*include_bytes!("formats/integration-request-parameter.dfa"))
    },
);
/// `integration-response-parameter`: integration.response.header.NAME, integration.response.multivalueheader.NAME or integration.response.body[.JSONPATH].
///
/// The whole value matches:
///
/// ```text
/// integration\.response\.(?:(?:header|multivalueheader)\.[A-Za-z0-9._$-]+|body(?:[.\[]\S*)?)
/// ```
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters`.
pub static INTEGRATION_RESPONSE_PARAMETER: Format = Format::new(
    "integration-response-parameter",
    "integration.response.header.NAME, integration.response.multivalueheader.NAME or integration.response.body[.JSONPATH]",
    "integration\\.response\\.(?:(?:header|multivalueheader)\\.[A-Za-z0-9._$-]+|body(?:[.\\[]\\S*)?)",
    &const {
        Serialized::new(*include_bytes!("formats/integration-response-parameter.dfa"))
    },
);
/// `lambda-function-arn`: a Lambda function ARN (arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME).
///
/// The whole value matches:
///
/// ```text
/// arn:[a-z-]+:lambda:[a-z0-9-]+:[0-9]+:function:[A-Za-z0-9_:$-]+
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub static LAMBDA_FUNCTION_ARN: Format = Format::new(
    "lambda-function-arn",
    "a Lambda function ARN (arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME)",
    "arn:[a-z-]+:lambda:[a-z0-9-]+:[0-9]+:function:[A-Za-z0-9_:$-]+",
    &const { Serialized::new(*include_bytes!("formats/lambda-function-arn.dfa")) },
);
/// `lambda-invocation-uri`: arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations.
///
/// The whole value matches:
///
/// ```text
/// arn:[a-z-]+:apigateway:[a-z0-9-]+:lambda:path/.*/invocations
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-uri`.
pub static LAMBDA_INVOCATION_URI: Format = Format::new(
    "lambda-invocation-uri",
    "arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations",
    "arn:[a-z-]+:apigateway:[a-z0-9-]+:lambda:path/.*/invocations",
    &const { Serialized::new(*include_bytes!("formats/lambda-invocation-uri.dfa")) },
);
/// `media-type`: a media type (type/subtype), such as application/json.
///
/// The whole value matches:
///
/// ```text
/// [A-Za-z0-9!#$%&'*+.^_`|~-]+/[A-Za-z0-9!#$%&'*+.^_`|~-]+.*
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-requesttemplates`.
pub static MEDIA_TYPE: Format = Format::new(
    "media-type",
    "a media type (type/subtype), such as application/json",
    "[A-Za-z0-9!#$%&'*+.^_`|~-]+/[A-Za-z0-9!#$%&'*+.^_`|~-]+.*",
    &const { Serialized::new(*include_bytes!("formats/media-type.dfa")) },
);
/// `method-request-location-parameter`: method.request.LOCATION.NAME (LOCATION: path, querystring, multivaluequerystring, header, multivalueheader).
///
/// The whole value matches:
///
/// ```text
/// method\.request\.(?:path|querystring|multivaluequerystring|header|multivalueheader)\.\S+
/// ```
///
/// Source: `method#cfn-apigateway-method-requestparameters`.
pub static METHOD_REQUEST_LOCATION_PARAMETER: Format = Format::new(
    "method-request-location-parameter",
    "method.request.LOCATION.NAME (LOCATION: path, querystring, multivaluequerystring, header, multivalueheader)",
    "method\\.request\\.(?:path|querystring|multivaluequerystring|header|multivalueheader)\\.\\S+",
    &const {
        Serialized::new(*include_bytes!("formats/method-request-location-parameter.dfa"))
    },
);
/// `method-request-parameter`: method.request.LOCATION.NAME or method.request.body[.JSONPATH].
///
/// The whole value matches:
///
/// ```text
/// method\.request\.(?:(?:path|querystring|multivaluequerystring|header|multivalueheader)\.[A-Za-z0-9._$-]+|body(?:[.\[]\S*)?)
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-requestparameters`.
pub static METHOD_REQUEST_PARAMETER: Format = Format::new(
    "method-request-parameter",
    "method.request.LOCATION.NAME or method.request.body[.JSONPATH]",
    "method\\.request\\.(?:(?:path|querystring|multivaluequerystring|header|multivalueheader)\\.[A-Za-z0-9._$-]+|body(?:[.\\[]\\S*)?)",
    &const { Serialized::new(*include_bytes!("formats/method-request-parameter.dfa")) },
);
/// `method-response-header`: method.response.header.NAME.
///
/// The whole value matches:
///
/// ```text
/// method\.response\.header\.[A-Za-z0-9._$-]+
/// ```
///
/// Source: `integration-response#cfn-apigateway-method-integration-integrationresponse-responseparameters`.
pub static METHOD_RESPONSE_HEADER: Format = Format::new(
    "method-response-header",
    "method.response.header.NAME",
    "method\\.response\\.header\\.[A-Za-z0-9._$-]+",
    &const { Serialized::new(*include_bytes!("formats/method-response-header.dfa")) },
);
/// `partition`: a partition: aws, or aws- and a name (aws-cn, aws-us-gov).
///
/// The whole value matches:
///
/// ```text
/// aws(?:-[a-z]+)*
/// ```
///
/// Source: `pseudo-parameters#cfn-pseudo-param-partition`.
pub static PARTITION: Format = Format::new(
    "partition",
    "a partition: aws, or aws- and a name (aws-cn, aws-us-gov)",
    "aws(?:-[a-z]+)*",
    &const { Serialized::new(*include_bytes!("formats/partition.dfa")) },
);
/// `quoted-static-value`: a static value in single quotes.
///
/// The whole value matches:
///
/// ```text
/// '.*'
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-requestparameters`.
pub static QUOTED_STATIC_VALUE: Format = Format::new(
    "quoted-static-value",
    "a static value in single quotes",
    "'.*'",
    &const { Serialized::new(*include_bytes!("formats/quoted-static-value.dfa")) },
);
/// `region-name`: a Region name such as us-west-2: lower-case letters, digits and dashes, never a colon.
///
/// The whole value matches:
///
/// ```text
/// [a-z0-9-]+
/// ```
///
/// Source: `pseudo-parameters#cfn-pseudo-param-region`.
pub static REGION_NAME: Format = Format::new(
    "region-name",
    "a Region name such as us-west-2: lower-case letters, digits and dashes, never a colon",
    "[a-z0-9-]+",
    &const { Serialized::new(*include_bytes!("formats/region-name.dfa")) },
);
/// `sqs-queue-arn`: an SQS queue ARN: arn:PARTITION:sqs:REGION:ACCOUNT:NAME.
///
/// The whole value matches:
///
/// ```text
/// arn:[a-z-]+:sqs:[a-z0-9-]+:[0-9]+:[A-Za-z0-9_-]+(?:\.fifo)?
/// ```
///
/// Source: `return-values#aws-resource-sqs-queue-return-values-fn--getatt`.
pub static SQS_QUEUE_ARN: Format = Format::new(
    "sqs-queue-arn",
    "an SQS queue ARN: arn:PARTITION:sqs:REGION:ACCOUNT:NAME",
    "arn:[a-z-]+:sqs:[a-z0-9-]+:[0-9]+:[A-Za-z0-9_-]+(?:\\.fifo)?",
    &const { Serialized::new(*include_bytes!("formats/sqs-queue-arn.dfa")) },
);
/// `stack-id`: a stack ID, the stack's ARN: arn:PARTITION:cloudformation:REGION:ACCOUNT:stack/NAME/ID.
///
/// The whole value matches:
///
/// ```text
/// arn:[a-z-]+:cloudformation:[a-z0-9-]+:[0-9]{12}:stack/.+
/// ```
///
/// Source: `pseudo-parameters#cfn-pseudo-param-stackid`.
pub static STACK_ID: Format = Format::new(
    "stack-id",
    "a stack ID, the stack's ARN: arn:PARTITION:cloudformation:REGION:ACCOUNT:stack/NAME/ID",
    "arn:[a-z-]+:cloudformation:[a-z0-9-]+:[0-9]{12}:stack/.+",
    &const { Serialized::new(*include_bytes!("formats/stack-id.dfa")) },
);
/// `stage-variable`: stageVariables.NAME.
///
/// The whole value matches:
///
/// ```text
/// stageVariables\.[A-Za-z0-9._$-]+
/// ```
///
/// Source: `integration#cfn-apigateway-method-integration-requestparameters`.
pub static STAGE_VARIABLE: Format = Format::new(
    "stage-variable",
    "stageVariables.NAME",
    "stageVariables\\.[A-Za-z0-9._$-]+",
    &const { Serialized::new(*include_bytes!("formats/stage-variable.dfa")) },
);
/// `state-machine-arn`: a Step Functions state machine ARN: arn:PARTITION:states:....
///
/// The whole value matches:
///
/// ```text
/// arn:[a-z-]+:states:.+
/// ```
///
/// Source: `return-values#aws-resource-stepfunctions-statemachine-return-values-ref`.
pub static STATE_MACHINE_ARN: Format = Format::new(
    "state-machine-arn",
    "a Step Functions state machine ARN: arn:PARTITION:states:...",
    "arn:[a-z-]+:states:.+",
    &const { Serialized::new(*include_bytes!("formats/state-machine-arn.dfa")) },
);
/// `url-suffix`: a domain suffix such as amazonaws.com or amazonaws.com.cn.
///
/// The whole value matches:
///
/// ```text
/// [a-z0-9.-]+
/// ```
///
/// Source: `pseudo-parameters#cfn-pseudo-param-urlsuffix`.
pub static URL_SUFFIX: Format = Format::new(
    "url-suffix",
    "a domain suffix such as amazonaws.com or amazonaws.com.cn",
    "[a-z0-9.-]+",
    &const { Serialized::new(*include_bytes!("formats/url-suffix.dfa")) },
);
/// Every named form of the spec, in name order.
pub static FORMATS: [&Format; 25] = [
    &ACCOUNT_ID,
    &APIGATEWAY_SERVICE_URI,
    &CONTEXT_VARIABLE,
    &DECLARABLE_METHOD_REQUEST_PARAMETER,
    &DEFAULT_MODEL_KEY,
    &HTTP_STATUS_CODE,
    &HTTP_URL,
    &IAM_CALLER_PASSTHROUGH,
    &IAM_ROLE_ARN,
    &INTEGRATION_REQUEST_PARAMETER,
    &INTEGRATION_RESPONSE_PARAMETER,
    &LAMBDA_FUNCTION_ARN,
    &LAMBDA_INVOCATION_URI,
    &MEDIA_TYPE,
    &METHOD_REQUEST_LOCATION_PARAMETER,
    &METHOD_REQUEST_PARAMETER,
    &METHOD_RESPONSE_HEADER,
    &PARTITION,
    &QUOTED_STATIC_VALUE,
    &REGION_NAME,
    &SQS_QUEUE_ARN,
    &STACK_ID,
    &STAGE_VARIABLE,
    &STATE_MACHINE_ARN,
    &URL_SUFFIX,
];
