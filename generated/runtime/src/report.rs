//! The problem report: every problem found in one value, each with a JSON Pointer, a rule id,
//! a severity and a message.

use std::fmt;

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// CloudFormation or API Gateway rejects the value, or the documents forbid it.
    Error,
    /// Accepted, but will not work as intended or is ignored.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem: where it is, which rule found it, how serious it is and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    path: String,
    rule: &'static str,
    severity: Severity,
    message: String,
}

impl Problem {
    /// Creates a problem. `path` is an RFC 6901 JSON Pointer.
    pub fn new(
        path: impl Into<String>,
        rule: &'static str,
        severity: Severity,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            path: path.into(),
            rule,
            severity,
            message: message.into(),
        }
    }

    /// The RFC 6901 JSON Pointer of the value to change, relative to the checked value
    /// (e.g. `/IntegrationResponses/0/StatusCode`). A missing property has its own pointer.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The stable id of the rule that found the problem (a generated crate lists its rules in
    /// `RULES`).
    pub fn rule(&self) -> &str {
        self.rule
    }

    /// Whether the problem is an error or a warning.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// The message: quotes the bad value and states what is allowed.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every problem found in one value, in the order they were found.
///
/// `Display` prints one problem a line: `POINTER: SEVERITY RULE: MESSAGE` (`(root)` for the
/// empty pointer, which names the checked value itself).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    problems: Vec<Problem>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Report::default()
    }

    /// Adds a problem.
    pub fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// The problems, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.problems.iter()
    }

    /// The number of problems.
    pub fn len(&self) -> usize {
        self.problems.len()
    }

    /// `true` when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// `true` when at least one problem is an [`Severity::Error`].
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The problems that are errors.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    /// The problems that are warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
    }

    /// Prefixes every pointer with `prefix`, a JSON Pointer to where the checked value sits in a
    /// larger document (e.g. `/Resources/MyMethod/Properties/Integration`).
    pub fn with_prefix(mut self, prefix: &str) -> Report {
        for problem in &mut self.problems {
            problem.path.insert_str(0, prefix);
        }
        self
    }

    /// Appends every problem of `other`.
    pub fn extend(&mut self, other: Report) {
        self.problems.extend(other.problems);
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.problems.iter()
    }
}

impl IntoIterator for Report {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.problems.into_iter()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            let path = if p.path.is_empty() { "(root)" } else { &p.path };
            write!(f, "{path}: {} {}: {}", p.severity, p.rule, p.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}
