// @generated from tests/data/specs/local_names.json by `cargo xtask regen`. Do not edit by hand.

//! The named value forms of the spec: regular expressions a whole value must match.
use cfn_apigateway_runtime::{Format, Serialized};
/// `media-type`: a media type (type/subtype), such as application/json.
///
/// The whole value matches:
///
/// ```text
/// [A-Za-z0-9!#$%&'*+.^_`|~-]+/[A-Za-z0-9!#$%&'*+.^_`|~-]+.*
/// ```
///
/// Source: `doc#thing`.
pub static MEDIA_TYPE: Format = Format::new(
    "media-type",
    "a media type (type/subtype), such as application/json",
    "[A-Za-z0-9!#$%&'*+.^_`|~-]+/[A-Za-z0-9!#$%&'*+.^_`|~-]+.*",
    &const { Serialized::new(*include_bytes!("formats/media-type.dfa")) },
);
/// Every named form of the spec, in name order.
pub static FORMATS: [&Format; 1] = [&MEDIA_TYPE];
