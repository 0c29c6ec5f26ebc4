//! The forms written as code over bytes, for literals: what each form's alternatives match,
//! read left to right without an automaton, a class of characters being a table of bytes.
//!
//! Each function answers for any text, with one reservation: its tables hold ASCII bytes only,
//! so a `true` is always the form's answer, and a `false` is the form's answer when the text is
//! ASCII ([`super::Format::matches`] asks the automaton about the rest). Every `Many` class
//! below excludes the first byte of the text that follows it, so reading it as far as it goes
//! is the only way the alternative can match. The tests and the `formats` fuzz target hold each
//! function to its form's alternatives.

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
pub(super) static NON_SPACE: Bytes = bytes!(|c| !space(c));
pub(super) static ROLE_NAME: Bytes = bytes!(|c| c.is_ascii_alphanumeric()
    || matches!(c, b'+' | b'=' | b',' | b'.' | b'@' | b'_' | b'-' | b'/'));
pub(super) static FUNCTION_NAME: Bytes =
    bytes!(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'$'));
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
pub(super) static PARAMETER: Bytes =
    bytes!(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'$' | b'-'));

impl Bytes {
    /// Whether the byte is in the class.
    #[inline]
    pub(super) fn has(&self, byte: u8) -> bool {
        self.0[usize::from(byte)]
    }
}

/// The text after `prefix`.
#[inline]
fn then<'a>(text: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    text.strip_prefix(prefix)
}

/// The text after one or more bytes of `class`, read as far as they go.
#[inline]
fn many<'a>(text: &'a [u8], class: &Bytes) -> Option<&'a [u8]> {
    let end = text
        .iter()
        .position(|&b| !class.has(b))
        .unwrap_or(text.len());
    (end > 0).then(|| &text[end..])
}

/// One or more bytes of `class`, and nothing after them. Each byte is tested without a
/// branch, so that long texts (URIs) are read at a byte a cycle or so.
#[inline]
fn only(text: &[u8], class: &Bytes) -> bool {
    !text.is_empty() && text.iter().fold(true, |all, &b| all & class.has(b))
}

/// One byte of `class`, then anything.
#[inline]
fn starts(text: &[u8], class: &Bytes) -> bool {
    text.first().is_some_and(|&b| class.has(b))
}

/// `arn:PARTITION` then `next`: the text after it.
#[inline]
fn arn<'a>(text: &'a [u8], next: &[u8]) -> Option<&'a [u8]> {
    then(many(then(text, b"arn:")?, &PARTITION)?, next)
}

/// `.LOCATION.NAME` after a parameter prefix, for one of `locations` (each with its dot).
#[inline]
fn located(text: &[u8], locations: &[&[u8]]) -> bool {
    locations
        .iter()
        .any(|location| then(text, location).is_some_and(|name| only(name, &PARAMETER)))
}

/// `body`, or `body.` then a JSON path.
#[inline]
fn body(text: &[u8]) -> bool {
    then(text, b"body").is_some_and(|rest| {
        rest.is_empty() || then(rest, b".").is_some_and(|path| only(path, &NON_SPACE))
    })
}

const REQUEST_LOCATIONS: [&[u8]; 5] = [
    b"path.",
    b"querystring.",
    b"multivaluequerystring.",
    b"header.",
    b"multivalueheader.",
];

pub(super) fn http_url(text: &[u8]) -> bool {
    then(text, b"https://")
        .or_else(|| then(text, b"http://"))
        .is_some_and(|rest| starts(rest, &HOST))
}

pub(super) fn apigateway_service_uri(text: &[u8]) -> bool {
    (|| {
        let rest = then(many(arn(text, b":apigateway:")?, &REGION)?, b":")?;
        let rest = many(rest, &SERVICE)?;
        let api = then(rest, b":path/").or_else(|| then(rest, b":action/"))?;
        Some(only(api, &NON_SPACE))
    })()
    .unwrap_or(false)
}

pub(super) fn lambda_invocation_uri(text: &[u8]) -> bool {
    text.strip_suffix(b"/invocations")
        .and_then(|head| arn(head, b":apigateway:"))
        .and_then(|rest| many(rest, &REGION))
        .and_then(|rest| then(rest, b":lambda:path/"))
        .is_some()
}

pub(super) fn lambda_function_arn(text: &[u8]) -> bool {
    (|| {
        let rest = then(many(arn(text, b":lambda:")?, &REGION)?, b":")?;
        let name = then(many(rest, &DIGIT)?, b":function:")?;
        Some(only(name, &FUNCTION_NAME))
    })()
    .unwrap_or(false)
}

pub(super) fn iam_role_arn(text: &[u8]) -> bool {
    arn(text, b":iam::")
        .and_then(|rest| many(rest, &DIGIT))
        .and_then(|rest| then(rest, b":role/"))
        .is_some_and(|name| only(name, &ROLE_NAME))
}

pub(super) fn iam_caller_passthrough(text: &[u8]) -> bool {
    text == b"arn:aws:iam::*:user/*"
}

pub(super) fn media_type(text: &[u8]) -> bool {
    many(text, &TOKEN)
        .and_then(|rest| then(rest, b"/"))
        .is_some_and(|rest| starts(rest, &TOKEN))
}

pub(super) fn integration_request_parameter(text: &[u8]) -> bool {
    then(text, b"integration.request.").is_some_and(|rest| located(rest, &REQUEST_LOCATIONS))
}

pub(super) fn method_request_parameter(text: &[u8]) -> bool {
    then(text, b"method.request.")
        .is_some_and(|rest| located(rest, &REQUEST_LOCATIONS) || body(rest))
}

pub(super) fn integration_response_parameter(text: &[u8]) -> bool {
    then(text, b"integration.response.")
        .is_some_and(|rest| located(rest, &[b"header.", b"multivalueheader."]) || body(rest))
}

pub(super) fn method_response_header(text: &[u8]) -> bool {
    then(text, b"method.response.header.").is_some_and(|name| only(name, &PARAMETER))
}

pub(super) fn context_variable(text: &[u8]) -> bool {
    then(text, b"context.").is_some_and(|name| only(name, &NON_SPACE))
}

pub(super) fn stage_variable(text: &[u8]) -> bool {
    then(text, b"stageVariables.").is_some_and(|name| only(name, &PARAMETER))
}

pub(super) fn quoted_static_value(text: &[u8]) -> bool {
    text.len() >= 2 && text.starts_with(b"'") && text.ends_with(b"'")
}

pub(super) fn http_status_code(text: &[u8]) -> bool {
    matches!(text, [b'1'..=b'5', b'0'..=b'9', b'0'..=b'9'])
}
