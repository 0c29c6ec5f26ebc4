//! Lowering: spec → IR. Every name is resolved and every reference checked here; each mistake
//! becomes an [`Error::Spec`] naming the spec file, the JSON path and what was expected.

use std::collections::{BTreeMap, BTreeSet};

use crate::Error;
use crate::document;
use crate::ir::{
    AssertDef, ConditionDef, ContextField, Docs, EnumDef, Field, FormatDef, Model, Primitive,
    Requiredness, RuleDef, Shape, TestDef, TypeDef, Variant,
};
use crate::naming;
use crate::spec::{self, Assertion, Spec};

const PLACEHOLDERS: &[&str] = &["{value}", "{allowed}", "{property}"];

/// A JSON path into the spec, written `PropertyTypes["AWS::X.Y"].Rules[3].Property`.
#[derive(Debug, Clone, Default)]
pub struct JsonPath(String);

impl JsonPath {
    /// The path of an object member.
    pub fn key(&self, key: &str) -> JsonPath {
        if naming::is_identifier(key) || key.starts_with('$') && naming::is_identifier(&key[1..]) {
            if self.0.is_empty() {
                JsonPath(key.to_owned())
            } else {
                JsonPath(format!("{}.{key}", self.0))
            }
        } else {
            JsonPath(format!("{}[{key:?}]", self.0))
        }
    }

    /// The path of an array element.
    pub fn index(&self, index: usize) -> JsonPath {
        JsonPath(format!("{}[{index}]", self.0))
    }

    /// The path as text (`.` for the root).
    pub fn as_str(&self) -> &str {
        if self.0.is_empty() { "." } else { &self.0 }
    }
}

/// The IR primitive a spec's primitive lowers to: the generated code holds a `Timestamp` as a
/// String and a `Long` as an Integer, as JSON (and the registry schema) does.
pub(crate) fn ir_primitive(primitive: document::Primitive) -> Primitive {
    match primitive {
        document::Primitive::String | document::Primitive::Timestamp => Primitive::String,
        document::Primitive::Integer | document::Primitive::Long => Primitive::Integer,
        document::Primitive::Double => Primitive::Double,
        document::Primitive::Boolean => Primitive::Boolean,
        document::Primitive::Json => Primitive::Json,
    }
}

struct Lowering<'a> {
    spec: &'a Spec,
}

impl Lowering<'_> {
    fn error(&self, path: &JsonPath, expected: impl Into<String>) -> Error {
        Error::Spec {
            file: self.spec.file.clone(),
            path: path.as_str().to_owned(),
            expected: expected.into(),
        }
    }

    fn check_source(&self, path: &JsonPath, source: &str) -> Result<(), Error> {
        let known = || {
            self.spec
                .documents
                .keys()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        };
        match spec::parse_source(source) {
            Some((doc, _)) if self.spec.documents.contains_key(doc) => Ok(()),
            Some((doc, _)) => Err(self.error(
                path,
                format!("a source `DOCUMENT#ANCHOR` whose DOCUMENT is one of the Documents ({}), found `{doc}`", known()),
            )),
            None => Err(self.error(path, format!("a source `DOCUMENT#ANCHOR` (documents: {}), found `{source}`", known()))),
        }
    }

    fn lower(&self) -> Result<Model, Error> {
        let root = JsonPath::default();
        if self.spec.property_types.is_empty() {
            return Err(self.error(&root.key("PropertyTypes"), "at least one property type"));
        }
        for (key, doc) in &self.spec.documents {
            if doc.path.is_empty() {
                return Err(self.error(
                    &root.key("Documents").key(key).key("Path"),
                    "a non-empty path",
                ));
            }
        }
        let enums = self.lower_enums(&root.key("AllowedValues"))?;
        let formats = self.lower_formats(&root.key("Formats"))?;
        let context = self.lower_context(&root.key("Context"))?;
        let short_names = self.short_names(&root.key("PropertyTypes"))?;
        let mut rust_names: BTreeMap<String, JsonPath> = BTreeMap::new();
        for (name, path) in enums
            .iter()
            .map(|e| (e.name.clone(), root.key("AllowedValues").key(&e.name)))
            .chain(
                short_names
                    .iter()
                    .map(|(full, short)| (short.clone(), root.key("PropertyTypes").key(full))),
            )
        {
            if naming::USED_BY_GENERATED_CODE.contains(&name.as_str()) {
                return Err(self.error(
                    &path,
                    format!("a name the generated code does not already use, found `{name}`"),
                ));
            }
            let module = naming::snake_name(&name);
            if ["mod", "rules", "context", "formats"].contains(&module.as_str()) {
                return Err(self.error(
                    &path,
                    format!("a name whose module `{module}` is not reserved by the generator"),
                ));
            }
            if let Some(first) = rust_names.insert(module.clone(), path.clone()) {
                return Err(self.error(
                    &path,
                    format!(
                        "a name distinct from {} (both become module `{module}`)",
                        first.as_str()
                    ),
                ));
            }
        }
        let short_types: BTreeSet<&str> = short_names.values().map(String::as_str).collect();
        // Each property type also names its builder, `<Name>Builder`.
        for (full, short) in &short_names {
            let builder = format!("{short}Builder");
            if short_types.contains(builder.as_str()) || enums.iter().any(|e| e.name == builder) {
                return Err(self.error(
                    &root.key("PropertyTypes").key(full),
                    format!(
                        "a property type whose builder `{builder}` is not also the name of \
                         a property type or an allowed-values set"
                    ),
                ));
            }
        }

        let mut types = Vec::new();
        let mut rule_ids = BTreeMap::new();
        for (full, pt) in &self.spec.property_types {
            let path = root.key("PropertyTypes").key(full);
            types.push(self.lower_type(
                &path,
                full,
                &short_names[full],
                pt,
                &short_types,
                &mut rule_ids,
            )?);
        }
        self.check_cycles(&types, &root.key("PropertyTypes"))?;
        Ok(Model {
            spec_file: self.spec.file.clone(),
            resource_type: self.spec.resource_type.clone(),
            types,
            enums,
            formats,
            context,
        })
    }

    /// The named value forms: kebab-case names, sources, and patterns that compile as the
    /// runtime compiles them (so that no form fails at run time).
    fn lower_formats(&self, path: &JsonPath) -> Result<Vec<FormatDef>, Error> {
        let mut formats = Vec::new();
        for (name, entry) in &self.spec.formats {
            let path = path.key(name);
            if !naming::is_kebab_case(name) {
                return Err(self.error(
                    &path,
                    format!("a kebab-case form name (lowercase words joined by -, starting with a letter), found {name:?}"),
                ));
            }
            // `formats.rs` also holds `FORMATS`, every form of the spec.
            if naming::const_name(name) == "FORMATS" {
                return Err(self.error(
                    &path,
                    format!(
                        "a form name other than {name:?}, whose constant `FORMATS` names every form"
                    ),
                ));
            }
            if entry.description.trim().is_empty() {
                return Err(self.error(&path.key("Description"), "a description of the form"));
            }
            self.check_source(&path.key("Source"), &entry.source)?;
            if let Err(reason) = cfn_apigateway_runtime::Format::compile(&entry.pattern) {
                return Err(self.error(
                    &path.key("Pattern"),
                    format!(
                        "a regular expression that compiles, found {:?}: {reason}",
                        entry.pattern
                    ),
                ));
            }
            formats.push(FormatDef {
                name: name.clone(),
                const_name: naming::const_name(name),
                description: entry.description.clone(),
                source: entry.source.clone(),
                pattern: entry.pattern.clone(),
            });
        }
        Ok(formats)
    }

    fn short_names(&self, path: &JsonPath) -> Result<BTreeMap<String, String>, Error> {
        let prefix = format!("{}.", self.spec.resource_type);
        let mut names = BTreeMap::new();
        for full in self.spec.property_types.keys() {
            let short = full.strip_prefix(&prefix).filter(|s| {
                naming::is_identifier(s) && s.starts_with(|c: char| c.is_ascii_uppercase())
            });
            let Some(short) = short else {
                return Err(self.error(
                    &path.key(full),
                    format!("a property type named `{prefix}Name`, with Name an UpperCamelCase identifier"),
                ));
            };
            names.insert(full.clone(), short.to_owned());
        }
        Ok(names)
    }

    fn lower_enums(&self, path: &JsonPath) -> Result<Vec<EnumDef>, Error> {
        let mut enums = Vec::new();
        for (name, set) in &self.spec.allowed_values {
            let path = path.key(name);
            if !naming::is_identifier(name) || naming::type_name(name) != *name {
                return Err(self.error(
                    &path,
                    "an allowed-values name in UpperCamelCase (it names a Rust enum)",
                ));
            }
            self.check_source(&path.key("Source"), &set.source)?;
            if set.values.is_empty() {
                return Err(self.error(&path.key("Values"), "at least one allowed value"));
            }
            let mut variants: Vec<Variant> = Vec::new();
            for (i, value) in set.values.iter().enumerate() {
                let rust = naming::variant_name(value);
                if !naming::is_identifier(&rust) || rust == "Unknown" {
                    return Err(self.error(
                        &path.key("Values").index(i),
                        format!("a value that names a Rust variant, found {value:?}"),
                    ));
                }
                if let Some(other) = variants.iter().find(|v| v.wire == *value || v.rust == rust) {
                    return Err(self.error(
                        &path.key("Values").index(i),
                        format!(
                            "distinct values, but {value:?} repeats {:?} (variant `{rust}`)",
                            other.wire
                        ),
                    ));
                }
                variants.push(Variant {
                    wire: value.clone(),
                    rust,
                });
            }
            enums.push(EnumDef {
                name: name.clone(),
                module: naming::snake_name(name),
                description: set.description.clone(),
                source: set.source.clone(),
                variants,
            });
        }
        Ok(enums)
    }

    fn lower_context(&self, path: &JsonPath) -> Result<Vec<ContextField>, Error> {
        let mut fields = Vec::new();
        for (name, entry) in &self.spec.context {
            let path = path.key(name);
            if !naming::is_identifier(name) || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
                return Err(self.error(&path, "a context name in PascalCase"));
            }
            let rust_name = naming::snake_name(name);
            if let Some(other) = fields
                .iter()
                .find(|f: &&ContextField| f.rust_name == rust_name)
            {
                return Err(self.error(
                    &path,
                    format!(
                        "context names that differ by more than case: {name:?} and {:?} both \
                         become `{rust_name}`",
                        other.name
                    ),
                ));
            }
            self.check_source(&path.key("Source"), &entry.source)?;
            fields.push(ContextField {
                name: name.clone(),
                rust_name,
                description: entry.description.clone(),
                source: entry.source.clone(),
            });
        }
        Ok(fields)
    }

    fn lower_shape(
        &self,
        path: &JsonPath,
        p: &spec::Property,
        types: &BTreeSet<&str>,
    ) -> Result<Shape, Error> {
        let short_types = types;
        let primitive = |name: &str, at: JsonPath| -> Result<Primitive, Error> {
            document::Primitive::from_name(name)
                .map(ir_primitive)
                .ok_or_else(|| {
                    self.error(
                        &at,
                        format!(
                            "a primitive type ({}), found {name:?}",
                            document::Primitive::ALL
                                .map(document::Primitive::as_str)
                                .join(", ")
                        ),
                    )
                })
        };
        let item = |p: &spec::Property| -> Result<Shape, Error> {
            match (&p.item_type, &p.primitive_item_type) {
                (Some(t), None) if short_types.contains(t.as_str()) => Ok(Shape::Struct(t.clone())),
                (Some(t), None) => Err(self.error(
                    &path.key("ItemType"),
                    format!(
                        "the name of a property type in this spec ({}), found {t:?}",
                        short_types.iter().copied().collect::<Vec<_>>().join(", ")
                    ),
                )),
                (None, Some(t)) => Ok(Shape::Primitive(primitive(
                    t,
                    path.key("PrimitiveItemType"),
                )?)),
                _ => Err(self.error(
                    path,
                    "exactly one of ItemType and PrimitiveItemType for a List or Map",
                )),
            }
        };
        let shape = match (&p.primitive_type, &p.type_) {
            (Some(t), None) => {
                if p.item_type.is_some() || p.primitive_item_type.is_some() {
                    return Err(self.error(
                        path,
                        "no ItemType or PrimitiveItemType beside PrimitiveType",
                    ));
                }
                Shape::Primitive(primitive(t, path.key("PrimitiveType"))?)
            }
            (None, Some(t)) if t == "List" => Shape::List(Box::new(item(p)?)),
            (None, Some(t)) if t == "Map" => Shape::Map(Box::new(item(p)?)),
            (None, Some(t)) if short_types.contains(t.as_str()) => {
                if p.item_type.is_some() || p.primitive_item_type.is_some() {
                    return Err(self.error(
                        path,
                        "no ItemType or PrimitiveItemType unless Type is List or Map",
                    ));
                }
                Shape::Struct(t.clone())
            }
            (None, Some(t)) => {
                return Err(self.error(
                    &path.key("Type"),
                    format!(
                        "List, Map, or the name of a property type in this spec ({}), found {t:?}",
                        short_types.iter().copied().collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
            _ => return Err(self.error(path, "exactly one of PrimitiveType and Type")),
        };
        match &p.allowed_values {
            None => Ok(shape),
            Some(set) if !self.spec.allowed_values.contains_key(set) => Err(self.error(
                &path.key("AllowedValues"),
                format!(
                    "the name of an allowed-values set ({}), found {set:?}",
                    self.spec
                        .allowed_values
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
            Some(set) if shape == Shape::Primitive(Primitive::String) => {
                Ok(Shape::Enum(set.clone()))
            }
            Some(_) => Err(self.error(
                &path.key("AllowedValues"),
                "AllowedValues only on a property whose PrimitiveType is String",
            )),
        }
    }

    fn lower_field(
        &self,
        path: &JsonPath,
        wire: &str,
        p: &spec::Property,
        types: &BTreeSet<&str>,
    ) -> Result<Field, Error> {
        if !naming::is_identifier(wire) || !wire.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Err(self.error(path, "a property name in PascalCase"));
        }
        self.check_source(&path.key("Source"), &p.source)?;
        let shape = self.lower_shape(path, p, types)?;
        if !matches!(
            p.update_type.as_str(),
            "Mutable" | "Immutable" | "Conditional"
        ) {
            return Err(self.error(
                &path.key("UpdateType"),
                format!(
                    "Mutable, Immutable or Conditional, found {:?}",
                    p.update_type
                ),
            ));
        }
        let documented = match (p.required, p.conditional) {
            (true, true) => {
                return Err(self.error(
                    &path.key("Conditional"),
                    "Conditional only when Required is false",
                ));
            }
            (true, false) => Requiredness::Yes,
            (false, true) => Requiredness::Conditional,
            (false, false) => Requiredness::No,
        };
        let numeric = matches!(
            shape,
            Shape::Primitive(Primitive::Integer | Primitive::Double)
        );
        for (key, bound) in [("Minimum", p.minimum), ("Maximum", p.maximum)] {
            if bound.is_some() && !numeric {
                return Err(self.error(
                    &path.key(key),
                    format!("{key} only on an Integer, Long or Double property"),
                ));
            }
        }
        if let (Some(min), Some(max)) = (p.minimum, p.maximum) {
            if min > max {
                return Err(self.error(
                    &path.key("Minimum"),
                    format!("a Minimum no greater than the Maximum ({max}), found {min}"),
                ));
            }
        }
        if p.duplicates_allowed.is_some() && !matches!(shape, Shape::List(_)) {
            return Err(self.error(
                &path.key("DuplicatesAllowed"),
                "DuplicatesAllowed only on a List",
            ));
        }
        let default = match &p.default {
            None => None,
            Some(value) => Some(self.lower_default(&path.key("Default"), value, &shape, p)?),
        };
        Ok(Field {
            wire_name: wire.to_owned(),
            rust_name: naming::snake_name(wire),
            shape,
            documented,
            always_required: false,
            update_type: p.update_type.clone(),
            docs: Docs {
                description: p.description.clone(),
                link: p.documentation.clone(),
                source: p.source.clone(),
            },
            minimum: p.minimum,
            maximum: p.maximum,
            default,
            duplicates_allowed: p.duplicates_allowed,
        })
    }

    fn lower_default(
        &self,
        path: &JsonPath,
        value: &serde_json::Value,
        shape: &Shape,
        p: &spec::Property,
    ) -> Result<String, Error> {
        let text = match (shape, value) {
            (Shape::Enum(set), serde_json::Value::String(s)) => {
                if !self.spec.allowed_values[set].values.contains(s) {
                    return Err(self.error(path, format!("one of the {set} values, found {s:?}")));
                }
                s.clone()
            }
            (Shape::Primitive(Primitive::String), serde_json::Value::String(s)) => s.clone(),
            (Shape::Primitive(Primitive::Integer), serde_json::Value::Number(n)) if n.is_i64() => {
                n.to_string()
            }
            (Shape::Primitive(Primitive::Double), serde_json::Value::Number(n)) => n.to_string(),
            (Shape::Primitive(Primitive::Boolean), serde_json::Value::Bool(b)) => b.to_string(),
            _ => {
                return Err(self.error(
                    path,
                    format!("a default of the property's type, found {value}"),
                ));
            }
        };
        let n = text.parse::<f64>().ok();
        if let (Some(n), Some(min)) = (n, p.minimum) {
            if n < min {
                return Err(self.error(
                    path,
                    format!("a default no less than the Minimum ({min}), found {text}"),
                ));
            }
        }
        Ok(text)
    }

    fn lower_type(
        &self,
        path: &JsonPath,
        full: &str,
        short: &str,
        pt: &spec::PropertyType,
        types: &BTreeSet<&str>,
        rule_ids: &mut BTreeMap<String, JsonPath>,
    ) -> Result<TypeDef, Error> {
        self.check_source(&path.key("Source"), &pt.source)?;
        if pt.properties.is_empty() {
            return Err(self.error(&path.key("Properties"), "at least one property"));
        }
        let mut fields: Vec<Field> = Vec::new();
        for (wire, p) in &pt.properties {
            let field = self.lower_field(&path.key("Properties").key(wire), wire, p, types)?;
            if let Some(other) = fields.iter().find(|f| f.rust_name == field.rust_name) {
                return Err(self.error(
                    &path.key("Properties").key(wire),
                    format!("property names that differ by more than case: {wire:?} and {:?} both become `{}`", other.wire_name, field.rust_name),
                ));
            }
            fields.push(field);
        }
        // The builder has a setter of each name and `set_` name, beside `build`, `build_with`
        // and `default` (from `Default`, which an inherent method would hide).
        for field in &fields {
            let name = field.rust_name.as_str();
            let clash = match name.strip_prefix("set_") {
                Some(other) => fields
                    .iter()
                    .find(|f| f.rust_name == other)
                    .map(|f| format!("the `set_` setter of {:?}", f.wire_name)),
                None => ["build", "build_with", "default"]
                    .contains(&name)
                    .then(|| format!("the builder's own `{name}`")),
            };
            if let Some(clash) = clash {
                return Err(self.error(
                    &path.key("Properties").key(&field.wire_name),
                    format!("a property whose builder setter `{name}` is not also {clash}"),
                ));
            }
        }
        let mut rules = Vec::new();
        for (i, rule) in pt.rules.iter().enumerate() {
            let rule_path = path.key("Rules").index(i);
            if let Some(first) = rule_ids.insert(rule.id.clone(), rule_path.clone()) {
                return Err(self.error(
                    &rule_path.key("Id"),
                    format!(
                        "a rule id not used before, but {:?} is also at {}",
                        rule.id,
                        first.as_str()
                    ),
                ));
            }
            rules.push(self.lower_rule(&rule_path, rule, pt, &fields)?);
        }
        for field in &mut fields {
            field.always_required = rules.iter().any(|r| {
                r.when.is_empty()
                    && r.assert == AssertDef::Present
                    && r.property.as_deref() == Some(&field.wire_name)
            });
        }
        self.check_rules_cover_facts(path, pt, &fields, &rules)?;
        Ok(TypeDef {
            full_name: full.to_owned(),
            name: short.to_owned(),
            module: naming::snake_name(short),
            docs: Docs {
                description: pt.description.clone(),
                link: pt.documentation.clone(),
                source: pt.source.clone(),
            },
            fields,
            rules,
        })
    }

    /// The facts the document states on a property must each be enforced by a rule, so that a
    /// maintainer cannot declare a constraint and forget to check it.
    fn check_rules_cover_facts(
        &self,
        path: &JsonPath,
        pt: &spec::PropertyType,
        fields: &[Field],
        rules: &[RuleDef],
    ) -> Result<(), Error> {
        fn on<'r>(rules: &'r [RuleDef], f: &'r Field) -> impl Iterator<Item = &'r RuleDef> {
            rules
                .iter()
                .filter(move |r| r.property.as_deref() == Some(f.wire_name.as_str()))
        }
        for field in fields {
            let at = path.key("Properties").key(&field.wire_name);
            if field.documented == Requiredness::Yes && !field.always_required {
                return Err(self.error(&at.key("Required"), "a rule {\"Assert\": {\"Present\": true}} without When for a property that is Required"));
            }
            if field.documented == Requiredness::Conditional
                && !on(rules, field).any(|r| r.assert == AssertDef::Present && !r.when.is_empty())
            {
                return Err(self.error(
                    &at.key("Conditional"),
                    "a rule {\"Assert\": {\"Present\": true}} with When for a Conditional property",
                ));
            }
            if pt.properties[&field.wire_name].allowed_values.is_some()
                && !on(rules, field)
                    .any(|r| r.when.is_empty() && matches!(r.assert, AssertDef::OneOf(_)))
            {
                return Err(self.error(&at.key("AllowedValues"), "a rule {\"Assert\": {\"AllowedValues\": true}} for a property with AllowedValues"));
            }
        }
        Ok(())
    }

    fn field<'f>(
        &self,
        path: &JsonPath,
        fields: &'f [Field],
        name: &str,
    ) -> Result<&'f Field, Error> {
        fields.iter().find(|f| f.wire_name == name).ok_or_else(|| {
            self.error(
                path,
                format!(
                    "a property of this type ({}), found {name:?}",
                    fields
                        .iter()
                        .map(|f| f.wire_name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
    }

    fn formats(&self, path: &JsonPath, names: &[String]) -> Result<Vec<String>, Error> {
        if names.is_empty() {
            return Err(self.error(path, "at least one format name"));
        }
        names
            .iter()
            .enumerate()
            .map(|(i, n)| self.format(&path.index(i), n))
            .collect()
    }

    fn format(&self, path: &JsonPath, name: &str) -> Result<String, Error> {
        if self.spec.formats.contains_key(name) {
            Ok(naming::const_name(name))
        } else {
            let known: Vec<&str> = self.spec.formats.keys().map(String::as_str).collect();
            Err(self.error(
                path,
                format!(
                    "a form of the spec's Formats ({}), found {name:?}",
                    known.join(", ")
                ),
            ))
        }
    }

    fn lower_rule(
        &self,
        path: &JsonPath,
        rule: &spec::Rule,
        pt: &spec::PropertyType,
        fields: &[Field],
    ) -> Result<RuleDef, Error> {
        // The id also names the rule's Rust constant, which cannot start with a digit.
        if !naming::is_kebab_case(&rule.id) {
            return Err(self.error(
                &path.key("Id"),
                format!(
                    "a kebab-case rule id (lowercase words joined by -, starting with a \
                     letter), found {:?}",
                    rule.id
                ),
            ));
        }
        // The runtime's rules, and the constants a rule's constant would meet (`RULES` in
        // rules.rs, `PROPERTY_NAMES` in each type's file).
        if [
            "value-type",
            "intrinsic-function",
            "nesting-depth",
            "rules",
            "property-names",
        ]
        .contains(&rule.id.as_str())
        {
            return Err(self.error(
                &path.key("Id"),
                format!(
                    "an id not reserved by the runtime or the generated code, found {:?}",
                    rule.id
                ),
            ));
        }
        self.check_source(&path.key("Source"), &rule.source)?;
        let mut rest = rule.message.as_str();
        while let Some(start) = rest.find('{') {
            let end = rest[start..]
                .find('}')
                .map(|e| start + e + 1)
                .unwrap_or(rest.len());
            if !PLACEHOLDERS.contains(&&rest[start..end]) {
                return Err(self.error(
                    &path.key("Message"),
                    format!(
                        "placeholders among {}, found {:?}",
                        PLACEHOLDERS.join(", "),
                        &rest[start..end]
                    ),
                ));
            }
            rest = &rest[end..];
        }
        let field = match (&rule.property, &rule.assert) {
            (None, Assertion::NoAdditionalProperties(true)) => None,
            (Some(_), Assertion::NoAdditionalProperties(_)) => {
                return Err(self.error(
                    &path.key("Property"),
                    "no Property for NoAdditionalProperties",
                ));
            }
            (Some(name), _) => Some(self.field(&path.key("Property"), fields, name)?),
            (None, _) => return Err(self.error(path, "a Property the rule checks")),
        };
        // The checker applies it while it reads the object, whatever the other properties are.
        if matches!(rule.assert, Assertion::NoAdditionalProperties(_)) && !rule.when.is_empty() {
            return Err(self.error(&path.key("When"), "no When for NoAdditionalProperties"));
        }
        let assert_path = path.key("Assert");
        let assert = self.lower_assert(&assert_path, &rule.assert, field, pt)?;
        let mut when = Vec::new();
        for (i, cond) in rule.when.iter().enumerate() {
            when.push(self.lower_condition(&path.key("When").index(i), cond, fields)?);
        }
        Ok(RuleDef {
            id: rule.id.clone(),
            const_name: naming::const_name(&rule.id),
            is_error: rule.severity == spec::Severity::Error,
            source: rule.source.clone(),
            property: rule.property.clone(),
            when,
            assert,
            message: rule.message.clone(),
        })
    }

    fn values_in_set(
        &self,
        path: &JsonPath,
        values: &[String],
        field: &Field,
    ) -> Result<(), Error> {
        if values.is_empty() {
            return Err(self.error(path, "at least one value"));
        }
        if let Shape::Enum(set) = &field.shape {
            let allowed = &self.spec.allowed_values[set].values;
            for (i, v) in values.iter().enumerate() {
                if !allowed.contains(v) {
                    return Err(self.error(
                        &path.index(i),
                        format!(
                            "one of the {set} values ({}), found {v:?}",
                            allowed.join(", ")
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    fn lower_assert(
        &self,
        path: &JsonPath,
        assert: &Assertion,
        field: Option<&Field>,
        pt: &spec::PropertyType,
    ) -> Result<AssertDef, Error> {
        let Some(field) = field else {
            return Ok(AssertDef::NoAdditionalProperties);
        };
        let is_string = matches!(
            field.shape,
            Shape::Primitive(Primitive::String) | Shape::Enum(_)
        );
        let expect = |ok: bool, what: &str| {
            if ok {
                Ok(())
            } else {
                Err(self.error(
                    path,
                    format!(
                        "an assertion that fits property {:?}: {what}",
                        field.wire_name
                    ),
                ))
            }
        };
        Ok(match assert {
            Assertion::Present(true) => AssertDef::Present,
            Assertion::Present(false) => AssertDef::Absent,
            Assertion::AllowedValues(true) => {
                let Some(set) = &pt.properties[&field.wire_name].allowed_values else {
                    return Err(self.error(
                        &path.key("AllowedValues"),
                        format!(
                            "a property with AllowedValues, but {:?} has none",
                            field.wire_name
                        ),
                    ));
                };
                AssertDef::OneOf(self.spec.allowed_values[set].values.clone())
            }
            Assertion::In(values) => {
                expect(is_string, "In needs a String property")?;
                self.values_in_set(&path.key("In"), values, field)?;
                AssertDef::OneOf(values.clone())
            }
            Assertion::Minimum(n) => {
                expect(
                    matches!(
                        field.shape,
                        Shape::Primitive(Primitive::Integer | Primitive::Double)
                    ),
                    "Minimum needs a number",
                )?;
                AssertDef::Minimum(*n)
            }
            Assertion::Maximum(n) => {
                expect(
                    matches!(
                        field.shape,
                        Shape::Primitive(Primitive::Integer | Primitive::Double)
                    ),
                    "Maximum needs a number",
                )?;
                AssertDef::Maximum(*n)
            }
            Assertion::Format(names) => {
                expect(is_string, "Format needs a String property")?;
                AssertDef::Format(self.formats(&path.key("Format"), names)?)
            }
            Assertion::NotFormat(name) => {
                expect(is_string, "NotFormat needs a String property")?;
                AssertDef::NotFormat(self.format(&path.key("NotFormat"), name)?)
            }
            Assertion::KeyFormat(names) => {
                expect(
                    matches!(field.shape, Shape::Map(_)),
                    "KeyFormat needs a Map",
                )?;
                AssertDef::KeyFormat(self.formats(&path.key("KeyFormat"), names)?)
            }
            Assertion::ValueFormat(names) => {
                expect(
                    matches!(&field.shape, Shape::Map(item) if **item == Shape::Primitive(Primitive::String)),
                    "ValueFormat needs a Map of String",
                )?;
                AssertDef::ValueFormat(self.formats(&path.key("ValueFormat"), names)?)
            }
            Assertion::UniqueItems(true) => {
                expect(
                    matches!(field.shape, Shape::List(_)),
                    "UniqueItems needs a List",
                )?;
                AssertDef::UniqueItems
            }
            Assertion::ItemsIn(name) => {
                expect(
                    matches!(&field.shape, Shape::List(item) if **item == Shape::Primitive(Primitive::String)),
                    "ItemsIn needs a List of String",
                )?;
                if !self.spec.context.contains_key(name) {
                    return Err(self.error(
                        &path.key("ItemsIn"),
                        format!(
                            "the name of a Context entry ({}), found {name:?}",
                            self.spec
                                .context
                                .keys()
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
                AssertDef::ItemsIn(naming::snake_name(name))
            }
            Assertion::AllowedValues(false)
            | Assertion::UniqueItems(false)
            | Assertion::NoAdditionalProperties(_) => {
                return Err(self.error(
                    path,
                    "an assertion that asserts something (`false` is only meaningful for Present)",
                ));
            }
        })
    }

    fn lower_condition(
        &self,
        path: &JsonPath,
        cond: &spec::Condition,
        fields: &[Field],
    ) -> Result<ConditionDef, Error> {
        let field = self.field(&path.key("Property"), fields, &cond.property)?;
        let test = match (&cond.in_, &cond.not_in, &cond.format, &cond.not_format) {
            (Some(values), None, None, None) => {
                self.values_in_set(&path.key("In"), values, field)?;
                TestDef::In(values.clone())
            }
            (None, Some(values), None, None) => {
                self.values_in_set(&path.key("NotIn"), values, field)?;
                TestDef::NotIn(values.clone())
            }
            (None, None, Some(name), None) => {
                TestDef::Format(self.format(&path.key("Format"), name)?)
            }
            (None, None, None, Some(name)) => {
                TestDef::NotFormat(self.format(&path.key("NotFormat"), name)?)
            }
            _ => return Err(self.error(path, "exactly one of In, NotIn, Format and NotFormat")),
        };
        let allowed = match &field.shape {
            Shape::Enum(set) => Some(self.spec.allowed_values[set].values.clone()),
            _ => None,
        };
        Ok(ConditionDef {
            property: field.wire_name.clone(),
            test,
            default: field.default.clone(),
            allowed,
        })
    }

    /// CloudFormation property types do not nest themselves; a cycle is a spec mistake.
    fn check_cycles(&self, types: &[TypeDef], path: &JsonPath) -> Result<(), Error> {
        let edges: BTreeMap<&str, Vec<&str>> = types
            .iter()
            .map(|t| {
                (
                    t.name.as_str(),
                    t.fields
                        .iter()
                        .filter_map(|f| f.shape.property_type())
                        .collect(),
                )
            })
            .collect();
        for t in types {
            let mut stack = vec![(t.name.as_str(), vec![t.name.as_str()])];
            let mut seen = BTreeSet::new();
            while let Some((node, trail)) = stack.pop() {
                for &next in edges.get(node).into_iter().flatten() {
                    if next == t.name {
                        let cycle = trail
                            .iter()
                            .chain([&next])
                            .copied()
                            .collect::<Vec<_>>()
                            .join(" → ");
                        return Err(self.error(&path.key(&t.full_name), format!("property types that do not contain themselves, found the cycle {cycle}")));
                    }
                    if seen.insert(next) {
                        let mut trail = trail.clone();
                        trail.push(next);
                        stack.push((next, trail));
                    }
                }
            }
        }
        Ok(())
    }
}

/// Lowers a parsed spec into the IR, checking every name and reference.
pub fn lower(spec: &Spec) -> Result<Model, Error> {
    Lowering { spec }.lower()
}
