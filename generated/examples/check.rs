//! `check`: checks the Integration of every `AWS::ApiGateway::Method` in CloudFormation
//! templates (JSON or YAML), and prints one line a problem.
//!
//! ```text
//! cargo run -p cfn-apigateway-integration --example check -- [--format text|json] FILE...
//! ```
//!
//! - text (the default): `FILE:LINE:COL: SEVERITY RULE: message`
//! - json: one object a line, with the keys `file`, `line`, `column`, `path` (the JSON Pointer
//!   from the template root), `rule`, `severity` (`error` or `warning`) and `message`
//!
//! Exit status: 0 when no problem is an error (warnings are fine), 1 when one is, 2 when a
//! file cannot be read or parsed or the arguments are wrong (2 wins over 1: some templates
//! were not checked). The other files are still checked after one that cannot be read.

use cfn_apigateway_integration::{Finding, Severity, Template};
use serde_json::Value as Json;
use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// No problem is an error.
pub const CLEAN: u8 = 0;
/// At least one problem is an error.
pub const ERRORS_FOUND: u8 = 1;
/// A file could not be read or parsed, the arguments were wrong, or the output could not be
/// written.
pub const NOT_CHECKED: u8 = 2;

const USAGE: &str = "usage: check [--format text|json] FILE...";

fn main() -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut err = io::stderr().lock();
    ExitCode::from(run(std::env::args_os().skip(1), &mut out, &mut err))
}

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `FILE:LINE:COL: SEVERITY RULE: message`.
    Text,
    /// One JSON object a line.
    Json,
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Check { format: Format, files: Vec<PathBuf> },
}

/// Checks the files named by `args` (the arguments after the program name), writes findings
/// to `out` and complaints to `err`, and returns the exit status.
pub fn run(
    args: impl IntoIterator<Item = OsString>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let (format, files) = match parse_args(args) {
        Ok(Command::Help) => {
            return match writeln!(out, "{USAGE}").and_then(|()| out.flush()) {
                Ok(()) => CLEAN,
                Err(_) => NOT_CHECKED,
            };
        }
        Ok(Command::Check { format, files }) => (format, files),
        Err(message) => {
            // Nothing sensible is left to do when stderr itself cannot be written.
            let _ = writeln!(err, "check: {message}\n{USAGE}");
            return NOT_CHECKED;
        }
    };
    let mut status = CLEAN;
    for path in &files {
        let file = path.display().to_string();
        let template = match read_template(path, &file) {
            Ok(template) => template,
            Err(complaint) => {
                // Findings of earlier files first, so that a terminal shows both in order.
                let _ = out.flush();
                let _ = writeln!(err, "{complaint}");
                status = NOT_CHECKED;
                continue;
            }
        };
        for finding in template.check() {
            if finding.severity() == Severity::Error && status == CLEAN {
                status = ERRORS_FOUND;
            }
            let written = match format {
                Format::Text => writeln!(out, "{file}:{finding}"),
                Format::Json => writeln!(out, "{}", json_line(&file, &finding)),
            };
            if written.is_err() {
                return NOT_CHECKED;
            }
        }
    }
    match out.flush() {
        Ok(()) => status,
        Err(_) => NOT_CHECKED,
    }
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut format = Format::Text;
    let mut files = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let format_name = match arg.to_str() {
            Some("-h" | "--help") => return Ok(Command::Help),
            Some("--") => {
                files.extend(args.by_ref().map(PathBuf::from));
                break;
            }
            Some("--format") => match args.next() {
                Some(name) => name,
                None => return Err("--format needs a value: text or json".to_owned()),
            },
            Some(option) if option.starts_with("--format=") => {
                OsString::from(option.trim_start_matches("--format="))
            }
            Some(option) if option.starts_with('-') && option.len() > 1 => {
                return Err(format!("unknown option {option}"));
            }
            _ => {
                files.push(PathBuf::from(arg));
                continue;
            }
        };
        format = match format_name.to_str() {
            Some("text") => Format::Text,
            Some("json") => Format::Json,
            _ => {
                return Err(format!(
                    "unknown format {}: use text or json",
                    format_name.to_string_lossy()
                ));
            }
        };
    }
    if files.is_empty() {
        return Err("no template files given".to_owned());
    }
    Ok(Command::Check { format, files })
}

/// Reads and parses one template; `Err` is the line for stderr, which starts with `FILE:`
/// (and the line and column of a syntax error).
fn read_template(path: &Path, file: &str) -> Result<Template, String> {
    let text = std::fs::read_to_string(path).map_err(|error| match error.kind() {
        io::ErrorKind::InvalidData => format!("{file}: cannot read: the file is not UTF-8 text"),
        _ => format!("{file}: cannot read: {error}"),
    })?;
    Template::parse(&text).map_err(|error| match error.position() {
        Some(position) => format!("{file}:{position}: cannot parse: {}", error.message()),
        None => format!("{file}: cannot parse: {}", error.message()),
    })
}

/// The JSON line of a finding, with its keys in the documented order.
fn json_line(file: &str, finding: &Finding) -> String {
    let number = |n: Option<usize>| n.map_or(Json::Null, Json::from);
    format!(
        r#"{{"file":{},"line":{},"column":{},"path":{},"rule":{},"severity":{},"message":{}}}"#,
        Json::from(file),
        number(finding.position().map(|p| p.line())),
        number(finding.position().map(|p| p.column())),
        Json::from(finding.path()),
        Json::from(finding.rule()),
        Json::from(finding.severity().as_str()),
        Json::from(finding.message()),
    )
}
