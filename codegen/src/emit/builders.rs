//! Property types → builders in the smithy-rs style: a setter per property taking
//! `impl Into<..>`, `set_x(Option<..>)` to set or clear, appenders for lists and maps, each with
//! the property's documentation, and a `build()` that checks the result and lists every missing
//! or invalid property at once.

use proc_macro2::TokenStream;
use quote::quote;

use super::structs::paragraphs;
use super::{doc, field_type, serde_rename, value_type};
use crate::ir::{Field, Shape, TypeDef};
use crate::naming::ident;

/// The builder of one property type.
pub fn emit(t: &TypeDef) -> TokenStream {
    let name = ident(&t.name);
    let builder = ident(&format!("{}Builder", t.name));
    let must: Vec<String> = t
        .fields
        .iter()
        .filter(|f| f.always_required)
        .map(|f| format!("`{}`", f.rust_name))
        .collect();
    let builder_doc = doc(&format!(
        "A builder for [`{}`].\n\n`build()` needs {} and checks the result by every rule of the spec.",
        t.name,
        if must.is_empty() {
            "nothing in particular".to_owned()
        } else {
            must.join(", ")
        }
    ));
    let fields = t.fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let ty = field_type(f);
        let rename = serde_rename(f);
        quote!(#rename #[serde(skip_serializing_if = "Option::is_none")] #field: Option<#ty>,)
    });
    let setters = t.fields.iter().map(setters);
    quote! {
        #builder_doc
        #[derive(Debug, Clone, Default, PartialEq, Serialize)]
        #[serde(rename_all = "PascalCase")]
        pub struct #builder {
            #(#fields)*
        }

        impl #builder {
            #(#setters)*

            /// Builds the value and checks it: `Err` lists every missing or invalid property.
            pub fn build(self) -> Result<#name, Report> {
                self.build_with(&CheckContext::default())
            }

            /// [`Self::build`], with facts about the enclosing resource.
            pub fn build_with(self, context: &CheckContext) -> Result<#name, Report> {
                cfn_apigateway_runtime::build(&self, context)
            }
        }
    }
}

/// The two setters of one property: `x` to set it (or, for a list or a map, to add one item or
/// entry) and `set_x` to set or clear the whole value, each with the property's description.
fn setters(f: &Field) -> TokenStream {
    let field = ident(&f.rust_name);
    let set = ident(&format!("set_{}", f.rust_name));
    let wire = &f.wire_name;
    let description = paragraphs(&f.docs.description);
    let ty = value_type(&f.shape);
    let (box_each, box_one) = if f.boxed {
        (quote!(.map(Box::new)), quote!(Box::new(input.into())))
    } else {
        (quote!(), quote!(input.into()))
    };
    let set_doc = doc(&format!(
        "Sets `{wire}`, or clears it with `None`.\n\n{description}"
    ));
    let set_x = quote! {
        #set_doc
        pub fn #set(mut self, input: Option<#ty>) -> Self {
            self.#field = input #box_each;
            self
        }
    };
    let x = match &f.shape {
        Shape::List(item) => {
            let item = value_type(item);
            let docs = doc(&format!(
                "Appends one item to `{wire}` (replacing an intrinsic function set with [`Self::{set}`]).\n\n{description}"
            ));
            quote! {
                #docs
                pub fn #field(mut self, item: impl Into<#item>) -> Self {
                    value::push_item(&mut self.#field, item.into());
                    self
                }
            }
        }
        Shape::Map(item) => {
            let item = value_type(item);
            let docs = doc(&format!(
                "Adds one entry to `{wire}` (replacing an intrinsic function set with [`Self::{set}`]).\n\n{description}"
            ));
            quote! {
                #docs
                pub fn #field(mut self, key: impl Into<String>, input: impl Into<#item>) -> Self {
                    value::insert_entry(&mut self.#field, key.into(), input.into());
                    self
                }
            }
        }
        _ => {
            let docs = doc(&format!("Sets `{wire}`.\n\n{description}"));
            quote! {
                #docs
                pub fn #field(mut self, input: impl Into<#ty>) -> Self {
                    self.#field = Some(#box_one);
                    self
                }
            }
        }
    };
    quote!(#x #set_x)
}
