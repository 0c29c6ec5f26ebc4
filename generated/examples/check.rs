//! `check`: checks every `AWS::ApiGateway::Method` of CloudFormation templates (JSON or YAML)
//! whole, with its Integration and MethodResponses, and prints one line a problem.
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
//! file cannot be read or parsed, is larger than 10 MiB, or the arguments are wrong (2 wins
//! over 1: some templates were not checked). The other files are still checked after one that
//! cannot be read.

use cfn_apigateway_integration::{Finding, Severity, Template};
use serde::Serialize;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
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

/// The most bytes of a file that are read: ten times the largest template CloudFormation
/// accepts (1 MB, from S3), so that no real template is refused, while `/dev/zero`, a FIFO
/// that never ends or a huge file by mistake is refused after reading this much.
pub const MAX_TEMPLATE_BYTES: u64 = 10 * 1024 * 1024;

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
                Format::Json => serde_json::to_writer(&mut *out, &JsonLine::new(&file, &finding))
                    .map_err(io::Error::from)
                    .and_then(|()| writeln!(out)),
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
            Some(option) if option.starts_with('-') && option.len() > 1 => {
                match option.strip_prefix("--format=") {
                    Some(name) => OsString::from(name),
                    None => return Err(format!("unknown option {option}")),
                }
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
    let cannot_read = |error: io::Error| format!("{file}: cannot read: {error}");
    // At most one byte more than the limit, to tell a file of exactly the limit from a larger
    // one without reading the rest (which may never end).
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|file| file.take(MAX_TEMPLATE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_TEMPLATE_BYTES {
        return Err(format!(
            "{file}: cannot read: the file is too large: more than {} MiB, and CloudFormation accepts templates of at most 1 MB",
            MAX_TEMPLATE_BYTES / (1024 * 1024)
        ));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("{file}: cannot read: the file is not UTF-8 text"))?;
    Template::parse(&text).map_err(|error| match error.position() {
        Some(position) => format!("{file}:{position}: cannot parse: {}", error.message()),
        None => format!("{file}: cannot parse: {}", error.message()),
    })
}

/// The JSON line of a finding: the fields in the documented order of the keys.
#[derive(Serialize)]
struct JsonLine<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    path: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
}

impl<'a> JsonLine<'a> {
    fn new(file: &'a str, finding: &'a Finding) -> Self {
        JsonLine {
            file,
            line: finding.position().map(|p| p.line()),
            column: finding.position().map(|p| p.column()),
            path: finding.path(),
            rule: finding.rule(),
            severity: finding.severity().as_str(),
            message: finding.message(),
        }
    }
}
