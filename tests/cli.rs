//! The `bilan` binary end to end: good cases and custom profiles from the
//! config folder (bad input is in `cli_errors.rs`).
//!
//! Every run gets an empty config folder and data folder of its own unless a
//! test gives a fixture folder, and English output unless a test asks for
//! French, so the user's own set-up never leaks in.

use bilan_core::matching::rank_assessment;
use bilan_core::{Lang, Library, store};
use bilan_report::l10n::matching::rule_sentence;
use bilan_report::schema::SchemaKind;

mod common;
use common::*;

// ---------------------------------------------------------------------------
// Good cases

#[test]
fn help_speaks_french_and_english() {
    let out = bilan(&["--help"]).succeeds();
    for word in [
        "offline",
        "hors ligne",
        "profiles",
        "profils",
        "match",
        "schema",
    ] {
        assert!(out.stdout.contains(word), "--help mentions {word:?}");
    }
    let out = bilan(&["match", "--help"]).succeeds();
    assert!(out.stdout.contains("JSON") && out.stdout.contains("bilan"));
}

#[test]
fn profiles_list_shows_the_three_builtin_roles() {
    let out = bilan(&["profiles", "list"]).succeeds();
    for (id, name) in [
        ("cm", "Community Manager"),
        ("cno", "Chief Networking Officer"),
        ("ite", "IT 2.0 Expert"),
    ] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.starts_with(id) && l.contains(name)),
            "{id}: {}",
            out.stdout
        );
    }
    assert!(
        out.stdout.contains("Social Computing Strategist"),
        "aliases shown"
    );
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn profiles_show_prints_a_job_sheet_with_marks() {
    let out = bilan(&["profiles", "show", "cno"]).succeeds();
    let text = &out.stdout;
    assert!(text.contains("Chief Networking Officer (cno)"), "{text}");
    for heading in ["Missions", "Responsibilities", "Key activities"] {
        assert!(text.contains(heading), "{heading}: {text}");
    }
    assert!(
        text.contains("[T]") && text.contains("[P]"),
        "T/P marks: {text}"
    );
    // Sources are shown as what they are, never as file names.
    assert!(
        text.contains("Job profiles for enterprise 2.0 roles, line"),
        "sources shown: {text}"
    );
    assert!(!text.contains(".txt"), "{text}");
    // Case does not matter for ids.
    bilan(&["profiles", "show", "CNO"]).succeeds();
}

#[test]
fn profiles_show_in_french() {
    let out = bilan(&["--lang", "fr", "profiles", "show", "cm"]).succeeds();
    assert!(out.stdout.contains("[T]"));
    assert!(out.stdout.contains("toujours"), "{}", out.stdout);
}

#[test]
fn profiles_show_json_is_the_profile() {
    let out = bilan(&["profiles", "show", "ite", "--json"]).succeeds();
    let profile = json(&out.stdout);
    assert_eq!(profile["id"], "ite");
    assert_eq!(profile["schema"], 1);
    let requirements = profile["requirements"].as_array().unwrap();
    assert_eq!(requirements.len(), 28);
    for r in requirements {
        assert!(r["item"].is_string() && r["min"].is_u64() && r["source"].is_string());
        assert!(r["importance"] == "core" || r["importance"] == "secondary");
    }
    // Exactly what the library holds.
    let library = Library::builtin().unwrap();
    assert_eq!(
        profile,
        serde_json::to_value(library.profile("ite").unwrap()).unwrap()
    );
}

#[test]
fn profiles_validate_accepts_a_good_profile_and_the_catalogue() {
    let out = bilan(&["profiles", "validate", "tests/fixtures/good_profile.json"]).succeeds();
    assert!(out.stdout.contains("tests/fixtures/good_profile.json"));
    assert!(out.stdout.contains("valid profile"), "{}", out.stdout);
    assert!(out.stdout.contains("social-media-lead"));
    for builtin in ["profiles/cm.json", "profiles/cno.json", "profiles/ite.json"] {
        bilan(&["profiles", "validate", builtin]).succeeds();
    }
    let out = bilan(&["profiles", "validate", "profiles/framework.json"]).succeeds();
    assert!(out.stdout.contains("valid catalogue"), "{}", out.stdout);
    assert!(out.stdout.contains("49"), "{}", out.stdout);
}

#[test]
fn match_text_ranks_explains_and_gives_goals() {
    let out = bilan(&["match", "tests/fixtures/ana.json"]).succeeds();
    let text = &out.stdout;
    assert!(text.contains("Ana Martin"), "{text}");
    assert!(text.contains(rule_sentence(Lang::En)), "the rule is stated");
    // A ranking: lines "1.", "2.", "3." each naming one profile.
    let ranked: Vec<&str> = ["1.", "2.", "3."]
        .iter()
        .map(|n| {
            text.lines()
                .find(|l| l.trim_start().starts_with(n))
                .unwrap_or_else(|| panic!("rank {n}: {text}"))
        })
        .collect();
    for id in ["cm", "cno", "ite"] {
        assert!(
            ranked
                .iter()
                .any(|l| l.split_whitespace().nth(1) == Some(id)),
            "{id} ranked: {ranked:?}"
        );
    }
    // In the library's order.
    let library = Library::builtin().unwrap();
    let assessment = store::load_assessment(&fixture("ana.json")).unwrap();
    let ranking = rank_assessment(&library.profiles, &library.catalogue, &assessment);
    for (line, m) in ranked.iter().zip(&ranking.matches) {
        assert_eq!(line.split_whitespace().nth(1), Some(m.profile.as_str()));
        assert!(
            line.contains(&bilan_report::l10n::percent(m.fit, Lang::En)),
            "{line}"
        );
    }
    assert!(text.contains("Gaps, costliest first"), "{text}");
    assert!(text.contains("next step (level"), "next steps: {text}");
    assert!(text.contains("points of fit"));
}

#[test]
fn match_text_in_french() {
    let out = bilan(&["--lang", "fr", "match", "tests/fixtures/ana.json"]).succeeds();
    assert!(
        out.stdout.contains(rule_sentence(Lang::Fr)),
        "{}",
        out.stdout
    );
}

#[test]
fn match_text_for_one_profile() {
    let out = bilan(&["match", "tests/fixtures/ana.json", "--profile", "ite"]).succeeds();
    // The ranking of all three, then the detail of ite only.
    assert!(out.stdout.contains("IT 2.0 Expert —"), "{}", out.stdout);
    assert!(
        !out.stdout.contains("Chief Networking Officer —"),
        "{}",
        out.stdout
    );
}

#[test]
fn match_json_is_the_documented_contract() {
    let out = bilan(&["match", "tests/fixtures/ana.json", "--json"]).succeeds();
    let doc = json(&out.stdout);
    let matches = doc["matches"].as_array().expect("`matches` array");
    assert_eq!(matches.len(), 3);
    let fits: Vec<f64> = matches.iter().map(|m| m["fit"].as_f64().unwrap()).collect();
    assert!(
        fits.windows(2).all(|w| w[0] >= w[1]),
        "best first: {fits:?}"
    );
    for m in matches {
        assert!(m["profile"].is_string());
        let fit = m["fit"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&fit));
        let requirements = m["requirements"].as_array().expect("requirements");
        assert!(!requirements.is_empty());
        for r in requirements {
            for field in [
                "item",
                "required",
                "actual",
                "importance",
                "points_lost",
                "source",
            ] {
                assert!(r.get(field).is_some(), "requirement field {field}: {r}");
            }
        }
        let gaps = m["gaps"].as_array().expect("gaps");
        let lost: Vec<f64> = gaps
            .iter()
            .map(|g| g["points_lost"].as_f64().unwrap())
            .collect();
        assert!(
            lost.windows(2).all(|w| w[0] >= w[1]),
            "gaps by points lost: {lost:?}"
        );
        for g in gaps {
            assert!(
                g["goal"]["en"].is_string() && g["goal"]["fr"].is_string(),
                "{g}"
            );
            assert_eq!(g["next_level"], g["actual"].as_u64().unwrap() + 1);
        }
        // Points lost add up to 100 − fit (JSON figures are exact).
        let total: f64 = requirements
            .iter()
            .map(|r| r["points_lost"].as_f64().unwrap())
            .sum();
        assert!(
            (total - (100.0 - fit)).abs() < 0.01 * requirements.len() as f64,
            "{total} vs {}",
            100.0 - fit
        );
        assert!(m["answered"].as_u64().unwrap() <= m["required"].as_u64().unwrap());
    }
    let completeness = &doc["completeness"];
    assert_eq!(completeness["total"], 49);
    assert_eq!(completeness["answered"], 41);
    assert!(completeness["percent"].is_number());
    assert!(doc["ties"].is_array());
    assert_eq!(doc["rule"]["en"], rule_sentence(Lang::En));
    assert_eq!(doc["rule"]["fr"], rule_sentence(Lang::Fr));

    // The same numbers as the library (exact in JSON).
    let library = Library::builtin().unwrap();
    let assessment = store::load_assessment(&fixture("ana.json")).unwrap();
    let ranking = rank_assessment(&library.profiles, &library.catalogue, &assessment);
    for (m, expected) in matches.iter().zip(&ranking.matches) {
        assert_eq!(m["profile"], expected.profile.as_str());
        let fit = m["fit"].as_f64().unwrap();
        assert!(
            (fit - expected.fit).abs() <= 0.005 + 1e-9,
            "{fit} vs {}",
            expected.fit
        );
    }
}

#[test]
fn the_smallest_assessment_is_accepted() {
    let out = bilan(&["match", "tests/fixtures/minimal.json", "--json"]).succeeds();
    let doc = json(&out.stdout);
    assert_eq!(doc["matches"].as_array().unwrap().len(), 3);
    assert_eq!(doc["completeness"]["answered"], 2);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let out = bilan(&["match", "tests/fixtures/minimal.json"]).succeeds();
    assert!(
        out.stdout
            .contains(bilan_report::l10n::matching::ranking_words(Lang::En).bounds_note),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("2/49"),
        "completeness shown: {}",
        out.stdout
    );
}

#[test]
fn not_applicable_answers_are_read_shown_in_words_and_not_scored() {
    let file = "tests/fixtures/not_applicable.json";
    let assessment = store::load_assessment(&fixture("not_applicable.json")).unwrap();
    assert!(assessment.is_not_applicable("A.7") && assessment.is_not_applicable("sf.writing"));
    assert_eq!(assessment.score("A.7"), None, "no level, not 0");

    // match: answered counts them, and says they are not scored; a gap on
    // one of them reads "not applicable", never "0 →".
    let out = bilan(&["match", file]).succeeds();
    let text = &out.stdout;
    assert!(text.contains("10/49"), "answered, na included: {text}");
    assert!(text.contains("4 not applicable"), "{text}");
    assert!(text.contains("are not scored"), "{text}");
    let a7 = text
        .lines()
        .find(|l| l.contains(" A.7 ") && l.contains('→'))
        .unwrap_or_else(|| panic!("CM requires A.7: {text}"));
    assert!(a7.contains("not applicable →"), "{a7}");
    let out = bilan(&["--lang", "fr", "match", file]).succeeds();
    assert!(out.stdout.contains("sans objet"), "{}", out.stdout);

    // The fit counts them as unanswered: the same as leaving them out.
    let json_fit = |path: &str| {
        let doc = json(&bilan(&["match", path, "--json"]).succeeds().stdout);
        doc["matches"][0]["fit"].as_f64().expect("fit")
    };
    let dir = tempfile::tempdir().unwrap();
    let mut without = assessment.clone();
    without.scores.retain(|_, a| !a.is_not_applicable());
    let without = write(dir.path(), "without.json", &without.to_json());
    assert_eq!(json_fit(file), json_fit(without.to_str().unwrap()));

    // The report: `na` in the CSV, words in Markdown, a flag in JSON.
    let csv = bilan(&["report", file, "--format", "csv"])
        .succeeds()
        .stdout;
    let e7 = csv.lines().find(|l| l.contains(",E.7,")).expect("E.7 row");
    assert!(e7.contains(",na,"), "{e7}");
    let md = bilan(&["report", file, "--format", "md"]).succeeds().stdout;
    assert!(md.contains("∅ not applicable"), "{md}");
    assert!(md.contains("4 not applicable."), "{md}");
    let report = json(
        &bilan(&["report", file, "--format", "json"])
            .succeeds()
            .stdout,
    );
    assert_eq!(report["completeness"]["not_applicable"], 4);
    let rows = report["profiles"][0]["requirements"].as_array().unwrap();
    let na: Vec<&str> = rows
        .iter()
        .filter(|r| r["not_applicable"] == true)
        .map(|r| r["item"].as_str().unwrap())
        .collect();
    assert!(!na.is_empty(), "some required item is na");
    for r in rows.iter().filter(|r| r["not_applicable"] == true) {
        assert!(r["actual"].is_null(), "{r}");
    }
}

#[test]
fn unknown_items_in_an_assessment_are_a_warning_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "extra.json",
        r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3, "Z.9": 2}}"#,
    );
    let out = bilan(&["match", file.to_str().unwrap(), "--json"]).succeeds();
    assert!(
        out.stderr.contains("warning") && out.stderr.contains("Z.9"),
        "{}",
        out.stderr
    );
    json(&out.stdout);
}

#[test]
fn schema_prints_the_published_schemas() {
    let out = bilan(&["schema"]).succeeds();
    let all = json(&out.stdout);
    for kind in SchemaKind::ALL {
        assert_eq!(all[kind.name()], json(&kind.generate()), "{}", kind.name());
    }
    for kind in SchemaKind::ALL {
        let out = bilan(&["schema", kind.name()]).succeeds();
        let committed =
            std::fs::read_to_string(root().join("schema").join(kind.file_name())).unwrap();
        assert_eq!(
            out.stdout,
            committed,
            "`bilan schema {}` is what schema/{} holds",
            kind.name(),
            kind.file_name()
        );
    }
}
#[test]
fn a_custom_profile_is_listed_beside_the_builtin_ones() {
    let config = fixture("config/custom");
    let out = bilan_with_config(Some(&config), &["profiles", "list"]).succeeds();
    for id in ["cm", "cno", "ite", "social-media-lead"] {
        assert!(
            out.stdout.lines().any(|l| l.starts_with(id)),
            "{id}: {}",
            out.stdout
        );
    }
    assert!(
        out.stdout.contains("custom"),
        "custom origin shown: {}",
        out.stdout
    );
    assert!(out.stderr.is_empty(), "{}", out.stderr);

    let out = bilan_with_config(
        Some(&config),
        &["match", "tests/fixtures/ana.json", "--json"],
    )
    .succeeds();
    let doc = json(&out.stdout);
    let ids: Vec<&str> = doc["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["profile"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 4);
    assert!(ids.contains(&"social-media-lead"), "{ids:?}");
}

#[test]
fn a_custom_profile_with_a_builtin_id_replaces_it() {
    let config = fixture("config/override");
    let out = bilan_with_config(Some(&config), &["profiles", "show", "cm"]).succeeds();
    assert!(out.stdout.contains("in-house version"), "{}", out.stdout);
    let out = bilan_with_config(Some(&config), &["profiles", "list"]).succeeds();
    assert_eq!(
        out.stdout.lines().filter(|l| l.starts_with("cm ")).count(),
        1,
        "cm listed once: {}",
        out.stdout
    );
    assert!(out.stdout.contains("in-house version"));
    let out = bilan_with_config(Some(&config), &["profiles", "show", "cm", "--json"]).succeeds();
    assert_eq!(
        json(&out.stdout)["requirements"].as_array().unwrap().len(),
        4
    );
    // The others are untouched.
    let out = bilan_with_config(Some(&config), &["profiles", "show", "cno", "--json"]).succeeds();
    assert_eq!(
        json(&out.stdout)["requirements"].as_array().unwrap().len(),
        39
    );
}

#[test]
fn broken_custom_files_are_skipped_with_a_warning() {
    let config = fixture("config/mixed");
    let out = bilan_with_config(Some(&config), &["profiles", "list"]).succeeds();
    for id in ["cm", "cno", "ite", "social-media-lead"] {
        assert!(
            out.stdout.lines().any(|l| l.starts_with(id)),
            "{id}: {}",
            out.stdout
        );
    }
    assert!(!out.stdout.contains("too-high") && !out.stdout.contains("garbled"));
    let warnings: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(warnings.len(), 2, "{}", out.stderr);
    for (file, problem) in [("broken.json", "outside 1–5"), ("garbled.json", "line")] {
        let warning = warnings
            .iter()
            .find(|w| w.contains(file))
            .unwrap_or_else(|| panic!("a warning names {file}: {}", out.stderr));
        assert!(warning.contains("warning"), "{warning}");
        assert!(warning.contains(problem), "{warning}");
    }
    // A match still works, with the warnings on stderr only.
    let out = bilan_with_config(
        Some(&config),
        &["match", "tests/fixtures/ana.json", "--json"],
    )
    .succeeds();
    json(&out.stdout);
    assert!(out.stderr.contains("broken.json"));
}

#[test]
fn a_missing_config_folder_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere");
    let out = bilan_with_config(Some(&missing), &["profiles", "list"]).succeeds();
    assert_eq!(
        out.stdout.lines().filter(|l| !l.starts_with(' ')).count(),
        3
    );
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn two_custom_profiles_with_one_id_keep_the_first_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("config/custom/social-media-lead.json")).unwrap();
    common::write(dir.path(), "a-lead.json", &text);
    let renamed = text.replacen("Social", "Copied social", 1);
    common::write(dir.path(), "b-lead.json", &renamed);
    let out = bilan_with_config(Some(dir.path()), &["profiles", "list"]).succeeds();
    assert_eq!(
        out.stdout
            .lines()
            .filter(|l| l.starts_with("social-media-lead"))
            .count(),
        1,
        "{}",
        out.stdout
    );
    let warning = out.stderr.trim();
    assert!(warning.contains("b-lead.json"), "{warning}");
    assert!(
        warning.contains("a-lead.json"),
        "names the file kept: {warning}"
    );
    assert!(warning.contains("already defined"), "{warning}");
    assert!(warning.contains("another id"), "says what to do: {warning}");
}

/// The e-CF edition is named wherever the framework is shown: `profiles
/// show` (text and documents) and every report's footer; the CM's sheet says
/// that seed 004 asks A.7 below the e-CF's range and whose reading of D.6
/// bilan follows.
#[test]
fn the_ecf_edition_and_what_is_bilans_own_are_shown_with_the_framework() {
    const EDITION: &str = "e-CF 4.0 (EN 16234-1:2019)";
    let text = bilan(&["profiles", "show", "cm"]).succeeds().stdout;
    for wanted in [
        EDITION,
        "A.7 Technology Trend Monitoring — lvl 2–3 (e-CF 4.0 levels: 3–5)",
        "level 2 asked by the source (e-CF profile Online Community Manager), below the e-CF's \
         range for A.7 (3–5)",
        "D.6 Digital Marketing: ",
        "bilan follows seed 004's reading",
    ] {
        assert!(text.contains(wanted), "{wanted}: {text}");
    }
    let fr = bilan(&["--lang", "fr", "profiles", "show", "cm"])
        .succeeds()
        .stdout;
    for wanted in [
        EDITION,
        "niveau 2 demandé par la source (Profil e-CF «\u{202f}Responsable de Communauté en \
         ligne\u{202f}»), sous la plage de l'e-CF pour A.7 (3–5)",
        "D.6 Marketing numérique",
    ] {
        assert!(fr.contains(wanted), "{wanted}: {fr}");
    }
    for format in ["md", "html"] {
        let sheet = bilan(&["profiles", "show", "cm", "--format", format])
            .succeeds()
            .stdout;
        // In the statement above the competences and in the footer.
        assert!(sheet.matches(EDITION).count() >= 2, "{format}: {sheet}");
        assert!(sheet.contains("e-CF 4.0 levels"), "{format}");
        let report = bilan(&["report", "tests/fixtures/ana.json", "--format", format])
            .succeeds()
            .stdout;
        assert!(report.contains(EDITION), "{format} report footer");
    }
}
