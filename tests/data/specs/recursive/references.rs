// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! What references yield: the pseudo parameters, and the return values (`Ref`,
//! `Fn::GetAtt`) of resource types, with the form of their values where the documents
//! give one.
use cfn_apigateway_runtime::references::{PseudoParameter, ReturnValue};
/// The pseudo parameters, in name order.
pub static PSEUDO_PARAMETERS: [PseudoParameter; 0] = [];
/// The return values of resource types, by resource type and then name.
pub static RETURN_VALUES: [ReturnValue; 0] = [];
