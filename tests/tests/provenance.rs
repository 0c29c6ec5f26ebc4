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
use cfn_codegen::provenance::{self, Discrepancy, DriftFact, DriftStatus, Fact, ProvenanceError};
use cfn_codegen::spec::Property;
use proptest::prelude::*;

const SPEC: &str = "spec/integration.spec.json";
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
    Spec::from_json(SPEC, &read(SPEC)).unwrap_or_else(|e| panic!("{e}"))
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
    let derived = derive(
        &spec,
        "spec/docs/aws-properties-apitgateway-method-methodresponse.md",
    );
    let status =
        &derived.property_types["AWS::ApiGateway::Method.MethodResponse"].properties["StatusCode"];
    assert_eq!(
        status.source,
        "aws-properties-apitgateway-method-methodresponse#cfn-apigateway-method-methodresponse-statuscode"
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
        derived.allowed_values["GadgetColor"].values,
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
            "no-properties-section.md",
            11,
            "the page ends without a `## Properties` section",
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
            "expected `*Update requires*: [No interruption](…)`, `[Replacement](…)` or `[Some interruptions](…)`, found `Updates are not supported\\.`",
        ),
        (
            "repeated-attribute.md",
            10,
            "attribute `*Type*` of property `Size` is repeated (first at line 9)",
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
    assert_eq!((report.property_types, report.properties), (2, 19));
    assert_eq!(
        report.to_string(),
        format!(
            "spec/integration.spec.json matches its documents: 2 property types and 19 properties compared, {} sources resolved",
            report.sources
        )
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
        (
            "CacheNamespace",
            Fact::Pattern,
            "none (the spec has no Pattern key yet)",
            "`^[a-z]+$`",
        ),
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
    let mut expected = vec![format!("{at}.Properties[\"TimeoutInMillis\"].Source")];
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
        matches!(error, ProvenanceError::Json { line: 1, .. }),
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
        ]
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
    assert_eq!(report.differences(), 9, "{text}");
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
    assert_eq!(drift.differences(), 5);
}

proptest! {
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
