//! `bilan quick --answers FILE --json [--max N]` (issue 14): the quick
//! orientation replayed from an assessment file. The fixtures are in
//! `tests/fixtures/quick/`: a clear CNO, a clear IT 2.0 Expert with two
//! items left out, and a person between CM and CNO whose quick orientation
//! must end "not confident".

use serde_json::Value;

mod common;
use common::*;

fn quick(file: &str, extra: &[&str]) -> Value {
    let mut args = vec!["quick", "--answers", file, "--json"];
    args.extend_from_slice(extra);
    json(&bilan(&args).succeeds().stdout)
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("a number: {v}"))
}

fn questions(doc: &Value) -> Vec<&str> {
    doc["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| q.as_str().expect("an item id"))
        .collect()
}

/// What every replay carries: three matches, best estimate first, each with
/// floor ≤ ceiling and the estimate between 0 and 100; at most 15 distinct
/// questions, each with its reason.
fn check(doc: &Value) {
    let matches = doc["matches"].as_array().expect("matches");
    assert_eq!(matches.len(), 3, "{doc}");
    for pair in matches.windows(2) {
        assert!(
            f(&pair[0]["fit_estimate"]) >= f(&pair[1]["fit_estimate"]),
            "{doc}"
        );
    }
    for m in matches {
        assert!(m["profile"].is_string());
        let (fit, estimate, ceiling) = (f(&m["fit"]), f(&m["fit_estimate"]), f(&m["fit_ceiling"]));
        assert!(fit <= ceiling, "{m}");
        assert!((0.0..=100.0).contains(&estimate), "{m}");
    }
    let asked = questions(doc);
    assert!(asked.len() <= 15, "{doc}");
    let mut distinct = asked.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        asked.len(),
        "no item asked twice: {asked:?}"
    );
    assert_eq!(doc["reasons"].as_array().map(Vec::len), Some(asked.len()));
    assert!(doc["confident"].is_boolean());
    assert!(doc["stopped_because"].is_string());
}

#[test]
fn a_clear_cno_is_found_with_confidence_in_few_questions() {
    let doc = quick("tests/fixtures/quick/clear_cno.json", &[]);
    check(&doc);
    assert_eq!(doc["matches"][0]["profile"], "cno", "{doc}");
    assert_eq!(doc["confident"], true, "{doc}");
    assert_eq!(doc["stopped_because"], "settled");
    assert!(questions(&doc).len() <= 12, "{doc}");
}

#[test]
fn a_clear_it_expert_is_found_even_with_items_left_out() {
    let doc = quick("tests/fixtures/quick/clear_ite.json", &[]);
    check(&doc);
    assert_eq!(doc["matches"][0]["profile"], "ite", "{doc}");
    assert_eq!(doc["confident"], true, "{doc}");
}

#[test]
fn between_cm_and_cno_ends_not_confident_naming_the_two() {
    let doc = quick("tests/fixtures/quick/between_cm_cno.json", &[]);
    check(&doc);
    assert_eq!(doc["confident"], false, "{doc}");
    assert_eq!(doc["stopped_because"], "limit");
    assert_eq!(questions(&doc).len(), 15);
    let mut pair = [
        doc["stop"]["first"].as_str().expect("first"),
        doc["stop"]["second"].as_str().expect("second"),
    ];
    pair.sort_unstable();
    assert_eq!(pair, ["cm", "cno"], "{doc}");
}

#[test]
fn max_caps_the_questions_and_the_replay_is_deterministic() {
    let file = "tests/fixtures/quick/between_cm_cno.json";
    let short = quick(file, &["--max", "4"]);
    check(&short);
    assert_eq!(questions(&short).len(), 4);
    assert_eq!(short["confident"], false);
    assert_eq!(short["stopped_because"], "limit");
    // The same answers give the same questions, and a shorter run asks the
    // first questions of the longer one.
    let full = quick(file, &[]);
    assert_eq!(quick(file, &[]), full);
    assert_eq!(questions(&full)[..4], questions(&short)[..]);
}

#[test]
fn an_item_absent_from_the_file_counts_as_not_applicable() {
    let dir = tempfile::tempdir().unwrap();
    // Nothing answered: every question is "not applicable", nothing can be
    // settled, and the fits stay at 0.
    let file = write(
        dir.path(),
        "empty.json",
        r#"{"person": "Ana", "rater": "self", "scores": {}}"#,
    );
    let doc = quick(file.to_str().unwrap(), &["--max", "6"]);
    check(&doc);
    assert_eq!(questions(&doc).len(), 6);
    assert_eq!(doc["confident"], false);
    assert_eq!(doc["answered"], 0);
    for m in doc["matches"].as_array().unwrap() {
        assert_eq!(f(&m["fit"]), 0.0, "{m}");
    }
}

#[test]
fn json_is_required_and_max_must_be_positive() {
    let out = bilan(&["quick", "--answers", "tests/fixtures/quick/clear_cno.json"])
        .cmd
        .assert()
        .failure()
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--json"));
    bilan(&[
        "quick",
        "--answers",
        "tests/fixtures/quick/clear_cno.json",
        "--json",
        "--max",
        "0",
    ])
    .cmd
    .assert()
    .failure();
}
