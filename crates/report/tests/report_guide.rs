//! The interview guide for every built-in profile, in both languages and both
//! formats: its introduction says any setting of working life counts and
//! what evidence is, each requirement shows its probes with the one for the
//! required level marked in words, and every personality caution is shown.

use bilan_core::guidance::Guidance;
use bilan_core::{Lang, Library, Profile};
use bilan_report::{self as report, Guide};

fn library() -> Library {
    Library::builtin().expect("built-in library")
}

fn guides(library: &Library) -> Vec<(&Profile, Lang, Guide, String, String)> {
    let mut out = Vec::new();
    for profile in &library.profiles {
        for lang in [Lang::Fr, Lang::En] {
            let guide = report::build_guide(library, profile, lang);
            let md = report::markdown::guide(&guide);
            let html = report::html::guide(&guide);
            out.push((profile, lang, guide, md, html));
        }
    }
    out
}

/// HTML text as the renderer escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn the_introduction_welcomes_any_setting_and_says_what_evidence_is() {
    let library = library();
    for (profile, lang, _, md, html) in guides(&library) {
        let (setting, consent) = match lang {
            Lang::Fr => (
                ["emploi", "association", "projet personnel"],
                "sans son accord",
            ),
            Lang::En => (
                ["job", "association", "personal project"],
                "without their consent",
            ),
        };
        for doc in [&md, &html] {
            let intro = &doc[..doc
                .find(match lang {
                    Lang::Fr => "Attendu au niveau",
                    Lang::En => "Expected at level",
                })
                .expect("a requirement")];
            for word in setting.iter().chain([&consent]) {
                assert!(
                    intro.contains(word),
                    "{} {lang:?}: the introduction does not say `{word}`",
                    profile.id
                );
            }
        }
    }
}

#[test]
fn each_requirement_shows_its_probes_and_marks_the_required_one() {
    let library = library();
    let guidance = Guidance::builtin();
    for (profile, lang, guide, md, html) in guides(&library) {
        let (level, required) = match lang {
            Lang::Fr => ("Niveau", "niveau requis"),
            Lang::En => ("Level", "required level"),
        };
        for req in &profile.requirements {
            let item = guide
                .items
                .iter()
                .find(|i| i.item == req.item.as_str())
                .expect("the guide covers every requirement");
            let g = guidance.get(req.item.as_str()).expect("guidance");
            assert_eq!(item.probes.len(), g.probes.len(), "{}", req.item);
            for probe in &item.probes {
                let wanted = probe.level >= req.min && probe.level <= req.max.unwrap_or(req.min);
                assert_eq!(probe.required, wanted, "{} {}", req.item, probe.level);
                let text = g.probe(probe.level).expect("probe").get(lang);
                let md_line = md
                    .lines()
                    .find(|l| l.ends_with(text))
                    .unwrap_or_else(|| panic!("{} {lang:?}: probe not shown: {text}", req.item));
                let html_line = html
                    .lines()
                    .find(|l| l.contains(&escaped(text)))
                    .unwrap_or_else(|| panic!("{} {lang:?}: probe not in HTML", req.item));
                let marked = format!("{level} {} ({required})", probe.level);
                assert_eq!(md_line.contains(&marked), wanted, "{md_line}");
                assert_eq!(html_line.contains(&marked), wanted, "{html_line}");
                assert!(md_line.contains(&format!("{level} {}", probe.level)));
            }
        }
    }
}

#[test]
fn every_personality_caution_is_shown_in_words() {
    let library = library();
    let guidance = Guidance::builtin();
    let mut shown = 0;
    for (profile, lang, _, md, html) in guides(&library) {
        let label = match lang {
            Lang::Fr => "Mise en garde",
            Lang::En => "Caution",
        };
        let mut cautions = 0;
        for req in &profile.requirements {
            let Some(caution) = guidance
                .get(req.item.as_str())
                .and_then(|g| g.caution.as_ref())
            else {
                continue;
            };
            cautions += 1;
            let text = caution.get(lang);
            let md_at = md.find(text).unwrap_or_else(|| {
                panic!(
                    "{} {lang:?}: {}'s caution is not in the guide",
                    profile.id, req.item
                )
            });
            let heading = md[..md_at].rfind("### ").expect("under a heading");
            assert!(
                md[heading..].starts_with(&format!("### {}", req.item)),
                "{}: the caution sits under another item",
                req.item
            );
            assert!(
                md[heading..md_at].contains(label),
                "{}: no `{label}` label",
                req.item
            );
            assert!(
                html.contains(&escaped(text)),
                "{} {lang:?}: not in HTML",
                req.item
            );
            shown += 1;
        }
        assert_eq!(
            md.matches(&format!("**{label}")).count(),
            cautions,
            "{} {lang:?}: a caution label without a caution",
            profile.id
        );
    }
    // CM requires se.extraversion: at least its caution was checked.
    assert!(shown > 0);
}
