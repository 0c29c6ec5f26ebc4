//! Provenance of the spec: `derive` reproduces the structural part of `spec/` from the vendored
//! pages, `check` passes on the real spec and names what a perturbed page or schema changes,
//! malformed pages give errors naming the page and the line (and never panic), and `drift`
//! reports what upstream says that the spec does not.
//!
//! The snapshots in `snapshots/provenance__*.snap` are the derived spec of each vendored page,
//! the drift report and a check report. A new version of a page changes them: review the
//! difference with `cargo insta review` (or `INSTA_UPDATE=always cargo test -p tests --test
//! provenance` and `git diff`), as spec/README.md describes.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use cfn_codegen::Spec;
use cfn_codegen::document::{self, Primitive, Requirement, UpdateBehavior, ValueType};
use cfn_codegen::lower::JsonPath;
use cfn_codegen::provenance::{self, Discrepancy, DriftFact, DriftStatus, Fact, ProvenanceError};
use cfn_codegen::spec::{Condition, Property, Rule};
use proptest::prelude::*;

const SPEC: &str = "spec/integration.spec.json";
const DERIVED: &str = "spec/apigateway.derived.json";
const METHOD: &str = "AWS::ApiGateway::Method";
const INTEGRATION_PAGE: &str = "spec/docs/aws-properties-apitgateway-method-integration.md";
const INTEGRATION: &str = "AWS::ApiGateway::Method.Integration";
const INTEGRATION_RESPONSE: &str = "AWS::ApiGateway::Method.IntegrationResponse";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(relative: &str) -> String {
    fs::read_to_string(root().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn spec() -> Spec {
    Spec::load(SPEC, &read(SPEC), |derived| Ok(read(derived))).unwrap_or_else(|e| panic!("{e}"))
}

/// The texts of the spec's documents, by key, as `cargo xtask spec check` reads them.
fn documents(spec: &Spec) -> BTreeMap<String, String> {
    spec.documents
        .iter()
        .map(|(key, doc)| {
            (
                key.clone(),
                read(&provenance::document_file(spec, &doc.path)),
            )
        })
        .collect()
}

/// The derived spec of a vendored page, cited as `cargo xtask spec derive` cites it.
fn derive(spec: &Spec, file: &str) -> document::DerivedSpec {
    let page = document::parse_page(file, &read(file)).unwrap_or_else(|e| panic!("{e}"));
    let file_name = file.rsplit('/').next().unwrap_or(file);
    let key = provenance::document_key(spec, file_name).unwrap_or(&page.stem);
    document::derive(&page, key)
}

/// The structural part of a property: everything but the facts only the prose or upstream
/// states (allowed values, bounds, default, duplicates).
fn structural(property: &Property) -> Property {
    Property {
        allowed_values: None,
        minimum: None,
        maximum: None,
        default: None,
        duplicates_allowed: None,
        ..property.clone()
    }
}

#[test]
fn derive_reproduces_the_structural_part_of_the_spec() {
    let spec = spec();
    for (type_name, page) in [
        (INTEGRATION, INTEGRATION_PAGE),
        (
            INTEGRATION_RESPONSE,
            "spec/docs/aws-properties-apitgateway-method-integration-integrationresponse.md",
        ),
    ] {
        let json = derive(&spec, page).to_json().expect("serializes");
        // Reading the output back with the spec's own serde mirror (unknown keys rejected)
        // shows it is in the spec's format.
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let derived: BTreeMap<String, Property> =
            serde_json::from_value(value["PropertyTypes"][type_name]["Properties"].clone())
                .unwrap_or_else(|e| panic!("{page}: {e}"));
        let derived: BTreeMap<String, Property> = derived
            .iter()
            .map(|(name, p)| (name.clone(), structural(p)))
            .collect();
        let from_documents: BTreeMap<String, Property> = spec.property_types[type_name]
            .properties
            .iter()
            .filter(|(_, p)| !provenance::is_adopted(&p.source))
            .map(|(name, p)| (name.clone(), structural(p)))
            .collect();
        assert_eq!(derived, from_documents, "{page}");
    }
}

#[test]
fn only_the_properties_adopted_from_upstream_are_missing_from_the_integration_page() {
    let spec = spec();
    let derived = derive(&spec, INTEGRATION_PAGE);
    let documented = &derived.property_types[INTEGRATION].properties;
    let not_on_page: Vec<&str> = spec.property_types[INTEGRATION]
        .properties
        .keys()
        .filter(|name| !documented.contains_key(*name))
        .map(String::as_str)
        .collect();
    assert_eq!(not_on_page, ["IntegrationTarget", "ResponseTransferMode"]);
}

#[test]
fn derived_spec_of_each_vendored_page() {
    let spec = spec();
    for (snapshot, page) in [
        ("derive_integration", INTEGRATION_PAGE),
        (
            "derive_integration_response",
            "spec/docs/aws-properties-apitgateway-method-integration-integrationresponse.md",
        ),
        (
            "derive_method_response",
            "spec/docs/aws-properties-apitgateway-method-methodresponse.md",
        ),
        (
            "derive_method",
            "spec/docs/aws-resource-apigateway-method.md",
        ),
    ] {
        let json = derive(&spec, page).to_json().expect("serializes");
        insta::assert_snapshot!(snapshot, json);
    }
}

#[test]
fn a_resource_page_derives_a_resource_type_with_property_type_references() {
    let spec = spec();
    let derived = derive(&spec, "spec/docs/aws-resource-apigateway-method.md");
    assert!(derived.property_types.is_empty());
    let method = &derived.resource_types["AWS::ApiGateway::Method"];
    assert_eq!(method.source, "method#aws-resource-apigateway-method");
    let integration = &method.properties["Integration"];
    assert_eq!(integration.type_.as_deref(), Some("Integration"));
    let responses = &method.properties["MethodResponses"];
    assert_eq!(
        (responses.type_.as_deref(), responses.item_type.as_deref()),
        (Some("List"), Some("MethodResponse"))
    );
    let parameters = &method.properties["RequestParameters"];
    assert_eq!(parameters.primitive_item_type.as_deref(), Some("Boolean"));
    assert!(method.properties["RestApiId"].required);
}

#[test]
fn a_page_outside_the_spec_is_cited_by_its_file_stem() {
    let spec = spec();
    let derived = derive(&spec, SYNTHETIC_PAGE);
    let color = &derived.property_types["AWS::Example::Widget.Gadget"].properties["Color"];
    assert_eq!(
        color.source,
        "aws-properties-example-widget-gadget#cfn-example-widget-gadget-color"
    );
}

const SYNTHETIC_PAGE: &str = "tests/data/docs/aws-properties-example-widget-gadget.md";

#[test]
fn a_page_stating_allowed_values_bounds_and_patterns_derives_them() {
    let page = document::parse_page(SYNTHETIC_PAGE, &read(SYNTHETIC_PAGE))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(page.type_name, "AWS::Example::Widget.Gadget");
    assert_eq!(page.anchor, "aws-properties-example-widget-gadget");
    let color = &page.properties["Color"];
    assert_eq!(
        color.allowed_values.as_deref(),
        Some(&["RED".to_owned(), "DARK_GREEN".to_owned(), "BLUE".to_owned()][..])
    );
    assert_eq!(color.required, Requirement::Yes);
    assert_eq!(color.update, UpdateBehavior::Replacement);
    let name = &page.properties["Name"];
    assert_eq!(name.required, Requirement::Conditional);
    assert_eq!(name.update, UpdateBehavior::SomeInterruptions);
    assert_eq!(name.pattern.as_deref(), Some("^[a-zA-Z0-9._-]+$"));
    assert_eq!(
        name.description,
        "The name. Keep `a\\.b` as written in code."
    );
    assert_eq!(
        page.properties["Labels"].pattern.as_deref(),
        Some(r"^[\w\-]+$")
    );
    let size = &page.properties["Size"];
    assert_eq!(size.minimum.as_ref().and_then(|n| n.as_i64()), Some(-3));
    assert_eq!(size.maximum.as_ref().and_then(|n| n.as_i64()), Some(29000));
    assert_eq!(
        page.properties["Ratio"]
            .minimum
            .as_ref()
            .and_then(|n| n.as_f64()),
        Some(0.5)
    );
    assert_eq!(page.properties["Ratio"].description, "");
    assert_eq!(
        page.properties["Updated"].value_type,
        ValueType::Primitive(Primitive::Timestamp)
    );
    let derived = document::derive(&page, "gadget");
    let json = derived.to_json().expect("serializes");
    assert_eq!(
        derived.allowed_values["WidgetGadgetColor"].values,
        ["RED", "DARK_GREEN", "BLUE"]
    );
    insta::assert_snapshot!("derive_synthetic_page", json);
}

#[test]
fn anchors_inside_code_blocks_are_not_anchors() {
    let text = "# AWS::A::B<a name=\"t\"></a>\n```\n<a name=\"in-code\"></a>\n```\n<a name=\"outside\"></a>\n";
    let anchors = document::anchors(text);
    assert_eq!(anchors.keys().collect::<Vec<_>>(), ["outside", "t"]);
    assert_eq!(anchors["outside"], 5);
    let inline_code = "```a``` <a name=\"after-inline-code\"></a>\n<a name=\"next\"></a>\n";
    assert_eq!(
        document::anchors(inline_code).keys().collect::<Vec<_>>(),
        ["after-inline-code", "next"]
    );
}

#[test]
fn malformed_pages_give_an_error_naming_the_page_and_the_line() {
    let cases = [
        (
            "duplicate-return-value.md",
            19,
            "the return value `Endpoint.Address` is documented twice (first at line 16)",
        ),
        (
            "bad-return-value-name.md",
            16,
            "expected an attribute name (letters, digits, _ and .) before the anchor, found `` `Weird-Name`  <a name=\"Weird-Name-fn::getatt\"></a> ``",
        ),
        (
            "missing-type-line.md",
            13,
            "the paragraph of property `Size` has no `*Type*` line",
        ),
        (
            "unterminated-paragraph.md",
            7,
            "the paragraph of property `Color` has no `*Required*` line before line 10",
        ),
        (
            "truncated.md",
            7,
            "the paragraph of property `Color` has no `*Required*` line before the page ends",
        ),
        (
            "unknown-type.md",
            10,
            "expected a `*Type*` of String, Integer, Long, Double, Boolean, Timestamp, Json, `[PropertyType](page.md)`, or `List of`/`Map of` one of these, found `Set of String`",
        ),
        (
            "unknown-attribute.md",
            11,
            "unknown attribute `*Default*` of property `Color`; expected one of *Required*, *Type*, *Allowed values*, *Minimum*, *Maximum*, *Pattern*, *Update requires*",
        ),
        (
            "stray-line.md",
            13,
            "expected a property paragraph starting `` `Name`  <a name=\"anchor\"></a> ``, found `This line belongs to no property\\.`",
        ),
        (
            "no-title.md",
            2,
            "expected the title `# AWS::Service::Resource[ PropertyType]<a name=\"anchor\"></a>`, found `Some text before any title\\.`",
        ),
        (
            "title-without-anchor.md",
            1,
            "the title has no anchor `<a name=\"…\"></a>`",
        ),
        (
            "bad-title.md",
            1,
            "a title naming a resource type (`AWS::Service::Resource`) and, for a property type, its name (`AWS::Service::Resource PropertyType`), found `Example Widget Gadget`",
        ),
        (
            "duplicate-property.md",
            12,
            "property `Color` is documented twice (first at line 7)",
        ),
        (
            "empty-properties-section.md",
            5,
            "the Properties section has no property paragraph",
        ),
        (
            "bad-values.md",
            8,
            "expected `*Required*: Yes`, `No` or `Conditional`, found `Sometimes`",
        ),
        (
            "bad-minimum.md",
            10,
            "expected a number after `*Minimum*:`, found `` `ten` ``",
        ),
        (
            "bad-update.md",
            10,
            "expected `*Update requires*: [No interruption](…)`, `[Replacement](…)`, `[Some interruptions](…)` or `Updates are not supported.`, found `Occasionally`",
        ),
        (
            "repeated-attribute.md",
            10,
            "attribute `*Type*` of property `Size` is repeated (first at line 9)",
        ),
        (
            "list-of-list.md",
            10,
            "expected a `*Type*` of String, Integer, Long, Double, Boolean, Timestamp, Json, `[PropertyType](page.md)`, or `List of`/`Map of` one of these, found `[List](x.md) of [List](y.md)`",
        ),
        (
            "resource-without-properties.md",
            9,
            "a property paragraph outside a `## Properties` section",
        ),
        (
            "empty.md",
            1,
            "the page is empty; expected a title `# AWS::Service::Resource[ PropertyType]<a name=\"anchor\"></a>`",
        ),
    ];
    let folder = "tests/data/docs/malformed";
    let mut files: Vec<String> = fs::read_dir(root().join(folder))
        .expect("the malformed pages")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut covered: Vec<String> = cases.iter().map(|(f, _, _)| (*f).to_owned()).collect();
    covered.sort();
    assert_eq!(files, covered, "every malformed page has an expected error");
    for (file, line, message) in cases {
        let page = format!("{folder}/{file}");
        let error = document::parse_page(&page, &read(&page)).expect_err(file);
        assert_eq!(
            error.to_string(),
            format!("{page}:{line}: {message}"),
            "{file}"
        );
        assert_eq!((error.page.as_str(), error.line), (page.as_str(), line));
    }
}

/// The vendored Integration page with `edit` applied to the paragraph of `property`: the text
/// from its anchor line to the next blank line.
fn edit_paragraph(text: &str, property: &str, edit: impl Fn(&str) -> String) -> String {
    let start = text
        .find(&format!("`{property}`  <a name="))
        .unwrap_or_else(|| panic!("no paragraph of {property}"));
    let end = text[start..].find("\n\n").map_or(text.len(), |e| start + e);
    format!(
        "{}{}{}",
        &text[..start],
        edit(&text[start..end]),
        &text[end..]
    )
}

fn check_with(documents: &BTreeMap<String, String>) -> provenance::CheckReport {
    provenance::check(&spec(), documents).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn check_passes_on_the_real_spec() {
    let spec = spec();
    let report = provenance::check(&spec, &documents(&spec)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.discrepancies, []);
    assert_eq!((report.property_types, report.properties), (39, 216));
    // The Conditional properties whose prose gives no condition to write as a rule.
    let not_enforced: Vec<String> = report
        .not_enforced
        .iter()
        .map(|d| match d {
            Discrepancy::NotEnforced {
                type_name,
                property,
                ..
            } => format!("{type_name}.{property}"),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        not_enforced,
        [
            "AWS::ApiGateway::RestApi.Name",
            "AWS::ApiGateway::Stage.AccessLogSetting.DestinationArn",
            "AWS::ApiGateway::Stage.AccessLogSetting.Format"
        ]
    );
    assert!(
        report.to_string().starts_with(&format!(
            "spec/integration.spec.json matches its documents: 39 types and 216 properties compared, {} sources resolved\n3 facts are not enforced yet:",
            report.sources
        )),
        "{report}"
    );
}

#[test]
fn check_names_a_renamed_property_and_a_flipped_required_status() {
    let spec = spec();
    let mut documents = documents(&spec);
    let page = &documents["integration"];
    let page = edit_paragraph(page, "CacheNamespace", |p| {
        p.replacen("`CacheNamespace`", "`CacheNamespaceName`", 1)
    });
    let page = edit_paragraph(&page, "Type", |p| {
        p.replacen("*Required*: No", "*Required*: Yes", 1)
    });
    documents.insert("integration".to_owned(), page);
    let report = check_with(&documents);
    assert_eq!(
        report.discrepancies,
        [
            Discrepancy::MissingFromSpec {
                type_name: INTEGRATION.to_owned(),
                property: "CacheNamespaceName".to_owned(),
                source: "integration#cfn-apigateway-method-integration-cachenamespace".to_owned(),
                at: format!("{INTEGRATION_PAGE}:61"),
            },
            Discrepancy::Differs {
                type_name: INTEGRATION.to_owned(),
                property: Some("Type".to_owned()),
                fact: Fact::Required,
                spec: "Required: No".to_owned(),
                document: "Required: Yes".to_owned(),
                at: format!("{INTEGRATION_PAGE}:137"),
            },
            Discrepancy::MissingFromDocument {
                type_name: INTEGRATION.to_owned(),
                property: "CacheNamespace".to_owned(),
                source: "integration#cfn-apigateway-method-integration-cachenamespace".to_owned(),
            },
        ]
    );
    insta::assert_snapshot!("check_perturbed_page", report.to_string());
}

#[test]
fn check_names_a_type_update_description_and_stated_constraints_that_differ() {
    let spec = spec();
    let mut documents = documents(&spec);
    let page = &documents["integration"];
    let page = edit_paragraph(page, "Uri", |p| {
        p.replacen("*Type*: String", "*Type*: List of String", 1)
            .replacen("[No interruption]", "[Replacement]", 1)
            .replacen("for the integration\\.", "for the backend\\.", 1)
    });
    let page = edit_paragraph(&page, "Type", |p| {
        p.replacen(
            "*Type*: String",
            "*Type*: String  \n*Allowed values*: `MOCK | AWS`",
            1,
        )
    });
    let page = edit_paragraph(&page, "ConnectionType", |p| {
        p.replacen(
            "*Type*: String",
            "*Type*: String  \n*Allowed values*: `VPC_LINK | INTERNET`",
            1,
        )
    });
    let page = edit_paragraph(&page, "TimeoutInMillis", |p| {
        p.replacen(
            "*Type*: Integer",
            "*Type*: Integer  \n*Minimum*: `50`  \n*Maximum*: `30000`",
            1,
        )
    });
    let page = edit_paragraph(&page, "CacheNamespace", |p| {
        p.replacen(
            "*Type*: String",
            "*Type*: String  \n*Pattern*: `^[a-z]+$`",
            1,
        )
    });
    documents.insert("integration".to_owned(), page);
    let report = check_with(&documents);
    let found: Vec<(String, Fact, String, String)> = report
        .discrepancies
        .iter()
        .filter_map(|d| match d {
            Discrepancy::Differs {
                property: Some(property),
                fact,
                spec,
                document,
                ..
            } => Some((property.clone(), *fact, spec.clone(), document.clone())),
            _ => None,
        })
        .collect();
    let expected = [
        ("CacheNamespace", Fact::Pattern, "none", "`^[a-z]+$`"),
        ("TimeoutInMillis", Fact::Maximum, "29000", "30000"),
        (
            "Type",
            Fact::AllowedValues,
            "AWS | AWS_PROXY | HTTP | HTTP_PROXY | MOCK (set IntegrationType)",
            "MOCK | AWS",
        ),
        (
            "Uri",
            Fact::Description,
            "\"The Uniform Resource Identifier (URI) for the integration.\" (description line 1)",
            "\"The Uniform Resource Identifier (URI) for the backend.\" (description line 1)",
        ),
        ("Uri", Fact::Type, "String", "List of String"),
        ("Uri", Fact::UpdateType, "Mutable", "Immutable"),
    ];
    let expected: Vec<(String, Fact, String, String)> = expected
        .iter()
        .map(|(p, f, s, d)| ((*p).to_owned(), *f, (*s).to_owned(), (*d).to_owned()))
        .collect();
    assert_eq!(found, expected);
    assert_eq!(report.discrepancies.len(), expected.len(), "{report}");
}

#[test]
fn check_names_an_anchor_the_document_no_longer_has() {
    let spec = spec();
    let mut documents = documents(&spec);
    let page = documents["integration"].replace(
        "cfn-apigateway-method-integration-timeoutinmillis\"",
        "cfn-apigateway-method-integration-timeout\"",
    );
    documents.insert("integration".to_owned(), page);
    let report = check_with(&documents);
    let text = report.to_string();
    let unresolved: Vec<&str> = report
        .discrepancies
        .iter()
        .filter_map(|d| match d {
            Discrepancy::Unresolved { path, .. } => Some(path.as_str()),
            _ => None,
        })
        .collect();
    let cited = "integration#cfn-apigateway-method-integration-timeoutinmillis";
    let at = format!("PropertyTypes[{INTEGRATION:?}]");
    let mut expected = vec![format!("{at}.Properties.TimeoutInMillis.Source")];
    let rules = &spec.property_types[INTEGRATION].rules;
    expected.extend(
        (0..rules.len())
            .filter(|&i| rules[i].source == cited)
            .map(|i| format!("{at}.Rules[{i}].Source")),
    );
    assert_eq!(
        expected.len(),
        3,
        "the property and its two timeout rules cite the anchor"
    );
    assert_eq!(unresolved, expected, "{text}");
    assert!(
        text.contains(
            "source integration#cfn-apigateway-method-integration-timeoutinmillis: spec/docs/aws-properties-apitgateway-method-integration.md has no anchor `cfn-apigateway-method-integration-timeoutinmillis`"
        ),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{INTEGRATION} property TimeoutInMillis: Source differs: the spec has integration#cfn-apigateway-method-integration-timeoutinmillis; the document ({INTEGRATION_PAGE}:131) has integration#cfn-apigateway-method-integration-timeout"
        )),
        "{text}"
    );
}

#[test]
fn check_names_a_title_anchor_the_page_changed() {
    let spec = spec();
    let mut documents = documents(&spec);
    let page = documents["integration-response"].replacen(
        "<a name=\"aws-properties-apitgateway-method-integration-integrationresponse\">",
        "<a name=\"aws-properties-apigateway-method-integrationresponse\">",
        1,
    );
    documents.insert("integration-response".to_owned(), page);
    let report = check_with(&documents);
    let old =
        "integration-response#aws-properties-apitgateway-method-integration-integrationresponse";
    assert_eq!(
        report.discrepancies,
        [
            Discrepancy::Differs {
                type_name: INTEGRATION_RESPONSE.to_owned(),
                property: None,
                fact: Fact::Source,
                spec: old.to_owned(),
                document: "integration-response#aws-properties-apigateway-method-integrationresponse"
                    .to_owned(),
                at: "spec/docs/aws-properties-apitgateway-method-integration-integrationresponse.md:1"
                    .to_owned(),
            },
            Discrepancy::Unresolved {
                path: format!("PropertyTypes[{INTEGRATION_RESPONSE:?}].Source"),
                source: old.to_owned(),
                reason: "spec/docs/aws-properties-apitgateway-method-integration-integrationresponse.md has no anchor `aws-properties-apitgateway-method-integration-integrationresponse`".to_owned(),
            },
        ]
    );
}

#[test]
fn check_resolves_registry_sources_as_json_pointers() {
    let spec = spec();
    let mut documents = documents(&spec);
    let mut schema: serde_json::Value =
        serde_json::from_str(&documents["registry"]).expect("the registry schema");
    let integration = schema["definitions"]["Integration"]
        .as_object_mut()
        .expect("the Integration definition");
    integration.remove("required");
    documents.insert("registry".to_owned(), schema.to_string());
    let report = check_with(&documents);
    let type_required = spec.property_types[INTEGRATION]
        .rules
        .iter()
        .position(|r| r.id == "integration-type-required")
        .expect("the rule adopted from the registry");
    assert_eq!(
        report.discrepancies,
        [Discrepancy::Unresolved {
            path: format!("PropertyTypes[{INTEGRATION:?}].Rules[{type_required}].Source"),
            source: "registry#/definitions/Integration/required".to_owned(),
            reason: "`/definitions/Integration/required` is not a JSON pointer to a value of spec/upstream/aws-apigateway-method.registry-schema.json".to_owned(),
        }]
    );
}

#[test]
fn check_names_a_page_that_documents_another_type() {
    let spec = spec();
    let mut documents = documents(&spec);
    let page = documents["integration-response"].replacen(
        "# AWS::ApiGateway::Method IntegrationResponse",
        "# AWS::ApiGateway::Method MethodResponse",
        1,
    );
    documents.insert("integration-response".to_owned(), page);
    let report = check_with(&documents);
    assert_eq!(
        report.discrepancies,
        [Discrepancy::OtherType {
            type_name: INTEGRATION_RESPONSE.to_owned(),
            document_type: "AWS::ApiGateway::Method.MethodResponse".to_owned(),
            source: "integration-response#aws-properties-apitgateway-method-integration-integrationresponse"
                .to_owned(),
        }]
    );
}

#[test]
fn check_fails_on_a_malformed_vendored_page_naming_it() {
    let spec = spec();
    let mut documents = documents(&spec);
    let page = edit_paragraph(&documents["integration"], "Uri", |p| {
        p.replacen("*Type*: String  \n", "", 1)
    });
    documents.insert("integration".to_owned(), page);
    let error = provenance::check(&spec, &documents).expect_err("the page is malformed");
    assert_eq!(
        error.to_string(),
        format!("{INTEGRATION_PAGE}:143: the paragraph of property `Uri` has no `*Type*` line")
    );
    documents.insert("registry".to_owned(), "{".to_owned());
    documents.insert("integration".to_owned(), read(INTEGRATION_PAGE));
    let error = provenance::check(&spec, &documents).expect_err("the schema is not JSON");
    assert!(
        matches!(
            error,
            ProvenanceError::Json(cfn_codegen::Error::Json { line: 1, .. })
        ),
        "{error}"
    );
}

#[test]
fn drift_report() {
    let spec = spec();
    let report = provenance::drift(&spec, &documents(&spec)).unwrap_or_else(|e| panic!("{e}"));
    insta::assert_snapshot!("drift_report", report.to_string());
}

#[test]
fn drift_lists_upstream_facts_the_document_lacks_and_those_the_spec_adopted() {
    let spec = spec();
    let report = provenance::drift(&spec, &documents(&spec)).unwrap_or_else(|e| panic!("{e}"));
    let entries: Vec<(&str, &str, DriftFact, bool)> = report
        .entries
        .iter()
        .map(|e| {
            (
                e.type_name.rsplit('.').next().unwrap_or_default(),
                e.property.as_deref().unwrap_or("-"),
                e.fact.clone(),
                matches!(e.status, DriftStatus::Adopted { .. }),
            )
        })
        .collect();
    let rule = |id: &str| DriftFact::Rule(id.to_owned());
    assert_eq!(
        entries,
        [
            (
                "AWS::ApiGateway::Method",
                "-",
                DriftFact::AdditionalProperties,
                true
            ),
            (
                "AWS::ApiGateway::Method",
                "AuthorizationType",
                DriftFact::AllowedValues,
                false
            ),
            (
                "AWS::ApiGateway::Method",
                "HttpMethod",
                DriftFact::AllowedValues,
                false
            ),
            (
                "AWS::ApiGateway::Method",
                "MethodResponses",
                DriftFact::UniqueItems,
                false
            ),
            (
                "AWS::ApiGateway::Method",
                "RequestModels",
                DriftFact::KeyPattern,
                false
            ),
            (
                "AWS::ApiGateway::Method",
                "RequestParameters",
                DriftFact::Type,
                false
            ),
            (
                "AWS::ApiGateway::Method",
                "RequestParameters",
                DriftFact::KeyPattern,
                false
            ),
            ("Integration", "-", DriftFact::AdditionalProperties, true),
            (
                "Integration",
                "CacheKeyParameters",
                DriftFact::UniqueItems,
                true
            ),
            ("Integration", "ConnectionType", DriftFact::Default, false),
            (
                "Integration",
                "IntegrationHttpMethod",
                DriftFact::AllowedValues,
                false
            ),
            (
                "Integration",
                "IntegrationResponses",
                DriftFact::UniqueItems,
                false
            ),
            (
                "Integration",
                "IntegrationTarget",
                DriftFact::Property,
                true
            ),
            (
                "Integration",
                "PassthroughBehavior",
                DriftFact::AllowedValues,
                true
            ),
            (
                "Integration",
                "RequestParameters",
                DriftFact::KeyPattern,
                false
            ),
            (
                "Integration",
                "RequestTemplates",
                DriftFact::KeyPattern,
                false
            ),
            (
                "Integration",
                "ResponseTransferMode",
                DriftFact::Property,
                true
            ),
            (
                "Integration",
                "ResponseTransferMode",
                rule("integration-response-transfer-mode-allowed-values"),
                true
            ),
            ("Integration", "TimeoutInMillis", DriftFact::Maximum, false),
            ("Integration", "TimeoutInMillis", DriftFact::Default, false),
            ("Integration", "Type", DriftFact::Required, true),
            ("Integration", "Type", DriftFact::AllowedValues, true),
            (
                "IntegrationResponse",
                "-",
                DriftFact::AdditionalProperties,
                true
            ),
            (
                "IntegrationResponse",
                "ResponseParameters",
                DriftFact::KeyPattern,
                false
            ),
            (
                "IntegrationResponse",
                "ResponseTemplates",
                DriftFact::KeyPattern,
                false
            ),
            ("MethodResponse", "-", DriftFact::AdditionalProperties, true),
            (
                "MethodResponse",
                "ResponseModels",
                DriftFact::KeyPattern,
                false
            ),
            (
                "MethodResponse",
                "ResponseParameters",
                DriftFact::Type,
                false
            ),
            (
                "MethodResponse",
                "ResponseParameters",
                DriftFact::KeyPattern,
                false
            ),
        ]
    );
    // Every map's key pattern upstream is `[a-zA-Z0-9]+`, unanchored: a key passes with one
    // alphanumeric character anywhere. The report says so, beside the spec's key forms.
    let request_parameters = report
        .entries
        .iter()
        .find(|e| e.fact == DriftFact::KeyPattern && e.type_name.ends_with(".Integration"))
        .expect("RequestParameters' key pattern");
    assert_eq!(
        request_parameters.to_string(),
        "RequestParameters: key pattern: the spec has key forms integration-request-parameter (rule integration-request-parameters-key, integration#cfn-apigateway-method-integration-requestparameters); upstream has [a-zA-Z0-9]+ (unanchored: any key containing one character of [a-zA-Z0-9] matches)"
    );
    let required = report
        .entries
        .iter()
        .find(|e| e.fact == DriftFact::Required)
        .expect("Type's required-ness");
    assert_eq!(
        required.status,
        DriftStatus::Adopted {
            source: "rule integration-type-required, registry#/definitions/Integration/required"
                .to_owned()
        }
    );
}

#[test]
fn drift_names_upstream_changes_the_spec_has_not_adopted() {
    let spec = spec();
    let mut documents = documents(&spec);
    let mut schema: serde_json::Value =
        serde_json::from_str(&documents["registry"]).expect("the registry schema");
    let properties = &mut schema["definitions"]["Integration"]["properties"];
    properties["ConnectionType"]["enum"] = serde_json::json!(["INTERNET", "VPC_LINK", "PRIVATE"]);
    properties["Uri"]["pattern"] = serde_json::json!("^https?://");
    properties["Timeout"] = serde_json::json!({"type": "integer"});
    schema["definitions"]["Integration"]["required"] = serde_json::json!(["Type", "Uri"]);
    documents.insert("registry".to_owned(), schema.to_string());
    let report = provenance::drift(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    let text = report.to_string();
    for line in [
        "ConnectionType: allowed values: the spec has INTERNET, VPC_LINK (set ConnectionType, integration#cfn-apigateway-method-integration-connectiontype); upstream has INTERNET, VPC_LINK, PRIVATE",
        "Timeout: upstream has this property (Integer); the spec and its document do not",
        "Uri: required: the spec has not required (integration#cfn-apigateway-method-integration-uri); upstream has required",
        "Uri: pattern: the spec has no pattern; upstream has ^https?://",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    assert_eq!(report.differences(), 22, "{text}");
}

#[test]
fn a_fact_the_spec_cites_upstream_for_shows_as_adopted_and_its_pointer_resolves() {
    let mut spec = spec();
    let documents = documents(&spec);
    let pointer = "registry#/definitions/Integration/properties/CacheKeyParameters/uniqueItems";
    let rule = spec
        .property_types
        .get_mut(INTEGRATION)
        .and_then(|pt| {
            pt.rules
                .iter_mut()
                .find(|r| r.id == "integration-cache-key-parameters-unique")
        })
        .expect("the uniqueness rule of CacheKeyParameters");
    rule.source = pointer.to_owned();
    let report = provenance::check(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    assert!(report.is_clean(), "{report}");
    let drift = provenance::drift(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    let entry = drift
        .entries
        .iter()
        .find(|e| e.property.as_deref() == Some("CacheKeyParameters"))
        .expect("an entry for CacheKeyParameters");
    assert_eq!(
        entry.status,
        DriftStatus::Adopted {
            source: format!("rule integration-cache-key-parameters-unique, {pointer}")
        }
    );
    assert_eq!(drift.differences(), 18);
}

/// The paragraph of a property the vendored Integration page does not have, inserted before
/// PassthroughBehavior's.
fn with_paragraph(page: &str, paragraph: &str) -> String {
    let at = page
        .find("`PassthroughBehavior`  <a name=")
        .expect("the PassthroughBehavior paragraph");
    format!("{}{paragraph}\n\n{}", &page[..at], &page[at..])
}

fn integration_property<'s>(spec: &'s mut Spec, name: &str) -> &'s mut Property {
    spec.property_types
        .get_mut(INTEGRATION)
        .and_then(|pt| pt.properties.get_mut(name))
        .unwrap_or_else(|| panic!("no Integration property {name}"))
}

fn integration_rule<'s>(spec: &'s mut Spec, id: &str) -> &'s mut Rule {
    spec.property_types
        .get_mut(INTEGRATION)
        .and_then(|pt| pt.rules.iter_mut().find(|r| r.id == id))
        .unwrap_or_else(|| panic!("no Integration rule {id}"))
}

#[test]
fn check_compares_the_type_keys_not_their_wording() {
    let mut spec = spec();
    let documents = documents(&spec);
    // Both read as the page words them (`List of String`, `String`), and lowering rejects both.
    let keys = integration_property(&mut spec, "CacheKeyParameters");
    keys.item_type = keys.primitive_item_type.take();
    let uri = integration_property(&mut spec, "Uri");
    uri.type_ = uri.primitive_type.take();
    let report = provenance::check(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        report.discrepancies,
        [
            Discrepancy::Differs {
                type_name: INTEGRATION.to_owned(),
                property: Some("CacheKeyParameters".to_owned()),
                fact: Fact::Type,
                spec: "List of String (Type List, ItemType String)".to_owned(),
                document: "List of String (Type List, PrimitiveItemType String)".to_owned(),
                at: format!("{INTEGRATION_PAGE}:55"),
            },
            Discrepancy::Differs {
                type_name: INTEGRATION.to_owned(),
                property: Some("Uri".to_owned()),
                fact: Fact::Type,
                spec: "String (Type String)".to_owned(),
                document: "String (PrimitiveType String)".to_owned(),
                at: format!("{INTEGRATION_PAGE}:143"),
            },
        ]
    );
}

#[test]
fn check_compares_an_adopted_property_once_the_page_documents_it() {
    let spec = spec();
    let mut documents = documents(&spec);
    let paragraph = "`IntegrationTarget`  <a name=\"cfn-apigateway-method-integration-integrationtarget\"></a>\nThe target of the integration. Not in the 2023 CloudFormation document; added from the current CloudFormation registry schema, which gives no description.  \n*Required*: No  \n*Type*: String  \n*Update requires*: [No interruption](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-no-interrupt)";
    let page = with_paragraph(&documents["integration"], paragraph);
    documents.insert("integration".to_owned(), page);
    let report = check_with(&documents);
    let differences: Vec<(&str, Fact, &str, &str)> = report
        .discrepancies
        .iter()
        .filter_map(|d| match d {
            Discrepancy::Differs {
                property: Some(property),
                fact,
                spec,
                document,
                ..
            } => Some((property.as_str(), *fact, spec.as_str(), document.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        differences,
        [
            (
                "IntegrationTarget",
                Fact::Documentation,
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integration.html#cfn-apigateway-method-integration-integrationtarget",
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html#cfn-apigateway-method-integration-integrationtarget",
            ),
            (
                "IntegrationTarget",
                Fact::Source,
                "registry#/definitions/Integration/properties/IntegrationTarget",
                "integration#cfn-apigateway-method-integration-integrationtarget",
            ),
        ]
    );
    assert_eq!(report.discrepancies.len(), 2, "{report}");
    assert_eq!(report.properties, 217);
}

#[test]
fn check_names_a_property_that_cites_another_page_than_its_types() {
    let mut spec = spec();
    let documents = documents(&spec);
    let cited =
        "integration-response#cfn-apigateway-method-integration-integrationresponse-statuscode";
    integration_property(&mut spec, "IntegrationTarget").source = cited.to_owned();
    let report = provenance::check(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        report.discrepancies,
        [Discrepancy::OtherPage {
            type_name: INTEGRATION.to_owned(),
            property: "IntegrationTarget".to_owned(),
            source: cited.to_owned(),
            type_document: "integration".to_owned(),
        }]
    );
    assert_eq!(
        report.discrepancies[0].to_string(),
        format!(
            "{INTEGRATION} property IntegrationTarget: its source {cited} cites another page than its type's (integration), so nothing compares it with a paragraph"
        )
    );
}

#[test]
fn check_compares_each_pages_url_with_where_the_user_guide_publishes_it() {
    let mut spec = spec();
    let documents = documents(&spec);
    let published = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html";
    let stale = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.htm";
    spec.documents
        .get_mut("method")
        .expect("the method page")
        .url = Some(stale.to_owned());
    let report = provenance::check(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        report.discrepancies,
        [Discrepancy::DocumentUrl {
            key: "method".to_owned(),
            spec: stale.to_owned(),
            document: published.to_owned(),
            at: "spec/docs/aws-resource-apigateway-method.md:1".to_owned(),
        }]
    );
    assert_eq!(
        report.discrepancies[0].to_string(),
        format!(
            "Documents.method.Url: Documentation differs: the spec has {stale}; the document (spec/docs/aws-resource-apigateway-method.md:1) has {published}"
        )
    );
}

/// The one discrepancy of a spec whose sources are the real ones but for `edit`.
fn only_discrepancy(edit: impl FnOnce(&mut Spec, &mut BTreeMap<String, String>)) -> Discrepancy {
    let mut spec = spec();
    let mut documents = documents(&spec);
    edit(&mut spec, &mut documents);
    let report = provenance::check(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    match <[Discrepancy; 1]>::try_from(report.discrepancies) {
        Ok([discrepancy]) => discrepancy,
        Err(all) => panic!("expected one discrepancy, found {all:#?}"),
    }
}

#[test]
fn check_names_a_source_not_of_the_form_document_anchor() {
    let at = format!("PropertyTypes[{INTEGRATION:?}]");
    // An empty JSON pointer would select the whole schema: lowering rejects it, and so does check.
    let empty_pointer = only_discrepancy(|spec, _| {
        integration_rule(spec, "integration-type-required").source = "registry#".to_owned();
    });
    assert_eq!(
        empty_pointer,
        Discrepancy::Unresolved {
            path: format!("{at}.Rules[1].Source"),
            source: "registry#".to_owned(),
            reason: "not of the form DOCUMENT#ANCHOR".to_owned(),
        }
    );
    let no_anchor = only_discrepancy(|spec, _| {
        spec.allowed_values
            .get_mut("ConnectionType")
            .expect("the ConnectionType set")
            .source = "integration".to_owned();
    });
    assert_eq!(
        no_anchor,
        Discrepancy::Unresolved {
            path: "AllowedValues.ConnectionType.Source".to_owned(),
            source: "integration".to_owned(),
            reason: "not of the form DOCUMENT#ANCHOR".to_owned(),
        }
    );
}

#[test]
fn check_names_a_source_citing_a_document_the_spec_does_not_have() {
    let discrepancy = only_discrepancy(|spec, _| {
        spec.context
            .get_mut("MethodRequestParameters")
            .expect("the context entry")
            .source = "userguide#cfn-apigateway-method-requestparameters".to_owned();
    });
    let Discrepancy::Unresolved {
        path,
        source,
        reason,
    } = discrepancy
    else {
        panic!("{discrepancy:?}");
    };
    assert_eq!(path, "Context.MethodRequestParameters.Source");
    assert_eq!(source, "userguide#cfn-apigateway-method-requestparameters");
    // Every document of the merged spec is named, in key order: the curated part's and the
    // 39 pages of the derived part.
    let listed = reason
        .strip_prefix("no document `userguide` in Documents (")
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or_else(|| panic!("{reason}"));
    let listed: Vec<&str> = listed.split(", ").collect();
    assert_eq!(listed.len(), 45, "{reason}");
    assert_eq!(
        listed[..3],
        [
            "api-errors",
            "authorizer",
            "aws-properties-apigateway-apikey-stagekey"
        ]
    );
    assert_eq!(listed[listed.len() - 2..], ["return-values", "vpclink"]);
    assert!(listed.is_sorted());
}

/// The discrepancies of a spec whose sources are the real ones but for `edit`.
fn discrepancies(edit: impl FnOnce(&mut Spec, &mut BTreeMap<String, String>)) -> Vec<Discrepancy> {
    let mut spec = spec();
    let mut documents = documents(&spec);
    edit(&mut spec, &mut documents);
    provenance::check(&spec, &documents)
        .unwrap_or_else(|e| panic!("{e}"))
        .discrepancies
}

/// Every source of the real spec that cites document `key`, by JSON path.
fn citing(key: &str) -> Vec<(String, String)> {
    let spec = spec();
    let text = read(SPEC);
    let json: serde_json::Value = serde_json::from_str(&text).expect("the spec is JSON");
    let mut found = Vec::new();
    fn walk(value: &serde_json::Value, path: String, key: &str, found: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::Object(entries) => {
                for (k, v) in entries {
                    let at = if k.chars().all(|c| c.is_ascii_alphanumeric())
                        && k.starts_with(|c: char| c.is_ascii_alphabetic())
                    {
                        if path.is_empty() {
                            k.clone()
                        } else {
                            format!("{path}.{k}")
                        }
                    } else {
                        format!("{path}[{k:?}]")
                    };
                    if k == "Source" {
                        if let Some(source) =
                            v.as_str().filter(|s| s.starts_with(&format!("{key}#")))
                        {
                            found.push((at.clone(), source.to_owned()));
                        }
                    }
                    walk(v, at, key, found);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, format!("{path}[{i}]"), key, found);
                }
            }
            _ => {}
        }
    }
    // The merged spec's sources: its derived part's, then the curated file's, which win where
    // both give a source at one path.
    let derived: serde_json::Value =
        serde_json::from_str(&read(DERIVED)).expect("the derived part is JSON");
    let mut derived_found = Vec::new();
    walk(&derived, String::new(), key, &mut derived_found);
    walk(&json, String::new(), key, &mut found);
    drop(spec);
    let mut by_path: BTreeMap<String, String> = derived_found.into_iter().collect();
    by_path.extend(found);
    by_path.into_iter().collect()
}

#[test]
fn check_names_every_source_in_a_document_whose_text_was_not_given() {
    let mut found: Vec<(String, String, String)> = discrepancies(|_, documents| {
        documents.remove("method");
    })
    .into_iter()
    .map(|d| match d {
        Discrepancy::Unresolved {
            path,
            source,
            reason,
        } => (path, source, reason),
        other => panic!("unexpected {other:?}"),
    })
    .collect();
    found.sort();
    let wanted: Vec<(String, String, String)> = citing("method")
        .into_iter()
        .map(|(path, source)| {
            (
                path,
                source,
                "spec/docs/aws-resource-apigateway-method.md was not read".to_owned(),
            )
        })
        .collect();
    assert!(
        wanted
            .iter()
            .any(|(path, ..)| path == "Context.MethodRequestParameters.Source")
    );
    assert_eq!(found, wanted);
}

#[test]
fn check_names_every_source_in_a_document_neither_a_page_nor_json() {
    let found = discrepancies(|spec, _| {
        spec.documents
            .get_mut("method")
            .expect("the method page")
            .path = "docs/aws-resource-apigateway-method.html".to_owned();
    });
    assert_eq!(found.len(), citing("method").len());
    assert!(found.contains(&Discrepancy::Unresolved {
        path: "Context.MethodRequestParameters.Source".to_owned(),
        source: "method#cfn-apigateway-method-requestparameters".to_owned(),
        reason: "spec/docs/aws-resource-apigateway-method.html is neither a page (.md) nor a JSON document (.json)"
            .to_owned(),
    }));
}

#[test]
fn check_resolves_an_excerpt_by_anchor_or_by_quotation() {
    let rule = |spec: &mut Spec, source: &str| {
        integration_rule(spec, "integration-timeout-stream-maximum").source = source.to_owned();
    };
    let quoted = discrepancies(|spec, _| {
        rule(
            spec,
            "response-streaming-http#:~:text=you can configure the   integration timeout up to 15 minutes",
        );
    });
    assert_eq!(
        quoted,
        [],
        "a quotation matches however its white space is laid out"
    );
    let misquoted = discrepancies(|spec, _| {
        rule(spec, "response-streaming-http#:~:text=up to 16 minutes");
    });
    assert!(
        matches!(&misquoted[..], [Discrepancy::Unresolved { reason, .. }] if reason == "spec/docs/apigateway-developer-guide/response-streaming-http.md does not say \"up to 16 minutes\""),
        "{misquoted:?}"
    );
    let no_anchor = discrepancies(|spec, _| rule(spec, "response-streaming-http#streaming"));
    assert!(
        matches!(&no_anchor[..], [Discrepancy::Unresolved { reason, .. }] if reason.contains("has no anchor `streaming`")),
        "{no_anchor:?}"
    );
}

#[test]
fn drift_fails_naming_the_registry_schema_when_it_is_missing() {
    let mut spec = spec();
    let mut documents = documents(&spec);
    documents.remove("registry");
    let missing = ProvenanceError::MissingDocument {
        key: "registry".to_owned(),
    };
    assert_eq!(provenance::drift(&spec, &documents), Err(missing.clone()));
    assert_eq!(
        missing.to_string(),
        "no text for the document `registry` of the spec's Documents"
    );
    let documents = self::documents(&spec);
    spec.documents.remove("registry");
    assert_eq!(provenance::drift(&spec, &documents), Err(missing));
}

/// The report's lines for the Integration properties `names`, in report order.
fn drift_lines(report: &provenance::DriftReport, names: &[&str]) -> Vec<String> {
    report
        .entries
        .iter()
        .filter(|e| e.type_name == INTEGRATION)
        .filter(|e| e.property.as_deref().is_none_or(|p| names.contains(&p)))
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn drift_counts_a_rule_only_when_it_has_no_condition() {
    let mut spec = spec();
    let documents = documents(&spec);
    let only_for_mock = || Condition {
        property: Some("Type".to_owned()),
        context: None,
        in_: Some(vec!["MOCK".to_owned()]),
        not_in: None,
        format: None,
        not_format: None,
        present: None,
    };
    integration_rule(&mut spec, "integration-unknown-property").when = vec![only_for_mock()];
    integration_rule(&mut spec, "integration-cache-key-parameters-unique").when =
        vec![only_for_mock()];
    // Left to the rule alone, which now holds only for MOCK integrations.
    integration_property(&mut spec, "CacheKeyParameters").duplicates_allowed = None;
    let report = provenance::drift(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        drift_lines(&report, &["CacheKeyParameters"]),
        [
            "additional properties: the spec has allowed; upstream has forbidden",
            "rule integration-unknown-property cites upstream: adopted (source: registry#/definitions/Integration/additionalProperties)",
            "CacheKeyParameters: unique items: the spec has duplicates allowed; upstream has uniqueItems: true",
            "CacheKeyParameters: rule integration-cache-key-parameters-unique cites upstream: adopted (source: registry#/definitions/Integration/properties/CacheKeyParameters/uniqueItems)",
        ]
    );
}

#[test]
fn drift_reports_every_constraint_the_spec_cannot_record() {
    let spec = spec();
    let mut documents = documents(&spec);
    let mut schema: serde_json::Value =
        serde_json::from_str(&documents["registry"]).expect("the registry schema");
    let properties = &mut schema["definitions"]["Integration"]["properties"];
    properties["TimeoutInMillis"]["exclusiveMinimum"] = serde_json::json!(0);
    properties["TimeoutInMillis"]["exclusiveMaximum"] = serde_json::json!(30000);
    properties["CacheKeyParameters"]["minItems"] = serde_json::json!(1);
    properties["CacheKeyParameters"]["maxItems"] = serde_json::json!(50);
    properties["CacheKeyParameters"]["items"] = serde_json::json!({
        "type": "string", "enum": ["a", "b"], "maxLength": 128, "pattern": "^method\\."
    });
    properties["RequestTemplates"]["patternProperties"] =
        serde_json::json!({"^[a-z]+/[a-z+.-]+$": {"type": "string", "minLength": 1}});
    properties["Uri"]["pattern"] = serde_json::json!("[a-z]+:");
    documents.insert("registry".to_owned(), schema.to_string());
    let report = provenance::drift(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    let lines: Vec<String> = drift_lines(
        &report,
        &[
            "CacheKeyParameters",
            "RequestTemplates",
            "TimeoutInMillis",
            "Uri",
        ],
    )
    .into_iter()
    .filter(|line| !line.starts_with("additional properties"))
    .collect();
    let timeout = "(integration#cfn-apigateway-method-integration-timeoutinmillis)";
    assert_eq!(
        lines,
        [
            "CacheKeyParameters: minItems: the spec has no minItems; upstream has 1".to_owned(),
            "CacheKeyParameters: maxItems: the spec has no maxItems; upstream has 50".to_owned(),
            "CacheKeyParameters: unique items: upstream has uniqueItems: true, the document does not: adopted (source: rule integration-cache-key-parameters-unique, registry#/definitions/Integration/properties/CacheKeyParameters/uniqueItems)".to_owned(),
            "CacheKeyParameters: item allowed values: the spec has no allowed values; upstream has a, b".to_owned(),
            "CacheKeyParameters: item maxLength: the spec has no maxLength; upstream has 128".to_owned(),
            "CacheKeyParameters: item pattern: the spec has no pattern; upstream has ^method\\.".to_owned(),
            "RequestTemplates: key pattern: the spec has key forms media-type (rule integration-request-templates-key, integration#cfn-apigateway-method-integration-requesttemplates); upstream has ^[a-z]+/[a-z+.-]+$".to_owned(),
            "RequestTemplates: item minLength: the spec has no minLength; upstream has 1".to_owned(),
            format!("TimeoutInMillis: maximum: the spec has 29000 {timeout}; upstream has no maximum"),
            "TimeoutInMillis: exclusiveMinimum: the spec has no exclusiveMinimum; upstream has 0".to_owned(),
            "TimeoutInMillis: exclusiveMaximum: the spec has no exclusiveMaximum; upstream has 30000".to_owned(),
            format!("TimeoutInMillis: default: the spec has 29000 {timeout}; upstream has no default"),
            "Uri: pattern: the spec has no pattern; upstream has [a-z]+: (unanchored: any value containing a match matches)".to_owned(),
        ]
    );
}

#[test]
fn drift_escapes_a_type_name_in_its_json_pointer() {
    let mut spec = spec();
    let mut documents = documents(&spec);
    let renamed = "AWS::ApiGateway::Method.Integration/Response~2";
    let pt = spec
        .property_types
        .remove(INTEGRATION_RESPONSE)
        .expect("the IntegrationResponse type");
    spec.property_types.insert(renamed.to_owned(), pt);
    let mut schema: serde_json::Value =
        serde_json::from_str(&documents["registry"]).expect("the registry schema");
    let definition = schema["definitions"]["IntegrationResponse"].clone();
    schema["definitions"]["Integration/Response~2"] = definition;
    documents.insert("registry".to_owned(), schema.to_string());
    let report = provenance::drift(&spec, &documents).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        report.definitions.contains(&(
            renamed.to_owned(),
            "/definitions/Integration~1Response~02".to_owned()
        )),
        "{:?}",
        report.definitions
    );
    let facts: Vec<DriftFact> = report
        .entries
        .iter()
        .filter(|e| e.type_name == renamed)
        .map(|e| e.fact.clone())
        .collect();
    assert_eq!(
        facts,
        [
            DriftFact::AdditionalProperties,
            DriftFact::KeyPattern,
            DriftFact::KeyPattern
        ]
    );
}

#[test]
fn the_introduction_runs_to_the_first_section_heading() {
    let text = "\n# AWS::Example::Widget Gadget<a name=\"t\"></a>\nIntro\\.\n#hashtag, not a heading\\.\n```\n# code, not a heading\n```\n## Properties\n\n`Color`  <a name=\"c\"></a>\n*Required*: No\n*Type*: String\n*Update requires*: [No interruption](u)\n";
    let page = document::parse_page("gadget.md", text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        page.description,
        "Intro.\n#hashtag, not a heading.\n```\n# code, not a heading\n```"
    );
    assert_eq!(page.title_line, 2);
}

#[test]
fn a_property_documented_twice_is_named_even_when_its_second_paragraph_is_malformed() {
    let text = "# AWS::Example::Widget Gadget<a name=\"t\"></a>\n## Properties\n\n`Color`  <a name=\"c\"></a>\n*Required*: No\n*Type*: String\n*Update requires*: [No interruption](u)\n\n`Color`  <a name=\"c2\"></a>\n*Required*: No\n*Update requires*: [No interruption](u)\n";
    let error = document::parse_page("gadget.md", text).expect_err("Color is documented twice");
    assert_eq!(
        error.to_string(),
        "gadget.md:9: property `Color` is documented twice (first at line 4)"
    );
}

/// How a source is damaged.
#[derive(Debug, Clone)]
enum Damage {
    /// Replaced by text without `#`.
    NoSeparator(String),
    /// Its anchor removed (`registry#`).
    EmptyAnchor,
    /// Its document replaced by a key the spec does not have.
    UnknownDocument(String),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        "[a-z/-]{0,12}".prop_map(Damage::NoSeparator),
        Just(Damage::EmptyAnchor),
        "[a-z]{1,6}".prop_map(|k| Damage::UnknownDocument(format!("unknown-{k}"))),
    ]
}

/// Every source slot of a spec, with the path `check` names it by.
fn source_slots(spec: &mut Spec) -> Vec<(String, &mut String)> {
    let root = JsonPath::default();
    let mut slots = Vec::new();
    for (name, set) in &mut spec.allowed_values {
        let at = root.key("AllowedValues").key(name).key("Source");
        slots.push((at.as_str().to_owned(), &mut set.source));
    }
    for (name, entry) in &mut spec.context {
        let at = root.key("Context").key(name).key("Source");
        slots.push((at.as_str().to_owned(), &mut entry.source));
    }
    for (type_name, pt) in &mut spec.property_types {
        let at = root.key("PropertyTypes").key(type_name);
        slots.push((at.key("Source").as_str().to_owned(), &mut pt.source));
        for (name, p) in &mut pt.properties {
            let path = at.key("Properties").key(name).key("Source");
            slots.push((path.as_str().to_owned(), &mut p.source));
        }
        for (i, rule) in pt.rules.iter_mut().enumerate() {
            let path = at.key("Rules").index(i).key("Source");
            slots.push((path.as_str().to_owned(), &mut rule.source));
        }
    }
    slots
}

proptest! {
    /// A spec and schema damaged as a hand edit might: sources without `#` or with an empty
    /// anchor, citing unknown documents, documents whose `Path` is neither `.md` nor `.json`,
    /// texts not supplied, a truncated schema. `check` names every damaged source and fails only
    /// on the truncated schema; `drift` fails only without the schema or on a truncated one.
    #[test]
    fn check_and_drift_name_every_damaged_source_of_a_damaged_spec(
        damages in prop::collection::vec((any::<prop::sample::Index>(), damage()), 0..6),
        repath in prop::option::of((
            any::<prop::sample::Index>(),
            "[a-z/.]{0,12}".prop_filter("neither .md nor .json", |p| {
                !p.ends_with(".md") && !p.ends_with(".json")
            }),
        )),
        unread in prop::collection::vec(any::<bool>(), 4),
        cut in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let mut spec = spec();
        let mut documents = documents(&spec);
        let known_documents: Vec<String> = spec.documents.keys().cloned().collect();
        let mut damaged: BTreeMap<String, (String, String)> = BTreeMap::new();
        let mut slots = source_slots(&mut spec);
        let count = slots.len();
        for (index, damage) in &damages {
            let (path, source) = &mut slots[index.index(count)];
            let (new, reason) = match damage {
                Damage::NoSeparator(text) => (text.clone(), "not of the form DOCUMENT#ANCHOR".to_owned()),
                Damage::EmptyAnchor => ("registry#".to_owned(), "not of the form DOCUMENT#ANCHOR".to_owned()),
                Damage::UnknownDocument(key) => (
                    format!("{key}#anchor"),
                    format!("no document `{key}` in Documents ({})", known_documents.join(", ")),
                ),
            };
            **source = new.clone();
            damaged.insert(path.clone(), (new, reason));
        }
        let keys: Vec<String> = spec.documents.keys().cloned().collect();
        if let Some((index, path)) = &repath {
            let key = &keys[index.index(keys.len())];
            spec.documents.get_mut(key).expect("a document").path = path.clone();
        }
        for (key, dropped) in keys.iter().zip(&unread) {
            if *dropped {
                documents.remove(key);
            }
        }
        let schema_read = documents.contains_key("registry");
        if let (Some(cut), Some(text)) = (cut, documents.get_mut("registry")) {
            // Any proper prefix of the schema's object is not JSON.
            let trimmed = text.trim_end();
            let mut at = cut.index(trimmed.len());
            while !trimmed.is_char_boundary(at) {
                at -= 1;
            }
            *text = trimmed[..at].to_owned();
        }
        let registry_is_json = spec.documents["registry"].path.ends_with(".json");

        let checked = provenance::check(&spec, &documents);
        let schema_broken = cut.is_some() && schema_read;
        match checked {
            Err(ProvenanceError::Json(_)) => prop_assert!(schema_broken && registry_is_json),
            Err(other) => prop_assert!(false, "unexpected error {other}"),
            Ok(report) => {
                prop_assert!(!(schema_broken && registry_is_json));
                for (path, (source, reason)) in &damaged {
                    let expected = Discrepancy::Unresolved {
                        path: path.clone(),
                        source: source.clone(),
                        reason: reason.clone(),
                    };
                    prop_assert!(report.discrepancies.contains(&expected), "{expected:?} not in {report}");
                }
            }
        }
        match provenance::drift(&spec, &documents) {
            Err(ProvenanceError::MissingDocument { key }) => {
                prop_assert!(!schema_read);
                prop_assert_eq!(key, "registry");
            }
            Err(ProvenanceError::Json(_)) => prop_assert!(schema_broken),
            Err(other) => prop_assert!(false, "unexpected error {other}"),
            Ok(report) => {
                prop_assert!(schema_read && !schema_broken);
                // The schema describes the Method: its types are compared, no other.
                let method_types = spec
                    .types()
                    .filter(|(_, name, _)| {
                        name.as_str() == METHOD || name.starts_with(&format!("{METHOD}."))
                    })
                    .count();
                prop_assert_eq!(report.definitions.len(), method_types);
            }
        }
    }

    #[test]
    fn parse_page_never_panics_on_any_text(text in any::<String>()) {
        let _ = document::parse_page("any.md", &text);
        let _ = document::anchors(&text);
        let _ = document::unescape(&text);
    }

    #[test]
    fn parse_page_never_panics_on_a_damaged_page(
        drop_line in any::<prop::sample::Index>(),
        cut in any::<prop::sample::Index>(),
        noise in "[`*\\\\\\[\\]()<>#|: a-z\"\n]{0,12}",
    ) {
        let text = read(INTEGRATION_PAGE);
        let lines: Vec<&str> = text.lines().collect();
        let dropped = drop_line.index(lines.len());
        let damaged: String = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != dropped)
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        let mut at = cut.index(damaged.len() + 1);
        while !damaged.is_char_boundary(at) {
            at -= 1;
        }
        let spliced = format!("{}{noise}{}", &damaged[..at], &damaged[at..]);
        let _ = document::parse_page(INTEGRATION_PAGE, &spliced);
        let truncated = &damaged[..at];
        let _ = document::parse_page(INTEGRATION_PAGE, truncated);
    }
}

#[test]
fn check_reports_a_conditional_property_no_rule_enforces_and_the_spec_still_loads() {
    let mut without_rule = spec();
    let integration = without_rule
        .property_types
        .get_mut(INTEGRATION)
        .expect("the Integration");
    integration
        .rules
        .retain(|rule| rule.id != "integration-uri-required");
    // A fact not yet enforced is not a load error: a spec derived from pages loads first, and
    // a person writes the prose's rule after.
    cfn_codegen::generate(&without_rule).expect("loads and generates");
    let report = provenance::check(&without_rule, &documents(&without_rule))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(report.is_clean(), "{report}");
    let discrepancy = report
        .not_enforced
        .iter()
        .find(|d| matches!(d, Discrepancy::NotEnforced { property, .. } if property == "Uri"))
        .expect("the Uri is not enforced")
        .clone();
    assert_eq!(
        discrepancy,
        Discrepancy::NotEnforced {
            type_name: INTEGRATION.to_owned(),
            property: "Uri".to_owned(),
            source: "integration#cfn-apigateway-method-integration-uri".to_owned(),
        }
    );
    assert!(
        discrepancy
            .to_string()
            .contains("Conditional, and no rule says when it is required"),
        "{discrepancy}"
    );
}

#[test]
fn check_lists_a_pattern_it_cannot_check_and_skips_a_corrected_fact() {
    let mut spec = spec();
    let integration = spec
        .property_types
        .get_mut(INTEGRATION)
        .expect("the Integration");
    // A pattern of another dialect, and a pattern on a list.
    integration.properties.get_mut("Uri").expect("Uri").pattern = Some("^(?=arn)".to_owned());
    // A pattern that reads only once wrapped (`(?s:.*)(?:a)|(b)(?s:.*)`), as something else.
    integration
        .properties
        .get_mut("CacheNamespace")
        .expect("CacheNamespace")
        .pattern = Some("a)|(b".to_owned());
    integration
        .properties
        .get_mut("CacheKeyParameters")
        .expect("CacheKeyParameters")
        .pattern = Some("^method[.]".to_owned());
    let report = provenance::check(&spec, &documents(&spec)).unwrap_or_else(|e| panic!("{e}"));
    let patterns: Vec<String> = report
        .not_enforced
        .iter()
        .filter(|d| matches!(d, Discrepancy::PatternNotChecked { .. }))
        .map(ToString::to_string)
        .collect();
    assert_eq!(patterns.len(), 3, "{patterns:?}");
    assert_eq!(
        patterns[0],
        "AWS::ApiGateway::Method.Integration property CacheKeyParameters: the Pattern `^method[.]` is not checked: only a String's value is matched"
    );
    assert!(
        patterns[1].starts_with("AWS::ApiGateway::Method.Integration property CacheNamespace: the Pattern `a)|(b` is not checked: it does not compile as a form:"),
        "{}",
        patterns[1]
    );
    assert!(
        patterns[2].starts_with("AWS::ApiGateway::Method.Integration property Uri: the Pattern `^(?=arn)` is not checked: it does not compile as a form:"),
        "{}",
        patterns[2]
    );
    assert!(report.is_clean(), "{report}");
    // A description said otherwise than the page is a difference, unless it is corrected.
    let mut spec = spec_of_corrected_description(false);
    let report = provenance::check(&spec, &documents(&spec)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.discrepancies.len(), 1, "{report}");
    spec = spec_of_corrected_description(true);
    let report = provenance::check(&spec, &documents(&spec)).unwrap_or_else(|e| panic!("{e}"));
    assert!(report.is_clean(), "{report}");
}

/// The real spec with the Integration's `Uri` described otherwise than its page, with or
/// without a correction.
fn spec_of_corrected_description(corrected: bool) -> Spec {
    let mut spec = spec();
    let uri = spec
        .property_types
        .get_mut(INTEGRATION)
        .expect("the Integration")
        .properties
        .get_mut("Uri")
        .expect("Uri");
    uri.description = "The backend's address.".to_owned();
    if corrected {
        uri.corrections.insert(
            "Description".to_owned(),
            cfn_codegen::spec::Correction {
                reason: "Shorter.".to_owned(),
                source: "integration#cfn-apigateway-method-integration-uri".to_owned(),
            },
        );
    }
    spec
}
