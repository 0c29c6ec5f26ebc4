// @generated from tests/data/specs/recursive.json by `cargo xtask regen`. Do not edit by hand.

//! The property types of `AWS::Fixture::Widget` (the spec does not describe the resource type itself).
mod configuration;
mod not_statement;
mod statement;
pub use configuration::{Configuration, ConfigurationBuilder};
pub use not_statement::{NotStatement, NotStatementBuilder};
pub use statement::{Statement, StatementBuilder};
