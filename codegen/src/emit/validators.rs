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
    let shapes: Vec<_> = t
        .fields
        .iter()
        .map(|f| {
            let wire = &f.wire_name;
            let value = binding(&f.rust_name);
            let shape = shape(&f.shape);
            quote!(c.property(#value, #wire, context, #shape);)
        })
        .collect();
    let twin_shapes: Vec<_> = t
        .fields
        .iter()
        .map(|f| {
            let wire = &f.wire_name;
            let value = binding(&f.rust_name);
            let shape = shape(&f.shape);
            quote!(c.property(#value, #wire, #shape);)
        })
        .collect();
    // The properties the rules read, in field order: the twins' shared rule function takes
    // their values.
    let ruled: Vec<_> = t
        .fields
        .iter()
        .filter(|f| {
            t.rules.iter().any(|r| {
                r.assert != AssertDef::NoAdditionalProperties
                    && (r.property.as_deref() == Some(f.wire_name.as_str())
                        || r.when.iter().any(|c| c.property == f.wire_name))
            })
        })
        .map(|f| binding(&f.rust_name))
        .collect();
    let ruled_types: Vec<_> = (0..ruled.len()).map(|i| ident(&format!("T{i}"))).collect();
    let json_shapes: Vec<_> = t
        .fields
        .iter()
        .map(|f| {
            let value = binding(&f.rust_name);
            let shape = shape(&f.shape);
            quote!(c.shape(#value, #shape);)
        })
        .collect();
    let bindings: Vec<_> = t.fields.iter().map(|f| binding(&f.rust_name)).collect();
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
    let lists = value_lists(&conditions);
    // The allowed values of the properties whose place among them the conditions read (`among`).
    let among: Vec<&ValueList<'_>> = lists
        .iter()
        .filter(|list| {
            conditions
                .iter()
                .any(|(_, c)| c.property == list.property && among_mask(c).is_some())
        })
        .collect();
    let list_statics = lists.iter().map(|list| {
        let doc = doc(&format!("The allowed values of {}.", list.property));
        let name = ident(&list.name);
        let count = proc_macro2::Literal::usize_unsuffixed(list.values.len());
        let values = list.values;
        quote!(#doc pub(super) static #name: [&str; #count] = [#(#values),*];)
    });
    // In a module of their own, so that no rule or condition constant can take their names.
    let lists_module = (!lists.is_empty()).then(|| {
        quote! {
            /// The allowed values of the properties that conditions test: one list for each,
            /// which the rules and conditions on the property share.
            mod allowed_values {
                #(#list_statics)*
            }
        }
    });
    let condition_consts = conditions.iter().map(|(name, cond)| {
        let name = ident(name);
        let condition = condition(cond, &lists);
        quote!(const #name: Condition = #condition;)
    });
    let rules: Vec<_> = t
        .rules
        .iter()
        .filter_map(|r| rule_check(r, &conditions, &lists, &among))
        .collect();
    let among_let = among_let(&among);
    let name = ident(&t.name);
    let held = t.fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let local = binding(&f.rust_name);
        if f.always_required {
            quote!(let #local = Some(&self.#field);)
        } else {
            quote!(let #local = self.#field.as_ref();)
        }
    });
    let accepts_doc = doc(&format!(
        "`true` when checking the JSON of the `{}`, `depth` levels of nesting down, would find\n\
         no problem at all (the typed twin of [`{}`], by the same rules); `false` when it might.",
        t.name, checker
    ));
    let accept_json_doc = doc(&format!(
        "The JSON twin of [`{checker}`], in the twin `c` of the value that holds this one (its\n\
         checker and its verdict are shared). It reads literals itself and hands the checker only\n\
         what is not one."
    ));
    let accept_rules_doc = doc(&format!(
        "The rules of [`{checker}`] in a twin, on the values of the properties they read: the typed\n\
         twin and the JSON twin share them."
    ));
    let rule_names = t.rules.iter().map(|r| ident(&r.const_name));
    let fn_doc = doc(&format!(
        "Checks `{}` JSON: the shape of every property, then the rules.",
        t.full_name
    ));
    let uses_conditions = t.rules.iter().any(|r| !r.when.is_empty());
    let condition_imports = uses_conditions.then(|| {
        quote!(
            use crate::runtime::check::{Condition, Test};
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
    let collections = shape_imports(t);
    let uses_context = !t.fields.is_empty()
        || t.rules
            .iter()
            .any(|r| matches!(r.assert, AssertDef::ItemsIn(_)));
    let context = if uses_context {
        ident("context")
    } else {
        ident("_context")
    };
    // Only rules that test items against the context read it in the twins' rule function.
    let rules_context = t
        .rules
        .iter()
        .any(|r| matches!(r.assert, AssertDef::ItemsIn(_)))
        .then(|| quote!(let context = c.context();));
    // A type without rules (as most CloudFormation property types are) has no rule function,
    // and imports neither rules nor what only the rule function uses.
    let rule_imports = (!t.rules.is_empty()).then(|| quote!(use super::rules::{#(#rule_names),*};));
    let accept_imports = if ruled.is_empty() {
        quote!(
            use crate::runtime::accept::{json_properties, Accept};
        )
    } else {
        quote!(
            use crate::runtime::accept::{json_properties, Accept, Hold};
        )
    };
    let has_rules = !rules.is_empty();
    let call_rules = has_rules.then(|| quote!(Self::accept_rules(c, #(#ruled),*);));
    let json_call_rules = has_rules.then(|| {
        quote! {
            // A value of the wrong shape is the checker's to report.
            if !c.fine() {
                return;
            }
            Self::accept_rules(c, #(#ruled),*);
        }
    });
    let rules_fn = has_rules.then(|| {
        quote! {
            #accept_rules_doc
            #[allow(clippy::too_many_arguments, reason = "one argument per property the rules read")]
            fn accept_rules<'r, #(#ruled_types: Hold<CheckContext>),*>(
                c: &mut Accept<'r, CheckContext>,
                #(#ruled: Option<&'r #ruled_types>),*
            ) {
                #rules_context
                #among_let
                #(#rules)*
            }
        }
    });
    quote! {
        #condition_imports
        #format_import
        #rule_imports
        #accept_imports
        use crate::runtime::shape::PropertyType;
        use crate::runtime::report::Report;
        #collections
        #lists_module
        #(#condition_consts)*

        #fn_doc
        pub(crate) fn #checker<'r>(c: &mut Checker<'r>, #context: &CheckContext, value: &'r serde_json::Value) {
            c.object(value, #what, &|c, object| {
                let [#(#bindings),*] = c.properties(object, &PROPERTY_NAMES, #unknown);
                #(#shapes)*
                #among_let
                #(#rules)*
            });
        }

        impl #name {
            #accepts_doc
            pub(crate) fn accepts(&self, context: &CheckContext, depth: usize) -> bool {
                let mut report = Report::new();
                let c = &mut Accept::new(context, &mut report, depth);
                #(#held)*
                #(#twin_shapes)*
                #call_rules
                c.fine()
            }

            #rules_fn
        }

        impl PropertyType<CheckContext> for #name {
            fn check_json<'r>(c: &mut Checker<'r>, context: &CheckContext, value: &'r serde_json::Value) {
                #checker(c, context, value);
            }

            #accept_json_doc
            #[inline]
            fn accept_json<'r>(c: &mut Accept<'r, CheckContext>, value: &'r serde_json::Value) {
                let Some([#(#bindings),*]) = json_properties(value, &PROPERTY_NAMES) else {
                    return c.unsure();
                };
                #(#json_shapes)*
                #json_call_rules
            }
        }

    }
}

/// The local that holds the property whose field is `rust_name`.
fn binding(rust_name: &str) -> proc_macro2::Ident {
    ident(&crate::naming::binding_name(rust_name))
}

/// The `use` item for the shapes of scalars, lists and maps that the fields of `t` have.
fn shape_imports(t: &TypeDef) -> TokenStream {
    let mut names = Vec::new();
    for f in &t.fields {
        let mut shape = &f.shape;
        loop {
            match shape {
                Shape::List(item) => {
                    names.push("List");
                    shape = item;
                }
                Shape::Map(item) => {
                    names.push("Map");
                    shape = item;
                }
                Shape::Primitive(p) => {
                    names.push(scalar_shape(Some(p)));
                    break;
                }
                Shape::Enum(_) => {
                    names.push(scalar_shape(None));
                    break;
                }
                Shape::Struct(_) => break,
            }
        }
    }
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return TokenStream::new();
    }
    let names = names.into_iter().map(ident);
    quote!(use crate::runtime::shape::{#(#names),*};)
}

/// The name of the scalar shape (`runtime::shape`) of a primitive; enums are texts.
fn scalar_shape(p: Option<&Primitive>) -> &'static str {
    match p {
        Some(Primitive::String) | None => "Text",
        Some(Primitive::Integer) => "Integer",
        Some(Primitive::Double) => "Double",
        Some(Primitive::Boolean) => "Boolean",
        Some(Primitive::Json) => "AnyJson",
    }
}

/// The expression of a property's shape (`runtime::shape`), which the checker and both twins
/// check its value against.
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
            quote!(#name::SHAPE)
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

/// The allowed values of a property that conditions test, held by the `static` `name` of the
/// module `allowed_values` (`TYPE`): the checker finds a literal among them once for all the
/// rules and conditions on the property, knowing the list by its address.
struct ValueList<'a> {
    name: String,
    property: &'a str,
    values: &'a [String],
    /// The property's default, which an absent value takes.
    default: Option<&'a str>,
}

fn value_lists<'a>(conditions: &[(String, &'a ConditionDef)]) -> Vec<ValueList<'a>> {
    let mut lists: Vec<ValueList<'a>> = Vec::new();
    for (_, cond) in conditions {
        if let Some(allowed) = &cond.allowed {
            let name = crate::naming::const_name(&crate::naming::snake_name(&cond.property));
            if !lists.iter().any(|list| list.name == name) {
                lists.push(ValueList {
                    name,
                    property: &cond.property,
                    values: allowed,
                    default: cond.default.as_deref(),
                });
            }
        }
    }
    lists
}

/// The expression for the list `values` of `property`: its static when `lists` has one with
/// exactly these values, the literal list otherwise.
fn value_list(lists: &[ValueList<'_>], property: &str, values: &[String]) -> TokenStream {
    match lists
        .iter()
        .find(|list| list.property == property && list.values == values)
    {
        Some(list) => {
            let name = ident(&list.name);
            quote!(&allowed_values::#name)
        }
        None => quote!(&[#(#values),*]),
    }
}

fn condition(cond: &ConditionDef, lists: &[ValueList<'_>]) -> TokenStream {
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
        Some(values) => {
            let list = value_list(lists, &cond.property, values);
            quote!(Some(#list))
        }
        None => quote!(None),
    };
    let among = match among_mask(cond) {
        Some(mask) => {
            let mask = proc_macro2::Literal::u64_unsuffixed(mask);
            quote!(Some(#mask))
        }
        None => quote!(None),
    };
    quote!(Condition { test: #test, default: #default, allowed: #allowed, among: #among })
}

/// For an `In` or `NotIn` test on a property with at most 64 allowed values, bit `i` set when
/// the test holds for allowed value `i`.
fn among_mask(cond: &ConditionDef) -> Option<u64> {
    match (&cond.test, &cond.allowed) {
        (TestDef::In(values) | TestDef::NotIn(values), Some(allowed)) if allowed.len() <= 64 => {
            let is_in = matches!(cond.test, TestDef::In(_));
            let mask = allowed
                .iter()
                .enumerate()
                .filter(|(_, a)| values.contains(a) == is_in)
                .fold(0u64, |mask, (i, _)| mask | 1 << i);
            Some(mask)
        }
        _ => None,
    }
}

/// `let among = [...]`: where the property of each of the lists `among` is among its allowed
/// values (an absent one at its default), found once before the rules.
fn among_let(among: &[&ValueList<'_>]) -> Option<TokenStream> {
    if among.is_empty() {
        return None;
    }
    let places = among.iter().map(|list| {
        let value = binding(&crate::naming::snake_name(list.property));
        let name = ident(&list.name);
        let default = match list
            .default
            .and_then(|d| list.values.iter().position(|v| v == d))
        {
            Some(i) => {
                let i = proc_macro2::Literal::usize_unsuffixed(i);
                quote!(Some(#i))
            }
            None => quote!(None),
        };
        quote!(c.among(#value, &allowed_values::#name, #default))
    });
    Some(quote!(let among = [#(#places),*];))
}

/// The distinct conditions of the type's rules, in first-use order, each with the name of the
/// constant that holds it (`TYPE_NOT_IN_MOCK`).
fn distinct_conditions(t: &TypeDef) -> Vec<(String, &ConditionDef)> {
    let mut found: Vec<(String, &ConditionDef)> = Vec::new();
    for cond in t.rules.iter().flat_map(|r| &r.when) {
        if found.iter().any(|(_, c)| *c == cond) {
            continue;
        }
        let property = crate::naming::snake_name(&cond.property);
        let test = match &cond.test {
            TestDef::In(values) => format!("in_{}", values.join("_")),
            TestDef::NotIn(values) => format!("not_in_{}", values.join("_")),
            TestDef::Format(format) => format!("is_{format}"),
            TestDef::NotFormat(format) => format!("is_not_{format}"),
        };
        let base = crate::naming::const_name(&format!("{property}_{test}"));
        let mut name = base.clone();
        let mut n = 2;
        // Rule constants are imported into the same module.
        while found.iter().any(|(used, _)| *used == name)
            || t.rules.iter().any(|r| r.const_name == name)
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
    rule: &RuleDef,
    conditions: &[(String, &ConditionDef)],
    lists: &[ValueList<'_>],
    among: &[&ValueList<'_>],
) -> Option<TokenStream> {
    if rule.assert == AssertDef::NoAdditionalProperties {
        return None;
    }
    let r = ident(&rule.const_name);
    let wire = rule.property.as_deref()?;
    let value = binding(&crate::naming::snake_name(wire));
    let check = match &rule.assert {
        AssertDef::Present => quote!(c.require_present(#value, #wire, &#r);),
        AssertDef::Absent => quote!(c.require_absent(#value, #wire, &#r);),
        AssertDef::OneOf(values) => {
            let list = value_list(lists, wire, values);
            quote!(c.allowed_values(#value, #wire, #list, &#r);)
        }
        AssertDef::Minimum(n) => quote!(c.minimum(#value, #wire, #n, &#r);),
        AssertDef::Maximum(n) => quote!(c.maximum(#value, #wire, #n, &#r);),
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
        AssertDef::ItemsIn(field) => {
            let field = ident(field);
            quote!(c.items_in(#value, #wire, context.#field.as_ref(), &#r);)
        }
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
        let value = binding(&crate::naming::snake_name(&cond.property));
        let place = among.iter().position(|list| list.property == cond.property);
        Some(match place {
            // Judged by where the value is among the allowed values, found once (`among`).
            Some(i) if among_mask(cond).is_some() => {
                let i = proc_macro2::Literal::usize_unsuffixed(i);
                quote!(c.holds_among(#value, among[#i], &#name))
            }
            _ => quote!(c.holds(#value, &#name)),
        })
    });
    Some(quote! {
        if #(#holds)&&* {
            #check
        }
    })
}
