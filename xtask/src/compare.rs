//! `cargo xtask compare REV`: the paired ratios of the `load` and `jsonschema` benches, for the
//! working tree and for the revision `REV`, from runs of the two builds in turn.
//!
//! Each bench already times both sides of a ratio back to back, but on a shared machine a
//! whole run drifts with its neighbours: the same binary gave ratios 20 % apart from one run to
//! the next. Two builds are comparable only when their runs alternate, several times each. This
//! command builds `REV` in a git worktree under `target/compare/`, runs each bench binary of
//! the two builds in turn with `--bench nothing` (the paired ratios only, no criterion
//! measurement), and prints each ratio's runs and median, side by side.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The benches that print paired ratios.
pub const BENCHES: [&str; 2] = ["jsonschema", "load"];

/// Compares the working tree at `root` with `rev` on `benches`, `rounds` runs of each build.
pub fn run(root: &Path, rev: &str, rounds: usize, benches: &[String]) -> Result<(), String> {
    let base = root.join("target/compare/worktree");
    // A worktree left by an interrupted run is replaced.
    let _ = git(root, &["worktree", "remove", "--force", &path_text(&base)?]);
    git(
        root,
        &["worktree", "add", "--detach", &path_text(&base)?, rev],
    )?;
    let result = compare(root, &base, rev, rounds, benches);
    git(root, &["worktree", "remove", "--force", &path_text(&base)?])?;
    result
}

fn compare(
    root: &Path,
    base: &Path,
    rev: &str,
    rounds: usize,
    benches: &[String],
) -> Result<(), String> {
    let base_target = root.join("target/compare/target");
    for bench in benches {
        let current = build(root, None, bench)?;
        let before = build(base, Some(&base_target), bench)?;
        let mut runs = Runs::default();
        for round in 0..rounds {
            eprintln!("{bench}: round {} of {rounds}", round + 1);
            for (side, executable) in [(Side::Base, &before), (Side::Current, &current)] {
                let what = executable.display().to_string();
                let output = stdout(Command::new(executable).args(["--bench", "nothing"]), &what)?;
                if !runs.add(side, &output) {
                    return Err(format!(
                        "{what} printed no paired ratio (lines `WHAT: 1.23× (median ...`):\n{output}"
                    ));
                }
            }
        }
        print!("{}", runs.summary(bench, rev));
    }
    Ok(())
}

/// Builds the bench `bench` of the workspace at `dir` (into `target`, when given) and returns
/// the path of its executable, from cargo's JSON messages.
fn build(dir: &Path, target: Option<&Path>, bench: &str) -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["bench", "-p", "tests", "--bench", bench, "--no-run"])
        .args(["--message-format=json-render-diagnostics"])
        .current_dir(dir);
    if let Some(target) = target {
        command.env("CARGO_TARGET_DIR", target);
    }
    let what = format!("cargo bench --bench {bench} --no-run in {}", dir.display());
    executable(&stdout(&mut command, &what)?, bench)
        .ok_or_else(|| format!("cargo built no executable for the bench {bench}"))
}

/// The executable of the bench target `bench` among cargo's JSON messages.
fn executable(messages: &str, bench: &str) -> Option<PathBuf> {
    messages.lines().find_map(|line| {
        let message: serde_json::Value = serde_json::from_str(line).ok()?;
        let is_bench = message["reason"] == "compiler-artifact"
            && message["target"]["name"] == bench
            && message["target"]["kind"]
                .as_array()?
                .iter()
                .any(|kind| kind == "bench");
        is_bench.then(|| message["executable"].as_str().map(PathBuf::from))?
    })
}

/// The paired ratios a bench prints, as (what, median): the lines
/// `WHAT: 1.23× (median of 21 paired rounds; ...)`.
fn ratios(output: &str) -> Vec<(String, f64)> {
    output
        .lines()
        .filter_map(|line| {
            let (head, _) = line.split_once("× (median")?;
            let (what, ratio) = head.rsplit_once(": ")?;
            Some((what.to_owned(), ratio.trim().parse().ok()?))
        })
        .collect()
}

#[derive(Clone, Copy)]
enum Side {
    Base,
    Current,
}

/// The ratios of each run, by what they measure: those of `REV`, and those of the working
/// tree.
#[derive(Default)]
struct Runs {
    ratios: BTreeMap<String, [Vec<f64>; 2]>,
}

impl Runs {
    /// Adds the ratios a run printed; `false` when it printed none.
    fn add(&mut self, side: Side, output: &str) -> bool {
        let ratios = ratios(output);
        let found = !ratios.is_empty();
        for (what, ratio) in ratios {
            self.ratios.entry(what).or_default()[side as usize].push(ratio);
        }
        found
    }

    /// Each ratio with its runs and their median, for `rev` and for the working tree.
    fn summary(&self, bench: &str, rev: &str) -> String {
        let mut out = String::new();
        for (what, [base, current]) in &self.ratios {
            out.push_str(&format!("{bench}: {what}\n"));
            for (name, runs) in [(rev, base), ("working tree", current)] {
                let shown: Vec<String> = runs.iter().map(|r| format!("{r:.2}×")).collect();
                let median = median(runs).map_or("-".to_owned(), |m| format!("{m:.2}×"));
                out.push_str(&format!(
                    "  {name:<14} median {median}  runs {}\n",
                    shown.join(" ")
                ));
            }
        }
        out
    }
}

fn median(runs: &[f64]) -> Option<f64> {
    let mut sorted = runs.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[middle]),
        _ => Some((sorted[middle - 1] + sorted[middle]) / 2.0),
    }
}

fn git(root: &Path, args: &[&str]) -> Result<(), String> {
    let what = format!("git {}", args.join(" "));
    stdout(Command::new("git").args(args).current_dir(root), &what).map(drop)
}

/// Runs `command` (`what`, for errors) and returns what it printed; an error, with what it
/// printed on stderr, when it fails.
fn stdout(command: &mut Command, what: &str) -> Result<String, String> {
    let output = command.output().map_err(|e| format!("{what}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{what} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn path_text(path: &Path) -> Result<String, String> {
    path.to_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("{} is not UTF-8", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "\
literals: jsonschema reports 1022 errors in 10000 valid Integrations
literals: Integration::check / jsonschema iter_errors: 1.19× (median of 21 paired rounds; lowest 1.12×, highest 1.26×; fastest rounds 1.25×)
with intrinsics: Integration::check / jsonschema iter_errors: 1.37× (median of 21 paired rounds; lowest 1.31×, highest 1.63×; fastest rounds 1.54×)
";

    #[test]
    fn the_paired_ratios_are_read_from_a_bench_output() {
        assert_eq!(
            ratios(OUTPUT),
            [
                (
                    "literals: Integration::check / jsonschema iter_errors".to_owned(),
                    1.19
                ),
                (
                    "with intrinsics: Integration::check / jsonschema iter_errors".to_owned(),
                    1.37
                ),
            ]
        );
        assert!(ratios("no ratio here\nload: 2.39 (median").is_empty());
    }

    #[test]
    fn the_summary_shows_each_sides_runs_and_median() {
        let mut runs = Runs::default();
        for (side, ratio) in [
            (Side::Base, "1.30"),
            (Side::Current, "1.10"),
            (Side::Base, "1.20"),
            (Side::Current, "1.40"),
            (Side::Base, "1.60"),
            (Side::Current, "1.00"),
        ] {
            assert!(runs.add(side, &format!("load: a / b: {ratio}× (median of 21)\n")));
        }
        assert!(!runs.add(Side::Base, "criterion output with no paired ratio\n"));
        assert_eq!(
            runs.summary("load", "main"),
            "load: load: a / b\n  main           median 1.30×  runs 1.30× 1.20× 1.60×\n  \
             working tree   median 1.10×  runs 1.10× 1.40× 1.00×\n"
        );
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn the_bench_executable_is_found_among_cargo_messages() {
        let messages = [
            r#"{"reason":"compiler-artifact","target":{"name":"tests","kind":["lib"]},"executable":null}"#,
            r#"{"reason":"compiler-artifact","target":{"name":"load","kind":["bench"]},"executable":"/t/load-1"}"#,
            r#"{"reason":"compiler-artifact","target":{"name":"jsonschema","kind":["bench"]},"executable":"/t/jsonschema-2"}"#,
            r#"{"reason":"build-finished","success":true}"#,
        ]
        .join("\n");
        assert_eq!(
            executable(&messages, "jsonschema"),
            Some(PathBuf::from("/t/jsonschema-2"))
        );
        assert_eq!(executable(&messages, "generate"), None);
    }
}
