// @generated from tests/data/specs/map.json by `cargo xtask regen`. Do not edit by hand.

//! The named value forms of the spec: regular expressions a whole value must match.
use cfn_apigateway_runtime::{Format, Serialized};
/// `context-variable`: context.NAME.
///
/// The whole value matches:
///
/// ```text
/// context\.\S+
/// ```
///
/// Source: `doc#thing`.
pub static CONTEXT_VARIABLE: Format = Format::new(
    "context-variable",
    "context.NAME",
    "context\\.\\S+",
    &const { Serialized::new(*include_bytes!("formats/context-variable.dfa")) },
);
/// `method-response-header`: method.response.header.NAME.
///
/// The whole value matches:
///
/// ```text
/// method\.response\.header\.[A-Za-z0-9._$-]+
/// ```
///
/// Source: `doc#thing`.
pub static METHOD_RESPONSE_HEADER: Format = Format::new(
    "method-response-header",
    "method.response.header.NAME",
    "method\\.response\\.header\\.[A-Za-z0-9._$-]+",
    &const { Serialized::new(*include_bytes!("formats/method-response-header.dfa")) },
);
/// `quoted-static-value`: a static value in single quotes.
///
/// The whole value matches:
///
/// ```text
/// '.*'
/// ```
///
/// Source: `doc#thing`.
pub static QUOTED_STATIC_VALUE: Format = Format::new(
    "quoted-static-value",
    "a static value in single quotes",
    "'.*'",
    &const { Serialized::new(*include_bytes!("formats/quoted-static-value.dfa")) },
);
/// Every named form of the spec, in name order.
pub static FORMATS: [&Format; 3] = [
    &CONTEXT_VARIABLE,
    &METHOD_RESPONSE_HEADER,
    &QUOTED_STATIC_VALUE,
];
