// @generated from tests/data/specs/range.json by `cargo xtask regen`. Do not edit by hand.

//! The resource types of the spec, for the checker of a template: which `Type` is
//! checked as which type.
use cfn_apigateway_runtime::ResourceType;
/// The resource types the spec describes, in name order: a resource whose `Type` is one
/// of these is checked as it.
pub static RESOURCE_TYPES: &[ResourceType] = &[];
