//! Fuzzes template loading (YAML with short-form tags, and JSON, with positions) and checking:
//! neither panics on any text, every finding's pointer resolves in the loaded template (or
//! names a missing property of an object in it), and what the YAML writer writes reads back
//! as the same JSON.
#![no_main]
#![forbid(unsafe_code)]

use cfn_apigateway_integration::Template;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(template) = Template::parse(text) else {
        return;
    };
    let json = template.as_json();
    for finding in template.check() {
        let path = finding.path();
        let resolves = json.pointer(path).is_some()
            || path
                .rsplit_once('/')
                .is_some_and(|(parent, _)| json.pointer(parent).is_some_and(|p| p.is_object()));
        assert!(resolves, "finding at {path} names no place in the template");
    }
    let yaml = cfn_apigateway_integration::to_yaml_string(json);
    let reread = Template::parse(&yaml).expect("the YAML writer's output reads back");
    assert_eq!(reread.as_json(), json, "the YAML writer changed data");
});
