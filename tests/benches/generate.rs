//! The generator: reading and generating (emit, render, format) the real spec, and synthetic
//! specs of 10, 100 and 1,000 property types, to show that the cost grows linearly. Target:
//! 1,000 types in under 1 s.

use std::hint::black_box;
use std::time::Duration;

use cfn_codegen::Spec;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use serde_json::{Map, Value, json};

fn property(kind: Value, required: bool) -> Value {
    let mut property = json!({
        "Documentation": "https://example.com/synthetic.html#property",
        "Source": "synthetic#property",
        "Description": "A property of a synthetic type, documented in one sentence.",
        "Required": required,
        "UpdateType": "Mutable",
    });
    property
        .as_object_mut()
        .expect("an object")
        .extend(kind.as_object().expect("an object").clone());
    property
}

fn rule(id: String, property: &str, assert: Value, when: Option<Value>) -> Value {
    let mut rule = json!({
        "Id": id,
        "Severity": "Error",
        "Source": "synthetic#rule",
        "Property": property,
        "Assert": assert,
        "Message": "{value} is not allowed for {property}; allowed: {allowed}",
    });
    if let Some(when) = when {
        rule["When"] = when;
    }
    rule
}

/// A spec of `count` property types shaped like CloudFormation's: each has seven properties
/// (a required name, an enum, a bounded integer, a list, a map, a URL checked only in one mode)
/// and seven rules, and types nest as a binary tree (type i holds types 2i+1 and 2i+2).
fn synthetic_spec(count: usize) -> String {
    let mut types = Map::new();
    for i in 0..count {
        let id = |what: &str| format!("thing{i}-{what}");
        let mut properties = Map::from_iter([
            (
                "Name".to_owned(),
                property(json!({ "PrimitiveType": "String" }), true),
            ),
            (
                "Mode".to_owned(),
                property(
                    json!({ "PrimitiveType": "String", "AllowedValues": "Mode", "Default": "LOCAL" }),
                    false,
                ),
            ),
            (
                "Limit".to_owned(),
                property(
                    json!({ "PrimitiveType": "Integer", "Minimum": 1, "Maximum": 100 }),
                    false,
                ),
            ),
            (
                "Tags".to_owned(),
                property(
                    json!({ "Type": "List", "PrimitiveItemType": "String", "DuplicatesAllowed": false }),
                    false,
                ),
            ),
            (
                "Settings".to_owned(),
                property(
                    json!({ "Type": "Map", "PrimitiveItemType": "String" }),
                    false,
                ),
            ),
            (
                "Endpoint".to_owned(),
                property(json!({ "PrimitiveType": "String" }), false),
            ),
        ]);
        if 2 * i + 1 < count {
            properties.insert(
                "First".to_owned(),
                property(json!({ "Type": format!("Thing{}", 2 * i + 1) }), false),
            );
        }
        if 2 * i + 2 < count {
            properties.insert(
                "Rest".to_owned(),
                property(
                    json!({ "Type": "List", "ItemType": format!("Thing{}", 2 * i + 2) }),
                    false,
                ),
            );
        }
        let rules = vec![
            rule(
                id("name-required"),
                "Name",
                json!({ "Present": true }),
                None,
            ),
            rule(
                id("mode-allowed-values"),
                "Mode",
                json!({ "AllowedValues": true }),
                None,
            ),
            rule(id("limit-minimum"), "Limit", json!({ "Minimum": 1 }), None),
            rule(
                id("limit-maximum"),
                "Limit",
                json!({ "Maximum": 100 }),
                None,
            ),
            rule(
                id("tags-unique"),
                "Tags",
                json!({ "UniqueItems": true }),
                None,
            ),
            rule(
                id("settings-key"),
                "Settings",
                json!({ "KeyFormat": ["media-type"] }),
                None,
            ),
            rule(
                id("endpoint-form"),
                "Endpoint",
                json!({ "Format": ["http-url"] }),
                Some(json!([{ "Property": "Mode", "In": ["REMOTE"] }])),
            ),
        ];
        types.insert(
            format!("AWS::Synthetic::Resource.Thing{i}"),
            json!({
                "Documentation": "https://example.com/synthetic.html",
                "Source": "synthetic#type",
                "Description": "A synthetic property type.",
                "Properties": properties,
                "Rules": rules,
            }),
        );
    }
    json!({
        "Documents": {
            "synthetic": { "Path": "synthetic.md", "Url": "https://example.com/synthetic.html", "Description": "Synthetic." }
        },
        "AllowedValues": {
            "Mode": { "Description": "How a thing runs.", "Source": "synthetic#mode", "Values": ["LOCAL", "REMOTE", "NONE"] }
        },
        "Formats": {
            "http-url": { "Description": "an absolute http:// or https:// URL", "Source": "synthetic#url", "Pattern": "https?://[^\\s/?#]+.*" },
            "media-type": { "Description": "a media type", "Source": "synthetic#settings", "Pattern": "[A-Za-z0-9!#$%&'*+.^_`|~-]+/[A-Za-z0-9!#$%&'*+.^_`|~-]+.*" }
        },
        "PropertyTypes": types,
    })
    .to_string()
}

fn read_and_generate(text: &str) -> usize {
    let spec = Spec::load("spec/integration.spec.json", text, |derived| {
        std::fs::read_to_string(format!("{}/../{derived}", env!("CARGO_MANIFEST_DIR")))
            .map_err(|e| e.to_string())
    })
    .expect("a valid spec");
    cfn_codegen::generate(&spec).expect("generates").len()
}

fn generator(c: &mut Criterion) {
    let real = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/integration.spec.json"
    ))
    .expect("the real spec");
    let mut group = c.benchmark_group("generate");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("real spec", |b| {
        b.iter(|| read_and_generate(black_box(&real)))
    });
    for count in [10, 100, 1_000] {
        let text = synthetic_spec(count);
        assert!(
            read_and_generate(&text) > count,
            "a file per type, and more"
        );
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(
            BenchmarkId::new("synthetic types", count),
            &text,
            |b, text| b.iter(|| read_and_generate(black_box(text))),
        );
    }
    group.finish();
}

criterion_group!(benches, generator);
criterion_main!(benches);
