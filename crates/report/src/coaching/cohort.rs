//! The cohort for the terminal, and the cohort figures every format of it
//! shares (required level, largest gaps, distribution, points lost).

use std::fmt::Write as _;

use crate::coaching::common::{MIN_FLEX, WIDTH, day_or_dash, gap_symbol};
use crate::coaching::text::{Side, facts, grid, pad, plain, text_field, text_heading, wrapped};
use crate::l10n::matching::{capitalized, ranking_words};
use crate::l10n::{
    Coaching, CoachingDocs, MINUS, answers, coaching, coaching_docs, labels, number, percent,
    strings, truncate, width,
};
use bilan_core::assessment::Rater;
use bilan_core::cohort::{Cohort, DuplicateReason, InvalidFile, PersonFit, RequirementGaps};
use bilan_core::profile::Importance;
use bilan_core::text::Lang;

/// Names are cut to this many columns in the terminal heatmap.
const HEATMAP_NAME: usize = 24;

/// `3`, or `2–3` for a range.
pub(super) fn required_text(r: &RequirementGaps) -> String {
    match r.required_max {
        Some(max) if max != r.required => format!("{}–{max}", r.required),
        _ => r.required.to_string(),
    }
}

pub(super) fn rater_code(rater: Rater, cw: &Coaching) -> &'static str {
    match rater {
        Rater::SelfRated => cw.col_self,
        Rater::Coach => cw.col_coach,
    }
}

/// A person's three largest gaps: `C.4 −2, E.3 −1`, or `—`.
pub fn largest_gaps(p: &PersonFit, c: &Cohort, lang: Lang) -> String {
    if p.largest_gaps.is_empty() {
        return "—".to_string();
    }
    let parts: Vec<String> = p
        .largest_gaps
        .iter()
        .map(|g| format!("{} {MINUS}{}", gap_name(g.item.as_str(), c, lang), g.gap))
        .collect();
    parts.join(", ")
}

/// An item in a list of gaps: its e-CF code, else its title made short
/// (never a trait's internal id).
fn gap_name(item: &str, c: &Cohort, lang: Lang) -> String {
    if crate::l10n::sources::is_ecf_code(item) {
        return item.to_string();
    }
    c.requirements
        .iter()
        .find(|r| r.item.as_str() == item)
        .map(|r| crate::l10n::sources::short_title(r.title.get(lang), 24))
        .unwrap_or_else(|| crate::l10n::sources::item_code(item, lang))
}

/// `0:5 1:4 2:3 3:0 4:0 5:0`: people short by each number of levels.
pub(super) fn distribution(r: &RequirementGaps) -> String {
    let parts: Vec<String> = r
        .distribution
        .iter()
        .enumerate()
        .map(|(gap, n)| format!("{gap}:{n}"))
        .collect();
    parts.join(" ")
}

/// The distribution as six bars one column apart, each as tall as the
/// share of people at that gap; `·` where nobody is: `█ · ▄ ▄ · ·`.
fn sparkline(r: &RequirementGaps, people: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let cells: Vec<String> = r
        .distribution
        .iter()
        .map(|&n| {
            if n == 0 || people == 0 {
                '·'
            } else {
                let eighths = (n * BARS.len()).div_ceil(people).clamp(1, BARS.len());
                BARS[eighths - 1]
            }
            .to_string()
        })
        .collect();
    cells.join(" ")
}

/// `7/12`: people below target out of those counted in the means; out of those who gave a level
/// when some answered "not applicable", counted after: `1/1 (+1 n/a)`.
pub(super) fn below(r: &RequirementGaps, people: usize, lang: Lang) -> String {
    if r.not_applicable == 0 {
        return format!("{}/{people}", r.below);
    }
    format!(
        "{}/{} (+{} {})",
        r.below,
        people.saturating_sub(r.not_applicable),
        r.not_applicable,
        answers(lang).not_applicable_short
    )
}

/// Whether anyone answered "not applicable" to a requirement: the
/// documents then explain `n/a` and the heatmap's `/`.
pub(super) fn any_not_applicable(c: &Cohort) -> bool {
    c.requirements.iter().any(|r| r.not_applicable > 0)
}

/// `18/30`: the profile's requirements a person answered, out of all.
/// The group's mean fit, or `—` when nobody answered enough to count.
pub(super) fn mean_fit(c: &Cohort, lang: Lang) -> String {
    if c.counted == 0 {
        "—".to_string()
    } else {
        percent(c.mean_fit, lang)
    }
}

/// `3/30 *` for a person left out of the means (too few answers).
pub(super) fn answered(c: &Cohort, p: &PersonFit) -> String {
    let mark = if p.counted { "" } else { " *" };
    format!("{}/{}{mark}", p.answered, c.requirements.len())
}

/// The fit points that `gap` levels short of `r` cost one person, exactly as
/// the cohort counts them (weight × levels, as a share of the profile's
/// weighted levels; exact). The cohort keeps only each person's three
/// largest gaps, so the others are worked out here from the same rule.
pub(super) fn points_lost(c: &Cohort, r: &RequirementGaps, gap: u8) -> f64 {
    // (A "not applicable" cell has no gap, and costs no point here.)
    let weight = |importance: Importance| -> u64 {
        match importance {
            Importance::Core => 2,
            Importance::Secondary => 1,
        }
    };
    let total: u64 = c
        .requirements
        .iter()
        .map(|q| weight(q.importance) * u64::from(q.required.max(1)))
        .sum();
    if total == 0 {
        return 0.0;
    }
    let units = weight(r.importance) * u64::from(gap);
    (units * 100) as f64 / total as f64
}

/// An invalid file's error without the path it starts with (as the
/// library's errors do): `line 4, column 3: expected …`.
pub(super) fn error_after_path(f: &InvalidFile) -> &str {
    match f.error.strip_prefix(f.path.as_str()) {
        Some(rest) => rest.trim_start_matches(':').trim_start(),
        None => &f.error,
    }
}

/// The requirement of each heatmap column (they are in the same order, but
/// found by id so a mismatch cannot shift a column).
pub(super) fn heatmap_requirements(c: &Cohort) -> Vec<Option<&RequirementGaps>> {
    c.heatmap
        .items
        .iter()
        .map(|id| c.requirements.iter().find(|r| &r.item == id))
        .collect()
}

/// The cohort's header: profile, files, people, mean fit.
fn cohort_header_text(out: &mut String, c: &Cohort, lang: Lang, w: &CoachingDocs) {
    let title = format!("{} — {} ({})", w.cohort_title, c.name.get(lang), c.profile);
    text_heading(out, &truncate(&plain(&title), WIDTH));
    let mut parts = vec![
        text_field(w.files_seen, &c.files.to_string(), lang),
        text_field(
            w.people_analysed,
            &format!(
                "{} ({})",
                c.people.len(),
                crate::l10n::matching::counted_in_means(c.counted, lang)
            ),
            lang,
        ),
        text_field(w.mean_fit, &mean_fit(c, lang), lang),
    ];
    if !c.invalid.is_empty() {
        parts.push(text_field(
            w.invalid_count,
            &c.invalid.len().to_string(),
            lang,
        ));
    }
    if !c.duplicates.is_empty() {
        parts.push(text_field(
            w.duplicate_count,
            &c.duplicates.len().to_string(),
            lang,
        ));
    }
    facts(out, &parts);
}

/// The cohort for the terminal: requirements by training priority, people,
/// the heatmap, then the files left out. At most [`WIDTH`] columns wide.
pub fn cohort_table(c: &Cohort, lang: Lang) -> String {
    let l = labels(lang);
    let w = coaching_docs(lang);
    let cw = coaching(lang);
    let people = c.people.len();
    let mut out = String::new();
    cohort_header_text(&mut out, c, lang, w);
    out.push('\n');

    text_heading(&mut out, w.priorities_title);
    let rows: Vec<Vec<String>> = c
        .requirements
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                (i + 1).to_string(),
                crate::l10n::sources::item_code(r.item.as_str(), lang),
                r.title.get(lang).to_string(),
                required_text(r),
                below(r, c.counted, lang),
                number(r.mean_gap, lang),
                sparkline(r, people),
                number(r.priority, lang),
            ]
        })
        .collect();
    grid(
        &mut out,
        &[
            ("#", Side::Right),
            (l.item, Side::Left),
            (l.title, Side::Left),
            (l.required, Side::Right),
            (w.below, Side::Right),
            (w.mean_gap, Side::Right),
            ("0 1 2 3 4 5", Side::Left),
            (w.priority, Side::Right),
        ],
        &rows,
        Some(2),
    );
    wrapped(&mut out, w.priority_note, "", "");
    wrapped(&mut out, w.spark_note, "", "");
    if any_not_applicable(c) {
        wrapped(&mut out, answers(lang).cohort_note, "", "");
    }
    out.push('\n');

    text_heading(&mut out, cw.tab_people);
    if c.people.is_empty() {
        let _ = writeln!(out, "{}", w.nobody);
    } else {
        let rows: Vec<Vec<String>> = c
            .people
            .iter()
            .map(|p| {
                vec![
                    p.person.clone(),
                    rater_code(p.rater, cw).to_string(),
                    percent(p.fit, lang),
                    percent(p.fit_ceiling, lang),
                    answered(c, p),
                    largest_gaps(p, c, lang),
                ]
            })
            .collect();
        let rw = ranking_words(lang);
        let ceiling = capitalized(rw.ceiling);
        grid(
            &mut out,
            &[
                (l.person, Side::Left),
                (l.rater, Side::Left),
                (l.fit, Side::Right),
                (&ceiling, Side::Right),
                (strings(lang).answered_short, Side::Right),
                (w.largest_gaps, Side::Left),
            ],
            &rows,
            Some(5),
        );
        wrapped(&mut out, rw.cohort_note, "", "");
        let rule = crate::l10n::matching::cohort_people_rule(c.min_answered_percent, lang);
        wrapped(&mut out, &rule, "", "");
        out.push('\n');
        heatmap_text(&mut out, c, lang);
    }

    if !c.invalid.is_empty() {
        out.push('\n');
        text_heading(&mut out, w.invalid_title);
        for f in &c.invalid {
            let line = format!("{}: {}", f.path, error_after_path(f));
            wrapped(&mut out, &line, "- ", "  ");
        }
    }
    if !c.duplicates.is_empty() {
        out.push('\n');
        text_heading(&mut out, w.duplicates_title);
        for d in &c.duplicates {
            let kept = match d.reason {
                DuplicateReason::Older => w.kept_newer,
                DuplicateReason::SameTime => w.kept_same_time,
                DuplicateReason::CoachRated => crate::l10n::matching::coach_rating_counts(lang),
            };
            let line = format!(
                "{} ({}, {}, {}): {kept} {}",
                d.path,
                d.person,
                rater_code(d.rater, cw),
                day_or_dash(d.updated.as_deref()),
                d.kept
            );
            wrapped(&mut out, &line, "- ", "  ");
        }
    }
    out
}

/// The heatmap for the terminal: one row per person, one character per
/// requirement (`·` met, `1`…`5` levels short), columns numbered as the
/// priority table; split in blocks when the requirements do not fit.
fn heatmap_text(out: &mut String, c: &Cohort, lang: Lang) {
    let (l, w, cw) = (labels(lang), coaching_docs(lang), coaching(lang));
    text_heading(out, cw.tab_heatmap);
    wrapped(
        out,
        &format!(
            "· {} · 1–5 {} · {}",
            l.met, w.levels_short, w.heatmap_columns
        ),
        "",
        "",
    );
    let names: Vec<String> = c
        .people
        .iter()
        .map(|p| truncate(&plain(&p.person), HEATMAP_NAME))
        .collect();
    let name_cols = names.iter().map(|n| width(n)).max().unwrap_or(0);
    let rater_cols = c
        .people
        .iter()
        .map(|p| width(rater_code(p.rater, cw)))
        .max()
        .unwrap_or(0);
    let prefix = name_cols + 2 + rater_cols + 2;
    let count = c.heatmap.items.len();
    let per_block = WIDTH.saturating_sub(prefix).max(MIN_FLEX);
    let digits = count.max(1).to_string().len();
    let mut start = 0;
    while start < count {
        let end = (start + per_block).min(count);
        out.push('\n');
        // Column numbers written downwards: tens above units.
        for d in 0..digits {
            let ruler: String = (start + 1..=end)
                .map(|k| format!("{k:>digits$}").chars().nth(d).unwrap_or(' '))
                .collect();
            // A digit row may be blank (no column reaches 100 here).
            if !ruler.trim().is_empty() {
                let _ = writeln!(out, "{}{}", " ".repeat(prefix), ruler.trim_end());
            }
        }
        for ((p, name), row) in c.people.iter().zip(&names).zip(&c.heatmap.rows) {
            let cells: String = row
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .map(|&g| gap_symbol(g))
                .collect();
            let _ = writeln!(
                out,
                "{}  {}  {cells}",
                pad(name, name_cols, false),
                pad(rater_code(p.rater, cw), rater_cols, false)
            );
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coaching::fixtures::{cohort, max_width, requirement};
    use crate::coaching::{COHORT_COLUMNS, cohort_csv, cohort_html, cohort_markdown};

    #[test]
    fn distributions_read_as_counts_and_as_bars() {
        let r = requirement("A.3", 3, Importance::Core, [5, 4, 3, 0, 0, 0]);
        assert_eq!(distribution(&r), "0:5 1:4 2:3 3:0 4:0 5:0");
        // Out of 12 people: 5 → ⌈40/12⌉ = 4 eighths, 4 → 3, 3 → 2.
        assert_eq!(sparkline(&r, 12), "▄ ▃ ▂ · · ·");
        let all = requirement("A.3", 3, Importance::Core, [0, 0, 0, 0, 0, 7]);
        assert_eq!(sparkline(&all, 7), "· · · · · █");
        assert_eq!(below(&r, 12, Lang::En), "7/12");
        let mut na = r.clone();
        na.not_applicable = 2;
        assert_eq!(below(&na, 12, Lang::En), "7/10 (+2 n/a)");
        assert_eq!(below(&na, 12, Lang::Fr), "7/10 (+2 s.o.)");
    }

    #[test]
    fn points_lost_follow_the_matching_rule() {
        let c = cohort();
        // A.3 core: 2 units a level of 8 → 25 points a level.
        assert_eq!(points_lost(&c, &c.requirements[0], 2), 50.0);
        assert_eq!(points_lost(&c, &c.requirements[1], 1), 12.5);
        assert_eq!(points_lost(&c, &c.requirements[1], 0), 0.0);
        // The same figures the cohort gives for the largest gaps.
        for (p, row) in c.people.iter().zip(&c.heatmap.rows) {
            for g in &p.largest_gaps {
                let at = c.heatmap.items.iter().position(|i| i == &g.item).unwrap();
                let r = c.requirements.iter().find(|r| r.item == g.item).unwrap();
                assert_eq!(points_lost(&c, r, row[at].unwrap_or(0)), g.points_lost);
            }
        }
    }

    #[test]
    fn cohort_table_has_every_part() {
        let text = cohort_table(&cohort(), Lang::En);
        for part in [
            "Cohort gap planning — Small (small)",
            "Files seen: 4 · People analysed: 2 (2 in the means) · Mean fit: 68.8%",
            "1/2",
            "Ana     self    87.5%    87.5%   2/2  B.1 \u{2212}1",
            "Bob     coach   50.0%    50.0%   2/2  A.3 \u{2212}2",
            "People are ranked by their fit, a floor",
            "Ana  self   ·1",
            "Bob  coach  2·",
            "team/bad.json",
            "team/ana-old.json (ana, self, —): kept the newer team/ana.json",
        ] {
            assert!(text.contains(part), "{part:?} missing in\n{text}");
        }
    }

    #[test]
    fn a_wide_heatmap_is_split_in_blocks() {
        let mut c = cohort();
        let n = 150;
        c.heatmap.items = (0..n).map(|i| format!("X.{i}").into()).collect();
        c.requirements = (0..n)
            .map(|i| {
                requirement(
                    &format!("X.{i}"),
                    1,
                    Importance::Secondary,
                    [1, 1, 0, 0, 0, 0],
                )
            })
            .collect();
        c.heatmap.rows = vec![vec![Some(1); n], vec![Some(0); n]];
        let text = cohort_table(&c, Lang::En);
        assert!(max_width(&text) <= WIDTH, "{text}");
        let blocks: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("Ana  self   "))
            .collect();
        // 100 − 12 columns of prefix = 88 requirements a block.
        assert_eq!(
            blocks.iter().map(|b| b.chars().count()).collect::<Vec<_>>(),
            [88, 62]
        );
        assert!(blocks.iter().all(|b| b.chars().all(|ch| ch == '1')));
        // Column numbers are written downwards, three digits deep: the
        // second block starts at 89 and ends at 150.
        let rulers: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("            ") && !l.trim().is_empty())
            .map(str::trim_start)
            .collect();
        assert_eq!(rulers.len(), 5, "{text}");
        assert!(rulers[0].starts_with("1111111111222"), "{rulers:?}");
        assert!(rulers[1].starts_with("123456789012"), "{rulers:?}");
        assert!(rulers[2].starts_with("111"), "{rulers:?}");
        assert!(rulers[3].starts_with("89999999999000"), "{rulers:?}");
        assert!(rulers[4].starts_with("9012345678901"), "{rulers:?}");
        assert!(rulers[4].ends_with("890"), "{rulers:?}");
    }

    #[test]
    fn empty_cohort_says_so() {
        let mut c = cohort();
        c.people.clear();
        c.heatmap.rows.clear();
        c.invalid.clear();
        c.duplicates.clear();
        assert!(cohort_table(&c, Lang::En).contains("No one to analyse."));
        assert!(cohort_markdown(&c, Lang::Fr).contains("Aucune personne à analyser."));
        let page = cohort_html(&c, Lang::En);
        assert!(page.contains("No one to analyse.") && !page.contains("class=\"heatmap\""));
        let csv = cohort_csv(&c, Lang::En, b',').unwrap();
        assert_eq!(csv, format!("{}\n", COHORT_COLUMNS.join(",")));
    }

    #[test]
    fn not_applicable_is_counted_apart_and_shown_as_a_slash() {
        let mut c = cohort();
        // Ana answered B.1 "not applicable": no gap, counted apart.
        c.requirements[1].not_applicable = 1;
        c.requirements[1].below = 0;
        c.heatmap.rows[0][1] = None;
        let text = cohort_table(&c, Lang::En);
        assert!(text.contains("0/1 (+1 n/a)"), "{text}");
        assert!(text.contains("Ana  self   ·/"), "{text}");
        assert!(
            text.contains(
                crate::l10n::answers(Lang::En)
                    .cohort_note
                    .split(';')
                    .next()
                    .unwrap()
            )
        );
        let csv = cohort_csv(&c, Lang::En, b',').expect("csv");
        let row = csv
            .lines()
            .find(|l| l.starts_with("Ana,") && l.contains(",B.1,"))
            .expect("Ana B.1");
        assert!(row.ends_with(",na,"), "gap na, no points: {row}");
        let html = cohort_html(&c, Lang::Fr);
        assert!(html.contains("<td class=\"na\">/</td>"), "{html}");
        let md = cohort_markdown(&c, Lang::Fr);
        assert!(md.contains("0/1 (+1 s.o.)"), "{md}");
    }
}
