//! The spec's `PseudoParameters` and `ReturnValues` → `references.rs`: what each pseudo
//! parameter and each return value of a resource type yields, read by the template checks.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Model, ReferencedDef};
use crate::naming::ident;

/// The file of references.
pub fn emit(model: &Model) -> TokenStream {
    let form = |r: &ReferencedDef| match &r.format {
        Some(name) => {
            let name = ident(name);
            quote!(Some(&formats::#name))
        }
        None => quote!(None),
    };
    let pseudo = model.pseudo_parameters.iter().map(|p| {
        let (name, description, source, format) = (&p.name, &p.description, &p.source, form(p));
        quote! {
            PseudoParameter {
                name: #name,
                description: #description,
                format: #format,
                source: #source,
            }
        }
    });
    let values = model.return_values.iter().map(|r| {
        let (resource_type, name, description) = (&r.resource_type, &r.name, &r.description);
        let (source, format) = (&r.source, form(r));
        quote! {
            ReturnValue {
                resource_type: #resource_type,
                name: #name,
                description: #description,
                format: #format,
                source: #source,
            }
        }
    });
    let uses_formats = model
        .pseudo_parameters
        .iter()
        .chain(&model.return_values)
        .any(|r| r.format.is_some());
    let formats_import = uses_formats.then(|| {
        quote!(
            use super::formats;
        )
    });
    let pseudo_count = proc_macro2::Literal::usize_unsuffixed(model.pseudo_parameters.len());
    let value_count = proc_macro2::Literal::usize_unsuffixed(model.return_values.len());
    quote! {
        //! What references yield: the pseudo parameters, and the return values (`Ref`,
        //! `Fn::GetAtt`) of resource types, with the form of their values where the documents
        //! give one.
        use cfn_apigateway_runtime::references::{PseudoParameter, ReturnValue};
        #formats_import

        /// The pseudo parameters, in name order.
        pub static PSEUDO_PARAMETERS: [PseudoParameter; #pseudo_count] = [#(#pseudo),*];

        /// The return values of resource types, by resource type and then name.
        pub static RETURN_VALUES: [ReturnValue; #value_count] = [#(#values),*];
    }
}
