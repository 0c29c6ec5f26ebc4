//! The checker allocates nothing while it finds nothing in literal values: a problem's JSON
//! Pointer and message are written only when there is a problem. Counted with a global
//! allocator of this test binary, which holds this one test so that nothing else allocates
//! meanwhile.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use cfn_apigateway_integration::Integration;
use serde_json::json;

/// The system allocator, counting allocations.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to the system allocator unchanged; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is the system allocator's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `alloc` above, that is by the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `f` makes.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    f();
    ALLOCATIONS.load(Ordering::Relaxed) - before
}

#[test]
fn checking_literal_values_allocates_only_for_problems() {
    let valid = json!({
        "Type": "AWS",
        "IntegrationHttpMethod": "POST",
        "Uri": "arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders",
        "Credentials": "arn:aws:iam::123456789012:role/ApiGatewaySqs",
        "PassthroughBehavior": "NEVER",
        "RequestParameters": {"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"},
        "RequestTemplates": {"application/json": "Action=SendMessage&MessageBody=$input.body"},
        "TimeoutInMillis": 10000,
        "IntegrationResponses": [{
            "StatusCode": "200",
            "ResponseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'"},
            "ResponseTemplates": {"application/json": "{}"}
        }]
    });
    // The first check builds the forms' DFAs, once per process.
    assert!(Integration::check(&valid).is_empty());
    let mut report = None;
    assert_eq!(allocations(|| report = Some(Integration::check(&valid))), 0);
    assert!(report.is_some_and(|r| r.is_empty()));

    // A problem is written out: its pointer, its message, the report's vector.
    let invalid = json!({"Type": "AWS", "IntegrationHttpMethod": "POST", "Uri": "sqs"});
    assert!(allocations(|| assert_eq!(Integration::check(&invalid).len(), 1)) > 0);
}
