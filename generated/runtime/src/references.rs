//! What the template around a value tells about the references in it (`Ref`, `Fn::GetAtt`,
//! `${Name}` in `Fn::Sub`): a value checked alone knows nothing of them, and each stands for any
//! text; a value checked in its template is given [`References`], and a reference stands for
//! what it names: a text of a known form, one of a parameter's values, or nothing at all.

use serde_json::Value as Json;

use crate::formats::Format;
use crate::value::{Function, function_call};

/// A pseudo parameter (`AWS::Region`): what it is, and the form of its value.
#[derive(Debug)]
pub struct PseudoParameter {
    /// Its name.
    pub name: &'static str,
    /// What it is ("the Region in which the stack is created").
    pub description: &'static str,
    /// The form of its value, when the documents give one.
    pub format: Option<&'static Format>,
    /// Where the spec takes it from (`DOCUMENT#ANCHOR`).
    pub source: &'static str,
}

/// What `Ref` (`name` is `Ref`) or `Fn::GetAtt` (`name` is the attribute) of a resource type
/// yields.
#[derive(Debug)]
pub struct ReturnValue {
    /// The resource type (`AWS::Lambda::Function`).
    pub resource_type: &'static str,
    /// `Ref`, or the attribute (`Arn`).
    pub name: &'static str,
    /// What it is ("the ARN of the function").
    pub description: &'static str,
    /// The form of its value, when the documents give one.
    pub format: Option<&'static Format>,
    /// Where the spec takes it from (`DOCUMENT#ANCHOR`).
    pub source: &'static str,
}

/// What a reference yields, as far as the template tells.
#[derive(Debug, Clone, PartialEq)]
pub enum Referent<'r> {
    /// Nothing the template declares has that name (reported by the template's own rule; the
    /// checks of the value take it as any text).
    Undeclared,
    /// Declared, of a value not known before deployment.
    Any,
    /// Declared, a text of `format`; `what` says what it is, for messages ("`MyFunction.Arn`
    /// is the `Arn` of the `AWS::Lambda::Function` `MyFunction`").
    Form {
        /// The form of its value.
        format: &'static Format,
        /// What the reference is, in words.
        what: String,
    },
    /// A parameter that can take no value but one of `values` (its `AllowedValues`).
    Values {
        /// The parameter's name.
        parameter: &'r str,
        /// The values the template allows it.
        values: Vec<&'r Json>,
    },
}

/// What a template declares: what each name a reference may use stands for.
pub trait References {
    /// What `{"Ref": name}` or `${name}` yields.
    fn reference(&self, name: &str) -> Referent<'_>;

    /// What `{"Fn::GetAtt": [resource, attribute]}` or `${resource.attribute}` yields.
    fn attribute(&self, resource: &str, attribute: &str) -> Referent<'_>;
}

/// What the reference `value` yields: `None` when `value` is not a `Ref` or `Fn::GetAtt` with
/// literal arguments.
pub fn resolve<'r>(references: &'r dyn References, value: &Json) -> Option<Referent<'r>> {
    match function_call(value)? {
        (Some(Function::Ref), Json::String(name)) => Some(references.reference(name)),
        (Some(Function::GetAtt), arguments) => {
            let (resource, attribute) = get_att_names(arguments)?;
            Some(references.attribute(resource, attribute))
        }
        _ => None,
    }
}

/// What `${name}` in an `Fn::Sub` yields: `${X.Y}` is the attribute `Y` of `X`.
pub fn resolve_placeholder<'r>(references: &'r dyn References, name: &str) -> Referent<'r> {
    match name.split_once('.') {
        Some((resource, attribute)) => references.attribute(resource, attribute),
        None => references.reference(name),
    }
}

/// The resource and attribute of `Fn::GetAtt`'s arguments, written `["R", "A"]` or `"R.A"`;
/// `None` when either is not literal text.
pub fn get_att_names(arguments: &Json) -> Option<(&str, &str)> {
    match arguments {
        Json::Array(items) => match items.as_slice() {
            [Json::String(resource), Json::String(attribute)] => Some((resource, attribute)),
            _ => None,
        },
        Json::String(text) => text.split_once('.'),
        _ => None,
    }
}
