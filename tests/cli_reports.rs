//! `bilan report`, `plan`, `guide` and `profiles show --format`: every
//! fixture reports in every format, output files are private and whole, and
//! bad input fails cleanly with nothing left behind.

mod common;
use common::*;

use bilan_core::matching::rank_assessment;
use bilan_core::{Library, store};

/// The assessment fixtures directly in `tests/fixtures` (profiles skipped).
fn assessment_fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .filter_map(|entry| {
            let path = entry.unwrap().path();
            let is_json = path.extension().is_some_and(|x| x == "json");
            (is_json && store::load_assessment(&path).is_ok()).then(|| {
                format!(
                    "tests/fixtures/{}",
                    path.file_name().unwrap().to_string_lossy()
                )
            })
        })
        .collect();
    names.sort();
    assert!(names.len() >= 2, "fixtures found: {names:?}");
    names
}

#[test]
fn every_fixture_reports_in_every_format_and_language() {
    for file in assessment_fixtures() {
        for format in ["html", "md", "csv", "json"] {
            for lang in ["fr", "en"] {
                let out = bilan(&["--lang", lang, "report", &file, "--format", format]).succeeds();
                assert!(!out.stdout.is_empty(), "{file} {format} {lang}");
            }
        }
    }
}

#[test]
fn json_report_carries_the_ranking_of_the_matching_rule() {
    let out = bilan(&["report", "tests/fixtures/ana.json", "--format", "json"]).succeeds();
    let report = json(&out.stdout);
    let library = Library::builtin().unwrap();
    let assessment = store::load_assessment(&fixture("ana.json")).unwrap();
    let ranking = rank_assessment(&library.profiles, &library.catalogue, &assessment);
    let ranked = report["ranking"].as_array().unwrap();
    assert_eq!(ranked.len(), ranking.matches.len());
    for (json, expected) in ranked.iter().zip(&ranking.matches) {
        assert_eq!(json["id"], expected.profile.as_str());
        let fit = json["fit"].as_f64().unwrap();
        assert!(
            (fit - expected.fit).abs() < 0.006,
            "{fit} vs {}",
            expected.fit
        );
    }
    assert_eq!(report["person"], "Ana Martin");
    assert_eq!(report["profiles"].as_array().unwrap().len(), 3);
    // The plan is for the best match, its steps are its gaps, largest first.
    let best = &ranking.matches[0];
    assert_eq!(report["plan"]["profile"], best.profile.as_str());
    let steps = report["plan"]["steps"].as_array().unwrap();
    assert_eq!(steps.len(), best.gaps.len());
    let lost: Vec<f64> = steps
        .iter()
        .map(|s| s["points_lost"].as_f64().unwrap())
        .collect();
    assert!(lost.windows(2).all(|w| w[0] >= w[1]), "{lost:?}");
    assert!(
        steps
            .iter()
            .all(|s| !s["actions"].as_array().unwrap().is_empty())
    );

    // Every top-level field is documented by the published schema.
    let schema = json(&bilan(&["schema", "report"]).succeeds().stdout);
    let documented = schema["properties"].as_object().unwrap();
    for key in report.as_object().unwrap().keys() {
        assert!(documented.contains_key(key), "`{key}` is not in the schema");
    }
}

#[test]
fn one_profile_only_with_profile() {
    let out = bilan(&[
        "report",
        "tests/fixtures/ana.json",
        "--format",
        "json",
        "--profile",
        "CNO",
    ])
    .succeeds();
    let report = json(&out.stdout);
    let profiles = report["profiles"].as_array().unwrap();
    assert_eq!(profiles.len(), 1);
    assert_eq!(profiles[0]["id"], "cno");
    assert_eq!(report["plan"]["profile"], "cno");
    assert_eq!(report["plan"]["chosen"], true);
    // The ranking still shows every profile.
    assert_eq!(report["ranking"].as_array().unwrap().len(), 3);
}

#[test]
fn output_file_is_private_whole_and_its_format_follows_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("ana.html");
    let name = out_path.to_str().unwrap();
    let out = bilan(&["report", "tests/fixtures/ana.json", "-o", name]).succeeds();
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(out.stderr.contains(name), "{}", out.stderr);
    let text = std::fs::read_to_string(&out_path).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>"), "{}", &text[..40]);
    assert!(text.trim_end().ends_with("</html>"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "reports are personal data");
    }
    // Only the report is there: no temporary file left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1);

    let csv_path = dir.path().join("ana.csv");
    bilan(&[
        "report",
        "tests/fixtures/ana.json",
        "-o",
        csv_path.to_str().unwrap(),
    ])
    .succeeds();
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    assert!(csv.lines().next().unwrap().contains(",item,"), "{csv}");
}

#[test]
fn csv_delimiter_is_configurable_and_checked() {
    let out = bilan(&[
        "report",
        "tests/fixtures/ana.json",
        "--format",
        "csv",
        "--delimiter",
        ";",
    ])
    .succeeds();
    let header = out.stdout.lines().next().unwrap();
    assert!(header.contains(";item;"), "{header}");
    assert!(!header.contains(','), "{header}");

    let out = bilan(&[
        "report",
        "tests/fixtures/ana.json",
        "--format",
        "csv",
        "--delimiter",
        "tab",
    ])
    .succeeds();
    assert!(out.stdout.lines().next().unwrap().contains("\titem\t"));

    bilan(&[
        "report",
        "tests/fixtures/ana.json",
        "--format",
        "csv",
        "--delimiter",
        ";;",
    ])
    .cmd
    .assert()
    .code(2)
    .stderr(predicates::str::contains("single ASCII character"));
}

#[test]
fn unwritable_output_fails_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that does not exist.
    let missing = dir.path().join("no/such/folder/report.html");
    let name = missing.to_str().unwrap();
    bilan(&["report", "tests/fixtures/ana.json", "-o", name]).fails_naming(name, &["cannot"]);
    // A folder where the file should go.
    let folder = dir.path().join("taken.md");
    std::fs::create_dir(&folder).unwrap();
    let name = folder.to_str().unwrap();
    bilan(&["report", "tests/fixtures/ana.json", "-o", name]).fails_naming(name, &["cannot"]);
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("taken.md")],
        "no temp file left"
    );
}

#[test]
fn bad_assessments_and_profiles_fail_cleanly() {
    let file = "tests/fixtures/no-such-file.json";
    bilan(&["report", file]).fails_naming(file, &["cannot read"]);
    bilan(&["plan", file]).fails_naming(file, &["cannot read"]);
    let file = "tests/fixtures/bad/malformed.json";
    bilan(&["report", file, "--format", "html"]).fails_naming(file, &["line", "column"]);
    let file = "tests/fixtures/bad/score_seven.json";
    bilan(&["report", file, "--format", "csv"]).fails_naming(file, &["7"]);
    let msg = bilan(&["report", "tests/fixtures/ana.json", "--profile", "xyz"])
        .fails_naming("xyz", &["unknown profile"]);
    assert!(msg.contains("cm, cno, ite"), "{msg}");
    bilan(&["plan", "tests/fixtures/ana.json", "--profile", "xyz"])
        .fails_naming("xyz", &["unknown profile"]);
    bilan(&["guide", "--profile", "xyz"]).fails_naming("xyz", &["unknown profile"]);
    bilan(&["profiles", "show", "xyz", "--format", "md"]).fails_naming("xyz", &["unknown profile"]);
}

#[test]
fn plan_targets_the_best_match_unless_told() {
    let library = Library::builtin().unwrap();
    let assessment = store::load_assessment(&fixture("ana.json")).unwrap();
    let ranking = rank_assessment(&library.profiles, &library.catalogue, &assessment);
    let best = &ranking.matches[0];

    let out = bilan(&["plan", "tests/fixtures/ana.json"]).succeeds();
    assert!(
        out.stdout.contains(best.name.get(bilan_core::Lang::En)),
        "{}",
        out.stdout
    );
    // The first gap by its title (a trait's slug is not shown to people).
    let first_gap = &best.gaps[0];
    assert!(
        out.stdout
            .contains(first_gap.title.get(bilan_core::Lang::En)),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("- [ ]"), "actions are a task list");

    let out = bilan(&[
        "plan",
        "tests/fixtures/ana.json",
        "--profile",
        "cno",
        "--format",
        "html",
    ])
    .succeeds();
    assert!(out.stdout.starts_with("<!DOCTYPE html>"));
    assert!(out.stdout.contains("Chief Networking Officer"));
}

#[test]
fn guide_asks_questions_in_both_languages() {
    let en = bilan(&["guide", "--profile", "cm"]).succeeds().stdout;
    let fr = bilan(&["--lang", "fr", "guide", "--profile", "cm"])
        .succeeds()
        .stdout;
    assert!(en.contains("Interview guide"), "{en}");
    assert!(fr.contains("Guide d'entretien"), "{fr}");
    assert_ne!(en, fr);
    let library = Library::builtin().unwrap();
    let cm = library.profile("cm").unwrap();
    for req in &cm.requirements {
        assert!(
            en.contains(req.item.as_str()),
            "the guide covers {}",
            req.item
        );
    }
    let html = bilan(&["guide", "--profile", "ite", "--format", "html"])
        .succeeds()
        .stdout;
    assert!(html.starts_with("<!DOCTYPE html>"));
}

#[test]
fn job_sheet_as_a_recruiter_would_publish_it() {
    let md = bilan(&["profiles", "show", "ite", "--format", "md"])
        .succeeds()
        .stdout;
    for part in ["IT 2.0", "++", "**T**", "**P**"] {
        assert!(md.contains(part), "{part} in {md}");
    }
    let html = bilan(&[
        "--lang", "fr", "profiles", "show", "cno", "--format", "html",
    ])
    .succeeds()
    .stdout;
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("lang=\"fr\""));
}

// ---------------------------------------------------------------------------
// With the other rater's assessment of the same person

const ANA_SELF: &str = "tests/fixtures/cohort/team-a/ana.json";
const ANA_COACH: &str = "tests/fixtures/cohort/team-b/coached/ana-coach.json";

/// A folder holding Ana's two ratings under their usual names.
fn saved_pair() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let me = dir.path().join("ana-martin-self.json");
    let coach = dir.path().join("ana-martin-coach.json");
    std::fs::copy(fixture("cohort/team-a/ana.json"), &me).unwrap();
    std::fs::copy(fixture("cohort/team-b/coached/ana-coach.json"), &coach).unwrap();
    let name = |p: &std::path::Path| p.to_str().unwrap().to_string();
    (dir, name(&me), name(&coach))
}

#[test]
fn with_adds_the_comparison_in_every_format() {
    let compared = json(
        &bilan(&["compare", ANA_SELF, ANA_COACH, "--format", "json"])
            .succeeds()
            .stdout,
    );
    let out = bilan(&["report", ANA_SELF, "--with", ANA_COACH, "--format", "json"]).succeeds();
    assert!(out.stderr.is_empty(), "no note when named: {}", out.stderr);
    let report = json(&out.stdout);
    let c = &report["comparison"];
    assert_eq!(c["other"], "coach");
    assert_eq!(c["coach"], "Marc Aubert");
    assert_eq!(c["counts"], compared["counts"]);
    let rows = c["rows"].as_array().unwrap();
    let expected = compared["rows"].as_array().unwrap();
    assert_eq!(rows.len(), expected.len());
    for (row, want) in rows.iter().zip(expected) {
        for key in [
            "item",
            "self_score",
            "coach_score",
            "agreed",
            "difference",
            "severity",
        ] {
            assert_eq!(row[key], want[key], "{key} of {}", want["item"]);
        }
    }
    for (fit, want) in c["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .zip(compared["profiles"].as_array().unwrap())
    {
        for key in [
            "profile",
            "self_fit",
            "coach_fit",
            "agreed_fit",
            "agreed_rank",
        ] {
            assert_eq!(fit[key], want[key], "{key}");
        }
    }
    // Every top-level field is documented by the published schema.
    let schema = json(&bilan(&["schema", "report"]).succeeds().stdout);
    assert!(schema["properties"]["comparison"].is_object());

    // The coach's report compares the same two, the other way round.
    let out = bilan(&["report", ANA_COACH, "--with", ANA_SELF, "--format", "json"]).succeeds();
    let other_way = json(&out.stdout);
    assert_eq!(other_way["comparison"]["other"], "self");
    assert_eq!(other_way["comparison"]["rows"], c["rows"]);

    let md = bilan(&["report", ANA_SELF, "--with", ANA_COACH, "--format", "md"])
        .succeeds()
        .stdout;
    assert!(md.contains("## Self-rating and coach's rating"), "{md}");
    assert!(md.contains("| B.1 | Application Development | 1 | 3 | 3 | **+2** | **!!** |"));
    let md = bilan(&[
        "--lang", "fr", "report", ANA_SELF, "--with", ANA_COACH, "--format", "md",
    ])
    .succeeds()
    .stdout;
    assert!(
        md.contains("## Auto-évaluation et évaluation du coach"),
        "{md}"
    );

    let html = bilan(&["report", ANA_SELF, "--with", ANA_COACH, "--format", "html"])
        .succeeds()
        .stdout;
    assert!(html.contains("<section class=\"page\" id=\"comparison\">"));
    assert!(html.contains("<tr class=\"sev-major\">"));

    let csv = bilan(&["report", ANA_SELF, "--with", ANA_COACH, "--format", "csv"])
        .succeeds()
        .stdout;
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(",other_score,coach_minus_self"),
        "{header}"
    );
    let b1 = csv.lines().find(|l| l.contains(",B.1,")).unwrap();
    assert!(b1.ends_with(",3,2"), "coach's 3, coach minus self +2: {b1}");
    let d6 = csv.lines().find(|l| l.contains(",D.6,")).unwrap();
    assert!(d6.ends_with(",,"), "the coach did not rate D.6: {d6}");
}

#[test]
fn the_other_rating_saved_alongside_is_found_and_said() {
    let (dir, me, coach) = saved_pair();
    for (file, other, rater) in [(&me, &coach, "coach"), (&coach, &me, "self")] {
        for format in ["json", "md", "html", "csv"] {
            let out = bilan(&["report", file, "--format", format]).succeeds();
            let note = out.stderr.trim();
            assert_eq!(note.lines().count(), 1, "one line: {note}");
            assert!(note.contains(other.as_str()), "names the file: {note}");
            assert!(note.contains("--no-compare"), "{note}");
            if format == "json" {
                assert_eq!(json(&out.stdout)["comparison"]["other"], rater);
            }
        }
    }
    // A bare file name in the current folder.
    let mut run = bilan(&["report", "ana-martin-self.json", "--format", "json"]);
    run.cmd.current_dir(dir.path());
    let out = run.succeeds();
    assert!(
        out.stderr.contains(" ana-martin-coach.json "),
        "{}",
        out.stderr
    );
    assert!(json(&out.stdout)["comparison"].is_object());

    // --no-compare leaves it out, the note too.
    let out = bilan(&["report", &me, "--no-compare", "--format", "json"]).succeeds();
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    assert!(json(&out.stdout).get("comparison").is_none());
    let out = bilan(&[
        "report",
        &me,
        "--no-compare",
        "--with",
        &coach,
        "--format",
        "csv",
    ])
    .succeeds();
    assert!(!out.stdout.lines().next().unwrap().contains("other_score"));

    // Nothing alongside: the report as before.
    let out = bilan(&["report", "tests/fixtures/ana.json", "--format", "json"]).succeeds();
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    assert!(json(&out.stdout).get("comparison").is_none());
}

#[test]
fn with_refuses_another_person_the_same_rater_and_bad_files() {
    let chloe = "tests/fixtures/cohort/team-b/coached/chloe.json";
    let msg = bilan(&["report", ANA_SELF, "--with", chloe]).fails_naming(
        chloe,
        &["field `person`", "\"Ana Martin\"", "\"Chloé Dubois\""],
    );
    assert!(msg.contains("same person"), "{msg}");
    let bob = "tests/fixtures/cohort/team-b/bob.json";
    bilan(&["report", ANA_SELF, "--with", bob, "--format", "html"])
        .fails_naming(bob, &["field `person`", "\"Ana Martin\""]);

    let earlier = "tests/fixtures/cohort/team-a/ana-2025-01.json";
    bilan(&["report", ANA_SELF, "--with", earlier, "--format", "json"]).fails_naming(
        earlier,
        &["field `rater`", "both assessments are self-ratings"],
    );
    bilan(&["report", ANA_COACH, "--with", ANA_COACH])
        .fails_naming(ANA_COACH, &["field `rater`", "coach's ratings"]);

    let missing = "tests/fixtures/no-such-coach.json";
    bilan(&["report", ANA_SELF, "--with", missing]).fails_naming(missing, &["cannot read"]);
    let broken = "tests/fixtures/bad/malformed.json";
    bilan(&["report", ANA_SELF, "--with", broken, "--format", "csv"])
        .fails_naming(broken, &["line", "column"]);
    let seven = "tests/fixtures/bad/score_seven.json";
    bilan(&["report", ANA_SELF, "--with", seven]).fails_naming(seven, &["7"]);
}

// ---------------------------------------------------------------------------
// CSV injection

/// `text` read as CSV: the header and the rows, each a map column → cell.
fn csv_rows(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

#[test]
fn csv_cells_that_would_run_as_formulas_are_quoted_and_numbers_stay_numbers() {
    const PERSON: &str = "=HYPERLINK(\"http://x\",\"y\")";
    const NOTE: &str = "+1 then -2";
    let dir = tempfile::tempdir().unwrap();
    let team = dir.path().join("team");
    std::fs::create_dir(&team).unwrap();
    let person = serde_json::to_string(PERSON).unwrap();
    let me = write(
        &team,
        "mallory-self.json",
        &format!(
            r#"{{"person": {person}, "rater": "self",
                "scores": {{"A.3": 3, "B.1": 1, "D.6": 4}},
                "notes": {{"A.3": "{NOTE}"}}}}"#
        ),
    );
    let coach = write(
        &team,
        "mallory-coach.json",
        &format!(
            r#"{{"person": {person}, "rater": "coach", "coach": "@coach",
                "scores": {{"A.3": 2, "B.1": 3}}}}"#
        ),
    );
    let (me, coach) = (me.to_str().unwrap(), coach.to_str().unwrap());

    // bilan report: the person and the note are quoted; score, required
    // levels, gaps and the (negative) coach-minus-self difference are not.
    let out = bilan(&["report", me, "--with", coach, "--format", "csv"]).succeeds();
    let rows = csv_rows(&out.stdout);
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(row["person"], format!("'{PERSON}"));
        for (column, cell) in row {
            let numeric = column == "score"
                || column.starts_with("required_")
                || column.starts_with("gap_")
                || column == "other_score"
                || column == "coach_minus_self";
            if numeric && !cell.is_empty() {
                cell.parse::<i64>()
                    .unwrap_or_else(|e| panic!("{column} = {cell:?}: {e}"));
            }
        }
    }
    let a3 = rows.iter().find(|r| r["item"] == "A.3").unwrap();
    assert_eq!(a3["note"], format!("'{NOTE}"));
    assert_eq!(a3["score"], "3");
    assert_eq!(a3["coach_minus_self"].parse::<i64>().unwrap(), -1);
    let b1 = rows.iter().find(|r| r["item"] == "B.1").unwrap();
    assert_eq!(b1["coach_minus_self"].parse::<i64>().unwrap(), 2);

    // bilan cohort over the folder: the person is quoted, the numbers are not.
    let team = team.to_str().unwrap();
    let out = bilan(&["cohort", team, "--profile", "cm", "--format", "csv"]).succeeds();
    let rows = csv_rows(&out.stdout);
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(row["person"], format!("'{PERSON}"));
        assert!(!row["path"].starts_with('\''), "{}", row["path"]);
        for column in ["fit", "required", "gap", "points_lost"] {
            row[column]
                .parse::<f64>()
                .unwrap_or_else(|e| panic!("{column} = {:?}: {e}", row[column]));
        }
    }
}

#[test]
fn errors_speak_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "broken.json", "{\"person\": \"Ana\",");
    let file = file.to_str().unwrap();
    bilan(&["--lang", "fr", "match", file]).fails_naming(
        "broken.json",
        &["ligne 1, colonne", "\u{a0}: ", "Corrigez le JSON"],
    );
    bilan(&["--lang", "en", "match", file])
        .fails_naming("broken.json", &["line 1, column", "Fix the JSON there"]);
}
