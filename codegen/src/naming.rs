//! Rust names for spec names, in one place: types and variants in `UpperCamelCase`, fields and
//! modules in `snake_case`, constants in `SHOUTY_SNAKE_CASE`, keywords as raw identifiers.

use heck::{ToPascalCase, ToShoutySnakeCase, ToSnakeCase};
use proc_macro2::{Ident, Span};

/// Rust keywords that cannot be plain identifiers (strict and reserved, 2024 edition).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
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
pub fn snake_name(name: &str) -> String {
    name.to_snake_case()
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

/// `true` when `name` is a usable Rust identifier once keywords are made raw.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !matches!(name, "_" | "self" | "Self" | "super" | "crate")
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
    }
}
