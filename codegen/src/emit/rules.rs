//! Rules → `rules.rs`: one constant per rule (id, severity, source, message) and `RULES`, the
//! catalog of every rule the generated validators and the runtime apply.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc;
use crate::ir::Model;
use crate::naming::ident;

/// The file of rule constants.
pub fn emit(model: &Model) -> TokenStream {
    let mut names = Vec::new();
    let consts: Vec<_> = model
        .types
        .iter()
        .flat_map(|t| t.rules.iter().map(move |r| (t, r)))
        .map(|(t, r)| {
            let name = ident(&r.const_name);
            names.push(name.clone());
            let severity = if r.is_error {
                quote!(Severity::Error)
            } else {
                quote!(Severity::Warning)
            };
            let level = if r.is_error { "Error" } else { "Warning" };
            let docs = doc(&format!(
                "`{}` ({level}): {}\n\nSource: `{}`.",
                r.id,
                r.message.replace('{', "`{").replace('}', "}`"),
                r.source
            ));
            let (id, source, link, type_name, message) =
                (&r.id, &r.source, &r.link, &t.name, &r.message);
            quote! {
                #docs
                pub const #name: Rule = Rule {
                    id: #id,
                    severity: #severity,
                    source: #source,
                    link: #link,
                    type_name: #type_name,
                    message: #message,
                };
            }
        })
        .collect();
    // `Severity` only for a spec with rules: `RULES` alone names `Rule`.
    let imports = if consts.is_empty() {
        quote!(
            use cfn_apigateway_runtime::Rule;
        )
    } else {
        quote!(
            use cfn_apigateway_runtime::{Rule, Severity};
        )
    };
    quote! {
        //! The rules of the spec, one constant each, and the catalog of all rules.
        use cfn_apigateway_runtime::checker::{
            INTRINSIC_FUNCTION, LITERAL_NO_VALUE, NESTING_DEPTH, VALUE_TYPE,
        };
        #imports

        #(#consts)*

        /// Every rule: the spec's, then the runtime's own (`value-type`, `intrinsic-function`,
        /// `nesting-depth`, `literal-no-value`).
        pub const RULES: &[Rule] = &[
            #(#names,)* VALUE_TYPE, INTRINSIC_FUNCTION, NESTING_DEPTH, LITERAL_NO_VALUE,
        ];
    }
}
