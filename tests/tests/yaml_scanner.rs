//! The vendored `saphyr-parser` (`vendor/README.md`) reads the characters of a plain scalar from
//! a `&str` at once, where the published crate pushes them one at a time. Its other input, which
//! reads from an iterator of characters, keeps the published loop; both must give the same
//! events at the same places, errors included, for every text.

use proptest::prelude::*;
use saphyr_parser::{BufferedInput, Parser};

/// Every event with its span, or the error that ended the stream, as text.
fn events<'a, T: saphyr_parser::Input>(parser: Parser<'a, T>) -> Vec<String> {
    let mut out = Vec::new();
    for event in parser {
        match event {
            Ok((event, span)) => out.push(format!("{event:?} {span:?}")),
            Err(error) => {
                out.push(format!("error {error:?}"));
                break;
            }
        }
    }
    out
}

fn assert_same_events(text: &str) {
    let from_str = events(Parser::new_from_str(text));
    let from_chars = events(Parser::new(BufferedInput::new(text.chars())));
    assert_eq!(from_str, from_chars, "{text:?}");
}

#[test]
fn every_yaml_file_of_the_tests_gives_the_same_events_from_both_inputs() {
    let mut folders = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data"
    ))];
    let mut read = 0;
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                assert_same_events(&std::fs::read_to_string(&path).expect("UTF-8"));
                read += 1;
            }
        }
    }
    assert!(read > 20, "{read} YAML files");
}

#[test]
fn plain_scalars_end_where_the_published_scan_ends_them() {
    for text in [
        "a: b",
        "a:b: c",
        "a: b:c",
        "a: b: c",
        "key: value # comment",
        "key: value#not a comment",
        "{a:b, c: d, e:[f]}",
        "[a,b, c:d, e: f, {g: h}]",
        "[a:,b]",
        "- a\u{FEFF}b",
        "a: é:ü ñ",
        "a: multi\n  line\n\n  plain",
        "a: tab\tinside",
        "a: nul\0inside",
        "a: b\r\nc: d",
        "!Sub arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path",
        "a: x:\u{2028}y",
        "a: -[b]",
        "[-[b]]",
        "a: b\n...\n",
    ] {
        assert_same_events(text);
    }
}

proptest! {
    #[test]
    fn any_text_of_yaml_characters_gives_the_same_events_from_both_inputs(
        text in "[a-c:#,\\[\\]{}\\- \t\n\r'\"!&*|>@`?é\u{FEFF}\u{0}]{0,40}"
    ) {
        assert_same_events(&text);
    }
}
