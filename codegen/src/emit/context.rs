//! The spec's `Context` → `CheckContext`, the facts about the enclosing objects that rules may
//! read: given by a caller, or taken by an enclosing type from its properties.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc;
use crate::ir::{ContextField, FactKind, Model};
use crate::naming::ident;

/// The file of `CheckContext`.
pub fn emit(model: &Model) -> TokenStream {
    let fields = model.context.iter().map(|c| {
        let name = ident(&c.rust_name);
        let taken = match &c.from {
            Some((type_name, property)) => format!(
                "`{type_name}` takes it from its `{property}` when it checks the types within it; \
                 `None` (the default) elsewhere skips the rules that need it."
            ),
            None => "`None` (the default) skips the rules that need it.".to_owned(),
        };
        let docs = doc(&format!(
            "{}\n\n{taken} Source: `{}`.",
            c.description, c.source
        ));
        let fact = fact_type(c);
        quote!(#docs pub #name: Option<#fact>,)
    });
    let setters = model.context.iter().map(setter);
    let title = " Facts some rules read about the objects that enclose the one checked: an \
         enclosing type takes them from its properties, or a caller gives them.";
    let kinds = || model.context.iter().map(|c| &c.kind);
    let mut collections = Vec::new();
    if kinds().any(|k| *k == FactKind::SetsByKey) {
        collections.push(ident("BTreeMap"));
    }
    if kinds().any(|k| matches!(k, FactKind::Set | FactKind::SetsByKey)) {
        collections.push(ident("BTreeSet"));
    }
    let collections_import = (!collections.is_empty()).then(|| {
        quote!(
            use std::collections::{#(#collections),*};
        )
    });
    let enums: Vec<_> = kinds()
        .filter_map(|k| match k {
            FactKind::Value(set) => Some(ident(set)),
            _ => None,
        })
        .collect();
    let enums_import = (!enums.is_empty()).then(|| quote!(use super::{#(#enums),*};));
    quote! {
        //! The validation context.
        #collections_import
        #enums_import

        #[doc = #title]
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct CheckContext {
            #(#fields)*
        }

        impl CheckContext {
            /// An empty context: the rules that need a fact are skipped.
            pub fn new() -> Self {
                Self::default()
            }
            #(#setters)*
        }
    }
}

/// The Rust type of a fact (inside its `Option`).
fn fact_type(c: &ContextField) -> TokenStream {
    match &c.kind {
        FactKind::Set => quote!(BTreeSet<String>),
        FactKind::SetsByKey => quote!(BTreeMap<String, BTreeSet<String>>),
        FactKind::Value(set) => {
            let set = ident(set);
            quote!(#set)
        }
    }
}

/// `with_NAME`, which sets a fact.
fn setter(c: &ContextField) -> TokenStream {
    let name = ident(&c.rust_name);
    let setter = ident(&format!("with_{}", c.rust_name));
    let docs = doc(&format!("Sets `{}`: {}", c.rust_name, c.description));
    match &c.kind {
        FactKind::Set => quote! {
            #docs
            pub fn #setter<I, S>(mut self, values: I) -> Self
            where
                I: IntoIterator<Item = S>,
                S: Into<String>,
            {
                self.#name = Some(values.into_iter().map(Into::into).collect());
                self
            }
        },
        FactKind::SetsByKey => quote! {
            #docs
            pub fn #setter<I, K, V, S>(mut self, sets: I) -> Self
            where
                I: IntoIterator<Item = (K, V)>,
                K: Into<String>,
                V: IntoIterator<Item = S>,
                S: Into<String>,
            {
                let mut facts: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
                for (key, values) in sets {
                    facts
                        .entry(key.into())
                        .or_default()
                        .extend(values.into_iter().map(Into::into));
                }
                self.#name = Some(facts);
                self
            }
        },
        FactKind::Value(set) => {
            let set = ident(set);
            quote! {
                #docs
                pub fn #setter(mut self, value: impl Into<#set>) -> Self {
                    self.#name = Some(value.into());
                    self
                }
            }
        }
    }
}
