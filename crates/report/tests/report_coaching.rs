//! The coach's and trainer's renderings on the fixtures of
//! `tests/fixtures/cohort/` (see `tests/cohort_data.rs` for the figures
//! worked out by hand): snapshots of every rendering in French and English,
//! the terminal width, the CSV read back, and the HTML self-contained and
//! escaped.

mod common_html;

use bilan_core::testing::small_profile;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use bilan_core::cohort::{self, Cohort};
use bilan_core::compare::{self, Comparison, Progress, RatingPair};
use bilan_core::store;
use bilan_core::{Assessment, Lang, Library};
use bilan_report::coaching;

const HOSTILE: &str = "<script>alert(1)</script>";

/// The fixtures folder, relative to the workspace root, so the paths in the
/// snapshots do not depend on the machine. Every test of this binary runs
/// from the workspace root, where the shared fixtures live.
fn fixtures() -> PathBuf {
    static ROOT: std::sync::Once = std::sync::Once::new();
    ROOT.call_once(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        std::env::set_current_dir(root).expect("the workspace root exists");
    });
    PathBuf::from("tests/fixtures/cohort")
}

fn load(relative: &str) -> Assessment {
    store::load_assessment(&fixtures().join(relative)).expect("valid fixture")
}

fn library() -> Library {
    Library::builtin().expect("built-in data")
}

fn small_cohort() -> Cohort {
    cohort::analyse(&library(), &small_profile(), [fixtures()])
}

fn cm_cohort() -> Cohort {
    let library = library();
    let cm = library.profile("cm").expect("cm is built in");
    cohort::analyse(&library, cm, [fixtures()])
}

/// Ana's self-rating against her coach's, on the built-in profiles.
fn comparison() -> Comparison {
    let (me, coach) = (
        load("team-a/ana.json"),
        load("team-b/coached/ana-coach.json"),
    );
    compare::compare(
        &library(),
        RatingPair::new(&me, &coach).expect("the same person"),
    )
}

/// Ana in January and March, given newest first (so swapped).
fn progress() -> Progress {
    compare::diff(
        &library(),
        &load("team-a/ana.json"),
        &load("team-a/ana-2025-01.json"),
    )
    .expect("the same person")
}

fn suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

const LANGS: [Lang; 2] = [Lang::Fr, Lang::En];

fn max_width(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

// ---------------------------------------------------------------------------
// Snapshots

#[test]
fn comparison_snapshots() {
    let c = comparison();
    for lang in LANGS {
        let s = suffix(lang);
        insta::assert_snapshot!(
            format!("comparison_text_{s}"),
            coaching::comparison_text(&c, lang)
        );
        insta::assert_snapshot!(
            format!("comparison_markdown_{s}"),
            coaching::comparison_markdown(&c, lang)
        );
    }
}

#[test]
fn progress_snapshots() {
    let p = progress();
    assert!(p.swapped);
    for lang in LANGS {
        let s = suffix(lang);
        insta::assert_snapshot!(
            format!("progress_text_{s}"),
            coaching::progress_text(&p, lang)
        );
        insta::assert_snapshot!(
            format!("progress_markdown_{s}"),
            coaching::progress_markdown(&p, lang)
        );
    }
}

#[test]
fn cohort_snapshots() {
    let c = small_cohort();
    for lang in LANGS {
        let s = suffix(lang);
        insta::assert_snapshot!(
            format!("cohort_table_{s}"),
            coaching::cohort_table(&c, lang)
        );
        insta::assert_snapshot!(
            format!("cohort_markdown_{s}"),
            coaching::cohort_markdown(&c, lang)
        );
        insta::assert_snapshot!(format!("cohort_html_{s}"), coaching::cohort_html(&c, lang));
        let delimiter = match lang {
            Lang::Fr => b';',
            Lang::En => b',',
        };
        insta::assert_snapshot!(
            format!("cohort_csv_{s}"),
            coaching::cohort_csv(&c, lang, delimiter).expect("csv")
        );
    }
}

/// The real cm profile: 46 requirements, long titles, a wide heatmap.
#[test]
fn cohort_cm_table_snapshot() {
    let c = cm_cohort();
    insta::assert_snapshot!("cohort_table_cm_fr", coaching::cohort_table(&c, Lang::Fr));
}

// ---------------------------------------------------------------------------
// Terminal

#[test]
fn terminal_text_fits_in_100_columns() {
    let c = comparison();
    let p = progress();
    for lang in LANGS {
        for (name, text) in [
            ("comparison", coaching::comparison_text(&c, lang)),
            ("progress", coaching::progress_text(&p, lang)),
            (
                "small cohort",
                coaching::cohort_table(&small_cohort(), lang),
            ),
            ("cm cohort", coaching::cohort_table(&cm_cohort(), lang)),
        ] {
            assert!(max_width(&text) <= 100, "{name} {lang}:\n{text}");
            assert!(
                text.lines().all(|l| l == l.trim_end()),
                "{name} {lang}: trailing spaces"
            );
        }
    }
}

#[test]
fn the_cohort_table_says_what_the_cohort_says() {
    let text = coaching::cohort_table(&small_cohort(), Lang::En);
    // Requirements in priority order with below/total, mean gap and
    // priority; a trait shown by its kind, not its internal id.
    assert!(!text.contains("  se.tenacity  "), "{text}");
    let order: Vec<usize> = ["A.3", "attitude", "B.1"]
        .iter()
        .map(|id| text.find(&format!("  {id}  ")).expect(id))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    let tenacity = text
        .lines()
        .find(|l| l.contains("  attitude  "))
        .expect("row");
    assert!(
        tenacity.contains("1/3") && tenacity.ends_with("37.5"),
        "{tenacity}"
    );
    // Largest gaps and the heatmap rows, as in tests/cohort_data.rs.
    assert!(text.contains("A.3 \u{2212}2, B.1 \u{2212}2"), "{text}");
    assert!(
        text.contains("Tenacity \u{2212}3, A.3 \u{2212}1") && !text.contains("se.tenacity"),
        "{text}"
    );
    // One row per person: Ana's self-rating gives way to her coach's.
    for (name, cells) in [
        ("Chloé Dubois", "···"),
        ("Bob Leroy", "2·2"),
        ("ANA MARTIN", "13·"),
    ] {
        assert!(
            text.lines()
                .any(|l| l.starts_with(name) && l.ends_with(&format!("  {cells}"))),
            "{name} {cells}\n{text}"
        );
    }
    assert!(!text.lines().any(|l| l.starts_with("Ana Martin")), "{text}");
    assert!(text.contains("broken.json"));
    assert!(text.contains("score-seven.json"));
    let unwrapped = text.replace("\n  ", " ");
    assert!(
        unwrapped.contains(
            "the coach's rating counts: tests/fixtures/cohort/team-b/coached/ana-coach.json"
        ),
        "{text}"
    );
}

// ---------------------------------------------------------------------------
// CSV

#[test]
fn cohort_csv_reads_back_into_the_heatmap() {
    let c = cm_cohort();
    for (lang, delimiter) in [(Lang::Fr, b';'), (Lang::En, b','), (Lang::En, b'\t')] {
        let text = coaching::cohort_csv(&c, lang, delimiter).expect("csv");
        // A `;` CSV is for a French spreadsheet: decimal commas.
        let number = |cell: &str| -> f64 {
            let cell = if delimiter == b';' {
                cell.replace(',', ".")
            } else {
                cell.to_string()
            };
            cell.parse().expect("a number")
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(header, coaching::COHORT_COLUMNS);
        let column = |name: &str| header.iter().position(|h| h == name).expect(name);
        let (person, rater, path, fit, item, gap, points) = (
            column("person"),
            column("rater"),
            column("path"),
            column("fit"),
            column("item"),
            column("gap"),
            column("points_lost"),
        );

        let mut gaps: HashMap<(String, String, String), u8> = HashMap::new();
        let mut priority: HashMap<String, f64> = HashMap::new();
        let mut rows = 0;
        for record in reader.records() {
            let record = record.expect("record");
            assert_eq!(record.len(), header.len());
            let key = (
                record[person].to_string(),
                record[rater].to_string(),
                record[item].to_string(),
            );
            let value: u8 = record[gap].parse().expect("gap is a number");
            assert!(
                gaps.insert(key, value).is_none(),
                "one row per person × item"
            );
            let who = c
                .people
                .iter()
                .find(|p| p.person == record[person] && p.rater.code() == &record[rater])
                .expect("a person of the cohort");
            // Only the people counted in the means make the priorities.
            if who.counted {
                *priority.entry(record[item].to_string()).or_default() += number(&record[points]);
            }
            assert_eq!(record[path], who.path);
            // Exact, as in the JSON.
            assert_eq!(number(&record[fit]), who.fit);
            rows += 1;
        }
        assert_eq!(rows, c.people.len() * c.heatmap.items.len());
        for (p, row) in c.people.iter().zip(&c.heatmap.rows) {
            for (id, &expected) in c.heatmap.items.iter().zip(row) {
                let key = (p.person.clone(), p.rater.code().to_string(), id.to_string());
                assert_eq!(Some(gaps[&key]), expected, "{key:?}");
            }
        }
        // The points lost add up to each requirement's training priority.
        for r in &c.requirements {
            let sum = priority.get(r.item.as_str()).copied().unwrap_or(0.0);
            assert!(
                (sum - r.priority).abs() < 1e-9,
                "{}: {} vs {}",
                r.item,
                sum,
                r.priority
            );
        }
    }
}

#[test]
fn cohort_csv_keeps_hostile_names_whole() {
    let mut c = small_cohort();
    let name = "Ana \"Nana\"; Martin, Jr\nline two";
    c.people[0].person = name.to_string();
    for delimiter in [b',', b';', b'\t'] {
        let text = coaching::cohort_csv(&c, Lang::En, delimiter).expect("csv");
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let first = reader.records().next().expect("a row").expect("record");
        assert_eq!(&first[0], name);
    }
}

// ---------------------------------------------------------------------------
// HTML

#[test]
fn cohort_html_references_nothing_outside_the_file() {
    for cohort in [small_cohort(), cm_cohort()] {
        for lang in LANGS {
            let html = coaching::cohort_html(&cohort, lang);
            let offenders = common_html::external_references(&html);
            assert!(offenders.is_empty(), "{lang}: {offenders:#?}");
        }
    }
    // The scan itself finds what it looks for.
    let bad = "<p><a href=\"https://x.org\">x</a><img src=\"a.png\"><b onclick=\"x\"></b></p>";
    let offenders = common_html::external_references(bad);
    for expected in [
        "contains \"https:\"",
        "contains \"<img\"",
        "href to \"https://x.org\"",
        "attribute onclick",
    ] {
        assert!(offenders.iter().any(|o| o == expected), "{offenders:#?}");
    }
}

#[test]
fn cohort_html_is_balanced_landscape_and_colour_plus_symbol() {
    let c = small_cohort();
    let html = coaching::cohort_html(&c, Lang::Fr);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    for tag in [
        "html", "head", "body", "main", "header", "footer", "section", "table", "thead", "tbody",
        "tr", "th", "td", "ul", "li", "dl", "p", "h1", "h2", "style", "title",
    ] {
        let (opened, closed) = common_html::balance(&html, tag);
        assert_eq!(opened, closed, "<{tag}> opened {opened}, closed {closed}");
    }
    assert_eq!(common_html::balance(&html, "style"), (1, 1));
    assert!(html.contains("@page{size:A4 landscape}"));
    assert!(html.contains("position:sticky"));
    // Bob: A.3 −2, tenacity met, B.1 −2; Ana (by her coach): −1, −3, met.
    assert!(html.contains("<td class=\"g2\">2</td><td class=\"g0\">·</td><td class=\"g2\">2</td>"));
    assert!(html.contains("<td class=\"g1\">1</td><td class=\"g3\">3</td><td class=\"g0\">·</td>"));
    // Every cell has a symbol: as many cells as people × requirements.
    let cells = html.matches("<td class=\"g").count();
    assert_eq!(cells, c.people.len() * c.heatmap.items.len());
    assert!(html.contains("70,8\u{202f}%"));
    let en = coaching::cohort_html(&c, Lang::En);
    assert!(en.contains("70.8%") && en.contains("3 levels short or more"));
}

#[test]
fn cohort_html_escapes_a_hostile_name() {
    let mut c = small_cohort();
    c.people[0].person = HOSTILE.to_string();
    c.duplicates[0].person = "\"><img src=x onerror=alert(2)>".to_string();
    c.invalid[0].error = format!("bad {HOSTILE}");
    let html = coaching::cohort_html(&c, Lang::En);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
    let lower = html.to_ascii_lowercase();
    for needle in ["<script", "<img"] {
        assert!(!lower.contains(needle), "{needle} got through");
    }
    // Escaped text is only text: nothing reaches outside the file.
    let tags = common_html::tags(&html);
    assert!(
        tags.iter()
            .all(|t| !t.to_ascii_lowercase().starts_with("<img"))
    );
    assert!(fixtures().is_dir(), "tests run from the workspace root");
}

#[test]
fn cohort_markdown_escapes_a_hostile_name() {
    let mut c = small_cohort();
    c.people[0].person = "| x | *y*".to_string();
    let md = coaching::cohort_markdown(&c, Lang::En);
    // The person's cells stay within the table: pipes and emphasis escaped.
    assert!(md.contains("| \\| x \\| \\*y\\* | coach |"), "{md}");
}
