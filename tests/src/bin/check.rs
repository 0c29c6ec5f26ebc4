//! `cfn-apigateway-check`, built in this package so that the `process` bench can run it (a
//! bench sees the binaries of its own package only).

fn main() -> std::process::ExitCode {
    cfn_apigateway_integration::cli::main()
}
