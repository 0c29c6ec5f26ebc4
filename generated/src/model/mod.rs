// @generated from spec/integration.spec.json by `cargo xtask regen`. Do not edit by hand.

//! Types generated from `spec/integration.spec.json`.
mod context;
mod authorization_type;
mod connection_type;
mod content_handling;
mod http_method;
mod integration_type;
mod passthrough_behavior;
mod response_transfer_mode;
pub mod formats;
pub mod references;
pub mod resources;
pub mod rules;
pub mod method;
pub use context::CheckContext;
pub use authorization_type::AuthorizationType;
pub use connection_type::ConnectionType;
pub use content_handling::ContentHandling;
pub use http_method::HttpMethod;
pub use integration_type::IntegrationType;
pub use passthrough_behavior::PassthroughBehavior;
pub use response_transfer_mode::ResponseTransferMode;
pub use formats::FORMATS;
pub use resources::RESOURCE_TYPES;
pub use rules::RULES;
