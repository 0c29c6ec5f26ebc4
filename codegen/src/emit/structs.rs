//! Property types → structs: documented fields with CloudFormation names, serde that omits
//! absent properties, and the conversion from checked JSON (`Literal`). The checking and
//! loading API (`check`, `from_value`, `validate`, ...) is the same for every type and comes
//! from the runtime's `property_type_api!`, invoked by the builder emitter.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, object_noun, serde_rename, value_type};
use crate::ir::{Field, Requiredness, Shape, TypeDef};
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
    if let Some(min) = f.minimum {
        facts.push(format!("- Minimum: {min}"));
    }
    if let Some(max) = f.maximum {
        facts.push(format!("- Maximum: {max}"));
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

/// The struct of a property type and its `Literal` conversion.
pub fn emit(t: &TypeDef) -> TokenStream {
    let name = ident(&t.name);
    let module_doc = format!(
        " `{}`: the struct, its builder and its validator.",
        t.full_name
    );
    let type_doc = doc(&format!(
        "{}\n\nCloudFormation property type `{}`. Build one with [`{}::builder`], or load and check one with\n[`{}::from_value`]; every property that may be an intrinsic function is a [`Value`].\n\nSource: `{}`. [CloudFormation documentation]({})",
        paragraphs(&t.docs.description),
        t.full_name,
        t.name,
        t.name,
        t.docs.source,
        t.docs.link
    ));
    let fields = t.fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let docs = doc(&field_doc(t, f));
        let ty = value_type(&f.shape);
        let rename = serde_rename(f);
        if f.always_required {
            quote!(#docs #rename pub #field: #ty,)
        } else {
            quote!(#docs #rename #[serde(skip_serializing_if = "Option::is_none")] pub #field: Option<#ty>,)
        }
    });
    let loaders = loaders(t);
    let names: Vec<&str> = t.fields.iter().map(|f| f.wire_name.as_str()).collect();
    let indices = (0..names.len()).map(proc_macro2::Literal::usize_unsuffixed);
    let count = proc_macro2::Literal::usize_unsuffixed(t.fields.len());
    let names_doc = doc(&format!(
        "The CloudFormation names of the properties of `{}`, sorted: loading and\n\
         checking each read an object's properties in one pass against them.",
        t.name
    ));
    let uses_map = t.fields.iter().any(|f| matches!(f.shape, Shape::Map(_)));
    let map_import = uses_map.then(|| {
        quote!(
            use std::collections::BTreeMap;
        )
    });
    let enum_imports = used_names(t);
    quote! {
        #![doc = #module_doc]
        use crate::runtime::check::Checker;
        use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
        use crate::runtime::value::{PropertyNames, Value};
        use super::CheckContext;
        #enum_imports
        #map_import
        use serde::Serialize;

        #type_doc
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[serde(rename_all = "PascalCase")]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }

        #names_doc
        const PROPERTY_NAMES: PropertyNames<#count> = PropertyNames {
            names: [#(#names),*],
            index: |key| match key {
                #(#names => Some(#indices),)*
                _ => None,
            },
        };

        #loaders
    }
}

/// The invocation of the runtime's `property_type_loaders!`: `Literal` (from checked JSON) and
/// `StreamedObject` (straight from a deserializer: each property into its slot, typed where it
/// fits; the struct when every property fits and the required ones are there, and otherwise the
/// object rebuilt as written, keys in their order).
fn loaders(t: &TypeDef) -> TokenStream {
    let name = ident(&t.name);
    let what = object_noun(&t.name);
    let properties = t.fields.iter().enumerate().map(|(i, f)| {
        let index = proc_macro2::Literal::usize_unsuffixed(i);
        let field = ident(&f.rust_name);
        let load = ident(if f.always_required {
            "required"
        } else {
            "optional"
        });
        quote!(#load(#index, #field))
    });
    let required = t
        .fields
        .iter()
        .filter(|f| f.always_required)
        .map(|f| ident(&f.rust_name));
    quote! {
        property_type_loaders!(#name, #what, PROPERTY_NAMES, [#(#properties),*], [#(#required),*]);
    }
}

/// `use` items for the enums and property types the fields of `t` mention.
fn used_names(t: &TypeDef) -> TokenStream {
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
    let idents = names.iter().map(|n| ident(n));
    quote!(#(use super::#idents;)*)
}
