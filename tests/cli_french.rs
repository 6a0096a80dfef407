//! Errors, warnings and status lines in the user's language (issue 12):
//! with `LANG=fr_FR.UTF-8`, or `--lang fr` over an English set-up, every
//! line `bilan` writes on stderr is French, over a set of bad inputs.

mod common;
use common::*;

/// Fragments of the English messages: none may reach a French reader.
const ENGLISH: &[&str] = &[
    "line ",
    "column",
    "field `",
    "Fix ",
    "What to do",
    "expected",
    "is outside",
    "unknown item",
    "warning",
    "skipped",
    "note:",
    "wrote",
    "no saved",
    "no such",
    "Start one",
    "cannot",
    "Invalid files",
    "self-rating",
    "coach's rating",
    "for comparison",
    "ignored",
];

/// The two ways to ask for French: the locale, and the flag over an
/// English locale. `args` come after the flag.
fn both_ways(args: &[&str]) -> [Run; 2] {
    let mut by_locale = bilan(args);
    by_locale
        .cmd
        .env_remove("BILAN_LANG")
        .env("LANG", "fr_FR.UTF-8");
    let mut flagged: Vec<&str> = vec!["--lang", "fr"];
    flagged.extend_from_slice(args);
    let mut by_flag = bilan(&flagged);
    by_flag.cmd.env("LANG", "en_GB.UTF-8");
    [by_locale, by_flag]
}

/// stderr of `run`, checked French: each of `french` is in it, and no
/// English fragment.
fn french_stderr(run: Run, ok: bool, french: &[&str]) -> String {
    let mut run = run;
    let assert = run.cmd.assert();
    let assert = if ok {
        assert.success()
    } else {
        assert.failure()
    };
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(!stderr.trim().is_empty(), "something is said");
    for line in stderr.lines() {
        assert!(line.starts_with("bilan: "), "{line}");
        for english in ENGLISH {
            assert!(!line.contains(english), "English {english:?} in: {line}");
        }
    }
    for word in french {
        assert!(stderr.contains(word), "{word:?} missing in: {stderr}");
    }
    stderr
}

#[test]
fn bad_assessments_are_explained_in_french() {
    let cases: &[(&str, &[&str])] = &[
        (
            "malformed.json",
            &["ligne 4", "colonne 3", "Corrigez le JSON"],
        ),
        (
            "score_seven.json",
            &["le niveau 7 est hors de 0–5", "Que faire\u{a0}:"],
        ),
        (
            "newer_assessment.json",
            &["version plus récente", "Mettez bilan à jour"],
        ),
        // A profile given where an assessment is expected.
        (
            "unknown_item.json",
            &["champ `person` manquant", "Corrigez cette valeur"],
        ),
    ];
    for (file, french) in cases {
        let path = format!("tests/fixtures/bad/{file}");
        for run in both_ways(&["match", &path]) {
            french_stderr(run, false, french);
        }
    }
}

#[test]
fn bad_profiles_are_explained_in_french() {
    for file in [
        "duplicate_requirement.json",
        "level_out_of_range.json",
        "min_above_max.json",
        "unknown_item.json",
        "malformed.json",
    ] {
        let path = format!("tests/fixtures/bad/{file}");
        for run in both_ways(&["profiles", "validate", &path]) {
            let stderr = french_stderr(run, false, &[&path]);
            assert!(stderr.contains("\u{a0}:"), "French colons: {stderr}");
        }
    }
}

#[test]
fn a_missing_saved_assessment_and_a_missing_folder_are_said_in_french() {
    for run in both_ways(&["resume", "Nobody Here"]) {
        french_stderr(
            run,
            false,
            &[
                "aucune auto-évaluation enregistrée",
                "«\u{202f}Nobody Here\u{202f}»",
            ],
        );
    }
    for run in both_ways(&["resume", "Nobody Here", "--coach"]) {
        french_stderr(run, false, &["aucun bilan du coach enregistré", "--coach"]);
    }
    for run in both_ways(&["cohort", "no/such/folder", "--profile", "cm"]) {
        french_stderr(run, false, &["fichier ou dossier introuvable"]);
    }
}

#[test]
fn warnings_and_status_lines_are_in_french() {
    // Files of a group left out, in French, with their count.
    for run in both_ways(&["cohort", "tests/fixtures/cohort", "--profile", "cm"]) {
        french_stderr(
            run,
            true,
            &[
                "avertissement\u{a0}: fichier ignoré",
                "ligne 4, colonne 3",
                "Fichiers non valides",
            ],
        );
    }
    // Files given in the wrong order.
    let coach = "tests/fixtures/cohort/team-b/coached/ana-coach.json";
    let self_rated = "tests/fixtures/cohort/team-a/ana.json";
    for run in both_ways(&["compare", coach, self_rated]) {
        french_stderr(run, true, &["donnez l'auto-évaluation en premier"]);
    }
    // A written file.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.md");
    let out = out.to_str().unwrap();
    for run in both_ways(&["plan", "tests/fixtures/ana.json", "-o", out]) {
        french_stderr(run, true, &["fichier écrit\u{a0}:"]);
    }
    // A score for an item the catalogue does not know.
    let unknown = dir.path().join("unknown.json");
    std::fs::write(
        &unknown,
        r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3, "Z.99": 2}}"#,
    )
    .unwrap();
    for run in both_ways(&["match", unknown.to_str().unwrap()]) {
        french_stderr(run, true, &["élément inconnu `Z.99`"]);
    }
}

#[test]
fn usage_errors_of_the_command_line_are_in_french() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["match"],
            "erreur\u{a0}: ces arguments obligatoires manquent\u{a0}:",
        ),
        (
            &["matc"],
            "erreur\u{a0}: commande inconnue «\u{202f}matc\u{202f}»",
        ),
        (
            &["match", "--bogus", "x"],
            "erreur\u{a0}: argument inattendu «\u{202f}--bogus\u{202f}»",
        ),
    ];
    for (args, french) in cases {
        for mut run in both_ways(args) {
            let out = run.cmd.assert().code(2).get_output().clone();
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert!(stderr.contains(french), "{french:?} missing in: {stderr}");
            assert!(stderr.contains("Utilisation\u{a0}: bilan"), "{stderr}");
            for english in ["error:", "Usage:", "For more information", "tip:", "found"] {
                assert!(
                    !stderr.contains(english),
                    "English {english:?} in: {stderr}"
                );
            }
        }
    }
    // English stays clap's own.
    let out = bilan(&["match"]).cmd.assert().code(2).get_output().clone();
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .starts_with("error: ")
    );
}

#[test]
fn the_json_readers_details_are_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        r#"{"person": "A", "rater": "boss", "scores": {}}"#,
        r#"{"person": "A", "rater": "self", "scores": []}"#,
        r#"{"person": 1, "rater": "self", "scores": {}}"#,
        r#"{"person": "A", "rater": "self", "scores": {"A.3": "x"}}"#,
        r#"{"person": "A", "rater": "self", "scores": {"A.3": 2.5}}"#,
        r#"{"person": "A", "rater": "self", "scores": {}, "notes": true}"#,
    ];
    for (i, json) in cases.iter().enumerate() {
        let file = dir.path().join(format!("case{i}.json"));
        std::fs::write(&file, json).unwrap();
        for run in both_ways(&["match", file.to_str().unwrap()]) {
            let stderr = french_stderr(run, false, &["Corrigez cette valeur"]);
            for english in [
                "invalid type",
                "invalid value",
                " or ",
                "integer",
                "string",
                "sequence",
                "map",
                "floating",
                "boolean",
            ] {
                assert!(
                    !stderr.contains(english),
                    "English {english:?} in: {stderr}"
                );
            }
        }
    }
}
