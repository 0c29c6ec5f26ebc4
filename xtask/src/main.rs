//! `cargo xtask`: the maintainers' entry point. Argument parsing and file I/O only; the work is
//! done by `cfn-codegen`.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod regen;
mod spec;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Maintainer commands of the cfn-apigateway-integration workspace"
)]
struct Cli {
    /// The workspace root (default: the workspace this xtask was built in).
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerates generated/src/model/ from spec/integration.spec.json.
    Regen {
        /// Write nothing; fail and list every stale, missing or extra file.
        #[arg(long)]
        check: bool,
    },
    /// Derives the spec from its documents, checks it, and reports drift from upstream.
    Spec {
        #[command(subcommand)]
        command: spec::SpecCommand,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root.unwrap_or_else(regen::workspace_root);
    let result = match cli.command {
        Command::Regen { check } => regen::run(&root, check),
        Command::Spec { command } => spec::run(&root, command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
