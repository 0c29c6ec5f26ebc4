// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! What references yield: the pseudo parameters, and the return values (`Ref`,
//! `Fn::GetAtt`) of resource types, with the form of their values where the documents
//! give one.
use cfn_apigateway_runtime::references::{PseudoParameter, ReturnValue};
use super::formats;
/// The pseudo parameters, in name order.
pub static PSEUDO_PARAMETERS: [PseudoParameter; 8] = [
    PseudoParameter {
        name: "AWS::AccountId",
        description: "the AWS account ID of the stack",
        format: Some(&formats::ACCOUNT_ID),
        source: "pseudo-parameters#cfn-pseudo-param-accountid",
    },
    PseudoParameter {
        name: "AWS::NoValue",
        description: "no value: the property is removed",
        format: None,
        source: "pseudo-parameters#available-pseudo-parameters",
    },
    PseudoParameter {
        name: "AWS::NotificationARNs",
        description: "the list of the stack's notification topic ARNs",
        format: None,
        source: "pseudo-parameters#available-pseudo-parameters",
    },
    PseudoParameter {
        name: "AWS::Partition",
        description: "the partition of the stack",
        format: Some(&formats::PARTITION),
        source: "pseudo-parameters#cfn-pseudo-param-partition",
    },
    PseudoParameter {
        name: "AWS::Region",
        description: "the Region of the stack",
        format: Some(&formats::REGION_NAME),
        source: "pseudo-parameters#cfn-pseudo-param-region",
    },
    PseudoParameter {
        name: "AWS::StackId",
        description: "the ID (ARN) of the stack",
        format: Some(&formats::STACK_ID),
        source: "pseudo-parameters#cfn-pseudo-param-stackid",
    },
    PseudoParameter {
        name: "AWS::StackName",
        description: "the name of the stack",
        format: None,
        source: "pseudo-parameters#cfn-pseudo-param-stackname",
    },
    PseudoParameter {
        name: "AWS::URLSuffix",
        description: "the domain suffix of the stack's Region",
        format: Some(&formats::URL_SUFFIX),
        source: "pseudo-parameters#cfn-pseudo-param-urlsuffix",
    },
];
/// The return values of resource types, by resource type and then name.
pub static RETURN_VALUES: [ReturnValue; 9] = [
    ReturnValue {
        resource_type: "AWS::ApiGateway::Authorizer",
        name: "Ref",
        description: "the ID of the authorizer",
        format: None,
        source: "authorizer#aws-resource-apigateway-authorizer-return-values-ref",
    },
    ReturnValue {
        resource_type: "AWS::ApiGateway::VpcLink",
        name: "Ref",
        description: "the ID of the VPC link",
        format: None,
        source: "vpclink#aws-resource-apigateway-vpclink-return-values-ref",
    },
    ReturnValue {
        resource_type: "AWS::IAM::Role",
        name: "Arn",
        description: "the ARN of the role",
        format: Some(&formats::IAM_ROLE_ARN),
        source: "return-values#aws-resource-iam-role-return-values-fn--getatt",
    },
    ReturnValue {
        resource_type: "AWS::Lambda::Alias",
        name: "Ref",
        description: "the ARN of the alias (a qualified function ARN)",
        format: Some(&formats::LAMBDA_FUNCTION_ARN),
        source: "return-values#aws-resource-lambda-alias-return-values-ref",
    },
    ReturnValue {
        resource_type: "AWS::Lambda::Function",
        name: "Arn",
        description: "the ARN of the function",
        format: Some(&formats::LAMBDA_FUNCTION_ARN),
        source: "return-values#aws-resource-lambda-function-return-values-fn--getatt",
    },
    ReturnValue {
        resource_type: "AWS::Lambda::Version",
        name: "Ref",
        description: "the ARN of the version (a qualified function ARN)",
        format: Some(&formats::LAMBDA_FUNCTION_ARN),
        source: "return-values#aws-resource-lambda-version-return-values-ref",
    },
    ReturnValue {
        resource_type: "AWS::SQS::Queue",
        name: "Arn",
        description: "the ARN of the queue",
        format: Some(&formats::SQS_QUEUE_ARN),
        source: "return-values#aws-resource-sqs-queue-return-values-fn--getatt",
    },
    ReturnValue {
        resource_type: "AWS::StepFunctions::StateMachine",
        name: "Arn",
        description: "the ARN of the state machine",
        format: Some(&formats::STATE_MACHINE_ARN),
        source: "return-values#aws-resource-stepfunctions-statemachine-return-values-fn--getatt",
    },
    ReturnValue {
        resource_type: "AWS::StepFunctions::StateMachine",
        name: "Ref",
        description: "the ARN of the state machine",
        format: Some(&formats::STATE_MACHINE_ARN),
        source: "return-values#aws-resource-stepfunctions-statemachine-return-values-ref",
    },
];
