//! The spec a page implies, in the spec's own JSON vocabulary, so that `cargo xtask spec
//! derive` prints what a maintainer can compare with, or copy into, `spec/integration.spec.json`.
//!
//! Two things have no exact place in the spec's vocabulary and are written as follows:
//! - allowed values: the spec names a set in its top-level `AllowedValues`, so a derived
//!   property refers to a set named after its type and itself ([`allowed_values_name`]:
//!   `IntegrationConnectionType`), written in the derived spec's own `AllowedValues`;
//! - `Pattern` (a key the spec does not have yet), and `Minimum`/`Maximum` on a String or List,
//!   where the page means a length or a count, are written as the page states them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{ItemType, Page, PageKind, ValueType};

/// Where the AWS CloudFormation User Guide publishes the pages, by file stem.
const USER_GUIDE: &str = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/";

/// The structural spec of one page: one entry under `PropertyTypes` (a property-type page) or
/// `ResourceTypes` (a resource page), and the allowed-values sets its properties refer to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedSpec {
    /// The pages, by the key sources cite them with.
    #[serde(rename = "Documents", skip_serializing_if = "BTreeMap::is_empty")]
    pub documents: BTreeMap<String, DerivedDocument>,
    /// The allowed-values sets the page states, by [`allowed_values_name`].
    #[serde(rename = "AllowedValues", skip_serializing_if = "BTreeMap::is_empty")]
    pub allowed_values: BTreeMap<String, DerivedAllowedValues>,
    /// The property type of a property-type page, by full name.
    #[serde(rename = "PropertyTypes", skip_serializing_if = "BTreeMap::is_empty")]
    pub property_types: BTreeMap<String, DerivedType>,
    /// The resource type of a resource page, by name.
    #[serde(rename = "ResourceTypes", skip_serializing_if = "BTreeMap::is_empty")]
    pub resource_types: BTreeMap<String, DerivedType>,
    /// What `Ref` and `Fn::GetAtt` of each resource type yield, by type and then `Ref` or
    /// attribute, from the page's `## Return values`.
    #[serde(rename = "ReturnValues", skip_serializing_if = "BTreeMap::is_empty")]
    pub return_values: BTreeMap<String, BTreeMap<String, DerivedReturnValue>>,
}

/// A page, as the spec's `Documents` name it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedDocument {
    /// Where the page is, relative to the spec.
    #[serde(rename = "Path")]
    pub path: String,
    /// Where the User Guide publishes it.
    #[serde(rename = "Url")]
    pub url: String,
    /// Which page it is.
    #[serde(rename = "Description")]
    pub description: String,
}

/// A return value a page states, with the spec's keys (the form of its value, `Format`, is
/// not on the pages: it is curated).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedReturnValue {
    /// The page's paragraph.
    #[serde(rename = "Description")]
    pub description: String,
    /// The paragraph (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
}

/// A set of allowed values a page states for one property.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedAllowedValues {
    /// Which property the values are for.
    #[serde(rename = "Description")]
    pub description: String,
    /// The property's paragraph (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
    /// The values, in the page's order.
    #[serde(rename = "Values")]
    pub values: Vec<String>,
}

/// A documented type, as the spec writes a property type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedType {
    /// The page's URL.
    #[serde(rename = "Documentation")]
    pub documentation: String,
    /// The page's title (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
    /// The page's introduction.
    #[serde(rename = "Description")]
    pub description: String,
    /// The properties, by name.
    #[serde(rename = "Properties")]
    pub properties: BTreeMap<String, DerivedProperty>,
}

/// A documented property, with the spec's keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedProperty {
    /// The page's URL with the paragraph's anchor.
    #[serde(rename = "Documentation")]
    pub documentation: String,
    /// The paragraph (`DOCUMENT#ANCHOR`).
    #[serde(rename = "Source")]
    pub source: String,
    /// The paragraph's description.
    #[serde(rename = "Description")]
    pub description: String,
    /// `String`, `Integer`…: set for a primitive.
    #[serde(rename = "PrimitiveType", skip_serializing_if = "Option::is_none")]
    pub primitive_type: Option<String>,
    /// `List`, `Map` or a property type's name.
    #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The property type of a list's or map's items.
    #[serde(rename = "ItemType", skip_serializing_if = "Option::is_none")]
    pub item_type: Option<String>,
    /// The primitive type of a list's or map's items.
    #[serde(rename = "PrimitiveItemType", skip_serializing_if = "Option::is_none")]
    pub primitive_item_type: Option<String>,
    /// The name of the set, in [`DerivedSpec::allowed_values`], of the values the page allows.
    #[serde(rename = "AllowedValues", skip_serializing_if = "Option::is_none")]
    pub allowed_values: Option<String>,
    /// `*Minimum*`, as the page states it.
    #[serde(rename = "Minimum", skip_serializing_if = "Option::is_none")]
    pub minimum: Option<serde_json::Number>,
    /// `*Maximum*`, as the page states it.
    #[serde(rename = "Maximum", skip_serializing_if = "Option::is_none")]
    pub maximum: Option<serde_json::Number>,
    /// `*Pattern*`, as the page states it.
    #[serde(rename = "Pattern", skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// `*Required*: Conditional`.
    #[serde(rename = "Conditional", skip_serializing_if = "is_false")]
    pub conditional: bool,
    /// `*Required*: Yes`.
    #[serde(rename = "Required")]
    pub required: bool,
    /// `Mutable`, `Immutable` or `Conditional`, from `*Update requires*`.
    #[serde(rename = "UpdateType")]
    pub update_type: String,
}

/// The spec writes `Conditional` only when it is true.
fn is_false(value: &bool) -> bool {
    !*value
}

impl DerivedSpec {
    /// The derived spec as pretty JSON, two-space indented, ending in a newline, as the spec
    /// file is written.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self).map(|json| json + "\n")
    }

    /// Adds the spec of another page; a type, an allowed-values set or the return values of a
    /// type that both give is an error naming it (two pages of one type, or of types whose
    /// names make the same set name).
    pub fn merge(&mut self, other: DerivedSpec) -> Result<(), String> {
        fn add<V>(
            into: &mut BTreeMap<String, V>,
            from: BTreeMap<String, V>,
            what: &str,
        ) -> Result<(), String> {
            for (name, value) in from {
                if into.contains_key(&name) {
                    return Err(format!("{what} `{name}` is derived from two pages"));
                }
                into.insert(name, value);
            }
            Ok(())
        }
        add(
            &mut self.allowed_values,
            other.allowed_values,
            "the allowed-values set",
        )?;
        add(
            &mut self.property_types,
            other.property_types,
            "the property type",
        )?;
        add(
            &mut self.resource_types,
            other.resource_types,
            "the resource type",
        )?;
        add(
            &mut self.return_values,
            other.return_values,
            "the return values of",
        )?;
        add(&mut self.documents, other.documents, "the document")
    }

    /// Makes a property whose type is a property type no page of the spec describes (`List of
    /// Tag`, whose page is not one of them) any JSON, as [`undescribed_as_json`] does, so that
    /// the spec loads; returns each such property (`TYPE.PROPERTY: NAME`).
    pub fn undescribed_as_json(&mut self) -> Vec<String> {
        let described: Vec<String> = self.property_types.keys().cloned().collect();
        let mut changed = Vec::new();
        for (type_name, t) in self
            .resource_types
            .iter_mut()
            .chain(self.property_types.iter_mut())
        {
            for (name, p) in &mut t.properties {
                let fields = (
                    p.primitive_type.take(),
                    p.type_.take(),
                    p.item_type.take(),
                    p.primitive_item_type.take(),
                );
                let named = fields.1.clone().filter(|t| t != "List" && t != "Map");
                let named = named.or_else(|| fields.2.clone()).unwrap_or_default();
                let resolved = undescribed_as_json(fields.clone(), type_name, &|t| {
                    described.iter().any(|d| d == t)
                });
                if resolved != fields {
                    changed.push(format!("{type_name}.{name}: {named}"));
                }
                (
                    p.primitive_type,
                    p.type_,
                    p.item_type,
                    p.primitive_item_type,
                ) = resolved;
            }
        }
        changed
    }
}

/// The type keys of a property of `type_name`, with a property type that `described` does not
/// know (by full name) made any JSON: `Type: X` becomes `PrimitiveType: Json`, and a `List` or
/// `Map` of it one of `Json`. The spec cannot check what it does not describe.
pub fn undescribed_as_json(
    fields: TypeFields,
    type_name: &str,
    described: &dyn Fn(&str) -> bool,
) -> TypeFields {
    let group = type_name.split_once('.').map_or(type_name, |(g, _)| g);
    let known = |t: &str| described(&format!("{group}.{t}"));
    match fields {
        (None, Some(t), None, None) if t != "List" && t != "Map" && !known(&t) => {
            (Some("Json".to_owned()), None, None, None)
        }
        (None, Some(container), Some(item), None) if !known(&item) => {
            (None, Some(container), None, Some("Json".to_owned()))
        }
        fields => fields,
    }
}

/// The URL the User Guide publishes a page at, with an anchor when given.
pub fn documentation_url(stem: &str, anchor: Option<&str>) -> String {
    match anchor {
        Some(anchor) => format!("{USER_GUIDE}{stem}.html#{anchor}"),
        None => format!("{USER_GUIDE}{stem}.html"),
    }
}

/// How a source cites an anchor of a document: `DOCUMENT#ANCHOR`, the form
/// [`parse_source`](crate::spec::parse_source) splits.
pub fn cite(document: &str, anchor: &str) -> String {
    format!("{document}#{anchor}")
}

/// The name a derived spec gives the allowed values of a property: the resource type's short
/// name, a property type's, and the property's (`AWS::ApiGateway::Method.Integration`,
/// `ConnectionType` → `MethodIntegrationConnectionType`), so that the property types of one
/// name of two resource types (`Stage.MethodSetting`, `Deployment.MethodSetting`) name two sets.
pub fn allowed_values_name(type_name: &str, property: &str) -> String {
    let short: String = type_name
        .rsplit("::")
        .next()
        .unwrap_or(type_name)
        .split('.')
        .collect();
    format!("{short}{property}")
}

/// The structural spec `page` implies. `document` is how sources cite the page: its key in the
/// spec's `Documents` when it is one of them, otherwise its file stem.
pub fn derive(page: &Page, document: &str) -> DerivedSpec {
    let mut allowed_values = BTreeMap::new();
    let mut properties = BTreeMap::new();
    for (name, documented) in &page.properties {
        let source = cite(document, &documented.anchor);
        let set_name = documented.allowed_values.as_ref().map(|values| {
            let set_name = allowed_values_name(&page.type_name, name);
            allowed_values.insert(
                set_name.clone(),
                DerivedAllowedValues {
                    description: format!(
                        "The values the page allows for {name} of {}.",
                        page.type_name
                    ),
                    source: source.clone(),
                    values: values.clone(),
                },
            );
            set_name
        });
        let (primitive_type, type_, item_type, primitive_item_type) =
            type_fields(&documented.value_type);
        let (required, conditional) = documented.required.spec_flags();
        properties.insert(
            name.clone(),
            DerivedProperty {
                documentation: documentation_url(&page.stem, Some(&documented.anchor)),
                source,
                description: documented.description.clone(),
                primitive_type,
                type_,
                item_type,
                primitive_item_type,
                allowed_values: set_name,
                minimum: documented.minimum.clone(),
                maximum: documented.maximum.clone(),
                pattern: documented.pattern.clone(),
                conditional,
                required,
                update_type: documented.update.update_type().to_owned(),
            },
        );
    }
    let derived = DerivedType {
        documentation: documentation_url(&page.stem, None),
        source: cite(document, &page.anchor),
        description: page.description.clone(),
        properties,
    };
    let return_values: BTreeMap<String, DerivedReturnValue> = page
        .return_values
        .iter()
        .map(|value| {
            let derived = DerivedReturnValue {
                description: value.description.clone(),
                source: cite(document, &value.anchor),
            };
            (value.name.clone(), derived)
        })
        .collect();
    let mut spec = DerivedSpec {
        documents: BTreeMap::new(),
        allowed_values,
        property_types: BTreeMap::new(),
        resource_types: BTreeMap::new(),
        return_values: BTreeMap::new(),
    };
    if !return_values.is_empty() {
        spec.return_values
            .insert(page.type_name.clone(), return_values);
    }
    match page.kind {
        PageKind::PropertyType => spec.property_types.insert(page.type_name.clone(), derived),
        PageKind::ResourceType => spec.resource_types.insert(page.type_name.clone(), derived),
    };
    spec
}

/// The spec's `PrimitiveType`, `Type`, `ItemType` and `PrimitiveItemType`, in that order.
pub(crate) type TypeFields = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The spec's type keys of a page's type.
pub(crate) fn type_fields(value_type: &ValueType) -> TypeFields {
    let item = |container: &str, item: &ItemType| match item {
        ItemType::Primitive(p) => (
            None,
            Some(container.to_owned()),
            None,
            Some(p.as_str().to_owned()),
        ),
        ItemType::PropertyType(name) => {
            (None, Some(container.to_owned()), Some(name.clone()), None)
        }
    };
    match value_type {
        ValueType::Primitive(p) => (Some(p.as_str().to_owned()), None, None, None),
        ValueType::List(i) => item("List", i),
        ValueType::Map(i) => item("Map", i),
        ValueType::PropertyType(name) => (None, Some(name.clone()), None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::allowed_values_name;

    #[test]
    fn sets_of_property_types_of_one_name_of_two_resource_types_are_two_sets() {
        assert_eq!(
            allowed_values_name("AWS::ApiGateway::Stage.MethodSetting", "HttpMethod"),
            "StageMethodSettingHttpMethod"
        );
        assert_eq!(
            allowed_values_name("AWS::ApiGateway::Deployment.MethodSetting", "HttpMethod"),
            "DeploymentMethodSettingHttpMethod"
        );
        assert_eq!(
            allowed_values_name("AWS::ApiGateway::Method", "AuthorizationType"),
            "MethodAuthorizationType"
        );
    }
}
