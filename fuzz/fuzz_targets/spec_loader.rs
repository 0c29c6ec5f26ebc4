//! Fuzzes the generator with spec text, or a curated spec and its derived part: reading,
//! merging and generating either succeed or return an error naming the place in the input;
//! they never panic.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // A NUL splits a curated spec from its derived part (which `Spec::load` merges in when the
    // curated part names one); without it, the text is one spec.
    let spec = match text.split_once('\0') {
        Some((curated, derived)) => cfn_codegen::Spec::load("fuzz.spec.json", curated, |_| {
            Ok(derived.to_owned())
        }),
        None => cfn_codegen::Spec::from_json("fuzz.spec.json", text),
    };
    let Ok(spec) = spec else {
        return;
    };
    match cfn_codegen::generate(&spec) {
        Ok(files) => assert!(!files.is_empty()),
        // The emitted Rust always parses: a render error is a generator bug.
        Err(error @ cfn_codegen::Error::Render { .. }) => panic!("{error}"),
        Err(_) => {}
    }
});
