//! Rust names for spec names, in one place: types and variants in `UpperCamelCase`, fields and
//! modules in `snake_case`, constants in `SHOUTY_SNAKE_CASE`, keywords as raw identifiers.

use heck::{ToKebabCase, ToPascalCase, ToShoutySnakeCase, ToSnakeCase};
use proc_macro2::{Ident, Span};

/// Rust keywords that cannot be plain identifiers (strict and reserved, 2024 edition).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Names the generated files use unqualified: the items they import and the prelude's. A
/// property type or an allowed-values set of one of these names would collide with them.
pub const USED_BY_GENERATED_CODE: &[&str] = &[
    // Imported by the generated files (a test compares with their `use` items).
    "AnyJson",
    "BTreeMap",
    "BTreeSet",
    "Boolean",
    "CheckContext",
    "Checker",
    "Condition",
    "Deserialize",
    "Deserializer",
    "Double",
    "Format",
    "FromJson",
    "Integer",
    "List",
    "Map",
    "Members",
    "Mismatch",
    "Object",
    "ParseEnumError",
    "PropertyType",
    "PseudoParameter",
    "Report",
    "ResourceType",
    "ReturnValue",
    "Rule",
    "Serialize",
    "Serialized",
    "Serializer",
    "Severity",
    "Size",
    "Test",
    "Unit",
    "Text",
    "TextLiteral",
    "UnknownValue",
    "Value",
    // The prelude's types, traits and variants.
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Eq",
    "Err",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Hash",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "Vec",
];

/// The Rust type name for a spec name (`IntegrationResponse`).
pub fn type_name(name: &str) -> String {
    name.to_pascal_case()
}

/// The Rust variant name for an allowed value (`AWS_PROXY` → `AwsProxy`).
pub fn variant_name(value: &str) -> String {
    let name = value.to_lowercase().to_pascal_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else {
        name
    }
}

/// The Rust field or module name for a spec name (`TimeoutInMillis` → `timeout_in_millis`).
/// The keywords that cannot be raw identifiers take a trailing underscore (`Crate` → `crate_`).
pub fn snake_name(name: &str) -> String {
    let snake = name.to_snake_case();
    if NOT_RAW.contains(&snake.as_str()) {
        snake + "_"
    } else {
        snake
    }
}

/// Keywords that are not even raw identifiers (`r#crate` is not Rust).
const NOT_RAW: &[&str] = &["crate", "self", "super", "Self", "_"];

/// The names the generated validator (`PropertyType::check_json`) gives its own locals: the
/// local that holds a property with one of these names takes a trailing underscore (`value_`),
/// so that a type may have properties called `Value`, `Context` or `C`.
const VALIDATOR_LOCALS: &[&str] = &["c", "context", "value", "object"];

/// The name of the local that holds the property `rust_name` (a field name) in a validator.
pub fn binding_name(rust_name: &str) -> String {
    if VALIDATOR_LOCALS.contains(&rust_name) {
        format!("{rust_name}_")
    } else {
        rust_name.to_owned()
    }
}

/// The kebab-case words of a spec name, for derived rule ids (`TimeoutInMillis` →
/// `timeout-in-millis`).
pub fn kebab_name(name: &str) -> String {
    name.to_kebab_case()
}

/// The Rust constant name for a rule id or format name (`http-url` → `HTTP_URL`).
pub fn const_name(name: &str) -> String {
    name.to_shouty_snake_case()
}

/// The CloudFormation name serde derives from a Rust field name under
/// `rename_all = "PascalCase"`: a `rename` is emitted only where it differs from the wire name.
pub fn serde_pascal_case(rust_name: &str) -> String {
    rust_name
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// `true` for lowercase words of letters and digits joined by `-`, starting with a letter: a
/// rule id or a form name, which also names a Rust constant.
pub fn is_kebab_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// `true` when `name` is a usable Rust identifier once keywords are made raw.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !NOT_RAW.contains(&name)
}

/// An identifier token; keywords become raw identifiers (`r#type`).
pub fn ident(name: &str) -> Ident {
    if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn property_locals_never_take_a_validator_local_name() {
        assert_eq!(binding_name("value"), "value_");
        assert_eq!(binding_name("c"), "c_");
        assert_eq!(binding_name("context"), "context_");
        assert_eq!(binding_name("object"), "object_");
        assert_eq!(binding_name("uri"), "uri");
        assert_eq!(binding_name("values"), "values");
    }

    #[test]
    fn names_follow_rust_conventions() {
        assert_eq!(variant_name("AWS_PROXY"), "AwsProxy");
        assert_eq!(variant_name("CONVERT_TO_BINARY"), "ConvertToBinary");
        assert_eq!(
            snake_name("IntegrationHttpMethod"),
            "integration_http_method"
        );
        assert_eq!(
            const_name("integration-uri-required"),
            "INTEGRATION_URI_REQUIRED"
        );
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(serde_pascal_case("timeout_in_millis"), "TimeoutInMillis");
        assert!(!is_identifier("9lives"));
        assert_eq!(snake_name("Crate"), "crate_");
        assert_eq!(snake_name("SELF"), "self_");
        assert_eq!(snake_name("Super"), "super_");
        assert_eq!(ident(&snake_name("Super")).to_string(), "super_");
    }
}
