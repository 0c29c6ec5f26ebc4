//! What a template declares, for the checks of its resources: its parameters (their listed
//! values), resources (their types), conditions, and the pseudo parameters. A Method checked
//! in its template sees a reference as what it names (`!GetAtt MyFunction.Arn` is a Lambda
//! function ARN, `${AWS::Region}` a Region name); this module also reports references to
//! nothing, and an authorizer that cannot serve its Method.

use cfn_apigateway_runtime::references::{References, Referent, get_att_names};
use cfn_apigateway_runtime::skeleton;
use cfn_apigateway_runtime::value::{Function, function_call, push_escaped};
use cfn_apigateway_runtime::{Problem, Report, Rule, Severity};
use serde_json::Value as Json;

use crate::references::{PSEUDO_PARAMETERS, RETURN_VALUES};

/// A `Ref`, `Fn::GetAtt` or `${Name}` of `Fn::Sub` in a Method that names no parameter,
/// resource or pseudo parameter of the template: CloudFormation refuses the template.
pub const REFERENCE_UNDECLARED: Rule = Rule {
    id: "reference-undeclared",
    severity: Severity::Error,
    source: "api-errors#:~:text=Unresolved resource dependencies",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html",
    type_name: "",
    message: "{value} names nothing the template declares ({allowed}), and CloudFormation refuses the template (\"Unresolved resource dependencies\"); declare it, or name a parameter, a resource or a pseudo parameter",
};

/// An `Fn::If` in a Method that names no condition of the template's `Conditions`.
pub const CONDITION_UNDECLARED: Rule = Rule {
    id: "condition-undeclared",
    severity: Severity::Error,
    source: "api-errors#:~:text=Unresolved condition dependency",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html",
    type_name: "",
    message: "Fn::If names the condition {value}, which the template's Conditions do not declare, and CloudFormation refuses the template (\"Unresolved condition dependency\"); declared: {allowed}",
};

/// `AuthorizationType` `CUSTOM` with an authorizer whose `Type` is `COGNITO_USER_POOLS`, or
/// `COGNITO_USER_POOLS` with a Lambda authorizer (`TOKEN`, `REQUEST`).
pub const METHOD_AUTHORIZER_TYPE: Rule = Rule {
    id: "method-authorizer-type",
    severity: Severity::Error,
    source: "api-errors#:~:text=Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-type",
    type_name: "",
    message: "AuthorizationType {value} does not match the authorizer {allowed}, and API Gateway refuses the Method (\"requires a valid authorizer\"): CUSTOM goes with a TOKEN or REQUEST (Lambda) authorizer, COGNITO_USER_POOLS with a COGNITO_USER_POOLS one",
};

/// A Method whose authorizer belongs to another REST API.
pub const METHOD_AUTHORIZER_REST_API: Rule = Rule {
    id: "method-authorizer-rest-api",
    severity: Severity::Error,
    source: "api-errors#:~:text=An authorizer created in another REST API",
    link: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html#cfn-apigateway-authorizer-restapiid",
    type_name: "",
    message: "the authorizer {value} is created in the REST API {allowed}, not in this Method's, and API Gateway refuses the Method (\"Invalid authorizer ID specified\"); use an authorizer of the Method's REST API",
};

/// The most references a Method is walked for, in depth: beyond, nothing is reported (the
/// checker reports the nesting itself).
const MAX_DEPTH: usize = 64;

/// What a template declares, looked up in its JSON when a reference asks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Declarations<'t> {
    template: &'t Json,
    /// The references are in a resource with a `Condition`, which may rule out some values
    /// of a parameter there: its values are not checked one by one.
    conditional: bool,
}

impl<'t> Declarations<'t> {
    /// What `template` declares, for the references of its resource `resource`.
    pub(crate) fn of(template: &'t Json, resource: &Json) -> Declarations<'t> {
        Declarations {
            template,
            conditional: resource.get("Condition").is_some(),
        }
    }

    /// The entries of the section `name` (`Parameters`, `Resources`, `Conditions`).
    fn section(&self, name: &str) -> Option<&'t serde_json::Map<String, Json>> {
        self.template.get(name).and_then(Json::as_object)
    }

    /// The resource `logical_id`, when the template declares it.
    fn resource(&self, logical_id: &str) -> Option<&'t Json> {
        self.section("Resources")?.get(logical_id)
    }

    fn has_condition(&self, name: &str) -> bool {
        self.section("Conditions")
            .is_some_and(|c| c.contains_key(name))
    }

    /// The template has a `Transform`, or an `Fn::Transform` (`AWS::Include`) among its
    /// parameters, resources or conditions: CloudFormation expands them first (AWS SAM adds
    /// resources the template does not show), so a name it does not declare may be declared
    /// then.
    fn transformed(&self) -> bool {
        self.template.get("Transform").is_some()
            || ["Parameters", "Resources", "Conditions"]
                .into_iter()
                .filter_map(|name| self.section(name))
                .any(|entries| entries.contains_key("Fn::Transform"))
    }

    /// The names a reference may use, for messages: a few of the template's, and what else.
    fn listing(&self) -> String {
        let names = ["Parameters", "Resources"]
            .into_iter()
            .filter_map(|name| self.section(name))
            .flat_map(|entries| entries.keys().map(String::as_str))
            .filter(|name| *name != "Fn::Transform");
        match first_names(names) {
            Some(listing) => {
                format!("it declares {listing}; pseudo parameters are AWS::Region and the like")
            }
            None => "it declares no parameter or resource; pseudo parameters are AWS::Region and the like".to_owned(),
        }
    }

    /// What a name nothing declares stands for: nothing, unless a transform may declare it.
    fn undeclared(&self) -> Referent<'t> {
        if self.transformed() {
            Referent::Any
        } else {
            Referent::Undeclared
        }
    }
}

/// The most `AllowedValues` a parameter's references are checked with, value by value: each
/// value of each reference may be a finding, and a template may hold many of both.
const MAX_VALUES: usize = 16;

/// The first ten of `names` for a message, joined, and how many more there are; `None` when
/// there are none.
fn first_names<'n>(names: impl Iterator<Item = &'n str>) -> Option<String> {
    const SHOWN: usize = 10;
    let names: Vec<&str> = names.collect();
    if names.is_empty() {
        return None;
    }
    let mut listing = names[..names.len().min(SHOWN)].join(", ");
    if names.len() > SHOWN {
        listing.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    Some(listing)
}

/// What `Ref` of the parameter `name` (declared as `parameter`) yields: one of its
/// `AllowedValues`, for a `String` or `Number` parameter that has at most [`MAX_VALUES`] of
/// them; any text otherwise. A `Default` alone is not the only value a parameter may be given
/// (a deployment gives others, and a condition may leave it unused, as `Default: ""` of an
/// optional value often is); other types are lists, or values CloudFormation looks up
/// (`AWS::SSM::...`).
fn parameter<'t>(name: &'t str, parameter: &'t Json) -> Referent<'t> {
    let scalar = matches!(
        parameter.get("Type").and_then(Json::as_str),
        Some("String" | "Number")
    );
    let Some(allowed) = parameter.get("AllowedValues").and_then(Json::as_array) else {
        return Referent::Any;
    };
    let literals = allowed.iter().all(|v| v.is_string() || v.is_number());
    if !scalar || !literals || allowed.is_empty() || allowed.len() > MAX_VALUES {
        return Referent::Any;
    }
    // `200` and `"200"` are one value.
    let text = |v: &Json| v.as_str().map_or_else(|| v.to_string(), str::to_owned);
    let mut values: Vec<&Json> = Vec::new();
    for value in allowed {
        if !values.iter().any(|seen| text(seen) == text(value)) {
            values.push(value);
        }
    }
    Referent::Values {
        parameter: name,
        values,
    }
}

impl References for Declarations<'_> {
    fn reference(&self, name: &str) -> Referent<'_> {
        if let Some(pseudo) = PSEUDO_PARAMETERS.iter().find(|p| p.name == name) {
            return match pseudo.format {
                Some(format) => Referent::Form {
                    format,
                    what: format!("`{name}` is {}: {}", pseudo.description, format.description),
                },
                None => Referent::Any,
            };
        }
        let declared = self
            .section("Parameters")
            .and_then(|p| p.get_key_value(name));
        if let Some((name, declared)) = declared {
            return if self.conditional {
                Referent::Any
            } else {
                parameter(name, declared)
            };
        }
        match self.resource(name) {
            Some(resource) => return_value(name, resource, "Ref"),
            None => self.undeclared(),
        }
    }

    fn attribute(&self, resource: &str, attribute: &str) -> Referent<'_> {
        match self.resource(resource) {
            Some(declared) => return_value(resource, declared, attribute),
            None => self.undeclared(),
        }
    }
}

/// What `Ref` (`name` is `Ref`) or an attribute of the resource `logical_id` yields.
fn return_value<'r>(logical_id: &str, resource: &Json, name: &str) -> Referent<'r> {
    let Some(type_name) = resource.get("Type").and_then(Json::as_str) else {
        return Referent::Any;
    };
    let known = RETURN_VALUES
        .iter()
        .find(|v| v.resource_type == type_name && v.name == name);
    match known.and_then(|v| Some((v, v.format?))) {
        Some((value, format)) => {
            let written = if name == "Ref" {
                format!("`Ref {logical_id}`")
            } else {
                format!("`{logical_id}.{name}`")
            };
            Referent::Form {
                format,
                what: format!(
                    "{written} is {} `{logical_id}` ({type_name}): {}",
                    value.description, format.description
                ),
            }
        }
        None => Referent::Any,
    }
}

/// The references to nothing in a resource's `properties`. Pointers are relative to the
/// properties.
pub(crate) fn check(properties: &Json, declarations: &Declarations<'_>, report: &mut Report) {
    let mut walk = Walk {
        declarations,
        listing: std::cell::OnceCell::new(),
        report,
        path: Vec::new(),
    };
    walk.value(properties);
}

/// A key or an index on the way to a value.
#[derive(Clone, Copy)]
enum Segment<'v> {
    Key(&'v str),
    Index(usize),
}

/// A walk over a value for the references in it.
struct Walk<'d, 'v> {
    declarations: &'d Declarations<'d>,
    /// The names the template declares, as messages list them: made once, for the first
    /// reference to nothing.
    listing: std::cell::OnceCell<String>,
    report: &'d mut Report,
    /// The way from the properties to the value walked; a JSON Pointer is written only for
    /// a problem.
    path: Vec<Segment<'v>>,
}

impl<'v> Walk<'_, 'v> {
    fn value(&mut self, value: &'v Json) {
        if self.path.len() >= MAX_DEPTH {
            return;
        }
        if let Some((Some(function), arguments)) = function_call(value) {
            self.call(value, function, arguments);
        }
        match value {
            Json::Object(entries) => {
                for (key, item) in entries {
                    self.path.push(Segment::Key(key));
                    self.value(item);
                    self.path.pop();
                }
            }
            Json::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.path.push(Segment::Index(i));
                    self.value(item);
                    self.path.pop();
                }
            }
            _ => {}
        }
    }

    /// The JSON Pointer of the value walked.
    fn pointer(&self) -> String {
        let mut pointer = String::new();
        for segment in &self.path {
            pointer.push('/');
            match segment {
                Segment::Key(key) => push_escaped(&mut pointer, key),
                Segment::Index(i) => pointer.push_str(&i.to_string()),
            }
        }
        pointer
    }

    /// Reports what the call `value` of `function` names that nothing declares.
    fn call(&mut self, value: &Json, function: Function, arguments: &Json) {
        let declarations = self.declarations;
        let undeclared = |referent: Referent<'_>| referent == Referent::Undeclared;
        match function {
            Function::Ref => {
                if let Some(name) = arguments.as_str() {
                    if undeclared(declarations.reference(name)) {
                        self.undeclared(value);
                    }
                }
            }
            Function::GetAtt => {
                // An empty name is the checker's `intrinsic-function` problem.
                let names =
                    get_att_names(arguments).filter(|(r, a)| !r.is_empty() && !a.is_empty());
                if let Some((resource, attribute)) = names {
                    if undeclared(declarations.attribute(resource, attribute)) {
                        self.undeclared(value);
                    }
                }
            }
            Function::Sub => {
                for name in skeleton::sub_references(arguments) {
                    let referent =
                        cfn_apigateway_runtime::references::resolve_placeholder(declarations, name);
                    if undeclared(referent) {
                        let shown = Json::String(format!("${{{name}}}"));
                        self.undeclared(&shown);
                    }
                }
            }
            Function::If => {
                let condition = arguments.get(0).and_then(Json::as_str);
                if let Some(condition) = condition {
                    if !declarations.has_condition(condition) && !declarations.transformed() {
                        let declared = declarations
                            .section("Conditions")
                            .into_iter()
                            .flat_map(|c| c.keys().map(String::as_str));
                        let declared = first_names(declared).unwrap_or_else(|| "none".to_owned());
                        let message = CONDITION_UNDECLARED
                            .message
                            .replace("{value}", &format!("{condition:?}"))
                            .replace("{allowed}", &declared);
                        self.push(&CONDITION_UNDECLARED, message);
                    }
                }
            }
            _ => {}
        }
    }

    fn undeclared(&mut self, value: &Json) {
        let rule = &REFERENCE_UNDECLARED;
        let message = rule.message.replace("{value}", &value.to_string()).replace(
            "{allowed}",
            self.listing.get_or_init(|| self.declarations.listing()),
        );
        self.push(rule, message);
    }

    fn push(&mut self, rule: &Rule, message: String) {
        let problem = Problem::new(self.pointer(), rule.id, rule.severity, message);
        self.report.push(problem);
    }
}

/// The Method's authorizer, `{"Ref": NAME}` of an `AWS::ApiGateway::Authorizer` of the
/// template, must be of the kind its `AuthorizationType` names and in its REST API.
pub(crate) fn authorizer(properties: &Json, declarations: &Declarations<'_>, report: &mut Report) {
    let Some(Json::String(name)) = properties.get("AuthorizerId").and_then(|id| id.get("Ref"))
    else {
        return;
    };
    let Some(authorizer) = declarations
        .resource(name)
        .filter(|r| r.get("Type").and_then(Json::as_str) == Some("AWS::ApiGateway::Authorizer"))
        .and_then(|r| r.get("Properties"))
    else {
        return;
    };
    let authorization = properties.get("AuthorizationType").and_then(Json::as_str);
    let kind = authorizer.get("Type").and_then(Json::as_str);
    if let (Some(authorization @ "CUSTOM"), Some(kind @ "COGNITO_USER_POOLS"))
    | (Some(authorization @ "COGNITO_USER_POOLS"), Some(kind @ ("TOKEN" | "REQUEST"))) =
        (authorization, kind)
    {
        let rule = &METHOD_AUTHORIZER_TYPE;
        let message = rule
            .message
            .replace("{value}", authorization)
            .replace("{allowed}", &format!("`{name}`, of Type {kind}"));
        report.push(Problem::new(
            "/AuthorizerId".to_owned(),
            rule.id,
            rule.severity,
            message,
        ));
    }
    // Two REST APIs are told apart only when both are literal IDs, or both a `Ref` of an
    // `AWS::ApiGateway::RestApi` of the template: a literal ID, or a parameter, may name
    // either.
    let (Some(ours), Some(theirs)) = (properties.get("RestApiId"), authorizer.get("RestApiId"))
    else {
        return;
    };
    fn rest_api<'j>(declarations: &Declarations<'_>, id: &'j Json) -> Option<&'j str> {
        let (Some(Json::String(name)), Some(1)) = (id.get("Ref"), id.as_object().map(|o| o.len()))
        else {
            return None;
        };
        let declared = declarations
            .resource(name)?
            .get("Type")
            .and_then(Json::as_str);
        (declared == Some("AWS::ApiGateway::RestApi")).then_some(name.as_str())
    }
    let different = match (ours, theirs) {
        (Json::String(a), Json::String(b)) => a != b,
        _ => matches!(
            (rest_api(declarations, ours), rest_api(declarations, theirs)),
            (Some(a), Some(b)) if a != b
        ),
    };
    if different {
        let rule = &METHOD_AUTHORIZER_REST_API;
        let message = rule
            .message
            .replace("{value}", &format!("`{name}`"))
            .replace("{allowed}", &theirs.to_string());
        report.push(Problem::new(
            "/AuthorizerId".to_owned(),
            rule.id,
            rule.severity,
            message,
        ));
    }
}
