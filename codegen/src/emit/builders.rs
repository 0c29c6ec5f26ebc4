//! Property types → builders in the smithy-rs style: a setter per property taking
//! `impl Into<..>`, `set_x(Option<..>)` to set or clear, appenders for lists and maps, and a
//! `build()` that checks the result and lists every missing or invalid property at once.
//!
//! The methods that are the same for every type (the setters' bodies, `build`, and the type's
//! `check`, `from_value`, `validate`, `to_json`, `builder` and checking `Deserialize`) are
//! written once, as the macros of `generated/src/runtime/macros.rs`; the emitted file invokes
//! them, so it holds only what differs between types and `syn` has less to parse.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, primitive_type, serde_rename, value_type};
use crate::ir::{Primitive, Shape, TypeDef};
use crate::naming::ident;

/// The builder of one property type, and the invocation of the shared API of the type and
/// its builder.
pub fn emit(t: &TypeDef) -> TokenStream {
    let name = ident(&t.name);
    let builder = ident(&format!("{}Builder", t.name));
    let checker = ident(&format!("check_{}", t.module));
    let full = &t.full_name;
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
    // The setters come from the runtime's `builder_setters!`, which writes both methods and
    // their documentation. It is told the kind and the innermost type only (`list .., Thing`,
    // not `Value<Vec<Value<Thing>>>`): prettyplease prints a macro's arguments token by token,
    // and would space out the angle brackets of a generic type.
    let setters = t.fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let set = ident(&format!("set_{}", f.rust_name));
        let wire = &f.wire_name;
        let (kind, inner) = match &f.shape {
            Shape::List(item) => (Some(quote!(list)), &**item),
            Shape::Map(item) => (Some(quote!(map)), &**item),
            shape => (None, shape),
        };
        let inner = setter_type(inner);
        quote!(builder_setters!(#kind #field, #set, #wire, #inner);)
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
        }

        property_type_api!(#name, #full, #builder, #checker, CheckContext);
    }
}

/// The type `builder_setters!` is given for a value of `shape` (a primitive, an enum or a
/// property type): the type inside `Value<..>`, or `serde_json::Value` for any JSON.
fn setter_type(shape: &Shape) -> TokenStream {
    match shape {
        Shape::Primitive(Primitive::Json) => quote!(serde_json::Value),
        Shape::Primitive(p) => primitive_type(*p),
        Shape::Enum(name) | Shape::Struct(name) => {
            let name = ident(name);
            quote!(#name)
        }
        // Lowering gives lists and maps items of a primitive, an enum or a property type only
        // (`ItemType` or `PrimitiveItemType`); a nested list would need a macro arm of its own,
        // and the generated crate would not compile without one.
        Shape::List(_) | Shape::Map(_) => value_type(shape),
    }
}
