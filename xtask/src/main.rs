//! `cargo xtask`: the maintainers' entry point. Argument parsing and file I/O only; the work is
//! done by `cfn-codegen`.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod compare;
mod generate;
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
    /// Writes a standalone crate of any spec (its Cargo.toml depends on this workspace's
    /// runtime crate by path).
    Generate {
        /// The spec file.
        #[arg(long, value_name = "FILE")]
        spec: PathBuf,
        /// The folder to write the crate into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The crate's name (default: the spec file's stem).
        #[arg(long, value_name = "CRATE")]
        name: Option<String>,
    },
    /// Derives the spec from its documents, checks it, and reports drift from upstream.
    Spec {
        #[command(subcommand)]
        command: spec::SpecCommand,
    },
    /// Compares the benches' paired ratios of the working tree with those of a revision, from
    /// runs of the two builds in turn (the revision is built in a worktree under
    /// target/compare/).
    Compare {
        /// The revision to compare with: a commit, a branch, `HEAD`...
        rev: String,
        /// Runs of each build.
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        /// A bench to run; repeat for several (default: jsonschema and load).
        #[arg(long = "bench", value_name = "NAME")]
        benches: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root.unwrap_or_else(regen::workspace_root);
    let result = match cli.command {
        Command::Regen { check } => regen::run(&root, check),
        Command::Generate { spec, out, name } => generate::run(&root, &spec, &out, name.as_deref()),
        Command::Spec { command } => spec::run(&root, command),
        Command::Compare {
            rev,
            rounds,
            mut benches,
        } => {
            if benches.is_empty() {
                benches = compare::BENCHES.map(str::to_owned).to_vec();
            }
            compare::run(&root, &rev, rounds, &benches)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
