//! The Markdown and CSV renderings of reports, plans, guides and job sheets.

mod common_report;

use std::collections::HashMap;
use std::path::PathBuf;

use bilan_core::{Assessment, Lang, store};
use bilan_report as report;
use common_report::{GENERATED, ana, ana_pair, build, build_compared, fixture, library, suffix};

// ---------------------------------------------------------------------------
// 1. Snapshots

#[test]
fn markdown_report_snapshots() {
    let library = library();
    let assessment = ana();
    for lang in [Lang::Fr, Lang::En] {
        let text = report::markdown::report(&build(&library, &assessment, lang));
        insta::assert_snapshot!(format!("markdown_report_{}", suffix(lang)), text);
    }
}

#[test]
fn markdown_plan_snapshots() {
    let library = library();
    let assessment = ana();
    for lang in [Lang::Fr, Lang::En] {
        let plan = report::build_plan(&library, &assessment, None, lang, common_report::GENERATED)
            .expect("plan");
        let text = report::markdown::plan(&plan, lang);
        insta::assert_snapshot!(format!("markdown_plan_{}", suffix(lang)), text);
    }
}

#[test]
fn markdown_guide_snapshots() {
    let library = library();
    let profile = library.profile("cm").expect("cm");
    for lang in [Lang::Fr, Lang::En] {
        let guide = report::build_guide(&library, profile, lang);
        let text = report::markdown::guide(&guide);
        insta::assert_snapshot!(format!("markdown_guide_cm_{}", suffix(lang)), text);
    }
}

#[test]
fn markdown_job_sheet_snapshots() {
    let library = library();
    let profile = library.profile("ite").expect("ite");
    for lang in [Lang::Fr, Lang::En] {
        let sheet = report::job_sheet(&library.catalogue, profile, lang);
        let text = report::markdown::job_sheet(&sheet);
        insta::assert_snapshot!(format!("markdown_job_sheet_ite_{}", suffix(lang)), text);
    }
}

/// The CM's A.7 2–3 comes from seed 004 although the e-CF 4.0 defines A.7
/// from level 3: the job sheet says so, in words, beside the e-CF edition,
/// each competence's defined levels and the D.6 reading bilan follows.
#[test]
fn the_job_sheet_states_the_ecf_edition_and_the_requirement_outside_its_range() {
    let library = library();
    let cm = library.profile("cm").expect("cm");
    for (lang, note, edition, heading) in [
        (
            Lang::En,
            "A.7 — level 2 asked by the source (e-CF profile Online Community Manager), below \
             the e-CF's range for A.7 (3–5)",
            "follow e-CF 4.0 (EN 16234-1:2019)",
            "Where bilan follows a seed rather than the e-CF's text",
        ),
        (
            Lang::Fr,
            "A.7 — niveau 2 demandé par la source (Profil e-CF «\u{202f}Responsable de \
             Communauté en ligne\u{202f}»), sous la plage de l'e-CF pour A.7 (3–5)",
            "suivent l'e-CF 4.0 (EN 16234-1:2019)",
            "Là où bilan suit une source plutôt que le texte de l'e-CF",
        ),
    ] {
        let sheet = report::job_sheet(&library.catalogue, cm, lang);
        let a7 = sheet.competences.iter().find(|r| r.item == "A.7").unwrap();
        assert_eq!(a7.level, "2–3");
        assert_eq!(a7.ecf_levels.as_deref(), Some("3–5"));
        assert!(a7.outside_ecf.is_some());
        // Only A.7 sits outside the e-CF's range on the CM's sheet.
        let outside: Vec<&str> = sheet
            .competences
            .iter()
            .filter(|r| r.outside_ecf.is_some())
            .map(|r| r.item.as_str())
            .collect();
        assert_eq!(outside, ["A.7"]);
        assert_eq!(sheet.ecf_version, bilan_core::ECF_VERSION);
        let md = report::markdown::job_sheet(&sheet);
        assert!(md.contains(note), "{lang:?}: {md}");
        assert!(md.contains(edition), "{lang:?}");
        assert!(md.contains(heading), "{lang:?}");
        assert!(md.contains("| A.7 | "), "{lang:?}");
        assert!(
            md.contains(" | 2–3 | 3–5 |"),
            "{lang:?}: A.7's row gives both ranges"
        );
        let html = report::html::job_sheet(&sheet);
        assert!(html.contains("ecf-outside"), "{lang:?}");
        assert!(html.contains("EN 16234-1:2019"), "{lang:?}");
    }
    // The ITE asks nothing outside the e-CF's range: no such list.
    let ite = report::job_sheet(
        &library.catalogue,
        library.profile("ite").unwrap(),
        Lang::En,
    );
    assert!(!report::markdown::job_sheet(&ite).contains("outside the e-CF's range"));
}

#[test]
fn csv_snapshots() {
    let library = library();
    let assessment = ana();
    let comma = report::csv::items(&library, std::slice::from_ref(&assessment), Lang::En, b',')
        .expect("csv");
    insta::assert_snapshot!("csv_comma_en", comma);
    let semicolon = report::csv::items(&library, std::slice::from_ref(&assessment), Lang::Fr, b';')
        .expect("csv");
    insta::assert_snapshot!("csv_semicolon_fr", semicolon);
}

// ---------------------------------------------------------------------------
// 2. The CSV says the same numbers as the data

fn parse_csv(text: &str, delimiter: u8) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|record| {
            let record = record.expect("record");
            assert_eq!(record.len(), header.len(), "row width: {record:?}");
            header
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_string))
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
fn csv_numbers_match_the_assessment_and_profiles() {
    let library = library();
    let ana = ana();
    let mut other = Assessment::new("Bob; \"B\" Dupont", bilan_core::Rater::Coach, Lang::Fr);
    other.scores.insert("A.3".into(), 5.into());
    other.scores.insert("se.tenacity".into(), 0.into());
    // "Not applicable" is written `na`, its gaps left empty, never 0.
    other
        .scores
        .insert("E.7".into(), bilan_core::Answer::NotApplicable);
    other
        .notes
        .insert("A.3".into(), "line 1\nline 2, \"quoted\"; done".into());
    other.updated = None;
    other.created = Some("2025-02-01T08:00:00Z".into());
    let people = [ana, other];

    for (delimiter, lang) in [(b',', Lang::En), (b';', Lang::Fr)] {
        let text = report::csv::items(&library, &people, lang, delimiter).expect("csv");
        let (header, rows) = parse_csv(&text, delimiter);

        let mut expected_header: Vec<String> = [
            "person", "rater", "date", "item", "title", "kind", "area", "score", "note",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for p in &library.profiles {
            expected_header.push(format!("required_{}", p.id));
            expected_header.push(format!("gap_{}", p.id));
        }
        assert_eq!(header, expected_header);

        let items = library.catalogue.items();
        assert_eq!(rows.len(), people.len() * items.len());
        for (chunk, person) in rows.chunks(items.len()).zip(&people) {
            for (row, item) in chunk.iter().zip(items) {
                assert_eq!(row["person"], person.person);
                assert_eq!(row["rater"], person.rater.code());
                let date = person.updated.clone().or(person.created.clone());
                assert_eq!(row["date"], date.unwrap_or_default().as_str());
                assert_eq!(row["item"], item.id, "catalogue order");
                assert_eq!(row["title"], item.title.get(lang));
                assert_eq!(row["area"], item.section_id());
                let answer = person.scores.get(item.id.as_str()).copied();
                let score = answer.and_then(|a| a.level());
                let written = answer.map(|a| a.to_string()).unwrap_or_default();
                assert_eq!(
                    row["score"], written,
                    "score of {} for {}",
                    item.id, person.person
                );
                if item.id == "E.7" && person.person.starts_with("Bob") {
                    assert_eq!(row["score"], "na");
                }
                assert_eq!(
                    row["note"],
                    person
                        .notes
                        .get(item.id.as_str())
                        .cloned()
                        .unwrap_or_default()
                );
                for profile in &library.profiles {
                    let required = &row[&format!("required_{}", profile.id)];
                    let gap = &row[&format!("gap_{}", profile.id)];
                    match profile.requirements.iter().find(|r| r.item == item.id) {
                        Some(req) => {
                            assert_eq!(required.parse::<u8>().ok(), Some(req.min));
                            if answer.is_some_and(|a| a.is_not_applicable()) {
                                assert!(gap.is_empty(), "no gap for na: {gap}");
                                continue;
                            }
                            let want = i32::from(req.min) - i32::from(score.unwrap_or(0));
                            assert_eq!(gap.parse::<i32>().ok(), Some(want.max(0)));
                        }
                        None => {
                            assert!(required.is_empty(), "{} {}", profile.id, item.id);
                            assert!(gap.is_empty(), "{} {}", profile.id, item.id);
                        }
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 3. Markdown sanity

/// Cells of a table row: split on `|` not escaped by a backslash, as GFM does.
fn cell_count(line: &str) -> usize {
    let body = line.trim();
    let body = body.strip_prefix('|').unwrap_or(body);
    let mut count = 1;
    let mut previous = ' ';
    let chars: Vec<char> = body.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '|' && previous != '\\' && i + 1 < chars.len() {
            count += 1;
        }
        previous = c;
    }
    count
}

/// Every table (consecutive lines starting with `|`) is well formed: a
/// header, a delimiter row, and rows as wide as the header.
fn check_tables(text: &str) -> usize {
    let mut tables = 0;
    let mut block: Vec<&str> = Vec::new();
    let mut check = |block: &mut Vec<&str>| {
        if block.is_empty() {
            return;
        }
        assert!(block.len() >= 2, "table without delimiter row: {block:?}");
        let width = cell_count(block[0]);
        assert!(
            block[1]
                .split('|')
                .filter(|c| !c.trim().is_empty())
                .all(|c| c.trim().trim_matches(':').chars().all(|ch| ch == '-')),
            "bad delimiter row {:?}",
            block[1]
        );
        for row in block.iter() {
            assert!(row.trim_end().ends_with('|'), "row not closed: {row:?}");
            assert_eq!(
                cell_count(row),
                width,
                "row {row:?} vs header {:?}",
                block[0]
            );
        }
        tables += 1;
        block.clear();
    };
    for line in text.lines() {
        if line.starts_with('|') {
            block.push(line);
        } else {
            check(&mut block);
        }
    }
    check(&mut block);
    tables
}

#[test]
fn tables_are_well_formed() {
    let library = library();
    let assessment = ana();
    for lang in [Lang::Fr, Lang::En] {
        let text = report::markdown::report(&build(&library, &assessment, lang));
        // Ranking and largest gaps, then requirements and areas of the
        // best-fitting profile (the only one detailed).
        assert_eq!(check_tables(&text), 1 + 1 + 2);
        for profile in &library.profiles {
            let sheet = report::job_sheet(&library.catalogue, profile, lang);
            assert!(check_tables(&report::markdown::job_sheet(&sheet)) >= 1);
        }
    }
}

#[test]
fn hostile_names_and_notes_do_not_break_the_layout() {
    let library = library();
    let mut assessment = ana();
    assessment.person = "Eve | Mallory\n# pwned".into();
    assessment.coach = Some("Coach | X\n---".into());
    assessment.rater = bilan_core::Rater::Coach;
    assessment.notes.insert(
        "A.3".into(),
        "a | b\n# heading\n---\n| x | y |\n|---|---|\n1. list\n    code\n<script>".into(),
    );
    for lang in [Lang::Fr, Lang::En] {
        let text = report::markdown::report(&build(&library, &assessment, lang));
        assert_eq!(check_tables(&text), 1 + 1 + 2);
        let first = text.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("# ") && first.contains("pwned"),
            "{first}"
        );
        for line in text.lines().skip(1) {
            assert!(!line.starts_with("# "), "second title: {line}");
            assert!(
                !line.contains("pwned") && !line.contains("<script>"),
                "{line}"
            );
            if line.starts_with('#') {
                assert!(!line.contains("heading"), "note made a heading: {line}");
            }
            if line.starts_with('>') {
                let inner = line.trim_start_matches('>').trim_start();
                assert!(
                    !inner.starts_with('#')
                        && !inner.starts_with('|')
                        && !inner.starts_with("---")
                        && !inner.starts_with("1."),
                    "note line starts a block: {line}"
                );
            }
        }
        // The single thematic break is the footer's.
        assert_eq!(text.lines().filter(|l| l.trim() == "---").count(), 1);
        assert!(text.contains("a \\| b"));
    }
}

#[test]
fn numbers_are_localised() {
    let library = library();
    let assessment = ana();
    let fr = report::markdown::report(&build(&library, &assessment, Lang::Fr));
    let en = report::markdown::report(&build(&library, &assessment, Lang::En));
    assert!(fr.contains("\u{202f}%"));
    assert!(fr.contains("\u{a0}:**"));
    assert!(!en.contains("\u{a0}"));
    let fit = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("| 1 |"))
            .map(str::to_string)
            .unwrap_or_default()
    };
    assert!(fit(&fr).contains(','), "{}", fit(&fr));
    assert!(
        fit(&en).contains('.') && !fit(&en).contains(" %"),
        "{}",
        fit(&en)
    );
}

#[test]
fn empty_cases_use_the_labels() {
    let library = library();
    let empty = Assessment::new("Nobody", bilan_core::Rater::SelfRated, Lang::En);
    let text = report::markdown::report(&build(&library, &empty, Lang::En));
    let l = report::l10n::labels(Lang::En);
    // No notes: no notes section at all.
    assert!(!text.contains(l.no_notes) && !text.contains(&format!("## {}", l.notes)));
    assert!(text.contains(report::l10n::strings(Lang::En).no_strengths));

    let mut perfect = Assessment::new("Ace", bilan_core::Rater::SelfRated, Lang::Fr);
    for item in library.catalogue.items() {
        perfect.scores.insert(item.id.to_string(), 5.into());
    }
    let text = report::markdown::report(&build(&library, &perfect, Lang::Fr));
    assert!(text.contains(report::l10n::labels(Lang::Fr).no_gaps));
}

#[test]
fn output_is_deterministic() {
    let library = library();
    let assessment = ana();
    let once = report::markdown::report(&build(&library, &assessment, Lang::Fr));
    let twice = report::markdown::report(&build(&library, &assessment, Lang::Fr));
    assert_eq!(once, twice);
}

// ---------------------------------------------------------------------------
// 4. Every assessment fixture renders

#[test]
fn every_assessment_fixture_renders() {
    let library = library();
    let dir = fixture("");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut rendered = 0;
    for path in files {
        let Ok(assessment) = store::load_assessment(&path) else {
            continue;
        };
        for lang in [Lang::Fr, Lang::En] {
            let text = report::markdown::report(&build(&library, &assessment, lang));
            assert!(!text.is_empty(), "{}", path.display());
            check_tables(&text);
            for delimiter in [b',', b';'] {
                let csv = report::csv::items(
                    &library,
                    std::slice::from_ref(&assessment),
                    lang,
                    delimiter,
                )
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert_eq!(csv.lines().count(), 1 + library.catalogue.len());
            }
        }
        rendered += 1;
    }
    assert!(rendered >= 2, "ana.json and minimal.json at least");
}

// ---------------------------------------------------------------------------
// 5. With the other rater's assessment: the self vs coach section

#[test]
fn markdown_report_with_comparison_snapshots() {
    let library = library();
    let (me, coach) = ana_pair();
    for lang in [Lang::Fr, Lang::En] {
        let text = report::markdown::report(&build_compared(&library, &me, &coach, lang));
        insta::assert_snapshot!(format!("markdown_report_compared_{}", suffix(lang)), text);
    }
}

#[test]
fn json_comparison_snapshots() {
    let library = library();
    let (me, coach) = ana_pair();
    for lang in [Lang::Fr, Lang::En] {
        // The coach's report: the comparison is the same, `other` is `self`.
        let report = build_compared(&library, &coach, &me, lang);
        let text = report::to_json(&report.comparison);
        insta::assert_snapshot!(format!("json_comparison_{}", suffix(lang)), text);
    }
}

#[test]
fn comparison_section_follows_the_ranking_and_its_tables_are_well_formed() {
    let library = library();
    let (me, coach) = ana_pair();
    for lang in [Lang::Fr, Lang::En] {
        let l = report::l10n::labels(lang);
        let text = report::markdown::report(&build_compared(&library, &me, &coach, lang));
        // Ranking, largest gaps, fits, items, both raters' notes, then CNO's
        // requirements and areas.
        assert_eq!(check_tables(&text), 7);
        let ranking = text
            .find(&format!("## {}", l.at_a_glance))
            .expect("ranking");
        let section = text.find(&format!("## {}", l.comparison)).expect("section");
        let cno = text.find("## Chief Networking Officer (cno)").expect("cno");
        assert!(ranking < section && section < cno);
        // Two levels apart: bold and `!!`; one level: `!`; one-sided: `·`.
        let row = |item: &str| {
            text[section..cno]
                .lines()
                .find(|l| l.starts_with(&format!("| {item} |")))
                .unwrap_or_default()
                .to_string()
        };
        assert!(
            row("B.1").ends_with("| **+2** | **!!** |"),
            "{}",
            row("B.1")
        );
        assert!(row("A.3").ends_with("| −1 | ! |"), "{}", row("A.3"));
        assert!(row("D.6").ends_with("|  | · |"), "{}", row("D.6"));
    }
    let fr = report::markdown::report(&build_compared(&library, &me, &coach, Lang::Fr));
    assert!(fr.contains("## Auto-évaluation et évaluation du coach"));
    assert!(fr.contains("Marc Aubert, 2025-03-02"));
    let en = report::markdown::report(&build_compared(&library, &me, &coach, Lang::En));
    assert!(en.contains("## Self-rating and coach's rating"));
}

#[test]
fn hostile_coach_names_do_not_break_the_section() {
    let library = library();
    let (me, mut coach) = ana_pair();
    coach.coach = Some("Mallory | X\n# pwned".into());
    let text = report::markdown::report(&build_compared(&library, &me, &coach, Lang::En));
    assert_eq!(check_tables(&text), 7);
    assert!(text.contains("Mallory \\| X \\# pwned"), "{text}");
    assert!(!text.lines().any(|l| l.starts_with("# pwned")));
}

#[test]
fn compared_csv_adds_the_other_score_and_the_difference() {
    let library = library();
    let (me, coach) = ana_pair();
    for (this, other) in [(&me, &coach), (&coach, &me)] {
        let text = report::render(
            &library,
            this,
            report::Options {
                lang: Lang::Fr,
                profile: None,
                generated: GENERATED,
                other: Some(other),
            },
            report::Format::Csv,
            b';',
        )
        .expect("csv");
        let (header, rows) = parse_csv(&text, b';');
        let plain =
            report::csv::items(&library, std::slice::from_ref(this), Lang::Fr, b';').expect("csv");
        let (plain_header, _) = parse_csv(&plain, b';');
        // The usual columns, then the two of the comparison.
        assert_eq!(header[..plain_header.len()], plain_header[..]);
        assert_eq!(
            header[plain_header.len()..],
            ["other_score", "coach_minus_self"]
        );
        assert_eq!(rows.len(), library.catalogue.len());
        for row in &rows {
            let item = row["item"].as_str();
            let other_score = other.scores.get(item).map(|a| a.to_string());
            assert_eq!(
                row["other_score"],
                other_score.unwrap_or_default(),
                "{item}"
            );
            let difference = match (me.score(item), coach.score(item)) {
                (Some(s), Some(c)) => (i16::from(c) - i16::from(s)).to_string(),
                _ => String::new(),
            };
            assert_eq!(row["coach_minus_self"], difference, "{item}");
        }
        // Hand-checked: self 1, coach 3 on B.1.
        let b1 = rows.iter().find(|r| r["item"] == "B.1").expect("B.1");
        let want = if this.rater == bilan_core::Rater::SelfRated {
            "3"
        } else {
            "1"
        };
        assert_eq!(
            (b1["other_score"].as_str(), b1["coach_minus_self"].as_str()),
            (want, "2")
        );
    }
}
