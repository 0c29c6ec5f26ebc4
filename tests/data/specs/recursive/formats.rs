// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! The named value forms of the spec: regular expressions a whole value must match.
use cfn_apigateway_runtime::Format;
/// Every named form of the spec, in name order.
pub static FORMATS: [&Format; 0] = [];
