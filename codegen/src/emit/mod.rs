//! Emitters: IR → tokens, one module per kind of output. Each returns the tokens of a whole
//! file; [`File`] names every file of a model, and [`File::emit`] produces its tokens.

mod builders;
mod context;
mod enums;
pub(crate) mod formats;
mod references;
mod rules;
mod structs;
mod validators;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Model, Primitive, Shape, TypeDef};
use crate::naming::ident;

/// One generated file of a model. Files are emitted independently (tokens are not `Send`, so
/// each is emitted where it is rendered).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum File {
    /// `mod.rs`.
    Index,
    /// The enum of `model.enums[i]`.
    Enum(usize),
    /// The struct, builder and validator of `model.types[i]`.
    Type(usize),
    /// `context.rs`.
    Context,
    /// `rules.rs`.
    Rules,
    /// `formats.rs`.
    Formats,
    /// `references.rs`.
    References,
}

impl File {
    /// Every file of `model`, the largest first: `rules.rs` holds the rules of every type, so it
    /// is started first when files are rendered in parallel.
    pub fn all(model: &Model) -> Vec<File> {
        let mut files = vec![
            File::Rules,
            File::Index,
            File::Context,
            File::Formats,
            File::References,
        ];
        files.extend((0..model.enums.len()).map(File::Enum));
        files.extend((0..model.types.len()).map(File::Type));
        files
    }

    /// The file's name, relative to the model folder.
    pub fn name(self, model: &Model) -> String {
        match self {
            File::Index => "mod.rs".to_owned(),
            File::Enum(i) => format!("{}.rs", model.enums[i].module),
            File::Type(i) => format!("{}.rs", model.types[i].module),
            File::Context => "context.rs".to_owned(),
            File::Rules => "rules.rs".to_owned(),
            File::Formats => "formats.rs".to_owned(),
            File::References => "references.rs".to_owned(),
        }
    }

    /// The file's tokens.
    pub fn emit(self, model: &Model) -> TokenStream {
        match self {
            File::Index => module_index(model),
            File::Enum(i) => enums::emit(&model.enums[i]),
            File::Type(i) => type_file(model, &model.types[i]),
            File::Context => context::emit(model),
            File::Rules => rules::emit(model),
            File::Formats => formats::emit(model),
            File::References => references::emit(model),
        }
    }
}

/// The file of one property type: one block of imports, then the struct and its API, the
/// builder, and the validator.
fn type_file(model: &Model, t: &TypeDef) -> TokenStream {
    let module_doc = format!(
        " `{}`: the struct, its builder and its validator.",
        t.full_name
    );
    let uses_map = t.fields.iter().any(|f| {
        let mut shape = &f.shape;
        loop {
            match shape {
                Shape::Map(_) => return true,
                Shape::List(item) => shape = item,
                _ => return false,
            }
        }
    });
    let std_import = uses_map.then(|| {
        quote!(
            use std::collections::BTreeMap;
        )
    });
    let (checker, shapes) = validators::imports(t);
    let checker = checker.into_iter().map(ident);
    let shape_import = (!shapes.is_empty()).then(|| {
        let shapes = shapes.into_iter().map(ident);
        quote!(use cfn_apigateway_runtime::shape::{#(#shapes),*};)
    });
    // Every property is a `Value` but one of any JSON, which is a `serde_json::Value`.
    let uses_value = t
        .fields
        .iter()
        .any(|f| f.shape != Shape::Primitive(Primitive::Json));
    let value_type = uses_value.then(|| quote!(Value,));
    let facts_import = validators::uses_facts(t).then(|| {
        quote!(
            use cfn_apigateway_runtime::facts;
        )
    });
    let formats_import = validators::uses_formats(t).then(|| {
        quote!(
            use super::formats;
        )
    });
    let rule_names: Vec<_> = t.rules.iter().map(|r| ident(&r.const_name)).collect();
    let rules_import =
        (!rule_names.is_empty()).then(|| quote!(use super::rules::{#(#rule_names),*};));
    let mut names = structs::used_names(t);
    names.push("CheckContext");
    // The enums of the context facts that conditions test.
    names.extend(
        t.rules
            .iter()
            .flat_map(|r| &r.when)
            .filter_map(|c| c.context.as_ref().map(|(_, set)| set.as_str())),
    );
    names.sort_unstable();
    names.dedup();
    // A type that contains itself (through a list or a map) is defined here, not imported.
    names.retain(|name| *name != t.name);
    let names = names.into_iter().map(ident);
    let items = [
        structs::emit(t),
        builders::emit(t),
        validators::emit(model, t),
    ];
    quote! {
        #![doc = #module_doc]
        #std_import

        use cfn_apigateway_runtime::checker::{#(#checker),*};
        #facts_import
        #shape_import
        use cfn_apigateway_runtime::value;
        use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, #value_type};
        use serde::{Deserialize, Deserializer, Serialize};

        #formats_import
        #rules_import
        use super::{#(#names),*};

        #(#items)*
    }
}

/// The `lib.rs` of a standalone crate of the model (`cargo xtask generate`): its documentation,
/// and the model's items at its root.
pub fn crate_root(model: &Model, crate_name: &str) -> TokenStream {
    let title = format!(
        " `{crate_name}`: typed, validated `{}` values and their property types for \
         CloudFormation, generated from `{}` by `cfn-codegen` (`cargo xtask generate`).",
        model.resource_type, model.spec_file
    );
    quote! {
        #![doc = #title]
        #![forbid(unsafe_code)]

        mod model;

        pub use model::*;
    }
}

/// `mod.rs`: declares the modules and re-exports their public items.
fn module_index(model: &Model) -> TokenStream {
    let title = format!(
        " Types generated from the spec of `{}` property types.",
        model.resource_type
    );
    let enum_mods = model.enums.iter().map(|e| ident(&e.module));
    let enum_names = model.enums.iter().map(|e| ident(&e.name));
    let enum_mods2 = enum_mods.clone();
    let type_mods = model.types.iter().map(|t| ident(&t.module));
    let type_mods2 = type_mods.clone();
    let type_names = model.types.iter().map(|t| ident(&t.name));
    let builder_names = model
        .types
        .iter()
        .map(|t| ident(&format!("{}Builder", t.name)));
    quote! {
        #![doc = #title]
        mod context;
        #(mod #enum_mods;)*
        pub mod formats;
        pub mod references;
        pub mod rules;
        #(mod #type_mods;)*

        pub use context::CheckContext;
        #(pub use #enum_mods2::#enum_names;)*
        pub use formats::FORMATS;
        pub use rules::RULES;
        #(pub use #type_mods2::{#type_names, #builder_names};)*
    }
}

/// `#[serde(rename = "Wire")]` where serde's `rename_all = "PascalCase"` would not give the
/// field's CloudFormation name.
pub fn serde_rename(field: &crate::ir::Field) -> Option<TokenStream> {
    let wire = &field.wire_name;
    (crate::naming::serde_pascal_case(&field.rust_name) != *wire)
        .then(|| quote!(#[serde(rename = #wire)]))
}

/// How messages name an object of the type `t`, by its CloudFormation name: "an Integration
/// object" (a type whose Rust name differs, `RuleProperty`, is still "a Rule object").
pub fn object_noun(t: &TypeDef) -> String {
    let name = t.full_name.rsplit(['.', ':']).next().unwrap_or(&t.name);
    let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {name} object")
}

/// `#[doc]` attributes for `text`, one a line.
pub fn doc(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// The Rust type of a value of `shape`.
pub fn value_type(shape: &Shape) -> TokenStream {
    match shape {
        Shape::Primitive(Primitive::Json) => quote!(serde_json::Value),
        Shape::Primitive(p) => {
            let t = primitive_type(*p);
            quote!(Value<#t>)
        }
        Shape::Enum(name) | Shape::Struct(name) => {
            let t = ident(name);
            quote!(Value<#t>)
        }
        Shape::List(item) => {
            let t = value_type(item);
            quote!(Value<Vec<#t>>)
        }
        Shape::Map(item) => {
            let t = value_type(item);
            quote!(Value<BTreeMap<String, #t>>)
        }
    }
}

pub fn primitive_type(p: Primitive) -> TokenStream {
    match p {
        Primitive::String => quote!(String),
        Primitive::Integer => quote!(i64),
        Primitive::Double => quote!(f64),
        Primitive::Boolean => quote!(bool),
        Primitive::Json => quote!(serde_json::Value),
    }
}
