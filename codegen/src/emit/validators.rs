//! Property types → validators: a function that checks the JSON shape of every property and
//! then applies the type's rules, in spec order, through the runtime's checking engine.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, object_noun};
use crate::ir::{AssertDef, ConditionDef, Primitive, RuleDef, Shape, TestDef, TypeDef};
use crate::naming::ident;

/// The validator function of one property type.
pub fn emit(t: &TypeDef) -> TokenStream {
    let checker = ident(&format!("check_{}", t.module));
    let what = object_noun(&t.name);
    let shapes = t.fields.iter().map(|f| {
        let wire = &f.wire_name;
        let check = shape_check(&f.shape);
        quote!(c.property(object, #wire, |c, v| #check);)
    });
    let rules = t.rules.iter().map(rule_check);
    let rule_names = t.rules.iter().map(|r| ident(&r.const_name));
    let fn_doc = doc(&format!(
        "Checks `{}` JSON: the shape of every property, then the rules.",
        t.full_name
    ));
    let uses_conditions = t.rules.iter().any(|r| !r.when.is_empty());
    let condition_imports = uses_conditions.then(|| {
        quote!(
            use crate::runtime::check::{Condition, Test, Truth};
        )
    });
    let uses_formats = t.rules.iter().any(|r| {
        matches!(
            r.assert,
            AssertDef::Format(_)
                | AssertDef::NotFormat(_)
                | AssertDef::KeyFormat(_)
                | AssertDef::ValueFormat(_)
        ) || r
            .when
            .iter()
            .any(|c| matches!(c.test, TestDef::Format(_) | TestDef::NotFormat(_)))
    });
    let format_import = uses_formats.then(|| {
        quote!(
            use crate::runtime::formats;
        )
    });
    let nested = nested_checkers(t);
    let uses_scalar = shape_uses_scalar(t);
    let scalar_import = uses_scalar.then(|| {
        quote!(
            use crate::runtime::check::Scalar;
        )
    });
    let uses_context = t.fields.iter().any(|f| contains_struct(&f.shape))
        || t.rules
            .iter()
            .any(|r| matches!(r.assert, AssertDef::ItemsIn(_)));
    let context = if uses_context {
        ident("context")
    } else {
        ident("_context")
    };
    quote! {
        #condition_imports
        #format_import
        #scalar_import
        use super::rules::{#(#rule_names),*};
        #nested

        #fn_doc
        pub(crate) fn #checker(c: &mut Checker<'_>, #context: &CheckContext, value: &serde_json::Value) {
            c.object(value, #what, &|c, object| {
                #(#shapes)*
                #(#rules)*
            });
        }
    }
}

fn contains_struct(shape: &Shape) -> bool {
    match shape {
        Shape::Struct(_) => true,
        Shape::List(item) | Shape::Map(item) => contains_struct(item),
        Shape::Primitive(_) | Shape::Enum(_) => false,
    }
}

fn shape_uses_scalar(t: &TypeDef) -> bool {
    fn uses(shape: &Shape) -> bool {
        match shape {
            Shape::Primitive(_) | Shape::Enum(_) => true,
            Shape::Struct(_) => false,
            Shape::List(item) | Shape::Map(item) => uses(item),
        }
    }
    t.fields.iter().any(|f| uses(&f.shape))
}

/// `use` items for the validators of the property types `t` contains.
fn nested_checkers(t: &TypeDef) -> TokenStream {
    fn collect<'a>(shape: &'a Shape, out: &mut Vec<&'a str>) {
        match shape {
            Shape::Struct(n) => out.push(n),
            Shape::List(item) | Shape::Map(item) => collect(item, out),
            _ => {}
        }
    }
    let mut names = Vec::new();
    for f in &t.fields {
        collect(&f.shape, &mut names);
    }
    names.sort_unstable();
    names.dedup();
    let uses = names.iter().map(|n| {
        let module = ident(&crate::naming::snake_name(n));
        let checker = ident(&format!("check_{}", crate::naming::snake_name(n)));
        quote!(use super::#module::#checker;)
    });
    quote!(#(#uses)*)
}

/// The expression that checks a value of `shape` held in `v`.
fn shape_check(shape: &Shape) -> TokenStream {
    match shape {
        Shape::Primitive(p) => {
            let kind = match p {
                Primitive::String => quote!(Scalar::String),
                Primitive::Integer => quote!(Scalar::Integer),
                Primitive::Double => quote!(Scalar::Double),
                Primitive::Boolean => quote!(Scalar::Boolean),
                Primitive::Json => quote!(Scalar::Json),
            };
            quote!(c.scalar(v, #kind))
        }
        Shape::Enum(_) => quote!(c.scalar(v, Scalar::String)),
        Shape::Struct(name) => {
            let checker = ident(&format!("check_{}", crate::naming::snake_name(name)));
            quote!(#checker(c, context, v))
        }
        Shape::List(item) => {
            let check = shape_check(item);
            quote!(c.list(v, &|c, v| #check))
        }
        Shape::Map(item) => {
            let check = shape_check(item);
            quote!(c.map(v, &|c, v| #check))
        }
    }
}

fn formats(names: &[String]) -> TokenStream {
    let names = names.iter().map(|n| ident(n));
    quote!(&[#(&formats::#names),*])
}

fn condition(cond: &ConditionDef) -> TokenStream {
    let property = &cond.property;
    let test = match &cond.test {
        TestDef::In(values) => quote!(Test::In(&[#(#values),*])),
        TestDef::NotIn(values) => quote!(Test::NotIn(&[#(#values),*])),
        TestDef::Format(name) => {
            let name = ident(name);
            quote!(Test::Format(&formats::#name))
        }
        TestDef::NotFormat(name) => {
            let name = ident(name);
            quote!(Test::NotFormat(&formats::#name))
        }
    };
    let default = match &cond.default {
        Some(d) => quote!(Some(#d)),
        None => quote!(None),
    };
    let allowed = match &cond.allowed {
        Some(values) => quote!(Some(&[#(#values),*])),
        None => quote!(None),
    };
    quote!(Condition { property: #property, test: #test, default: #default, allowed: #allowed })
}

/// The statement that applies one rule.
fn rule_check(rule: &RuleDef) -> TokenStream {
    let r = ident(&rule.const_name);
    let property = rule.property.as_deref().unwrap_or_default();
    let check = match &rule.assert {
        AssertDef::Present => quote!(c.require_present(object, #property, &#r);),
        AssertDef::Absent => quote!(c.require_absent(object, #property, &#r);),
        AssertDef::OneOf(values) => {
            quote!(c.allowed_values(object, #property, &[#(#values),*], &#r);)
        }
        AssertDef::Minimum(n) => quote!(c.minimum(object, #property, #n, &#r);),
        AssertDef::Maximum(n) => quote!(c.maximum(object, #property, #n, &#r);),
        AssertDef::Format(names) => {
            let f = formats(names);
            quote!(c.formats(object, #property, #f, &#r);)
        }
        AssertDef::NotFormat(name) => {
            let name = ident(name);
            quote!(c.not_format(object, #property, &formats::#name, &#r);)
        }
        AssertDef::KeyFormat(names) => {
            let f = formats(names);
            quote!(c.key_formats(object, #property, #f, &#r);)
        }
        AssertDef::ValueFormat(names) => {
            let f = formats(names);
            quote!(c.value_formats(object, #property, #f, &#r);)
        }
        AssertDef::UniqueItems => quote!(c.unique_items(object, #property, &#r);),
        AssertDef::ItemsIn(field) => {
            let field = ident(field);
            quote!(c.items_in(object, #property, context.#field.as_ref(), &#r);)
        }
        AssertDef::NoAdditionalProperties(known) => {
            quote!(c.no_additional_properties(object, &[#(#known),*], &#r);)
        }
    };
    if rule.when.is_empty() {
        check
    } else {
        let conditions = rule.when.iter().map(condition);
        quote! {
            if c.conditions(object, &[#(#conditions),*]) == Truth::Yes {
                #check
            }
        }
    }
}
