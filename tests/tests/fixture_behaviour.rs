//! Compiles the golden outputs of the fixture specs (`tests/data/specs/NAME/`) against the
//! real runtime, and checks that each behaves as its spec says: the golden files are Rust that
//! builds and works, not only text.

#![allow(
    dead_code,
    reason = "each fixture uses only part of the runtime and of its own API"
)]

#[path = "../data/specs/conditional_requirement/mod.rs"]
#[rustfmt::skip]
pub mod conditional_requirement;
#[path = "../data/specs/derived_rules/mod.rs"]
#[rustfmt::skip]
pub mod derived_rules;
#[path = "../data/specs/enum/mod.rs"]
#[rustfmt::skip]
pub mod enum_fixture;
#[path = "../data/specs/json_only/mod.rs"]
#[rustfmt::skip]
pub mod json_only;
#[path = "../data/specs/list_of_property_type/mod.rs"]
#[rustfmt::skip]
pub mod list_of_property_type;
#[path = "../data/specs/local_names/mod.rs"]
#[rustfmt::skip]
pub mod local_names;
#[path = "../data/specs/map/mod.rs"]
#[rustfmt::skip]
pub mod map;
#[path = "../data/specs/primitives_and_keywords/mod.rs"]
#[rustfmt::skip]
pub mod primitives_and_keywords;
#[path = "../data/specs/recursive/mod.rs"]
#[rustfmt::skip]
pub mod recursive;
#[path = "../data/specs/renamed_types/mod.rs"]
#[rustfmt::skip]
pub mod renamed_types;
#[path = "../data/specs/rust_names/mod.rs"]
#[rustfmt::skip]
pub mod rust_names;
#[path = "../data/specs/range/mod.rs"]
#[rustfmt::skip]
pub mod range;
#[path = "../data/specs/resource_with_seams/mod.rs"]
#[rustfmt::skip]
pub mod resource_with_seams;

use cfn_apigateway_runtime::{Report, Severity, Value};
use serde_json::json;

/// `(pointer, rule, severity)` of every problem, in order.
fn found(report: &Report) -> Vec<(String, String, Severity)> {
    report
        .iter()
        .map(|p| (p.path().to_owned(), p.rule().to_owned(), p.severity()))
        .collect()
}

fn one(path: &str, rule: &str, severity: Severity) -> Vec<(String, String, Severity)> {
    vec![(path.to_owned(), rule.to_owned(), severity)]
}

#[test]
fn enum_values_convert_both_ways_and_unknown_values_are_reported() {
    use enum_fixture::widget::Thing;
    use enum_fixture::{Color, EC2TagFilterType};
    // A set named as derive names it, after a type with an acronym, is an enum of that name.
    assert_eq!(
        EC2TagFilterType::from("KEY_ONLY"),
        EC2TagFilterType::KeyOnly
    );
    assert_eq!(
        found(&Thing::check(&json!({"FilterType": "BOTH"}))),
        [(
            "/FilterType".to_owned(),
            "widget-thing-filter-type-allowed-values".to_owned(),
            Severity::Error
        )]
    );
    assert_eq!(Color::from("DARK_GREEN"), Color::DarkGreen);
    assert_eq!(Color::DarkGreen.as_str(), "DARK_GREEN");
    assert_eq!(Color::VALUES, ["RED", "DARK_GREEN", "BLUE"]);
    assert_eq!("BLUE".parse::<Color>(), Ok(Color::Blue));
    let error = "PINK".parse::<Color>().expect_err("PINK is not a color");
    assert_eq!(
        error.to_string(),
        "\"PINK\" is not a Color; allowed: RED, DARK_GREEN, BLUE"
    );
    assert_eq!(Color::from("PINK").as_str(), "PINK");
    let report = Thing::check(&json!({"Color": "PINK"}));
    assert_eq!(
        found(&report),
        one("/Color", "thing-color-allowed-values", Severity::Error)
    );
    assert_eq!(
        report.iter().next().map(|p| p.message()),
        Some("\"PINK\" is not a color; allowed: RED, DARK_GREEN, BLUE")
    );
    let thing = Thing::from_value(&json!({"Color": "RED"})).expect("valid");
    assert_eq!(thing.color, Some(Value::Literal(Color::Red)));
}

#[test]
fn map_keys_and_values_are_checked_at_their_own_pointers() {
    use map::widget::Thing;
    let report = Thing::check(&json!({"Headers": {
        "method.response.header.X-Ok": "'static'",
        "method.request.header.Wrong": "context.requestId",
        "method.response.header.X-Bad": "*"
    }}));
    assert_eq!(
        found(&report),
        vec![
            (
                "/Headers/method.request.header.Wrong".to_owned(),
                "thing-headers-key".to_owned(),
                Severity::Error
            ),
            (
                "/Headers/method.response.header.X-Bad".to_owned(),
                "thing-headers-value".to_owned(),
                Severity::Error
            ),
        ]
    );
    let thing = Thing::builder()
        .headers("method.response.header.A", "'1'")
        .build()
        .expect("valid");
    assert_eq!(
        thing.to_json(),
        json!({"Headers": {"method.response.header.A": "'1'"}})
    );
}

#[test]
fn nested_property_types_are_checked_inside_lists() {
    use list_of_property_type::widget::{Part, Thing};
    let report = Thing::check(&json!({"Parts": [{"Name": "a"}, {}], "Tags": ["x", "y", "x"]}));
    assert_eq!(
        found(&report),
        vec![
            (
                "/Parts/1/Name".to_owned(),
                "part-name-required".to_owned(),
                Severity::Error
            ),
            (
                "/Tags/2".to_owned(),
                "thing-tags-unique".to_owned(),
                Severity::Error
            ),
        ]
    );
    let error = Part::builder().build().expect_err("Name is missing");
    assert_eq!(
        found(&error),
        one("/Name", "part-name-required", Severity::Error)
    );
    let thing = Thing::builder()
        .parts(Part::builder().name("a").build().expect("valid"))
        .build()
        .expect("valid");
    assert_eq!(thing.to_json(), json!({"Parts": [{"Name": "a"}]}));
}

#[test]
fn conditional_rules_use_defaults_and_skip_hidden_values() {
    use conditional_requirement::widget::Thing;
    let missing = Thing::check(&json!({"Mode": "REMOTE"}));
    assert_eq!(
        found(&missing),
        one("/Endpoint", "thing-endpoint-required", Severity::Error)
    );
    let defaulted = Thing::check(&json!({"Endpoint": "https://example.com"}));
    assert_eq!(
        found(&defaulted),
        one("/Endpoint", "thing-endpoint-unused", Severity::Warning)
    );
    let bad_form = Thing::check(&json!({"Mode": "REMOTE", "Endpoint": "example.com"}));
    assert_eq!(
        found(&bad_form),
        one("/Endpoint", "thing-endpoint-form", Severity::Error)
    );
    let hidden = Thing::check(&json!({"Mode": {"Ref": "ModeParameter"}}));
    assert!(hidden.is_empty(), "{hidden}");
    let both_remote = Thing::check(&json!({"Mode": {"Fn::If": ["IsProd", "REMOTE", "REMOTE"]}}));
    assert_eq!(
        found(&both_remote),
        one("/Endpoint", "thing-endpoint-required", Severity::Error)
    );
}

#[test]
fn ranges_report_errors_and_warnings_and_accept_integer_strings() {
    use range::widget::Thing;
    assert_eq!(
        found(&Thing::check(&json!({"Seconds": 0}))),
        one("/Seconds", "thing-seconds-minimum", Severity::Error)
    );
    assert_eq!(
        found(&Thing::check(&json!({"Seconds": "61"}))),
        one("/Seconds", "thing-seconds-maximum", Severity::Warning)
    );
    assert_eq!(
        found(&Thing::check(&json!({"Seconds": "ten"}))),
        one("/Seconds", "value-type", Severity::Error)
    );
    let thing = Thing::from_value(&json!({"Seconds": "30"})).expect("valid");
    assert_eq!(
        thing.seconds.as_ref().and_then(Value::as_literal),
        Some(&30)
    );
    assert_eq!(thing.to_json(), json!({"Seconds": "30"}));
}

#[test]
fn keywords_primitives_unknown_properties_and_context() {
    use primitives_and_keywords::CheckContext;
    use primitives_and_keywords::widget::Thing;
    let value = json!({"Type": "t", "Enabled": "true", "Ratio": 0.5, "Size": 7, "Document": {"any": [1]}, "Keys": ["a"]});
    let thing = Thing::from_value(&value).expect("valid");
    assert_eq!(thing.r#type, Value::Literal("t".to_owned()));
    assert_eq!(
        thing.enabled.as_ref().and_then(Value::as_literal),
        Some(&true)
    );
    assert_eq!(thing.to_json(), value);
    let report = Thing::check(&json!({"Enabled": [], "Extra": 1}));
    assert_eq!(
        found(&report),
        vec![
            (
                "/Extra".to_owned(),
                "thing-unknown-property".to_owned(),
                Severity::Error
            ),
            (
                "/Enabled".to_owned(),
                "value-type".to_owned(),
                Severity::Error
            ),
            (
                "/Type".to_owned(),
                "thing-type-required".to_owned(),
                Severity::Error
            ),
        ]
    );
    let context = CheckContext::new().with_declared(["b"]);
    let undeclared = Thing::check_with(&json!({"Type": "t", "Keys": ["a", "b"]}), &context);
    assert_eq!(
        found(&undeclared),
        one("/Keys/0", "thing-keys-declared", Severity::Error)
    );
    assert!(
        Thing::check(&json!({"Type": "t", "Keys": ["a"]})).is_empty(),
        "no context, no check"
    );
}

#[test]
fn builder_setters_of_every_kind_set_append_and_clear() {
    use primitives_and_keywords::widget::Thing;
    let thing = Thing::builder()
        .r#type("t")
        .document(json!({"any": [1]}))
        .keys("a")
        .keys("b")
        .samples(json!(1))
        .samples(json!({"two": 2}))
        .labels("x", json!([true]))
        .size(7)
        .set_size(None)
        .ratio(0.5)
        .build()
        .expect("valid");
    assert_eq!(
        thing.to_json(),
        json!({
            "Type": "t",
            "Document": {"any": [1]},
            "Keys": ["a", "b"],
            "Samples": [1, {"two": 2}],
            "Labels": {"x": [true]},
            "Ratio": 0.5,
        })
    );
    let replaced = Thing::builder()
        .set_type(Some(Value::reference("TypeParameter")))
        .keys("a")
        .set_keys(Some(Value::reference("KeyList")))
        .build()
        .expect("valid");
    assert_eq!(
        replaced.to_json(),
        json!({"Type": {"Ref": "TypeParameter"}, "Keys": {"Ref": "KeyList"}})
    );
    let missing = Thing::builder()
        .document(json!(null))
        .build()
        .expect_err("Type is missing");
    assert_eq!(
        found(&missing),
        one("/Type", "thing-type-required", Severity::Error)
    );
}

#[test]
fn deserializing_a_property_type_checks_it() {
    use primitives_and_keywords::widget::Thing;
    let thing: Thing = serde_json::from_str(r#"{"Type": "t", "Samples": [null]}"#).expect("valid");
    assert_eq!(Thing::TYPE_NAME, "AWS::Fixture::Widget.Thing");
    assert!(thing.validate().is_empty(), "{}", thing.validate());
    let error = serde_json::from_str::<Thing>(r#"{"Size": 1}"#).expect_err("Type is missing");
    assert!(error.to_string().contains("thing-type-required"), "{error}");
}

#[test]
fn properties_named_like_the_generated_codes_own_locals_load_check_and_build() {
    use local_names::tagged::Tag;
    let value = json!({
        "C": "text/c", "Context": "text/context", "Deserializer": "d", "First": "text/first",
        "I": "text/i", "Items": ["one", "two"], "Json": "application/json", "Key": "k",
        "Map": "text/map", "Object": "text/object", "Order": "o", "Properties": "p",
        "Report": "text/report", "V": "text/v", "Value": "text/plain", "Wrap": "w",
        "Crate": "r", "SELF": "s", "Super": "u"
    });
    assert!(Tag::check(&value).is_empty());
    let tag = Tag::from_value(&value).expect("valid");
    assert_eq!(tag.key, Value::Literal("k".to_owned()));
    assert_eq!(tag.value, Value::Literal("text/plain".to_owned()));
    assert_eq!(
        tag.map.as_ref().and_then(Value::as_literal),
        Some(&"text/map".to_owned())
    );
    // Keywords that cannot be raw identifiers are fields with a trailing underscore.
    assert_eq!(tag.crate_, Some(Value::Literal("r".to_owned())));
    assert_eq!(tag.self_, Some(Value::Literal("s".to_owned())));
    assert_eq!(tag.super_, Some(Value::Literal("u".to_owned())));
    assert_eq!(tag.to_json(), value);
    assert!(tag.validate().is_empty());
    // Read straight from the text, as `serde` does.
    let streamed: Tag = serde_json::from_str(&value.to_string()).expect("valid");
    assert_eq!(streamed, tag);

    // Each property is checked at its own pointer, by its own rules.
    let bad = json!({"Value": "plain", "C": "c", "Map": "m", "First": "f", "Items": "one"});
    assert_eq!(
        found(&Tag::check(&bad)),
        vec![
            (
                "/Items".to_owned(),
                "value-type".to_owned(),
                Severity::Error
            ),
            (
                "/Key".to_owned(),
                "tag-key-required".to_owned(),
                Severity::Error
            ),
            (
                "/Value".to_owned(),
                "tag-value-form".to_owned(),
                Severity::Error
            ),
            ("/C".to_owned(), "tag-c-form".to_owned(), Severity::Error),
            (
                "/Map".to_owned(),
                "tag-map-form".to_owned(),
                Severity::Error
            ),
            (
                "/First".to_owned(),
                "tag-first-form".to_owned(),
                Severity::Error
            ),
        ]
    );
    let error = serde_json::from_str::<Tag>(r#"{"Key": "k", "Value": "plain", "Map": "m"}"#)
        .expect_err("two values are not media types");
    assert!(error.to_string().contains("tag-value-form"), "{error}");
    assert!(error.to_string().contains("tag-map-form"), "{error}");

    let built = Tag::builder()
        .key("k")
        .value("text/plain")
        .map("text/map")
        .c("text/c")
        .items("one")
        .crate_("r")
        .self_("s")
        .build()
        .expect("valid");
    assert_eq!(built.to_json()["Crate"], "r");
    assert_eq!(built.to_json()["SELF"], "s");
    assert_eq!(
        built.c.as_ref().and_then(Value::as_literal),
        Some(&"text/c".to_owned())
    );
    let report = Tag::builder()
        .key("k")
        .value("plain")
        .build()
        .expect_err("not a media type");
    assert_eq!(
        found(&report),
        one("/Value", "tag-value-form", Severity::Error)
    );
}

#[test]
fn types_and_variants_named_like_the_runtimes_own_names_load_and_check() {
    use local_names::Level;
    use local_names::tagged::{Tag, Typed};
    // Variants `Err` and `Ok` beside `FromStr`'s `Result`.
    assert_eq!("ERR".parse::<Level>(), Ok(Level::Err));
    assert_eq!(Level::Ok.as_str(), "OK");
    assert!("WARN".parse::<Level>().is_err());

    // A property type named `Typed`, read straight from the text (as the deserializer does,
    // which imports the runtime's own `Typed`).
    let text = r#"{"Key": "k", "Value": "text/plain", "Level": "ERR", "Wrap": "w",
                   "Inner": {"Name": "n"}}"#;
    let tag: Tag = serde_json::from_str(text).expect("valid");
    assert_eq!(tag.level, Some(Value::Literal(Level::Err)));
    let inner: &Typed = tag
        .inner
        .as_ref()
        .and_then(Value::as_literal)
        .expect("a Typed");
    assert_eq!(inner.name, Some(Value::Literal("n".to_owned())));
    let typed: Typed = serde_json::from_str(r#"{"Name": "n"}"#).expect("valid");
    assert_eq!(&typed, inner);

    // The rule `level-in-err` and the condition `Level In [ERR]` keep their own constants.
    let report = Tag::check(&json!({"Key": "k", "Value": "text/plain", "Level": "ERR"}));
    assert_eq!(
        found(&report),
        one("/Wrap", "level-in-err", Severity::Warning)
    );
    let report = Tag::check(&json!({"Key": "k", "Value": "text/plain", "Level": "OK"}));
    assert!(report.is_empty(), "{report}");
}

#[test]
fn properties_and_variants_named_like_keywords_and_the_preludes_names_load_check_and_build() {
    use rust_names::Outcome;
    use rust_names::names::Thing;
    let spec: serde_json::Value =
        serde_json::from_str(include_str!("../data/specs/rust_names.json")).expect("JSON");
    let names = spec["PropertyTypes"]["AWS::Fixture::Names.Thing"]["Properties"]
        .as_object()
        .expect("properties");
    // Every property, with its own name as its value (`Outcome` takes one of its values).
    let value: serde_json::Map<String, serde_json::Value> = names
        .keys()
        .map(|name| {
            let text = if name == "Outcome" { "SOME" } else { name };
            (name.clone(), json!(text))
        })
        .collect();
    let value = serde_json::Value::Object(value);
    assert!(names.len() > 70, "{}", names.len());
    assert!(Thing::check(&value).is_empty(), "{}", Thing::check(&value));
    let thing = Thing::from_value(&value).expect("valid");
    assert_eq!(thing.r#match, Some(Value::Literal("Match".to_owned())));
    assert_eq!(thing.option, Some(Value::Literal("Option".to_owned())));
    assert_eq!(thing.outcome, Some(Value::Literal(Outcome::Some)));
    // Names that are not PascalCase, as some pages have them.
    assert_eq!(thing.arn, Some(Value::Literal("arn".to_owned())));
    assert_eq!(
        thing.channel_id,
        Some(Value::Literal("channelId".to_owned()))
    );
    assert_eq!(thing.self_, Some(Value::Literal("self".to_owned())));
    assert_eq!(thing.to_json(), value);
    let streamed: Thing = serde_json::from_str(&value.to_string()).expect("valid");
    assert_eq!(streamed, thing);

    for (wire, variant) in [
        ("NONE", Outcome::None),
        ("ERR", Outcome::Err),
        ("TYPE", Outcome::Type),
    ] {
        assert_eq!(wire.parse::<Outcome>(), Ok(variant.clone()));
        assert_eq!(variant.as_str(), wire);
    }

    let built = Thing::builder()
        .r#async("yes")
        .r#match("m")
        .some("s")
        .build()
        .expect("valid");
    assert_eq!(
        built.to_json(),
        json!({"Async": "yes", "Match": "m", "Some": "s"})
    );
    let warned = Thing::builder()
        .r#async("yes")
        .build()
        .expect("only a warning");
    assert_eq!(
        found(&warned.validate()),
        one(
            "/Match",
            "thing-match-required-for-async",
            Severity::Warning
        )
    );
}

#[test]
fn a_resource_gives_the_types_within_it_the_facts_its_seam_rules_read() {
    use resource_with_seams::widget::{Gadget, Widget};
    use resource_with_seams::{CheckContext, Mode};
    assert_eq!(Widget::TYPE_NAME, "AWS::Fixture::Widget");
    assert_eq!(Widget::ATTRIBUTES, ["Arn"]);
    let widget = |gadget: serde_json::Value| {
        json!({
            "Mode": "SLOW",
            "Slots": {"slot.a": true},
            "Outputs": [{"Code": "1", "Labels": {"x": true, "y": true}}, {"Code": "2"}],
            "Gadget": gadget,
        })
    };
    // What the widget declares: slot.a; labels x and y under code 1, none under 2.
    let fine = widget(json!({"Code": "1", "Labels": {"x": "slot.a", "y": "'static'"}}));
    assert_eq!(found(&Widget::check(&fine)), vec![]);
    let wrong = widget(json!({"Code": "2", "Labels": {"x": "slot.b"}}));
    assert_eq!(
        found(&Widget::check(&wrong)),
        [
            (
                "/Gadget/Labels/x".to_owned(),
                "gadget-slots-declared".to_owned(),
                Severity::Error
            ),
            (
                "/Gadget/Labels/x".to_owned(),
                "gadget-labels-declared".to_owned(),
                Severity::Error
            ),
        ]
    );
    // A code with no output is a warning only when the widget is SLOW.
    let no_output = |mode: &str| {
        let mut value = widget(json!({"Code": "3"}));
        value["Mode"] = json!(mode);
        found(&Widget::check(&value))
    };
    assert_eq!(
        no_output("SLOW"),
        one("/Gadget/Code", "gadget-code-has-output", Severity::Warning)
    );
    assert_eq!(no_output("FAST"), vec![]);
    // A repeated code (1 and "1" are one code) is a warning, and the seam rules read the
    // union of what the repeats declare, so that they raise nothing of their own.
    let repeated = json!({
        "Outputs": [{"Code": "1", "Labels": {"x": true}}, {"Code": "2"}, {"Code": 1, "Labels": {"y": true}}],
        "Gadget": {"Code": "1", "Labels": {"x": "'a'", "y": "'b'"}},
    });
    assert_eq!(
        found(&Widget::check(&repeated)),
        one(
            "/Outputs/2/Code",
            "widget-outputs-code-unique",
            Severity::Warning
        )
    );
    // Alone, a gadget reads the facts a caller gives, and skips the rules without them.
    let gadget = json!({"Code": "1", "Labels": {"z": "slot.b"}});
    assert_eq!(found(&Gadget::check(&gadget)), vec![]);
    let context = CheckContext::new()
        .with_declared_slots(["slot.b"])
        .with_labels_by_code([("1", ["z"])])
        .with_widget_mode(Mode::Slow);
    assert_eq!(found(&Gadget::check_with(&gadget, &context)), vec![]);
    let message = Gadget::check_with(&json!({"Code": "4"}), &context);
    assert_eq!(
        message.iter().map(|p| p.message()).collect::<Vec<_>>(),
        ["\"4\" is the Code of no output of a SLOW Widget (codes: 1)"]
    );
    // A fact behind an intrinsic function is unknown: its rules are skipped.
    let hidden = json!({"Slots": {"Fn::Transform": {"Name": "Slots"}}, "Gadget": {"Labels": {"x": "slot.b"}}});
    assert_eq!(found(&Widget::check(&hidden)), vec![]);
}

#[test]
fn required_properties_and_allowed_values_are_enforced_without_a_rule_in_the_spec() {
    use derived_rules::widget::Gadget;
    assert!(Gadget::check(&json!({"Name": "g", "Color": "RED"})).is_empty());
    assert_eq!(
        found(&Gadget::check(&json!({"Color": "PINK"}))),
        [
            (
                "/Color".to_owned(),
                "widget-gadget-color-allowed-values".to_owned(),
                Severity::Error
            ),
            (
                "/Name".to_owned(),
                "widget-gadget-name-required".to_owned(),
                Severity::Error
            ),
        ]
    );
    let report = Gadget::check(&json!({"Color": "PINK"}));
    let messages: Vec<&str> = report.iter().map(|p| p.message()).collect();
    assert_eq!(
        messages,
        [
            "\"PINK\" is not one of the values Color allows: RED, BLUE",
            "Name is required, and CloudFormation refuses a Gadget without it",
        ]
    );
    // The bounds of a String are on its length in characters, those of a List on its items;
    // a value an intrinsic function computes is not counted.
    assert_eq!(
        found(&Gadget::check(
            &json!({"Name": "", "Tags": ["a", "b", "c"]})
        )),
        [
            (
                "/Name".to_owned(),
                "widget-gadget-name-minimum-length".to_owned(),
                Severity::Error
            ),
            (
                "/Tags".to_owned(),
                "widget-gadget-tags-maximum-items".to_owned(),
                Severity::Error
            ),
        ]
    );
    // A page's Pattern is matched by the whole text, and names the pattern when it fails.
    let report = Gadget::check(&json!({"Name": "a b"}));
    assert_eq!(
        found(&report),
        [(
            "/Name".to_owned(),
            "widget-gadget-name-pattern".to_owned(),
            Severity::Error
        )]
    );
    assert_eq!(
        report.iter().map(|p| p.message()).collect::<Vec<_>>(),
        ["\"a b\" does not match the pattern of Name: a text matching `^[^\\s/]*$`"]
    );
    assert!(Gadget::check(&json!({"Name": {"Fn::Sub": "${AWS::StackName}-g"}})).is_empty());
    // An unanchored pattern matches anywhere in the text, as JSON Schema's `pattern` does.
    assert!(Gadget::check(&json!({"Name": "g", "Slug": "ABc"})).is_empty());
    assert_eq!(
        found(&Gadget::check(&json!({"Name": "g", "Slug": "ABC"}))),
        [(
            "/Slug".to_owned(),
            "widget-gadget-slug-pattern".to_owned(),
            Severity::Error
        )]
    );
    // A pattern of another dialect (a lookahead) is not checked: no rule, whatever the value.
    assert!(Gadget::check(&json!({"Name": "g", "Lookahead": "y"})).is_empty());
    assert!(
        derived_rules::RULES
            .iter()
            .all(|r| r.id != "widget-gadget-lookahead-pattern")
    );
    assert_eq!(
        found(&Gadget::check(&json!({"Name": {"Fn::Sub": "${Prefix}/g"}}))),
        [(
            "/Name".to_owned(),
            "widget-gadget-name-pattern".to_owned(),
            Severity::Error
        )]
    );
    let report = Gadget::check(&json!({"Name": "ééééééééé"}));
    let messages: Vec<&str> = report.iter().map(|p| p.message()).collect();
    assert_eq!(
        messages,
        ["\"ééééééééé\" is longer than the maximum length of Name, 8 characters"]
    );
    assert!(Gadget::check(&json!({"Name": "éééééééé", "Tags": ["a", "b"]})).is_empty());
    assert!(Gadget::check(&json!({"Name": {"Ref": "N"}, "Tags": {"Ref": "T"}})).is_empty());
    // A number written for a text is counted as its text.
    assert_eq!(
        found(&Gadget::check(&json!({"Name": 123456789}))),
        [(
            "/Name".to_owned(),
            "widget-gadget-name-maximum-length".to_owned(),
            Severity::Error
        )]
    );
    // AWS::NoValue is no item; an item that may be one counts only when it certainly is one.
    let no_value = json!({"Ref": "AWS::NoValue"});
    let maybe = json!({"Fn::If": ["C", "c", {"Ref": "AWS::NoValue"}]});
    assert!(Gadget::check(&json!({"Name": "g", "Tags": ["a", "b", no_value]})).is_empty());
    assert!(Gadget::check(&json!({"Name": "g", "Tags": ["a", "b", maybe]})).is_empty());
    assert_eq!(
        found(&Gadget::check(
            &json!({"Name": "g", "Tags": ["a", "b", "c", maybe]})
        )),
        [(
            "/Tags".to_owned(),
            "widget-gadget-tags-maximum-items".to_owned(),
            Severity::Error
        )]
    );
    // A value of the other kind is the value-type rule's alone.
    assert_eq!(
        found(&Gadget::check(
            &json!({"Name": ["a", "b", "c", "d", "e", "f", "g", "h", "i"], "Tags": "abc"})
        )),
        [
            ("/Name".to_owned(), "value-type".to_owned(), Severity::Error),
            ("/Tags".to_owned(), "value-type".to_owned(), Severity::Error),
        ]
    );
    // A required property is not optional in the struct.
    let gadget = Gadget::builder().name("g").build().expect("valid");
    assert_eq!(gadget.name, Value::from("g".to_owned()));
}

#[test]
fn a_type_of_json_properties_takes_any_json_and_reports_what_is_no_object() {
    use json_only::widget::Policy;
    let document = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]});
    assert!(Policy::check(&json!({"Document": document, "Tags": [1, {"a": null}]})).is_empty());
    assert_eq!(
        found(&Policy::check(&json!(["not", "an", "object"]))),
        one("", "value-type", Severity::Error)
    );
    assert_eq!(json_only::RULES.len(), 4, "the runtime's four rules only");
}

#[test]
fn types_named_like_items_of_the_generated_code_are_renamed_and_keep_their_name_in_messages() {
    use renamed_types::widget::{ConditionProperty, RuleProperty};
    let rule = json!({"Condition": {"Field": "a"}, "Conditions": [{"Field": "b"}]});
    assert!(RuleProperty::check(&rule).is_empty());
    let loaded = RuleProperty::from_value(&rule).expect("valid");
    assert_eq!(loaded.to_json(), rule);
    let report = RuleProperty::check(&json!({"Condition": "not an object"}));
    let messages: Vec<&str> = report.iter().map(|p| p.message()).collect();
    assert_eq!(messages.len(), 1);
    assert!(messages[0].contains("a Condition object"), "{messages:?}");
    let built = ConditionProperty::builder()
        .field("c")
        .build()
        .expect("valid");
    assert_eq!(built.to_json(), json!({"Field": "c"}));
}

#[test]
fn a_type_that_contains_itself_through_a_list_or_a_map_loads_checks_and_builds() {
    use recursive::widget::Configuration;
    let nested = json!({
        "Classification": "spark",
        "Configurations": [{"Classification": "spark-env", "Configurations": [{"Classification": "export"}]}],
        "Named": {"inner": {"Classification": "core"}}
    });
    assert!(Configuration::check(&nested).is_empty());
    let loaded = Configuration::from_value(&nested).expect("valid");
    assert_eq!(loaded.to_json(), nested);
    // A problem deep inside is found at its place.
    let wrong = json!({"Configurations": [{"Configurations": [{"Classification": ["not text"]}]}]});
    assert_eq!(
        found(&Configuration::check(&wrong)),
        one(
            "/Configurations/0/Configurations/0/Classification",
            "value-type",
            Severity::Error
        )
    );
    // A depth beyond the checker's is reported, not walked.
    let mut deep = json!({"Classification": "leaf"});
    for _ in 0..100 {
        deep = json!({"Configurations": [deep]});
    }
    let report = Configuration::check(&deep);
    assert!(
        report.iter().any(|p| p.rule() == "nesting-depth"),
        "{report}"
    );
    let built = Configuration::builder()
        .classification("a")
        .configurations(
            Configuration::builder()
                .classification("b")
                .build()
                .expect("valid"),
        )
        .build()
        .expect("valid");
    assert_eq!(
        built.to_json(),
        json!({"Classification": "a", "Configurations": [{"Classification": "b"}]})
    );
}

#[test]
fn types_that_contain_each_other_through_fields_are_boxed_and_load_check_and_build() {
    use recursive::widget::{NotStatement, Statement};
    // not (not (ByteMatch "x")), as WAFv2 nests a NotStatement's Statement.
    let nested =
        json!({"NotStatement": {"Statement": {"NotStatement": {"Statement": {"ByteMatch": "x"}}}}});
    let statement = Statement::from_value(&nested).expect("loads");
    assert_eq!(statement.to_json(), nested);
    // A NotStatement's Statement is required, however deep it is.
    let missing = json!({"NotStatement": {"Statement": {"NotStatement": {}}}});
    assert_eq!(
        found(&Statement::check(&missing)),
        [(
            "/NotStatement/Statement/NotStatement/Statement".to_owned(),
            "widget-not-statement-statement-required".to_owned(),
            Severity::Error
        )]
    );
    let built = Statement::builder()
        .not_statement(
            NotStatement::builder()
                .statement(Statement::builder().byte_match("y").build().expect("valid"))
                .build()
                .expect("valid"),
        )
        .build()
        .expect("valid");
    assert_eq!(
        built.to_json(),
        json!({"NotStatement": {"Statement": {"ByteMatch": "y"}}})
    );
}

#[test]
fn types_named_like_crates_the_generated_code_uses_are_in_modules_that_do_not_shadow_them() {
    use rust_names::Std;
    use rust_names::names::Serde;
    assert_eq!(Std::from("A"), Std::A);
    assert!(Serde::check(&json!({"Level": "B", "Labels": {"k": "v"}})).is_empty());
    assert_eq!(
        found(&Serde::check(&json!({"Level": "C"}))),
        [(
            "/Level".to_owned(),
            "names-serde-level-allowed-values".to_owned(),
            Severity::Error
        )]
    );
}
