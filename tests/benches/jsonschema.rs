//! Against the peer: the `jsonschema` crate validating the corpus against the `Integration`
//! definition of the vendored CloudFormation registry schema of `AWS::ApiGateway::Method`,
//! versus `Integration::check`, which checks more rules (formats, cross-property rules,
//! intrinsic functions). Bound: at most 1.5× the peer's time.

use std::hint::black_box;
use std::time::Duration;

use cfn_apigateway_integration::Integration;
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};

mod corpus;
mod paired;

const COUNT: usize = 10_000;

/// A schema whose root is the registry schema's `Integration` definition.
fn integration_schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/upstream/aws-apigateway-method.registry-schema.json"
    );
    let text = std::fs::read_to_string(path).expect("the vendored registry schema");
    let registry: Value = serde_json::from_str(&text).expect("JSON");
    json!({
        "$ref": "#/definitions/Integration",
        "definitions": registry["definitions"],
    })
}

/// Checks (or, for `jsonschema`, validates) `values` once: the function callgrind counts the
/// instructions of (see `COUNT` below).
#[inline(never)]
fn count(values: &[Value], validator: Option<&jsonschema::Validator>) {
    for value in values {
        match validator {
            Some(validator) => black_box(validator.iter_errors(black_box(value)).count()),
            None => black_box(Integration::check(black_box(value)).len()),
        };
    }
}

fn peer(c: &mut Criterion) {
    let validator = jsonschema::validator_for(&integration_schema()).expect("a valid schema");
    // `COUNT=SIDE/CORPUS N=n` (SIDE `check` or `jsonschema`, CORPUS `literals` or `intrinsics`)
    // runs `count` on the first `n` values of the corpus, after the first 100 (so that what is
    // built on first use is built), and stops: callgrind, toggled on `count`, then gives the
    // instructions of `n` values, and the difference of two runs those of the values between.
    if let Ok(what) = std::env::var("COUNT") {
        let n = std::env::var("N")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(COUNT);
        let values = corpus::values(&corpus::corpus(COUNT, what.ends_with("intrinsics")));
        let side = what.starts_with("jsonschema").then_some(&validator);
        count(&values[..100], side);
        count(&values[..n.min(COUNT)], side);
        return;
    }
    for (name, intrinsics) in [("literals", false), ("with intrinsics", true)] {
        let values = corpus::values(&corpus::corpus(COUNT, intrinsics));
        assert!(values.iter().all(|v| Integration::check(v).is_empty()));
        let schema_errors: usize = values
            .iter()
            .map(|v| validator.iter_errors(v).count())
            .sum();
        println!("{name}: jsonschema reports {schema_errors} errors in {COUNT} valid Integrations");
        let iter_errors = || {
            for value in &values {
                black_box(validator.iter_errors(black_box(value)).count());
            }
        };
        let check = || {
            for value in &values {
                black_box(Integration::check(black_box(value)));
            }
        };
        paired::print_ratio(
            &format!("{name}: Integration::check / jsonschema iter_errors"),
            iter_errors,
            check,
        );

        let mut group = c.benchmark_group(format!("peer/{name}"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(4));
        group.bench_function("jsonschema is_valid", |b| {
            b.iter(|| {
                for value in &values {
                    black_box(validator.is_valid(black_box(value)));
                }
            })
        });
        group.bench_function("jsonschema iter_errors (every error)", |b| {
            b.iter(iter_errors)
        });
        group.bench_function("Integration::check (every problem)", |b| b.iter(check));
        group.finish();
    }
}

criterion_group!(benches, peer);
criterion_main!(benches);
