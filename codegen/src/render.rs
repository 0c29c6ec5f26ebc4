//! Tokens → `syn::File` → prettyplease → text with the `@generated` header. Formatting happens
//! in-process, so the output depends on `Cargo.lock`, never on the host's rustfmt.

use proc_macro2::TokenStream;

use crate::Error;

/// Formats one generated file. The header names the spec and the command that writes it
/// (`cargo xtask regen`), and says not to edit.
pub fn render(
    spec_file: &str,
    command: &str,
    file: &str,
    tokens: TokenStream,
) -> Result<String, Error> {
    let syntax: syn::File = syn::parse2(tokens).map_err(|e| Error::Render {
        file: file.to_owned(),
        message: e.to_string(),
    })?;
    let body = prettyplease::unparse(&syntax);
    Ok(format!(
        "// @generated from {spec_file} by `{command}`. Do not edit by hand.\n\n{body}"
    ))
}
