//! Typed, validated CloudFormation `AWS::ApiGateway::Method` `Integration` blocks.
//!
//! The types in this crate are generated from `spec/integration.spec.json` by
//! `cargo xtask regen`; the checks they run are the rules of that spec, each with a stable id,
//! a severity and the document paragraph it comes from (see [`RULES`]).
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
//! let problem = report.iter().next().unwrap();
//! assert_eq!(problem.path(), "/Uri");
//! assert_eq!(problem.rule(), "integration-uri-lambda-function-arn");
//! assert_eq!(problem.severity(), Severity::Error);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[rustfmt::skip]
mod model;
mod runtime;

pub use model::*;
pub use runtime::check::{MAX_DEPTH, Rule};
pub use runtime::formats::{FORMATS, Format};
pub use runtime::report::{Problem, Report, Severity};
pub use runtime::value::{
    Function, Intrinsic, Literal, Mismatch, ParseEnumError, UnknownValue, Value,
};
