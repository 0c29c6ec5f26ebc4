//! Fuzzes the generated crate's entry points with JSON text: checking never panics, every
//! problem points into the input (or at a missing property of an object in it), a value loads
//! the same through `from_value` and through `Deserialize` (from a `Value` and from the bytes),
//! and a value that loads serializes back to exactly the JSON it was loaded from.
#![no_main]
#![forbid(unsafe_code)]

use cfn_apigateway_integration::{CheckContext, Integration, IntegrationResponse, Report};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let context = CheckContext::new().with_method_request_parameters([
        "method.request.path.id",
        "method.request.querystring.page",
    ]);
    for report in [
        Integration::check(&json),
        Integration::check_with(&json, &context),
    ] {
        assert_pointers_resolve(&json, &report);
    }
    // Deserializing (from a `Value`, and from the bytes themselves) checks and loads by the
    // same rules as `from_value`: it must load the same value.
    let loaded = Integration::from_value(&json).ok();
    let deserialized = serde_json::from_value::<Integration>(json.clone()).ok();
    assert_eq!(deserialized, loaded);
    assert_eq!(serde_json::from_slice::<Integration>(data).ok(), loaded);
    assert_eq!(
        serde_json::from_slice::<IntegrationResponse>(data).ok(),
        IntegrationResponse::from_value(&json).ok()
    );
    if let Ok(integration) = Integration::from_value(&json) {
        assert_eq!(
            integration.to_json(),
            json,
            "Integration lost or changed data"
        );
        assert!(!integration.validate().has_errors());
    }
    assert_pointers_resolve(&json, &IntegrationResponse::check(&json));
    if let Ok(response) = IntegrationResponse::from_value(&json) {
        assert_eq!(
            response.to_json(),
            json,
            "IntegrationResponse lost or changed data"
        );
    }
});

/// Every pointer names a value of the input, or a property missing from an object of it.
fn assert_pointers_resolve(json: &Value, report: &Report) {
    for problem in report {
        let path = problem.path();
        if json.pointer(path).is_some() {
            continue;
        }
        let (parent, _) = path.rsplit_once('/').unwrap_or(("", path));
        assert!(
            json.pointer(parent).is_some_and(Value::is_object),
            "pointer {path:?} of {problem:?} names nothing in the input"
        );
    }
}
