//! The command `cfn-apigateway-check` (with the `cli` feature): checks every
//! `AWS::ApiGateway::*` REST resource of CloudFormation templates (each Method whole) and prints
//! the findings in the format a terminal or a CI system reads.
//!
//! ```text
//! cfn-apigateway-check [--format text|json|sarif|junit|github] [--fail-on error|warning|never]
//!                      [--ignore RULE]... PATH...
//! ```
//!
//! A `PATH` is a template file, a directory (searched recursively for `.json`, `.yaml`, `.yml`
//! and `.template` files) or `-` for standard input. A file named on the command line is always
//! checked (unless `--only-templates`); in a directory, a file that parses but has neither
//! `Resources` nor `AWSTemplateFormatVersion` is not a CloudFormation template (a workflow, a
//! `package.json`): it is skipped, and standard error says so.
//!
//! Exit status: [`CLEAN`] when no finding reaches `--fail-on` (default `error`),
//! [`FINDINGS`] when one does, [`NOT_CHECKED`] when a file could not be read or parsed, the
//! arguments are wrong, or the output could not be written (it wins over [`FINDINGS`]: some
//! templates were not checked). The other files are still checked after one that cannot be.
//!
//! Findings are silenced with `--ignore RULE` (repeatable; `*` matches any text, so
//! `--ignore 'integration-*'`), or in the template by the `Metadata` key `cfn-apigateway-check`
//! (see [`IGNORE_KEY`]), at the template's top level (every finding of the file) or in a
//! resource's `Metadata` (the findings of that resource):
//!
//! ```yaml
//! Metadata:
//!   cfn-apigateway-check:
//!     ignore: [integration-timeout-above-default-quota]
//! ```

mod output;

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, ValueEnum};
use serde_json::Value as Json;

use crate::{Finding, Severity, Template};

/// No finding reaches `--fail-on`.
pub const CLEAN: u8 = 0;
/// A finding reaches `--fail-on`.
pub const FINDINGS: u8 = 1;
/// A file could not be read or parsed, the arguments were wrong, or the output could not be
/// written.
pub const NOT_CHECKED: u8 = 2;

/// The `Metadata` key (at the template's top level, or a resource's) whose `ignore` lists the
/// rule ids (or `*` patterns) not to report there.
pub const IGNORE_KEY: &str = "cfn-apigateway-check";

/// The most bytes of a file that are read: ten times the largest template CloudFormation
/// accepts (1 MB, from S3), so that no real template is refused, while `/dev/zero`, a FIFO
/// that never ends or a huge file by mistake is refused after reading this much.
pub const MAX_TEMPLATE_BYTES: u64 = 10 * 1024 * 1024;

/// The extensions of the files taken from a directory.
const EXTENSIONS: &[&str] = &["json", "yaml", "yml", "template"];

/// Checks the API Gateway resources of CloudFormation templates: each finding with its file, line and
/// column, rule id, severity and message.
#[derive(Debug, Parser)]
#[command(name = "cfn-apigateway-check", version)]
struct Arguments {
    /// Template files, directories (searched for .json, .yaml, .yml and .template files), or -
    /// for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// How findings are written.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The least severe finding that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// A rule id not to report (repeatable; `*` matches any text).
    #[arg(long, value_name = "RULE")]
    ignore: Vec<String>,
    /// Skip a file named on the command line that is not a CloudFormation template (neither
    /// Resources nor AWSTemplateFormatVersion), as files found in directories are: for
    /// pre-commit, which names every changed JSON and YAML file.
    #[arg(long)]
    only_templates: bool,
}

/// How findings are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `FILE:LINE:COL: SEVERITY RULE: message`, colored on a terminal (not with `NO_COLOR`).
    Text,
    /// One JSON object a line: `file`, `line`, `column`, `path`, `rule`, `severity`, `message`.
    Json,
    /// SARIF 2.1.0, as GitHub code scanning reads it.
    Sarif,
    /// JUnit XML: a test case a rule, failed by its findings.
    Junit,
    /// GitHub Actions workflow commands (`::error file=...,line=...,col=...::message`).
    Github,
}

/// The least severe finding that fails the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Errors fail the run; warnings do not.
    Error,
    /// Errors and warnings fail the run.
    Warning,
    /// Findings never fail the run (a file that cannot be checked still does).
    Never,
}

impl FailOn {
    fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity == Severity::Error,
            FailOn::Warning => true,
            FailOn::Never => false,
        }
    }
}

/// What became of one file.
#[derive(Debug)]
pub enum Outcome {
    /// Checked: its findings, after silencing.
    Checked(Vec<Finding>),
    /// Not checked: why, and where in the file when known.
    NotChecked {
        /// What went wrong.
        message: String,
        /// The line and column, for a syntax error.
        position: Option<crate::Position>,
    },
}

/// One file's name, as the output shows it, and what became of it.
#[derive(Debug)]
pub struct Checked {
    /// The path as given (or found in a directory), `-` for standard input.
    pub file: String,
    /// Its findings, or why it was not checked.
    pub outcome: Outcome,
}

/// Runs the command: `args` are the arguments after the program's name; findings go to `out`,
/// notes and complaints to `err`. Returns the exit status.
pub fn run(
    args: impl IntoIterator<Item = OsString>,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let program = std::iter::once(OsString::from("cfn-apigateway-check"));
    let arguments = match Arguments::try_parse_from(program.chain(args)) {
        Ok(arguments) => arguments,
        Err(error) => {
            let to_stdout = !error.use_stderr();
            let written = if to_stdout {
                write!(out, "{error}").and_then(|()| out.flush())
            } else {
                write!(err, "{error}")
            };
            return match (to_stdout, written) {
                (true, Ok(())) => CLEAN,
                _ => NOT_CHECKED,
            };
        }
    };
    if arguments
        .paths
        .iter()
        .filter(|p| p.as_os_str() == "-")
        .count()
        > 1
    {
        let _ = writeln!(
            err,
            "error: standard input (-) can be read once\n\nFor more information, try '--help'."
        );
        return NOT_CHECKED;
    }
    let known = |pattern: &str| rules().any(|rule| matches(pattern, rule.id));
    for pattern in arguments.ignore.iter().filter(|p| !known(p)) {
        let _ = writeln!(err, "--ignore {pattern}: no rule has an id that matches it");
    }
    let named = !arguments.only_templates;
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let mut others = 0;
    for path in &arguments.paths {
        let (name, text) = if path.as_os_str() == "-" {
            ("-".to_owned(), read_all(stdin))
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found, &mut files, &mut others);
            found.sort();
            for file in found {
                let name = file.display().to_string();
                let checked = check_text(&name, read_file(&file), false, &arguments.ignore);
                match checked {
                    Some(checked) => files.push(checked),
                    None => skipped.push(name),
                }
            }
            continue;
        } else {
            (path.display().to_string(), read_file(path))
        };
        match check_text(&name, text, named, &arguments.ignore) {
            Some(checked) => files.push(checked),
            None => skipped.push(name),
        }
    }
    for file in &skipped {
        let _ = writeln!(
            err,
            "{file}: skipped: not a CloudFormation template (neither Resources nor AWSTemplateFormatVersion)"
        );
    }
    if others > 0 {
        let _ = writeln!(
            err,
            "skipped {others} file(s) in directories that are not .json, .yaml, .yml or .template files (or are links to directories, FIFOs or devices)"
        );
    }
    let color = arguments.format == Format::Text
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && io::stdout().is_terminal();
    let written = output::write(arguments.format, color, &files, out, err);
    let mut status = CLEAN;
    for file in &files {
        match &file.outcome {
            Outcome::NotChecked { .. } => status = NOT_CHECKED,
            Outcome::Checked(findings) => {
                if status == CLEAN
                    && findings
                        .iter()
                        .any(|f| arguments.fail_on.fails(f.severity()))
                {
                    status = FINDINGS;
                }
            }
        }
    }
    match written.and_then(|()| out.flush()) {
        Ok(()) => status,
        Err(_) => NOT_CHECKED,
    }
}

/// Runs the command as a process: the arguments, standard input and output of the process.
pub fn main() -> std::process::ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut err = io::stderr().lock();
    let mut stdin = io::stdin().lock();
    std::process::ExitCode::from(run(
        std::env::args_os().skip(1),
        &mut stdin,
        &mut out,
        &mut err,
    ))
}

/// Every rule a finding can have: the spec's and the runtime's, and the template's own.
fn rules() -> impl Iterator<Item = &'static crate::Rule> {
    crate::RULES
        .iter()
        .chain(crate::TEMPLATE_RULES.iter().copied())
}

fn not_checked(message: String) -> Outcome {
    Outcome::NotChecked {
        message,
        position: None,
    }
}

/// The regular files below `dir` with a template extension, into `found`; a directory that
/// cannot be read, into `failed` (the others are still searched); the count of the other files
/// into `others`. A symbolic link is followed to a file, not to a directory (it may lead back
/// up); a FIFO or a device is not read.
fn walk(dir: &Path, found: &mut Vec<PathBuf>, failed: &mut Vec<Checked>, others: &mut usize) {
    let cannot = |error: io::Error| Checked {
        file: dir.display().to_string(),
        outcome: not_checked(format!("cannot read the directory: {error}")),
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => return failed.push(cannot(error)),
    };
    for entry in entries {
        let (path, kind) = match entry.and_then(|e| Ok((e.path(), e.file_type()?))) {
            Ok(entry) => entry,
            Err(error) => {
                failed.push(cannot(error));
                continue;
            }
        };
        let template = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e));
        if kind.is_dir() {
            walk(&path, found, failed, others);
        } else if template && (kind.is_file() || (kind.is_symlink() && path.is_file())) {
            found.push(path);
        } else {
            *others += 1;
        }
    }
}

fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    // At most one byte more than the limit, to tell a file of exactly the limit from a larger
    // one without reading the rest (which may never end).
    File::open(path)
        .and_then(|file| file.take(MAX_TEMPLATE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|error| format!("cannot read: {error}"))?;
    Ok(bytes)
}

fn read_all(stdin: &mut dyn Read) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    stdin
        .take(MAX_TEMPLATE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("cannot read: {error}"))?;
    Ok(bytes)
}

/// Parses and checks one file's bytes. `None` for a file found in a directory that is not a
/// CloudFormation template; a file named on the command line is always checked.
fn check_text(
    file: &str,
    bytes: Result<Vec<u8>, String>,
    named: bool,
    ignore: &[String],
) -> Option<Checked> {
    let checked = |outcome| {
        Some(Checked {
            file: file.to_owned(),
            outcome,
        })
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(message) => return checked(not_checked(message)),
    };
    if bytes.len() as u64 > MAX_TEMPLATE_BYTES {
        return checked(not_checked(format!(
            "cannot read: the file is too large: more than {} MiB, and CloudFormation accepts templates of at most 1 MB",
            MAX_TEMPLATE_BYTES / (1024 * 1024)
        )));
    }
    let Ok(text) = String::from_utf8(bytes) else {
        return checked(not_checked(
            "cannot read: the file is not UTF-8 text".to_owned(),
        ));
    };
    let template = match Template::parse(&text) {
        Ok(template) => template,
        Err(error) => {
            return checked(Outcome::NotChecked {
                message: format!("cannot parse: {}", error.message()),
                position: error.position(),
            });
        }
    };
    let json = template.as_json();
    if !named && json.get("Resources").is_none() && json.get("AWSTemplateFormatVersion").is_none() {
        return None;
    }
    let findings = template
        .check()
        .into_iter()
        .filter(|finding| !silenced(json, finding, ignore))
        .collect();
    checked(Outcome::Checked(findings))
}

/// Whether the command line or the template's `Metadata` silences `finding`.
fn silenced(template: &Json, finding: &Finding, ignore: &[String]) -> bool {
    let rule = finding.rule();
    let listed = |metadata: Option<&Json>| {
        let ignore = metadata
            .and_then(|m| m.get(IGNORE_KEY))
            .and_then(|m| m.get("ignore"));
        match ignore {
            Some(Json::String(pattern)) => matches(pattern, rule),
            Some(Json::Array(patterns)) => patterns
                .iter()
                .filter_map(Json::as_str)
                .any(|pattern| matches(pattern, rule)),
            _ => false,
        }
    };
    let resource = template
        .get("Resources")
        .and_then(|resources| resources.get(finding.logical_id()));
    ignore.iter().any(|pattern| matches(pattern, rule))
        || listed(template.get("Metadata"))
        || listed(resource.and_then(|r| r.get("Metadata")))
}

/// Whether `text` matches `pattern`, where `*` stands for any text (none included).
fn matches(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = text.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn patterns_match_any_text_at_their_stars() {
        assert!(matches("integration-*", "integration-uri-required"));
        assert!(matches("*-required", "integration-uri-required"));
        assert!(matches(
            "integration-*-required",
            "integration-uri-required"
        ));
        assert!(matches(
            "method-http-method-required",
            "method-http-method-required"
        ));
        assert!(matches("*", "anything"));
        assert!(!matches("integration-*", "method-http-method-required"));
        assert!(!matches("a*b*b", "ab"));
        assert!(!matches("exact", "exactly"));
    }
}
