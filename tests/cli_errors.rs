//! The `bilan` binary on bad input: a clear one-paragraph message naming the
//! file, the line and column or the field, and what to do; a non-zero exit;
//! never a panic.
//!
//! Every run gets an empty config folder and data folder of its own and
//! English output, so the user's own set-up never leaks in.

use predicates::prelude::*;

mod common;
use common::*;

// ---------------------------------------------------------------------------
// Bad input: non-zero exit, a clear message, no panic.

#[test]
fn malformed_json_reports_line_and_column() {
    let file = "tests/fixtures/bad/malformed.json";
    bilan(&["match", file]).fails_naming(file, &["line 4", "column", "expected `,`"]);
    bilan(&["profiles", "validate", file]).fails_naming(file, &["line 4", "column"]);
}

#[test]
fn empty_and_truncated_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.json", "");
    let cut = write(dir.path(), "cut.json", "{\"person\": \"Ana\", \"rater\": ");
    for file in [empty, cut] {
        let name = file.to_str().unwrap();
        bilan(&["match", name]).fails_naming(name, &["line", "column"]);
    }
}

#[test]
fn unknown_item_in_a_profile_lists_the_closest_ids() {
    let file = "tests/fixtures/bad/unknown_item.json";
    bilan(&["profiles", "validate", file]).fails_naming(
        file,
        &[
            "se.tenacty",
            "requirements[0].item",
            "closest",
            "se.tenacity",
        ],
    );
}

#[test]
fn level_outside_1_to_5_is_refused() {
    let file = "tests/fixtures/bad/level_out_of_range.json";
    bilan(&["profiles", "validate", file])
        .fails_naming(file, &["requirements[1].min", "A.4", "6", "1–5"]);
}

#[test]
fn min_above_max_is_refused() {
    let file = "tests/fixtures/bad/min_above_max.json";
    bilan(&["profiles", "validate", file])
        .fails_naming(file, &["requirements[0].max", "E.2", "greater than max"]);
}

#[test]
fn duplicate_requirement_is_refused() {
    let file = "tests/fixtures/bad/duplicate_requirement.json";
    bilan(&["profiles", "validate", file])
        .fails_naming(file, &["requirements[1].item", "C.1", "twice"]);
}

#[test]
fn unknown_profile_id_lists_the_known_ones() {
    let msg = bilan(&["profiles", "show", "xyz"]).fails_naming("xyz", &["unknown profile"]);
    assert!(msg.contains("cm, cno, ite"), "{msg}");
    let msg = bilan(&["match", "tests/fixtures/ana.json", "--profile", "xyz"])
        .fails_naming("xyz", &["unknown profile"]);
    assert!(msg.contains("cm, cno, ite"), "{msg}");
}

#[test]
fn missing_or_unreadable_file_is_named_once() {
    let file = "tests/fixtures/no-such-file.json";
    let msg = bilan(&["match", file]).fails_naming(file, &["cannot read"]);
    assert_eq!(
        msg.matches("os error").count(),
        1,
        "the OS reason is given once: {msg}"
    );
    bilan(&["profiles", "validate", file]).fails_naming(file, &["cannot read"]);

    // A folder where a file is expected.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder.json");
    std::fs::create_dir(&folder).unwrap();
    let name = folder.to_str().unwrap();
    bilan(&["match", name]).fails_naming(name, &["cannot read"]);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = write(dir.path(), "locked.json", "{}");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        // Root can read anything: only check when the file is really unreadable.
        if std::fs::read(&locked).is_err() {
            let name = locked.to_str().unwrap();
            bilan(&["match", name]).fails_naming(name, &["cannot read"]);
        }
    }
}

#[test]
fn assessment_from_a_newer_version_is_refused_as_such() {
    let file = "tests/fixtures/bad/newer_assessment.json";
    bilan(&["match", file]).fails_naming(file, &["newer", "99"]);
}

#[test]
fn score_above_five_is_refused() {
    let file = "tests/fixtures/bad/score_seven.json";
    bilan(&["match", file]).fails_naming(file, &["scores.A.3", "7", "0–5"]);
    bilan(&["match", file, "--json"]).fails_naming(file, &["scores.A.3"]);
}

#[test]
fn wrong_shapes_name_the_field() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, words) in [
        (
            "rater.json",
            "{\n  \"person\": \"Ana\",\n  \"rater\": \"robot\",\n  \"scores\": {}\n}",
            &["rater", "line 3"][..],
        ),
        (
            "negative.json",
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": -1}}"#,
            &["scores.A.3", "a level from 0 to 5", "\"na\""][..],
        ),
        (
            "nope.json",
            r#"{"person": "Ana", "rater": "self", "scores": {"E.7": "nope"}}"#,
            &["scores.E.7", "\"nope\"", "or \"na\" for not applicable"][..],
        ),
        (
            "array.json",
            "[]",
            &["(top level)", "an array", "JSON object"][..],
        ),
        (
            "no-scores.json",
            r#"{"person": "Ana", "rater": "self"}"#,
            &["scores"][..],
        ),
        (
            "empty-person.json",
            r#"{"person": " ", "rater": "self", "scores": {}}"#,
            &["person"][..],
        ),
    ] {
        let file = write(dir.path(), name, text);
        let file = file.to_str().unwrap();
        bilan(&["match", file]).fails_naming(file, words);
    }
}

#[test]
fn bad_arguments_are_usage_errors_not_panics() {
    let out = bilan(&["profiles", "frobnicate"])
        .cmd
        .assert()
        .failure()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"));
    assert!(stderr.contains("frobnicate"), "{stderr}");
    bilan(&["--lang", "de", "profiles", "list"])
        .cmd
        .assert()
        .failure()
        .stderr(predicate::str::contains("de").and(predicate::str::contains("panicked").not()));
}

// ---------------------------------------------------------------------------
// Custom profiles in the config folder
