// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! The resource types of the spec, for the checker of a template: which `Type` is
//! checked as which type.
use cfn_apigateway_runtime::ResourceType;
use super::{
    account, api_key, authorizer, base_path_mapping, client_certificate, deployment,
    documentation_part, documentation_version, domain_name, gateway_response, method,
    model_resource, request_validator, resource, rest_api, stage, usage_plan,
    usage_plan_key, vpc_link,
};
/// The resource types the spec describes, in name order: a resource whose `Type` is one
/// of these is checked as it.
pub static RESOURCE_TYPES: &[ResourceType] = &[
    ResourceType::new::<account::Account>(account::Account::TYPE_NAME),
    ResourceType::new::<api_key::ApiKey>(api_key::ApiKey::TYPE_NAME),
    ResourceType::new::<authorizer::Authorizer>(authorizer::Authorizer::TYPE_NAME),
    ResourceType::new::<
        base_path_mapping::BasePathMapping,
    >(base_path_mapping::BasePathMapping::TYPE_NAME),
    ResourceType::new::<
        client_certificate::ClientCertificate,
    >(client_certificate::ClientCertificate::TYPE_NAME),
    ResourceType::new::<deployment::Deployment>(deployment::Deployment::TYPE_NAME),
    ResourceType::new::<
        documentation_part::DocumentationPart,
    >(documentation_part::DocumentationPart::TYPE_NAME),
    ResourceType::new::<
        documentation_version::DocumentationVersion,
    >(documentation_version::DocumentationVersion::TYPE_NAME),
    ResourceType::new::<domain_name::DomainName>(domain_name::DomainName::TYPE_NAME),
    ResourceType::new::<
        gateway_response::GatewayResponse,
    >(gateway_response::GatewayResponse::TYPE_NAME),
    ResourceType::new::<method::Method>(method::Method::TYPE_NAME),
    ResourceType::new::<model_resource::Model>(model_resource::Model::TYPE_NAME),
    ResourceType::new::<
        request_validator::RequestValidator,
    >(request_validator::RequestValidator::TYPE_NAME),
    ResourceType::new::<resource::Resource>(resource::Resource::TYPE_NAME),
    ResourceType::new::<rest_api::RestApi>(rest_api::RestApi::TYPE_NAME),
    ResourceType::new::<stage::Stage>(stage::Stage::TYPE_NAME),
    ResourceType::new::<usage_plan::UsagePlan>(usage_plan::UsagePlan::TYPE_NAME),
    ResourceType::new::<
        usage_plan_key::UsagePlanKey,
    >(usage_plan_key::UsagePlanKey::TYPE_NAME),
    ResourceType::new::<vpc_link::VpcLink>(vpc_link::VpcLink::TYPE_NAME),
];
