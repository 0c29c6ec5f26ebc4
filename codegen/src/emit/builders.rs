//! Property types → builders in the smithy-rs style: a setter per property taking
//! `impl Into<..>`, `set_x(Option<..>)` to set or clear, appenders for lists and maps, and a
//! `build()` that checks the result and lists every missing or invalid property at once.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, serde_rename, value_type};
use crate::ir::{Shape, TypeDef};
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
        let ty = value_type(&f.shape);
        let rename = serde_rename(f);
        quote!(#rename #[serde(skip_serializing_if = "Option::is_none")] #field: Option<#ty>,)
    });
    let setters = t.fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let set = ident(&format!("set_{}", f.rust_name));
        let ty = value_type(&f.shape);
        let wire = &f.wire_name;
        let set_doc = format!(" Sets `{wire}`, or clears it with `None`.");
        let setter = match &f.shape {
            Shape::List(item) => {
                let item_ty = value_type(item);
                let d = format!(" Appends one item to `{wire}` (replacing an intrinsic function set with [`Self::{set}`]).");
                quote! {
                    #[doc = #d]
                    pub fn #field(mut self, item: impl Into<#item_ty>) -> Self {
                        crate::runtime::value::push_item(&mut self.#field, item.into());
                        self
                    }
                }
            }
            Shape::Map(item) => {
                let item_ty = value_type(item);
                let d = format!(" Adds one entry to `{wire}` (replacing an intrinsic function set with [`Self::{set}`]).");
                quote! {
                    #[doc = #d]
                    pub fn #field(mut self, key: impl Into<String>, value: impl Into<#item_ty>) -> Self {
                        crate::runtime::value::insert_entry(&mut self.#field, key.into(), value.into());
                        self
                    }
                }
            }
            _ => {
                let d = format!(" Sets `{wire}`.");
                quote! {
                    #[doc = #d]
                    pub fn #field(mut self, value: impl Into<#ty>) -> Self {
                        self.#field = Some(value.into());
                        self
                    }
                }
            }
        };
        quote! {
            #setter
            #[doc = #set_doc]
            pub fn #set(mut self, value: Option<#ty>) -> Self {
                self.#field = value;
                self
            }
        }
    });
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
                // A builder holds only strings, numbers, lists and maps with string keys, so it
                // always serializes.
                let json = serde_json::to_value(&self).unwrap_or(serde_json::Value::Null);
                #name::from_value_with(&json, context)
            }
        }
    }
}
