//! Fuzzes the forms written as code, the form automata and the kept answers of skeleton tests
//! against the element matcher the automata are built from: for every form, a literal, and a
//! skeleton read with holes of either kind, must get the same answer every way. The input is
//! text whose NUL characters stand for holes.
#![no_main]
#![forbid(unsafe_code)]

use cfn_apigateway_integration::FORMATS;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut pieces = Vec::new();
    for (i, piece) in text.split('\0').enumerate() {
        if i > 0 {
            pieces.push(None);
        }
        if !piece.is_empty() {
            pieces.push(Some(piece));
        }
    }
    for format in FORMATS {
        assert!(format.automata_agree(&pieces), "{} on {pieces:?}", format.name);
    }
});
