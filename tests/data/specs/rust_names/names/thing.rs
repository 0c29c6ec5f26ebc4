// @generated from tests/data/specs/rust_names.json by `cargo xtask regen`. Do not edit by hand.

//! `AWS::Fixture::Names.Thing`: the struct, its builder and its validator.
use cfn_apigateway_runtime::checker::{Checker, Condition, Test};
use cfn_apigateway_runtime::shape::Text;
use cfn_apigateway_runtime::value;
use cfn_apigateway_runtime::{FromJson, Mismatch, PropertyType, Report, Value};
use serde::{Deserialize, Deserializer, Serialize};
use super::super::rules::{THING_OUTCOME_ALLOWED_VALUES, THING_MATCH_REQUIRED_FOR_ASYNC};
use super::super::{CheckContext, Outcome};
/// A thing whose property names are Rust keywords and the prelude's names.
///
/// CloudFormation property type `AWS::Fixture::Names.Thing`. Build one with [`Thing::builder`], or load and check one with
/// [`Thing::from_value`]; every property that may be an intrinsic function is a
/// [`Value`](cfn_apigateway_runtime::Value).
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
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(rename = "arn")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arn: Option<Value<String>>,
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(rename = "channelId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<Value<String>>,
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(rename = "crate")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crate_: Option<Value<String>>,
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    ///
    /// - Required: No
    /// - Update requires: No interruption
    /// - Source: `doc#p`
    ///
    /// [CloudFormation documentation](https://example.com/thing.html#p)
    #[serde(rename = "self")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_: Option<Value<String>>,
}
/// The CloudFormation names of the properties of `Thing`, sorted.
const PROPERTY_NAMES: [&str; 80] = [
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
    "arn",
    "channelId",
    "crate",
    "self",
];
impl Thing {
    /// The CloudFormation name of the property type.
    pub const TYPE_NAME: &'static str = "AWS::Fixture::Names.Thing";
    /// A builder; `build()` checks the result.
    pub fn builder() -> ThingBuilder {
        ThingBuilder::default()
    }
    /// Checks JSON as it appears in a template: every problem at once, each with a JSON
    /// Pointer relative to the value, a rule id and a message. Never panics.
    ///
    /// The value may be a Thing object or an `Fn::If` choosing between such objects.
    pub fn check(value: &serde_json::Value) -> Report {
        Self::check_with(value, &CheckContext::default())
    }
    /// [`Self::check`], with facts about the enclosing resource that some rules need.
    pub fn check_with(value: &serde_json::Value, context: &CheckContext) -> Report {
        cfn_apigateway_runtime::check::<Self>(value, context)
    }
    /// Checks and loads JSON: `Err` carries the whole report (warnings too) when it
    /// holds at least one error.
    pub fn from_value(value: &serde_json::Value) -> Result<Self, Report> {
        Self::from_value_with(value, &CheckContext::default())
    }
    /// [`Self::from_value`], with facts about the enclosing resource.
    pub fn from_value_with(
        value: &serde_json::Value,
        context: &CheckContext,
    ) -> Result<Self, Report> {
        cfn_apigateway_runtime::from_value(value, context)
    }
    /// Checks a value built or changed in code, by the same rules as [`Self::check`].
    pub fn validate(&self) -> Report {
        self.validate_with(&CheckContext::default())
    }
    /// [`Self::validate`], with facts about the enclosing resource.
    pub fn validate_with(&self, context: &CheckContext) -> Report {
        cfn_apigateway_runtime::validate(self, context)
    }
    /// The JSON CloudFormation reads: absent properties are omitted, intrinsic
    /// functions and converted literals are written as they were read.
    pub fn to_json(&self) -> serde_json::Value {
        cfn_apigateway_runtime::to_json(self)
    }
}
impl FromJson for Thing {
    fn from_json(json: serde_json::Value) -> Result<Self, Mismatch> {
        let [r#abstract, alloc, r#as, r#async, r#await, r#become, r#box, r#break, clone,
        r#const, r#continue, copy, core, debug, r#do, drop, r#dyn, r#else, r#enum, eq,
        err, r#extern, r#false, r#final, fmt, r#fn, r#for, from, r#gen, hash, r#if,
        r#impl, r#in, into, iterator, r#let, r#loop, r#macro, r#match, r#mod, r#move,
        r#mut, none, ok, option, ord, outcome, r#override, r#priv, r#pub, r#ref, result,
        r#return, send, serde, serde_json, sized, some, r#static, std, string, r#struct,
        sync, to_string, r#trait, r#true, r#try, r#typeof, r#unsafe, r#unsized, r#use,
        vec, r#virtual, r#where, r#while, r#yield, arn, channel_id, crate_, self_] = value::take_properties(
            json,
            "a Thing object",
            &PROPERTY_NAMES,
        )?;
        Ok(Self {
            r#abstract: value::optional(r#abstract, "Abstract")?,
            alloc: value::optional(alloc, "Alloc")?,
            r#as: value::optional(r#as, "As")?,
            r#async: value::optional(r#async, "Async")?,
            r#await: value::optional(r#await, "Await")?,
            r#become: value::optional(r#become, "Become")?,
            r#box: value::optional(r#box, "Box")?,
            r#break: value::optional(r#break, "Break")?,
            clone: value::optional(clone, "Clone")?,
            r#const: value::optional(r#const, "Const")?,
            r#continue: value::optional(r#continue, "Continue")?,
            copy: value::optional(copy, "Copy")?,
            core: value::optional(core, "Core")?,
            debug: value::optional(debug, "Debug")?,
            r#do: value::optional(r#do, "Do")?,
            drop: value::optional(drop, "Drop")?,
            r#dyn: value::optional(r#dyn, "Dyn")?,
            r#else: value::optional(r#else, "Else")?,
            r#enum: value::optional(r#enum, "Enum")?,
            eq: value::optional(eq, "Eq")?,
            err: value::optional(err, "Err")?,
            r#extern: value::optional(r#extern, "Extern")?,
            r#false: value::optional(r#false, "False")?,
            r#final: value::optional(r#final, "Final")?,
            fmt: value::optional(fmt, "Fmt")?,
            r#fn: value::optional(r#fn, "Fn")?,
            r#for: value::optional(r#for, "For")?,
            from: value::optional(from, "From")?,
            r#gen: value::optional(r#gen, "Gen")?,
            hash: value::optional(hash, "Hash")?,
            r#if: value::optional(r#if, "If")?,
            r#impl: value::optional(r#impl, "Impl")?,
            r#in: value::optional(r#in, "In")?,
            into: value::optional(into, "Into")?,
            iterator: value::optional(iterator, "Iterator")?,
            r#let: value::optional(r#let, "Let")?,
            r#loop: value::optional(r#loop, "Loop")?,
            r#macro: value::optional(r#macro, "Macro")?,
            r#match: value::optional(r#match, "Match")?,
            r#mod: value::optional(r#mod, "Mod")?,
            r#move: value::optional(r#move, "Move")?,
            r#mut: value::optional(r#mut, "Mut")?,
            none: value::optional(none, "None")?,
            ok: value::optional(ok, "Ok")?,
            option: value::optional(option, "Option")?,
            ord: value::optional(ord, "Ord")?,
            outcome: value::optional(outcome, "Outcome")?,
            r#override: value::optional(r#override, "Override")?,
            r#priv: value::optional(r#priv, "Priv")?,
            r#pub: value::optional(r#pub, "Pub")?,
            r#ref: value::optional(r#ref, "Ref")?,
            result: value::optional(result, "Result")?,
            r#return: value::optional(r#return, "Return")?,
            send: value::optional(send, "Send")?,
            serde: value::optional(serde, "Serde")?,
            serde_json: value::optional(serde_json, "SerdeJson")?,
            sized: value::optional(sized, "Sized")?,
            some: value::optional(some, "Some")?,
            r#static: value::optional(r#static, "Static")?,
            std: value::optional(std, "Std")?,
            string: value::optional(string, "String")?,
            r#struct: value::optional(r#struct, "Struct")?,
            sync: value::optional(sync, "Sync")?,
            to_string: value::optional(to_string, "ToString")?,
            r#trait: value::optional(r#trait, "Trait")?,
            r#true: value::optional(r#true, "True")?,
            r#try: value::optional(r#try, "Try")?,
            r#typeof: value::optional(r#typeof, "Typeof")?,
            r#unsafe: value::optional(r#unsafe, "Unsafe")?,
            r#unsized: value::optional(r#unsized, "Unsized")?,
            r#use: value::optional(r#use, "Use")?,
            vec: value::optional(vec, "Vec")?,
            r#virtual: value::optional(r#virtual, "Virtual")?,
            r#where: value::optional(r#where, "Where")?,
            r#while: value::optional(r#while, "While")?,
            r#yield: value::optional(r#yield, "Yield")?,
            arn: value::optional(arn, "arn")?,
            channel_id: value::optional(channel_id, "channelId")?,
            crate_: value::optional(crate_, "crate")?,
            self_: value::optional(self_, "self")?,
        })
    }
    fn is_canonical(json: &serde_json::Value) -> bool {
        json.is_object()
    }
}
/// Deserializing checks: the value is read as JSON, checked by every rule, and loaded;
/// it fails with the report's problems.
impl<'de> Deserialize<'de> for Thing {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        cfn_apigateway_runtime::deserialize(deserializer)
    }
}
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
    #[serde(rename = "arn")]
    #[serde(skip_serializing_if = "Option::is_none")]
    arn: Option<Value<String>>,
    #[serde(rename = "channelId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    channel_id: Option<Value<String>>,
    #[serde(rename = "crate")]
    #[serde(skip_serializing_if = "Option::is_none")]
    crate_: Option<Value<String>>,
    #[serde(rename = "self")]
    #[serde(skip_serializing_if = "Option::is_none")]
    self_: Option<Value<String>>,
}
impl ThingBuilder {
    /// Sets `Abstract`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#abstract(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#abstract = Some(input.into());
        self
    }
    /// Sets `Abstract`, or clears it with `None`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_abstract(mut self, input: Option<Value<String>>) -> Self {
        self.r#abstract = input;
        self
    }
    /// Sets `Alloc`.
    ///
    /// A property named `Alloc`, a Rust keyword or a name of the prelude or of a crate.
    pub fn alloc(mut self, input: impl Into<Value<String>>) -> Self {
        self.alloc = Some(input.into());
        self
    }
    /// Sets `Alloc`, or clears it with `None`.
    ///
    /// A property named `Alloc`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_alloc(mut self, input: Option<Value<String>>) -> Self {
        self.alloc = input;
        self
    }
    /// Sets `As`.
    ///
    /// A property named `As`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#as(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#as = Some(input.into());
        self
    }
    /// Sets `As`, or clears it with `None`.
    ///
    /// A property named `As`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_as(mut self, input: Option<Value<String>>) -> Self {
        self.r#as = input;
        self
    }
    /// Sets `Async`.
    ///
    /// A property named `Async`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#async(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#async = Some(input.into());
        self
    }
    /// Sets `Async`, or clears it with `None`.
    ///
    /// A property named `Async`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_async(mut self, input: Option<Value<String>>) -> Self {
        self.r#async = input;
        self
    }
    /// Sets `Await`.
    ///
    /// A property named `Await`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#await(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#await = Some(input.into());
        self
    }
    /// Sets `Await`, or clears it with `None`.
    ///
    /// A property named `Await`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_await(mut self, input: Option<Value<String>>) -> Self {
        self.r#await = input;
        self
    }
    /// Sets `Become`.
    ///
    /// A property named `Become`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#become(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#become = Some(input.into());
        self
    }
    /// Sets `Become`, or clears it with `None`.
    ///
    /// A property named `Become`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_become(mut self, input: Option<Value<String>>) -> Self {
        self.r#become = input;
        self
    }
    /// Sets `Box`.
    ///
    /// A property named `Box`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#box(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#box = Some(input.into());
        self
    }
    /// Sets `Box`, or clears it with `None`.
    ///
    /// A property named `Box`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_box(mut self, input: Option<Value<String>>) -> Self {
        self.r#box = input;
        self
    }
    /// Sets `Break`.
    ///
    /// A property named `Break`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#break(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#break = Some(input.into());
        self
    }
    /// Sets `Break`, or clears it with `None`.
    ///
    /// A property named `Break`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_break(mut self, input: Option<Value<String>>) -> Self {
        self.r#break = input;
        self
    }
    /// Sets `Clone`.
    ///
    /// A property named `Clone`, a Rust keyword or a name of the prelude or of a crate.
    pub fn clone(mut self, input: impl Into<Value<String>>) -> Self {
        self.clone = Some(input.into());
        self
    }
    /// Sets `Clone`, or clears it with `None`.
    ///
    /// A property named `Clone`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_clone(mut self, input: Option<Value<String>>) -> Self {
        self.clone = input;
        self
    }
    /// Sets `Const`.
    ///
    /// A property named `Const`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#const(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#const = Some(input.into());
        self
    }
    /// Sets `Const`, or clears it with `None`.
    ///
    /// A property named `Const`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_const(mut self, input: Option<Value<String>>) -> Self {
        self.r#const = input;
        self
    }
    /// Sets `Continue`.
    ///
    /// A property named `Continue`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#continue(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#continue = Some(input.into());
        self
    }
    /// Sets `Continue`, or clears it with `None`.
    ///
    /// A property named `Continue`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_continue(mut self, input: Option<Value<String>>) -> Self {
        self.r#continue = input;
        self
    }
    /// Sets `Copy`.
    ///
    /// A property named `Copy`, a Rust keyword or a name of the prelude or of a crate.
    pub fn copy(mut self, input: impl Into<Value<String>>) -> Self {
        self.copy = Some(input.into());
        self
    }
    /// Sets `Copy`, or clears it with `None`.
    ///
    /// A property named `Copy`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_copy(mut self, input: Option<Value<String>>) -> Self {
        self.copy = input;
        self
    }
    /// Sets `Core`.
    ///
    /// A property named `Core`, a Rust keyword or a name of the prelude or of a crate.
    pub fn core(mut self, input: impl Into<Value<String>>) -> Self {
        self.core = Some(input.into());
        self
    }
    /// Sets `Core`, or clears it with `None`.
    ///
    /// A property named `Core`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_core(mut self, input: Option<Value<String>>) -> Self {
        self.core = input;
        self
    }
    /// Sets `Debug`.
    ///
    /// A property named `Debug`, a Rust keyword or a name of the prelude or of a crate.
    pub fn debug(mut self, input: impl Into<Value<String>>) -> Self {
        self.debug = Some(input.into());
        self
    }
    /// Sets `Debug`, or clears it with `None`.
    ///
    /// A property named `Debug`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_debug(mut self, input: Option<Value<String>>) -> Self {
        self.debug = input;
        self
    }
    /// Sets `Do`.
    ///
    /// A property named `Do`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#do(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#do = Some(input.into());
        self
    }
    /// Sets `Do`, or clears it with `None`.
    ///
    /// A property named `Do`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_do(mut self, input: Option<Value<String>>) -> Self {
        self.r#do = input;
        self
    }
    /// Sets `Drop`.
    ///
    /// A property named `Drop`, a Rust keyword or a name of the prelude or of a crate.
    pub fn drop(mut self, input: impl Into<Value<String>>) -> Self {
        self.drop = Some(input.into());
        self
    }
    /// Sets `Drop`, or clears it with `None`.
    ///
    /// A property named `Drop`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_drop(mut self, input: Option<Value<String>>) -> Self {
        self.drop = input;
        self
    }
    /// Sets `Dyn`.
    ///
    /// A property named `Dyn`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#dyn(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#dyn = Some(input.into());
        self
    }
    /// Sets `Dyn`, or clears it with `None`.
    ///
    /// A property named `Dyn`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_dyn(mut self, input: Option<Value<String>>) -> Self {
        self.r#dyn = input;
        self
    }
    /// Sets `Else`.
    ///
    /// A property named `Else`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#else(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#else = Some(input.into());
        self
    }
    /// Sets `Else`, or clears it with `None`.
    ///
    /// A property named `Else`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_else(mut self, input: Option<Value<String>>) -> Self {
        self.r#else = input;
        self
    }
    /// Sets `Enum`.
    ///
    /// A property named `Enum`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#enum(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#enum = Some(input.into());
        self
    }
    /// Sets `Enum`, or clears it with `None`.
    ///
    /// A property named `Enum`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_enum(mut self, input: Option<Value<String>>) -> Self {
        self.r#enum = input;
        self
    }
    /// Sets `Eq`.
    ///
    /// A property named `Eq`, a Rust keyword or a name of the prelude or of a crate.
    pub fn eq(mut self, input: impl Into<Value<String>>) -> Self {
        self.eq = Some(input.into());
        self
    }
    /// Sets `Eq`, or clears it with `None`.
    ///
    /// A property named `Eq`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_eq(mut self, input: Option<Value<String>>) -> Self {
        self.eq = input;
        self
    }
    /// Sets `Err`.
    ///
    /// A property named `Err`, a Rust keyword or a name of the prelude or of a crate.
    pub fn err(mut self, input: impl Into<Value<String>>) -> Self {
        self.err = Some(input.into());
        self
    }
    /// Sets `Err`, or clears it with `None`.
    ///
    /// A property named `Err`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_err(mut self, input: Option<Value<String>>) -> Self {
        self.err = input;
        self
    }
    /// Sets `Extern`.
    ///
    /// A property named `Extern`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#extern(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#extern = Some(input.into());
        self
    }
    /// Sets `Extern`, or clears it with `None`.
    ///
    /// A property named `Extern`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_extern(mut self, input: Option<Value<String>>) -> Self {
        self.r#extern = input;
        self
    }
    /// Sets `False`.
    ///
    /// A property named `False`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#false(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#false = Some(input.into());
        self
    }
    /// Sets `False`, or clears it with `None`.
    ///
    /// A property named `False`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_false(mut self, input: Option<Value<String>>) -> Self {
        self.r#false = input;
        self
    }
    /// Sets `Final`.
    ///
    /// A property named `Final`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#final(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#final = Some(input.into());
        self
    }
    /// Sets `Final`, or clears it with `None`.
    ///
    /// A property named `Final`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_final(mut self, input: Option<Value<String>>) -> Self {
        self.r#final = input;
        self
    }
    /// Sets `Fmt`.
    ///
    /// A property named `Fmt`, a Rust keyword or a name of the prelude or of a crate.
    pub fn fmt(mut self, input: impl Into<Value<String>>) -> Self {
        self.fmt = Some(input.into());
        self
    }
    /// Sets `Fmt`, or clears it with `None`.
    ///
    /// A property named `Fmt`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_fmt(mut self, input: Option<Value<String>>) -> Self {
        self.fmt = input;
        self
    }
    /// Sets `Fn`.
    ///
    /// A property named `Fn`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#fn(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#fn = Some(input.into());
        self
    }
    /// Sets `Fn`, or clears it with `None`.
    ///
    /// A property named `Fn`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_fn(mut self, input: Option<Value<String>>) -> Self {
        self.r#fn = input;
        self
    }
    /// Sets `For`.
    ///
    /// A property named `For`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#for(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#for = Some(input.into());
        self
    }
    /// Sets `For`, or clears it with `None`.
    ///
    /// A property named `For`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_for(mut self, input: Option<Value<String>>) -> Self {
        self.r#for = input;
        self
    }
    /// Sets `From`.
    ///
    /// A property named `From`, a Rust keyword or a name of the prelude or of a crate.
    pub fn from(mut self, input: impl Into<Value<String>>) -> Self {
        self.from = Some(input.into());
        self
    }
    /// Sets `From`, or clears it with `None`.
    ///
    /// A property named `From`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_from(mut self, input: Option<Value<String>>) -> Self {
        self.from = input;
        self
    }
    /// Sets `Gen`.
    ///
    /// A property named `Gen`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#gen(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#gen = Some(input.into());
        self
    }
    /// Sets `Gen`, or clears it with `None`.
    ///
    /// A property named `Gen`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_gen(mut self, input: Option<Value<String>>) -> Self {
        self.r#gen = input;
        self
    }
    /// Sets `Hash`.
    ///
    /// A property named `Hash`, a Rust keyword or a name of the prelude or of a crate.
    pub fn hash(mut self, input: impl Into<Value<String>>) -> Self {
        self.hash = Some(input.into());
        self
    }
    /// Sets `Hash`, or clears it with `None`.
    ///
    /// A property named `Hash`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_hash(mut self, input: Option<Value<String>>) -> Self {
        self.hash = input;
        self
    }
    /// Sets `If`.
    ///
    /// A property named `If`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#if(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#if = Some(input.into());
        self
    }
    /// Sets `If`, or clears it with `None`.
    ///
    /// A property named `If`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_if(mut self, input: Option<Value<String>>) -> Self {
        self.r#if = input;
        self
    }
    /// Sets `Impl`.
    ///
    /// A property named `Impl`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#impl(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#impl = Some(input.into());
        self
    }
    /// Sets `Impl`, or clears it with `None`.
    ///
    /// A property named `Impl`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_impl(mut self, input: Option<Value<String>>) -> Self {
        self.r#impl = input;
        self
    }
    /// Sets `In`.
    ///
    /// A property named `In`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#in(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#in = Some(input.into());
        self
    }
    /// Sets `In`, or clears it with `None`.
    ///
    /// A property named `In`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_in(mut self, input: Option<Value<String>>) -> Self {
        self.r#in = input;
        self
    }
    /// Sets `Into`.
    ///
    /// A property named `Into`, a Rust keyword or a name of the prelude or of a crate.
    pub fn into(mut self, input: impl Into<Value<String>>) -> Self {
        self.into = Some(input.into());
        self
    }
    /// Sets `Into`, or clears it with `None`.
    ///
    /// A property named `Into`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_into(mut self, input: Option<Value<String>>) -> Self {
        self.into = input;
        self
    }
    /// Sets `Iterator`.
    ///
    /// A property named `Iterator`, a Rust keyword or a name of the prelude or of a crate.
    pub fn iterator(mut self, input: impl Into<Value<String>>) -> Self {
        self.iterator = Some(input.into());
        self
    }
    /// Sets `Iterator`, or clears it with `None`.
    ///
    /// A property named `Iterator`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_iterator(mut self, input: Option<Value<String>>) -> Self {
        self.iterator = input;
        self
    }
    /// Sets `Let`.
    ///
    /// A property named `Let`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#let(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#let = Some(input.into());
        self
    }
    /// Sets `Let`, or clears it with `None`.
    ///
    /// A property named `Let`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_let(mut self, input: Option<Value<String>>) -> Self {
        self.r#let = input;
        self
    }
    /// Sets `Loop`.
    ///
    /// A property named `Loop`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#loop(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#loop = Some(input.into());
        self
    }
    /// Sets `Loop`, or clears it with `None`.
    ///
    /// A property named `Loop`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_loop(mut self, input: Option<Value<String>>) -> Self {
        self.r#loop = input;
        self
    }
    /// Sets `Macro`.
    ///
    /// A property named `Macro`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#macro(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#macro = Some(input.into());
        self
    }
    /// Sets `Macro`, or clears it with `None`.
    ///
    /// A property named `Macro`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_macro(mut self, input: Option<Value<String>>) -> Self {
        self.r#macro = input;
        self
    }
    /// Sets `Match`.
    ///
    /// A property named `Match`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#match(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#match = Some(input.into());
        self
    }
    /// Sets `Match`, or clears it with `None`.
    ///
    /// A property named `Match`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_match(mut self, input: Option<Value<String>>) -> Self {
        self.r#match = input;
        self
    }
    /// Sets `Mod`.
    ///
    /// A property named `Mod`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#mod(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#mod = Some(input.into());
        self
    }
    /// Sets `Mod`, or clears it with `None`.
    ///
    /// A property named `Mod`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_mod(mut self, input: Option<Value<String>>) -> Self {
        self.r#mod = input;
        self
    }
    /// Sets `Move`.
    ///
    /// A property named `Move`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#move(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#move = Some(input.into());
        self
    }
    /// Sets `Move`, or clears it with `None`.
    ///
    /// A property named `Move`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_move(mut self, input: Option<Value<String>>) -> Self {
        self.r#move = input;
        self
    }
    /// Sets `Mut`.
    ///
    /// A property named `Mut`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#mut(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#mut = Some(input.into());
        self
    }
    /// Sets `Mut`, or clears it with `None`.
    ///
    /// A property named `Mut`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_mut(mut self, input: Option<Value<String>>) -> Self {
        self.r#mut = input;
        self
    }
    /// Sets `None`.
    ///
    /// A property named `None`, a Rust keyword or a name of the prelude or of a crate.
    pub fn none(mut self, input: impl Into<Value<String>>) -> Self {
        self.none = Some(input.into());
        self
    }
    /// Sets `None`, or clears it with `None`.
    ///
    /// A property named `None`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_none(mut self, input: Option<Value<String>>) -> Self {
        self.none = input;
        self
    }
    /// Sets `Ok`.
    ///
    /// A property named `Ok`, a Rust keyword or a name of the prelude or of a crate.
    pub fn ok(mut self, input: impl Into<Value<String>>) -> Self {
        self.ok = Some(input.into());
        self
    }
    /// Sets `Ok`, or clears it with `None`.
    ///
    /// A property named `Ok`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_ok(mut self, input: Option<Value<String>>) -> Self {
        self.ok = input;
        self
    }
    /// Sets `Option`.
    ///
    /// A property named `Option`, a Rust keyword or a name of the prelude or of a crate.
    pub fn option(mut self, input: impl Into<Value<String>>) -> Self {
        self.option = Some(input.into());
        self
    }
    /// Sets `Option`, or clears it with `None`.
    ///
    /// A property named `Option`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_option(mut self, input: Option<Value<String>>) -> Self {
        self.option = input;
        self
    }
    /// Sets `Ord`.
    ///
    /// A property named `Ord`, a Rust keyword or a name of the prelude or of a crate.
    pub fn ord(mut self, input: impl Into<Value<String>>) -> Self {
        self.ord = Some(input.into());
        self
    }
    /// Sets `Ord`, or clears it with `None`.
    ///
    /// A property named `Ord`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_ord(mut self, input: Option<Value<String>>) -> Self {
        self.ord = input;
        self
    }
    /// Sets `Outcome`.
    ///
    /// An enum whose variants are named like the prelude's.
    pub fn outcome(mut self, input: impl Into<Value<Outcome>>) -> Self {
        self.outcome = Some(input.into());
        self
    }
    /// Sets `Outcome`, or clears it with `None`.
    ///
    /// An enum whose variants are named like the prelude's.
    pub fn set_outcome(mut self, input: Option<Value<Outcome>>) -> Self {
        self.outcome = input;
        self
    }
    /// Sets `Override`.
    ///
    /// A property named `Override`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#override(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#override = Some(input.into());
        self
    }
    /// Sets `Override`, or clears it with `None`.
    ///
    /// A property named `Override`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_override(mut self, input: Option<Value<String>>) -> Self {
        self.r#override = input;
        self
    }
    /// Sets `Priv`.
    ///
    /// A property named `Priv`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#priv(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#priv = Some(input.into());
        self
    }
    /// Sets `Priv`, or clears it with `None`.
    ///
    /// A property named `Priv`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_priv(mut self, input: Option<Value<String>>) -> Self {
        self.r#priv = input;
        self
    }
    /// Sets `Pub`.
    ///
    /// A property named `Pub`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#pub(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#pub = Some(input.into());
        self
    }
    /// Sets `Pub`, or clears it with `None`.
    ///
    /// A property named `Pub`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_pub(mut self, input: Option<Value<String>>) -> Self {
        self.r#pub = input;
        self
    }
    /// Sets `Ref`.
    ///
    /// A property named `Ref`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#ref(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#ref = Some(input.into());
        self
    }
    /// Sets `Ref`, or clears it with `None`.
    ///
    /// A property named `Ref`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_ref(mut self, input: Option<Value<String>>) -> Self {
        self.r#ref = input;
        self
    }
    /// Sets `Result`.
    ///
    /// A property named `Result`, a Rust keyword or a name of the prelude or of a crate.
    pub fn result(mut self, input: impl Into<Value<String>>) -> Self {
        self.result = Some(input.into());
        self
    }
    /// Sets `Result`, or clears it with `None`.
    ///
    /// A property named `Result`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_result(mut self, input: Option<Value<String>>) -> Self {
        self.result = input;
        self
    }
    /// Sets `Return`.
    ///
    /// A property named `Return`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#return(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#return = Some(input.into());
        self
    }
    /// Sets `Return`, or clears it with `None`.
    ///
    /// A property named `Return`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_return(mut self, input: Option<Value<String>>) -> Self {
        self.r#return = input;
        self
    }
    /// Sets `Send`.
    ///
    /// A property named `Send`, a Rust keyword or a name of the prelude or of a crate.
    pub fn send(mut self, input: impl Into<Value<String>>) -> Self {
        self.send = Some(input.into());
        self
    }
    /// Sets `Send`, or clears it with `None`.
    ///
    /// A property named `Send`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_send(mut self, input: Option<Value<String>>) -> Self {
        self.send = input;
        self
    }
    /// Sets `Serde`.
    ///
    /// A property named `Serde`, a Rust keyword or a name of the prelude or of a crate.
    pub fn serde(mut self, input: impl Into<Value<String>>) -> Self {
        self.serde = Some(input.into());
        self
    }
    /// Sets `Serde`, or clears it with `None`.
    ///
    /// A property named `Serde`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_serde(mut self, input: Option<Value<String>>) -> Self {
        self.serde = input;
        self
    }
    /// Sets `SerdeJson`.
    ///
    /// A property named `SerdeJson`, a Rust keyword or a name of the prelude or of a crate.
    pub fn serde_json(mut self, input: impl Into<Value<String>>) -> Self {
        self.serde_json = Some(input.into());
        self
    }
    /// Sets `SerdeJson`, or clears it with `None`.
    ///
    /// A property named `SerdeJson`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_serde_json(mut self, input: Option<Value<String>>) -> Self {
        self.serde_json = input;
        self
    }
    /// Sets `Sized`.
    ///
    /// A property named `Sized`, a Rust keyword or a name of the prelude or of a crate.
    pub fn sized(mut self, input: impl Into<Value<String>>) -> Self {
        self.sized = Some(input.into());
        self
    }
    /// Sets `Sized`, or clears it with `None`.
    ///
    /// A property named `Sized`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_sized(mut self, input: Option<Value<String>>) -> Self {
        self.sized = input;
        self
    }
    /// Sets `Some`.
    ///
    /// A property named `Some`, a Rust keyword or a name of the prelude or of a crate.
    pub fn some(mut self, input: impl Into<Value<String>>) -> Self {
        self.some = Some(input.into());
        self
    }
    /// Sets `Some`, or clears it with `None`.
    ///
    /// A property named `Some`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_some(mut self, input: Option<Value<String>>) -> Self {
        self.some = input;
        self
    }
    /// Sets `Static`.
    ///
    /// A property named `Static`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#static(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#static = Some(input.into());
        self
    }
    /// Sets `Static`, or clears it with `None`.
    ///
    /// A property named `Static`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_static(mut self, input: Option<Value<String>>) -> Self {
        self.r#static = input;
        self
    }
    /// Sets `Std`.
    ///
    /// A property named `Std`, a Rust keyword or a name of the prelude or of a crate.
    pub fn std(mut self, input: impl Into<Value<String>>) -> Self {
        self.std = Some(input.into());
        self
    }
    /// Sets `Std`, or clears it with `None`.
    ///
    /// A property named `Std`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_std(mut self, input: Option<Value<String>>) -> Self {
        self.std = input;
        self
    }
    /// Sets `String`.
    ///
    /// A property named `String`, a Rust keyword or a name of the prelude or of a crate.
    pub fn string(mut self, input: impl Into<Value<String>>) -> Self {
        self.string = Some(input.into());
        self
    }
    /// Sets `String`, or clears it with `None`.
    ///
    /// A property named `String`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_string(mut self, input: Option<Value<String>>) -> Self {
        self.string = input;
        self
    }
    /// Sets `Struct`.
    ///
    /// A property named `Struct`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#struct(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#struct = Some(input.into());
        self
    }
    /// Sets `Struct`, or clears it with `None`.
    ///
    /// A property named `Struct`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_struct(mut self, input: Option<Value<String>>) -> Self {
        self.r#struct = input;
        self
    }
    /// Sets `Sync`.
    ///
    /// A property named `Sync`, a Rust keyword or a name of the prelude or of a crate.
    pub fn sync(mut self, input: impl Into<Value<String>>) -> Self {
        self.sync = Some(input.into());
        self
    }
    /// Sets `Sync`, or clears it with `None`.
    ///
    /// A property named `Sync`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_sync(mut self, input: Option<Value<String>>) -> Self {
        self.sync = input;
        self
    }
    /// Sets `ToString`.
    ///
    /// A property named `ToString`, a Rust keyword or a name of the prelude or of a crate.
    pub fn to_string(mut self, input: impl Into<Value<String>>) -> Self {
        self.to_string = Some(input.into());
        self
    }
    /// Sets `ToString`, or clears it with `None`.
    ///
    /// A property named `ToString`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_to_string(mut self, input: Option<Value<String>>) -> Self {
        self.to_string = input;
        self
    }
    /// Sets `Trait`.
    ///
    /// A property named `Trait`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#trait(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#trait = Some(input.into());
        self
    }
    /// Sets `Trait`, or clears it with `None`.
    ///
    /// A property named `Trait`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_trait(mut self, input: Option<Value<String>>) -> Self {
        self.r#trait = input;
        self
    }
    /// Sets `True`.
    ///
    /// A property named `True`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#true(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#true = Some(input.into());
        self
    }
    /// Sets `True`, or clears it with `None`.
    ///
    /// A property named `True`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_true(mut self, input: Option<Value<String>>) -> Self {
        self.r#true = input;
        self
    }
    /// Sets `Try`.
    ///
    /// A property named `Try`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#try(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#try = Some(input.into());
        self
    }
    /// Sets `Try`, or clears it with `None`.
    ///
    /// A property named `Try`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_try(mut self, input: Option<Value<String>>) -> Self {
        self.r#try = input;
        self
    }
    /// Sets `Typeof`.
    ///
    /// A property named `Typeof`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#typeof(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#typeof = Some(input.into());
        self
    }
    /// Sets `Typeof`, or clears it with `None`.
    ///
    /// A property named `Typeof`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_typeof(mut self, input: Option<Value<String>>) -> Self {
        self.r#typeof = input;
        self
    }
    /// Sets `Unsafe`.
    ///
    /// A property named `Unsafe`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#unsafe(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#unsafe = Some(input.into());
        self
    }
    /// Sets `Unsafe`, or clears it with `None`.
    ///
    /// A property named `Unsafe`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_unsafe(mut self, input: Option<Value<String>>) -> Self {
        self.r#unsafe = input;
        self
    }
    /// Sets `Unsized`.
    ///
    /// A property named `Unsized`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#unsized(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#unsized = Some(input.into());
        self
    }
    /// Sets `Unsized`, or clears it with `None`.
    ///
    /// A property named `Unsized`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_unsized(mut self, input: Option<Value<String>>) -> Self {
        self.r#unsized = input;
        self
    }
    /// Sets `Use`.
    ///
    /// A property named `Use`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#use(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#use = Some(input.into());
        self
    }
    /// Sets `Use`, or clears it with `None`.
    ///
    /// A property named `Use`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_use(mut self, input: Option<Value<String>>) -> Self {
        self.r#use = input;
        self
    }
    /// Sets `Vec`.
    ///
    /// A property named `Vec`, a Rust keyword or a name of the prelude or of a crate.
    pub fn vec(mut self, input: impl Into<Value<String>>) -> Self {
        self.vec = Some(input.into());
        self
    }
    /// Sets `Vec`, or clears it with `None`.
    ///
    /// A property named `Vec`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_vec(mut self, input: Option<Value<String>>) -> Self {
        self.vec = input;
        self
    }
    /// Sets `Virtual`.
    ///
    /// A property named `Virtual`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#virtual(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#virtual = Some(input.into());
        self
    }
    /// Sets `Virtual`, or clears it with `None`.
    ///
    /// A property named `Virtual`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_virtual(mut self, input: Option<Value<String>>) -> Self {
        self.r#virtual = input;
        self
    }
    /// Sets `Where`.
    ///
    /// A property named `Where`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#where(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#where = Some(input.into());
        self
    }
    /// Sets `Where`, or clears it with `None`.
    ///
    /// A property named `Where`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_where(mut self, input: Option<Value<String>>) -> Self {
        self.r#where = input;
        self
    }
    /// Sets `While`.
    ///
    /// A property named `While`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#while(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#while = Some(input.into());
        self
    }
    /// Sets `While`, or clears it with `None`.
    ///
    /// A property named `While`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_while(mut self, input: Option<Value<String>>) -> Self {
        self.r#while = input;
        self
    }
    /// Sets `Yield`.
    ///
    /// A property named `Yield`, a Rust keyword or a name of the prelude or of a crate.
    pub fn r#yield(mut self, input: impl Into<Value<String>>) -> Self {
        self.r#yield = Some(input.into());
        self
    }
    /// Sets `Yield`, or clears it with `None`.
    ///
    /// A property named `Yield`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_yield(mut self, input: Option<Value<String>>) -> Self {
        self.r#yield = input;
        self
    }
    /// Sets `arn`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn arn(mut self, input: impl Into<Value<String>>) -> Self {
        self.arn = Some(input.into());
        self
    }
    /// Sets `arn`, or clears it with `None`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_arn(mut self, input: Option<Value<String>>) -> Self {
        self.arn = input;
        self
    }
    /// Sets `channelId`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn channel_id(mut self, input: impl Into<Value<String>>) -> Self {
        self.channel_id = Some(input.into());
        self
    }
    /// Sets `channelId`, or clears it with `None`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_channel_id(mut self, input: Option<Value<String>>) -> Self {
        self.channel_id = input;
        self
    }
    /// Sets `crate`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn crate_(mut self, input: impl Into<Value<String>>) -> Self {
        self.crate_ = Some(input.into());
        self
    }
    /// Sets `crate`, or clears it with `None`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_crate_(mut self, input: Option<Value<String>>) -> Self {
        self.crate_ = input;
        self
    }
    /// Sets `self`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn self_(mut self, input: impl Into<Value<String>>) -> Self {
        self.self_ = Some(input.into());
        self
    }
    /// Sets `self`, or clears it with `None`.
    ///
    /// A property named `Abstract`, a Rust keyword or a name of the prelude or of a crate.
    pub fn set_self_(mut self, input: Option<Value<String>>) -> Self {
        self.self_ = input;
        self
    }
    /// Builds the value and checks it: `Err` lists every missing or invalid property.
    pub fn build(self) -> Result<Thing, Report> {
        self.build_with(&CheckContext::default())
    }
    /// [`Self::build`], with facts about the enclosing resource.
    pub fn build_with(self, context: &CheckContext) -> Result<Thing, Report> {
        cfn_apigateway_runtime::build(&self, context)
    }
}
/// `Async` is yes.
static ASYNC_IN_YES: Condition = Condition {
    test: Test::In(&["yes"]),
    default: None,
    allowed: None,
};
impl PropertyType for Thing {
    type Context = CheckContext;
    /// Checks `AWS::Fixture::Names.Thing` JSON: the shape of every property, then the rules in the order of the spec.
    fn check_json(
        c: &mut Checker<'_>,
        context: &CheckContext,
        value: &serde_json::Value,
    ) {
        c.object(
            value,
            "a Thing object",
            &|c, object| {
                let [r#abstract, alloc, r#as, r#async, r#await, r#become, r#box, r#break,
                clone, r#const, r#continue, copy, core, debug, r#do, drop, r#dyn, r#else,
                r#enum, eq, err, r#extern, r#false, r#final, fmt, r#fn, r#for, from,
                r#gen, hash, r#if, r#impl, r#in, into, iterator, r#let, r#loop, r#macro,
                r#match, r#mod, r#move, r#mut, none, ok, option, ord, outcome,
                r#override, r#priv, r#pub, r#ref, result, r#return, send, serde,
                serde_json, sized, some, r#static, std, string, r#struct, sync,
                to_string, r#trait, r#true, r#try, r#typeof, r#unsafe, r#unsized, r#use,
                vec, r#virtual, r#where, r#while, r#yield, arn, channel_id, crate_, self_,
                ] = c.properties(object, &PROPERTY_NAMES, None);
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
                c.property(arn, "arn", context, Text);
                c.property(channel_id, "channelId", context, Text);
                c.property(crate_, "crate", context, Text);
                c.property(self_, "self", context, Text);
                c.allowed_values(
                    outcome,
                    "Outcome",
                    Outcome::VALUES,
                    &THING_OUTCOME_ALLOWED_VALUES,
                );
                if c.holds(r#async, &ASYNC_IN_YES) {
                    c.require_present(r#match, "Match", &THING_MATCH_REQUIRED_FOR_ASYNC);
                }
            },
        );
    }
}
