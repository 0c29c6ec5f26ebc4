//! The forms written as code over bytes, for literals: what each form's alternatives match,
//! read left to right without an automaton, a class of characters being a table of bytes.
//!
//! Each function answers `Ok(())` (the text matches), `Err(Stop::No)` (it does not), or
//! `Err(Stop::NotAscii)` when a byte that is not ASCII decided the answer: the tables hold
//! ASCII bytes only, and a class of characters may hold others ([`super::Format::matches`]
//! then asks the automaton). Every `Many` class below excludes the first byte of the text that
//! follows it, so reading it as far as it goes is the only way the alternative can match. The
//! tests and the `formats` fuzz target hold each function to its form's alternatives.

/// The ASCII bytes of a class of characters.
pub(super) struct Bytes([bool; 256]);

/// The table of the ASCII bytes `c` for which `$test` holds.
macro_rules! bytes {
    (|$c:ident| $test:expr) => {{
        let mut table = [false; 256];
        let mut byte = 0;
        while byte < 128 {
            let $c = byte as u8;
            table[byte] = $test;
            byte += 1;
        }
        Bytes(table)
    }};
}

/// An ASCII byte that is `char::is_whitespace`.
const fn space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

pub(super) static PARTITION: Bytes = bytes!(|c| c.is_ascii_lowercase() || c == b'-');
pub(super) static REGION: Bytes =
    bytes!(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
pub(super) static DIGIT: Bytes = bytes!(|c| c.is_ascii_digit());
pub(super) static SERVICE: Bytes =
    bytes!(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'));
pub(super) static HOST: Bytes = bytes!(|c| !space(c) && !matches!(c, b'/' | b'?' | b'#'));
pub(super) static TOKEN: Bytes = bytes!(|c| c.is_ascii_alphanumeric()
    || matches!(
        c,
        b'!' | b'#'
            | b'$'
            | b'%'
            | b'&'
            | b'\''
            | b'*'
            | b'+'
            | b'-'
            | b'.'
            | b'^'
            | b'_'
            | b'`'
            | b'|'
            | b'~'
    ));

pub(super) static ROLE_NAME: Bytes = bytes!(|c| c.is_ascii_alphanumeric()
    || matches!(c, b'+' | b'=' | b',' | b'.' | b'@' | b'_' | b'-' | b'/'));
pub(super) static FUNCTION_NAME: Bytes =
    bytes!(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'$'));
pub(super) static PARAMETER: Bytes =
    bytes!(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'$' | b'-'));

/// The ASCII bytes that are not `char::is_whitespace`, as a test rather than a table: the
/// texts of this class run to the end of long values (the API of a service URI, a JSON path),
/// and [`only`] applies the test to many bytes at once with vector instructions, where a table
/// needs a load per byte.
pub(super) const fn non_space(c: u8) -> bool {
    c.is_ascii() && !space(c)
}

impl Bytes {
    /// Whether the byte is in the class.
    #[inline]
    pub(super) fn has(&self, byte: u8) -> bool {
        self.0[usize::from(byte)]
    }
}

/// Why a text does not match as far as the code can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Stop {
    /// It does not match.
    No,
    /// A byte that is not ASCII decided it: only whole characters can tell.
    NotAscii,
}

/// What a form written as code says of a text.
pub(super) type Answer = Result<(), Stop>;

/// The rest of a text once part of it is read.
type Read<'a> = Result<&'a [u8], Stop>;

/// The answer of a test that ASCII bytes alone decide.
#[inline]
fn decided(matches: bool) -> Answer {
    if matches { Ok(()) } else { Err(Stop::No) }
}

/// `Stop::NotAscii` when `byte` is not ASCII (a class of characters may hold it), else `No`.
#[inline]
fn stop_at(byte: u8) -> Stop {
    if byte.is_ascii() {
        Stop::No
    } else {
        Stop::NotAscii
    }
}

/// The text after `prefix` (ASCII: a byte that differs from it decides alike for characters).
#[inline]
fn then<'a>(text: &'a [u8], prefix: &[u8]) -> Read<'a> {
    text.strip_prefix(prefix).ok_or(Stop::No)
}

/// The text after one or more bytes of `class`, read as far as they go.
#[inline]
fn many<'a>(text: &'a [u8], class: &Bytes) -> Read<'a> {
    match text.iter().position(|&b| !class.has(b)) {
        Some(0) => Err(stop_at(text[0])),
        Some(end) if !text[end].is_ascii() => Err(Stop::NotAscii),
        Some(end) => Ok(&text[end..]),
        None if text.is_empty() => Err(Stop::No),
        None => Ok(&[]),
    }
}

/// One or more bytes of `class`, and nothing after them. Every byte is tested, without a
/// branch, so that long texts (URIs) are read many bytes at a time.
#[inline]
fn only(text: &[u8], class: impl Fn(u8) -> bool) -> Answer {
    if text.is_empty() {
        Err(Stop::No)
    } else if text.iter().fold(true, |all, &b| all & class(b)) {
        Ok(())
    } else if text.is_ascii() {
        Err(Stop::No)
    } else {
        Err(Stop::NotAscii)
    }
}

/// One byte of `class`, then anything.
#[inline]
fn starts(text: &[u8], class: &Bytes) -> Answer {
    match text.first() {
        Some(&b) if class.has(b) => Ok(()),
        Some(&b) => Err(stop_at(b)),
        None => Err(Stop::No),
    }
}

/// The first alternative's answer if it matches, else the second's; when neither matches,
/// `NotAscii` if either could not tell.
#[inline]
fn either(first: Answer, second: impl FnOnce() -> Answer) -> Answer {
    match first {
        Ok(()) => Ok(()),
        Err(stop) => second().map_err(|other| stop.max(other)),
    }
}

/// `arn:PARTITION` then `next`: the text after it.
#[inline]
fn arn<'a>(text: &'a [u8], next: &[u8]) -> Read<'a> {
    then(many(then(text, b"arn:")?, &PARTITION)?, next)
}

/// `.LOCATION.NAME` after a parameter prefix, for one of `locations` (each with its dot; no
/// location is the start of another, so at most one can be read).
#[inline(always)]
fn located(text: &[u8], locations: &[&[u8]]) -> Answer {
    match locations
        .iter()
        .find_map(|location| then(text, location).ok())
    {
        Some(name) => only(name, |b| PARAMETER.has(b)),
        None => Err(Stop::No),
    }
}

/// `body`, or `body.` then a JSON path.
#[inline]
fn body(text: &[u8]) -> Answer {
    let rest = then(text, b"body")?;
    if rest.is_empty() {
        return Ok(());
    }
    only(then(rest, b".")?, non_space)
}

const REQUEST_LOCATIONS: [&[u8]; 5] = [
    b"path.",
    b"querystring.",
    b"multivaluequerystring.",
    b"header.",
    b"multivalueheader.",
];

pub(super) fn http_url(text: &[u8]) -> Answer {
    let rest = then(text, b"https://").or_else(|_| then(text, b"http://"))?;
    starts(rest, &HOST)
}

pub(super) fn apigateway_service_uri(text: &[u8]) -> Answer {
    let rest = then(many(arn(text, b":apigateway:")?, &REGION)?, b":")?;
    let rest = many(rest, &SERVICE)?;
    let api = then(rest, b":path/").or_else(|_| then(rest, b":action/"))?;
    only(api, non_space)
}

pub(super) fn lambda_invocation_uri(text: &[u8]) -> Answer {
    let head = text.strip_suffix(b"/invocations").ok_or(Stop::No)?;
    let rest = many(arn(head, b":apigateway:")?, &REGION)?;
    then(rest, b":lambda:path/").map(|_| ())
}

pub(super) fn lambda_function_arn(text: &[u8]) -> Answer {
    let rest = then(many(arn(text, b":lambda:")?, &REGION)?, b":")?;
    let name = then(many(rest, &DIGIT)?, b":function:")?;
    only(name, |b| FUNCTION_NAME.has(b))
}

pub(super) fn iam_role_arn(text: &[u8]) -> Answer {
    let rest = many(arn(text, b":iam::")?, &DIGIT)?;
    only(then(rest, b":role/")?, |b| ROLE_NAME.has(b))
}

pub(super) fn iam_caller_passthrough(text: &[u8]) -> Answer {
    decided(text == b"arn:aws:iam::*:user/*")
}

pub(super) fn media_type(text: &[u8]) -> Answer {
    starts(then(many(text, &TOKEN)?, b"/")?, &TOKEN)
}

pub(super) fn integration_request_parameter(text: &[u8]) -> Answer {
    located(then(text, b"integration.request.")?, &REQUEST_LOCATIONS)
}

pub(super) fn method_request_parameter(text: &[u8]) -> Answer {
    let rest = then(text, b"method.request.")?;
    either(located(rest, &REQUEST_LOCATIONS), || body(rest))
}

pub(super) fn integration_response_parameter(text: &[u8]) -> Answer {
    let rest = then(text, b"integration.response.")?;
    either(located(rest, &[b"header.", b"multivalueheader."]), || {
        body(rest)
    })
}

pub(super) fn method_response_header(text: &[u8]) -> Answer {
    only(then(text, b"method.response.header.")?, |b| {
        PARAMETER.has(b)
    })
}

pub(super) fn context_variable(text: &[u8]) -> Answer {
    only(then(text, b"context.")?, non_space)
}

pub(super) fn stage_variable(text: &[u8]) -> Answer {
    only(then(text, b"stageVariables.")?, |b| PARAMETER.has(b))
}

pub(super) fn quoted_static_value(text: &[u8]) -> Answer {
    decided(text.len() >= 2 && text.starts_with(b"'") && text.ends_with(b"'"))
}

pub(super) fn http_status_code(text: &[u8]) -> Answer {
    decided(matches!(text, [b'1'..=b'5', b'0'..=b'9', b'0'..=b'9']))
}
