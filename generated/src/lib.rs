//! Typed, validated CloudFormation `AWS::ApiGateway::Method` resources and their `Integration`
//! blocks, and every other `AWS::ApiGateway::*` REST resource type.
//!
//! The types in this crate are generated from `spec/integration.spec.json`, merged with the
//! structure the CloudFormation pages state (`spec/apigateway.derived.json`), by
//! `cargo xtask regen`; the checks they run are the rules of that spec, each with a stable id,
//! a severity and the document paragraph it comes from (see [`RULES`]).
//!
//! Each resource type is a module with its property types: [`method`] (the [`Method`], its
//! [`Integration`], [`IntegrationResponse`] and [`MethodResponse`], also at the crate root),
//! [`stage`] (`stage::Stage`, `stage::AccessLogSetting`…), [`deployment`], [`rest_api`],
//! [`authorizer`] and the others; two resource types may each have a property type of one name
//! (`stage::MethodSetting`, `deployment::MethodSetting`). [`RESOURCE_TYPES`] lists the resource
//! types a template is checked for.
//!
//! Two things people do with it: write Integration blocks in Rust, and check the Integration
//! blocks of templates they already have.
//!
//! # Writing an Integration
//!
//! The common shapes have constructors ([`Integration::lambda_proxy`],
//! [`Integration::http_proxy`], [`Integration::aws_service`], [`Integration::mock`],
//! [`Integration::private_http`]) that return a builder; anything else starts from
//! [`Integration::builder`]. Values that CloudFormation computes are [`Value`]s:
//! `Value::get_att("Fn", "Arn")`, `Value::reference("Param")`, `Value::sub("...${AWS::Region}...")`,
//! and literals through `From`. `build()` checks the result by every rule.
//!
//! ```
//! use cfn_apigateway_integration::{Integration, Value};
//!
//! let integration = Integration::lambda_proxy(Value::get_att("PetsFunction", "Arn"))
//!     .timeout_in_millis(10_000)
//!     .build()?;
//! println!("{}", integration.to_json_string());
//! assert_eq!(
//!     integration.to_json(),
//!     serde_json::json!({
//!         "Type": "AWS_PROXY",
//!         "IntegrationHttpMethod": "POST",
//!         "Uri": {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations"},
//!         "TimeoutInMillis": 10000,
//!     })
//! );
//! # Ok::<(), cfn_apigateway_integration::Report>(())
//! ```
//!
//! Setters take what converts into a [`Value`]: an enum or its CloudFormation text (an
//! unknown text is kept and reported by validation), an integer of any smaller type, a
//! string, or an intrinsic function. [`Value::as_str`] and [`Value::as_literal`] read a value
//! back (`None` for an intrinsic function).
//!
//! ```
//! use cfn_apigateway_integration::{HttpMethod, Integration, IntegrationType, Value};
//!
//! let integration = Integration::builder()
//!     .r#type("HTTP")
//!     .integration_http_method("GET")
//!     .uri("https://example.com/pets")
//!     .timeout_in_millis(29_000u32)
//!     .build()?;
//! assert_eq!(integration.r#type, Value::Literal(IntegrationType::Http));
//! assert_eq!(integration.r#type.as_str(), Some("HTTP"));
//! assert_eq!(integration.uri.as_ref().and_then(Value::as_str), Some("https://example.com/pets"));
//! assert_eq!(integration.timeout_in_millis.as_ref().and_then(Value::as_literal), Some(&29_000));
//!
//! let proxy = Integration::http_proxy("GET", "https://example.com/{proxy}").build()?;
//! assert_eq!(
//!     proxy.integration_http_method.as_ref().and_then(Value::as_literal),
//!     Some(&HttpMethod::Get)
//! );
//!
//! let unknown = Integration::builder().r#type("HTTPS").build().unwrap_err();
//! assert!(unknown.iter().any(|p| p.rule() == "integration-type-allowed-values"));
//! # Ok::<(), cfn_apigateway_integration::Report>(())
//! ```
//!
//! [`Integration::to_json_string`] and [`Integration::to_yaml_string`] write it out for a
//! template; [`to_yaml_string`] writes any JSON (a whole Method resource, say) as YAML.
//!
//! # Writing a whole Method
//!
//! [`Method`] is the `Properties` of an `AWS::ApiGateway::Method` resource, with its
//! [`Integration`] and [`MethodResponse`]s; `build()` checks it whole, the rules between the
//! Integration and the Method included: a parameter the Integration maps must be declared by
//! the Method, a header an IntegrationResponse sets by the MethodResponse of its status code.
//!
//! ```
//! use cfn_apigateway_integration::{Integration, IntegrationResponse, Method, MethodResponse, Value};
//!
//! let preflight = Integration::builder()
//!     .r#type("MOCK")
//!     .request_templates("application/json", r#"{"statusCode": 200}"#)
//!     .integration_responses(
//!         IntegrationResponse::builder()
//!             .status_code("200")
//!             .response_parameters("method.response.header.Access-Control-Allow-Origin", "'*'")
//!             .build()?,
//!     )
//!     .build()?;
//! let method = Method::builder()
//!     .http_method("OPTIONS")
//!     .rest_api_id(Value::reference("Api"))
//!     .resource_id(Value::get_att("Api", "RootResourceId"))
//!     .authorization_type("NONE")
//!     .integration(preflight.clone());
//!
//! // The MethodResponse of status 200 does not declare the header the integration sets.
//! let undeclared = method.clone().method_responses(MethodResponse::builder().status_code("200").build()?);
//! let report = undeclared.build().unwrap_err();
//! assert_eq!(report.iter().next().map(|p| p.rule()), Some("integration-response-parameters-declared"));
//! assert_eq!(
//!     report.iter().next().map(|p| p.path()),
//!     Some("/Integration/IntegrationResponses/0/ResponseParameters/method.response.header.Access-Control-Allow-Origin")
//! );
//!
//! let declared = MethodResponse::builder()
//!     .status_code("200")
//!     .response_parameters("method.response.header.Access-Control-Allow-Origin", true)
//!     .build()?;
//! let method = method.method_responses(declared).build()?;
//! assert_eq!(method.to_json()["Integration"], preflight.to_json());
//! # Ok::<(), cfn_apigateway_integration::Report>(())
//! ```
//!
//! # Checking Integration blocks
//!
//! [`Integration::check`] checks JSON as it appears in a template and returns a [`Report`]:
//! every problem at once, each with a JSON Pointer, a rule id, a [`Severity`] and a message.
//!
//! ```
//! use cfn_apigateway_integration::{Integration, Severity};
//! use serde_json::json;
//!
//! let report = Integration::check(&json!({
//!     "Type": "AWS_PROXY",
//!     "IntegrationHttpMethod": "POST",
//!     "Uri": "arn:aws:lambda:us-east-1:123456789012:function:my-function",
//! }));
//! for problem in &report {
//!     match (problem.severity(), problem.rule()) {
//!         (Severity::Error, "integration-uri-lambda-function-arn") => {
//!             assert_eq!(problem.path(), "/Uri");
//!             println!("use the invocation URI, not the function ARN: {}", problem.message());
//!         }
//!         (Severity::Error, rule) => panic!("unexpected error {rule}: {problem}"),
//!         (Severity::Warning, _) => println!("warning: {problem}"),
//!     }
//! }
//! assert!(report.has_errors());
//! ```
//!
//! # Loading typed values
//!
//! [`Integration::from_value`] checks JSON and loads it into the typed struct; `Err` carries
//! the whole report. Deserializing does the same from any serde format, and fails with the
//! report's text: the value is read as JSON, checked by the same rules and loaded. No value
//! that breaks a rule is ever loaded.
//!
//! ```
//! use cfn_apigateway_integration::{Integration, IntegrationType, Value};
//!
//! let text = r#"{"Type": "HTTP_PROXY", "IntegrationHttpMethod": "GET",
//!                "Uri": {"Fn::Sub": "https://${Backend}/pets"}}"#;
//! let integration: Integration = serde_json::from_str(text)?;
//! assert_eq!(integration.r#type, Value::Literal(IntegrationType::HttpProxy));
//!
//! let error = serde_json::from_str::<Integration>(r#"{"Type": "HTTP_PROXY"}"#).unwrap_err();
//! assert!(error.to_string().contains("integration-http-method-required"));
//!
//! // A key written twice is refused, as the template reader refuses it (a `serde_json::Value`
//! // given to `from_value` holds each key once: whatever parsed it chose).
//! let twice = serde_json::from_str::<Integration>(r#"{"Type": "MOCK", "Type": "HTTP"}"#).unwrap_err();
//! assert!(twice.to_string().starts_with("duplicate key `Type`"));
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Checking whole templates
//!
//! With the `template` feature (on by default), `Template` reads a JSON or YAML template (the
//! short-form tags `!Ref`, `!Sub`, `!GetAtt a.b`, ... included), finds every
//! `AWS::ApiGateway::Method` and checks it whole: the Method's own rules, its Integration's and
//! MethodResponses', and the rules between them (a parameter the Integration maps that the
//! Method does not declare, a header an IntegrationResponse sets that no MethodResponse of its
//! status code declares...). Each `Finding` has its JSON Pointer from the template root and its
//! line and column. A Method is checked in its template: a reference stands for what the
//! template says it is (`!GetAtt MyFunction.Arn` of an `AWS::Lambda::Function` is a Lambda
//! function ARN, `AWS::Region` a Region name, a parameter each of its listed values), a
//! reference to nothing the template declares is reported, and so is an authorizer of the
//! wrong kind or of another REST API. YAML is read as CloudFormation reads it, by YAML 1.1 (`yes` is `true`,
//! `29_000` is 29000, `1e3` is text), with leading-zero integers such as account ids kept as
//! text (see `Template::from_yaml_str`). The command `cfn-apigateway-check` (the `cli`
//! feature: `cargo install --path generated --features cli`) is its command-line front end.
//!
//! ```
//! # #[cfg(feature = "template")]
//! # {
//! use cfn_apigateway_integration::Template;
//!
//! let template = Template::parse("\
//! Resources:
//!   ProxyResourceANY:
//!     Type: AWS::ApiGateway::Method
//!     Properties:
//!       HttpMethod: ANY
//!       RestApiId: !Ref Api
//!       ResourceId: !Ref ProxyResource
//!       Integration:
//!         Type: HTTP_PROXY
//!         IntegrationHttpMethod: ANY
//!         Uri: https://backend.example.com/{proxy}
//!         RequestParameters:
//!           integration.request.path.proxy: method.request.path.proxy
//!   Api:
//!     Type: AWS::ApiGateway::RestApi
//!   ProxyResource:
//!     Type: AWS::ApiGateway::Resource
//!     Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: '{proxy+}'}
//! ")?;
//! let findings = template.check();
//! for finding in &findings {
//!     // template.yaml:13:11: error integration-request-parameters-declared: "method.request.path.proxy" is not declared ...
//!     println!("template.yaml:{finding}");
//! }
//! assert_eq!(findings.len(), 1);
//! assert_eq!(
//!     findings[0].path(),
//!     "/Resources/ProxyResourceANY/Properties/Integration/RequestParameters/integration.request.path.proxy"
//! );
//! assert_eq!(findings[0].rule(), "integration-request-parameters-declared");
//! assert_eq!(findings[0].position().map(|p| (p.line(), p.column())), Some((13, 11)));
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "cli")]
pub mod cli;
#[rustfmt::skip]
mod model;

mod constructors;
#[cfg(feature = "template")]
mod template;
mod write;

pub use cfn_apigateway_runtime::checker::MAX_DEPTH;
pub use cfn_apigateway_runtime::{
    Format, Function, Intrinsic, ParseEnumError, Problem, Report, Rule, Severity, UnknownValue,
    Value,
};
pub use constructors::ServiceApi;
pub use model::*;
// The Method and its property types, where the crate has always had them.
pub use model::method::*;
#[cfg(feature = "template")]
pub use template::{
    CONDITION_UNDECLARED, Finding, METHOD_AUTHORIZER_REST_API, METHOD_AUTHORIZER_TYPE,
    METHOD_PROPERTIES, MethodResource, Position, REFERENCE_UNDECLARED, RESOURCE_PROPERTIES,
    TEMPLATE_RESOURCES, TEMPLATE_RULES, Template, TemplateError,
};
pub use write::to_yaml_string;

/// The examples of `README.md`, compiled and run as doctests (the second one needs the
/// `template` feature).
#[cfg(all(doctest, feature = "template"))]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;
