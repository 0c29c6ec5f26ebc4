//! The whole process of `cfn-apigateway-check` against a program that only reads the same file
//! and parses it into a `serde_json::Value` (`parse-only`): wall time and peak memory, on
//!
//! - a JSON template of 1,000 valid Methods (bound: at most 1.5× the time and 2× the memory of
//!   `parse-only`),
//! - the same template as YAML with short-form tags (bound: at most 2× the time of checking the
//!   JSON),
//! - 1 MB of YAML made of short `!Ref` items (bound: at most 40 MB of memory), and its JSON twin.
//!
//! Each program runs alternately, `ROUNDS` times; the medians are compared. Peak memory is the
//! maximum resident set size that `/usr/bin/time -f %M` reports (Linux; without it, times only).
//!
//! ```sh
//! cargo bench -p tests --bench process
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const ROUNDS: usize = 21;

/// A valid Method, as JSON.
fn method(i: usize) -> serde_json::Value {
    serde_json::json!({
        "Type": "AWS::ApiGateway::Method",
        "Properties": {
            "RestApiId": {"Ref": "Api"},
            "ResourceId": {"Fn::GetAtt": ["Api", "RootResourceId"]},
            "HttpMethod": "GET",
            "AuthorizationType": "NONE",
            "RequestParameters": {"method.request.path.id": true},
            "Integration": {
                "Type": "HTTP_PROXY",
                "IntegrationHttpMethod": "GET",
                "Uri": format!("https://backend.example.com/items/{i}/{{id}}"),
                "CacheKeyParameters": ["method.request.path.id"],
                "RequestParameters": {"integration.request.path.id": "method.request.path.id"},
                "TimeoutInMillis": 29000,
            },
        },
    })
}

/// The same Method as YAML with short-form tags.
fn method_yaml(i: usize) -> String {
    format!(
        "  Method{i}:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      RequestParameters:
        method.request.path.id: true
      Integration:
        Type: HTTP_PROXY
        IntegrationHttpMethod: GET
        Uri: https://backend.example.com/items/{i}/{{id}}
        CacheKeyParameters: [method.request.path.id]
        RequestParameters:
          integration.request.path.id: method.request.path.id
        TimeoutInMillis: 29000
"
    )
}

/// Writes the four inputs into `dir`.
fn inputs(dir: &Path) -> [PathBuf; 4] {
    std::fs::create_dir_all(dir).expect("a folder for the inputs");
    let mut resources = serde_json::Map::new();
    let mut yaml = String::from("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
    for i in 0..1000 {
        resources.insert(format!("Method{i}"), method(i));
        yaml.push_str(&method_yaml(i));
    }
    let api =
        serde_json::json!({"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "pets"}});
    resources.insert("Api".to_owned(), api);
    yaml.push_str(
        "  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: pets\n",
    );
    let json =
        serde_json::json!({"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources});
    let json = serde_json::to_string_pretty(&json).expect("JSON");

    let mut refs = String::from(
        "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      Items:\n",
    );
    let mut names = Vec::new();
    while refs.len() < 1_000_000 {
        let name = format!("P{}", names.len() % 100);
        refs.push_str(&format!("        - !Ref {name}\n"));
        names.push(name);
    }
    let items: Vec<_> = names
        .iter()
        .map(|n| serde_json::json!({"Ref": n}))
        .collect();
    let refs_json = serde_json::json!({"Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"Items": items}}}});

    let files = [
        ("methods.json", json),
        ("methods.yaml", yaml),
        ("refs.yaml", refs),
        ("refs.json", refs_json.to_string()),
    ];
    files.map(|(name, text)| {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("an input written");
        path
    })
}

/// Wall time (ms) and peak memory (KB, when `/usr/bin/time` says) of one run.
fn run(program: &str, file: &Path) -> (f64, Option<u64>) {
    let time = Path::new("/usr/bin/time");
    let mut command = if time.exists() {
        let mut command = Command::new(time);
        command.args(["-f", "%M", program]);
        command
    } else {
        Command::new(program)
    };
    command.arg(file);
    let started = Instant::now();
    let output = command.output().expect("the program runs");
    let elapsed = started.elapsed().as_secs_f64() * 1000.0;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let peak = stderr.lines().last().and_then(|l| l.trim().parse().ok());
    (elapsed, peak)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Median time and largest peak memory of `ROUNDS` alternating runs of each program on `file`.
fn measure(programs: &[(&str, &str, &Path)]) -> Vec<(f64, Option<u64>)> {
    let mut runs: Vec<Vec<(f64, Option<u64>)>> = vec![Vec::new(); programs.len()];
    for _ in 0..ROUNDS {
        for (i, (_, program, file)) in programs.iter().enumerate() {
            runs[i].push(run(program, file));
        }
    }
    runs.into_iter()
        .map(|runs| {
            let time = median(runs.iter().map(|r| r.0).collect());
            let peak = runs.iter().filter_map(|r| r.1).max();
            (time, peak)
        })
        .collect()
}

fn show(name: &str, (time, peak): (f64, Option<u64>)) {
    let peak = peak.map_or("?".to_owned(), |kb| format!("{:.1} MB", kb as f64 / 1024.0));
    println!("  {name:<40} {time:7.1} ms  {peak}");
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument other than this bench's name skips it.
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with("--") && a != "process")
    {
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("process-bench");
    let [methods_json, methods_yaml, refs_yaml, refs_json] = inputs(&dir);
    let check = env!("CARGO_BIN_EXE_check");
    let parse = env!("CARGO_BIN_EXE_parse-only");
    let results = measure(&[
        ("check, 1,000 Methods, JSON", check, &methods_json),
        ("parse-only, 1,000 Methods, JSON", parse, &methods_json),
        ("check, 1,000 Methods, YAML", check, &methods_yaml),
        ("check, 1 MB of !Ref items, YAML", check, &refs_yaml),
        ("check, the same as JSON", check, &refs_json),
        ("parse-only, the same as JSON", parse, &refs_json),
    ]);
    println!("process: median of {ROUNDS} alternating runs, peak resident memory");
    for (name, result) in [
        "check, 1,000 Methods, JSON",
        "parse-only, 1,000 Methods, JSON",
        "check, 1,000 Methods, YAML",
        "check, 1 MB of !Ref items, YAML",
        "check, the same as JSON",
        "parse-only, the same as JSON",
    ]
    .iter()
    .zip(&results)
    {
        show(name, *result);
    }
    let ratio = |a: f64, b: f64| a / b;
    let (check_json, parse_json, check_yaml, refs_yaml) =
        (results[0], results[1], results[2], results[3]);
    println!(
        "time: check / parse-only on 1,000 Methods (JSON): {:.2}× (bound 1.5×)",
        ratio(check_json.0, parse_json.0)
    );
    if let (Some(a), Some(b)) = (check_json.1, parse_json.1) {
        println!(
            "memory: check / parse-only on 1,000 Methods (JSON): {:.2}× (bound 2×)",
            ratio(a as f64, b as f64)
        );
    }
    println!(
        "time: YAML / JSON check of 1,000 Methods: {:.2}× (bound 2×)",
        ratio(check_yaml.0, check_json.0)
    );
    if let Some(kb) = refs_yaml.1 {
        println!(
            "memory: check of 1 MB of !Ref items (YAML): {:.1} MB (bound 40 MB)",
            kb as f64 / 1024.0
        );
    }
}
