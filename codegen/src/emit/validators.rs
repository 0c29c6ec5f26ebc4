//! Property types → validators: `PropertyType::check_json`, which checks the JSON shape of every
//! property and then applies the type's rules in spec order, one statement per rule, each a
//! call of the runtime checker's method for its kind of rule.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, object_noun};
use crate::ir::{
    AssertDef, ConditionDef, Model, Primitive, RuleDef, Shape, Take, TestDef, TypeDef,
};
use crate::naming::ident;

/// The conditions of a type's rules, the `PropertyType` impl whose `check_json` is the
/// validator.
pub fn emit(model: &Model, t: &TypeDef) -> TokenStream {
    let name = ident(&t.name);
    let what = object_noun(t);
    let bindings: Vec<_> = t.fields.iter().map(|f| binding(&f.rust_name)).collect();
    let shapes = t.fields.iter().map(|f| {
        let wire = &f.wire_name;
        let value = binding(&f.rust_name);
        let shape = shape(&f.shape);
        quote!(c.property(#value, #wire, context, #shape);)
    });
    let unknown = match t
        .rules
        .iter()
        .find(|r| r.assert == AssertDef::NoAdditionalProperties)
    {
        Some(rule) => {
            let rule = ident(&rule.const_name);
            quote!(Some(&#rule))
        }
        None => quote!(None),
    };
    let conditions = distinct_conditions(t);
    let condition_statics = conditions.iter().map(|(name, cond)| {
        let docs = doc(&condition_doc(cond));
        let name = ident(name);
        let condition = condition(model, t, cond);
        quote!(#docs static #name: Condition = #condition;)
    });
    let rules = t
        .rules
        .iter()
        .filter_map(|r| rule_check(model, t, r, &conditions));
    // Each property's shape reads the context (for the property types within).
    let context = ident(if t.fields.is_empty() {
        "_context"
    } else {
        "context"
    });
    let check_doc = doc(&format!(
        "Checks `{}` JSON: the shape of every property, then the rules in the order of the spec.",
        t.full_name
    ));
    let taken = (!t.takes.is_empty()).then(|| {
        let facts = t.takes.iter().map(|fact| {
            let field = ident(&fact.context);
            let value = binding(&crate::naming::snake_name(&fact.property));
            let take = match &fact.take {
                Take::Keys => quote!(facts::keys(#value)),
                Take::Items => quote!(facts::items(#value)),
                Take::Value => quote!(facts::value(#value)),
                Take::KeysBy { key, keys } => quote!(facts::keys_by(#value, #key, #keys)),
            };
            quote!(#field: #take,)
        });
        quote! {
            // What this object declares, for the rules of the objects within it.
            let context = &CheckContext {
                #(#facts)*
                ..context.clone()
            };
        }
    });
    quote! {
        #(#condition_statics)*

        impl PropertyType for #name {
            type Context = CheckContext;

            #check_doc
            fn check_json(c: &mut Checker<'_>, #context: &CheckContext, value: &serde_json::Value) {
                c.object(value, #what, &|c, object| {
                    let [#(#bindings),*] = c.properties(object, &PROPERTY_NAMES, #unknown);
                    #taken
                    #(#shapes)*
                    #(#rules)*
                });
            }
        }
    }
}

/// What the validator file imports from the runtime's `checker` module and `shape` module.
pub fn imports(t: &TypeDef) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut checker = vec!["Checker"];
    if t.rules.iter().any(|r| !r.when.is_empty()) {
        checker.extend(["Condition", "Test"]);
    }
    if t.rules
        .iter()
        .any(|r| matches!(r.assert, AssertDef::InContext { .. }))
    {
        checker.push("Members");
    }
    if t.rules
        .iter()
        .any(|r| matches!(r.assert, AssertDef::Size { .. }))
    {
        checker.extend(["Size", "Unit"]);
    }
    checker.sort_unstable();
    let mut shapes = Vec::new();
    for f in &t.fields {
        let mut shape = &f.shape;
        loop {
            match shape {
                Shape::List(item) => {
                    shapes.push("List");
                    shape = item;
                }
                Shape::Map(item) => {
                    shapes.push("Map");
                    shape = item;
                }
                Shape::Primitive(p) => {
                    shapes.push(scalar_shape(Some(p)));
                    break;
                }
                Shape::Enum(_) => {
                    shapes.push(scalar_shape(None));
                    break;
                }
                Shape::Struct(_) => {
                    shapes.push("Object");
                    break;
                }
            }
        }
    }
    shapes.sort_unstable();
    shapes.dedup();
    (checker, shapes)
}

/// `true` when the validator of `t` calls the runtime's `facts`: it takes facts for the types
/// within, or a rule selects a set of a fact by a property.
pub fn uses_facts(t: &TypeDef) -> bool {
    !t.takes.is_empty()
        || t.rules
            .iter()
            .any(|r| matches!(&r.assert, AssertDef::InContext { by: Some(_), .. }))
}

/// `true` when a rule or condition of `t` names a form.
pub fn uses_formats(t: &TypeDef) -> bool {
    t.rules.iter().any(|r| {
        matches!(
            r.assert,
            AssertDef::Format(_)
                | AssertDef::NotFormat(_)
                | AssertDef::KeyFormat(_)
                | AssertDef::ValueFormat(_)
        ) || matches!(
            r.assert,
            AssertDef::InContext {
                format: Some(_),
                ..
            }
        ) || r
            .when
            .iter()
            .any(|c| matches!(c.test, TestDef::Format(_) | TestDef::NotFormat(_)))
    })
}

/// The local that holds the property whose field is `rust_name`.
pub fn binding(rust_name: &str) -> proc_macro2::Ident {
    ident(&crate::naming::binding_name(rust_name))
}

/// The name of the scalar shape (`cfn_apigateway_runtime::shape`) of a primitive; enums are
/// texts.
fn scalar_shape(p: Option<&Primitive>) -> &'static str {
    match p {
        Some(Primitive::String) | None => "Text",
        Some(Primitive::Integer) => "Integer",
        Some(Primitive::Double) => "Double",
        Some(Primitive::Boolean) => "Boolean",
        Some(Primitive::Json) => "AnyJson",
    }
}

/// The expression of a property's shape (`cfn_apigateway_runtime::shape`).
fn shape(shape: &Shape) -> TokenStream {
    match shape {
        Shape::Primitive(p) => {
            let name = ident(scalar_shape(Some(p)));
            quote!(#name)
        }
        Shape::Enum(_) => {
            let name = ident(scalar_shape(None));
            quote!(#name)
        }
        Shape::Struct(name) => {
            let name = ident(name);
            quote!(Object::<#name>::SHAPE)
        }
        Shape::List(item) => {
            let item = self::shape(item);
            quote!(List(#item))
        }
        Shape::Map(item) => {
            let item = self::shape(item);
            quote!(Map(#item))
        }
    }
}

fn formats(names: &[String]) -> TokenStream {
    let names = names.iter().map(|n| ident(n));
    quote!(&[#(&formats::#names),*])
}

/// The allowed values of property `wire`: its enum's `VALUES` when `values` are exactly those,
/// else the list itself (a rule's own `In` list).
fn value_list(model: &Model, t: &TypeDef, wire: &str, values: &[String]) -> TokenStream {
    let field = t.fields.iter().find(|f| f.wire_name == wire);
    let enum_def = match field.map(|f| &f.shape) {
        Some(Shape::Enum(name)) => model.enums.iter().find(|e| e.name == *name),
        _ => None,
    };
    match enum_def {
        Some(e) if e.variants.iter().map(|v| &v.wire).eq(values) => {
            let name = ident(&e.name);
            quote!(#name::VALUES)
        }
        _ => quote!(&[#(#values),*]),
    }
}

/// How a condition reads in the documentation of its static.
fn condition_doc(cond: &ConditionDef) -> String {
    let test = match &cond.test {
        TestDef::In(values) => format!("is {}", values.join(" or ")),
        TestDef::NotIn(values) => format!("is not {}", values.join(" or ")),
        TestDef::Format(name) => format!("matches `formats::{name}`"),
        TestDef::NotFormat(name) => format!("does not match `formats::{name}`"),
        TestDef::Present(true) => "is present".to_owned(),
        TestDef::Present(false) => "is absent".to_owned(),
    };
    match (&cond.context, &cond.default) {
        (Some(_), _) => format!("The context's `{}` {test}.", cond.property),
        (None, Some(default)) => format!("`{}` {test} (`{default}` when absent).", cond.property),
        (None, None) => format!("`{}` {test}.", cond.property),
    }
}

fn condition(model: &Model, t: &TypeDef, cond: &ConditionDef) -> TokenStream {
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
        TestDef::Present(present) => quote!(Test::Present(#present)),
    };
    let default = match &cond.default {
        Some(d) => quote!(Some(#d)),
        None => quote!(None),
    };
    let allowed = match (&cond.allowed, &cond.context) {
        // A fact of one value is of an allowed-values set: every value of its enum.
        (Some(_), Some((_, set))) => {
            let set = ident(set);
            quote!(Some(#set::VALUES))
        }
        (Some(values), None) => {
            let list = value_list(model, t, &cond.property, values);
            quote!(Some(#list))
        }
        (None, _) => quote!(None),
    };
    quote!(Condition { test: #test, default: #default, allowed: #allowed })
}

/// The distinct conditions of the type's rules, in first-use order, each with the name of the
/// static that holds it (`TYPE_NOT_IN_MOCK`).
fn distinct_conditions(t: &TypeDef) -> Vec<(String, &ConditionDef)> {
    let mut found: Vec<(String, &ConditionDef)> = Vec::new();
    for cond in t.rules.iter().flat_map(|r| &r.when) {
        if found.iter().any(|(_, c)| *c == cond) {
            continue;
        }
        let property = crate::naming::snake_name(&cond.property);
        let test = match &cond.test {
            TestDef::In(values) => format!("in_{}", values.join("_or_")),
            TestDef::NotIn(values) => format!("not_in_{}", values.join("_or_")),
            TestDef::Format(format) => format!("is_{format}"),
            TestDef::NotFormat(format) => format!("is_not_{format}"),
            TestDef::Present(true) => "present".to_owned(),
            TestDef::Present(false) => "absent".to_owned(),
        };
        let base = crate::naming::const_name(&format!("{property}_{test}"));
        let mut name = base.clone();
        let mut n = 2;
        // Rule constants are imported into the same module.
        while found.iter().any(|(used, _)| *used == name)
            || t.rules.iter().any(|r| r.const_name == name)
            || name == "PROPERTY_NAMES"
        {
            name = format!("{base}_{n}");
            n += 1;
        }
        found.push((name, cond));
    }
    found
}

/// The statement that applies one rule; `None` for `NoAdditionalProperties`, which
/// `Checker::properties` applies while it reads the object.
fn rule_check(
    model: &Model,
    t: &TypeDef,
    rule: &RuleDef,
    conditions: &[(String, &ConditionDef)],
) -> Option<TokenStream> {
    let r = ident(&rule.const_name);
    let wire = rule.property.as_deref()?;
    let value = binding(&crate::naming::snake_name(wire));
    let check = match &rule.assert {
        AssertDef::Present => quote!(c.require_present(#value, #wire, &#r);),
        AssertDef::Absent => quote!(c.require_absent(#value, #wire, &#r);),
        AssertDef::OneOf(values) => {
            let list = value_list(model, t, wire, values);
            quote!(c.allowed_values(#value, #wire, #list, &#r);)
        }
        AssertDef::Minimum(n) => {
            let n = proc_macro2::Literal::f64_unsuffixed(*n);
            quote!(c.minimum(#value, #wire, #n, &#r);)
        }
        AssertDef::Maximum(n) => {
            let n = proc_macro2::Literal::f64_unsuffixed(*n);
            quote!(c.maximum(#value, #wire, #n, &#r);)
        }
        AssertDef::Size {
            at_least,
            count,
            items,
        } => {
            let n = proc_macro2::Literal::u64_unsuffixed(*count);
            let size = if *at_least {
                quote!(Size::AtLeast(#n))
            } else {
                quote!(Size::AtMost(#n))
            };
            let unit = if *items {
                quote!(Unit::Items)
            } else {
                quote!(Unit::Characters)
            };
            quote!(c.size(#value, #wire, #size, #unit, &#r);)
        }
        AssertDef::Format(names) => {
            let f = formats(names);
            quote!(c.formats(#value, #wire, #f, &#r);)
        }
        AssertDef::NotFormat(name) => {
            let name = ident(name);
            quote!(c.not_format(#value, #wire, &formats::#name, &#r);)
        }
        AssertDef::KeyFormat(names) => {
            let f = formats(names);
            quote!(c.key_formats(#value, #wire, #f, &#r);)
        }
        AssertDef::ValueFormat(names) => {
            let f = formats(names);
            quote!(c.value_formats(#value, #wire, #f, &#r);)
        }
        AssertDef::UniqueItems => quote!(c.unique_items(#value, #wire, &#r);),
        AssertDef::InContext {
            context,
            members,
            by,
            format,
        } => {
            let fact = ident(context);
            let declared = match by {
                Some(by) => {
                    let by = binding(&crate::naming::snake_name(by));
                    quote!(facts::select(context.#fact.as_ref(), #by))
                }
                None => quote!(context.#fact.as_ref()),
            };
            let members = ident(match members {
                crate::spec::Members::Value => "Value",
                crate::spec::Members::Items => "Items",
                crate::spec::Members::Keys => "Keys",
                crate::spec::Members::Values => "Values",
            });
            let only = match format {
                Some(name) => {
                    let name = ident(name);
                    quote!(Some(&formats::#name))
                }
                None => quote!(None),
            };
            quote!(c.in_context(#value, #wire, Members::#members, #declared, #only, &#r);)
        }
        AssertDef::UniqueBy(key) => quote!(c.unique_by(#value, #wire, #key, &#r);),
        AssertDef::NoAdditionalProperties => return None,
    };
    if rule.when.is_empty() {
        return Some(check);
    }
    // Conditions are tested in order and the first that does not certainly hold ends the test,
    // so a costly one (a value form) runs only when the cheap ones before it hold.
    let holds = rule.when.iter().filter_map(|cond| {
        let (name, _) = conditions.iter().find(|(_, c)| *c == cond)?;
        let name = ident(name);
        Some(match &cond.context {
            Some((fact, set)) => {
                let (fact, set) = (ident(fact), ident(set));
                quote!(c.fact_holds(context.#fact.as_ref().map(#set::as_str), &#name))
            }
            None => {
                let value = binding(&crate::naming::snake_name(&cond.property));
                quote!(c.holds(#value, &#name))
            }
        })
    });
    Some(quote! {
        if #(#holds)&&* {
            #check
        }
    })
}
