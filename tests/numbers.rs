//! Every figure a person reads is rounded once, from the exact value, and
//! reads the same in every output (issue 12, "Numbers"): the results screen,
//! `bilan match`, `bilan compare`, the HTML report; completeness in the
//! resume list and on the walk. French outputs write numbers the French way.

mod common;
mod common_tui;

use std::collections::BTreeMap;
use std::path::PathBuf;

use bilan::tui::app::{Action, Screen, update};
use bilan_core::profile::{Importance, Profile};
use bilan_core::store::Summary;
use bilan_core::{Assessment, Lang, Library, Rater};
use bilan_report::l10n::percent;

use common::{bilan, write};
use common_tui::{app, draw};

/// What the old code showed: rounded to two decimals (as stored), then to
/// one for display.
fn shown_twice(value: f64) -> String {
    format!("{:.1}", (value * 100.0).round() / 100.0)
}

/// A profile and a number of weighted levels earned whose fit, rounded
/// twice, reads differently from the exact value rounded once (like 139/207
/// = 67.149…%: 67.15 then 67.2, where 67.1 is right).
fn twice_rounded_case(library: &Library) -> (&Profile, u32) {
    for profile in &library.profiles {
        let total: u32 = profile
            .requirements
            .iter()
            .map(|r| weight(r.importance) * u32::from(r.min))
            .sum();
        // From two thirds up, so the other profiles' (lower) fits do not
        // read like the twice-rounded one.
        for earned in total * 2 / 3..total {
            let fit = 100.0 * f64::from(earned) / f64::from(total);
            let once = format!("{:.1}", bilan_core::matching::round1(fit));
            // Not an exact half (81.25), where only the tie rule differs.
            if shown_twice(fit) != once && format!("{fit:.1}") == once {
                return (profile, earned);
            }
        }
    }
    panic!("no fit of the built-in profiles is rounded differently twice");
}

fn weight(importance: Importance) -> u32 {
    match importance {
        Importance::Core => 2,
        Importance::Secondary => 1,
    }
}

/// Scores on `profile`'s requirements earning exactly `earned` weighted
/// levels (core ones first, two a level; secondary ones take the rest).
fn scores_earning(profile: &Profile, earned: u32) -> BTreeMap<String, u8> {
    let mut left = earned;
    let mut scores = BTreeMap::new();
    for importance in [Importance::Core, Importance::Secondary] {
        for r in profile
            .requirements
            .iter()
            .filter(|r| r.importance == importance)
        {
            let w = weight(importance);
            let level = (left / w).min(u32::from(r.min));
            left -= level * w;
            scores.insert(r.item.to_string(), level as u8);
        }
    }
    assert_eq!(left, 0, "{earned} weighted levels of {}", profile.id);
    scores
}

fn assessment_json(rater: &str, scores: &BTreeMap<String, u8>) -> String {
    serde_json::json!({ "person": "Nora Petit", "rater": rater, "scores": scores }).to_string()
}

fn fit_text(fit: f64, lang: Lang) -> String {
    percent(fit, lang)
}

#[test]
fn a_fit_reads_the_same_in_match_compare_results_and_html() {
    let library = Library::builtin().expect("built-in data");
    let (profile, earned) = twice_rounded_case(&library);
    let total: u32 = profile
        .requirements
        .iter()
        .map(|r| weight(r.importance) * u32::from(r.min))
        .sum();
    let fit = 100.0 * f64::from(earned) / f64::from(total);
    let scores = scores_earning(profile, earned);
    let dir = tempfile::tempdir().unwrap();
    let coach = write(dir.path(), "coach.json", &assessment_json("coach", &scores));
    let me = write(dir.path(), "self.json", &assessment_json("self", &scores));
    let (coach, me) = (coach.to_str().unwrap(), me.to_str().unwrap());

    for (lang, code) in [(Lang::En, "en"), (Lang::Fr, "fr")] {
        let right = fit_text(fit, lang);
        let wrong = {
            let twice = shown_twice(fit);
            match lang {
                Lang::En => format!("{twice}%"),
                Lang::Fr => format!("{}\u{202f}%", twice.replace('.', ",")),
            }
        };
        assert_ne!(right, wrong);
        let outputs = [
            (
                "match",
                bilan(&["--lang", code, "match", coach]).succeeds().stdout,
            ),
            (
                "compare",
                bilan(&["--lang", code, "compare", me, coach])
                    .succeeds()
                    .stdout,
            ),
            (
                "html",
                bilan(&[
                    "--lang",
                    code,
                    "report",
                    coach,
                    "-f",
                    "html",
                    "--no-compare",
                ])
                .succeeds()
                .stdout,
            ),
            ("results screen", results_screen(lang, &scores)),
        ];
        for (name, text) in outputs {
            // HTML escapes nothing in a figure, but may put the narrow space
            // as is; compare the text as written.
            assert!(
                text.contains(&right),
                "{name} ({code}) shows {right} for {earned}/{total}:\n{text}"
            );
            let at = text
                .find(&wrong)
                .map(|i| &text[i.saturating_sub(300)..i + 20]);
            assert!(at.is_none(), "{name} ({code}) shows {wrong}: {at:?}");
        }
    }
}

/// The results screen of an assessment with `scores`, as drawn at 120×40.
fn results_screen(lang: Lang, scores: &BTreeMap<String, u8>) -> String {
    let mut app = app(lang);
    let mut assessment = Assessment::new("Nora Petit", Rater::Coach, lang);
    for (id, &level) in scores {
        assessment.set_score(id, Some(level));
    }
    app.open_session(assessment, PathBuf::from("/nonexistent/nora.json"));
    update(&mut app, Action::Results);
    assert_eq!(app.place.screen(), Screen::Results);
    draw(&app, 120, 40)
}

#[test]
fn completeness_reads_the_same_in_the_resume_list_and_on_the_walk() {
    // 20 of 49 = 40.8…%: the list showed 40 % (cut) and the walk 41 %.
    for lang in [Lang::En, Lang::Fr] {
        let shown = percent(100.0 * 20.0 / 49.0, lang);

        let mut walk = app(lang);
        let mut assessment = Assessment::new("Nora Petit", Rater::SelfRated, lang);
        let ids: Vec<String> = walk
            .library
            .catalogue
            .items()
            .iter()
            .map(|i| i.id.to_string())
            .collect();
        assert_eq!(ids.len(), 49);
        for id in ids.iter().take(20) {
            assessment.set_score(id, Some(2));
        }
        walk.open_session(assessment, PathBuf::from("/nonexistent/nora.json"));
        let screen = draw(&walk, 80, 24);
        assert!(screen.contains(&format!("20/49 ({shown})")), "{screen}");

        let mut list = app(lang);
        common_tui::home_entry(&mut list, bilan::tui::app::HomeEntry::Resume);
        assert_eq!(list.place.screen(), Screen::ResumeList);
        list.resume.summaries = Some(vec![Summary {
            path: PathBuf::from("/nonexistent/nora.json"),
            person: "Nora Petit".into(),
            rater: Rater::SelfRated,
            updated: "2024-05-02T10:15:00Z".into(),
            answered: 20,
            total: 49,
        }]);
        let screen = draw(&list, 80, 24);
        assert!(screen.contains(&shown), "{screen}");
    }
}

/// The places a decimal point is right in French text: names and versions.
fn without_names(text: &str) -> String {
    let mut text = text.replace(env!("CARGO_PKG_VERSION"), "");
    for name in [
        "IT 2.0",
        "Web 2.0",
        "entreprise 2.0",
        "Entreprise 2.0",
        "e-CF 4.0",
        "2.0 ",
        "2.0)",
    ] {
        text = text.replace(name, "");
    }
    text
}

/// Each `d.d` in `text`, with what surrounds it.
fn decimal_points(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    (1..chars.len().saturating_sub(1))
        .filter(|&i| {
            chars[i] == '.' && chars[i - 1].is_ascii_digit() && chars[i + 1].is_ascii_digit()
        })
        .map(|i| {
            chars[i.saturating_sub(20)..(i + 20).min(chars.len())]
                .iter()
                .collect()
        })
        .collect()
}

/// The text of an HTML document a reader sees: no style sheet, no SVG
/// geometry, no tags.
fn html_text(html: &str) -> String {
    let mut text = html.to_string();
    for (open, close) in [("<style", "</style>"), ("<svg", "</svg>")] {
        while let Some(start) = text.find(open) {
            let end = text[start..]
                .find(close)
                .map_or(text.len(), |e| start + e + close.len());
            text.replace_range(start..end, " ");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn french_outputs_write_decimal_commas() {
    let ana = "tests/fixtures/ana.json";
    let library = Library::builtin().expect("built-in data");
    let (profile, earned) = twice_rounded_case(&library);
    let scores = scores_earning(profile, earned);
    let dir = tempfile::tempdir().unwrap();
    let coach = write(dir.path(), "coach.json", &assessment_json("coach", &scores));
    let me = write(dir.path(), "self.json", &assessment_json("self", &scores));
    let (coach, me) = (coach.to_str().unwrap(), me.to_str().unwrap());
    let runs: Vec<(&str, Vec<&str>)> = vec![
        ("match", vec!["match", ana]),
        ("compare", vec!["compare", me, coach]),
        ("diff", vec!["diff", me, coach]),
        ("report md", vec!["report", ana, "-f", "md"]),
        ("report html", vec!["report", ana, "-f", "html"]),
        ("plan", vec!["plan", ana]),
        (
            "cohort",
            vec!["cohort", "--profile", "cm", "tests/fixtures/cohort"],
        ),
        (
            "cohort md",
            vec![
                "cohort",
                "--profile",
                "cm",
                "-f",
                "md",
                "tests/fixtures/cohort",
            ],
        ),
    ];
    for (name, args) in runs {
        let mut all = vec!["--lang", "fr"];
        all.extend(args);
        let mut out = bilan(&all).succeeds().stdout;
        if name.ends_with("html") {
            out = html_text(&out);
        }
        let found = decimal_points(&without_names(&out));
        assert!(
            found.is_empty(),
            "{name}: decimal points in French: {found:?}"
        );
    }
    // Every tab of the results: requirements, gaps, strengths, radar.
    let mut app = common_tui::scored(Lang::Fr);
    update(&mut app, Action::Results);
    for tab in 0..4 {
        let screen = draw(&app, 120, 40);
        let found = decimal_points(&without_names(&screen));
        assert!(found.is_empty(), "results tab {tab}: {found:?}\n{screen}");
        update(&mut app, Action::NextTab);
    }
}
