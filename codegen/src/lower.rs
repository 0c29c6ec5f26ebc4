//! Lowering: spec → IR. Every name is resolved and every reference checked here; each mistake
//! becomes an [`Error::Spec`] naming the spec file, the JSON path and what was expected.

use std::collections::{BTreeMap, BTreeSet};

use crate::Error;
use crate::document;
use crate::ir::{
    AssertDef, AttributeDef, ConditionDef, ContextField, Docs, EnumDef, FactKind, Field, FormatDef,
    GroupDef, Model, Primitive, ReferencedDef, Requiredness, RuleDef, Shape, Take, TakenFact,
    TestDef, TypeDef, Variant,
};
use crate::naming;
use crate::spec::{self, Assertion, Referenced, Spec};

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

    /// Each correction has a reason and cites a document of the spec.
    fn check_corrections(
        &self,
        path: &JsonPath,
        corrections: &BTreeMap<String, spec::Correction>,
    ) -> Result<(), Error> {
        for (key, correction) in corrections {
            let at = path.key("Corrections").key(key);
            if correction.reason.trim().is_empty() {
                return Err(self.error(&at.key("Reason"), "why the page is not followed"));
            }
            self.check_source(&at.key("Source"), &correction.source)?;
        }
        Ok(())
    }

    /// The web address of a checked source: the document's `Url`, with the anchor of a page or
    /// the quotation of an excerpt (a text fragment, `#:~:text=`); a JSON document's pointer is
    /// not part of its address.
    fn link(&self, source: &str) -> String {
        let Some((key, anchor)) = spec::parse_source(source) else {
            return String::new();
        };
        let Some(doc) = self.spec.documents.get(key) else {
            return String::new();
        };
        let Some(url) = &doc.url else {
            return String::new();
        };
        if doc.path.ends_with(".json") {
            return url.clone();
        }
        match anchor.strip_prefix(":~:text=") {
            // The text fragment's own syntax gives `-`, `,` and `&` meaning: they are escaped.
            Some(quote) => {
                let mut encoded = String::new();
                for c in quote
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .chars()
                {
                    match c {
                        ' ' => encoded.push_str("%20"),
                        '-' => encoded.push_str("%2D"),
                        ',' => encoded.push_str("%2C"),
                        '&' => encoded.push_str("%26"),
                        '#' => encoded.push_str("%23"),
                        '%' => encoded.push_str("%25"),
                        '"' => encoded.push_str("%22"),
                        c => encoded.push(c),
                    }
                }
                format!("{url}#:~:text={encoded}")
            }
            None => format!("{url}#{anchor}"),
        }
    }

    fn lower(&self) -> Result<Model, Error> {
        let root = JsonPath::default();
        if self.spec.property_types.is_empty() && self.spec.resource_types.is_empty() {
            return Err(self.error(
                &root.key("PropertyTypes"),
                "at least one resource type or property type",
            ));
        }
        for (key, doc) in &self.spec.documents {
            if doc.path.is_empty() {
                return Err(self.error(
                    &root.key("Documents").key(key).key("Path"),
                    "a non-empty path",
                ));
            }
            if doc.kind == spec::DocumentKind::Page && doc.url.is_none() {
                return Err(self.error(
                    &root.key("Documents").key(key),
                    "a Url where the page is published (only an Excerpt may have none)",
                ));
            }
        }
        let enums = self.lower_enums(&root.key("AllowedValues"))?;
        let mut formats = self.lower_formats(&root.key("Formats"))?;
        let names = self.type_names(&root)?;
        let context = self.lower_context(&root.key("Context"))?;
        let (pseudo_parameters, return_values) = self.lower_references(&root)?;
        let type_path = |full: &str| {
            let section = if self.spec.resource_types.contains_key(full) {
                "ResourceTypes"
            } else {
                "PropertyTypes"
            };
            root.key(section).key(full)
        };
        // The enums are modules of the model's folder, beside the groups' modules.
        let mut modules: BTreeMap<String, JsonPath> = BTreeMap::new();
        for e in &enums {
            let path = root.key("AllowedValues").key(&e.name);
            if naming::USED_BY_GENERATED_CODE.contains(&e.name.as_str()) {
                return Err(self.error(
                    &path,
                    format!(
                        "a name the generated code does not already use, found `{}`",
                        e.name
                    ),
                ));
            }
            self.claim_module(&mut modules, &e.module, &path)?;
        }
        let mut groups: Vec<GroupDef> = Vec::new();
        for (full, name) in &names {
            if groups.iter().any(|g| g.resource_type == name.group) {
                continue;
            }
            let module = module_name(
                name.group.rsplit("::").next().unwrap_or_default(),
                "_resource",
            );
            self.claim_module(&mut modules, &module, &type_path(full))?;
            groups.push(GroupDef {
                resource_type: name.group.clone(),
                module,
                resource: None,
            });
        }
        groups.sort_by(|a, b| a.resource_type.cmp(&b.resource_type));
        // Within a group, the enums and the group's types are one namespace (a type's file
        // imports both), and each property type is a module of the group's folder.
        for group in &groups {
            let mut rust: BTreeMap<String, JsonPath> = enums
                .iter()
                .flat_map(|e| {
                    let path = root.key("AllowedValues").key(&e.name);
                    [
                        (e.name.clone(), path.clone()),
                        (format!("{}Builder", e.name), path),
                    ]
                })
                .collect();
            let mut group_modules: BTreeMap<String, JsonPath> = BTreeMap::new();
            for (full, name) in names.iter().filter(|(_, n)| n.group == group.resource_type) {
                let path = type_path(full);
                if !self.spec.resource_types.contains_key(full) {
                    self.claim_module(
                        &mut group_modules,
                        &module_name(&name.rust, "_property"),
                        &path,
                    )?;
                }
                let builder = format!("{}Builder", name.rust);
                for claimed in [&name.rust, &builder] {
                    if let Some(first) = rust.insert(claimed.clone(), path.clone()) {
                        return Err(self.error(
                            &path,
                            format!(
                                "a type whose Rust name, or its builder's, is not also that of {} (`{claimed}`)",
                                first.as_str()
                            ),
                        ));
                    }
                }
            }
        }
        // The names properties give types (`Type: Integration`) in each group, and the Rust
        // name of each.
        let mut group_types: BTreeMap<&str, BTreeMap<&str, &str>> = BTreeMap::new();
        for (full, n) in &names {
            let types = group_types.entry(n.group.as_str()).or_default();
            if let Some((_, short)) = full.split_once('.') {
                types.insert(short, n.rust.as_str());
            }
        }

        let mut types = Vec::new();
        let mut rule_ids = BTreeMap::new();
        // The forms of the properties' `Pattern`s, each named after the rule that checks it.
        let mut pattern_forms: Vec<(FormatDef, JsonPath)> = Vec::new();
        for (section, full, pt) in self.spec.types() {
            let path = root.key(section).key(full);
            let name = &names[full];
            let group = groups
                .iter_mut()
                .find(|g| g.resource_type == name.group)
                .expect("every type's group was listed");
            if section == "ResourceTypes" {
                group.resource = Some(types.len());
            }
            let mut t = self.lower_type(
                &path,
                full,
                name,
                &group.module,
                pt,
                &group_types[name.group.as_str()],
                &mut rule_ids,
                &mut pattern_forms,
            )?;
            t.attributes = self.lower_attributes(&path, section, pt)?;
            for (name, entry) in &self.spec.context {
                if let Some(from) = entry.from.as_ref().filter(|f| f.type_name == *full) {
                    t.takes.push(TakenFact {
                        context: naming::snake_name(name),
                        property: from.property.clone(),
                        take: self.take(&root.key("Context").key(name).key("From"), from)?,
                    });
                }
            }
            types.push(t);
        }
        for (form, path) in pattern_forms {
            if formats.iter().any(|f| f.name == form.name) {
                return Err(self.error(
                    &path,
                    format!(
                        "a property whose pattern's form `{}` is not also a form of Formats",
                        form.name
                    ),
                ));
            }
            formats.push(form);
        }
        formats.sort_by(|a, b| a.name.cmp(&b.name));
        box_cycles(&mut types);
        self.check_facts_reach_their_rules(&types, &context, &root)?;
        Ok(Model {
            spec_file: self.spec.file.clone(),
            groups,
            types,
            enums,
            formats,
            context,
            pseudo_parameters,
            return_values,
        })
    }

    /// The pseudo parameters and the return values of resource types: names of the shapes
    /// CloudFormation gives them, sources, and forms of the spec.
    fn lower_references(
        &self,
        root: &JsonPath,
    ) -> Result<(Vec<ReferencedDef>, Vec<ReferencedDef>), Error> {
        let segment = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric());
        let lower = |path: &JsonPath, resource_type: &str, name: &str, entry: &Referenced| {
            if entry.description.trim().is_empty() {
                return Err(self.error(&path.key("Description"), "a description of the value"));
            }
            self.check_source(&path.key("Source"), &entry.source)?;
            self.check_corrections(path, &entry.corrections)?;
            let format = match &entry.format {
                Some(form) => Some(self.format(&path.key("Format"), form)?),
                None => None,
            };
            Ok(ReferencedDef {
                resource_type: resource_type.to_owned(),
                name: name.to_owned(),
                description: entry.description.clone(),
                source: entry.source.clone(),
                format,
            })
        };
        let mut pseudo_parameters = Vec::new();
        for (name, entry) in &self.spec.pseudo_parameters {
            let path = root.key("PseudoParameters").key(name);
            if !name.strip_prefix("AWS::").is_some_and(segment) {
                return Err(self.error(
                    &path,
                    format!("a pseudo parameter name, AWS::Name, found {name:?}"),
                ));
            }
            pseudo_parameters.push(lower(&path, "", name, entry)?);
        }
        let mut return_values = Vec::new();
        for (resource_type, values) in &self.spec.return_values {
            let path = root.key("ReturnValues").key(resource_type);
            if resource_type.split("::").count() != 3 || !resource_type.split("::").all(segment) {
                return Err(self.error(
                    &path,
                    format!(
                        "a resource type name, Service::Provider::Type, found {resource_type:?}"
                    ),
                ));
            }
            for (name, entry) in &values.0 {
                let path = path.key(name);
                if !name.split('.').all(segment) {
                    return Err(self.error(
                        &path,
                        format!("Ref or an attribute name (Arn, Endpoint.Address), found {name:?}"),
                    ));
                }
                return_values.push(lower(&path, resource_type, name, entry)?);
            }
        }
        Ok((pseudo_parameters, return_values))
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
            let dfa =
                cfn_apigateway_runtime::Format::compile(&entry.pattern).map_err(|reason| {
                    self.error(
                        &path.key("Pattern"),
                        format!(
                            "a regular expression that compiles, found {:?}: {reason}",
                            entry.pattern
                        ),
                    )
                })?;
            formats.push(FormatDef {
                name: name.clone(),
                const_name: naming::const_name(name),
                description: entry.description.clone(),
                source: entry.source.clone(),
                pattern: entry.pattern.clone(),
                dfa,
            });
        }
        Ok(formats)
    }

    /// Claims `module` in `modules` for the thing at `path`: a module no other thing has.
    fn claim_module(
        &self,
        modules: &mut BTreeMap<String, JsonPath>,
        module: &str,
        path: &JsonPath,
    ) -> Result<(), Error> {
        if let Some(first) = modules.insert(module.to_owned(), path.clone()) {
            return Err(self.error(
                path,
                format!(
                    "a name distinct from {} (both become module `{module}`{})",
                    first.as_str(),
                    if ["_property", "_values", "_resource"]
                        .iter()
                        .any(|s| module.ends_with(s))
                    {
                        ", where a name the generator reserves takes a suffix"
                    } else {
                        ""
                    }
                ),
            ));
        }
        Ok(())
    }

    /// The group and the Rust name of each type: a resource type `AWS::Service::Name` is its own
    /// group and is named `Name`; a property type `RESOURCE.Name` is of the group `RESOURCE` and
    /// is named `Name`.
    fn type_names(&self, root: &JsonPath) -> Result<BTreeMap<String, TypeName>, Error> {
        let upper_camel =
            |s: &str| naming::is_identifier(s) && s.starts_with(|c: char| c.is_ascii_uppercase());
        let resource_name = |full: &str| {
            let segments: Vec<&str> = full.split("::").collect();
            (segments.len() == 3 && segments.iter().all(|s| upper_camel(s)))
                .then(|| segments[2].to_owned())
        };
        let mut names = BTreeMap::new();
        for full in self.spec.resource_types.keys() {
            let Some(short) = resource_name(full) else {
                return Err(self.error(
                    &root.key("ResourceTypes").key(full),
                    format!("a resource type named `Service::Provider::Name`, each part an UpperCamelCase identifier, found `{full}`"),
                ));
            };
            let rust = if naming::USED_BY_GENERATED_CODE.contains(&short.as_str()) {
                format!("{short}Resource")
            } else {
                short
            };
            names.insert(
                full.clone(),
                TypeName {
                    group: full.clone(),
                    rust,
                },
            );
        }
        for full in self.spec.property_types.keys() {
            let named = full.split_once('.').filter(|(resource, short)| {
                resource_name(resource).is_some() && upper_camel(short)
            });
            let Some((resource, short)) = named else {
                return Err(self.error(
                    &root.key("PropertyTypes").key(full),
                    format!("a property type named `Service::Provider::Resource.Name`, each part an UpperCamelCase identifier, found `{full}`"),
                ));
            };
            names.insert(
                full.clone(),
                TypeName {
                    group: resource.to_owned(),
                    rust: rust_type_name(short),
                },
            );
        }
        Ok(names)
    }

    /// The attributes of a resource type; a property type has none.
    fn lower_attributes(
        &self,
        path: &JsonPath,
        section: &str,
        pt: &spec::PropertyType,
    ) -> Result<Option<Vec<AttributeDef>>, Error> {
        if section == "PropertyTypes" {
            return match pt.attributes {
                Some(_) => Err(self.error(
                    &path.key("Attributes"),
                    "no Attributes on a property type (only resource types have attributes)",
                )),
                None => Ok(None),
            };
        }
        let mut attributes = Vec::new();
        for (name, attribute) in pt.attributes.iter().flatten() {
            let at = path.key("Attributes").key(name);
            self.check_source(&at.key("Source"), &attribute.source)?;
            if document::Primitive::from_name(&attribute.primitive_type).is_none() {
                return Err(self.error(
                    &at.key("PrimitiveType"),
                    format!(
                        "a primitive type ({}), found {:?}",
                        document::Primitive::ALL
                            .map(document::Primitive::as_str)
                            .join(", "),
                        attribute.primitive_type
                    ),
                ));
            }
            attributes.push(AttributeDef {
                name: name.clone(),
                primitive_type: attribute.primitive_type.clone(),
                description: attribute.description.clone(),
                source: attribute.source.clone(),
            });
        }
        Ok(Some(attributes))
    }

    fn lower_enums(&self, path: &JsonPath) -> Result<Vec<EnumDef>, Error> {
        let mut enums = Vec::new();
        for (name, set) in &self.spec.allowed_values {
            let path = path.key(name);
            // An identifier Rust takes as a type's name: `EC2TagFilterType`, as derive names
            // a set after its type and property, is one.
            let camel = name.starts_with(|c: char| c.is_ascii_uppercase()) && !name.contains('_');
            if !naming::is_identifier(name) || !camel {
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
                module: module_name(name, "_values"),
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
            let kind = self.fact_kind(&path, entry)?;
            let from = entry
                .from
                .as_ref()
                .map(|from| (from.type_name.clone(), from.property.clone()));
            fields.push(ContextField {
                name: name.clone(),
                rust_name,
                kind,
                from,
                description: entry.description.clone(),
                source: entry.source.clone(),
            });
        }
        Ok(fields)
    }

    /// What the fact `entry` (at `path`) holds: a set of texts when a caller gives it, else
    /// what its property gives.
    fn fact_kind(&self, path: &JsonPath, entry: &spec::ContextEntry) -> Result<FactKind, Error> {
        let Some(from) = &entry.from else {
            return Ok(FactKind::Set);
        };
        let at = path.key("From");
        Ok(match self.take(&at, from)? {
            Take::Keys | Take::Items => FactKind::Set,
            Take::KeysBy { .. } => FactKind::SetsByKey,
            Take::Value => {
                let property = &self.type_of(&at, from)?.properties[&from.property];
                FactKind::Value(property.allowed_values.clone().unwrap_or_default())
            }
        })
    }

    /// The type a fact is taken from.
    fn type_of(
        &self,
        path: &JsonPath,
        from: &spec::ContextFrom,
    ) -> Result<&spec::PropertyType, Error> {
        self.spec
            .types()
            .find(|(_, name, _)| **name == from.type_name)
            .map(|(_, _, t)| t)
            .ok_or_else(|| {
                let known: Vec<&str> = self.spec.types().map(|(_, n, _)| n.as_str()).collect();
                self.error(
                    &path.key("Type"),
                    format!(
                        "a type of this spec ({}), found {:?}",
                        known.join(", "),
                        from.type_name
                    ),
                )
            })
    }

    /// What a fact takes from its property, which follows from the property's shape.
    fn take(&self, path: &JsonPath, from: &spec::ContextFrom) -> Result<Take, Error> {
        let owner = self.type_of(path, from)?;
        let property_of = |t: &'_ spec::PropertyType, name: &str, at: JsonPath| {
            t.properties.get(name).cloned().ok_or_else(|| {
                self.error(
                    &at,
                    format!(
                        "a property of the type ({}), found {name:?}",
                        t.properties.keys().cloned().collect::<Vec<_>>().join(", ")
                    ),
                )
            })
        };
        let p = property_of(owner, &from.property, path.key("Property"))?;
        let is = |p: &spec::Property, t: &str, item: &str| {
            p.type_.as_deref() == Some(t) && p.primitive_item_type.as_deref() == Some(item)
        };
        let take = match (&from.keyed_by, &from.keys_of) {
            (None, None) if p.type_.as_deref() == Some("Map") => Take::Keys,
            (None, None) if is(&p, "List", "String") => Take::Items,
            (None, None) if p.allowed_values.is_some() => Take::Value,
            (Some(key), Some(keys)) if p.type_.as_deref() == Some("List") => {
                let item = p
                    .item_type
                    .as_ref()
                    .and_then(|item| {
                        self.spec
                            .property_types
                            .get(&format!("{}.{item}", group_of(&from.type_name)))
                    })
                    .ok_or_else(|| {
                        self.error(
                            &path.key("Property"),
                            "a List of a property type of this spec for KeyedBy and KeysOf",
                        )
                    })?;
                let key_property = property_of(item, key, path.key("KeyedBy"))?;
                if key_property.primitive_type.as_deref() != Some("String") {
                    return Err(self.error(&path.key("KeyedBy"), "a String property of the item"));
                }
                let keys_property = property_of(item, keys, path.key("KeysOf"))?;
                if keys_property.type_.as_deref() != Some("Map") {
                    return Err(self.error(&path.key("KeysOf"), "a Map property of the item"));
                }
                Take::KeysBy {
                    key: key.clone(),
                    keys: keys.clone(),
                }
            }
            _ => {
                return Err(self.error(
                    path,
                    "a Map (its keys are taken), a List of String (its items), a property with \
                     AllowedValues (its value), or a List of a property type with KeyedBy and \
                     KeysOf",
                ));
            }
        };
        Ok(take)
    }

    fn lower_shape(
        &self,
        path: &JsonPath,
        p: &spec::Property,
        types: &BTreeMap<&str, &str>,
    ) -> Result<Shape, Error> {
        let short_types = types;
        let known = || short_types.keys().copied().collect::<Vec<_>>().join(", ");
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
                (Some(t), None) if short_types.contains_key(t.as_str()) => {
                    Ok(Shape::Struct(short_types[t.as_str()].to_owned()))
                }
                (Some(t), None) => Err(self.error(
                    &path.key("ItemType"),
                    format!(
                        "the name of a property type in this spec ({}), found {t:?}",
                        known()
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
            (None, Some(t)) if short_types.contains_key(t.as_str()) => {
                if p.item_type.is_some() || p.primitive_item_type.is_some() {
                    return Err(self.error(
                        path,
                        "no ItemType or PrimitiveItemType unless Type is List or Map",
                    ));
                }
                Shape::Struct(short_types[t.as_str()].to_owned())
            }
            (None, Some(t)) => {
                return Err(self.error(
                    &path.key("Type"),
                    format!(
                        "List, Map, or the name of a property type in this spec ({}), found {t:?}",
                        known()
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
        types: &BTreeMap<&str, &str>,
    ) -> Result<Field, Error> {
        // Most names are PascalCase; some pages use others (`arn`, `channelId`), which serde
        // renames to and from their snake_case fields.
        let name_like = wire.starts_with(|c: char| c.is_ascii_alphabetic())
            && wire.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !name_like {
            return Err(self.error(
                path,
                "a property name: ASCII letters, digits and _, starting with a letter",
            ));
        }
        self.check_source(&path.key("Source"), &p.source)?;
        self.check_corrections(path, &p.corrections)?;
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
        // On a String a bound is a length, on a List a number of items, as the pages mean.
        let sized = matches!(
            shape,
            Shape::Primitive(Primitive::String) | Shape::Enum(_) | Shape::List(_)
        );
        for (key, bound) in [("Minimum", p.minimum), ("Maximum", p.maximum)] {
            let Some(bound) = bound else { continue };
            if !numeric && !sized {
                return Err(self.error(
                    &path.key(key),
                    format!("{key} only on a number, a String (its length) or a List (its items), not on this property's type"),
                ));
            }
            if sized && (bound < 0.0 || bound.fract() != 0.0 || bound > u32::MAX as f64) {
                return Err(self.error(
                    &path.key(key),
                    format!("a whole number of characters or items, found {bound}"),
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
            boxed: false,
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
        // A text's bounds are on its length, a number's on its value.
        let measure = match shape {
            Shape::Primitive(Primitive::String) | Shape::Enum(_) => {
                Some(text.chars().count() as f64)
            }
            _ => text.parse::<f64>().ok(),
        };
        if let Some(n) = measure {
            if let Some(min) = p.minimum.filter(|min| n < *min) {
                return Err(self.error(
                    path,
                    format!("a default no less than the Minimum ({min}), found {text}"),
                ));
            }
            if let Some(max) = p.maximum.filter(|max| n > *max) {
                return Err(self.error(
                    path,
                    format!("a default no greater than the Maximum ({max}), found {text}"),
                ));
            }
        }
        Ok(text)
    }

    #[allow(clippy::too_many_arguments)] // One call; the names say what each is.
    fn lower_type(
        &self,
        path: &JsonPath,
        full: &str,
        name: &TypeName,
        group: &str,
        pt: &spec::PropertyType,
        types: &BTreeMap<&str, &str>,
        rule_ids: &mut BTreeMap<String, JsonPath>,
        pattern_forms: &mut Vec<(FormatDef, JsonPath)>,
    ) -> Result<TypeDef, Error> {
        self.check_source(&path.key("Source"), &pt.source)?;
        self.check_corrections(path, &pt.corrections)?;
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
            rules.push(self.lower_rule(&rule_path, rule, group_of(full), pt, &fields)?);
        }
        let short = name.rust.as_str();
        // Derived rule ids start with the resource type's name, then a property type's, so two
        // resource types' property types of one name never share one (`stage-method-setting-…`).
        let id_prefix = match full.split_once('.') {
            Some((resource, property_type)) => format!(
                "{}-{}",
                naming::kebab_name(resource.rsplit("::").next().unwrap_or_default()),
                naming::kebab_name(property_type)
            ),
            None => naming::kebab_name(full.rsplit("::").next().unwrap_or_default()),
        };
        let noun = full.rsplit(['.', ':']).next().unwrap_or(full);
        for derived in
            self.derived_rules(path, &id_prefix, noun, pt, &fields, &rules, pattern_forms)?
        {
            if let Some(first) = rule_ids.insert(derived.id.clone(), path.clone()) {
                return Err(self.error(
                    &path
                        .key("Properties")
                        .key(derived.property.as_deref().unwrap_or_default()),
                    format!(
                        "a property whose fact's derived rule id {:?} no other rule has, but {} has it (rename that rule, or the property)",
                        derived.id,
                        first.as_str()
                    ),
                ));
            }
            rules.push(derived);
        }
        for field in &mut fields {
            field.always_required = rules.iter().any(|r| {
                r.when.is_empty()
                    && r.assert == AssertDef::Present
                    && r.property.as_deref() == Some(&field.wire_name)
            });
        }
        Ok(TypeDef {
            full_name: full.to_owned(),
            name: short.to_owned(),
            module: module_name(short, "_property"),
            group: group.to_owned(),
            docs: Docs {
                description: pt.description.clone(),
                link: pt.documentation.clone(),
                source: pt.source.clone(),
            },
            attributes: None,
            fields,
            rules,
            takes: Vec::new(),
        })
    }

    /// The rules that enforce what a property states and no rule of the spec enforces:
    /// `Required: true` (present, whatever the other properties are), `AllowedValues` (one of
    /// them), and the `Minimum` and `Maximum` of a String (its length) or a List (its items).
    /// Each is an error, cites the property's source, and has the id `TYPE-PROPERTY-required`,
    /// `-allowed-values`, `-minimum-length`, `-maximum-length`, `-minimum-items` or
    /// `-maximum-items` (`integration-type-required`).
    #[allow(clippy::too_many_arguments)] // One call; the names say what each is.
    fn derived_rules(
        &self,
        path: &JsonPath,
        id_prefix: &str,
        short: &str,
        pt: &spec::PropertyType,
        fields: &[Field],
        rules: &[RuleDef],
        pattern_forms: &mut Vec<(FormatDef, JsonPath)>,
    ) -> Result<Vec<RuleDef>, Error> {
        // A rule of the spec on the field, without `When`, whose assertion is `enforces`.
        let covered = |field: &Field, enforces: &dyn Fn(&AssertDef) -> bool| {
            rules.iter().any(|r| {
                r.when.is_empty()
                    && r.property.as_deref() == Some(field.wire_name.as_str())
                    && enforces(&r.assert)
            })
        };
        let mut derived = Vec::new();
        for field in fields {
            let property = &pt.properties[&field.wire_name];
            let rule = |suffix: &str, assert: AssertDef, message: String| {
                let id = format!(
                    "{id_prefix}-{}-{suffix}",
                    naming::kebab_name(&field.wire_name)
                );
                RuleDef {
                    const_name: naming::const_name(&id),
                    id,
                    is_error: true,
                    source: property.source.clone(),
                    link: self.link(&property.source),
                    property: Some(field.wire_name.clone()),
                    when: Vec::new(),
                    assert,
                    message,
                }
            };
            if field.documented == Requiredness::Yes
                && !covered(field, &|a| *a == AssertDef::Present)
            {
                derived.push(rule(
                    "required",
                    AssertDef::Present,
                    format!(
                        "{{property}} is required, and CloudFormation refuses a {short} without it"
                    ),
                ));
            }
            let sized = matches!(
                field.shape,
                Shape::Primitive(Primitive::String) | Shape::Enum(_) | Shape::List(_)
            );
            let items = matches!(field.shape, Shape::List(_));
            let what = if items { "items" } else { "length" };
            let bounds = [(true, field.minimum), (false, field.maximum)];
            for (at_least, bound) in bounds.into_iter().filter(|_| sized) {
                // A minimum of nothing can never fail.
                let Some(bound) = bound.filter(|b| !(at_least && *b == 0.0)) else {
                    continue;
                };
                let assert = AssertDef::Size {
                    at_least,
                    count: bound as u64,
                    items,
                };
                if covered(field, &|a| *a == assert) {
                    continue;
                }
                let (suffix, message) = match (at_least, items) {
                    (true, false) => (
                        "minimum",
                        "{value} is shorter than the minimum length of {property}, {allowed} characters",
                    ),
                    (false, false) => (
                        "maximum",
                        "{value} is longer than the maximum length of {property}, {allowed} characters",
                    ),
                    (true, true) => (
                        "minimum",
                        "{property} has fewer items than its minimum, {allowed}",
                    ),
                    (false, true) => (
                        "maximum",
                        "{property} has more items than its maximum, {allowed}",
                    ),
                };
                let message = message.to_owned();
                let suffix = format!("{suffix}-{}", what);
                derived.push(rule(&suffix, assert, message));
            }
            // A String's value is matched, as JSON Schema's `pattern` is: a match anywhere in
            // it, unless the pattern is anchored. A pattern on another shape, or one that does
            // not compile as a form (another regular-expression dialect), is not checked, and
            // `spec check` lists it: a false alarm is worse than a missed mistake.
            let pattern = property
                .pattern
                .as_ref()
                .filter(|_| field.shape == Shape::Primitive(Primitive::String));
            let compiled = pattern.and_then(|pattern| {
                let (searched, dfa) = compile_pattern(pattern).ok()?;
                Some((pattern, searched, dfa))
            });
            if let Some((pattern, searched, dfa)) = compiled {
                let mut rule = rule(
                    "pattern",
                    AssertDef::Format(Vec::new()),
                    "{value} does not match the pattern of {property}: {allowed}".to_owned(),
                );
                let form = FormatDef {
                    name: rule.id.clone(),
                    const_name: rule.const_name.clone(),
                    description: format!("a text matching `{pattern}`"),
                    source: property.source.clone(),
                    pattern: searched,
                    dfa,
                };
                rule.assert = AssertDef::Format(vec![form.const_name.clone()]);
                if !covered(field, &|a| *a == rule.assert) {
                    derived.push(rule);
                }
                let at = path.key("Properties").key(&field.wire_name).key("Pattern");
                pattern_forms.push((form, at));
            }
            if let Some(set) = &property.allowed_values {
                if !covered(field, &|a| matches!(a, AssertDef::OneOf(_))) {
                    derived.push(rule(
                        "allowed-values",
                        AssertDef::OneOf(self.spec.allowed_values[set].values.clone()),
                        "{value} is not one of the values {property} allows: {allowed}".to_owned(),
                    ));
                }
            }
        }
        Ok(derived)
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
        group: &str,
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
            "literal-no-value",
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
        let assert = self.lower_assert(&assert_path, &rule.assert, field, group, pt, fields)?;
        let mut when = Vec::new();
        for (i, cond) in rule.when.iter().enumerate() {
            when.push(self.lower_condition(&path.key("When").index(i), cond, fields)?);
        }
        Ok(RuleDef {
            id: rule.id.clone(),
            const_name: naming::const_name(&rule.id),
            is_error: rule.severity == spec::Severity::Error,
            source: rule.source.clone(),
            link: self.link(&rule.source),
            property: rule.property.clone(),
            when,
            assert,
            message: rule.message.clone(),
        })
    }

    /// Checks that `values` are some, and are of the allowed-values set `set`, if any.
    fn values_in_set(
        &self,
        path: &JsonPath,
        values: &[String],
        set: Option<&str>,
    ) -> Result<(), Error> {
        if values.is_empty() {
            return Err(self.error(path, "at least one value"));
        }
        if let Some(set) = set {
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
        group: &str,
        pt: &spec::PropertyType,
        fields: &[Field],
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
                self.values_in_set(&path.key("In"), values, enum_set(&field.shape))?;
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
            Assertion::InContext(spec::InContext {
                context,
                members,
                by,
                format,
            }) => {
                let at = path.key("InContext");
                let (shape_fits, what) = match (members, &field.shape) {
                    (spec::Members::Value, shape) => (
                        is_string || matches!(shape, Shape::Enum(_)),
                        "Value needs a String property",
                    ),
                    (spec::Members::Items, Shape::List(item)) => (
                        **item == Shape::Primitive(Primitive::String),
                        "Items needs a List of String",
                    ),
                    (spec::Members::Keys, Shape::Map(_)) => (true, ""),
                    (spec::Members::Values, Shape::Map(item)) => (
                        **item == Shape::Primitive(Primitive::String),
                        "Values needs a Map of String",
                    ),
                    (spec::Members::Items, _) => (false, "Items needs a List of String"),
                    (spec::Members::Keys | spec::Members::Values, _) => {
                        (false, "Keys and Values need a Map")
                    }
                };
                expect(shape_fits, what)?;
                let Some(entry) = self.spec.context.get(context) else {
                    return Err(self.error(
                        &at.key("Context"),
                        format!(
                            "the name of a Context entry ({}), found {context:?}",
                            self.spec
                                .context
                                .keys()
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                };
                let kind =
                    self.fact_kind(&JsonPath::default().key("Context").key(context), entry)?;
                match (&kind, by) {
                    (FactKind::Value(_), _) => {
                        return Err(self.error(
                            &at.key("Context"),
                            format!("a fact that is a set of texts, but {context:?} is one value"),
                        ));
                    }
                    (FactKind::SetsByKey, Some(by)) => {
                        let by_field = self.field(&at.key("By"), fields, by)?;
                        if by_field.shape != Shape::Primitive(Primitive::String) {
                            return Err(self.error(
                                &at.key("By"),
                                format!("a String property, but {by:?} is not one"),
                            ));
                        }
                    }
                    (FactKind::SetsByKey, None) if *members != spec::Members::Value => {
                        return Err(self.error(
                            &at,
                            format!("a By property that selects one of the sets of {context:?} (or Members: Value, to test the keys of its sets)"),
                        ));
                    }
                    (FactKind::Set, Some(_)) => {
                        return Err(self.error(
                            &at.key("By"),
                            format!("no By: {context:?} is one set, not sets keyed by text"),
                        ));
                    }
                    (FactKind::SetsByKey | FactKind::Set, None) => {}
                }
                let format = match format {
                    Some(name) => Some(self.format(&at.key("Format"), name)?),
                    None => None,
                };
                AssertDef::InContext {
                    context: naming::snake_name(context),
                    members: *members,
                    by: by.clone(),
                    format,
                }
            }
            Assertion::UniqueBy(name) => {
                let item = match &field.shape {
                    Shape::List(item) if matches!(**item, Shape::Struct(_)) => {
                        pt.properties[&field.wire_name].item_type.as_deref()
                    }
                    _ => None,
                };
                let Some(item) = item else {
                    return Err(self.error(path, format!("an assertion that fits property {:?}: UniqueBy needs a List of a property type", field.wire_name)));
                };
                let item_type = &self.spec.property_types[&format!("{group}.{item}")];
                match item_type.properties.get(name) {
                    Some(p) if p.primitive_type.as_deref() == Some("String") => {}
                    _ => {
                        return Err(self.error(
                            &path.key("UniqueBy"),
                            format!("a String property of {item}, found {name:?}"),
                        ));
                    }
                }
                AssertDef::UniqueBy(name.clone())
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
        // What is tested: a property of this type, or a fact of the context of one value.
        let (name, set, default, fact) = match (&cond.property, &cond.context) {
            (Some(property), None) => {
                let field = self.field(&path.key("Property"), fields, property)?;
                let set = enum_set(&field.shape).map(str::to_owned);
                (field.wire_name.clone(), set, field.default.clone(), None)
            }
            (None, Some(context)) => {
                let set = self.fact_enum(&path.key("Context"), context)?;
                (
                    context.clone(),
                    Some(set),
                    None,
                    Some(naming::snake_name(context)),
                )
            }
            _ => return Err(self.error(path, "exactly one of Property and Context")),
        };
        let test = match (&cond.in_, &cond.not_in, &cond.format, &cond.not_format) {
            (None, None, None, None) if cond.context.is_none() && cond.present.is_some() => {
                TestDef::Present(cond.present == Some(true))
            }
            _ if cond.present.is_some() => {
                return Err(self.error(
                    path,
                    "Present alone, on a Property (without In, NotIn, Format or NotFormat)",
                ));
            }
            (Some(values), None, None, None) => {
                self.values_in_set(&path.key("In"), values, set.as_deref())?;
                TestDef::In(values.clone())
            }
            (None, Some(values), None, None) => {
                self.values_in_set(&path.key("NotIn"), values, set.as_deref())?;
                TestDef::NotIn(values.clone())
            }
            (None, None, Some(name), None) if cond.context.is_none() => {
                TestDef::Format(self.format(&path.key("Format"), name)?)
            }
            (None, None, None, Some(name)) if cond.context.is_none() => {
                TestDef::NotFormat(self.format(&path.key("NotFormat"), name)?)
            }
            _ if cond.context.is_some() => {
                return Err(self.error(path, "exactly one of In and NotIn on a Context fact"));
            }
            _ => {
                return Err(self.error(
                    path,
                    "exactly one of In, NotIn, Format, NotFormat and Present",
                ));
            }
        };
        let allowed = set
            .as_ref()
            .map(|set| self.spec.allowed_values[set].values.clone());
        Ok(ConditionDef {
            property: name,
            context: fact.zip(set),
            test,
            default,
            allowed,
        })
    }

    /// The allowed-values set of a fact of the context that conditions may test: one taken
    /// from a property with `AllowedValues`.
    fn fact_enum(&self, path: &JsonPath, name: &str) -> Result<String, Error> {
        let at = JsonPath::default().key("Context").key(name);
        match self
            .spec
            .context
            .get(name)
            .map(|entry| self.fact_kind(&at, entry))
        {
            Some(Ok(FactKind::Value(set))) => Ok(set),
            _ => Err(self.error(
                path,
                format!("a Context fact taken From a property with AllowedValues, found {name:?}"),
            )),
        }
    }

    /// A fact taken `From` a type exists only in the types within it: a rule that reads it
    /// anywhere else would never fire.
    fn check_facts_reach_their_rules(
        &self,
        types: &[TypeDef],
        context: &[ContextField],
        root: &JsonPath,
    ) -> Result<(), Error> {
        // Types of one name in two groups are two types: only the outer type's group is walked.
        let within = |outer: &TypeDef, inner: &TypeDef| {
            inner.group == outer.group
                && reaches(
                    types,
                    &outer.group,
                    &outer.name,
                    &inner.name,
                    Shape::property_type,
                )
        };
        for t in types {
            for (i, rule) in t.rules.iter().enumerate() {
                let read = match &rule.assert {
                    AssertDef::InContext { context, .. } => Some(context.as_str()),
                    _ => None,
                };
                let conditions = rule
                    .when
                    .iter()
                    .filter_map(|c| c.context.as_ref().map(|(f, _)| f.as_str()));
                for fact in read.into_iter().chain(conditions) {
                    let Some(field) = context.iter().find(|f| f.rust_name == fact) else {
                        continue;
                    };
                    let Some((from, _)) = &field.from else {
                        continue;
                    };
                    let Some(outer) = types.iter().find(|o| o.full_name == *from) else {
                        continue;
                    };
                    if !within(outer, t) {
                        let section = if t.attributes.is_some() {
                            "ResourceTypes"
                        } else {
                            "PropertyTypes"
                        };
                        return Err(self.error(
                            &root.key(section).key(&t.full_name).key("Rules").index(i),
                            format!(
                                "a rule of a type within {from}, which takes the fact {:?} from its properties; {} is not within it",
                                field.name, t.full_name
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

/// Boxes each field that closes a cycle of types through fields alone (WAFv2's `Statement` has
/// a `NotStatement`, which has a `Statement`): a struct cannot hold itself. Every field of the
/// cycle is boxed, so that which one is does not depend on where a walk starts. A type that
/// holds itself through a list or a map needs no box: their items are on the heap already.
fn box_cycles(types: &mut [TypeDef]) {
    let mut boxed = Vec::new();
    for (ti, t) in types.iter().enumerate() {
        for (fi, field) in t.fields.iter().enumerate() {
            let closes = direct_type(&field.shape)
                .is_some_and(|target| reaches(types, &t.group, target, &t.name, direct_type));
            if closes {
                boxed.push((ti, fi));
            }
        }
    }
    for (ti, fi) in boxed {
        types[ti].fields[fi].boxed = true;
    }
}

/// The property type a field holds itself, not through a list or a map.
fn direct_type(shape: &Shape) -> Option<&str> {
    match shape {
        Shape::Struct(name) => Some(name),
        _ => None,
    }
}

/// Whether the type `from` of `group` is, or reaches, the type `to` through the fields whose
/// shape `holds` names a property type of the group.
fn reaches(
    types: &[TypeDef],
    group: &str,
    from: &str,
    to: &str,
    holds: fn(&Shape) -> Option<&str>,
) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from];
    while let Some(name) = stack.pop() {
        if name == to {
            return true;
        }
        let Some(t) = types.iter().find(|t| t.group == group && t.name == name) else {
            continue;
        };
        for next in t.fields.iter().filter_map(|f| holds(&f.shape)) {
            if seen.insert(next) {
                stack.push(next);
            }
        }
    }
    false
}

/// The Rust name of a property type: its name, or, for a name the generated code already uses
/// (`Rule`, `Condition`), the name with `Property` after it, as the AWS CDK names property
/// types (`RuleProperty`).
fn rust_type_name(short: &str) -> String {
    if naming::USED_BY_GENERATED_CODE.contains(&short) {
        format!("{short}Property")
    } else {
        short.to_owned()
    }
}

/// The allowed-values set of a value of `shape`, if it has one.
fn enum_set(shape: &Shape) -> Option<&str> {
    match shape {
        Shape::Enum(set) => Some(set),
        _ => None,
    }
}

/// The modules a generated module may not be named: the generator's own files, and the crates
/// and modules the generated files name in their paths (`use serde::…`), which a module of the
/// same name would shadow.
const RESERVED_MODULES: &[&str] = &[
    "mod",
    "rules",
    "context",
    "formats",
    "references",
    "resources",
    "model",
    "std",
    "core",
    "alloc",
    "serde",
    "serde_json",
    "facts",
    "value",
    "cfn_apigateway_runtime",
];

/// The module of a type or a set named `name`: its snake-case name, with `suffix` after a name
/// the generator reserves (`AWS::ApiGateway::Model` is the group `model_resource`).
fn module_name(name: &str, suffix: &str) -> String {
    let mut module = naming::snake_name(name);
    if RESERVED_MODULES.contains(&module.as_str()) {
        module.push_str(suffix);
    }
    module
}

/// The form of a page's `Pattern`: JSON Schema's `pattern` matches anywhere in the text (an
/// anchored pattern, `^…$`, matches the whole text), and forms match whole texts.
pub(crate) fn pattern_form(pattern: &str) -> String {
    format!("(?s:.*)(?:{pattern})(?s:.*)")
}

/// The serialized DFA of a page's `Pattern` ([`pattern_form`]), or why it is not one: the
/// pattern must read alone (`a)|(b` reads only once wrapped, as something else), and as a form.
pub(crate) fn compile_pattern(pattern: &str) -> Result<(String, Vec<u8>), String> {
    cfn_apigateway_runtime::Format::compile(pattern)?;
    let form = pattern_form(pattern);
    let dfa = cfn_apigateway_runtime::Format::compile(&form)?;
    Ok((form, dfa))
}

/// Where a type is generated: its group (the resource type's name) and its Rust name.
struct TypeName {
    group: String,
    rust: String,
}

/// The group of a type: a resource type's own name, or the part of a property type's name
/// before the dot (`AWS::ApiGateway::Method.Integration` → `AWS::ApiGateway::Method`).
fn group_of(full: &str) -> &str {
    full.split_once('.').map_or(full, |(resource, _)| resource)
}

/// Lowers a parsed spec into the IR, checking every name and reference.
pub fn lower(spec: &Spec) -> Result<Model, Error> {
    Lowering { spec }.lower()
}
