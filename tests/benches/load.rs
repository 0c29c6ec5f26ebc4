//! Loading and validating: JSON text to a checked `Integration`, against the baseline of
//! merely parsing the same text into a `serde_json::Value`. Bound: at most 3× the baseline.
//!
//! `serde_json::from_str::<Integration>` is what a user writes (its `Deserialize` reads the
//! text into a `serde_json::Value`, checks it and moves it into the typed value);
//! `from_str` + `Integration::from_value` keeps the parsed JSON, checks it and copies from it.

use std::hint::black_box;
use std::time::Duration;

use cfn_apigateway_integration::Integration;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod corpus;
mod paired;

const COUNT: usize = 10_000;

fn load(c: &mut Criterion) {
    let texts = corpus::corpus(COUNT, true);
    for (i, value) in corpus::values(&texts).iter().enumerate() {
        if let Err(report) = Integration::from_value(value) {
            panic!("corpus item {i} does not load:\n{report}\n{}", texts[i]);
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let parse = || {
        for text in &texts {
            let value: serde_json::Value = serde_json::from_str(black_box(text)).expect("JSON");
            black_box(value);
        }
    };
    let deserialize = || {
        for text in &texts {
            let integration: Integration = serde_json::from_str(black_box(text)).expect("valid");
            black_box(integration);
        }
    };
    paired::print_ratio(
        "load: from_str::<Integration> / from_str::<Value>",
        parse,
        deserialize,
    );
    // The JSON path, parsing and then checking the parsed value, against the baseline and
    // against the typed load, which does both for the typed value.
    let parse_and_check = || {
        for text in &texts {
            let value: serde_json::Value = serde_json::from_str(black_box(text)).expect("JSON");
            black_box(Integration::check(&value));
            black_box(value);
        }
    };
    paired::print_ratio(
        "load: from_str::<Value> + Integration::check / from_str::<Value>",
        parse,
        parse_and_check,
    );
    paired::print_ratio(
        "load: from_str::<Integration> / from_str::<Value> + Integration::check",
        parse_and_check,
        deserialize,
    );

    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("serde_json::from_str::<Value> (baseline)", |b| {
        b.iter(parse)
    });
    group.bench_function("serde_json::from_str::<Integration>", |b| {
        b.iter(deserialize)
    });
    group.bench_function("from_str + Integration::from_value", |b| {
        b.iter(|| {
            for text in &texts {
                let value: serde_json::Value = serde_json::from_str(black_box(text)).expect("JSON");
                black_box(Integration::from_value(&value).expect("valid"));
            }
        })
    });
    let values = corpus::values(&texts);
    group.bench_function("Integration::check (parsed)", |b| {
        b.iter(|| {
            for value in &values {
                black_box(Integration::check(black_box(value)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
