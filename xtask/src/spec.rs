//! `cargo xtask spec derive|check|drift`: reads the spec, its documents and the page to derive,
//! and prints what `cfn_codegen::document` and `cfn_codegen::provenance` find.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use cfn_codegen::Spec;
use cfn_codegen::document;
use cfn_codegen::provenance::{self, REGISTRY};
use clap::Subcommand;

use crate::regen::{SPEC, read_spec};

/// The `spec` subcommands.
#[derive(Subcommand)]
pub enum SpecCommand {
    /// Prints the structural spec CloudFormation documentation pages imply, as one JSON spec
    /// in the spec's format.
    Derive {
        /// The pages (markdown, in the format of spec/docs/).
        #[arg(required_unless_present = "all")]
        pages: Vec<PathBuf>,
        /// Derive every page of spec/docs/ (`aws-*.md`) into spec/apigateway.derived.json,
        /// the structural part of the spec, committed.
        #[arg(long, conflicts_with = "pages")]
        all: bool,
        /// With --all: write nothing; fail if spec/apigateway.derived.json is not what the
        /// pages derive.
        #[arg(long, requires = "all")]
        check: bool,
    },
    /// Fails, naming type and property, where the spec differs from what its documents state.
    Check,
    /// Reports how the spec differs from the CloudFormation registry schema (never fails on a
    /// difference).
    Drift,
}

/// Runs a `spec` subcommand in the workspace at `root`.
pub fn run(root: &Path, command: SpecCommand) -> Result<(), String> {
    match command {
        SpecCommand::Derive {
            all: true, check, ..
        } => derive_all(root, check),
        SpecCommand::Derive { check: true, .. } => Err(
            "--check checks the committed derived spec: give it with --all, not with pages"
                .to_owned(),
        ),
        SpecCommand::Derive { pages, .. } => {
            // Printed, the spec's documents are the pages as the command line names them.
            print!(
                "{}",
                derive(root, &pages, &|page| page.display().to_string())?
            );
            Ok(())
        }
        SpecCommand::Check => check(root).map(|report| println!("{report}")),
        SpecCommand::Drift => drift(root).map(|report| println!("{report}")),
    }
}

fn read(path: &Path, shown: &str) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))
}

/// The texts of the spec's documents, by key; paths are relative to the spec's folder.
fn read_documents(root: &Path, spec: &Spec) -> Result<BTreeMap<String, String>, String> {
    let mut texts = BTreeMap::new();
    for (key, doc) in &spec.documents {
        let shown = provenance::document_file(spec, &doc.path);
        texts.insert(key.clone(), read(&root.join(&shown), &shown)?);
    }
    Ok(texts)
}

/// The document keys the curated spec gives pages, by file name: read from its `Documents`
/// alone, so that a derived part that no longer loads can still be derived again.
fn curated_keys(root: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = read(&root.join(SPEC), SPEC)?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{SPEC}: {e}"))?;
    let documents = json.get("Documents").and_then(serde_json::Value::as_object);
    Ok(documents
        .into_iter()
        .flatten()
        .filter_map(|(key, doc)| {
            let path = doc.get("Path")?.as_str()?;
            let file_name = path.rsplit('/').next()?;
            Some((file_name.to_owned(), key.clone()))
        })
        .collect())
}

/// The derived spec of `pages`, as one JSON spec that loads as it is: sources cite a page by its
/// key when the curated spec has a document of the same file name (so the output compares with
/// the spec line for line), otherwise by its file stem; `Documents` gives each page's path as
/// `path_of` writes it. A property whose type none of the pages describes is any JSON (each is
/// said on standard error). Every page that cannot be read or derived is named, not only the
/// first.
fn derive(
    root: &Path,
    pages: &[PathBuf],
    path_of: &dyn Fn(&Path) -> String,
) -> Result<String, String> {
    let keys = curated_keys(root)?;
    let mut derived: Option<document::DerivedSpec> = None;
    let mut errors = Vec::new();
    for page in pages {
        let shown = page.display().to_string();
        let parsed = read(page, &shown)
            .and_then(|text| document::parse_page(&shown, &text).map_err(|e| e.to_string()));
        let parsed = match parsed {
            Ok(parsed) => parsed,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        let file_name = page
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let key = keys.get(&file_name).unwrap_or(&parsed.stem);
        let mut one = document::derive(&parsed, key);
        one.documents.insert(
            key.clone(),
            document::DerivedDocument {
                path: path_of(page),
                url: document::documentation_url(&parsed.stem, None),
                description: format!(
                    "The AWS CloudFormation User Guide page of `{}`.",
                    parsed.type_name
                ),
            },
        );
        match &mut derived {
            None => derived = Some(one),
            Some(all) => {
                if let Err(error) = all.merge(one) {
                    errors.push(format!("{shown}: {error}"));
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    let mut derived = derived.ok_or_else(|| "no page to derive".to_owned())?;
    let undescribed = derived.undescribed_as_json();
    if !undescribed.is_empty() {
        eprintln!(
            "{} properties are of a type no page given describes, and are any JSON: {}",
            undescribed.len(),
            undescribed.join(", ")
        );
    }
    derived
        .to_json()
        .map_err(|e| format!("the derived spec does not serialize: {e}"))
}

/// The derived spec of every page the spec vendors, relative to the workspace root.
pub const DERIVED: &str = "spec/apigateway.derived.json";

/// The pages the spec vendors: `spec/docs/aws-*.md`, in name order.
fn vendored_pages(root: &Path) -> Result<Vec<PathBuf>, String> {
    let dir = root.join("spec/docs");
    let mut pages: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("aws-") && n.ends_with(".md"))
        })
        .collect();
    pages.sort();
    Ok(pages)
}

/// `derive --all`: writes the derived spec of every vendored page, or checks that the
/// committed one is what they derive.
fn derive_all(root: &Path, check: bool) -> Result<(), String> {
    let pages = vendored_pages(root)?;
    // The derived part is beside the spec: its documents are `docs/PAGE.md`.
    let spec_folder = root.join("spec");
    let relative = |page: &Path| {
        page.strip_prefix(&spec_folder)
            .unwrap_or(page)
            .display()
            .to_string()
    };
    let derived = derive(root, &pages, &relative)?;
    let path = root.join(DERIVED);
    if check {
        let committed = fs::read_to_string(&path).unwrap_or_default();
        if committed != derived {
            return Err(format!(
                "{DERIVED} is not what the {} pages of spec/docs/ derive; run `cargo xtask spec derive --all` and review the difference",
                pages.len()
            ));
        }
        eprintln!(
            "{DERIVED}: what the {} pages of spec/docs/ derive",
            pages.len()
        );
        return Ok(());
    }
    fs::write(&path, &derived).map_err(|e| format!("{DERIVED}: {e}"))?;
    eprintln!(
        "{DERIVED}: derived from the {} pages of spec/docs/",
        pages.len()
    );
    Ok(())
}

/// The check report, or an error holding it when the spec differs from its documents.
fn check(root: &Path) -> Result<String, String> {
    let spec = read_spec(root)?;
    let texts = read_documents(root, &spec)?;
    let report = provenance::check(&spec, &texts).map_err(|e| e.to_string())?;
    if report.is_clean() {
        Ok(report.to_string())
    } else {
        Err(format!(
            "{report}\nupdate {SPEC} to what the documents say, or see spec/README.md"
        ))
    }
}

/// The drift report; an error only when a file cannot be read (or the spec has no registry
/// document, which `provenance::drift` reports).
fn drift(root: &Path) -> Result<String, String> {
    let spec = read_spec(root)?;
    let mut texts = BTreeMap::new();
    if let Some(registry) = spec.documents.get(REGISTRY) {
        let shown = provenance::document_file(&spec, &registry.path);
        texts.insert(REGISTRY.to_owned(), read(&root.join(&shown), &shown)?);
    }
    let report = provenance::drift(&spec, &texts).map_err(|e| e.to_string())?;
    Ok(report.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::regen::workspace_root;

    /// `cargo test` alone catches a spec that no longer matches its documents.
    #[test]
    fn spec_check_passes_on_the_workspace() {
        match check(&workspace_root()) {
            Ok(report) => assert!(report.contains("matches its documents"), "{report}"),
            Err(message) => panic!("{message}"),
        }
    }

    /// A copy of the workspace's spec folder, removed when dropped.
    struct SpecCopy(PathBuf);

    impl SpecCopy {
        fn new(name: &str) -> SpecCopy {
            let root = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&root);
            copy_dir(&workspace_root().join("spec"), &root.join("spec"));
            SpecCopy(root)
        }
    }

    impl Drop for SpecCopy {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn copy_dir(from: &Path, to: &Path) {
        fs::create_dir_all(to).expect("create the copy's folder");
        for entry in fs::read_dir(from).expect("read the spec folder") {
            let path = entry.expect("a folder entry").path();
            let target = to.join(path.file_name().expect("a file name"));
            if path.is_dir() {
                copy_dir(&path, &target);
            } else {
                fs::copy(&path, &target).expect("copy a file");
            }
        }
    }

    #[test]
    fn spec_check_fails_naming_a_required_status_the_page_changed() {
        let copy = SpecCopy::new("spec-check");
        let page = copy
            .0
            .join("spec/docs/aws-properties-apitgateway-method-integration-integrationresponse.md");
        let text = fs::read_to_string(&page).expect("the vendored page");
        let start = text
            .find("`SelectionPattern`")
            .expect("the SelectionPattern paragraph");
        let (before, after) = text.split_at(start);
        let flipped = format!(
            "{before}{}",
            after.replacen("*Required*: No", "*Required*: Yes", 1)
        );
        fs::write(&page, flipped).expect("write the perturbed page");
        let message = check(&copy.0).expect_err("the spec no longer matches");
        assert!(
            message.contains(
                "AWS::ApiGateway::Method.IntegrationResponse property SelectionPattern: Required differs: the spec has Required: No"
            ),
            "{message}"
        );
    }

    /// `cargo test` alone catches a page changed without `cargo xtask spec derive --all`.
    #[test]
    fn the_committed_derived_spec_is_what_the_vendored_pages_derive() {
        if let Err(message) = derive_all(&workspace_root(), true) {
            panic!("{message}");
        }
    }

    #[test]
    fn spec_derive_cites_a_spec_document_by_its_key() {
        let root = workspace_root();
        let json = derive(
            &root,
            &[root.join("spec/docs/aws-properties-apitgateway-method-integration.md")],
            &|page| page.display().to_string(),
        )
        .expect("derives");
        assert!(
            json.contains("\"Source\": \"integration#cfn-apigateway-method-integration-type\""),
            "{json}"
        );
    }

    #[test]
    fn spec_derive_merges_pages_into_one_spec_with_their_return_values() {
        let root = workspace_root();
        let pages = [
            "spec/docs/aws-resource-apigateway-authorizer.md",
            "spec/docs/aws-resource-apigateway-method.md",
            "spec/docs/aws-properties-apitgateway-method-integration.md",
        ]
        .map(|page| root.join(page));
        let json: serde_json::Value = serde_json::from_str(
            &derive(&root, &pages, &|p| p.display().to_string()).expect("derives"),
        )
        .expect("JSON");
        let types: Vec<&String> = json["ResourceTypes"]
            .as_object()
            .expect("types")
            .keys()
            .collect();
        assert_eq!(
            types,
            ["AWS::ApiGateway::Authorizer", "AWS::ApiGateway::Method"]
        );
        assert!(json["PropertyTypes"]["AWS::ApiGateway::Method.Integration"].is_object());
        let authorizer = &json["ReturnValues"]["AWS::ApiGateway::Authorizer"];
        assert_eq!(
            authorizer["Ref"]["Source"],
            "authorizer#aws-resource-apigateway-authorizer-return-values-ref"
        );
        assert!(
            authorizer["Ref"]["Description"]
                .as_str()
                .is_some_and(|d| d.contains("returns the authorizer's ID, such as `abcde1`.")),
            "{authorizer}"
        );
        assert_eq!(
            authorizer["AuthorizerId"]["Description"],
            "The ID for the authorizer. For example: `abc123`."
        );
        // The Method's page gives `Ref` only (no `Fn::GetAtt` attribute).
        let method: Vec<&String> = json["ReturnValues"]["AWS::ApiGateway::Method"]
            .as_object()
            .expect("the Method's return values")
            .keys()
            .collect();
        assert_eq!(method, ["Ref"]);
        // A page given twice is an error naming it.
        let twice = [pages[0].clone(), pages[0].clone()];
        let error = derive(&root, &twice, &|p| p.display().to_string()).expect_err("twice");
        assert!(
            error.contains(
                "the resource type `AWS::ApiGateway::Authorizer` is derived from two pages"
            ),
            "{error}"
        );
    }

    #[test]
    fn spec_drift_fails_naming_a_missing_registry_document() {
        let copy = SpecCopy::new("spec-drift");
        let spec = copy.0.join(SPEC);
        let text = fs::read_to_string(&spec).expect("the spec");
        let renamed = text.replacen("\"registry\": {", "\"registry-schema\": {", 1);
        assert_ne!(renamed, text, "the spec has a registry document");
        fs::write(&spec, renamed).expect("write the spec");
        assert_eq!(
            drift(&copy.0),
            Err("no text for the document `registry` of the spec's Documents".to_owned())
        );
    }

    #[test]
    fn spec_drift_reports_the_adopted_upstream_facts() {
        let report = drift(&workspace_root()).expect("reads the registry schema");
        assert!(
            report.contains("IntegrationTarget: upstream has this property"),
            "{report}"
        );
    }
}
