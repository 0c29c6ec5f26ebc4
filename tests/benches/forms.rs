//! The named value forms: what reading their serialized DFAs on first use costs, and building
//! them from their patterns instead (what a build whose `regex-automata` cannot read them
//! pays), and what matching a literal and a skeleton costs once they are built.

use std::hint::black_box;
use std::time::Duration;

use cfn_apigateway_integration::FORMATS;
use cfn_apigateway_integration::formats::{APIGATEWAY_SERVICE_URI, LAMBDA_FUNCTION_ARN};
use cfn_apigateway_runtime::formats::{Holes, Part};
use cfn_apigateway_runtime::skeleton;
use cfn_apigateway_runtime::{Format, Serialized};
use criterion::{Criterion, criterion_group, criterion_main};

fn forms(c: &mut Criterion) {
    let mut group = c.benchmark_group("forms");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    // A fresh copy of every form of the spec, each read or built by its first match: what a
    // process pays once, for the DFA (a literal's first match), and for what holes reach (a
    // skeleton's).
    const NONE: &Serialized<[u8]> = &Serialized::new([]);
    group.bench_function("read every form's serialized DFA (first literal)", |b| {
        b.iter(|| {
            for form in FORMATS {
                let fresh = Format::new(form.name, form.description, form.pattern, form.serialized);
                black_box(fresh.matches(black_box("")));
            }
        })
    });
    group.bench_function(
        "build every form's DFA from its pattern (first literal)",
        |b| {
            b.iter(|| {
                for form in FORMATS {
                    let fresh = Format::new(form.name, form.description, form.pattern, NONE);
                    black_box(fresh.matches(black_box("")));
                }
            })
        },
    );
    group.bench_function(
        "read every form's DFA, build hole reach (first skeleton)",
        |b| {
            b.iter(|| {
                for form in FORMATS {
                    let fresh =
                        Format::new(form.name, form.description, form.pattern, form.serialized);
                    black_box(fresh.matches_parts(black_box(&[Part::Hole]), Holes::AnyText));
                }
            })
        },
    );
    let uri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations";
    group.bench_function("match a literal URI", |b| {
        b.iter(|| APIGATEWAY_SERVICE_URI.matches(black_box(uri)))
    });
    let template = "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Pets.Arn}/invocations";
    group.bench_function("match an Fn::Sub URI, holes of any text", |b| {
        b.iter(|| {
            let parts = skeleton::of_sub(black_box(template));
            APIGATEWAY_SERVICE_URI.matches_parts(&parts, Holes::AnyText)
        })
    });
    group.bench_function("match an Fn::Sub URI, holes of tokens", |b| {
        b.iter(|| {
            let parts = skeleton::of_sub(black_box(template));
            LAMBDA_FUNCTION_ARN.matches_parts(&parts, Holes::Token)
        })
    });
    group.finish();
}

criterion_group!(benches, forms);
criterion_main!(benches);
