//! `drift`: the spec against the CloudFormation registry schema (a JSON Schema) of its resource.
//! The documents are older than the schema; the report tells a maintainer what upstream says
//! that the spec does not, and which of upstream's facts the spec has already adopted (cites
//! with a `registry#…` source). It informs: nothing here fails.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

use super::{
    ProvenanceError, REGISTRY, document_file, is_adopted, parse_json, sorted, type_fields,
    type_text,
};
use crate::document::{Primitive, TypeFields};
use crate::lower::ir_primitive;
use crate::spec::{self, Assertion, Spec};

/// A fact `drift` compares.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum DriftFact {
    /// Whether upstream defines the property type at all.
    Definition,
    /// Whether properties outside the type's are forbidden.
    AdditionalProperties,
    /// Whether the property exists.
    Property,
    /// The property's type.
    Type,
    /// Whether the property must be present.
    Required,
    /// The allowed values (`enum`).
    AllowedValues,
    /// `minimum`.
    Minimum,
    /// `maximum`.
    Maximum,
    /// `exclusiveMinimum` (the spec's `Minimum` is inclusive; it has no exclusive bound).
    ExclusiveMinimum,
    /// `exclusiveMaximum` (the spec has no exclusive bound).
    ExclusiveMaximum,
    /// `minLength` (the spec has no such key).
    MinLength,
    /// `maxLength` (the spec has no such key).
    MaxLength,
    /// `pattern` (the spec has no such key).
    Pattern,
    /// `minItems` (the spec has no such key).
    MinItems,
    /// `maxItems` (the spec has no such key).
    MaxItems,
    /// A key of `patternProperties`: the pattern a map's keys must match (the spec names
    /// forms in `KeyFormat` rules, not patterns).
    KeyPattern,
    /// `uniqueItems`, the spec's `DuplicatesAllowed: false` or a `UniqueItems` rule.
    UniqueItems,
    /// `default`.
    Default,
    /// A fact of a list's items (`items`) or a map's values (`patternProperties`,
    /// `additionalProperties`), which the spec states nothing of but their type.
    Item(Box<DriftFact>),
    /// A rule, by id, that cites the registry and states none of the facts above.
    Rule(String),
}

impl fmt::Display for DriftFact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DriftFact::Definition => f.write_str("definition"),
            DriftFact::AdditionalProperties => f.write_str("additional properties"),
            DriftFact::Property => f.write_str("property"),
            DriftFact::Type => f.write_str("type"),
            DriftFact::Required => f.write_str("required"),
            DriftFact::AllowedValues => f.write_str("allowed values"),
            DriftFact::Minimum => f.write_str("minimum"),
            DriftFact::Maximum => f.write_str("maximum"),
            DriftFact::ExclusiveMinimum => f.write_str("exclusiveMinimum"),
            DriftFact::ExclusiveMaximum => f.write_str("exclusiveMaximum"),
            DriftFact::MinLength => f.write_str("minLength"),
            DriftFact::MaxLength => f.write_str("maxLength"),
            DriftFact::Pattern => f.write_str("pattern"),
            DriftFact::MinItems => f.write_str("minItems"),
            DriftFact::MaxItems => f.write_str("maxItems"),
            DriftFact::KeyPattern => f.write_str("key pattern"),
            DriftFact::UniqueItems => f.write_str("unique items"),
            DriftFact::Default => f.write_str("default"),
            DriftFact::Item(fact) => write!(f, "item {fact}"),
            DriftFact::Rule(id) => write!(f, "rule {id}"),
        }
    }
}

/// Whether a fact is drift to review or already adopted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DriftStatus {
    /// The spec and upstream differ.
    Differs,
    /// Upstream states it, the document does not, and the spec has it from upstream.
    Adopted {
        /// What in the spec cites upstream (`registry#/…`, or `rule ID, registry#/…`).
        source: String,
    },
}

/// One fact of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriftEntry {
    /// The property type.
    pub type_name: String,
    /// The property, or `None` for a fact of the type.
    pub property: Option<String>,
    /// Which fact.
    pub fact: DriftFact,
    /// What the spec says, with where it comes from; `None` when it says nothing.
    pub spec: Option<String>,
    /// What upstream says; `None` when it says nothing.
    pub upstream: Option<String>,
    /// Drift or adopted.
    pub status: DriftStatus,
}

impl DriftFact {
    /// How a side that states nothing about this fact reads in the report.
    fn absent(&self) -> &'static str {
        match self {
            DriftFact::AllowedValues => "no allowed values",
            DriftFact::Minimum => "no minimum",
            DriftFact::Maximum => "no maximum",
            DriftFact::ExclusiveMinimum => "no exclusiveMinimum",
            DriftFact::ExclusiveMaximum => "no exclusiveMaximum",
            DriftFact::MinLength => "no minLength",
            DriftFact::MaxLength => "no maxLength",
            DriftFact::Pattern => "no pattern",
            DriftFact::MinItems => "no minItems",
            DriftFact::MaxItems => "no maxItems",
            DriftFact::KeyPattern => "no key pattern",
            DriftFact::UniqueItems => "duplicates allowed",
            DriftFact::Default => "no default",
            DriftFact::Item(fact) => fact.absent(),
            _ => "nothing",
        }
    }
}

impl fmt::Display for DriftEntry {
    /// One line of the report: `Type: required: upstream requires it, the document says
    /// Required: No: adopted (source: …)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(property) = &self.property {
            write!(f, "{property}: ")?;
        }
        let fact = &self.fact;
        let spec = self.spec.as_deref().unwrap_or(fact.absent());
        let upstream = self.upstream.as_deref().unwrap_or(fact.absent());
        match (fact, &self.status) {
            (DriftFact::Definition, _) => write!(
                f,
                "upstream has no definition of this type (the spec's source: {spec})"
            ),
            (DriftFact::Property, DriftStatus::Adopted { source }) => write!(
                f,
                "upstream has this property ({upstream}), the document does not: adopted (source: {source})"
            ),
            (DriftFact::Property, DriftStatus::Differs) if self.spec.is_none() => write!(
                f,
                "upstream has this property ({upstream}); the spec and its document do not"
            ),
            (DriftFact::Property, DriftStatus::Differs) => {
                write!(f, "the spec has this property ({spec}); upstream does not")
            }
            (DriftFact::AdditionalProperties, DriftStatus::Adopted { source }) => write!(
                f,
                "additional properties: upstream forbids them, the document does not say: adopted (source: {source})"
            ),
            (DriftFact::Required, DriftStatus::Adopted { source }) => write!(
                f,
                "required: upstream requires it, the document says Required: No: adopted (source: {source})"
            ),
            (DriftFact::Rule(id), DriftStatus::Adopted { source }) => {
                write!(f, "rule {id} cites upstream: adopted (source: {source})")
            }
            (fact, DriftStatus::Adopted { source }) => write!(
                f,
                "{fact}: upstream has {upstream}, the document does not: adopted (source: {source})"
            ),
            (fact, DriftStatus::Differs) => {
                write!(f, "{fact}: the spec has {spec}; upstream has {upstream}")
            }
        }
    }
}

/// What `drift` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriftReport {
    /// The spec file.
    pub spec_file: String,
    /// The registry schema, as the workspace names it.
    pub registry_file: String,
    /// Each type's JSON pointer into the schema, by type, in spec order.
    pub definitions: Vec<(String, String)>,
    /// Every fact, by type (spec order), then type facts, then properties by name, then fact.
    pub entries: Vec<DriftEntry>,
}

impl DriftReport {
    /// How many facts differ.
    pub fn differences(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.status == DriftStatus::Differs)
            .count()
    }

    /// How many facts were adopted from upstream.
    pub fn adopted(&self) -> usize {
        self.entries.len() - self.differences()
    }
}

impl fmt::Display for DriftReport {
    /// The report a maintainer reads, grouped by type.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Drift of {} from the CloudFormation registry schema {}",
            self.spec_file, self.registry_file
        )?;
        for (type_name, pointer) in &self.definitions {
            writeln!(f, "\n{type_name} ({REGISTRY}#{pointer})")?;
            let mut any = false;
            for entry in self.entries.iter().filter(|e| &e.type_name == type_name) {
                writeln!(f, "  - {entry}")?;
                any = true;
            }
            if !any {
                writeln!(f, "  no drift")?;
            }
        }
        write!(
            f,
            "\n{} to review, {} adopted from upstream. To adopt an upstream fact, see spec/README.md.",
            count(self.differences(), "difference"),
            count(self.adopted(), "fact")
        )
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Compares each property type of `spec` with its definition in the registry schema
/// (`/definitions/SHORT` for `RESOURCE.SHORT`): properties, types, required-ness, enums, bounds,
/// `uniqueItems`, defaults and `additionalProperties`, and reports every constraint the spec has
/// no key for (`minLength`, `maxLength`, `pattern`, `minItems`, `maxItems`, the exclusive
/// bounds, the key patterns of a map, and any constraint on a list's items or a map's values).
/// A rule counts only when it has no `When`: a conditional rule states less than upstream.
/// `documents` holds the texts of the spec's documents by key; only the [`REGISTRY`] one is
/// read. Facts the spec cites the registry for are reported as adopted.
///
/// Errors only when the spec has no registry document, its text is missing, or it is not JSON.
pub fn drift(
    spec: &Spec,
    documents: &BTreeMap<String, String>,
) -> Result<DriftReport, ProvenanceError> {
    let missing = || ProvenanceError::MissingDocument {
        key: REGISTRY.to_owned(),
    };
    let registry = spec.documents.get(REGISTRY).ok_or_else(missing)?;
    let text = documents.get(REGISTRY).ok_or_else(missing)?;
    let registry_file = document_file(spec, &registry.path);
    let schema = parse_json(&registry_file, text)?;
    let mut report = DriftReport {
        spec_file: spec.file.clone(),
        registry_file,
        definitions: Vec::new(),
        entries: Vec::new(),
    };
    // The schema describes one resource type (its `typeName`): the resource itself is the
    // schema's root, and its property types are its definitions.
    let resource = schema
        .get("typeName")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_owned();
    for (_, type_name, pt) in spec.types() {
        let pointer = match type_name.strip_prefix(&format!("{resource}.")) {
            Some(short) => format!("/definitions/{}", pointer_token(short)),
            None if *type_name == resource => String::new(),
            None => continue,
        };
        report
            .definitions
            .push((type_name.clone(), pointer.clone()));
        let mut entries = TypeDrift {
            spec,
            type_name,
            pt,
            entries: Vec::new(),
        };
        match schema.pointer(&pointer) {
            Some(definition) => entries.compare(definition),
            None => entries.push(
                None,
                DriftFact::Definition,
                Some(pt.source.clone()),
                None,
                DriftStatus::Differs,
            ),
        }
        let mut entries = entries.entries;
        // Type facts first, then properties by name, each property's facts in a fixed order.
        entries.sort_by(|a, b| (&a.property, &a.fact).cmp(&(&b.property, &b.fact)));
        report.entries.extend(entries);
    }
    Ok(report)
}

/// The comparison of one property type with its definition.
struct TypeDrift<'a> {
    spec: &'a Spec,
    type_name: &'a str,
    pt: &'a spec::PropertyType,
    entries: Vec<DriftEntry>,
}

impl TypeDrift<'_> {
    fn push(
        &mut self,
        property: Option<&str>,
        fact: DriftFact,
        spec: Option<String>,
        upstream: Option<String>,
        status: DriftStatus,
    ) {
        self.entries.push(DriftEntry {
            type_name: self.type_name.to_owned(),
            property: property.map(str::to_owned),
            fact,
            spec,
            upstream,
            status,
        });
    }

    /// Records a fact both sides state or either states: nothing when they agree and the
    /// spec's side is not adopted, adopted when they agree and it is, drift otherwise.
    fn fact(
        &mut self,
        property: Option<&str>,
        fact: DriftFact,
        spec: Option<String>,
        upstream: Option<String>,
        agree: bool,
        adopted_from: Option<String>,
    ) {
        match (agree, adopted_from) {
            (true, None) => {}
            (true, Some(source)) => self.push(
                property,
                fact,
                spec,
                upstream,
                DriftStatus::Adopted { source },
            ),
            (false, _) => self.push(property, fact, spec, upstream, DriftStatus::Differs),
        }
    }

    fn compare(&mut self, definition: &Value) {
        let mut explained_rules = BTreeSet::new();
        let forbids_others = self.pt.rules.iter().find(|r| {
            r.property.is_none()
                && r.when.is_empty()
                && r.assert == Assertion::NoAdditionalProperties(true)
        });
        let upstream_forbids = definition.get("additionalProperties") == Some(&Value::Bool(false));
        if let Some(rule) = forbids_others {
            explained_rules.insert(rule.id.clone());
        }
        self.fact(
            None,
            DriftFact::AdditionalProperties,
            Some(match forbids_others {
                Some(rule) => format!("forbidden (rule {}, {})", rule.id, rule.source),
                None => "allowed".to_owned(),
            }),
            Some(
                if upstream_forbids {
                    "forbidden"
                } else {
                    "allowed"
                }
                .to_owned(),
            ),
            forbids_others.is_some() == upstream_forbids,
            forbids_others
                .filter(|r| is_adopted(&r.source))
                .map(|r| format!("rule {}, {}", r.id, r.source)),
        );
        let upstream_properties = definition.get("properties").and_then(Value::as_object);
        let required: BTreeSet<&str> = definition
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let names: BTreeSet<&str> = self
            .pt
            .properties
            .keys()
            .map(String::as_str)
            .chain(
                upstream_properties
                    .into_iter()
                    .flat_map(|p| p.keys().map(String::as_str)),
            )
            .collect();
        for name in names {
            let upstream = upstream_properties.and_then(|p| p.get(name));
            match (self.pt.properties.get(name), upstream) {
                (None, Some(schema)) => self.push(
                    Some(name),
                    DriftFact::Property,
                    None,
                    Some(SchemaType::of_upstream(schema).to_string()),
                    DriftStatus::Differs,
                ),
                (Some(property), None) => self.push(
                    Some(name),
                    DriftFact::Property,
                    Some(property.source.clone()),
                    None,
                    DriftStatus::Differs,
                ),
                (Some(property), Some(schema)) => {
                    let required = required.contains(name);
                    self.compare_property(name, property, schema, required, &mut explained_rules);
                }
                (None, None) => {}
            }
        }
        for rule in &self.pt.rules {
            if is_adopted(&rule.source) && !explained_rules.contains(&rule.id) {
                self.push(
                    rule.property.as_deref(),
                    DriftFact::Rule(rule.id.clone()),
                    Some(rule.source.clone()),
                    None,
                    DriftStatus::Adopted {
                        source: rule.source.clone(),
                    },
                );
            }
        }
    }

    fn compare_property(
        &mut self,
        name: &str,
        property: &spec::Property,
        schema: &Value,
        upstream_required: bool,
        explained_rules: &mut BTreeSet<String>,
    ) {
        let at = Some(name);
        let adopted = is_adopted(&property.source);
        let cited = |value: String| format!("{value} ({})", property.source);
        let upstream = SchemaType::of_upstream(schema);
        if adopted {
            self.push(
                at,
                DriftFact::Property,
                Some(property.source.clone()),
                Some(upstream.to_string()),
                DriftStatus::Adopted {
                    source: property.source.clone(),
                },
            );
        }
        let spec_type = type_fields(property);
        self.fact(
            at,
            DriftFact::Type,
            Some(cited(type_text(&spec_type))),
            Some(upstream.to_string()),
            SchemaType::of_spec(&spec_type).agrees(&upstream),
            None,
        );

        // Required: the document's `Required`, or a rule asserting presence unconditionally.
        let presence_rule = self.pt.rules.iter().find(|r| {
            r.property.as_deref() == Some(name)
                && r.when.is_empty()
                && r.assert == Assertion::Present(true)
        });
        if let Some(rule) = presence_rule {
            explained_rules.insert(rule.id.clone());
        }
        let spec_required = property.required || presence_rule.is_some();
        let spec_says = match (property.required, presence_rule) {
            (true, _) => cited("required".to_owned()),
            (false, Some(rule)) => format!(
                "required (rule {}, {}; the property says Required: No)",
                rule.id, rule.source
            ),
            (false, None) => cited("not required".to_owned()),
        };
        // An adopted property's facts are all upstream's; its one `adopted` line says so.
        let rule_adopted = presence_rule
            .filter(|r| !adopted && !property.required && is_adopted(&r.source))
            .map(|r| format!("rule {}, {}", r.id, r.source));
        self.fact(
            at,
            DriftFact::Required,
            Some(spec_says),
            Some(
                if upstream_required {
                    "required"
                } else {
                    "not required"
                }
                .to_owned(),
            ),
            spec_required == upstream_required,
            rule_adopted,
        );

        // Allowed values.
        let set = property
            .allowed_values
            .as_ref()
            .and_then(|name| self.spec.allowed_values.get(name).map(|s| (name, s)));
        let upstream_enum: Option<Vec<String>> = schema
            .get("enum")
            .and_then(Value::as_array)
            .map(|values| values.iter().map(json_text).collect());
        let agree = match (set, &upstream_enum) {
            (Some((_, s)), Some(values)) => sorted(&s.values) == sorted(values),
            (None, None) => true,
            _ => false,
        };
        let set_adopted = set
            .filter(|(_, s)| !adopted && is_adopted(&s.source))
            .map(|(_, s)| s.source.clone());
        self.fact(
            at,
            DriftFact::AllowedValues,
            set.map(|(name, s)| format!("{} (set {name}, {})", s.values.join(", "), s.source)),
            upstream_enum.map(|values| values.join(", ")),
            agree,
            set_adopted,
        );

        // Bounds the spec records.
        for (fact, spec_bound, keyword) in [
            (DriftFact::Minimum, property.minimum, "minimum"),
            (DriftFact::Maximum, property.maximum, "maximum"),
        ] {
            let upstream_bound = schema.get(keyword).and_then(Value::as_f64);
            self.fact(
                at,
                fact,
                spec_bound.map(|b| cited(b.to_string())),
                upstream_bound.map(|b| b.to_string()),
                spec_bound == upstream_bound,
                None,
            );
        }
        // Constraints the spec has no key for: drift whenever upstream states one. Of a list's
        // items and a map's values the spec states only the type, so every constraint on them
        // is one. The spec constrains a map's keys by named forms, not a pattern: they are
        // shown beside upstream's key pattern.
        let key_forms = self.pt.rules.iter().find_map(|r| match &r.assert {
            Assertion::KeyFormat(forms)
                if r.property.as_deref() == Some(name) && r.when.is_empty() =>
            {
                Some(format!(
                    "key forms {} (rule {}, {})",
                    forms.join(", "),
                    r.id,
                    r.source
                ))
            }
            _ => None,
        });
        for (fact, upstream) in unrecordable(schema, &UNRECORDABLE) {
            let spec_says = key_forms.clone().filter(|_| fact == DriftFact::KeyPattern);
            self.push(at, fact, spec_says, Some(upstream), DriftStatus::Differs);
        }
        for item in item_schemas(schema) {
            for keywords in [&ITEM_ONLY[..], &UNRECORDABLE[..]] {
                for (fact, upstream) in unrecordable(item, keywords) {
                    let fact = DriftFact::Item(Box::new(fact));
                    self.push(at, fact, None, Some(upstream), DriftStatus::Differs);
                }
            }
        }

        // Unique items.
        let unique_rule = self.pt.rules.iter().find(|r| {
            r.property.as_deref() == Some(name)
                && r.when.is_empty()
                && r.assert == Assertion::UniqueItems(true)
        });
        let spec_unique = property.duplicates_allowed == Some(false) || unique_rule.is_some();
        let upstream_unique = schema.get("uniqueItems") == Some(&Value::Bool(true));
        let spec_says = match (property.duplicates_allowed, unique_rule) {
            (Some(false), _) => Some(cited("unique (DuplicatesAllowed: false)".to_owned())),
            (_, Some(rule)) => Some(format!("unique (rule {}, {})", rule.id, rule.source)),
            _ => None,
        };
        if let Some(rule) = unique_rule {
            explained_rules.insert(rule.id.clone());
        }
        let rule_adopted = unique_rule
            .filter(|r| !adopted && is_adopted(&r.source))
            .map(|r| format!("rule {}, {}", r.id, r.source));
        self.fact(
            at,
            DriftFact::UniqueItems,
            spec_says,
            upstream_unique.then(|| "uniqueItems: true".to_owned()),
            spec_unique == upstream_unique,
            rule_adopted,
        );

        // Default.
        let upstream_default = schema.get("default");
        self.fact(
            at,
            DriftFact::Default,
            property.default.as_ref().map(|d| cited(d.to_string())),
            upstream_default.map(Value::to_string),
            property.default.as_ref() == upstream_default,
            None,
        );
    }
}

/// The keywords of a property's schema the spec has no key for, with the fact each states.
const UNRECORDABLE: [(DriftFact, &str); 7] = [
    (DriftFact::ExclusiveMinimum, "exclusiveMinimum"),
    (DriftFact::ExclusiveMaximum, "exclusiveMaximum"),
    (DriftFact::MinLength, "minLength"),
    (DriftFact::MaxLength, "maxLength"),
    (DriftFact::Pattern, "pattern"),
    (DriftFact::MinItems, "minItems"),
    (DriftFact::MaxItems, "maxItems"),
];

/// The keywords the spec records for a property but not for its items or values.
const ITEM_ONLY: [(DriftFact, &str); 5] = [
    (DriftFact::AllowedValues, "enum"),
    (DriftFact::Minimum, "minimum"),
    (DriftFact::Maximum, "maximum"),
    (DriftFact::UniqueItems, "uniqueItems"),
    (DriftFact::Default, "default"),
];

/// The facts `schema` states by `keywords`, and the pattern of each key of its
/// `patternProperties`, each with upstream's value as report text.
fn unrecordable(schema: &Value, keywords: &[(DriftFact, &str)]) -> Vec<(DriftFact, String)> {
    let mut found: Vec<(DriftFact, String)> = keywords
        .iter()
        .filter_map(|(fact, keyword)| {
            let value = schema.get(keyword)?;
            let text = match (fact, value) {
                (DriftFact::Pattern, Value::String(pattern)) => pattern_text(pattern, "value"),
                (_, Value::Array(values)) => {
                    values.iter().map(json_text).collect::<Vec<_>>().join(", ")
                }
                (_, value) => json_text(value),
            };
            Some((fact.clone(), text))
        })
        .collect();
    if let Some(patterns) = schema.get("patternProperties").and_then(Value::as_object) {
        found.extend(
            patterns
                .keys()
                .map(|pattern| (DriftFact::KeyPattern, pattern_text(pattern, "key"))),
        );
    }
    found
}

/// The schemas of a list's items and a map's values.
fn item_schemas(schema: &Value) -> Vec<&Value> {
    let mut found: Vec<&Value> = schema.get("items").into_iter().collect();
    if let Some(patterns) = schema.get("patternProperties").and_then(Value::as_object) {
        found.extend(patterns.values());
    }
    found.extend(schema.get("additionalProperties").filter(|v| v.is_object()));
    found
}

/// A JSON Schema pattern, that `subject`s (`key`, `value`) must match, as report text. Such a
/// pattern is not anchored: a string matches when any part of it does, so a pattern with
/// neither `^` nor `$` says that, lest `[a-zA-Z0-9]+` be read as "alphanumeric only" when one
/// alphanumeric character anywhere satisfies it.
fn pattern_text(pattern: &str, subject: &str) -> String {
    if pattern.starts_with('^') || pattern.ends_with('$') {
        return pattern.to_owned();
    }
    let one_class = pattern
        .strip_suffix("]+")
        .and_then(|p| p.strip_prefix('['))
        .filter(|class| !class.is_empty() && !class.contains(['[', ']', '\\']));
    match one_class {
        Some(class) => format!(
            "{pattern} (unanchored: any {subject} containing one character of [{class}] matches)"
        ),
        None => format!("{pattern} (unanchored: any {subject} containing a match matches)"),
    }
}

/// A reference token of a JSON pointer (RFC 6901): `~` is written `~0` and `/` `~1`.
fn pointer_token(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// A JSON value as report text: strings bare, everything else as JSON.
fn json_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A property's type as `drift` compares it ([`SchemaType::agrees`]), in the page's wording
/// when shown (`List of String`).
#[derive(Debug)]
enum SchemaType {
    /// `String`, `Integer`…
    Primitive(Primitive),
    /// A property type, by its short name (a `$ref`'s last segment upstream).
    PropertyType(String),
    /// `List of …`.
    List(Box<SchemaType>),
    /// `Map of …`.
    Map(Box<SchemaType>),
    /// What the spec cannot state (a union of types, an unknown name), as text: agrees with
    /// nothing.
    Other(String),
}

impl SchemaType {
    /// The spec's type keys as a type; an invalid combination is [`SchemaType::Other`].
    fn of_spec(fields: &TypeFields) -> SchemaType {
        let primitive = |name: &str| {
            Primitive::from_name(name)
                .map_or_else(|| SchemaType::Other(name.to_owned()), SchemaType::Primitive)
        };
        let container = |container: &str, item: SchemaType| match container {
            "List" => Some(SchemaType::List(Box::new(item))),
            "Map" => Some(SchemaType::Map(Box::new(item))),
            _ => None,
        };
        let found = match fields {
            (Some(p), None, None, None) => Some(primitive(p)),
            (None, Some(c), Some(item), None) => {
                container(c, SchemaType::PropertyType(item.clone()))
            }
            (None, Some(c), None, Some(item)) => container(c, primitive(item)),
            (None, Some(t), None, None) if t != "List" && t != "Map" => {
                Some(SchemaType::PropertyType(t.clone()))
            }
            _ => None,
        };
        found.unwrap_or_else(|| SchemaType::Other(type_text(fields)))
    }

    /// A JSON Schema property's type: `string` is a String, a `$ref` a property type, an
    /// `array` a List of its `items`, an `object` with one `patternProperties` (or an
    /// `additionalProperties` schema) a Map of it, any other object Json.
    ///
    /// Recursion follows the nesting of `items` and `patternProperties`, so it is bounded by
    /// the depth of the parsed value, which serde_json's recursion limit bounds (see
    /// `parse_json`).
    fn of_upstream(schema: &Value) -> SchemaType {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap_or(reference);
            return SchemaType::PropertyType(name.to_owned());
        }
        let primitive = |name: &str| match name {
            "string" => Some(Primitive::String),
            "integer" => Some(Primitive::Integer),
            "number" => Some(Primitive::Double),
            "boolean" => Some(Primitive::Boolean),
            _ => None,
        };
        match schema.get("type") {
            Some(Value::String(t)) if t == "array" => {
                SchemaType::List(Box::new(schema.get("items").map_or(
                    SchemaType::Primitive(Primitive::Json),
                    SchemaType::of_upstream,
                )))
            }
            Some(Value::String(t)) if t == "object" => {
                let pattern_values: Vec<&Value> = schema
                    .get("patternProperties")
                    .and_then(Value::as_object)
                    .map(|p| p.values().collect())
                    .unwrap_or_default();
                match (
                    pattern_values.as_slice(),
                    schema.get("additionalProperties"),
                ) {
                    ([item], _) => SchemaType::Map(Box::new(SchemaType::of_upstream(item))),
                    ([], Some(item @ Value::Object(_))) => {
                        SchemaType::Map(Box::new(SchemaType::of_upstream(item)))
                    }
                    _ => SchemaType::Primitive(Primitive::Json),
                }
            }
            Some(Value::String(t)) => {
                primitive(t).map_or_else(|| SchemaType::Other(t.clone()), SchemaType::Primitive)
            }
            Some(Value::Array(types)) => SchemaType::Other(
                types
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|t| primitive(t).map_or_else(|| t.to_owned(), |p| p.as_str().to_owned()))
                    .collect::<Vec<_>>()
                    .join(" or "),
            ),
            _ => SchemaType::Primitive(Primitive::Json),
        }
    }

    /// Whether two types agree. JSON Schema has one string type (a Timestamp is a string) and
    /// one integer type (a Long is an integer): primitives agree when lowering gives them the
    /// same IR primitive.
    fn agrees(&self, other: &SchemaType) -> bool {
        match (self, other) {
            (SchemaType::Primitive(a), SchemaType::Primitive(b)) => {
                ir_primitive(*a) == ir_primitive(*b)
            }
            (SchemaType::PropertyType(a), SchemaType::PropertyType(b)) => a == b,
            (SchemaType::List(a), SchemaType::List(b))
            | (SchemaType::Map(a), SchemaType::Map(b)) => a.agrees(b),
            _ => false,
        }
    }
}

impl fmt::Display for SchemaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaType::Primitive(p) => f.write_str(p.as_str()),
            SchemaType::PropertyType(name) | SchemaType::Other(name) => f.write_str(name),
            SchemaType::List(item) => write!(f, "List of {item}"),
            SchemaType::Map(item) => write!(f, "Map of {item}"),
        }
    }
}
