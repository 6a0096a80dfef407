//! What the report tests share: the fixtures, the built-in library and
//! reports built on a fixed date, with or without the other rater's file.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use bilan_core::{Assessment, Lang, Library, store};
use bilan_report::{self as report, Report};

/// The reports' date, fixed so snapshots stay the same.
pub const GENERATED: &str = "2026-01-01T00:00:00Z";

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

pub fn library() -> Library {
    Library::builtin().expect("built-in library")
}

pub fn ana() -> Assessment {
    store::load_assessment(&fixture("ana.json")).expect("ana.json loads")
}

pub fn build(library: &Library, assessment: &Assessment, lang: Lang) -> Report {
    report::build(
        library,
        assessment,
        report::Options {
            lang,
            profile: None,
            generated: GENERATED,
            other: None,
        },
    )
    .expect("report builds")
}

/// Ana's self-rating and her coach's rating (Marc Aubert).
pub fn ana_pair() -> (Assessment, Assessment) {
    let load = |name: &str| store::load_assessment(&fixture(name)).expect("fixture loads");
    (
        load("cohort/team-a/ana.json"),
        load("cohort/team-b/coached/ana-coach.json"),
    )
}

/// The report of `assessment` compared with `other`, CNO's detail only.
pub fn build_compared(
    library: &Library,
    assessment: &Assessment,
    other: &Assessment,
    lang: Lang,
) -> Report {
    report::build(
        library,
        assessment,
        report::Options {
            lang,
            profile: Some("cno"),
            generated: GENERATED,
            other: Some(other),
        },
    )
    .expect("report builds")
}

pub fn suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}
