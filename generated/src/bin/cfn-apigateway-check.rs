//! `cfn-apigateway-check`: checks every `AWS::ApiGateway::Method` of CloudFormation templates.
//! See [`cfn_apigateway_integration::cli`] for its arguments, formats and exit statuses.

fn main() -> std::process::ExitCode {
    cfn_apigateway_integration::cli::main()
}
