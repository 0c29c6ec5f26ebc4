//! The shapes of Integration people write most, as builders already filled in: Lambda proxy,
//! HTTP proxy, AWS service, mock, and private HTTP over a VPC link.
//!
//! Each returns an [`IntegrationBuilder`], so that more can be set before `build()` checks the
//! whole by every rule; with the arguments they are documented for, `build()` finds nothing.

use crate::{
    ConnectionType, Function, HttpMethod, Integration, IntegrationBuilder, IntegrationResponse,
    IntegrationType, Intrinsic, Value,
};
use serde_json::Value as Json;

/// The start of a Lambda invocation URI in the API's own partition and region.
const LAMBDA_URI_PREFIX: &str =
    "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/";

/// The end of a Lambda invocation URI.
const LAMBDA_URI_SUFFIX: &str = "/invocations";

/// How an AWS service integration calls the service: the two forms of its URI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceApi {
    /// `path/...`: a path of the service's REST API, such as `my-bucket/{key}` for S3.
    Path(String),
    /// `action/...`: an action of the service's query API, such as `SendMessage` for SQS.
    Action(String),
}

impl ServiceApi {
    /// A path of the service's REST API (a leading `/` is dropped).
    pub fn path(path: impl Into<String>) -> Self {
        ServiceApi::Path(path.into())
    }

    /// An action of the service's query API.
    pub fn action(action: impl Into<String>) -> Self {
        ServiceApi::Action(action.into())
    }
}

impl Integration {
    /// A Lambda proxy integration (`AWS_PROXY`, called with `POST`) of the function whose ARN
    /// is `function_arn`: a literal ARN, or an intrinsic function that gives one
    /// (`Value::get_att("MyFunction", "Arn")`, `Value::reference("FunctionArnParameter")`,
    /// `Value::sub(...)`, `Value::import_value(...)`, ...).
    ///
    /// The invocation URI is built from it: a literal ARN gives a literal URI in the ARN's own
    /// partition and region (where API Gateway calls Lambda); an intrinsic gives an `Fn::Sub`
    /// in the stack's partition and region, with `${MyFunction.Arn}` or `${Parameter}` written
    /// inline and any other function passed as the variable `${FunctionArn}`.
    ///
    /// ```
    /// use cfn_apigateway_integration::{Integration, Value};
    /// use serde_json::json;
    ///
    /// let integration = Integration::lambda_proxy(Value::get_att("Pets", "Arn")).build()?;
    /// assert_eq!(integration.to_json(), json!({
    ///     "Type": "AWS_PROXY",
    ///     "IntegrationHttpMethod": "POST",
    ///     "Uri": {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Pets.Arn}/invocations"},
    /// }));
    ///
    /// let literal = Integration::lambda_proxy("arn:aws:lambda:eu-west-1:123456789012:function:pets").build()?;
    /// assert_eq!(
    ///     literal.to_json()["Uri"],
    ///     "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:pets/invocations"
    /// );
    /// # Ok::<(), cfn_apigateway_integration::Report>(())
    /// ```
    pub fn lambda_proxy(function_arn: impl Into<Value<String>>) -> IntegrationBuilder {
        Integration::builder()
            .r#type(IntegrationType::AwsProxy)
            .integration_http_method(HttpMethod::Post)
            .uri(lambda_invocation_uri(function_arn.into()))
    }

    /// An HTTP proxy integration (`HTTP_PROXY`): requests are passed to `url` with `method`
    /// (`"ANY"` passes the client's method on), responses passed back unchanged.
    ///
    /// `url` is an absolute `http://` or `https://` URL; `{proxy}` and other path parameters,
    /// and `${stageVariables.NAME}`, are filled in by API Gateway.
    pub fn http_proxy(
        method: impl Into<Value<HttpMethod>>,
        url: impl Into<Value<String>>,
    ) -> IntegrationBuilder {
        Integration::builder()
            .r#type(IntegrationType::HttpProxy)
            .integration_http_method(method)
            .uri(url)
    }

    /// An AWS service integration (`AWS`) that calls `api` of `service` (`sqs`, `s3`,
    /// `dynamodb`, or `SUBDOMAIN.SERVICE`) with `method`, in the stack's partition and region:
    /// `arn:${AWS::Partition}:apigateway:${AWS::Region}:SERVICE:path|action/API` as an
    /// `Fn::Sub`, so `${Name}` in the path is filled in by CloudFormation and `{param}` by
    /// API Gateway.
    ///
    /// API Gateway needs permission to call the service: set
    /// [`credentials`](IntegrationBuilder::credentials) to a role it may assume.
    ///
    /// ```
    /// use cfn_apigateway_integration::{HttpMethod, Integration, ServiceApi, Value};
    ///
    /// let integration = Integration::aws_service(HttpMethod::Post, "sqs", ServiceApi::action("SendMessage"))
    ///     .credentials(Value::get_att("ApiGatewaySqsRole", "Arn"))
    ///     .request_parameters("integration.request.header.Content-Type", "'application/x-www-form-urlencoded'")
    ///     .request_templates("application/json", "Action=SendMessage&MessageBody=$input.body")
    ///     .build()?;
    /// assert_eq!(
    ///     integration.to_json()["Uri"],
    ///     serde_json::json!({"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:sqs:action/SendMessage"})
    /// );
    /// # Ok::<(), cfn_apigateway_integration::Report>(())
    /// ```
    pub fn aws_service(
        method: impl Into<Value<HttpMethod>>,
        service: impl Into<String>,
        api: ServiceApi,
    ) -> IntegrationBuilder {
        let (form, api) = match &api {
            ServiceApi::Path(path) => ("path", path.trim_start_matches('/')),
            ServiceApi::Action(action) => ("action", action.as_str()),
        };
        let uri = format!(
            "arn:${{AWS::Partition}}:apigateway:${{AWS::Region}}:{}:{form}/{api}",
            service.into()
        );
        Integration::builder()
            .r#type(IntegrationType::Aws)
            .integration_http_method(method)
            .uri(Value::sub(uri))
    }

    /// A mock integration (`MOCK`) that answers `200` with an empty body: the request template
    /// `{"statusCode": 200}` for `application/json` selects the status, and an integration
    /// response for `200` maps it (without one, API Gateway answers 500). The Method needs a
    /// `MethodResponses` entry for `200` too.
    ///
    /// ```
    /// use cfn_apigateway_integration::Integration;
    /// use serde_json::json;
    ///
    /// let integration = Integration::mock().build()?;
    /// assert_eq!(integration.to_json(), json!({
    ///     "Type": "MOCK",
    ///     "RequestTemplates": {"application/json": "{\"statusCode\": 200}"},
    ///     "IntegrationResponses": [{"StatusCode": "200"}],
    /// }));
    /// # Ok::<(), cfn_apigateway_integration::Report>(())
    /// ```
    pub fn mock() -> IntegrationBuilder {
        let builder = Integration::builder()
            .r#type(IntegrationType::Mock)
            .request_templates("application/json", "{\"statusCode\": 200}");
        // "200" always passes the response's rules; were a spec change to reject it, the
        // response would be left out (and the tests of this constructor fail), not panic.
        match IntegrationResponse::builder().status_code("200").build() {
            Ok(response) => builder.integration_responses(response),
            Err(_) => builder,
        }
    }

    /// A private integration (`HTTP_PROXY` over `VPC_LINK`): requests are passed to `url`, a
    /// URL of the network load balancer behind the VPC link `vpc_link_id` (such as
    /// `Value::reference("MyVpcLink")`), with `method`.
    pub fn private_http(
        method: impl Into<Value<HttpMethod>>,
        url: impl Into<Value<String>>,
        vpc_link_id: impl Into<Value<String>>,
    ) -> IntegrationBuilder {
        Integration::http_proxy(method, url)
            .connection_type(ConnectionType::VpcLink)
            .connection_id(vpc_link_id)
    }
}

/// `arn:PARTITION:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations`.
fn lambda_invocation_uri(function_arn: Value<String>) -> Value<String> {
    let intrinsic = match function_arn {
        Value::Literal(arn) | Value::Converted { value: arn, .. } => {
            return match partition_and_region(&arn) {
                Some((partition, region)) => Value::Literal(format!(
                    "arn:{partition}:apigateway:{region}:lambda:path/2015-03-31/functions/{arn}{LAMBDA_URI_SUFFIX}"
                )),
                // Not an ARN this code can read: the API's own partition and region, and the
                // text kept as written (`${` escaped, since `Fn::Sub` would substitute it).
                None => Value::sub(format!(
                    "{LAMBDA_URI_PREFIX}{}{LAMBDA_URI_SUFFIX}",
                    arn.replace("${", "${!")
                )),
            };
        }
        Value::Intrinsic(intrinsic) => intrinsic,
    };
    let inline = |reference: &str| {
        Value::sub(format!(
            "{LAMBDA_URI_PREFIX}${{{reference}}}{LAMBDA_URI_SUFFIX}"
        ))
    };
    match (intrinsic.function(), intrinsic.arguments()) {
        (Function::Ref, Json::String(name)) => inline(name),
        (Function::GetAtt, Json::String(dotted)) => inline(dotted),
        (Function::GetAtt, Json::Array(parts)) => match parts.as_slice() {
            [Json::String(resource), Json::String(attribute)] => {
                inline(&format!("{resource}.{attribute}"))
            }
            _ => with_variable(intrinsic),
        },
        (Function::Sub, Json::String(template)) => {
            Value::sub(format!("{LAMBDA_URI_PREFIX}{template}{LAMBDA_URI_SUFFIX}"))
        }
        _ => with_variable(intrinsic),
    }
}

/// The URI as `Fn::Sub` with the ARN passed as the variable `FunctionArn`: works for every
/// function `Fn::Sub` accepts as a variable (`Fn::ImportValue`, `Fn::If`, `Fn::Join`, an
/// `Fn::Sub` with its own variables, ...).
fn with_variable(function_arn: Intrinsic) -> Value<String> {
    Value::sub_with(
        format!("{LAMBDA_URI_PREFIX}${{FunctionArn}}{LAMBDA_URI_SUFFIX}"),
        [("FunctionArn", Value::Intrinsic(function_arn))],
    )
}

/// The partition and region of `arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]`.
fn partition_and_region(arn: &str) -> Option<(&str, &str)> {
    let mut fields = arn.split(':');
    let ("arn", partition, "lambda", region, _account, "function", _name) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    ) else {
        return None;
    };
    let partition_ok = !partition.is_empty()
        && partition
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-');
    let region_ok = !region.is_empty()
        && region
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    (partition_ok && region_ok).then_some((partition, region))
}
