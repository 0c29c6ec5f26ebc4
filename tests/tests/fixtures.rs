//! Golden outputs of the generator: each `tests/data/specs/NAME.json` is a small spec showing
//! one feature, and `tests/data/specs/NAME/` holds every file generated from it, compared as
//! files. `fixture_behaviour.rs` compiles those files and exercises them.
//!
//! After an intended generator change, rewrite the golden files with
//! `UPDATE_GOLDEN=1 cargo test -p tests --test fixtures` and review the diff.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use cfn_codegen::Spec;
use cfn_codegen::freshness::{differences, read_files, write_file};

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/specs")
}

#[test]
fn fixture_specs_generate_their_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut specs: Vec<PathBuf> = fs::read_dir(specs_dir())
        .expect("tests/data/specs exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    specs.sort();
    assert!(
        specs.len() >= 6,
        "expected the fixture specs, found {specs:?}"
    );
    let mut failures = Vec::new();
    for spec_path in specs {
        let stem = spec_path
            .file_stem()
            .expect("a stem")
            .to_string_lossy()
            .into_owned();
        let name = format!("tests/data/specs/{stem}.json");
        let text = fs::read_to_string(&spec_path).expect("readable fixture");
        let spec = Spec::from_json(&name, &text).unwrap_or_else(|e| panic!("{e}"));
        let files = cfn_codegen::generate(&spec).unwrap_or_else(|e| panic!("{e}"));
        let golden_dir = specs_dir().join(&stem);
        if update {
            let _ = fs::remove_dir_all(&golden_dir);
            for (file, contents) in &files {
                write_file(&golden_dir.join(file), contents).expect("write golden file");
            }
            continue;
        }
        for diff in differences(
            &files,
            &read_files(&golden_dir).expect("readable golden files"),
        ) {
            failures.push(format!("{stem}: {diff}"));
        }
    }
    assert!(
        failures.is_empty(),
        "generated files differ from the golden files:\n{}\nreview, then run `UPDATE_GOLDEN=1 cargo test -p tests --test fixtures`",
        failures.join("\n")
    );
}

#[test]
fn generating_twice_gives_identical_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let text = fs::read_to_string(root.join("spec/integration.spec.json")).expect("spec");
    let read = |derived: &str| fs::read_to_string(root.join(derived)).map_err(|e| e.to_string());
    let spec = Spec::load("spec/integration.spec.json", &text, read).expect("valid spec");
    let first = cfn_codegen::generate(&spec).expect("generates");
    let again = Spec::load("spec/integration.spec.json", &text, read).expect("valid spec");
    assert_eq!(first, cfn_codegen::generate(&again).expect("generates"));
}

/// The type names a spec may not use (`naming::USED_BY_GENERATED_CODE`) include every name the
/// generated files import from outside the model: a type named like one of them would collide
/// with the import.
#[test]
fn every_name_the_generated_files_import_is_reserved() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut dirs = vec![root.join("generated/src/model")];
    dirs.extend(
        fs::read_dir(specs_dir())
            .expect("tests/data/specs exists")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir()),
    );
    let mut imported = BTreeMap::new();
    for dir in &dirs {
        let files = read_files(dir).expect("readable generated files");
        for (file, contents) in files
            .iter()
            .filter(|(f, _)| f.extension() == Some("rs".as_ref()))
        {
            let text = String::from_utf8_lossy(contents);
            for name in imported_names(&text) {
                imported.insert(name, dir.join(file));
            }
        }
    }
    assert!(imported.contains_key("Value"), "{imported:?}");
    let missing: Vec<_> = imported
        .iter()
        .filter(|(name, _)| !cfn_codegen::naming::USED_BY_GENERATED_CODE.contains(&name.as_str()))
        .collect();
    assert!(missing.is_empty(), "imported but not reserved: {missing:?}");
}

/// The type-like names (UpperCamelCase) a generated file imports from outside the model (the
/// runtime crate, `std`, `serde`), in `use` items at any depth of its items.
fn imported_names(text: &str) -> Vec<String> {
    fn names_in(tree: &syn::UseTree, names: &mut Vec<String>) {
        match tree {
            syn::UseTree::Path(path) => names_in(&path.tree, names),
            syn::UseTree::Name(name) => names.push(name.ident.to_string()),
            syn::UseTree::Rename(rename) => names.push(rename.rename.to_string()),
            syn::UseTree::Group(group) => group.items.iter().for_each(|t| names_in(t, names)),
            syn::UseTree::Glob(_) => {}
        }
    }
    fn from_outside(tree: &syn::UseTree) -> bool {
        let syn::UseTree::Path(path) = tree else {
            return false;
        };
        [
            "crate",
            "std",
            "core",
            "alloc",
            "serde",
            "serde_json",
            "cfn_apigateway_runtime",
        ]
        .iter()
        .any(|root| path.ident == root)
    }
    fn walk(items: &[syn::Item], names: &mut Vec<String>) {
        let in_block = |block: &syn::Block, names: &mut Vec<String>| {
            for statement in &block.stmts {
                if let syn::Stmt::Item(item) = statement {
                    walk(std::slice::from_ref(item), names);
                }
            }
        };
        for item in items {
            match item {
                syn::Item::Use(item) if from_outside(&item.tree) => names_in(&item.tree, names),
                syn::Item::Mod(syn::ItemMod {
                    content: Some((_, items)),
                    ..
                }) => walk(items, names),
                syn::Item::Fn(function) => in_block(&function.block, names),
                syn::Item::Impl(block) => {
                    for item in &block.items {
                        if let syn::ImplItem::Fn(function) = item {
                            in_block(&function.block, names);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let file = syn::parse_file(text).unwrap_or_else(|e| panic!("a generated file parses: {e}"));
    let mut names = Vec::new();
    walk(&file.items, &mut names);
    // Constants (`RULES`) and modules (`fmt`) never meet a type name.
    names.retain(|name| {
        name.starts_with(|c: char| c.is_ascii_uppercase()) && name.contains(char::is_lowercase)
    });
    names
}
