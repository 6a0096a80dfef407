//! Every loader on input it was not made for (issue 13): arbitrary bytes,
//! and valid files mutated the way a hand edit, a bad copy or a hostile
//! user would (a byte changed, a run of bytes dropped, doubled or replaced
//! by JSON punctuation, a control character, a byte order mark). Whatever
//! comes in, a loader returns a value or an error, never panics; what it
//! accepts is consistent (an assessment saves and reads back as itself, a
//! profile passes its own validation again, the group analysis accepts
//! exactly what the full reader accepts); and an error message stays one
//! bounded line without a control character.
//!
//! The number of cases is bounded so that `cargo test` stays quick; set
//! `PROPTEST_CASES` for a longer run.

use std::path::Path;

use bilan_core::catalogue::BUILTIN_FRAMEWORK;
use bilan_core::guidance::{BUILTIN_GUIDANCE, Guidance};
use bilan_core::profile::BUILTIN_PROFILES;
use bilan_core::{Assessment, Catalogue, Error, Library, Profile, cohort};
use proptest::prelude::*;

/// The built-in library, loaded once for all cases.
fn library() -> &'static Library {
    static LIBRARY: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().unwrap())
}

const ASSESSMENT: &str = include_str!("../../../tests/fixtures/ana.json");

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(cases),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// One change to a file's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    /// Sets the byte at this share of the length.
    Set(f64, u8),
    /// Inserts these bytes.
    Insert(f64, Vec<u8>),
    /// Drops up to this many bytes.
    Drop(f64, usize),
    /// Repeats up to this many bytes in place.
    Double(f64, usize),
}

/// Bytes that matter to JSON and to terminals.
fn pointed_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::sample::select(vec![
            b"{".to_vec(),
            b"}".to_vec(),
            b"[".to_vec(),
            b"]".to_vec(),
            b"\"".to_vec(),
            b",".to_vec(),
            b":".to_vec(),
            b"\\".to_vec(),
            b"\\u0000".to_vec(),
            b"null".to_vec(),
            b"-1".to_vec(),
            b"1e999".to_vec(),
            b"\x00".to_vec(),
            b"\x1b[2J".to_vec(),
            "\u{feff}".as_bytes().to_vec(),
            "\u{202e}".as_bytes().to_vec(),
            b"\xff\xfe".to_vec(),
            b"\"A.3\": 3, \"A.3\": 9".to_vec(),
        ]),
        prop::collection::vec(any::<u8>(), 1..8),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0f64;
    prop_oneof![
        (at.clone(), any::<u8>()).prop_map(|(a, b)| Mutation::Set(a, b)),
        (at.clone(), pointed_bytes()).prop_map(|(a, b)| Mutation::Insert(a, b)),
        (at.clone(), 1..64usize).prop_map(|(a, n)| Mutation::Drop(a, n)),
        (at, 1..64usize).prop_map(|(a, n)| Mutation::Double(a, n)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let at = |share: f64| ((bytes.len() as f64 * share) as usize).min(bytes.len());
        match m {
            Mutation::Set(share, byte) => {
                let i = at(*share);
                if i < bytes.len() {
                    bytes[i] = *byte;
                }
            }
            Mutation::Insert(share, inserted) => {
                let i = at(*share);
                bytes.splice(i..i, inserted.iter().copied());
            }
            Mutation::Drop(share, n) => {
                let i = at(*share);
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
            Mutation::Double(share, n) => {
                let i = at(*share);
                let end = (i + n).min(bytes.len());
                let copy = bytes[i..end].to_vec();
                bytes.splice(end..end, copy);
            }
        }
    }
    bytes
}

/// An error message as the user sees it: one line, no control character,
/// and short whatever the input (a value is cut at 80 characters).
fn check_message(err: &Error) {
    let text = err.to_string();
    assert!(!text.chars().any(|c| is_unsafe(c) || c == '\n'), "{text:?}");
    assert!(
        text.chars().count() < 2_000,
        "{} chars",
        text.chars().count()
    );
}

/// Every loader on `bytes` (as the readers see a file: lossy UTF-8 for the
/// text parsers), with the consistency each must keep.
fn load_everything(bytes: &[u8], library: &Library) {
    let text = String::from_utf8_lossy(bytes);
    match Assessment::from_json(&text, "a.json") {
        Ok(a) => {
            let again = Assessment::from_json(&a.to_json(), "again.json").expect("reads back");
            assert_eq!(again, a);
        }
        Err(e) => check_message(&e),
    }
    match Profile::from_json(&text, "p.json", &library.catalogue) {
        Ok(p) => p
            .validate("p.json", &library.catalogue)
            .expect("still valid"),
        Err(e) => check_message(&e),
    }
    match Catalogue::from_json(&text, "c.json") {
        Ok(c) => assert!(c.len() <= text.len()),
        Err(e) => check_message(&e),
    }
    if let Err(e) = Guidance::from_json(&text, "g.json") {
        check_message(&e);
    }
}

/// The group analysis reads a file its own fast way: it must accept exactly
/// what the full reader accepts, on the same bytes.
fn cohort_agrees(bytes: &[u8], library: &Library, dir: &Path) {
    let path = dir.join("fuzzed.json");
    std::fs::write(&path, bytes).unwrap();
    let full = bilan_core::store::load_assessment(&path);
    let result = cohort::analyse(library, &library.profiles[0], [path]);
    assert_eq!(
        result.people.len(),
        usize::from(full.is_ok()),
        "cohort {:?} vs full {:?}",
        result.invalid,
        full.as_ref().err().map(ToString::to_string)
    );
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn arbitrary_bytes_never_panic_a_loader(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let library = library();
        load_everything(&bytes, library);
        let dir = tempfile::tempdir().unwrap();
        cohort_agrees(&bytes, library, dir.path());
    }

    #[test]
    fn json_shaped_noise_never_panics_a_loader(
        parts in prop::collection::vec(pointed_bytes(), 0..40)
    ) {
        let bytes: Vec<u8> = parts.concat();
        let library = library();
        load_everything(&bytes, library);
        let dir = tempfile::tempdir().unwrap();
        cohort_agrees(&bytes, library, dir.path());
    }

    #[test]
    fn a_mutated_assessment_is_read_or_refused_cleanly(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let bytes = mutate(ASSESSMENT, &mutations);
        let library = library();
        load_everything(&bytes, library);
        let dir = tempfile::tempdir().unwrap();
        cohort_agrees(&bytes, library, dir.path());
    }

    #[test]
    fn a_mutated_profile_is_read_or_refused_cleanly(
        which in 0..BUILTIN_PROFILES.len(),
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let bytes = mutate(BUILTIN_PROFILES[which].1, &mutations);
        let library = library();
        let text = String::from_utf8_lossy(&bytes);
        match Profile::from_json(&text, "p.json", &library.catalogue) {
            Ok(p) => p.validate("p.json", &library.catalogue).expect("still valid"),
            Err(e) => check_message(&e),
        }
    }
}

/// Text a hostile file could hold: terminal controls, bidi overrides, NUL,
/// letters; short or long.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "\u{1b}]0;pwned\u{7}",
            "\u{1b}[2J",
            "\u{1b}]52;c;cm0=\u{7}",
            "\u{9b}31m",
            "\u{202e}",
            "\u{2066}",
            "\u{0}",
            "\r\n",
            "\u{7f}",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z0-9 .]{1,12}",
        "x{300,2000}",
    ];
    prop::collection::vec(piece, 1..8).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config(64))]

    /// A hostile value where a word is expected (`rater`, `lang`, an answer,
    /// a profile's item id or importance) is refused with a message that
    /// quotes it escaped and cut.
    #[test]
    fn a_hostile_value_gives_a_clean_short_error(value in hostile_text(), slot in 0..5usize) {
        let value = serde_json::to_string(&value).unwrap();
        let library = library();
        let err = match slot {
            0 => Assessment::from_json(
                &format!(r#"{{"person": "Ana", "rater": {value}, "scores": {{}}}}"#), "a.json"),
            1 => Assessment::from_json(
                &format!(r#"{{"person": "Ana", "rater": "self", "lang": {value}, "scores": {{}}}}"#),
                "a.json"),
            2 => Assessment::from_json(
                &format!(r#"{{"person": "Ana", "rater": "self", "scores": {{"A.3": {value}}}}}"#),
                "a.json"),
            3 => Profile::from_json(
                &format!(r#"{{"id": "p", "name": {{"fr": "p", "en": "p"}}, "requirements":
                    [{{"item": {value}, "min": 3, "importance": "core", "source": "s"}}]}}"#),
                "p.json", &library.catalogue).map(|_| unreachable!()),
            _ => Profile::from_json(
                &format!(r#"{{"id": "p", "name": {{"fr": "p", "en": "p"}}, "requirements":
                    [{{"item": "A.3", "min": 3, "importance": {value}, "source": "s"}}]}}"#),
                "p.json", &library.catalogue).map(|_| unreachable!()),
        };
        match err {
            Ok(_) => prop_assert!(false, "accepted {value}"),
            Err(e) => check_message(&e),
        }
    }
}

proptest! {
    // The catalogue and the guidance are the largest files (120–140 KB):
    // fewer cases.
    #![proptest_config(config(32))]

    #[test]
    fn a_mutated_catalogue_is_read_or_refused_cleanly(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let bytes = mutate(BUILTIN_FRAMEWORK, &mutations);
        let text = String::from_utf8_lossy(&bytes);
        match Catalogue::from_json(&text, "c.json") {
            Ok(c) => prop_assert!(!c.items().is_empty() || text.contains("\"items\"")),
            Err(e) => check_message(&e),
        }
    }

    #[test]
    fn a_mutated_guidance_file_is_read_or_refused_cleanly(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let bytes = mutate(BUILTIN_GUIDANCE, &mutations);
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = Guidance::from_json(&text, "g.json") {
            check_message(&e);
        }
    }
}

/// What must never reach a terminal (the rule of `bilan_core::text::is_unsafe`,
/// written out so the test states it): C0 controls but the line feed and the
/// tab, DEL, C1 controls, bidirectional overrides and isolates.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
