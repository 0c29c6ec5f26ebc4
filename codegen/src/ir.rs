//! The checked model of a spec: every name resolved, every reference checked, every Rust name
//! chosen. The emitters read only this.

/// The intermediate representation of a whole spec, from which every generated file is emitted.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The spec file, as it is named in generated headers (`spec/integration.spec.json`).
    pub spec_file: String,
    /// The resource types and the groups of property types, in name order: each a module.
    pub groups: Vec<GroupDef>,
    /// The resource types, then the property types, each in name order.
    pub types: Vec<TypeDef>,
    /// The allowed-values enums, in name order.
    pub enums: Vec<EnumDef>,
    /// The named value forms, in name order.
    pub formats: Vec<FormatDef>,
    /// The facts a caller may give validation, in name order.
    pub context: Vec<ContextField>,
    /// The pseudo parameters, in name order.
    pub pseudo_parameters: Vec<ReferencedDef>,
    /// The return values of resource types, by resource type and then name.
    pub return_values: Vec<ReferencedDef>,
}

/// What a reference yields: a pseudo parameter (`resource_type` empty) or a return value.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedDef {
    /// The resource type of a return value (`AWS::Lambda::Function`); empty for a pseudo
    /// parameter.
    pub resource_type: String,
    /// The pseudo parameter (`AWS::Region`), or `Ref` or the attribute (`Arn`).
    pub name: String,
    /// What it is.
    pub description: String,
    /// `DOCUMENT#ANCHOR`.
    pub source: String,
    /// The Rust static of its form (`REGION_NAME`), when it has one.
    pub format: Option<String>,
}

/// A resource type and its property types (`AWS::ApiGateway::Method`, with `Integration`…):
/// one module, so that two resource types may each have a property type of the same name.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupDef {
    /// The resource type's name (`AWS::ApiGateway::Method`), also the prefix of its property
    /// types' names.
    pub resource_type: String,
    /// The module (`method`): `GROUP.rs` holds the resource type, when the spec describes it,
    /// and `GROUP/` its property types.
    pub module: String,
    /// The resource type's index in [`Model::types`], when the spec describes it.
    pub resource: Option<usize>,
}

/// The intermediate representation of a property type that becomes a struct, a builder and a
/// validator.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// The CloudFormation name (`AWS::ApiGateway::Method.Integration`).
    pub full_name: String,
    /// The short name (`Integration`), also the Rust type name.
    pub name: String,
    /// The module (file stem) the type is emitted into (`integration`); a resource type is
    /// emitted into its group's module instead.
    pub module: String,
    /// The module of its group (`method`): its resource type's.
    pub group: String,
    /// Documentation.
    pub docs: Docs,
    /// `Some` for a resource type: its attributes, in name order.
    pub attributes: Option<Vec<AttributeDef>>,
    /// The properties, in wire-name order.
    pub fields: Vec<Field>,
    /// The rules, in spec order.
    pub rules: Vec<RuleDef>,
    /// The facts this type takes from its properties for the types within, in name order.
    pub takes: Vec<TakenFact>,
}

/// An attribute of a resource type.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeDef {
    /// The name `Fn::GetAtt` uses (`Arn`).
    pub name: String,
    /// Its primitive type, as the spec names it.
    pub primitive_type: String,
    /// What it is.
    pub description: String,
    /// `DOCUMENT#ANCHOR`.
    pub source: String,
}

/// A fact of the context that a type takes from one of its properties when it checks the
/// property types within it.
#[derive(Debug, Clone, PartialEq)]
pub struct TakenFact {
    /// The context field (`method_request_parameters`).
    pub context: String,
    /// The property (wire name).
    pub property: String,
    /// What is taken.
    pub take: Take,
}

/// What a type takes from a property for a fact.
#[derive(Debug, Clone, PartialEq)]
pub enum Take {
    /// The keys of a map.
    Keys,
    /// The items of a list of strings.
    Items,
    /// The value of a property with allowed values.
    Value,
    /// For a list of objects: each item's `key` property keys the set of the keys of its map
    /// property `keys` (wire names).
    KeysBy {
        /// The item property whose value is the key.
        key: String,
        /// The item's map property whose keys make the set.
        keys: String,
    },
}
/// Documentation copied from the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Docs {
    /// The document's description.
    pub description: String,
    /// The documentation link.
    pub link: String,
    /// `DOCUMENT#ANCHOR`.
    pub source: String,
}

/// A property that becomes a struct field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The CloudFormation name (`TimeoutInMillis`).
    pub wire_name: String,
    /// The Rust name, without `r#` (`timeout_in_millis`, `type`).
    pub rust_name: String,
    /// The value's shape.
    pub shape: Shape,
    /// What the document says of it.
    pub documented: Requiredness,
    /// `true` when a rule requires it unconditionally: the field is not an `Option`.
    pub always_required: bool,
    /// `Mutable`, `Immutable` or `Conditional`.
    pub update_type: String,
    /// Documentation.
    pub docs: Docs,
    /// The documented minimum.
    pub minimum: Option<f64>,
    /// The documented maximum.
    pub maximum: Option<f64>,
    /// The value CloudFormation uses when the property is absent, as JSON text.
    pub default: Option<String>,
    /// Whether a list may repeat items, when the spec says.
    pub duplicates_allowed: Option<bool>,
    /// `true` when the field closes a cycle of types through fields alone: its value is boxed.
    pub boxed: bool,
}

/// The document's `Required` line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requiredness {
    /// `Required: Yes`.
    Yes,
    /// `Required: No`.
    No,
    /// `Required: Conditional`.
    Conditional,
}

/// The shape of a property value.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A scalar.
    Primitive(Primitive),
    /// A string from an allowed-values set: the enum's name.
    Enum(String),
    /// A property type: its short name.
    Struct(String),
    /// A list of items.
    List(Box<Shape>),
    /// A map from strings to items.
    Map(Box<Shape>),
}

impl Shape {
    /// The shape of the values a list or map finally holds (itself for any other shape).
    pub fn innermost(&self) -> &Shape {
        match self {
            Shape::List(item) | Shape::Map(item) => item.innermost(),
            other => other,
        }
    }

    /// The property type the values finally are, if any.
    pub fn property_type(&self) -> Option<&str> {
        match self.innermost() {
            Shape::Struct(name) => Some(name),
            _ => None,
        }
    }
}

/// The primitive types of the CloudFormation vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Primitive {
    /// `String` (and `Timestamp`).
    String,
    /// `Integer` and `Long`.
    Integer,
    /// `Double`.
    Double,
    /// `Boolean`.
    Boolean,
    /// `Json`: any JSON.
    Json,
}

/// An allowed-values set that becomes an enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumDef {
    /// The Rust name (`IntegrationType`).
    pub name: String,
    /// The module (file stem).
    pub module: String,
    /// What the values mean.
    pub description: String,
    /// `DOCUMENT#ANCHOR`.
    pub source: String,
    /// The values: wire value and Rust variant name.
    pub variants: Vec<Variant>,
}

/// One allowed value.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// As CloudFormation spells it (`AWS_PROXY`).
    pub wire: String,
    /// The Rust variant (`AwsProxy`).
    pub rust: String,
}

/// A named value form, whose pattern compiles.
#[derive(Debug, Clone, PartialEq)]
pub struct FormatDef {
    /// The spec name (`http-url`).
    pub name: String,
    /// The Rust static naming it (`HTTP_URL`).
    pub const_name: String,
    /// What the form is.
    pub description: String,
    /// `DOCUMENT#ANCHOR`.
    pub source: String,
    /// The regular expression.
    pub pattern: String,
    /// Its DFA, serialized by the runtime (`formats/NAME.dfa`, beside the generated code).
    pub dfa: Vec<u8>,
}

/// A fact the caller may give validation, or an enclosing type takes from its properties.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextField {
    /// The spec name (`MethodRequestParameters`).
    pub name: String,
    /// The Rust field name (`method_request_parameters`).
    pub rust_name: String,
    /// Its Rust type: a set of texts, sets keyed by text, or one value of an enum.
    pub kind: FactKind,
    /// The type and property it is taken from (`AWS::ApiGateway::Method`, `RequestParameters`).
    pub from: Option<(String, String)>,
    /// What it holds.
    pub description: String,
    /// `DOCUMENT#ANCHOR`.
    pub source: String,
}

/// What a fact of the context holds.
#[derive(Debug, Clone, PartialEq)]
pub enum FactKind {
    /// A set of texts.
    Set,
    /// Sets of texts, keyed by text.
    SetsByKey,
    /// One value of the allowed-values enum of this name.
    Value(String),
}

/// A rule, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleDef {
    /// The stable id.
    pub id: String,
    /// The Rust constant naming the rule (`INTEGRATION_URI_REQUIRED`).
    pub const_name: String,
    /// `true` for an error, `false` for a warning.
    pub is_error: bool,
    /// `DOCUMENT#ANCHOR`.
    pub source: String,
    /// The web address of the source: the document's `Url` and the anchor (or quotation), or
    /// empty for a document without one.
    pub link: String,
    /// The property checked (wire name), if any.
    pub property: Option<String>,
    /// Conditions that must all hold.
    pub when: Vec<ConditionDef>,
    /// What is asserted.
    pub assert: AssertDef,
    /// The message template.
    pub message: String,
}

/// A resolved condition.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionDef {
    /// The property tested (wire name), or the context fact (its spec name).
    pub property: String,
    /// `Some` when a fact of the context is tested: its Rust field and its enum's name.
    pub context: Option<(String, String)>,
    /// The test.
    pub test: TestDef,
    /// The property's default, if it has one, as text.
    pub default: Option<String>,
    /// The property's allowed values, if it has a set.
    pub allowed: Option<Vec<String>>,
}

/// A resolved condition test.
#[derive(Debug, Clone, PartialEq)]
pub enum TestDef {
    /// One of these values.
    In(Vec<String>),
    /// None of these values.
    NotIn(Vec<String>),
    /// Matches the named form (its constant name in the runtime).
    Format(String),
    /// Does not match the named form.
    NotFormat(String),
    /// Is present (`true`) or absent (`false`).
    Present(bool),
}

/// A resolved assertion. Formats are the runtime constants' names (`HTTP_URL`).
#[derive(Debug, Clone, PartialEq)]
pub enum AssertDef {
    /// Must be present.
    Present,
    /// Must be absent.
    Absent,
    /// Must be one of these (the allowed-values set, or the rule's own list).
    OneOf(Vec<String>),
    /// At least.
    Minimum(f64),
    /// At most.
    Maximum(f64),
    /// A text has at least, or at most, this many characters; a list this many items.
    Size {
        /// `true` for at least, `false` for at most.
        at_least: bool,
        /// The bound.
        count: u64,
        /// `true` for the items of a list, `false` for the characters of a text.
        items: bool,
    },
    /// Matches one of these forms.
    Format(Vec<String>),
    /// Does not match this form.
    NotFormat(String),
    /// Map keys match one of these forms.
    KeyFormat(Vec<String>),
    /// Map values match one of these forms.
    ValueFormat(Vec<String>),
    /// List items are distinct.
    UniqueItems,
    /// Members of the property are declared in a fact of the context.
    InContext {
        /// The context field (`method_request_parameters`).
        context: String,
        /// What of the property is checked.
        members: crate::spec::Members,
        /// For a fact of sets keyed by text: the property (wire name) whose value selects one.
        by: Option<String>,
        /// Only members of this form (its constant name) are checked.
        format: Option<String>,
    },
    /// No two items of the list of objects share the value of this property (wire name).
    UniqueBy(String),
    /// No property outside the type's properties.
    NoAdditionalProperties,
}
