//! The spec's `Context` → `CheckContext`, the facts about the enclosing resource that a caller
//! may give validation.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc;
use crate::ir::Model;
use crate::naming::ident;

/// The file of `CheckContext`.
pub fn emit(model: &Model) -> TokenStream {
    let fields = model.context.iter().map(|c| {
        let name = ident(&c.rust_name);
        let docs = doc(&format!(
            "{}\n\n`None` (the default) skips the rules that need it. Source: `{}`.",
            c.description, c.source
        ));
        quote!(#docs pub #name: Option<BTreeSet<String>>,)
    });
    let setters = model.context.iter().map(|c| {
        let name = ident(&c.rust_name);
        let setter = ident(&format!("with_{}", c.rust_name));
        let docs = doc(&format!("Sets `{}`: {}", c.rust_name, c.description));
        quote! {
            #docs
            pub fn #setter<I, S>(mut self, values: I) -> Self
            where
                I: IntoIterator<Item = S>,
                S: Into<String>,
            {
                self.#name = Some(values.into_iter().map(Into::into).collect());
                self
            }
        }
    });
    let title = format!(
        " Facts about the enclosing `{}` that validation may use.",
        model.resource_type
    );
    let set_import = (!model.context.is_empty()).then(|| {
        quote!(
            use std::collections::BTreeSet;
        )
    });
    quote! {
        //! The validation context.
        #set_import

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
