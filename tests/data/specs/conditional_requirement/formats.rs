// @generated from tests/data/specs/conditional_requirement.json by `cargo xtask regen`. Do not edit by hand.

//! The named value forms of the spec: regular expressions a whole value must match.
use cfn_apigateway_runtime::{Format, Serialized};
/// `http-url`: an absolute http:// or https:// URL.
///
/// The whole value matches:
///
/// ```text
/// https?://[^\s/?#]+.*
/// ```
///
/// Source: `doc#thing`.
pub static HTTP_URL: Format = Format::new(
    "http-url",
    "an absolute http:// or https:// URL",
    "https?://[^\\s/?#]+.*",
    &const { Serialized::new(*include_bytes!("formats/http-url.dfa")) },
);
/// Every named form of the spec, in name order.
pub static FORMATS: [&Format; 1] = [&HTTP_URL];
