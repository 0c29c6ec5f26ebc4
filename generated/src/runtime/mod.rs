//! Hand-written runtime support for the generated types: values that may be intrinsic
//! functions, the problem report, the checking engine and the named value forms.

pub mod accept;
pub mod check;
pub mod formats;
pub(crate) mod macros;
pub mod report;
pub mod shape;
pub mod stream;
pub mod value;

use serde_json::Value as Json;

/// Loads checked JSON into `T`: `Err(report)` when the report holds an error, or when the
/// value cannot be represented by `T` (an object written as `Fn::If`, for instance).
pub fn load<T: value::Literal>(json: &Json, report: report::Report) -> Result<T, report::Report> {
    if report.has_errors() {
        return Err(report);
    }
    T::from_json(json).map_err(|mismatch| mismatch_problem(mismatch, report))
}

/// [`load`], taking the JSON: its strings are moved into `T` rather than copied.
pub fn load_owned<T: value::Literal>(
    json: Json,
    report: report::Report,
) -> Result<T, report::Report> {
    if report.has_errors() {
        return Err(report);
    }
    T::from_json_owned(json).map_err(|mismatch| mismatch_problem(mismatch, report))
}

/// The report, with the problem of a value that checked clean but cannot be loaded.
fn mismatch_problem(mismatch: value::Mismatch, mut report: report::Report) -> report::Report {
    let message = format!(
        "{} cannot be loaded into a typed value here: {} is expected; use `check` to check it as JSON",
        if mismatch.pointer().is_empty() {
            "the value".to_owned()
        } else {
            mismatch.pointer()
        },
        mismatch.expected()
    );
    report.push(report::Problem::new(
        mismatch.pointer(),
        check::VALUE_TYPE.id,
        report::Severity::Error,
        message,
    ));
    report
}
