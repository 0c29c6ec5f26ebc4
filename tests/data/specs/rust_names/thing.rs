// @generated from tests/data/specs/rust_names.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Names.Thing`: the struct, its builder and its validator.
use crate::runtime::check::Checker;
use crate::runtime::macros::{builder_setters, property_type_api, property_type_loaders};
use crate::runtime::value::{PropertyNames, Value};
use super::CheckContext;
use super::Outcome;
use serde::Serialize;
/// A thing whose property names are Rust keywords and the prelude's names.
///
/// CloudFormation property type `AWS::Fixture::Names.Thing`. Build one with [`Thing::builder`], or load and check one with
/// [`Thing::from_value`]; every property that may be an intrinsic function is a [`Value`].
///
/// Source: `doc#thing`. [CloudFormation documentation](https://example.com/thing.html)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Thing {
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#abstract: Option<Value<String>>,
    /// A property named `Alloc`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alloc: Option<Value<String>>,
    /// A property named `As`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#as: Option<Value<String>>,
    /// A property named `Async`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#async: Option<Value<String>>,
    /// A property named `Await`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#await: Option<Value<String>>,
    /// A property named `Become`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#become: Option<Value<String>>,
    /// A property named `Box`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#box: Option<Value<String>>,
    /// A property named `Break`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#break: Option<Value<String>>,
    /// A property named `Clone`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clone: Option<Value<String>>,
    /// A property named `Const`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#const: Option<Value<String>>,
    /// A property named `Continue`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#continue: Option<Value<String>>,
    /// A property named `Copy`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy: Option<Value<String>>,
    /// A property named `Core`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub core: Option<Value<String>>,
    /// A property named `Debug`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debug: Option<Value<String>>,
    /// A property named `Do`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#do: Option<Value<String>>,
    /// A property named `Drop`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drop: Option<Value<String>>,
    /// A property named `Dyn`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#dyn: Option<Value<String>>,
    /// A property named `Else`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#else: Option<Value<String>>,
    /// A property named `Enum`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#enum: Option<Value<String>>,
    /// A property named `Eq`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eq: Option<Value<String>>,
    /// A property named `Err`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub err: Option<Value<String>>,
    /// A property named `Extern`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#extern: Option<Value<String>>,
    /// A property named `False`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#false: Option<Value<String>>,
    /// A property named `Final`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#final: Option<Value<String>>,
    /// A property named `Fmt`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fmt: Option<Value<String>>,
    /// A property named `Fn`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#fn: Option<Value<String>>,
    /// A property named `For`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#for: Option<Value<String>>,
    /// A property named `From`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Value<String>>,
    /// A property named `Gen`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#gen: Option<Value<String>>,
    /// A property named `Hash`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<Value<String>>,
    /// A property named `If`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#if: Option<Value<String>>,
    /// A property named `Impl`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#impl: Option<Value<String>>,
    /// A property named `In`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#in: Option<Value<String>>,
    /// A property named `Into`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub into: Option<Value<String>>,
    /// A property named `Iterator`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iterator: Option<Value<String>>,
    /// A property named `Let`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#let: Option<Value<String>>,
    /// A property named `Loop`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#loop: Option<Value<String>>,
    /// A property named `Macro`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#macro: Option<Value<String>>,
    /// A property named `Match`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Rules: `thing-match-required-for-async`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#match: Option<Value<String>>,
    /// A property named `Mod`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#mod: Option<Value<String>>,
    /// A property named `Move`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#move: Option<Value<String>>,
    /// A property named `Mut`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#mut: Option<Value<String>>,
    /// A property named `None`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub none: Option<Value<String>>,
    /// A property named `Ok`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ok: Option<Value<String>>,
    /// A property named `Option`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option: Option<Value<String>>,
    /// A property named `Ord`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ord: Option<Value<String>>,
    /// An enum whose variants are named like the prelude's.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Allowed values: see [`Outcome`]
    /// - Rules: `thing-outcome-allowed-values`
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Value<Outcome>>,
    /// A property named `Override`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#override: Option<Value<String>>,
    /// A property named `Priv`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#priv: Option<Value<String>>,
    /// A property named `Pub`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#pub: Option<Value<String>>,
    /// A property named `Ref`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<Value<String>>,
    /// A property named `Result`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Value<String>>,
    /// A property named `Return`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#return: Option<Value<String>>,
    /// A property named `Send`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send: Option<Value<String>>,
    /// A property named `Serde`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serde: Option<Value<String>>,
    /// A property named `SerdeJson`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serde_json: Option<Value<String>>,
    /// A property named `Sized`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sized: Option<Value<String>>,
    /// A property named `Some`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub some: Option<Value<String>>,
    /// A property named `Static`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#static: Option<Value<String>>,
    /// A property named `Std`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub std: Option<Value<String>>,
    /// A property named `String`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub string: Option<Value<String>>,
    /// A property named `Struct`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#struct: Option<Value<String>>,
    /// A property named `Sync`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync: Option<Value<String>>,
    /// A property named `ToString`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_string: Option<Value<String>>,
    /// A property named `Trait`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#trait: Option<Value<String>>,
    /// A property named `True`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#true: Option<Value<String>>,
    /// A property named `Try`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#try: Option<Value<String>>,
    /// A property named `Typeof`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#typeof: Option<Value<String>>,
    /// A property named `Unsafe`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#unsafe: Option<Value<String>>,
    /// A property named `Unsized`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#unsized: Option<Value<String>>,
    /// A property named `Use`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#use: Option<Value<String>>,
    /// A property named `Vec`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vec: Option<Value<String>>,
    /// A property named `Virtual`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#virtual: Option<Value<String>>,
    /// A property named `Where`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#where: Option<Value<String>>,
    /// A property named `While`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#while: Option<Value<String>>,
    /// A property named `Yield`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#yield: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `Thing`, sorted: loading and
/// checking each read an object's properties in one pass against them.
const PROPERTY_NAMES: PropertyNames<76> = PropertyNames {
    names: [
        "Abstract",
        "Alloc",
        "As",
        "Async",
        "Await",
        "Become",
        "Box",
        "Break",
        "Clone",
        "Const",
        "Continue",
        "Copy",
        "Core",
        "Debug",
        "Do",
        "Drop",
        "Dyn",
        "Else",
        "Enum",
        "Eq",
        "Err",
        "Extern",
        "False",
        "Final",
        "Fmt",
        "Fn",
        "For",
        "From",
        "Gen",
        "Hash",
        "If",
        "Impl",
        "In",
        "Into",
        "Iterator",
        "Let",
        "Loop",
        "Macro",
        "Match",
        "Mod",
        "Move",
        "Mut",
        "None",
        "Ok",
        "Option",
        "Ord",
        "Outcome",
        "Override",
        "Priv",
        "Pub",
        "Ref",
        "Result",
        "Return",
        "Send",
        "Serde",
        "SerdeJson",
        "Sized",
        "Some",
        "Static",
        "Std",
        "String",
        "Struct",
        "Sync",
        "ToString",
        "Trait",
        "True",
        "Try",
        "Typeof",
        "Unsafe",
        "Unsized",
        "Use",
        "Vec",
        "Virtual",
        "Where",
        "While",
        "Yield",
    ],
    index: |key| match key {
        "Abstract" => Some(0),
        "Alloc" => Some(1),
        "As" => Some(2),
        "Async" => Some(3),
        "Await" => Some(4),
        "Become" => Some(5),
        "Box" => Some(6),
        "Break" => Some(7),
        "Clone" => Some(8),
        "Const" => Some(9),
        "Continue" => Some(10),
        "Copy" => Some(11),
        "Core" => Some(12),
        "Debug" => Some(13),
        "Do" => Some(14),
        "Drop" => Some(15),
        "Dyn" => Some(16),
        "Else" => Some(17),
        "Enum" => Some(18),
        "Eq" => Some(19),
        "Err" => Some(20),
        "Extern" => Some(21),
        "False" => Some(22),
        "Final" => Some(23),
        "Fmt" => Some(24),
        "Fn" => Some(25),
        "For" => Some(26),
        "From" => Some(27),
        "Gen" => Some(28),
        "Hash" => Some(29),
        "If" => Some(30),
        "Impl" => Some(31),
        "In" => Some(32),
        "Into" => Some(33),
        "Iterator" => Some(34),
        "Let" => Some(35),
        "Loop" => Some(36),
        "Macro" => Some(37),
        "Match" => Some(38),
        "Mod" => Some(39),
        "Move" => Some(40),
        "Mut" => Some(41),
        "None" => Some(42),
        "Ok" => Some(43),
        "Option" => Some(44),
        "Ord" => Some(45),
        "Outcome" => Some(46),
        "Override" => Some(47),
        "Priv" => Some(48),
        "Pub" => Some(49),
        "Ref" => Some(50),
        "Result" => Some(51),
        "Return" => Some(52),
        "Send" => Some(53),
        "Serde" => Some(54),
        "SerdeJson" => Some(55),
        "Sized" => Some(56),
        "Some" => Some(57),
        "Static" => Some(58),
        "Std" => Some(59),
        "String" => Some(60),
        "Struct" => Some(61),
        "Sync" => Some(62),
        "ToString" => Some(63),
        "Trait" => Some(64),
        "True" => Some(65),
        "Try" => Some(66),
        "Typeof" => Some(67),
        "Unsafe" => Some(68),
        "Unsized" => Some(69),
        "Use" => Some(70),
        "Vec" => Some(71),
        "Virtual" => Some(72),
        "Where" => Some(73),
        "While" => Some(74),
        "Yield" => Some(75),
        _ => None,
    },
};
property_type_loaders!(
    Thing, "a Thing object", PROPERTY_NAMES, [optional(0, r#abstract), optional(1,
    alloc), optional(2, r#as), optional(3, r#async), optional(4, r#await), optional(5,
    r#become), optional(6, r#box), optional(7, r#break), optional(8, clone), optional(9,
    r#const), optional(10, r#continue), optional(11, copy), optional(12, core),
    optional(13, debug), optional(14, r#do), optional(15, drop), optional(16, r#dyn),
    optional(17, r#else), optional(18, r#enum), optional(19, eq), optional(20, err),
    optional(21, r#extern), optional(22, r#false), optional(23, r#final), optional(24,
    fmt), optional(25, r#fn), optional(26, r#for), optional(27, from), optional(28,
    r#gen), optional(29, hash), optional(30, r#if), optional(31, r#impl), optional(32,
    r#in), optional(33, into), optional(34, iterator), optional(35, r#let), optional(36,
    r#loop), optional(37, r#macro), optional(38, r#match), optional(39, r#mod),
    optional(40, r#move), optional(41, r#mut), optional(42, none), optional(43, ok),
    optional(44, option), optional(45, ord), optional(46, outcome), optional(47,
    r#override), optional(48, r#priv), optional(49, r#pub), optional(50, r#ref),
    optional(51, result), optional(52, r#return), optional(53, send), optional(54,
    serde), optional(55, serde_json), optional(56, sized), optional(57, some),
    optional(58, r#static), optional(59, std), optional(60, string), optional(61,
    r#struct), optional(62, sync), optional(63, to_string), optional(64, r#trait),
    optional(65, r#true), optional(66, r#try), optional(67, r#typeof), optional(68,
    r#unsafe), optional(69, r#unsized), optional(70, r#use), optional(71, vec),
    optional(72, r#virtual), optional(73, r#where), optional(74, r#while), optional(75,
    r#yield)], []
);
/// A builder for [`Thing`].
///
/// `build()` needs nothing in particular and checks the result by every rule of the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ThingBuilder {
    #[serde(skip_serializing_if = "Option::is_none")]
    r#abstract: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alloc: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#as: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#async: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#await: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#become: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#box: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#break: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    clone: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#const: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#continue: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    copy: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    core: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    debug: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#do: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    drop: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#dyn: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#else: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#enum: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    eq: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    err: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#extern: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#false: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#final: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fmt: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#fn: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#for: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#gen: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hash: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#if: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#impl: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#in: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    into: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    iterator: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#let: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#loop: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#macro: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#match: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#mod: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#move: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#mut: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    none: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ok: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    option: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ord: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Option<Value<Outcome>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#override: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#priv: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#pub: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#ref: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#return: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    send: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    serde: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    serde_json: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sized: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    some: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#static: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    std: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    string: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#struct: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sync: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to_string: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#trait: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#true: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#try: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#typeof: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#unsafe: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#unsized: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#use: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vec: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#virtual: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#where: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#while: Option<Value<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#yield: Option<Value<String>>,
}
impl ThingBuilder {
    builder_setters!(r#abstract, set_abstract, "Abstract", String);
    builder_setters!(alloc, set_alloc, "Alloc", String);
    builder_setters!(r#as, set_as, "As", String);
    builder_setters!(r#async, set_async, "Async", String);
    builder_setters!(r#await, set_await, "Await", String);
    builder_setters!(r#become, set_become, "Become", String);
    builder_setters!(r#box, set_box, "Box", String);
    builder_setters!(r#break, set_break, "Break", String);
    builder_setters!(clone, set_clone, "Clone", String);
    builder_setters!(r#const, set_const, "Const", String);
    builder_setters!(r#continue, set_continue, "Continue", String);
    builder_setters!(copy, set_copy, "Copy", String);
    builder_setters!(core, set_core, "Core", String);
    builder_setters!(debug, set_debug, "Debug", String);
    builder_setters!(r#do, set_do, "Do", String);
    builder_setters!(drop, set_drop, "Drop", String);
    builder_setters!(r#dyn, set_dyn, "Dyn", String);
    builder_setters!(r#else, set_else, "Else", String);
    builder_setters!(r#enum, set_enum, "Enum", String);
    builder_setters!(eq, set_eq, "Eq", String);
    builder_setters!(err, set_err, "Err", String);
    builder_setters!(r#extern, set_extern, "Extern", String);
    builder_setters!(r#false, set_false, "False", String);
    builder_setters!(r#final, set_final, "Final", String);
    builder_setters!(fmt, set_fmt, "Fmt", String);
    builder_setters!(r#fn, set_fn, "Fn", String);
    builder_setters!(r#for, set_for, "For", String);
    builder_setters!(from, set_from, "From", String);
    builder_setters!(r#gen, set_gen, "Gen", String);
    builder_setters!(hash, set_hash, "Hash", String);
    builder_setters!(r#if, set_if, "If", String);
    builder_setters!(r#impl, set_impl, "Impl", String);
    builder_setters!(r#in, set_in, "In", String);
    builder_setters!(into, set_into, "Into", String);
    builder_setters!(iterator, set_iterator, "Iterator", String);
    builder_setters!(r#let, set_let, "Let", String);
    builder_setters!(r#loop, set_loop, "Loop", String);
    builder_setters!(r#macro, set_macro, "Macro", String);
    builder_setters!(r#match, set_match, "Match", String);
    builder_setters!(r#mod, set_mod, "Mod", String);
    builder_setters!(r#move, set_move, "Move", String);
    builder_setters!(r#mut, set_mut, "Mut", String);
    builder_setters!(none, set_none, "None", String);
    builder_setters!(ok, set_ok, "Ok", String);
    builder_setters!(option, set_option, "Option", String);
    builder_setters!(ord, set_ord, "Ord", String);
    builder_setters!(outcome, set_outcome, "Outcome", Outcome);
    builder_setters!(r#override, set_override, "Override", String);
    builder_setters!(r#priv, set_priv, "Priv", String);
    builder_setters!(r#pub, set_pub, "Pub", String);
    builder_setters!(r#ref, set_ref, "Ref", String);
    builder_setters!(result, set_result, "Result", String);
    builder_setters!(r#return, set_return, "Return", String);
    builder_setters!(send, set_send, "Send", String);
    builder_setters!(serde, set_serde, "Serde", String);
    builder_setters!(serde_json, set_serde_json, "SerdeJson", String);
    builder_setters!(sized, set_sized, "Sized", String);
    builder_setters!(some, set_some, "Some", String);
    builder_setters!(r#static, set_static, "Static", String);
    builder_setters!(std, set_std, "Std", String);
    builder_setters!(string, set_string, "String", String);
    builder_setters!(r#struct, set_struct, "Struct", String);
    builder_setters!(sync, set_sync, "Sync", String);
    builder_setters!(to_string, set_to_string, "ToString", String);
    builder_setters!(r#trait, set_trait, "Trait", String);
    builder_setters!(r#true, set_true, "True", String);
    builder_setters!(r#try, set_try, "Try", String);
    builder_setters!(r#typeof, set_typeof, "Typeof", String);
    builder_setters!(r#unsafe, set_unsafe, "Unsafe", String);
    builder_setters!(r#unsized, set_unsized, "Unsized", String);
    builder_setters!(r#use, set_use, "Use", String);
    builder_setters!(vec, set_vec, "Vec", String);
    builder_setters!(r#virtual, set_virtual, "Virtual", String);
    builder_setters!(r#where, set_where, "Where", String);
    builder_setters!(r#while, set_while, "While", String);
    builder_setters!(r#yield, set_yield, "Yield", String);
}
property_type_api!(
    Thing, "AWS::Fixture::Names.Thing", ThingBuilder, check_thing, CheckContext
);
use crate::runtime::check::{Condition, Test};
use super::rules::{THING_OUTCOME_ALLOWED_VALUES, THING_MATCH_REQUIRED_FOR_ASYNC};
use crate::runtime::accept::{json_properties, Accept, Hold};
use crate::runtime::shape::PropertyType;
use crate::runtime::report::Report;
use crate::runtime::shape::Text;
const ASYNC_IN_YES: Condition = Condition {
    test: Test::In(&["yes"]),
    default: None,
    allowed: None,
    among: None,
};
/// Checks `AWS::Fixture::Names.Thing` JSON: the shape of every property, then the rules.
pub(crate) fn check_thing<'r>(
    c: &mut Checker<'r>,
    context: &CheckContext,
    value: &'r serde_json::Value,
) {
    c.object(
        value,
        "a Thing object",
        &|c, object| {
            let [r#abstract, alloc, r#as, r#async, r#await, r#become, r#box, r#break,
            clone, r#const, r#continue, copy, core, debug, r#do, drop, r#dyn, r#else,
            r#enum, eq, err, r#extern, r#false, r#final, fmt, r#fn, r#for, from, r#gen,
            hash, r#if, r#impl, r#in, into, iterator, r#let, r#loop, r#macro, r#match,
            r#mod, r#move, r#mut, none, ok, option, ord, outcome, r#override, r#priv,
            r#pub, r#ref, result, r#return, send, serde, serde_json, sized, some,
            r#static, std, string, r#struct, sync, to_string, r#trait, r#true, r#try,
            r#typeof, r#unsafe, r#unsized, r#use, vec, r#virtual, r#where, r#while,
            r#yield] = c.properties(object, &PROPERTY_NAMES, None);
            c.property(r#abstract, "Abstract", context, Text);
            c.property(alloc, "Alloc", context, Text);
            c.property(r#as, "As", context, Text);
            c.property(r#async, "Async", context, Text);
            c.property(r#await, "Await", context, Text);
            c.property(r#become, "Become", context, Text);
            c.property(r#box, "Box", context, Text);
            c.property(r#break, "Break", context, Text);
            c.property(clone, "Clone", context, Text);
            c.property(r#const, "Const", context, Text);
            c.property(r#continue, "Continue", context, Text);
            c.property(copy, "Copy", context, Text);
            c.property(core, "Core", context, Text);
            c.property(debug, "Debug", context, Text);
            c.property(r#do, "Do", context, Text);
            c.property(drop, "Drop", context, Text);
            c.property(r#dyn, "Dyn", context, Text);
            c.property(r#else, "Else", context, Text);
            c.property(r#enum, "Enum", context, Text);
            c.property(eq, "Eq", context, Text);
            c.property(err, "Err", context, Text);
            c.property(r#extern, "Extern", context, Text);
            c.property(r#false, "False", context, Text);
            c.property(r#final, "Final", context, Text);
            c.property(fmt, "Fmt", context, Text);
            c.property(r#fn, "Fn", context, Text);
            c.property(r#for, "For", context, Text);
            c.property(from, "From", context, Text);
            c.property(r#gen, "Gen", context, Text);
            c.property(hash, "Hash", context, Text);
            c.property(r#if, "If", context, Text);
            c.property(r#impl, "Impl", context, Text);
            c.property(r#in, "In", context, Text);
            c.property(into, "Into", context, Text);
            c.property(iterator, "Iterator", context, Text);
            c.property(r#let, "Let", context, Text);
            c.property(r#loop, "Loop", context, Text);
            c.property(r#macro, "Macro", context, Text);
            c.property(r#match, "Match", context, Text);
            c.property(r#mod, "Mod", context, Text);
            c.property(r#move, "Move", context, Text);
            c.property(r#mut, "Mut", context, Text);
            c.property(none, "None", context, Text);
            c.property(ok, "Ok", context, Text);
            c.property(option, "Option", context, Text);
            c.property(ord, "Ord", context, Text);
            c.property(outcome, "Outcome", context, Text);
            c.property(r#override, "Override", context, Text);
            c.property(r#priv, "Priv", context, Text);
            c.property(r#pub, "Pub", context, Text);
            c.property(r#ref, "Ref", context, Text);
            c.property(result, "Result", context, Text);
            c.property(r#return, "Return", context, Text);
            c.property(send, "Send", context, Text);
            c.property(serde, "Serde", context, Text);
            c.property(serde_json, "SerdeJson", context, Text);
            c.property(sized, "Sized", context, Text);
            c.property(some, "Some", context, Text);
            c.property(r#static, "Static", context, Text);
            c.property(std, "Std", context, Text);
            c.property(string, "String", context, Text);
            c.property(r#struct, "Struct", context, Text);
            c.property(sync, "Sync", context, Text);
            c.property(to_string, "ToString", context, Text);
            c.property(r#trait, "Trait", context, Text);
            c.property(r#true, "True", context, Text);
            c.property(r#try, "Try", context, Text);
            c.property(r#typeof, "Typeof", context, Text);
            c.property(r#unsafe, "Unsafe", context, Text);
            c.property(r#unsized, "Unsized", context, Text);
            c.property(r#use, "Use", context, Text);
            c.property(vec, "Vec", context, Text);
            c.property(r#virtual, "Virtual", context, Text);
            c.property(r#where, "Where", context, Text);
            c.property(r#while, "While", context, Text);
            c.property(r#yield, "Yield", context, Text);
            c.allowed_values(
                outcome,
                "Outcome",
                &[
                    "NONE",
                    "SOME",
                    "OK",
                    "ERR",
                    "STRING",
                    "OPTION",
                    "RESULT",
                    "DEFAULT",
                    "FROM",
                    "INTO",
                    "TYPE",
                    "MATCH",
                    "ASYNC",
                    "CRATE",
                    "SUPER",
                    "VALUES",
                    "AS_STR",
                ],
                &THING_OUTCOME_ALLOWED_VALUES,
            );
            if c.holds(r#async, &ASYNC_IN_YES) {
                c.require_present(r#match, "Match", &THING_MATCH_REQUIRED_FOR_ASYNC);
            }
        },
    );
}
impl Thing {
    /// `true` when checking the JSON of the `Thing`, `depth` levels of nesting down, would find
    /// no problem at all (the typed twin of [`check_thing`], by the same rules); `false` when it might.
    pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
        let mut report = Report::new();
        let c = &mut Accept::new(context, &mut report, depth);
        let r#abstract = self.r#abstract.as_ref();
        let alloc = self.alloc.as_ref();
        let r#as = self.r#as.as_ref();
        let r#async = self.r#async.as_ref();
        let r#await = self.r#await.as_ref();
        let r#become = self.r#become.as_ref();
        let r#box = self.r#box.as_ref();
        let r#break = self.r#break.as_ref();
        let clone = self.clone.as_ref();
        let r#const = self.r#const.as_ref();
        let r#continue = self.r#continue.as_ref();
        let copy = self.copy.as_ref();
        let core = self.core.as_ref();
        let debug = self.debug.as_ref();
        let r#do = self.r#do.as_ref();
        let drop = self.drop.as_ref();
        let r#dyn = self.r#dyn.as_ref();
        let r#else = self.r#else.as_ref();
        let r#enum = self.r#enum.as_ref();
        let eq = self.eq.as_ref();
        let err = self.err.as_ref();
        let r#extern = self.r#extern.as_ref();
        let r#false = self.r#false.as_ref();
        let r#final = self.r#final.as_ref();
        let fmt = self.fmt.as_ref();
        let r#fn = self.r#fn.as_ref();
        let r#for = self.r#for.as_ref();
        let from = self.from.as_ref();
        let r#gen = self.r#gen.as_ref();
        let hash = self.hash.as_ref();
        let r#if = self.r#if.as_ref();
        let r#impl = self.r#impl.as_ref();
        let r#in = self.r#in.as_ref();
        let into = self.into.as_ref();
        let iterator = self.iterator.as_ref();
        let r#let = self.r#let.as_ref();
        let r#loop = self.r#loop.as_ref();
        let r#macro = self.r#macro.as_ref();
        let r#match = self.r#match.as_ref();
        let r#mod = self.r#mod.as_ref();
        let r#move = self.r#move.as_ref();
        let r#mut = self.r#mut.as_ref();
        let none = self.none.as_ref();
        let ok = self.ok.as_ref();
        let option = self.option.as_ref();
        let ord = self.ord.as_ref();
        let outcome = self.outcome.as_ref();
        let r#override = self.r#override.as_ref();
        let r#priv = self.r#priv.as_ref();
        let r#pub = self.r#pub.as_ref();
        let r#ref = self.r#ref.as_ref();
        let result = self.result.as_ref();
        let r#return = self.r#return.as_ref();
        let send = self.send.as_ref();
        let serde = self.serde.as_ref();
        let serde_json = self.serde_json.as_ref();
        let sized = self.sized.as_ref();
        let some = self.some.as_ref();
        let r#static = self.r#static.as_ref();
        let std = self.std.as_ref();
        let string = self.string.as_ref();
        let r#struct = self.r#struct.as_ref();
        let sync = self.sync.as_ref();
        let to_string = self.to_string.as_ref();
        let r#trait = self.r#trait.as_ref();
        let r#true = self.r#true.as_ref();
        let r#try = self.r#try.as_ref();
        let r#typeof = self.r#typeof.as_ref();
        let r#unsafe = self.r#unsafe.as_ref();
        let r#unsized = self.r#unsized.as_ref();
        let r#use = self.r#use.as_ref();
        let vec = self.vec.as_ref();
        let r#virtual = self.r#virtual.as_ref();
        let r#where = self.r#where.as_ref();
        let r#while = self.r#while.as_ref();
        let r#yield = self.r#yield.as_ref();
        c.property(r#abstract, "Abstract", Text);
        c.property(alloc, "Alloc", Text);
        c.property(r#as, "As", Text);
        c.property(r#async, "Async", Text);
        c.property(r#await, "Await", Text);
        c.property(r#become, "Become", Text);
        c.property(r#box, "Box", Text);
        c.property(r#break, "Break", Text);
        c.property(clone, "Clone", Text);
        c.property(r#const, "Const", Text);
        c.property(r#continue, "Continue", Text);
        c.property(copy, "Copy", Text);
        c.property(core, "Core", Text);
        c.property(debug, "Debug", Text);
        c.property(r#do, "Do", Text);
        c.property(drop, "Drop", Text);
        c.property(r#dyn, "Dyn", Text);
        c.property(r#else, "Else", Text);
        c.property(r#enum, "Enum", Text);
        c.property(eq, "Eq", Text);
        c.property(err, "Err", Text);
        c.property(r#extern, "Extern", Text);
        c.property(r#false, "False", Text);
        c.property(r#final, "Final", Text);
        c.property(fmt, "Fmt", Text);
        c.property(r#fn, "Fn", Text);
        c.property(r#for, "For", Text);
        c.property(from, "From", Text);
        c.property(r#gen, "Gen", Text);
        c.property(hash, "Hash", Text);
        c.property(r#if, "If", Text);
        c.property(r#impl, "Impl", Text);
        c.property(r#in, "In", Text);
        c.property(into, "Into", Text);
        c.property(iterator, "Iterator", Text);
        c.property(r#let, "Let", Text);
        c.property(r#loop, "Loop", Text);
        c.property(r#macro, "Macro", Text);
        c.property(r#match, "Match", Text);
        c.property(r#mod, "Mod", Text);
        c.property(r#move, "Move", Text);
        c.property(r#mut, "Mut", Text);
        c.property(none, "None", Text);
        c.property(ok, "Ok", Text);
        c.property(option, "Option", Text);
        c.property(ord, "Ord", Text);
        c.property(outcome, "Outcome", Text);
        c.property(r#override, "Override", Text);
        c.property(r#priv, "Priv", Text);
        c.property(r#pub, "Pub", Text);
        c.property(r#ref, "Ref", Text);
        c.property(result, "Result", Text);
        c.property(r#return, "Return", Text);
        c.property(send, "Send", Text);
        c.property(serde, "Serde", Text);
        c.property(serde_json, "SerdeJson", Text);
        c.property(sized, "Sized", Text);
        c.property(some, "Some", Text);
        c.property(r#static, "Static", Text);
        c.property(std, "Std", Text);
        c.property(string, "String", Text);
        c.property(r#struct, "Struct", Text);
        c.property(sync, "Sync", Text);
        c.property(to_string, "ToString", Text);
        c.property(r#trait, "Trait", Text);
        c.property(r#true, "True", Text);
        c.property(r#try, "Try", Text);
        c.property(r#typeof, "Typeof", Text);
        c.property(r#unsafe, "Unsafe", Text);
        c.property(r#unsized, "Unsized", Text);
        c.property(r#use, "Use", Text);
        c.property(vec, "Vec", Text);
        c.property(r#virtual, "Virtual", Text);
        c.property(r#where, "Where", Text);
        c.property(r#while, "While", Text);
        c.property(r#yield, "Yield", Text);
        Self::accept_rules(c, r#async, r#match, outcome);
        c.fine()
    }
    /// The rules of [`check_thing`] in a twin, on the values of the properties they read: the typed
    /// twin and the JSON twin share them.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per property the rules read"
    )]
    fn accept_rules<
        'r,
        T0: Hold<CheckContext>,
        T1: Hold<CheckContext>,
        T2: Hold<CheckContext>,
    >(
        c: &mut Accept<'r, CheckContext>,
        r#async: Option<&'r T0>,
        r#match: Option<&'r T1>,
        outcome: Option<&'r T2>,
    ) {
        c.allowed_values(
            outcome,
            "Outcome",
            &[
                "NONE",
                "SOME",
                "OK",
                "ERR",
                "STRING",
                "OPTION",
                "RESULT",
                "DEFAULT",
                "FROM",
                "INTO",
                "TYPE",
                "MATCH",
                "ASYNC",
                "CRATE",
                "SUPER",
                "VALUES",
                "AS_STR",
            ],
            &THING_OUTCOME_ALLOWED_VALUES,
        );
        if c.holds(r#async, &ASYNC_IN_YES) {
            c.require_present(r#match, "Match", &THING_MATCH_REQUIRED_FOR_ASYNC);
        }
    }
}
impl PropertyType<CheckContext> for Thing {
    fn check_json<'r>(
        c: &mut Checker<'r>,
        context: &CheckContext,
        value: &'r serde_json::Value,
    ) {
        check_thing(c, context, value);
    }
    /// The JSON twin of [`check_thing`], in the twin `c` of the value that holds this one (its
    /// checker and its verdict are shared). It reads literals itself and hands the checker only
    /// what is not one.
    #[inline]
    fn accept_json<'r>(c: &mut Accept<'r, CheckContext>, value: &'r serde_json::Value) {
        let Some(
            [r#abstract,
            alloc,
            r#as,
            r#async,
            r#await,
            r#become,
            r#box,
            r#break,
            clone,
            r#const,
            r#continue,
            copy,
            core,
            debug,
            r#do,
            drop,
            r#dyn,
            r#else,
            r#enum,
            eq,
            err,
            r#extern,
            r#false,
            r#final,
            fmt,
            r#fn,
            r#for,
            from,
            r#gen,
            hash,
            r#if,
            r#impl,
            r#in,
            into,
            iterator,
            r#let,
            r#loop,
            r#macro,
            r#match,
            r#mod,
            r#move,
            r#mut,
            none,
            ok,
            option,
            ord,
            outcome,
            r#override,
            r#priv,
            r#pub,
            r#ref,
            result,
            r#return,
            send,
            serde,
            serde_json,
            sized,
            some,
            r#static,
            std,
            string,
            r#struct,
            sync,
            to_string,
            r#trait,
            r#true,
            r#try,
            r#typeof,
            r#unsafe,
            r#unsized,
            r#use,
            vec,
            r#virtual,
            r#where,
            r#while,
            r#yield,
            ],
        ) = json_properties(value, &PROPERTY_NAMES) else {
            return c.unsure();
        };
        c.shape(r#abstract, Text);
        c.shape(alloc, Text);
        c.shape(r#as, Text);
        c.shape(r#async, Text);
        c.shape(r#await, Text);
        c.shape(r#become, Text);
        c.shape(r#box, Text);
        c.shape(r#break, Text);
        c.shape(clone, Text);
        c.shape(r#const, Text);
        c.shape(r#continue, Text);
        c.shape(copy, Text);
        c.shape(core, Text);
        c.shape(debug, Text);
        c.shape(r#do, Text);
        c.shape(drop, Text);
        c.shape(r#dyn, Text);
        c.shape(r#else, Text);
        c.shape(r#enum, Text);
        c.shape(eq, Text);
        c.shape(err, Text);
        c.shape(r#extern, Text);
        c.shape(r#false, Text);
        c.shape(r#final, Text);
        c.shape(fmt, Text);
        c.shape(r#fn, Text);
        c.shape(r#for, Text);
        c.shape(from, Text);
        c.shape(r#gen, Text);
        c.shape(hash, Text);
        c.shape(r#if, Text);
        c.shape(r#impl, Text);
        c.shape(r#in, Text);
        c.shape(into, Text);
        c.shape(iterator, Text);
        c.shape(r#let, Text);
        c.shape(r#loop, Text);
        c.shape(r#macro, Text);
        c.shape(r#match, Text);
        c.shape(r#mod, Text);
        c.shape(r#move, Text);
        c.shape(r#mut, Text);
        c.shape(none, Text);
        c.shape(ok, Text);
        c.shape(option, Text);
        c.shape(ord, Text);
        c.shape(outcome, Text);
        c.shape(r#override, Text);
        c.shape(r#priv, Text);
        c.shape(r#pub, Text);
        c.shape(r#ref, Text);
        c.shape(result, Text);
        c.shape(r#return, Text);
        c.shape(send, Text);
        c.shape(serde, Text);
        c.shape(serde_json, Text);
        c.shape(sized, Text);
        c.shape(some, Text);
        c.shape(r#static, Text);
        c.shape(std, Text);
        c.shape(string, Text);
        c.shape(r#struct, Text);
        c.shape(sync, Text);
        c.shape(to_string, Text);
        c.shape(r#trait, Text);
        c.shape(r#true, Text);
        c.shape(r#try, Text);
        c.shape(r#typeof, Text);
        c.shape(r#unsafe, Text);
        c.shape(r#unsized, Text);
        c.shape(r#use, Text);
        c.shape(vec, Text);
        c.shape(r#virtual, Text);
        c.shape(r#where, Text);
        c.shape(r#while, Text);
        c.shape(r#yield, Text);
        if !c.fine() {
            return;
        }
        Self::accept_rules(c, r#async, r#match, outcome);
    }
}
