//! The output formats of `cfn-apigateway-check`: one function a format, each writing every
//! file's findings, and the files that could not be checked, in that format.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::{Checked, Format, Outcome, rules};
use crate::{Position, Rule, Severity};

/// Writes `files` in `format` to `out` (text: the files not checked go to `err`).
pub fn write(
    format: Format,
    color: bool,
    files: &[Checked],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text(color, files, out, err),
        Format::Json => json_lines(files, out),
        Format::Sarif => sarif(files, out),
        Format::Junit => junit(files, out),
        Format::Github => github(files, out),
    }
}

/// The line and column of a finding or a syntax error, 1 when unknown (the tools that read
/// the formats need a line).
fn line_column(position: Option<Position>) -> (usize, usize) {
    position.map_or((1, 1), |p| (p.line(), p.column()))
}

fn text(
    color: bool,
    files: &[Checked],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<()> {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    };
    for checked in files {
        let file = &checked.file;
        match &checked.outcome {
            Outcome::Checked(findings) => {
                for finding in findings {
                    let at = match finding.position() {
                        Some(position) => format!("{file}:{position}"),
                        None => format!("{file}:{}", finding.path()),
                    };
                    let severity = match finding.severity() {
                        Severity::Error => paint("1;31", "error"),
                        Severity::Warning => paint("1;33", "warning"),
                    };
                    writeln!(
                        out,
                        "{}: {severity} {}: {}",
                        paint("1", &at),
                        paint("2", finding.rule()),
                        finding.message()
                    )?;
                }
            }
            Outcome::NotChecked { message, position } => {
                // Findings of earlier files first, so that a terminal shows both in order.
                out.flush()?;
                match position {
                    Some(position) => writeln!(err, "{file}:{position}: {message}")?,
                    None => writeln!(err, "{file}: {message}")?,
                }
            }
        }
    }
    Ok(())
}

/// A line of `--format json`: the keys in this order.
#[derive(Serialize)]
struct JsonLine<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    /// `null` for a file that was not checked.
    path: Option<&'a str>,
    /// `null` for a file that was not checked.
    rule: Option<&'a str>,
    severity: &'a str,
    message: &'a str,
}

fn json_lines(files: &[Checked], out: &mut dyn Write) -> io::Result<()> {
    for checked in files {
        let file = checked.file.as_str();
        let lines: Vec<JsonLine<'_>> = match &checked.outcome {
            Outcome::Checked(findings) => findings
                .iter()
                .map(|finding| JsonLine {
                    file,
                    line: finding.position().map(|p| p.line()),
                    column: finding.position().map(|p| p.column()),
                    path: Some(finding.path()),
                    rule: Some(finding.rule()),
                    severity: finding.severity().as_str(),
                    message: finding.message(),
                })
                .collect(),
            Outcome::NotChecked { message, position } => vec![JsonLine {
                file,
                line: position.map(|p| p.line()),
                column: position.map(|p| p.column()),
                path: None,
                rule: None,
                severity: "error",
                message,
            }],
        };
        for line in lines {
            serde_json::to_writer(&mut *out, &line)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// A file's path as a SARIF artifact URI: `/` separators (GitHub code scanning resolves a
/// relative one against the repository), and what a URI cannot hold percent-encoded.
fn uri(file: &str) -> String {
    let path = file.replace('\\', "/");
    let path = path.trim_start_matches("./");
    // An absolute path is a `file` URI; a relative one must not read as a scheme (`a:b.yaml`,
    // `C:/x.json`), so its colons are encoded.
    let (mut uri, safe): (String, &[u8]) = if path.starts_with('/') {
        ("file://".to_owned(), b"-._~/:@!$&'()*+,;=")
    } else {
        (String::new(), b"-._~/@!$&'()*+,;=")
    };
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || safe.contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A rule's message template as a description: its placeholders said in words.
fn described(rule: &Rule) -> String {
    rule.message
        .replace("{value}", "the value")
        .replace("{allowed}", "what is allowed")
        .replace("{property}", "the property")
}

fn sarif(files: &[Checked], out: &mut dyn Write) -> io::Result<()> {
    let rules: Vec<&Rule> = rules().collect();
    let index: BTreeMap<&str, usize> = rules.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let descriptors: Vec<Json> = rules
        .iter()
        .map(|rule| {
            let mut descriptor = json!({
                "id": rule.id,
                "shortDescription": {"text": rule.id},
                "fullDescription": {"text": described(rule)},
                "help": {"text": format!("{} (source: {})", described(rule), rule.source)},
                "defaultConfiguration": {"level": level(rule.severity)},
                "properties": {"source": rule.source},
            });
            if !rule.link.is_empty() {
                descriptor["helpUri"] = json!(rule.link);
            }
            descriptor
        })
        .collect();
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for checked in files {
        match &checked.outcome {
            Outcome::Checked(findings) => {
                for finding in findings {
                    let (line, column) = line_column(finding.position());
                    let mut result = json!({
                        "ruleId": finding.rule(),
                        "level": level(finding.severity()),
                        "message": {"text": finding.message()},
                        "locations": [{
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri(&checked.file)},
                                "region": {"startLine": line, "startColumn": column},
                            },
                            "logicalLocations": [{"fullyQualifiedName": finding.path(), "kind": "member"}],
                        }],
                    });
                    if let Some(i) = index.get(finding.rule()) {
                        result["ruleIndex"] = json!(i);
                    }
                    results.push(result);
                }
            }
            Outcome::NotChecked { message, position } => {
                let (line, column) = line_column(*position);
                notifications.push(json!({
                    "level": "error",
                    "message": {"text": message},
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri(&checked.file)},
                            "region": {"startLine": line, "startColumn": column},
                        },
                    }],
                }));
            }
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "cfn-apigateway-check",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html",
                "rules": descriptors,
            }},
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// Text escaped for an XML attribute or element.
fn xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            // A carriage return would become a line feed when the file is read back.
            '\r' => escaped.push_str("&#13;"),
            // XML 1.0 cannot hold most control characters, nor U+FFFE and U+FFFF: dropped.
            c if ((c as u32) < 0x20 && !matches!(c, '\t' | '\n'))
                || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// JUnit XML as cfn-lint writes it: one test suite, one test case a rule, failed by the rule's
/// findings (listed in the failure's text); a file that could not be checked is an error of
/// its own test case.
fn junit(files: &[Checked], out: &mut dyn Write) -> io::Result<()> {
    let mut by_rule: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut not_checked = Vec::new();
    for checked in files {
        match &checked.outcome {
            Outcome::Checked(findings) => {
                for finding in findings {
                    let (line, column) = line_column(finding.position());
                    by_rule.entry(finding.rule()).or_default().push(format!(
                        "{}:{line}:{column}: {} {}",
                        checked.file,
                        finding.severity(),
                        finding.message()
                    ));
                }
            }
            Outcome::NotChecked { message, position } => {
                let (line, column) = line_column(*position);
                not_checked.push(format!("{}:{line}:{column}: {message}", checked.file));
            }
        }
    }
    let rules: Vec<&Rule> = rules().collect();
    let failures = rules.iter().filter(|r| by_rule.contains_key(r.id)).count();
    let errors = usize::from(!not_checked.is_empty());
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, "<testsuites>")?;
    writeln!(
        out,
        r#"  <testsuite name="cfn-apigateway-check" tests="{}" failures="{failures}" errors="{errors}" skipped="0">"#,
        rules.len() + errors
    )?;
    for rule in &rules {
        let name = xml(rule.id);
        match by_rule.get(rule.id) {
            None => writeln!(out, r#"    <testcase classname="{name}" name="{name}"/>"#)?,
            Some(lines) => {
                writeln!(out, r#"    <testcase classname="{name}" name="{name}">"#)?;
                writeln!(
                    out,
                    r#"      <failure message="{} finding(s)" type="{}">{}</failure>"#,
                    lines.len(),
                    level(rule.severity),
                    xml(&lines.join("\n"))
                )?;
                writeln!(out, "    </testcase>")?;
            }
        }
    }
    if !not_checked.is_empty() {
        writeln!(
            out,
            r#"    <testcase classname="not-checked" name="not-checked">"#
        )?;
        writeln!(
            out,
            r#"      <error message="{} file(s) could not be checked" type="error">{}</error>"#,
            not_checked.len(),
            xml(&not_checked.join("\n"))
        )?;
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

/// A workflow command's property value: `%`, line breaks, `:` and `,` escaped.
fn property(text: &str) -> String {
    message(text).replace(':', "%3A").replace(',', "%2C")
}

/// A workflow command's message: `%` and line breaks escaped.
fn message(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub Actions workflow commands: an annotation a finding, and one a file not checked.
fn github(files: &[Checked], out: &mut dyn Write) -> io::Result<()> {
    for checked in files {
        let file = property(&checked.file);
        match &checked.outcome {
            Outcome::Checked(findings) => {
                for finding in findings {
                    let (line, column) = line_column(finding.position());
                    writeln!(
                        out,
                        "::{} file={file},line={line},col={column},title={}::{}",
                        level(finding.severity()),
                        property(finding.rule()),
                        message(finding.message())
                    )?;
                }
            }
            Outcome::NotChecked {
                message: text,
                position,
            } => {
                let (line, column) = line_column(*position);
                writeln!(
                    out,
                    "::error file={file},line={line},col={column},title=not checked::{}",
                    message(text)
                )?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{message, property, uri, xml};

    #[test]
    fn text_is_colored_only_when_asked() {
        use super::super::{Checked, Outcome};
        let template = crate::Template::parse("Resources: {}").expect("a template");
        let files = [Checked {
            file: "t.yaml".to_owned(),
            outcome: Outcome::Checked(template.check()),
        }];
        let line = |color| {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            super::text(color, &files, &mut out, &mut err).expect("written");
            String::from_utf8(out).expect("UTF-8")
        };
        assert!(line(false).starts_with("t.yaml:1:1: error template-resources: "));
        assert!(line(true).starts_with(
            "\x1b[1mt.yaml:1:1\x1b[0m: \x1b[1;31merror\x1b[0m \x1b[2mtemplate-resources\x1b[0m: "
        ), "{:?}", line(true));
    }

    #[test]
    fn file_names_are_uri_references_in_sarif() {
        assert_eq!(uri("./templates/api.yaml"), "templates/api.yaml");
        assert_eq!(uri("/work/api.yaml"), "file:///work/api.yaml");
        assert_eq!(uri("a:b.yaml"), "a%3Ab.yaml");
        assert_eq!(uri("C:\\x.json"), "C%3A/x.json");
        assert_eq!(
            uri("we\"ird name \u{e9}.yaml"),
            "we%22ird%20name%20%C3%A9.yaml"
        );
        assert_eq!(uri("dir\\file.json"), "dir/file.json");
    }

    #[test]
    fn texts_are_escaped_for_each_format() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(xml("a\r\nb\u{FFFE}"), "a&#13;\nb");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(message("50%\r\nok"), "50%25%0D%0Aok");
    }
}
