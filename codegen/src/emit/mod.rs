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

use crate::ir::{GroupDef, Model, Primitive, Shape, TypeDef};
use crate::naming::ident;

/// One generated file of a model. Files are emitted independently (tokens are not `Send`, so
/// each is emitted where it is rendered).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum File {
    /// `mod.rs`.
    Index,
    /// The enum of `model.enums[i]`.
    Enum(usize),
    /// `GROUP.rs` of `model.groups[i]`: its resource type (struct, builder, validator), when the
    /// spec describes it, and its property types' modules.
    Group(usize),
    /// `GROUP/TYPE.rs`: the struct, builder and validator of the property type `model.types[i]`.
    Type(usize),
    /// `context.rs`.
    Context,
    /// `rules.rs`.
    Rules,
    /// `formats.rs`.
    Formats,
    /// `references.rs`.
    References,
    /// `resources.rs`.
    Resources,
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
            File::Resources,
        ];
        files.extend((0..model.enums.len()).map(File::Enum));
        files.extend((0..model.groups.len()).map(File::Group));
        files.extend(
            (0..model.types.len())
                .filter(|&i| model.types[i].attributes.is_none())
                .map(File::Type),
        );
        files
    }

    /// The file's name, relative to the model folder.
    pub fn name(self, model: &Model) -> String {
        match self {
            File::Index => "mod.rs".to_owned(),
            File::Enum(i) => format!("{}.rs", model.enums[i].module),
            File::Group(i) => format!("{}.rs", model.groups[i].module),
            File::Type(i) => format!("{}/{}.rs", model.types[i].group, model.types[i].module),
            File::Context => "context.rs".to_owned(),
            File::Rules => "rules.rs".to_owned(),
            File::Formats => "formats.rs".to_owned(),
            File::References => "references.rs".to_owned(),
            File::Resources => "resources.rs".to_owned(),
        }
    }

    /// The file's tokens.
    pub fn emit(self, model: &Model) -> TokenStream {
        match self {
            File::Index => module_index(model),
            File::Enum(i) => enums::emit(&model.enums[i]),
            File::Group(i) => group_file(model, &model.groups[i]),
            File::Type(i) => {
                let t = &model.types[i];
                let module_doc = format!(
                    " `{}`: the struct, its builder and its validator.",
                    t.full_name
                );
                let body = type_items(model, t);
                quote! {
                    #![doc = #module_doc]
                    #body
                }
            }
            File::Context => context::emit(model),
            File::Rules => rules::emit(model),
            File::Formats => formats::emit(model),
            File::References => references::emit(model),
            File::Resources => resources(model),
        }
    }
}

/// The module of a group: its resource type, when the spec describes it, and the modules of its
/// property types, whose items it re-exports.
fn group_file(model: &Model, group: &GroupDef) -> TokenStream {
    let members: Vec<&TypeDef> = model
        .types
        .iter()
        .filter(|t| t.group == group.module && t.attributes.is_none())
        .collect();
    let mods = members.iter().map(|t| ident(&t.module));
    let uses = members.iter().map(|t| {
        let module = ident(&t.module);
        let name = ident(&t.name);
        let builder = ident(&format!("{}Builder", t.name));
        quote!(pub use #module::{#name, #builder};)
    });
    let (module_doc, resource) = match group.resource {
        Some(i) => (
            format!(
                " `{}`: the resource type (its struct, builder and validator) and its property \
                 types.",
                group.resource_type
            ),
            Some(type_items(model, &model.types[i])),
        ),
        None => (
            format!(
                " The property types of `{}` (the spec does not describe the resource type \
                 itself).",
                group.resource_type
            ),
            None,
        ),
    };
    quote! {
        #![doc = #module_doc]
        #(mod #mods;)*

        #(#uses)*

        #resource
    }
}

/// The items of one type's file: one block of imports, then the struct and its API, the
/// builder, and the validator. A resource type is in its group's file, beside the model's
/// folder (its enums, rules, forms and context: `super::`), with its property types in scope; a
/// property type is a file of the group's folder, whose other types are `super::`.
fn type_items(model: &Model, t: &TypeDef) -> TokenStream {
    let in_folder = t.attributes.is_none();
    let shared = if in_folder {
        quote!(super::super)
    } else {
        quote!(super)
    };
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
            use #shared::formats;
        )
    });
    let rule_names: Vec<_> = t.rules.iter().map(|r| ident(&r.const_name)).collect();
    let rules_import =
        (!rule_names.is_empty()).then(|| quote!(use #shared::rules::{#(#rule_names),*};));
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
    let is_shared =
        |name: &&str| *name == "CheckContext" || model.enums.iter().any(|e| e.name == *name);
    let (shared_names, sibling_names): (Vec<&str>, Vec<&str>) =
        names.into_iter().partition(is_shared);
    let shared_names = shared_names.into_iter().map(ident);
    let sibling_import = (in_folder && !sibling_names.is_empty()).then(|| {
        let sibling_names = sibling_names.into_iter().map(ident);
        quote!(use super::{#(#sibling_names),*};)
    });
    let items = [
        structs::emit(t),
        builders::emit(t),
        validators::emit(model, t),
    ];
    quote! {
        #std_import

        use cfn_apigateway_runtime::checker::{#(#checker),*};
        #facts_import
        #shape_import
        use cfn_apigateway_runtime::value;
        use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, #value_type};
        use serde::{Deserialize, Deserializer, Serialize};

        #formats_import
        #rules_import
        use #shared::{#(#shared_names),*};
        #sibling_import

        #(#items)*
    }
}

/// `resources.rs`: the resource types a template checker dispatches on, by name.
fn resources(model: &Model) -> TokenStream {
    let entries = model.groups.iter().filter_map(|g| {
        let t = &model.types[g.resource?];
        let module = ident(&g.module);
        let name = ident(&t.name);
        Some(quote!(ResourceType::new::<#module::#name>(#module::#name::TYPE_NAME),))
    });
    let modules: Vec<_> = model
        .groups
        .iter()
        .filter(|g| g.resource.is_some())
        .map(|g| ident(&g.module))
        .collect();
    let modules = (!modules.is_empty()).then(|| quote!(use super::{#(#modules),*};));
    quote! {
        //! The resource types of the spec, for the checker of a template: which `Type` is
        //! checked as which type.

        use cfn_apigateway_runtime::ResourceType;

        #modules

        /// The resource types the spec describes, in name order: a resource whose `Type` is one
        /// of these is checked as it.
        pub static RESOURCE_TYPES: &[ResourceType] = &[#(#entries)*];
    }
}

/// The `lib.rs` of a standalone crate of the model (`cargo xtask generate`): its documentation,
/// and the model's items at its root.
pub fn crate_root(model: &Model, crate_name: &str) -> TokenStream {
    let title = format!(
        " `{crate_name}`: typed, validated CloudFormation resources and property types, \
         generated from `{}` by `cfn-codegen` (`cargo xtask generate`).",
        model.spec_file
    );
    quote! {
        #![doc = #title]
        #![forbid(unsafe_code)]

        mod model;

        pub use model::*;
    }
}

/// `mod.rs`: declares the modules and re-exports the shared items; each group is a public
/// module (`method::Integration`).
fn module_index(model: &Model) -> TokenStream {
    let title = format!(" Types generated from `{}`.", model.spec_file);
    let enum_mods = model.enums.iter().map(|e| ident(&e.module));
    let enum_names = model.enums.iter().map(|e| ident(&e.name));
    let enum_mods2 = enum_mods.clone();
    let group_mods = model.groups.iter().map(|g| ident(&g.module));
    quote! {
        #![doc = #title]
        mod context;
        #(mod #enum_mods;)*
        pub mod formats;
        pub mod references;
        pub mod resources;
        pub mod rules;
        #(pub mod #group_mods;)*

        pub use context::CheckContext;
        #(pub use #enum_mods2::#enum_names;)*
        pub use formats::FORMATS;
        pub use resources::RESOURCE_TYPES;
        pub use rules::RULES;
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

/// The Rust type a struct or a builder holds a field's value in: its value, boxed when the field
/// closes a cycle of types.
pub fn field_type(field: &crate::ir::Field) -> TokenStream {
    let ty = value_type(&field.shape);
    if field.boxed { quote!(Box<#ty>) } else { ty }
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
