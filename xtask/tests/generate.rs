//! `cargo xtask generate`: a spec becomes a standalone crate that builds, and passes `cargo
//! test` (its doctests, where it has any), with warnings denied. The fixture specs cover a
//! spec whose rules are all derived, one without any rule whose properties are all JSON, maps,
//! a resource with facts across its types, and the project's own spec.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .to_path_buf()
}

/// Generates the crate of `spec` and runs `cargo test` in it, warnings denied.
fn generate_and_test(spec: &str, name: &str) {
    let out = std::env::temp_dir().join(format!("xtask-generate-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let generated = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["generate", "--spec"])
        .arg(workspace().join(spec))
        .arg("--out")
        .arg(&out)
        .args(["--name", name])
        .output()
        .expect("the xtask binary runs");
    let said = String::from_utf8_lossy(&generated.stderr);
    assert!(generated.status.success(), "{said}");
    assert!(
        said.contains(&format!("wrote the crate `{name}`")),
        "{said}"
    );
    let tested = Command::new(env!("CARGO"))
        .args(["test", "--offline", "--quiet"])
        .current_dir(&out)
        .env("RUSTFLAGS", "-D warnings")
        .env("RUSTDOCFLAGS", "-D warnings")
        // One build of the runtime and its dependencies for every generated crate.
        .env(
            "CARGO_TARGET_DIR",
            workspace().join("target/generated-crates"),
        )
        .output()
        .expect("cargo runs");
    assert!(
        tested.status.success(),
        "{spec}: {}\n{}",
        String::from_utf8_lossy(&tested.stdout),
        String::from_utf8_lossy(&tested.stderr)
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn specs_become_crates_that_build_and_test_without_warnings() {
    for (spec, name) in [
        ("tests/data/specs/derived_rules.json", "derived-rules"),
        ("tests/data/specs/json_only.json", "json-only"),
        ("tests/data/specs/renamed_types.json", "renamed-types"),
        ("tests/data/specs/recursive.json", "recursive"),
        ("tests/data/specs/map.json", "map-types"),
        ("tests/data/specs/resource_with_seams.json", "seams"),
        ("spec/integration.spec.json", "apigateway-method"),
        // The 39 API Gateway pages' derived spec, as `spec derive --all` writes it.
        ("spec/apigateway.derived.json", "apigateway-derived"),
    ] {
        generate_and_test(spec, name);
    }
}

/// Derives `pages` with `cargo xtask spec derive`, checks what it says on standard error, and
/// makes the spec it prints a crate that builds and tests without warnings.
fn derive_and_generate(pages: &[&str], name: &str, said: &str) {
    let derived = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["spec", "derive"])
        .args(pages)
        .current_dir(workspace())
        .output()
        .expect("the xtask binary runs");
    let stderr = String::from_utf8_lossy(&derived.stderr);
    assert!(derived.status.success(), "{stderr}");
    assert!(stderr.contains(said), "{stderr}");
    let spec =
        std::env::temp_dir().join(format!("xtask-derive-{}-{name}.json", std::process::id()));
    std::fs::write(&spec, &derived.stdout).expect("a temporary file");
    generate_and_test(spec.to_str().expect("a UTF-8 path"), name);
    let _ = std::fs::remove_file(&spec);
}

#[test]
fn a_page_of_another_service_derived_with_no_edit_becomes_a_crate() {
    // `AWS::IVS::Stage`: a newer page (front matter, a Pattern, types of pages not given).
    derive_and_generate(
        &["tests/data/pages/aws-resource-ivs-stage.md"],
        "ivs-stage",
        "2 properties are of a type no page given describes, and are any JSON: \
         AWS::IVS::Stage.AutoParticipantRecordingConfiguration: \
         AutoParticipantRecordingConfiguration, AWS::IVS::Stage.Tags: Tag",
    );
}

#[test]
fn pages_of_every_form_derive() {
    // An empty property type and an empty resource type (no `## Properties`), a title in
    // backticks, `Updates are not supported.`, `[List](…) of [Item](…)`, allowed values, bounds and a map of each primitive.
    derive_and_generate(
        &[
            "tests/data/docs/aws-properties-example-widget-empty.md",
            "tests/data/docs/aws-properties-example-widget-gadget.md",
            "tests/data/docs/aws-properties-example-widget-listed.md",
            "tests/data/docs/aws-resource-example-widget.md",
            "tests/data/docs/aws-resource-example-handle.md",
        ],
        "example-widget",
        "AWS::Example::Widget.Listed.Items: Item",
    );
}

#[test]
fn a_name_that_is_not_a_crate_name_is_refused_and_nothing_is_written() {
    let out = std::env::temp_dir().join(format!("xtask-generate-{}-refused", std::process::id()));
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["generate", "--spec"])
        .arg(workspace().join("tests/data/specs/map.json"))
        .arg("--out")
        .arg(&out)
        .args(["--name", "1 crate"])
        .output()
        .expect("the xtask binary runs");
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("--name: a crate name"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!out.exists());
}

#[test]
fn a_folder_holding_another_crate_is_not_written_and_an_earlier_output_is_written_whole() {
    let out = std::env::temp_dir().join(format!("xtask-generate-{}-folder", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(out.join("src")).expect("a folder");
    std::fs::write(out.join("Cargo.toml"), "[package]\nname = \"mine\"\n").expect("written");
    let generate = |spec: &str| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["generate", "--spec"])
            .arg(workspace().join(spec))
            .arg("--out")
            .arg(&out)
            .output()
            .expect("the xtask binary runs")
    };
    let refused = generate("tests/data/specs/map.json");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not empty, and not a crate"));
    assert_eq!(
        std::fs::read_to_string(out.join("Cargo.toml")).expect("kept"),
        "[package]\nname = \"mine\"\n"
    );
    // An earlier output is written again, and the files of types gone go with them.
    std::fs::remove_dir_all(&out).expect("removable");
    assert!(
        generate("tests/data/specs/derived_rules.json")
            .status
            .success()
    );
    assert!(out.join("src/model/widget/gadget.rs").exists());
    assert!(generate("tests/data/specs/json_only.json").status.success());
    assert!(!out.join("src/model/widget/gadget.rs").exists());
    assert!(out.join("src/model/widget/policy.rs").exists());
    let _ = std::fs::remove_dir_all(&out);
}
