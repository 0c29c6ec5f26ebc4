//! Fuzzes the generator with spec text: reading and generating either succeed or return an
//! error naming the place in the input; they never panic.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(spec) = cfn_codegen::Spec::from_json("fuzz.spec.json", text) else {
        return;
    };
    match cfn_codegen::generate(&spec) {
        Ok(files) => assert!(!files.is_empty()),
        // The emitted Rust always parses: a render error is a generator bug.
        Err(error @ cfn_codegen::Error::Render { .. }) => panic!("{error}"),
        Err(_) => {}
    }
});
