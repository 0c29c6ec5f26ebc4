//! The spec's `Formats` → `formats.rs`: one static per named value form, with its DFA serialized
//! in `formats/NAME.dfa` and read on first use, and `FORMATS`, every form of the spec.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc;
use crate::ir::Model;
use crate::naming::ident;

/// The file of forms.
pub fn emit(model: &Model) -> TokenStream {
    let statics = model.formats.iter().map(|f| {
        let docs = doc(&format!(
            "`{}`: {}.\n\nThe whole value matches:\n\n```text\n{}\n```\n\nSource: `{}`.",
            f.name, f.description, f.pattern, f.source
        ));
        let name = ident(&f.const_name);
        let (form, description, pattern) = (&f.name, &f.description, &f.pattern);
        let dfa = dfa_file(&f.name);
        quote! {
            #docs
            pub static #name: Format = Format::new(
                #form,
                #description,
                #pattern,
                &const { Serialized::new(*include_bytes!(#dfa)) },
            );
        }
    });
    // `Serialized` only for a spec with forms: `FORMATS` alone names `Format`.
    let imports = if model.formats.is_empty() {
        quote! { use cfn_apigateway_runtime::Format; }
    } else {
        quote! { use cfn_apigateway_runtime::{Format, Serialized}; }
    };
    let names = model.formats.iter().map(|f| ident(&f.const_name));
    let count = proc_macro2::Literal::usize_unsuffixed(model.formats.len());
    quote! {
        //! The named value forms of the spec: regular expressions a whole value must match.
        #imports

        #(#statics)*

        /// Every named form of the spec, in name order.
        pub static FORMATS: [&Format; #count] = [#(&#names),*];
    }
}

/// Where the DFA of the form `name` is written, relative to `formats.rs`.
pub fn dfa_file(name: &str) -> String {
    format!("formats/{name}.dfa")
}
