//! The peer of `cfn-apigateway-check` in the `process` bench: reads a file and parses it into a
//! `serde_json::Value`, and does nothing else (what any JSON tool must do at least).

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse-only FILE");
        return std::process::ExitCode::from(2);
    };
    let parsed = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| {
            serde_json::from_str::<serde_json::Value>(&text).map_err(|e| e.to_string())
        });
    match parsed {
        Ok(value) => {
            println!("{}", value.as_object().map_or(0, |o| o.len()));
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            std::process::ExitCode::from(2)
        }
    }
}
