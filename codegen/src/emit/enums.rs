//! Allowed-values sets → enums with `as_str`, `VALUES`, `FromStr`, `Display`, an `Unknown`
//! variant for values newer than the spec, and serde as the CloudFormation string.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc;
use crate::ir::EnumDef;
use crate::naming::ident;

/// The file of one enum.
pub fn emit(e: &EnumDef) -> TokenStream {
    let name = ident(&e.name);
    let name_str = &e.name;
    let listed = e
        .variants
        .iter()
        .map(|v| format!("`{}`", v.wire))
        .collect::<Vec<_>>()
        .join(", ");
    let docs = doc(&format!(
        "{}\n\nAllowed values: {listed}. Source: `{}`.\n\nConverting from a string never fails: a value this version does not know becomes\n`{}::Unknown`, which validation reports. `FromStr` accepts the known values only.",
        e.description, e.source, e.name
    ));
    let module_doc = format!(" The `{}` allowed values.", e.name);
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.rust)).collect();
    let wires: Vec<_> = e.variants.iter().map(|v| v.wire.as_str()).collect();
    let variant_docs = wires.iter().map(|w| format!(" `{w}`"));
    quote! {
        #![doc = #module_doc]
        use std::fmt;

        use cfn_apigateway_runtime::{FromJson, Mismatch, ParseEnumError, TextLiteral, UnknownValue};
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#[doc = #variant_docs] #variants,)*
            /// A value this version of the spec does not know, kept as written.
            Unknown(UnknownValue),
        }

        impl #name {
            /// Every allowed value, as CloudFormation spells it.
            pub const VALUES: &'static [&'static str] = &[#(#wires),*];

            /// The value as CloudFormation spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wires,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            /// Every allowed value, as CloudFormation spells it.
            pub fn values() -> &'static [&'static str] {
                Self::VALUES
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#wires => Self::#variants,)*
                    other => Self::Unknown(UnknownValue::new(other)),
                }
            }
        }

        impl std::str::FromStr for #name {
            type Err = ParseEnumError;
            // Not `Self::Err`, which a variant named `Err` would make ambiguous.
            fn from_str(value: &str) -> Result<Self, ParseEnumError> {
                match Self::from(value) {
                    Self::Unknown(_) => Err(ParseEnumError::new(#name_str, value, Self::VALUES)),
                    known => Ok(known),
                }
            }
        }

        impl fmt::Display for #name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }

        impl FromJson for #name {
            fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
                json.as_str().map(Self::from).ok_or(Mismatch::new("a string"))
            }
            fn is_canonical(json: &serde_json::Value) -> bool {
                json.is_string()
            }
        }

        impl TextLiteral for #name {
            fn as_text(&self) -> &str {
                self.as_str()
            }
        }
    }
}
