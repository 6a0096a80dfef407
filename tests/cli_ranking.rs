//! `bilan match` on the cases a coach checks by hand (issue 11): only the
//! traits answered with every e-CF competence at 0; everything at 0;
//! everything at 3; half answered; an exact copy of each profile's
//! targets; a decided lead of less than one level (a narrow lead). The
//! fixtures are in `tests/fixtures/ranking/`; the copies of the targets
//! are made from the built-in profiles, so they follow them.

use serde_json::Value;

use bilan_core::{Lang, Library};
use bilan_report::l10n::matching::{item_with_title, ranking_words};

mod common;
use common::*;

fn match_json(file: &str) -> Value {
    json(&bilan(&["match", file, "--json"]).succeeds().stdout)
}

fn match_text(file: &str, lang: &str) -> String {
    bilan(&["--lang", lang, "match", file]).succeeds().stdout
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("a number: {v}"))
}

/// The fields every match carries, and what holds between them.
fn check_matches(doc: &Value) {
    let matches = doc["matches"].as_array().expect("matches");
    assert_eq!(matches.len(), 3);
    for m in matches {
        let (fit, estimate, ceiling) = (f(&m["fit"]), f(&m["fit_estimate"]), f(&m["fit_ceiling"]));
        assert!(fit <= estimate && estimate <= ceiling, "{m}");
        if m["answered"] == m["required"] {
            assert_eq!(fit, estimate, "{}", m["profile"]);
            assert_eq!(fit, ceiling, "{}", m["profile"]);
        }
        let (ecf, traits) = (&m["blocks"]["ecf"], &m["blocks"]["traits"]);
        for block in [ecf, traits] {
            for field in ["fit", "points", "max_points", "answered", "required"] {
                assert!(block[field].is_number(), "blocks.{field}: {m}");
            }
        }
        // The parts add up (JSON figures are exact).
        assert!(
            (f(&ecf["points"]) + f(&traits["points"]) - fit).abs() <= 0.011,
            "{m}"
        );
        assert!((f(&ecf["max_points"]) + f(&traits["max_points"]) - 100.0).abs() <= 0.011);
        assert!(m["core_not_started"].is_array());
    }
    assert!(doc["decided"].is_boolean());
    assert!(doc["narrow_lead"].is_boolean());
    assert!(doc["nothing_reached"].is_boolean());
    assert!(doc["deciding_items"].is_array());
    assert!(doc["verdict"]["fr"].is_string() && doc["verdict"]["en"].is_string());
}

fn deciding(doc: &Value) -> Vec<&str> {
    doc["deciding_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_str().unwrap())
        .collect()
}

#[test]
fn only_traits_answered_with_every_ecf_competence_at_zero() {
    let file = "tests/fixtures/ranking/traits_only.json";
    let doc = match_json(file);
    check_matches(&doc);
    assert_eq!(doc["completeness"]["answered"], 49);
    // Complete: decided, nothing left to decide.
    assert_eq!(doc["decided"], true);
    assert_eq!(doc["nothing_reached"], false);
    assert!(deciding(&doc).is_empty());
    for m in doc["matches"].as_array().unwrap() {
        // The whole fit comes from the traits, and the e-CF part says so.
        assert_eq!(f(&m["blocks"]["ecf"]["points"]), 0.0, "{m}");
        assert_eq!(f(&m["blocks"]["ecf"]["fit"]), 0.0, "{m}");
        assert!((f(&m["blocks"]["traits"]["points"]) - f(&m["fit"])).abs() <= 0.011);
        let flagged: Vec<&str> = m["core_not_started"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_str().unwrap())
            .collect();
        assert!(
            flagged
                .iter()
                .any(|i| i.contains('.') && i.starts_with(char::is_uppercase)),
            "core e-CF requirements at 0 are flagged: {flagged:?}"
        );
    }
    let text = match_text(file, "en");
    assert!(text.contains("answered: 49/49"), "{text}");
    assert!(text.contains("Ranking decided"), "{text}");
    assert!(text.contains("e-CF 0.0/"), "the e-CF part shows 0: {text}");
    assert!(text.contains("Core requirements not started:"), "{text}");
    let fr = match_text(file, "fr");
    assert!(fr.contains("Classement définitif"), "{fr}");
    assert!(fr.contains("Exigences clés pas encore commencées"), "{fr}");
}

#[test]
fn everything_at_zero_reaches_no_profile_and_ranks_nothing() {
    let file = "tests/fixtures/ranking/all_zero.json";
    let doc = match_json(file);
    check_matches(&doc);
    assert_eq!(doc["nothing_reached"], true);
    assert_eq!(doc["decided"], false);
    assert!(deciding(&doc).is_empty());
    assert_eq!(doc["ties"].as_array().unwrap().len(), 0, "no tie-break");
    for m in doc["matches"].as_array().unwrap() {
        assert_eq!(f(&m["fit"]), 0.0);
        assert_eq!(f(&m["fit_ceiling"]), 0.0);
    }
    for (lang, words) in [
        ("en", ["No profile reached yet", "tie"]),
        ("fr", ["Aucun profil atteint", "égalité"]),
    ] {
        let text = match_text(file, lang);
        assert!(text.contains(words[0]), "{text}");
        assert!(!text.contains(words[1]), "no tie-break reason: {text}");
        assert!(
            !text.lines().any(|l| l.trim_start().starts_with("1.")),
            "no ranking: {text}"
        );
    }
}

#[test]
fn everything_at_three_is_a_decided_ranking() {
    let file = "tests/fixtures/ranking/all_three.json";
    let doc = match_json(file);
    check_matches(&doc);
    assert_eq!(doc["decided"], true);
    assert_eq!(doc["nothing_reached"], false);
    assert!(doc["challenger"].is_null());
    let fits: Vec<f64> = doc["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| f(&m["fit"]))
        .collect();
    assert!(
        fits.windows(2).all(|w| w[0] >= w[1]),
        "best first: {fits:?}"
    );
    let text = match_text(file, "en");
    assert!(
        text.contains("Ranking decided: every item is answered."),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("1.")),
        "{text}"
    );
    // A complete assessment shows no estimate or ceiling.
    assert!(!text.contains("estimate"), "{text}");
}

/// Flat 3s with A.7 and C.4 at 4: decided, but CM leads ITE by 0.2
/// points, less than one level of CM's lightest requirement (100/208):
/// a narrow lead, in the JSON and in words in both languages.
#[test]
fn a_decided_lead_of_less_than_one_level_is_called_narrow() {
    let file = "tests/fixtures/ranking/narrow_lead.json";
    let doc = match_json(file);
    check_matches(&doc);
    assert_eq!(doc["decided"], true);
    assert_eq!(doc["narrow_lead"], true);
    let matches = doc["matches"].as_array().unwrap();
    assert_eq!(matches[0]["profile"], "cm");
    assert_eq!(matches[1]["profile"], "ite");
    let lead = f(&matches[0]["fit"]) - f(&matches[1]["fit"]);
    assert!(lead > 0.0 && lead < 100.0 / 208.0, "{lead}");
    let narrow_en = "Ranking decided, but CM and ITE are less than one level apart: \
                     read them as equally close.";
    assert_eq!(doc["verdict"]["en"], narrow_en);
    let narrow_fr = "Classement définitif, mais moins d'un niveau sépare CM et ITE\u{a0}: \
                     considérez-les comme aussi proches l'un que l'autre.";
    assert_eq!(doc["verdict"]["fr"], narrow_fr);
    assert!(match_text(file, "en").contains(narrow_en));
    assert!(match_text(file, "fr").contains(narrow_fr));
    // The report's JSON says it too, and every report format shows the verdict.
    let report = json(
        &bilan(&["report", file, "--format", "json"])
            .succeeds()
            .stdout,
    );
    assert_eq!(report["narrow_lead"], true);
    assert_eq!(report["verdict"], narrow_en);
    let markdown = bilan(&["--lang", "fr", "report", file, "--format", "md"]).succeeds();
    assert!(markdown.stdout.contains(narrow_fr), "{}", markdown.stdout);
    // Flat 3s: CM three points ahead, more than one level: not narrow.
    let doc = match_json("tests/fixtures/ranking/all_three.json");
    assert_eq!(doc["narrow_lead"], false);
    // Not decided: never narrow.
    let doc = match_json("tests/fixtures/ranking/half.json");
    assert_eq!(doc["narrow_lead"], false);
}

#[test]
fn half_answered_is_provisional_and_names_what_would_decide_it() {
    let file = "tests/fixtures/ranking/half.json";
    let doc = match_json(file);
    check_matches(&doc);
    assert_eq!(doc["completeness"]["answered"], 25);
    assert_eq!(doc["decided"], false);
    assert_eq!(doc["nothing_reached"], false);
    let leader = &doc["matches"][0];
    let challenger = doc["challenger"].as_str().expect("a challenger");
    let c = doc["matches"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["profile"] == challenger)
        .unwrap();
    assert!(f(&c["fit_ceiling"]) >= f(&leader["fit"]), "{c}");
    let items = deciding(&doc);
    assert!((1..=3).contains(&items.len()), "{items:?}");
    let answered: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("ranking/half.json")).unwrap())
            .unwrap();
    for item in &items {
        assert!(
            answered["scores"].get(item).is_none(),
            "{item} is unanswered"
        );
    }
    for m in doc["matches"].as_array().unwrap() {
        assert!(f(&m["fit"]) < f(&m["fit_ceiling"]), "{m}");
    }

    let library = Library::builtin().unwrap();
    for (lang, code, provisional, between) in [
        (Lang::En, "en", "Provisional ranking", "to decide between"),
        (Lang::Fr, "fr", "Classement provisoire", "pour départager"),
    ] {
        let text = match_text(file, code);
        assert!(text.contains(provisional), "{text}");
        // Each deciding item by id and title, then the two profiles.
        for item in &items {
            let named = item_with_title(&library.catalogue, item, lang);
            assert!(text.contains(&named), "{named}: {text}");
        }
        let leader = leader["profile"].as_str().unwrap().to_uppercase();
        let challenger = challenger.to_uppercase();
        assert!(
            text.contains(between) && text.contains(&leader) && text.contains(&challenger),
            "{text}"
        );
        assert!(text.contains(ranking_words(lang).bounds_note), "{text}");
        assert!(text.contains(ranking_words(lang).estimate), "{text}");
    }
}

/// Each profile's exact targets, as an assessment: the required items at
/// their level; the other items left out, or at 0.
fn exact_copy(dir: &std::path::Path, id: &str, others_at_zero: bool) -> String {
    let library = Library::builtin().unwrap();
    let profile = library.profile(id).unwrap();
    let mut scores = serde_json::Map::new();
    if others_at_zero {
        for item in library.catalogue.items() {
            scores.insert(item.id.to_string(), 0.into());
        }
    }
    for r in &profile.requirements {
        scores.insert(r.item.to_string(), r.min.into());
    }
    let doc = serde_json::json!({"person": id, "rater": "self", "scores": scores});
    let path = dir.join(format!("{id}-{others_at_zero}.json"));
    std::fs::write(&path, doc.to_string()).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn an_exact_copy_of_a_profiles_targets_gives_it_a_full_fit() {
    let dir = tempfile::tempdir().unwrap();
    for id in ["cm", "cno", "ite"] {
        // Only the profile's items answered: it reaches 100, and the
        // ranking is decided exactly when no other can reach 100 too.
        let file = exact_copy(dir.path(), id, false);
        let doc = match_json(&file);
        check_matches(&doc);
        let matches = doc["matches"].as_array().unwrap();
        let own = matches.iter().find(|m| m["profile"] == id).unwrap();
        assert_eq!(f(&own["fit"]), 100.0, "{id}");
        assert_eq!(f(&own["fit_ceiling"]), 100.0, "{id}");
        assert_eq!(f(&matches[0]["fit"]), 100.0, "{id} first: {doc}");
        let others_below = matches
            .iter()
            .filter(|m| m["profile"] != matches[0]["profile"])
            .all(|m| f(&m["fit_ceiling"]) < 100.0);
        assert_eq!(doc["decided"], others_below, "{id}: {doc}");

        // Every other item at 0: complete, decided, the profile first.
        let file = exact_copy(dir.path(), id, true);
        let doc = match_json(&file);
        check_matches(&doc);
        assert_eq!(doc["decided"], true, "{id}");
        assert_eq!(doc["matches"][0]["profile"], id, "{id}: {doc}");
        let text = match_text(&file, "en");
        assert!(text.contains("Ranking decided"), "{text}");
        assert!(text.contains("No gap: every requirement is met."), "{text}");
    }
}
