//! Renderings of the coach's and trainer's results: self vs coach
//! comparison, progress between two dates, and cohort gap planning.
//!
//! The data ([`Comparison`], [`Progress`], [`Cohort`]) is built elsewhere in
//! no language; these functions only lay it out. Terminal text stays within
//! [`WIDTH`] columns (long titles and names are cut with `…`) and has every
//! control character of a file's text replaced, so a hostile name cannot
//! move the cursor. Markdown and HTML reuse the escaping, number and table
//! helpers of [`markdown`] and [`html`]. Meaning is always carried by a
//! symbol or a word as well as by colour: `!!`/`!`/`·` for disagreements,
//! `↑`/`↓`/`+`/`−` for progress, `·` and `1`…`5` in the heatmap.

use std::fmt::Write as _;

use super::html;
use super::labels::{Labels, labels};
use super::markdown::{self, Align, number, percent};
use crate::model::assessment::Rater;
use crate::model::cohort::{Cohort, DuplicateReason, InvalidFile, PersonFit, RequirementGaps};
use crate::model::compare::{Comparison, Movement, Progress, Severity, round2};
use crate::model::error::{Error, Result};
use crate::model::profile::Importance;
use crate::model::text::Lang;

/// The widest a line of terminal text gets, in columns.
pub const WIDTH: usize = 100;

/// A column cut to fit is never made narrower than this.
const MIN_FLEX: usize = 10;

/// Names are cut to this many columns in the terminal heatmap.
const HEATMAP_NAME: usize = 24;

/// The minus sign of differences and changes (`−1`, `−2,5`).
const MINUS: char = '\u{2212}';

// ---------------------------------------------------------------------------
// Words

/// The words of these documents that the shared [`Labels`] do not have.
pub(super) struct Words {
    // Comparison.
    pub(super) comparison_title: &'static str,
    pub(super) self_rating: &'static str,
    pub(super) coach_rating: &'static str,
    /// Column headers: the self-rating's score, the coach's, the agreed one.
    pub(super) self_score: &'static str,
    pub(super) coach_score: &'static str,
    pub(super) agreed: &'static str,
    pub(super) difference: &'static str,
    /// Header of the `!!`/`!`/`·` column.
    pub(super) flag: &'static str,
    pub(super) agree: &'static str,
    pub(super) minor: &'static str,
    pub(super) major: &'static str,
    pub(super) one_sided: &'static str,
    pub(super) items_by_disagreement: &'static str,
    pub(super) no_items: &'static str,
    pub(super) fits_by_profile: &'static str,
    /// Before a profile's place: "68.8% (rank 1)".
    pub(super) rank: &'static str,
    pub(super) agreed_note: &'static str,
    // Progress.
    progress_title: &'static str,
    before: &'static str,
    now: &'static str,
    change: &'static str,
    rose: &'static str,
    fell: &'static str,
    new: &'static str,
    removed: &'static str,
    unchanged: &'static str,
    what_moved: &'static str,
    nothing_moved: &'static str,
    /// "2 items unchanged (not listed)": after the count.
    unchanged_items: &'static str,
    swapped_note: &'static str,
    // Cohort.
    cohort_title: &'static str,
    files_seen: &'static str,
    people_analysed: &'static str,
    mean_fit: &'static str,
    invalid_count: &'static str,
    duplicate_count: &'static str,
    priorities_title: &'static str,
    below: &'static str,
    mean_gap: &'static str,
    distribution: &'static str,
    priority: &'static str,
    priority_note: &'static str,
    /// Under the terminal's sparkline column.
    spark_note: &'static str,
    people_title: &'static str,
    largest_gaps: &'static str,
    nobody: &'static str,
    heatmap_title: &'static str,
    heatmap_columns: &'static str,
    /// Legend of the heatmap: gap 0, 1, 2, and 3 or more.
    gap_met: &'static str,
    gap_one: &'static str,
    gap_two: &'static str,
    gap_three: &'static str,
    /// "1–5 levels short" in the heatmap legend.
    levels_short: &'static str,
    invalid_title: &'static str,
    duplicates_title: &'static str,
    /// "kept the newer <path>" / "same date: kept <path>".
    kept_newer: &'static str,
    kept_same_time: &'static str,
    /// One-word raters for narrow columns.
    self_code: &'static str,
    coach_code: &'static str,
}

pub(super) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

static FR: Words = Words {
    comparison_title: "Auto-évaluation et regard du coach",
    self_rating: "Auto-évaluation",
    coach_rating: "Évaluation du coach",
    self_score: "Auto",
    coach_score: "Coach",
    agreed: "Retenu",
    difference: "Écart",
    flag: "Repère",
    agree: "D'accord",
    minor: "Écart de 1",
    major: "Écart de 2 ou plus",
    one_sided: "Noté d'un seul côté",
    items_by_disagreement: "Éléments, du plus grand désaccord au plus petit",
    no_items: "Aucun élément noté.",
    fits_by_profile: "Adéquation par profil",
    rank: "rang",
    agreed_note: "Retenu : le niveau du coach quand il l'a donné, sinon celui de l'auto-évaluation.",
    progress_title: "Progression",
    before: "Avant",
    now: "Après",
    change: "Évolution",
    rose: "en hausse",
    fell: "en baisse",
    new: "nouveau",
    removed: "retiré",
    unchanged: "inchangés",
    what_moved: "Ce qui a bougé",
    nothing_moved: "Aucun niveau n'a changé.",
    unchanged_items: "éléments inchangés (non listés)",
    swapped_note: "Les fichiers étaient donnés du plus récent au plus ancien : ils ont été remis dans l'ordre.",
    cohort_title: "Besoins de formation de la cohorte",
    files_seen: "Fichiers examinés",
    people_analysed: "Personnes analysées",
    mean_fit: "Adéquation moyenne",
    invalid_count: "Fichiers non valides",
    duplicate_count: "Doublons écartés",
    priorities_title: "Exigences par priorité de formation",
    below: "Sous la cible",
    mean_gap: "Écart moyen",
    distribution: "Répartition des écarts",
    priority: "Priorité",
    priority_note: "Priorité : points d'adéquation perdus, additionnés sur toutes les personnes. \
                    Répartition : nombre de personnes à qui manquent 0, 1, … 5 niveaux.",
    spark_note: "Écarts 0 à 5 : part des personnes à qui manquent 0, 1, … 5 niveaux (· : personne).",
    people_title: "Personnes",
    largest_gaps: "Plus grands écarts",
    nobody: "Aucune personne à analyser.",
    heatmap_title: "Carte des écarts",
    heatmap_columns: "colonnes : les exigences numérotées (#) ci-dessus",
    gap_met: "atteint",
    gap_one: "1 niveau manquant",
    gap_two: "2 niveaux manquants",
    gap_three: "3 niveaux manquants ou plus",
    levels_short: "niveaux manquants",
    invalid_title: "Fichiers non valides (ignorés)",
    duplicates_title: "Doublons écartés",
    kept_newer: "conservé le plus récent",
    kept_same_time: "même date, conservé",
    self_code: "auto",
    coach_code: "coach",
};

static EN: Words = Words {
    comparison_title: "Self-rating and coach's rating",
    self_rating: "Self-rating",
    coach_rating: "Coach's rating",
    self_score: "Self",
    coach_score: "Coach",
    agreed: "Agreed",
    difference: "Diff.",
    flag: "Flag",
    agree: "Agree",
    minor: "Differ by 1",
    major: "Differ by 2 or more",
    one_sided: "Rated by one only",
    items_by_disagreement: "Items, widest disagreement first",
    no_items: "No item rated.",
    fits_by_profile: "Fit per profile",
    rank: "rank",
    agreed_note: "Agreed: the coach's score where given, else the self-rating's.",
    progress_title: "Progress",
    before: "Before",
    now: "Now",
    change: "Change",
    rose: "rose",
    fell: "fell",
    new: "new",
    removed: "removed",
    unchanged: "unchanged",
    what_moved: "What moved",
    nothing_moved: "No level changed.",
    unchanged_items: "items unchanged (not listed)",
    swapped_note: "The files were given newest first; they were put back in order.",
    cohort_title: "Cohort gap planning",
    files_seen: "Files seen",
    people_analysed: "People analysed",
    mean_fit: "Mean fit",
    invalid_count: "Invalid files",
    duplicate_count: "Duplicates left out",
    priorities_title: "Requirements by training priority",
    below: "Below",
    mean_gap: "Mean gap",
    distribution: "Gap distribution",
    priority: "Priority",
    priority_note: "Priority: fit points lost, summed over people. \
                    Distribution: how many people are 0, 1, … 5 levels short.",
    spark_note: "Gaps 0 to 5: share of people 0, 1, … 5 levels short (· none).",
    people_title: "People",
    largest_gaps: "Largest gaps",
    nobody: "No one to analyse.",
    heatmap_title: "Gap heatmap",
    heatmap_columns: "columns: the requirements numbered (#) above",
    gap_met: "met",
    gap_one: "1 level short",
    gap_two: "2 levels short",
    gap_three: "3 levels short or more",
    levels_short: "levels short",
    invalid_title: "Invalid files (skipped)",
    duplicates_title: "Duplicates left out",
    kept_newer: "kept the newer",
    kept_same_time: "same date, kept",
    self_code: "self",
    coach_code: "coach",
};

// ---------------------------------------------------------------------------
// Shared pieces

/// The symbol of a disagreement: `!!`, `!`, nothing, or `·` (one-sided).
pub fn severity_mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Major => "!!",
        Severity::Minor => "!",
        Severity::Agree => "",
        Severity::OneSided => "·",
    }
}

/// `!! Differ by 2 or more · ! Differ by 1 · · Rated by one only`.
pub(super) fn severity_legend(w: &Words) -> String {
    format!("!! {} · ! {} · · {}", w.major, w.minor, w.one_sided)
}

/// The symbol and word of a movement.
fn movement(m: Movement, w: &Words) -> (&'static str, &'static str) {
    match m {
        Movement::Rose => ("↑", w.rose),
        Movement::Fell => ("↓", w.fell),
        Movement::New => ("+", w.new),
        Movement::Removed => ("−", w.removed),
        Movement::Unchanged => ("=", w.unchanged),
    }
}

/// A heatmap cell: `·` when met, else the gap in levels.
pub fn gap_symbol(gap: u8) -> char {
    match gap {
        0 => '·',
        g => char::from_digit(u32::from(g.min(9)), 10).unwrap_or('9'),
    }
}

/// `+2`, `−1`, `0`.
pub fn signed_levels(d: i8) -> String {
    match d {
        0 => "0".to_string(),
        d if d > 0 => format!("+{d}"),
        d => format!("{MINUS}{}", d.unsigned_abs()),
    }
}

/// `+3,5` / `−12.5` / `0.0`, one decimal.
pub fn signed_number(value: f64, lang: Lang) -> String {
    let magnitude = number(value.abs(), lang);
    if magnitude == number(0.0, lang) || !value.is_finite() {
        magnitude
    } else if value > 0.0 {
        format!("+{magnitude}")
    } else {
        format!("{MINUS}{magnitude}")
    }
}

/// A score, or `—` when not given.
pub fn score(s: Option<u8>) -> String {
    s.map_or_else(|| "—".to_string(), |s| s.to_string())
}

/// `3`, or `2–3` for a range.
fn required_text(r: &RequirementGaps) -> String {
    match r.required_max {
        Some(max) if max != r.required => format!("{}–{max}", r.required),
        _ => r.required.to_string(),
    }
}

fn rater_code(rater: Rater, w: &Words) -> &'static str {
    match rater {
        Rater::SelfRated => w.self_code,
        Rater::Coach => w.coach_code,
    }
}

fn rater_words(rater: Rater, l: &Labels) -> &'static str {
    match rater {
        Rater::SelfRated => l.self_rated,
        Rater::Coach => l.coach_rated,
    }
}

/// `68.8% (rank 1)`.
pub(super) fn fit_rank(fit: f64, rank: usize, lang: Lang, w: &Words) -> String {
    format!("{} ({} {rank})", percent(fit, lang), w.rank)
}

/// The `YYYY-MM-DD` of an RFC 3339 time, else the text as it is.
fn day(value: &str) -> String {
    let value = value.trim();
    let is_date = value.len() >= 10
        && value.bytes().take(10).enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if is_date {
        value[..10].to_string()
    } else {
        value.to_string()
    }
}

/// A file's date for people, `—` when it has none.
pub(super) fn day_or_dash(value: Option<&str>) -> String {
    value
        .map(day)
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "—".to_string())
}

/// A person's three largest gaps: `C.4 −2, E.3 −1`, or `—`.
fn largest_gaps(p: &PersonFit) -> String {
    if p.largest_gaps.is_empty() {
        return "—".to_string();
    }
    let parts: Vec<String> = p
        .largest_gaps
        .iter()
        .map(|g| format!("{} {MINUS}{}", g.item, g.gap))
        .collect();
    parts.join(", ")
}

/// `0:5 1:4 2:3 3:0 4:0 5:0`: people short by each number of levels.
fn distribution(r: &RequirementGaps) -> String {
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

/// `7/12`: people below target out of all.
fn below(r: &RequirementGaps, people: usize) -> String {
    format!("{}/{people}", r.below)
}

/// The fit points that `gap` levels short of `r` cost one person, exactly as
/// the cohort counts them (weight × levels, as a share of the profile's
/// weighted levels; two decimals). The cohort keeps only each person's three
/// largest gaps, so the others are worked out here from the same rule.
fn points_lost(c: &Cohort, r: &RequirementGaps, gap: u8) -> f64 {
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
    round2((units * 100) as f64 / total as f64)
}

/// An invalid file's error without the path it starts with (as the
/// library's errors do): `line 4, column 3: expected …`.
fn error_after_path(f: &InvalidFile) -> &str {
    match f.error.strip_prefix(f.path.as_str()) {
        Some(rest) => rest.trim_start_matches(':').trim_start(),
        None => &f.error,
    }
}

/// The requirement of each heatmap column (they are in the same order, but
/// found by id so a mismatch cannot shift a column).
fn heatmap_requirements(c: &Cohort) -> Vec<Option<&RequirementGaps>> {
    c.heatmap
        .items
        .iter()
        .map(|id| c.requirements.iter().find(|r| &r.item == id))
        .collect()
}

// ---------------------------------------------------------------------------
// Terminal text

/// Display width of `text` in terminal columns.
fn width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// Text from a file, safe to print: control characters (escape sequences,
/// line breaks, tabs) and bidirectional overrides become spaces.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| {
            let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi { ' ' } else { c }
        })
        .collect()
}

/// Cuts `text` to `cols` columns, ending with `…` when cut.
fn truncate(text: &str, cols: usize) -> String {
    if width(text) <= cols {
        return text.to_string();
    }
    let room = cols.saturating_sub(1);
    let mut out = String::new();
    let mut used = 0;
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let w = width(c.encode_utf8(&mut buf));
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// `text` padded with spaces to `cols` columns, on the left or the right.
fn pad(text: &str, cols: usize, right: bool) -> String {
    let fill = " ".repeat(cols.saturating_sub(width(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// Lines of `text` (file text made [`plain`]) wrapped to [`WIDTH`], the
/// first after `first`, the others after `rest`.
fn wrapped(out: &mut String, text: &str, first: &str, rest: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest);
    for line in textwrap::wrap(&plain(text), options) {
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

/// `parts` (file text made [`plain`]) joined by ` · ` and wrapped to
/// [`WIDTH`] between parts only, so no label is split from its value.
fn facts(out: &mut String, parts: &[String]) {
    let mut line = String::new();
    for part in parts.iter().map(|p| plain(p)) {
        if line.is_empty() {
            line = part;
        } else if width(&line) + 3 + width(&part) <= WIDTH {
            line = format!("{line} · {part}");
        } else {
            wrapped(out, &line, "", "  ");
            line = part;
        }
    }
    if !line.is_empty() {
        wrapped(out, &line, "", "  ");
    }
}

/// Left- or right-aligned terminal column.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// A text table within [`WIDTH`] columns: each column as wide as its widest
/// cell, two spaces apart, a rule under the header; the `flex` column is cut
/// (`…`) so the whole fits. Every cell is made [`plain`].
fn grid(out: &mut String, columns: &[(&str, Side)], rows: &[Vec<String>], flex: Option<usize>) {
    let n = columns.len();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            (0..n)
                .map(|i| plain(row.get(i).map_or("", String::as_str)))
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|(h, _)| width(h)).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let total = widths.iter().sum::<usize>() + 2 * n.saturating_sub(1);
    if let Some(f) = flex.filter(|&f| f < n)
        && total > WIDTH
    {
        widths[f] = widths[f].saturating_sub(total - WIDTH).max(MIN_FLEX);
    }
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = &str>| {
        let parts: Vec<String> = cells
            .zip(columns.iter().zip(&widths))
            .map(|(cell, ((_, side), &w))| pad(&truncate(cell, w), w, *side == Side::Right))
            .collect();
        let _ = writeln!(out, "{}", parts.join("  ").trim_end());
    };
    line(out, &mut columns.iter().map(|(h, _)| *h));
    let rule: Vec<String> = widths.iter().map(|&w| "─".repeat(w)).collect();
    let _ = writeln!(out, "{}", rule.join("  "));
    for row in &rows {
        line(out, &mut row.iter().map(String::as_str));
    }
}

/// `Label: value` (or `Label : value` in French).
fn text_field(label: &str, value: &str, lang: Lang) -> String {
    format!("{label}{} {}", markdown::colon(lang), plain(value))
}

/// A heading and its underline.
fn text_heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "{title}\n{}", "═".repeat(width(title).min(WIDTH)));
}

/// `Coach's rating: Marc Aubert, 2025-03-02`.
pub(super) fn who_and_when(name: Option<&str>, updated: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
        parts.push(name.to_string());
    }
    parts.push(day_or_dash(updated));
    parts.join(", ")
}

/// What the header says of a file whose rater is not the expected one.
fn unexpected_rater(actual: Rater, expected: Rater, l: &Labels) -> String {
    if actual == expected {
        String::new()
    } else {
        format!(" ({})", rater_words(actual, l))
    }
}

/// The self vs coach comparison for the terminal.
pub fn comparison_text(c: &Comparison, lang: Lang) -> String {
    let l = labels(lang);
    let w = words(lang);
    let mut out = String::new();
    text_heading(
        &mut out,
        &truncate(
            &plain(&format!("{} — {}", w.comparison_title, c.person)),
            WIDTH,
        ),
    );
    let self_line = format!(
        "{}{}",
        day_or_dash(c.self_updated.as_deref()),
        unexpected_rater(c.self_rater, Rater::SelfRated, l)
    );
    let coach_line = format!(
        "{}{}",
        who_and_when(c.coach.as_deref(), c.coach_updated.as_deref()),
        unexpected_rater(c.coach_rater, Rater::Coach, l)
    );
    wrapped(
        &mut out,
        &text_field(w.self_rating, &self_line, lang),
        "",
        "  ",
    );
    wrapped(
        &mut out,
        &text_field(w.coach_rating, &coach_line, lang),
        "",
        "  ",
    );
    out.push('\n');
    let counts = [
        (w.agree, "", c.counts.agree),
        (w.minor, " (!)", c.counts.minor),
        (w.major, " (!!)", c.counts.major),
        (w.one_sided, " (·)", c.counts.one_sided),
    ];
    let counts: Vec<String> = counts
        .iter()
        .map(|(word, sym, n)| format!("{word}{sym}{} {n}", markdown::colon(lang)))
        .collect();
    facts(&mut out, &counts);
    out.push('\n');

    text_heading(&mut out, w.items_by_disagreement);
    if c.rows.is_empty() {
        let _ = writeln!(out, "{}", w.no_items);
    } else {
        let rows: Vec<Vec<String>> = c
            .rows
            .iter()
            .map(|r| {
                vec![
                    r.item.clone(),
                    r.title.get(lang).to_string(),
                    score(r.self_score),
                    score(r.coach_score),
                    r.difference.map(signed_levels).unwrap_or_default(),
                    severity_mark(r.severity).to_string(),
                ]
            })
            .collect();
        grid(
            &mut out,
            &[
                (l.item, Side::Left),
                (l.title, Side::Left),
                (w.self_score, Side::Right),
                (w.coach_score, Side::Right),
                (w.difference, Side::Right),
                (w.flag, Side::Left),
            ],
            &rows,
            Some(1),
        );
        let _ = writeln!(out, "{}", severity_legend(w));
    }
    out.push('\n');

    text_heading(&mut out, w.fits_by_profile);
    let rows: Vec<Vec<String>> = c
        .profiles
        .iter()
        .map(|p| {
            vec![
                p.profile.clone(),
                p.name.get(lang).to_string(),
                fit_rank(p.self_fit, p.self_rank, lang, w),
                fit_rank(p.coach_fit, p.coach_rank, lang, w),
                fit_rank(p.agreed_fit, p.agreed_rank, lang, w),
            ]
        })
        .collect();
    grid(
        &mut out,
        &[
            (l.profile, Side::Left),
            (l.title, Side::Left),
            (w.self_score, Side::Right),
            (w.coach_score, Side::Right),
            (w.agreed, Side::Right),
        ],
        &rows,
        Some(1),
    );
    wrapped(&mut out, w.agreed_note, "", "");
    out
}

/// The header lines of a progress: person, dates (with the raters when they
/// differ), and the note when the files were swapped.
fn progress_dates(p: &Progress, l: &Labels) -> String {
    let (old, new) = (
        day_or_dash(p.old_updated.as_deref()),
        day_or_dash(p.new_updated.as_deref()),
    );
    if p.old_rater == p.new_rater {
        format!("{old} → {new}")
    } else {
        format!(
            "{old} ({}) → {new} ({})",
            rater_words(p.old_rater, l),
            rater_words(p.new_rater, l)
        )
    }
}

/// `↑ 1 rose`, `↓ 1 fell`, `+ 1 new`, `− 1 removed`, `= 2 unchanged`.
fn movement_counts(p: &Progress, w: &Words) -> Vec<String> {
    let c = &p.counts;
    [
        (Movement::Rose, c.rose),
        (Movement::Fell, c.fell),
        (Movement::New, c.new),
        (Movement::Removed, c.removed),
        (Movement::Unchanged, c.unchanged),
    ]
    .iter()
    .map(|&(m, n)| {
        let (sym, word) = movement(m, w);
        format!("{sym} {n} {word}")
    })
    .collect()
}

/// The progress between two dates for the terminal.
pub fn progress_text(p: &Progress, lang: Lang) -> String {
    let l = labels(lang);
    let w = words(lang);
    let mut out = String::new();
    text_heading(
        &mut out,
        &truncate(
            &plain(&format!("{} — {}", w.progress_title, p.person)),
            WIDTH,
        ),
    );
    let _ = writeln!(out, "{}", progress_dates(p, l));
    if p.swapped {
        wrapped(&mut out, w.swapped_note, "", "");
    }
    out.push('\n');

    text_heading(&mut out, w.fits_by_profile);
    let rows: Vec<Vec<String>> = p
        .profiles
        .iter()
        .map(|f| {
            vec![
                f.profile.clone(),
                f.name.get(lang).to_string(),
                percent(f.old_fit, lang),
                percent(f.new_fit, lang),
                signed_number(f.change, lang),
            ]
        })
        .collect();
    grid(
        &mut out,
        &[
            (l.profile, Side::Left),
            (l.title, Side::Left),
            (w.before, Side::Right),
            (w.now, Side::Right),
            (w.change, Side::Right),
        ],
        &rows,
        Some(1),
    );
    out.push('\n');

    text_heading(&mut out, w.what_moved);
    facts(&mut out, &movement_counts(p, w));
    let moved: Vec<Vec<String>> = p
        .rows
        .iter()
        .filter(|r| r.movement != Movement::Unchanged)
        .map(|r| {
            let (sym, word) = movement(r.movement, w);
            vec![
                format!("{sym} {word}"),
                r.item.clone(),
                r.title.get(lang).to_string(),
                score(r.old),
                score(r.new),
                r.change.map(signed_levels).unwrap_or_default(),
            ]
        })
        .collect();
    if moved.is_empty() {
        let _ = writeln!(out, "{}", w.nothing_moved);
    } else {
        out.push('\n');
        grid(
            &mut out,
            &[
                ("", Side::Left),
                (l.item, Side::Left),
                (l.title, Side::Left),
                (w.before, Side::Right),
                (w.now, Side::Right),
                (w.change, Side::Right),
            ],
            &moved,
            Some(2),
        );
    }
    if p.counts.unchanged > 0 {
        let _ = writeln!(out, "= {} {}", p.counts.unchanged, w.unchanged_items);
    }
    out
}

/// The cohort's header: profile, files, people, mean fit.
fn cohort_header_text(out: &mut String, c: &Cohort, lang: Lang, w: &Words) {
    let title = format!("{} — {} ({})", w.cohort_title, c.name.get(lang), c.profile);
    text_heading(out, &truncate(&plain(&title), WIDTH));
    let mut parts = vec![
        text_field(w.files_seen, &c.files.to_string(), lang),
        text_field(w.people_analysed, &c.people.len().to_string(), lang),
        text_field(w.mean_fit, &percent(c.mean_fit, lang), lang),
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
    let w = words(lang);
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
                r.item.clone(),
                r.title.get(lang).to_string(),
                required_text(r),
                below(r, people),
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
    out.push('\n');

    text_heading(&mut out, w.people_title);
    if c.people.is_empty() {
        let _ = writeln!(out, "{}", w.nobody);
    } else {
        let rows: Vec<Vec<String>> = c
            .people
            .iter()
            .map(|p| {
                vec![
                    p.person.clone(),
                    rater_code(p.rater, w).to_string(),
                    percent(p.fit, lang),
                    largest_gaps(p),
                ]
            })
            .collect();
        grid(
            &mut out,
            &[
                (l.person, Side::Left),
                (l.rater, Side::Left),
                (l.fit, Side::Right),
                (w.largest_gaps, Side::Left),
            ],
            &rows,
            Some(0),
        );
        out.push('\n');
        heatmap_text(&mut out, c, w);
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
            };
            let line = format!(
                "{} ({}, {}, {}): {kept} {}",
                d.path,
                d.person,
                rater_code(d.rater, w),
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
fn heatmap_text(out: &mut String, c: &Cohort, w: &Words) {
    text_heading(out, w.heatmap_title);
    wrapped(
        out,
        &format!(
            "· {} · 1–5 {} · {}",
            w.gap_met, w.levels_short, w.heatmap_columns
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
        .map(|p| width(rater_code(p.rater, w)))
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
                pad(rater_code(p.rater, w), rater_cols, false)
            );
        }
        start = end;
    }
}

// ---------------------------------------------------------------------------
// Markdown

/// `# Title — name`, with the name escaped.
fn md_title(out: &mut String, title: &str, name: &str) {
    let _ = writeln!(out, "# {title} — {}\n", markdown::inline(name));
}

/// The self vs coach comparison in Markdown.
pub fn comparison_markdown(c: &Comparison, lang: Lang) -> String {
    let l = labels(lang);
    let w = words(lang);
    let mut out = String::new();
    md_title(&mut out, w.comparison_title, &c.person);
    let self_value = format!(
        "{}{}",
        day_or_dash(c.self_updated.as_deref()),
        unexpected_rater(c.self_rater, Rater::SelfRated, l)
    );
    let coach_value = format!(
        "{}{}",
        who_and_when(c.coach.as_deref(), c.coach_updated.as_deref()),
        unexpected_rater(c.coach_rater, Rater::Coach, l)
    );
    let _ = writeln!(
        out,
        "- {}",
        markdown::field(w.self_rating, &markdown::inline(&self_value), lang)
    );
    let _ = writeln!(
        out,
        "- {}",
        markdown::field(w.coach_rating, &markdown::inline(&coach_value), lang)
    );
    for (word, sym, n) in [
        (w.agree, "", c.counts.agree),
        (w.minor, " (!)", c.counts.minor),
        (w.major, " (!!)", c.counts.major),
        (w.one_sided, " (·)", c.counts.one_sided),
    ] {
        let _ = writeln!(
            out,
            "- {}",
            markdown::field(&format!("{word}{sym}"), &n.to_string(), lang)
        );
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", w.items_by_disagreement);
    if c.rows.is_empty() {
        let _ = writeln!(out, "{}\n", w.no_items);
    } else {
        let rows: Vec<Vec<String>> = c
            .rows
            .iter()
            .map(|r| {
                vec![
                    markdown::cell(&r.item),
                    markdown::cell(r.title.get(lang)),
                    score(r.self_score),
                    score(r.coach_score),
                    r.difference.map(signed_levels).unwrap_or_default(),
                    severity_mark(r.severity).to_string(),
                ]
            })
            .collect();
        markdown::table(
            &mut out,
            &[
                (l.item, Align::Left),
                (l.title, Align::Left),
                (w.self_score, Align::Center),
                (w.coach_score, Align::Center),
                (w.difference, Align::Right),
                (w.flag, Align::Center),
            ],
            &rows,
        );
        let _ = writeln!(out, "{}\n", severity_legend(w));
    }

    let _ = writeln!(out, "## {}\n", w.fits_by_profile);
    let rows: Vec<Vec<String>> = c
        .profiles
        .iter()
        .map(|p| {
            vec![
                markdown::name_id(p.name.get(lang), &p.profile),
                fit_rank(p.self_fit, p.self_rank, lang, w),
                fit_rank(p.coach_fit, p.coach_rank, lang, w),
                fit_rank(p.agreed_fit, p.agreed_rank, lang, w),
            ]
        })
        .collect();
    markdown::table(
        &mut out,
        &[
            (l.profile, Align::Left),
            (w.self_score, Align::Right),
            (w.coach_score, Align::Right),
            (w.agreed, Align::Right),
        ],
        &rows,
    );
    let _ = writeln!(out, "{}\n", markdown::inline(w.agreed_note));
    markdown::footer(&mut out, l);
    out
}

/// The progress between two dates in Markdown.
pub fn progress_markdown(p: &Progress, lang: Lang) -> String {
    let l = labels(lang);
    let w = words(lang);
    let mut out = String::new();
    md_title(&mut out, w.progress_title, &p.person);
    let _ = writeln!(out, "{}\n", markdown::inline(&progress_dates(p, l)));
    if p.swapped {
        let _ = writeln!(out, "> {}\n", markdown::inline(w.swapped_note));
    }

    let _ = writeln!(out, "## {}\n", w.fits_by_profile);
    let rows: Vec<Vec<String>> = p
        .profiles
        .iter()
        .map(|f| {
            vec![
                markdown::name_id(f.name.get(lang), &f.profile),
                percent(f.old_fit, lang),
                percent(f.new_fit, lang),
                signed_number(f.change, lang),
            ]
        })
        .collect();
    markdown::table(
        &mut out,
        &[
            (l.profile, Align::Left),
            (w.before, Align::Right),
            (w.now, Align::Right),
            (w.change, Align::Right),
        ],
        &rows,
    );

    let _ = writeln!(out, "## {}\n", w.what_moved);
    let _ = writeln!(
        out,
        "{}\n",
        markdown::inline(&movement_counts(p, w).join(" · "))
    );
    let moved: Vec<Vec<String>> = p
        .rows
        .iter()
        .filter(|r| r.movement != Movement::Unchanged)
        .map(|r| {
            let (sym, word) = movement(r.movement, w);
            vec![
                format!("{sym} {word}"),
                markdown::cell(&r.item),
                markdown::cell(r.title.get(lang)),
                score(r.old),
                score(r.new),
                r.change.map(signed_levels).unwrap_or_default(),
            ]
        })
        .collect();
    if moved.is_empty() {
        let _ = writeln!(out, "{}\n", w.nothing_moved);
    } else {
        markdown::table(
            &mut out,
            &[
                ("", Align::Left),
                (l.item, Align::Left),
                (l.title, Align::Left),
                (w.before, Align::Center),
                (w.now, Align::Center),
                (w.change, Align::Right),
            ],
            &moved,
        );
    }
    if p.counts.unchanged > 0 {
        let _ = writeln!(out, "= {} {}\n", p.counts.unchanged, w.unchanged_items);
    }
    markdown::footer(&mut out, l);
    out
}

/// The cohort in Markdown: the same content as the terminal table, the
/// heatmap as a table of symbols.
pub fn cohort_markdown(c: &Cohort, lang: Lang) -> String {
    let l = labels(lang);
    let w = words(lang);
    let people = c.people.len();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        w.cohort_title,
        markdown::name_id(c.name.get(lang), &c.profile)
    );
    let mut facts = vec![
        (w.files_seen, c.files.to_string()),
        (w.people_analysed, people.to_string()),
        (w.mean_fit, percent(c.mean_fit, lang)),
    ];
    if !c.invalid.is_empty() {
        facts.push((w.invalid_count, c.invalid.len().to_string()));
    }
    if !c.duplicates.is_empty() {
        facts.push((w.duplicate_count, c.duplicates.len().to_string()));
    }
    for (label, value) in facts {
        let _ = writeln!(out, "- {}", markdown::field(label, &value, lang));
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", w.priorities_title);
    let rows: Vec<Vec<String>> = c
        .requirements
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                (i + 1).to_string(),
                markdown::cell(&r.item),
                markdown::cell(r.title.get(lang)),
                required_text(r),
                below(r, people),
                number(r.mean_gap, lang),
                distribution(r),
                number(r.priority, lang),
            ]
        })
        .collect();
    markdown::table(
        &mut out,
        &[
            ("#", Align::Right),
            (l.item, Align::Left),
            (l.title, Align::Left),
            (l.required, Align::Center),
            (w.below, Align::Right),
            (w.mean_gap, Align::Right),
            (w.distribution, Align::Left),
            (w.priority, Align::Right),
        ],
        &rows,
    );
    let _ = writeln!(out, "{}\n", markdown::inline(w.priority_note));

    let _ = writeln!(out, "## {}\n", w.people_title);
    if c.people.is_empty() {
        let _ = writeln!(out, "{}\n", w.nobody);
    } else {
        let rows: Vec<Vec<String>> = c
            .people
            .iter()
            .map(|p| {
                vec![
                    markdown::cell(&p.person),
                    rater_code(p.rater, w).to_string(),
                    percent(p.fit, lang),
                    markdown::cell(&largest_gaps(p)),
                ]
            })
            .collect();
        markdown::table(
            &mut out,
            &[
                (l.person, Align::Left),
                (l.rater, Align::Left),
                (l.fit, Align::Right),
                (w.largest_gaps, Align::Left),
            ],
            &rows,
        );

        let _ = writeln!(out, "## {}\n", w.heatmap_title);
        let _ = writeln!(
            out,
            "{}\n",
            markdown::inline(&format!("· {} · 1–5 {}", w.gap_met, w.levels_short))
        );
        let headers: Vec<String> = c.heatmap.items.iter().map(|i| markdown::cell(i)).collect();
        let mut columns: Vec<(&str, Align)> = vec![(l.person, Align::Left), (l.rater, Align::Left)];
        columns.extend(headers.iter().map(|h| (h.as_str(), Align::Center)));
        let rows: Vec<Vec<String>> = c
            .people
            .iter()
            .zip(&c.heatmap.rows)
            .map(|(p, row)| {
                let mut cells = vec![
                    markdown::cell(&p.person),
                    rater_code(p.rater, w).to_string(),
                ];
                cells.extend(row.iter().map(|&g| gap_symbol(g).to_string()));
                cells
            })
            .collect();
        markdown::table(&mut out, &columns, &rows);
    }

    if !c.invalid.is_empty() {
        let _ = writeln!(out, "## {}\n", w.invalid_title);
        for f in &c.invalid {
            let _ = writeln!(
                out,
                "- {}{} {}",
                markdown::inline(&f.path),
                markdown::colon(lang),
                markdown::inline(error_after_path(f))
            );
        }
        out.push('\n');
    }
    if !c.duplicates.is_empty() {
        let _ = writeln!(out, "## {}\n", w.duplicates_title);
        for d in &c.duplicates {
            let kept = match d.reason {
                DuplicateReason::Older => w.kept_newer,
                DuplicateReason::SameTime => w.kept_same_time,
            };
            let _ = writeln!(
                out,
                "- {} ({}, {}, {}){} {kept} {}",
                markdown::inline(&d.path),
                markdown::inline(&d.person),
                rater_code(d.rater, w),
                day_or_dash(d.updated.as_deref()),
                markdown::colon(lang),
                markdown::inline(&d.kept)
            );
        }
        out.push('\n');
    }
    markdown::footer(&mut out, l);
    out
}

// ---------------------------------------------------------------------------
// HTML

/// What the cohort page adds to the report style sheet: landscape A4, a
/// wider page, and the heatmap (sticky header row, coloured cells).
const COHORT_STYLE: &str = r#"
main,footer{max-width:100rem}
table.heatmap{width:auto;font-size:.8rem}
table.heatmap th,table.heatmap td{padding:.15rem .35rem}
table.heatmap thead th{position:sticky;top:0;z-index:1;background:var(--head);vertical-align:bottom}
table.heatmap thead th.col{text-align:center;padding:.3rem .1rem}
table.heatmap thead th.col span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
table.heatmap tbody th{text-align:left;font-weight:600;white-space:nowrap}
table.heatmap td{text-align:center;min-width:1.6rem;font-weight:700;font-variant-numeric:tabular-nums}
table.heatmap td.r{text-align:left;font-weight:400}
td.g0,.key.g0{background:#e3f2e6;color:#1e5f30}
td.g1,.key.g1{background:#fff1a6;color:#4a3b00}
td.g2,.key.g2{background:#ffc27a;color:#4a2500}
td.g3,.key.g3{background:#f28b82;color:#3d0600}
.key{display:inline-block;min-width:1.6rem;text-align:center;font-weight:700;border:1px solid var(--line);margin:0 .3rem 0 .9rem}
.key:first-child{margin-left:0}
td.dist{white-space:nowrap;font-variant-numeric:tabular-nums}
ul.files li{margin:.3rem 0}
ul.files code{font-weight:600;overflow-wrap:anywhere}
@page{size:A4 landscape}
@media print{
main,footer{max-width:none}
table.heatmap{font-size:.7rem}
table.heatmap thead th{position:static}
}
"#;

/// The heatmap class of a gap: none/green, yellow, orange, red.
fn gap_class(gap: u8) -> &'static str {
    match gap {
        0 => "g0",
        1 => "g1",
        2 => "g2",
        _ => "g3",
    }
}

/// The cohort as one self-contained, printable HTML file (A4 landscape).
pub fn cohort_html(c: &Cohort, lang: Lang) -> String {
    let l = labels(lang);
    let w = words(lang);
    let people = c.people.len();
    let mut out = String::new();
    let title = format!(
        "{} — {}",
        html::escape(w.cohort_title),
        html::name_id(c.name.get(lang), &c.profile)
    );
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>\n<dl class=\"meta\">");
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(out, "<dt>{}</dt><dd>{value}</dd>", html::colon(label, lang));
    };
    field(w.files_seen, &c.files.to_string());
    field(w.people_analysed, &people.to_string());
    field(w.mean_fit, &html::fit_bar(c.mean_fit, lang));
    if !c.invalid.is_empty() {
        field(w.invalid_count, &c.invalid.len().to_string());
    }
    if !c.duplicates.is_empty() {
        field(w.duplicate_count, &c.duplicates.len().to_string());
    }
    out.push_str("</dl>\n</header>\n");

    // Requirements by priority.
    let _ = writeln!(
        out,
        "<section id=\"priorities\">\n<h2>{}</h2>\n<table class=\"priorities\">",
        html::escape(w.priorities_title)
    );
    html::thead(
        &mut out,
        &[
            ("#", "num"),
            (l.item, ""),
            (l.title, ""),
            (l.required, "c"),
            (w.below, "num"),
            (w.mean_gap, "num"),
            (w.distribution, ""),
            (w.priority, "num"),
        ],
    );
    out.push_str("<tbody>\n");
    for (i, r) in c.requirements.iter().enumerate() {
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td class=\"id\">{}</td><td>{}</td><td class=\"c\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"dist\">{}</td>\
             <td class=\"num\">{}</td></tr>",
            i + 1,
            html::inline(&r.item),
            html::inline(r.title.get(lang)),
            required_text(r),
            below(r, people),
            html::number(r.mean_gap, lang),
            distribution(r),
            html::number(r.priority, lang)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"legend\">{}</p>\n</section>",
        html::escape(w.priority_note)
    );

    // People.
    let _ = writeln!(
        out,
        "<section id=\"people\">\n<h2>{}</h2>",
        html::escape(w.people_title)
    );
    if c.people.is_empty() {
        out.push_str(&html::empty(w.nobody));
    } else {
        out.push_str("<table class=\"people\">\n");
        html::thead(
            &mut out,
            &[
                (l.person, ""),
                (l.rater, ""),
                (l.fit, ""),
                (w.largest_gaps, ""),
            ],
        );
        out.push_str("<tbody>\n");
        for p in &c.people {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                html::inline(&p.person),
                html::escape(rater_code(p.rater, w)),
                html::fit_bar(p.fit, lang),
                html::inline(&largest_gaps(p))
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");

    // Heatmap.
    if !c.people.is_empty() {
        heatmap_html(&mut out, c, lang, w);
    }

    // Files left out.
    if !c.invalid.is_empty() || !c.duplicates.is_empty() {
        out.push_str("<section id=\"files\">\n");
    }
    if !c.invalid.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul class=\"files\">",
            html::escape(w.invalid_title)
        );
        for f in &c.invalid {
            let _ = writeln!(
                out,
                "<li><code>{}</code><br>{}</li>",
                html::inline(&f.path),
                html::inline(error_after_path(f))
            );
        }
        out.push_str("</ul>\n");
    }
    if !c.duplicates.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul class=\"files\">",
            html::escape(w.duplicates_title)
        );
        for d in &c.duplicates {
            let kept = match d.reason {
                DuplicateReason::Older => w.kept_newer,
                DuplicateReason::SameTime => w.kept_same_time,
            };
            let _ = writeln!(
                out,
                "<li><code>{}</code> ({}, {}, {}){} {} <code>{}</code></li>",
                html::inline(&d.path),
                html::inline(&d.person),
                html::escape(rater_code(d.rater, w)),
                html::date(d.updated.as_deref().unwrap_or("—")),
                if lang == Lang::Fr { "\u{202f}:" } else { ":" },
                html::escape(kept),
                html::inline(&d.kept)
            );
        }
        out.push_str("</ul>\n");
    }
    if !c.invalid.is_empty() || !c.duplicates.is_empty() {
        out.push_str("</section>\n");
    }

    let page = html::document(lang, &title, &out);
    // The report shell's style sheet, followed by this page's rules (the
    // later `@page` turns the sheet to landscape).
    page.replacen("</style>", &format!("{COHORT_STYLE}</style>"), 1)
}

/// The heatmap as a table: people × requirements, each cell the symbol on
/// a background by gap, with its legend.
fn heatmap_html(out: &mut String, c: &Cohort, lang: Lang, w: &Words) {
    let l = labels(lang);
    let _ = writeln!(
        out,
        "<section class=\"page\" id=\"heatmap\">\n<h2>{}</h2>",
        html::escape(w.heatmap_title)
    );
    let _ = writeln!(
        out,
        "<p class=\"legend\"><span class=\"key g0\">·</span>{} <span class=\"key g1\">1</span>{} \
         <span class=\"key g2\">2</span>{} <span class=\"key g3\">3</span>{}</p>",
        html::escape(w.gap_met),
        html::escape(w.gap_one),
        html::escape(w.gap_two),
        html::escape(w.gap_three)
    );
    let titles = heatmap_requirements(c);
    out.push_str("<table class=\"heatmap\">\n<thead><tr>");
    let _ = write!(
        out,
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        html::escape(l.person),
        html::escape(l.rater)
    );
    for (id, r) in c.heatmap.items.iter().zip(&titles) {
        let title = r.map(|r| r.title.get(lang)).unwrap_or_default();
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"col\" title=\"{}\"><span>{}</span></th>",
            html::inline(title),
            html::inline(id)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (p, row) in c.people.iter().zip(&c.heatmap.rows) {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"r\">{}</td>",
            html::inline(&p.person),
            html::escape(rater_code(p.rater, w))
        );
        for &gap in row {
            let _ = write!(
                out,
                "<td class=\"{}\">{}</td>",
                gap_class(gap),
                gap_symbol(gap)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

// ---------------------------------------------------------------------------
// CSV

/// The columns of the cohort CSV. The cohort keeps gaps, not scores (only
/// the profile's gaps survive the streaming), so there is no score column.
pub const COHORT_COLUMNS: [&str; 9] = [
    "person",
    "rater",
    "path",
    "fit",
    "item",
    "title",
    "required",
    "gap",
    "points_lost",
];

/// One row per person × requirement (people best fit first, requirements
/// by training priority), fields separated by `delimiter`. Numbers are
/// machine-readable (dot decimals, as in the JSON) whatever the language;
/// the title is in `lang`.
pub fn cohort_csv(c: &Cohort, lang: Lang, delimiter: u8) -> Result<String> {
    super::csv::check_delimiter(delimiter)?;
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer
        .write_record(COHORT_COLUMNS)
        .map_err(super::csv::write_error)?;
    let requirements = heatmap_requirements(c);
    for (p, row) in c.people.iter().zip(&c.heatmap.rows) {
        for ((id, r), &gap) in c.heatmap.items.iter().zip(&requirements).zip(row) {
            let (title, required, points) = match r {
                Some(r) => (
                    r.title.get(lang).to_string(),
                    r.required.to_string(),
                    points_lost(c, r, gap).to_string(),
                ),
                None => Default::default(),
            };
            writer
                .write_record([
                    p.person.as_str(),
                    p.rater.code(),
                    p.path.as_str(),
                    &p.fit.to_string(),
                    id,
                    &title,
                    &required,
                    &gap.to_string(),
                    &points,
                ])
                .map_err(super::csv::write_error)?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| super::csv::write_error(e.into_error()))?;
    String::from_utf8(bytes).map_err(|e| {
        Error::io(
            std::path::Path::new("CSV"),
            "write",
            std::io::Error::new(std::io::ErrorKind::InvalidData, e),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::cohort::{Duplicate, Heatmap, PersonGap};
    use crate::model::compare::{
        ComparisonRow, FitChange, MovementCounts, ProfileFits, ProgressRow, SeverityCounts,
    };
    use crate::model::text::Localized;

    const HOSTILE: &str = "<script>alert(1)</script>\u{1b}[2J|x|\n# h";

    fn requirement(
        item: &str,
        required: u8,
        importance: Importance,
        dist: [usize; 6],
    ) -> RequirementGaps {
        RequirementGaps {
            item: item.to_string(),
            title: Localized::new(format!("Titre {item}"), format!("Title {item}")),
            required,
            required_max: None,
            importance,
            below: dist[1..].iter().sum(),
            unanswered: 0,
            mean_gap: 0.0,
            distribution: dist,
            priority: 0.0,
        }
    }

    fn person(name: &str, rater: Rater, fit: f64, gaps: &[(&str, u8, f64)]) -> PersonFit {
        PersonFit {
            person: name.to_string(),
            rater,
            path: format!("team/{}.json", name.to_lowercase()),
            updated: Some("2025-01-01T00:00:00Z".to_string()),
            fit,
            answered: 3,
            largest_gaps: gaps
                .iter()
                .map(|&(item, gap, points_lost)| PersonGap {
                    item: item.to_string(),
                    gap,
                    points_lost,
                })
                .collect(),
        }
    }

    /// Two people on A.3 core 3, B.1 secondary 2: 6 + 2 = 8 units, 12.5 a unit.
    fn cohort() -> Cohort {
        Cohort {
            profile: "small".to_string(),
            name: Localized::new("Petit", "Small"),
            files: 4,
            mean_fit: 68.75,
            requirements: vec![
                requirement("A.3", 3, Importance::Core, [1, 0, 1, 0, 0, 0]),
                requirement("B.1", 2, Importance::Secondary, [1, 1, 0, 0, 0, 0]),
            ],
            people: vec![
                person("Ana", Rater::SelfRated, 87.5, &[("B.1", 1, 12.5)]),
                person("Bob", Rater::Coach, 50.0, &[("A.3", 2, 50.0)]),
            ],
            heatmap: Heatmap {
                items: vec!["A.3".to_string(), "B.1".to_string()],
                rows: vec![vec![0, 1], vec![2, 0]],
            },
            invalid: vec![InvalidFile {
                path: "team/bad.json".to_string(),
                error: "team/bad.json: line 1: expected value".to_string(),
            }],
            duplicates: vec![Duplicate {
                path: "team/ana-old.json".to_string(),
                person: "ana".to_string(),
                rater: Rater::SelfRated,
                updated: None,
                kept: "team/ana.json".to_string(),
                reason: DuplicateReason::Older,
            }],
        }
    }

    fn comparison() -> Comparison {
        let row = |item: &str, s: Option<u8>, c: Option<u8>, severity| ComparisonRow {
            item: item.to_string(),
            title: Localized::new("Un intitulé", "A title"),
            self_score: s,
            coach_score: c,
            agreed: c.or(s).unwrap_or(0),
            difference: s.zip(c).map(|(s, c)| c as i8 - s as i8),
            severity,
        };
        Comparison {
            person: "Ana".to_string(),
            coach: Some("Marc".to_string()),
            self_rater: Rater::SelfRated,
            coach_rater: Rater::Coach,
            self_updated: Some("2025-03-01T09:00:00Z".to_string()),
            coach_updated: None,
            rows: vec![
                row("B.1", Some(1), Some(3), Severity::Major),
                row("A.3", Some(3), Some(2), Severity::Minor),
                row("C.1", Some(2), Some(2), Severity::Agree),
                row("D.6", Some(4), None, Severity::OneSided),
            ],
            counts: SeverityCounts {
                agree: 1,
                minor: 1,
                major: 1,
                one_sided: 1,
            },
            profiles: vec![ProfileFits {
                profile: "cm".to_string(),
                name: Localized::new("Gestionnaire", "Manager"),
                self_fit: 68.75,
                coach_fit: 50.0,
                agreed_fit: 50.0,
                self_rank: 1,
                coach_rank: 2,
                agreed_rank: 1,
            }],
        }
    }

    fn progress() -> Progress {
        let row = |item: &str, old: Option<u8>, new: Option<u8>, movement| ProgressRow {
            item: item.to_string(),
            title: Localized::new("Un intitulé", "A title"),
            old,
            new,
            change: old.zip(new).map(|(o, n)| n as i8 - o as i8),
            movement,
        };
        Progress {
            person: "Ana".to_string(),
            old_rater: Rater::SelfRated,
            new_rater: Rater::SelfRated,
            old_updated: Some("2025-01-15T09:00:00Z".to_string()),
            new_updated: Some("2025-03-01T09:00:00Z".to_string()),
            swapped: true,
            rows: vec![
                row("A.3", Some(1), Some(3), Movement::Rose),
                row("se.tenacity", Some(3), Some(2), Movement::Fell),
                row("D.6", None, Some(4), Movement::New),
                row("E.2", Some(3), None, Movement::Removed),
                row("B.1", Some(1), Some(1), Movement::Unchanged),
            ],
            counts: MovementCounts {
                rose: 1,
                fell: 1,
                unchanged: 1,
                new: 1,
                removed: 1,
            },
            profiles: vec![FitChange {
                profile: "cm".to_string(),
                name: Localized::new("Gestionnaire", "Manager"),
                old_fit: 56.25,
                new_fit: 68.75,
                change: 12.5,
            }],
        }
    }

    fn max_width(text: &str) -> usize {
        text.lines().map(width).max().unwrap_or(0)
    }

    #[test]
    fn signs_and_symbols() {
        assert_eq!(signed_levels(2), "+2");
        assert_eq!(signed_levels(-1), "\u{2212}1");
        assert_eq!(signed_levels(0), "0");
        assert_eq!(signed_number(3.5, Lang::Fr), "+3,5");
        assert_eq!(signed_number(-12.46, Lang::En), "\u{2212}12.5");
        assert_eq!(signed_number(-0.01, Lang::En), "0.0");
        assert_eq!(gap_symbol(0), '·');
        assert_eq!(gap_symbol(3), '3');
        assert_eq!(severity_mark(Severity::Major), "!!");
        assert_eq!(severity_mark(Severity::Minor), "!");
        assert_eq!(severity_mark(Severity::Agree), "");
        assert_eq!(severity_mark(Severity::OneSided), "·");
        assert_eq!(gap_class(0), "g0");
        assert_eq!(gap_class(5), "g3");
    }

    #[test]
    fn distributions_read_as_counts_and_as_bars() {
        let r = requirement("A.3", 3, Importance::Core, [5, 4, 3, 0, 0, 0]);
        assert_eq!(distribution(&r), "0:5 1:4 2:3 3:0 4:0 5:0");
        // Out of 12 people: 5 → ⌈40/12⌉ = 4 eighths, 4 → 3, 3 → 2.
        assert_eq!(sparkline(&r, 12), "▄ ▃ ▂ · · ·");
        let all = requirement("A.3", 3, Importance::Core, [0, 0, 0, 0, 0, 7]);
        assert_eq!(sparkline(&all, 7), "· · · · · █");
        assert_eq!(below(&r, 12), "7/12");
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
                assert_eq!(points_lost(&c, r, row[at]), g.points_lost);
            }
        }
    }

    #[test]
    fn grid_cuts_the_flexible_column_to_the_width() {
        let long = "x".repeat(300);
        let mut out = String::new();
        grid(
            &mut out,
            &[("A", Side::Left), ("Title", Side::Left), ("N", Side::Right)],
            &[vec!["a".into(), long, "12".into()]],
            Some(1),
        );
        assert_eq!(max_width(&out), WIDTH);
        assert!(out.contains('…'));
        assert!(out.lines().all(|l| l == l.trim_end()));
    }

    #[test]
    fn terminal_text_has_no_control_characters() {
        let mut c = cohort();
        c.people[0].person = HOSTILE.to_string();
        let mut cmp = comparison();
        cmp.person = HOSTILE.to_string();
        cmp.coach = Some(HOSTILE.to_string());
        for text in [
            cohort_table(&c, Lang::En),
            comparison_text(&cmp, Lang::Fr),
            progress_text(&progress(), Lang::En),
        ] {
            assert!(
                !text.chars().any(|ch| ch.is_control() && ch != '\n'),
                "{text}"
            );
            assert!(max_width(&text) <= WIDTH, "{text}");
        }
    }

    #[test]
    fn comparison_text_shows_markers_counts_and_ranks() {
        let text = comparison_text(&comparison(), Lang::En);
        assert!(text.contains("Self-rating: 2025-03-01"), "{text}");
        assert!(text.contains("Coach's rating: Marc, —"), "{text}");
        assert!(text.contains("Differ by 2 or more (!!): 1"), "{text}");
        let b1 = text.lines().find(|l| l.starts_with("B.1")).unwrap();
        assert!(b1.ends_with("+2  !!"), "{b1}");
        let a3 = text.lines().find(|l| l.starts_with("A.3")).unwrap();
        assert!(a3.ends_with("\u{2212}1  !"), "{a3}");
        let d6 = text.lines().find(|l| l.starts_with("D.6")).unwrap();
        assert!(d6.ends_with('·') && d6.contains('—'), "{d6}");
        assert!(text.contains("68.8% (rank 1)") && text.contains("50.0% (rank 2)"));
        let fr = comparison_text(&comparison(), Lang::Fr);
        assert!(fr.contains("68,8\u{a0}% (rang 1)"), "{fr}");
    }

    #[test]
    fn progress_lists_what_moved_and_counts_the_rest() {
        let text = progress_text(&progress(), Lang::En);
        assert!(text.contains("2025-01-15 → 2025-03-01"));
        assert!(text.contains("newest first"));
        assert!(text.contains("+12.5"));
        assert!(text.contains("↑ rose") && text.contains("↓ fell"));
        assert!(text.contains("+ new") && text.contains("− removed"));
        assert!(text.contains("= 1 items unchanged (not listed)"));
        assert!(!text.lines().any(|l| l.contains("B.1")), "{text}");
        let md = progress_markdown(&progress(), Lang::Fr);
        assert!(md.contains("+12,5") && md.contains("↑ en hausse"), "{md}");
    }

    #[test]
    fn cohort_table_has_every_part() {
        let text = cohort_table(&cohort(), Lang::En);
        for part in [
            "Cohort gap planning — Small (small)",
            "Files seen: 4 · People analysed: 2 · Mean fit: 68.8%",
            "1/2",
            "Ana     self    87.5%  B.1 \u{2212}1",
            "Bob     coach   50.0%  A.3 \u{2212}2",
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
        c.heatmap.items = (0..n).map(|i| format!("X.{i}")).collect();
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
        c.heatmap.rows = vec![vec![1; n], vec![0; n]];
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
    fn markdown_escapes_names() {
        let mut c = cohort();
        c.people[0].person = "a|b *c*".to_string();
        let md = cohort_markdown(&c, Lang::En);

        assert!(md.contains("| a\\|b \\*c\\* | self |"), "{md}");
    }

    #[test]
    fn html_is_landscape_with_a_coloured_heatmap() {
        let mut c = cohort();
        c.people[1].person = HOSTILE.to_string();
        let page = cohort_html(&c, Lang::Fr);
        assert!(page.contains("@page{size:A4 landscape}"));
        assert!(page.contains("position:sticky"));
        assert!(page.contains("<td class=\"g0\">·</td><td class=\"g1\">1</td>"));
        assert!(page.contains("<td class=\"g2\">2</td>"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(!page.contains("<script"));
        assert_eq!(page.matches("<style>").count(), 1);
        // The landscape rule comes after the report's portrait one.
        let portrait = page.find("@page{size:A4;").unwrap();
        let landscape = page.find("@page{size:A4 landscape}").unwrap();
        assert!(portrait < landscape);
        assert!(page.contains("68,8\u{202f}%"));
    }

    #[test]
    fn csv_rows_carry_gaps_and_points() {
        let c = cohort();
        for delimiter in [b',', b';', b'\t'] {
            let text = cohort_csv(&c, Lang::Fr, delimiter).unwrap();
            let mut reader = ::csv::ReaderBuilder::new()
                .delimiter(delimiter)
                .from_reader(text.as_bytes());
            assert_eq!(reader.headers().unwrap(), &COHORT_COLUMNS[..]);
            let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
            assert_eq!(rows.len(), 4);
            assert_eq!(&rows[1][0], "Ana");
            assert_eq!(&rows[1][4], "B.1");
            assert_eq!(&rows[1][5], "Titre B.1");
            assert_eq!(&rows[1][7], "1");
            assert_eq!(&rows[1][8], "12.5");
            assert_eq!(&rows[2][3], "50");
            assert_eq!(&rows[2][8], "50");
        }
        assert!(cohort_csv(&c, Lang::En, b'"').is_err());
    }
}
