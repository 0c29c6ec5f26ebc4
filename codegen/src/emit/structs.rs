//! Property types → structs: documented fields with CloudFormation names, serde that omits
//! absent properties, the API every type has (`check`, `from_value`, `validate`, `to_json`,
//! each a call of the runtime), the loading from checked JSON (`FromJson`) and `Deserialize`,
//! which checks.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, field_type, object_noun, serde_rename};
use crate::ir::{Field, Primitive, Requiredness, Shape, TypeDef};
use crate::naming::ident;

/// The documentation of a field: the document's description, then the facts.
pub fn field_doc(t: &TypeDef, f: &Field) -> String {
    let required = match (f.documented, f.always_required) {
        (Requiredness::Yes, _) => "Yes".to_owned(),
        (Requiredness::No, true) => {
            "Yes: the CloudFormation registry schema requires it (the document says No)".to_owned()
        }
        (Requiredness::No, false) => "No".to_owned(),
        (Requiredness::Conditional, _) => "Conditional (see the rules below)".to_owned(),
    };
    let update = match f.update_type.as_str() {
        "Mutable" => "No interruption",
        "Immutable" => "Replacement",
        _ => "Some interruptions",
    };
    let mut facts = vec![
        format!("- Required: {required}"),
        format!("- Update requires: {update}"),
    ];
    if let Shape::Enum(name) = &f.shape {
        facts.push(format!("- Allowed values: see [`{name}`]"));
    }
    let of = match &f.shape {
        Shape::Primitive(Primitive::String) | Shape::Enum(_) => " length",
        Shape::List(_) => " items",
        _ => "",
    };
    if let Some(min) = f.minimum {
        facts.push(format!("- Minimum{of}: {min}"));
    }
    if let Some(max) = f.maximum {
        facts.push(format!("- Maximum{of}: {max}"));
    }
    if let Some(default) = &f.default {
        facts.push(format!("- Default: `{default}`"));
    }
    if f.duplicates_allowed == Some(false) {
        facts.push("- Duplicates allowed: No".to_owned());
    }
    let rules: Vec<String> = t
        .rules
        .iter()
        .filter(|r| r.property.as_deref() == Some(&f.wire_name))
        .map(|r| format!("`{}`", r.id))
        .collect();
    if !rules.is_empty() {
        facts.push(format!("- Rules: {}", rules.join(", ")));
    }
    facts.push(format!("- Source: `{}`", f.docs.source));
    format!(
        "{}\n\n{}\n\n[CloudFormation documentation]({})",
        paragraphs(&f.docs.description),
        facts.join("\n"),
        f.docs.link
    )
}

/// The documents end each line of a description with a Markdown hard break; in rustdoc each line
/// becomes a paragraph, except that consecutive list items (`+ `) stay one list.
pub fn paragraphs(description: &str) -> String {
    let mut out = String::new();
    let mut previous_item = false;
    for line in description.trim_end().lines() {
        let item = line.starts_with("+ ");
        if !out.is_empty() {
            out.push_str(if item && previous_item { "\n" } else { "\n\n" });
        }
        out.push_str(line);
        previous_item = item;
    }
    out
}

/// The struct of a property type, its API (`check`, `from_value`, `validate`...), its loading
/// from checked JSON and its checking `Deserialize`.
pub fn emit(t: &TypeDef) -> TokenStream {
    let name = ident(&t.name);
    let builder = ident(&format!("{}Builder", t.name));
    let full = &t.full_name;
    let kind = if t.attributes.is_some() {
        "resource type"
    } else {
        "property type"
    };
    let type_doc = doc(&format!(
        "{}\n\nCloudFormation {kind} `{}`{}. Build one with [`{}::builder`], or load and check one with\n[`{}::from_value`]; every property that may be an intrinsic function is a\n[`Value`](cfn_apigateway_runtime::Value).\n\nSource: `{}`. [CloudFormation documentation]({})",
        paragraphs(&t.docs.description),
        t.full_name,
        if t.attributes.is_some() {
            " (its `Properties`)"
        } else {
            ""
        },
        t.name,
        t.name,
        t.docs.source,
        t.docs.link
    ));
    let type_name_doc = doc(&format!("The CloudFormation name of the {kind}."));
    let attributes = t.attributes.as_ref().map(|attributes| {
        let names = attributes.iter().map(|a| &a.name);
        let listed: Vec<String> = attributes
            .iter()
            .map(|a| {
                format!(
                    "- `{}` ({}): {} Source: `{}`.",
                    a.name, a.primitive_type, a.description, a.source
                )
            })
            .collect();
        let docs = doc(&format!(
            "The attributes `Fn::GetAtt` reads from the resource{}",
            if listed.is_empty() {
                ": none (`Ref` gives its id).".to_owned()
            } else {
                format!(":\n\n{}", listed.join("\n"))
            }
        ));
        quote! {
            #docs
            pub const ATTRIBUTES: &'static [&'static str] = &[#(#names),*];
        }
    });
    let fields = t.fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let docs = doc(&field_doc(t, f));
        let ty = field_type(f);
        let rename = serde_rename(f);
        if f.always_required {
            quote!(#docs #rename pub #field: #ty,)
        } else {
            quote!(#docs #rename #[serde(skip_serializing_if = "Option::is_none")] pub #field: Option<#ty>,)
        }
    });
    let names: Vec<&str> = t.fields.iter().map(|f| f.wire_name.as_str()).collect();
    let count = proc_macro2::Literal::usize_unsuffixed(t.fields.len());
    let names_doc = doc(&format!(
        "The CloudFormation names of the properties of `{}`, sorted.",
        t.name
    ));
    let check_doc = doc(&format!(
        "Checks JSON as it appears in a template: every problem at once, each with a JSON\n\
         Pointer relative to the value, a rule id and a message. Never panics.\n\n\
         The value may be {} or an `Fn::If` choosing between such objects.",
        object_noun(t)
    ));
    let what = object_noun(t);
    let bindings: Vec<_> = t
        .fields
        .iter()
        .map(|f| super::validators::binding(&f.rust_name))
        .collect();
    let loads = t.fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let local = super::validators::binding(&f.rust_name);
        let wire = &f.wire_name;
        let load = ident(if f.always_required {
            "required"
        } else {
            "optional"
        });
        if !f.boxed {
            quote!(#field: value::#load(#local, #wire)?,)
        } else if f.always_required {
            quote!(#field: Box::new(value::required(#local, #wire)?),)
        } else {
            quote!(#field: value::optional(#local, #wire)?.map(Box::new),)
        }
    });
    quote! {
        #type_doc
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[serde(rename_all = "PascalCase")]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }

        #names_doc
        const PROPERTY_NAMES: [&str; #count] = [#(#names),*];

        impl #name {
            #type_name_doc
            pub const TYPE_NAME: &'static str = #full;
            #attributes

            /// A builder; `build()` checks the result.
            pub fn builder() -> #builder {
                #builder::default()
            }

            #check_doc
            pub fn check(value: &serde_json::Value) -> Report {
                Self::check_with(value, &CheckContext::default())
            }

            /// [`Self::check`], with facts about the enclosing resource that some rules need.
            pub fn check_with(value: &serde_json::Value, context: &CheckContext) -> Report {
                cfn_apigateway_runtime::check::<Self>(value, context)
            }

            /// Checks and loads JSON: `Err` carries the whole report (warnings too) when it
            /// holds at least one error.
            pub fn from_value(value: &serde_json::Value) -> Result<Self, Report> {
                Self::from_value_with(value, &CheckContext::default())
            }

            /// [`Self::from_value`], with facts about the enclosing resource.
            pub fn from_value_with(value: &serde_json::Value, context: &CheckContext) -> Result<Self, Report> {
                cfn_apigateway_runtime::from_value(value, context)
            }

            /// Checks a value built or changed in code, by the same rules as [`Self::check`].
            pub fn validate(&self) -> Report {
                self.validate_with(&CheckContext::default())
            }

            /// [`Self::validate`], with facts about the enclosing resource.
            pub fn validate_with(&self, context: &CheckContext) -> Report {
                cfn_apigateway_runtime::validate(self, context)
            }

            /// The JSON CloudFormation reads: absent properties are omitted, intrinsic
            /// functions and converted literals are written as they were read.
            pub fn to_json(&self) -> serde_json::Value {
                cfn_apigateway_runtime::to_json(self)
            }
        }

        impl FromJson for #name {
            fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
                let [#(#bindings),*] = value::take_properties(json, #what, &PROPERTY_NAMES)?;
                Ok(Self { #(#loads)* })
            }

            fn is_canonical(json: &serde_json::Value) -> bool {
                json.is_object()
            }
        }

        /// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
        /// it fails with the report's problems.
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                cfn_apigateway_runtime::deserialize(deserializer)
            }
        }
    }
}

/// The enums and property types the fields of `t` mention.
pub fn used_names(t: &TypeDef) -> Vec<&str> {
    let mut names: Vec<&str> = t
        .fields
        .iter()
        .filter_map(|f| match f.shape.innermost() {
            Shape::Enum(name) | Shape::Struct(name) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}
