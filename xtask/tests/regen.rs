//! `cargo xtask regen [--check]` as a maintainer runs it, on a temporary copy of the spec and
//! the generated files (`--root`): a malformed spec writes nothing, `--check` names every
//! stale, missing and extra file and the command that fixes them, and regenerating is
//! deterministic.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cfn_codegen::freshness::read_files;

const SPEC: &str = "spec/integration.spec.json";
const DERIVED: &str = "spec/apigateway.derived.json";
const MODEL: &str = "generated/src/model";

/// A temporary workspace root holding copies of the spec and the generated model files;
/// removed when dropped.
struct Root(PathBuf);

impl Root {
    fn new(test: &str) -> Root {
        let root = std::env::temp_dir().join(format!("xtask-regen-{}-{test}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("the workspace root");
        for folder in [SPEC.rsplit_once('/').map_or("", |(dir, _)| dir), MODEL] {
            fs::create_dir_all(root.join(folder)).expect("a temporary folder");
        }
        fs::copy(workspace.join(SPEC), root.join(SPEC)).expect("the spec");
        fs::copy(workspace.join(DERIVED), root.join(DERIVED)).expect("its derived part");
        for (name, contents) in read_files(&workspace.join(MODEL)).expect("the model folder") {
            let path = root.join(MODEL).join(name);
            fs::create_dir_all(path.parent().expect("a folder")).expect("a temporary folder");
            fs::write(path, contents).expect("a model file");
        }
        Root(root)
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.0.join(relative)
    }

    /// Runs `cargo xtask --root ROOT <args>`.
    fn xtask(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .arg("--root")
            .arg(&self.0)
            .args(args)
            .output()
            .expect("the xtask binary runs")
    }

    /// Every file under the root, with its bytes.
    fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        read_files(&self.0).expect("readable files")
    }

    fn edit_spec(&self, edit: impl FnOnce(&str) -> String) {
        let text = fs::read_to_string(self.path(SPEC)).expect("the spec");
        let edited = edit(&text);
        assert_ne!(edited, text, "the edit changes the spec");
        fs::write(self.path(SPEC), edited).expect("the spec is writable");
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The name of some generated file, to make stale or remove.
fn some_model_file(root: &Root, index: usize) -> String {
    let names: Vec<String> = read_files(&root.path(MODEL))
        .expect("the model folder")
        .into_keys()
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    names[index % names.len()].clone()
}

/// A change to the spec text.
type Edit = fn(&str) -> String;

#[test]
fn regen_on_a_malformed_spec_fails_and_writes_nothing() {
    let cases: [(&str, Edit); 3] = [
        // Not JSON: cut in the middle of the property types.
        ("truncated", |text| {
            let half = (0..=text.len() / 2)
                .rev()
                .find(|&i| text.is_char_boundary(i));
            text[..half.unwrap_or(0)].to_owned()
        }),
        // JSON, but not a spec: a rule without its fields.
        ("shape", |text| {
            text.replacen("\"Rules\": [", "\"Rules\": [{\"Id\": \"x\"},", 1)
        }),
        // A spec whose first rule's message uses a placeholder the runtime does not fill in.
        ("meaning", |text| {
            text.replacen("\"Message\": \"", "\"Message\": \"{nonsense} ", 1)
        }),
    ];
    for (name, edit) in cases {
        let root = Root::new(&format!("malformed-{name}"));
        root.edit_spec(edit);
        // A stale file too: a failed run must not have regenerated it either.
        let stale = root.path(MODEL).join(some_model_file(&root, 0));
        fs::write(&stale, "// stale\n").expect("writable");
        let before = root.files();
        for args in [&["regen"][..], &["regen", "--check"][..]] {
            let output = root.xtask(args);
            assert!(!output.status.success(), "{name}: {args:?} succeeded");
            let message = stderr(&output);
            assert!(
                message.contains(SPEC),
                "{name}: {args:?} names the spec: {message}"
            );
            assert_eq!(root.files(), before, "{name}: {args:?} changed files");
        }
    }
}

#[test]
fn check_lists_stale_missing_and_extra_files_writes_nothing_and_names_the_fix() {
    let root = Root::new("check");
    assert!(root.xtask(&["regen"]).status.success());
    let stale = some_model_file(&root, 0);
    let missing = some_model_file(&root, 1);
    fs::write(root.path(MODEL).join(&stale), "// edited by hand\n").expect("writable");
    fs::remove_file(root.path(MODEL).join(&missing)).expect("removable");
    fs::write(
        root.path(MODEL).join("leftover.rs"),
        "// no longer generated\n",
    )
    .expect("writable");
    let before = root.files();

    let output = root.xtask(&["regen", "--check"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    for expected in [
        format!("stale:   {stale}"),
        format!("missing: {missing}"),
        "extra:   leftover.rs".to_owned(),
        "run `cargo xtask regen`".to_owned(),
    ] {
        assert!(message.contains(&expected), "{expected:?} in:\n{message}");
    }
    assert_eq!(root.files(), before, "--check wrote something");

    assert!(root.xtask(&["regen"]).status.success());
    assert!(!root.path(MODEL).join("leftover.rs").exists());
    let output = root.xtask(&["regen", "--check"]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn regenerating_twice_is_byte_identical() {
    let root = Root::new("twice");
    // Every generated file removed, so that the first run writes them all.
    let files = read_files(&root.path(MODEL))
        .expect("the model folder")
        .len();
    fs::remove_dir_all(root.path(MODEL)).expect("removable");
    let output = root.xtask(&["regen"]);
    assert!(output.status.success());
    let written =
        format!("generated/src/model/: wrote {files} of {files} files from {SPEC}, removed 0\n");
    assert!(stderr(&output).ends_with(&written), "{}", stderr(&output));
    let first = root.files();
    let output = root.xtask(&["regen"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(root.files(), first);
    // Nothing to write the second time, and one line says so.
    assert_eq!(
        stderr(&output),
        format!("generated/src/model/: all {files} files were already what {SPEC} generates\n")
    );
    let output = root.xtask(&["regen", "--check"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!("generated/src/model/: all {files} files are what {SPEC} generates\n")
    );
}
