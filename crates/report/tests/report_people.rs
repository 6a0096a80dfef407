//! What people read never shows bilan's internal names (issue 12, "Words"):
//! no seed file name (`004_….txt:45`) and no item slug (`sf.correspondence`)
//! in the HTML and Markdown documents, while the JSON keeps both. Every
//! document about a person says whose it is; the report starts with a
//! summary, details the best-fitting profile only unless asked, and has a
//! notes section only when there are notes.

mod common_report;

use bilan_core::{Lang, Library};
use bilan_report as report;
use common_report::{GENERATED, ana, ana_pair, build, build_compared, library};

/// The trait ids of the catalogue (`sf.correspondence`, …): the e-CF codes
/// (`A.3`) are readable codes and may be shown.
fn slugs(library: &Library) -> Vec<String> {
    library
        .catalogue
        .items()
        .iter()
        .map(|i| i.id.to_string())
        .filter(|id| !report::l10n::sources::is_ecf_code(id))
        .collect()
}

/// The text of an HTML page without its tags (and so without attribute
/// values, where ids may stay for scripts).
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every document a person reads, by name, in both languages.
fn documents(library: &Library) -> Vec<(String, String, bool)> {
    let (me, coach) = ana_pair();
    let mut docs = Vec::new();
    for lang in [Lang::Fr, Lang::En] {
        let all = report::build(
            library,
            &ana(),
            report::Options {
                lang,
                profile: Some(report::ALL_PROFILES),
                generated: GENERATED,
                other: None,
            },
        )
        .expect("report");
        let reports = [
            ("report", build(library, &ana(), lang)),
            ("report_all", all),
            ("compared", build_compared(library, &me, &coach, lang)),
        ];
        for (name, r) in reports {
            docs.push((
                format!("{name}.html {lang:?}"),
                report::html::report(&r),
                true,
            ));
            docs.push((
                format!("{name}.md {lang:?}"),
                report::markdown::report(&r),
                false,
            ));
        }
        let plan = report::build_plan(library, &ana(), None, lang, GENERATED).expect("plan");
        docs.push((
            format!("plan.html {lang:?}"),
            report::html::plan(&plan, lang),
            true,
        ));
        docs.push((
            format!("plan.md {lang:?}"),
            report::markdown::plan(&plan, lang),
            false,
        ));
        for profile in &library.profiles {
            let sheet = report::job_sheet(&library.catalogue, profile, lang);
            docs.push((
                format!("job_sheet {} {lang:?}", profile.id),
                report::html::job_sheet(&sheet),
                true,
            ));
            docs.push((
                format!("job_sheet.md {} {lang:?}", profile.id),
                report::markdown::job_sheet(&sheet),
                false,
            ));
            let lines = report::sheet::job_sheet(&library.catalogue, profile, lang);
            let text: Vec<String> = lines.into_iter().map(|l| l.text).collect();
            docs.push((
                format!("sheet.txt {} {lang:?}", profile.id),
                text.join("\n"),
                false,
            ));
        }
    }
    docs
}

#[test]
fn no_seed_file_name_reaches_people_but_json_keeps_it() {
    let library = library();
    for (name, text, _) in documents(&library) {
        assert!(!text.contains(".txt"), "{name} shows a seed file name");
        for seed in bilan_core::source::Seed::ALL {
            let stem = seed.file().trim_end_matches(".txt");
            assert!(!text.contains(stem), "{name} shows {stem}");
        }
    }
    let r = build(&library, &ana(), Lang::En);
    let json = report::to_json(&r);
    assert!(json.contains("\"source\": \"004_ef7d9f38b9b40a81.txt:45\""));
    // People see what the source is.
    let html = report::html::report(&r);
    assert!(
        html.contains("e-CF CM profile, competence A.3"),
        "short name"
    );
    assert!(
        html.contains("e-CF profile Online Community Manager"),
        "legend"
    );
    let md = report::markdown::report(&r);
    assert!(md.contains("Job profiles for enterprise 2.0 roles, line 121"));
}

#[test]
fn no_item_slug_reaches_people_but_json_and_csv_keep_them() {
    let library = library();
    let slugs = slugs(&library);
    assert!(slugs.iter().any(|s| s == "sf.correspondence"));
    for (name, text, html) in documents(&library) {
        let shown = if html { text_of(&text) } else { text };
        for slug in &slugs {
            assert!(!shown.contains(slug.as_str()), "{name} shows {slug}");
        }
    }
    let r = build(&library, &ana(), Lang::Fr);
    assert!(report::to_json(&r).contains("\"item\": \"sf.correspondence\""));
    let csv = report::render(
        &library,
        &ana(),
        report::Options {
            lang: Lang::Fr,
            profile: None,
            generated: GENERATED,
            other: None,
        },
        report::Format::Csv,
        b',',
    )
    .expect("csv");
    assert!(csv.contains("sf.correspondence"));
}

#[test]
fn the_plan_says_whose_it_is_like_the_report() {
    let library = library();
    let assessment = ana();
    for lang in [Lang::Fr, Lang::En] {
        let l = report::l10n::labels(lang);
        let plan = report::build_plan(&library, &assessment, None, lang, GENERATED).expect("plan");
        let html = report::html::plan(&plan, lang);
        let md = report::markdown::plan(&plan, lang);
        for doc in [&html, &md] {
            assert!(doc.contains("Ana Martin"), "{doc}");
            assert!(doc.contains(l.self_rated), "rater");
            assert!(doc.contains("2025-01-10"), "dates of the assessment");
            assert!(doc.contains("2026-01-01"), "date made");
            assert!(doc.contains("Community Manager"), "profile");
        }
        // The same header as the report, from one function.
        let r = report::html::report(&build(&library, &assessment, lang));
        let meta = |doc: &str| {
            let start = doc.find("<dl class=\"meta\">").expect("meta");
            let end = start + doc[start..].find("</dl>").expect("end");
            doc[start..end].replace(l.made_on, l.generated)
        };
        assert_eq!(meta(&html), meta(&r));
    }
}

#[test]
fn the_report_starts_with_a_summary_and_details_the_best_profile_only() {
    let library = library();
    for lang in [Lang::Fr, Lang::En] {
        let l = report::l10n::labels(lang);
        let r = build(&library, &ana(), lang);
        assert_eq!(r.profiles.len(), 1);
        assert_eq!(r.profiles[0].id, r.ranking[0].id);
        let html = report::html::report(&r);
        let summary = html
            .find(&format!("<h2>{}</h2>", l.at_a_glance))
            .expect("summary");
        let gaps = html.find(l.top_gaps).expect("largest gaps");
        let profile = html.find("id=\"profile-1\"").expect("profile");
        assert!(summary < gaps && gaps < profile);
        assert!(!html.contains("id=\"profile-2\""));
        assert!(html.contains("--profile all"));
        // `--profile all` details every profile; JSON has them all anyway.
        let all = report::build(
            &library,
            &ana(),
            report::Options {
                lang,
                profile: Some(report::ALL_PROFILES),
                generated: GENERATED,
                other: None,
            },
        )
        .expect("all");
        assert_eq!(all.profiles.len(), library.profiles.len());
        let json = report::render(
            &library,
            &ana(),
            report::Options {
                lang,
                profile: None,
                generated: GENERATED,
                other: None,
            },
            report::Format::Json,
            b',',
        )
        .expect("json");
        let value: serde_json::Value = serde_json::from_str(&json).expect("json");
        assert_eq!(value["profiles"].as_array().map(Vec::len), Some(3));
    }
}

#[test]
fn the_notes_section_is_there_only_with_notes() {
    let library = library();
    let mut assessment = ana();
    let l = report::l10n::labels(Lang::En);
    let with = build(&library, &assessment, Lang::En);
    assert!(!with.notes.is_empty());
    assert!(report::html::report(&with).contains("id=\"notes\""));
    assert!(report::markdown::report(&with).contains(&format!("## {}", l.notes)));
    assessment.notes.clear();
    let without = build(&library, &assessment, Lang::En);
    let html = report::html::report(&without);
    let md = report::markdown::report(&without);
    assert!(!html.contains("id=\"notes\"") && !html.contains(l.no_notes));
    assert!(!md.contains(&format!("## {}", l.notes)) && !md.contains(l.no_notes));
}
