//! The self-rating against the coach's rating in a Markdown report, right
//! after the ranking, with the words and symbols of `bilan compare`: `!`
//! for a difference of one level, `!!` (and bold) for two or more, `·` for
//! an item only one of the two rated.

use std::fmt::Write as _;

use crate::coaching::common::{
    comparison_dates, fit_rank, score, severity_counts, severity_legend, severity_mark,
};
use crate::comparison::ReportComparison;
use crate::l10n::{CoachingDocs, answer_text, coaching, coaching_docs, labels, signed_levels};
use crate::markdown::parts::{Align, cell, field, inline, name_id, table};
use bilan_core::compare::Severity;
use bilan_core::text::Lang;

/// The section in Markdown: who and when, the counts, the fit per profile
/// and the items, widest disagreement first.
pub(super) fn section(out: &mut String, c: &ReportComparison, lang: Lang) {
    let l = labels(lang);
    let w = coaching_docs(lang);
    let _ = writeln!(out, "## {}\n", l.comparison);
    let (self_when, coach_when) = comparison_dates(c);
    for (label, value) in [(w.self_rating, self_when), (w.coach_rating, coach_when)] {
        let value = inline(&value);
        let _ = writeln!(out, "- {}", field(label, &value, lang));
    }
    for (severity, word, n) in severity_counts(c, w, lang) {
        let symbol = severity_mark(severity);
        let label = if symbol.is_empty() {
            word.to_string()
        } else {
            format!("{word} ({symbol})")
        };
        let _ = writeln!(out, "- {}", field(&label, &n.to_string(), lang));
    }
    out.push('\n');
    fits(out, c, lang, w);
    rows(out, c, lang, w);
    notes(out, c, lang);
}

/// The candidate's and the coach's notes, side by side.
fn notes(out: &mut String, c: &ReportComparison, lang: Lang) {
    if c.notes.is_empty() {
        return;
    }
    let [heading, item, self_note, coach_note] = crate::l10n::coach::paired_notes_words(lang);
    let _ = writeln!(out, "### {heading}\n");
    let one_line = |text: &Option<String>| text.as_deref().map_or_else(|| "—".to_string(), cell);
    let rows: Vec<Vec<String>> = c
        .notes
        .iter()
        .map(|n| {
            vec![
                format!("{} {}", cell(&n.item), cell(&n.title)),
                one_line(&n.self_note),
                one_line(&n.coach_note),
            ]
        })
        .collect();
    table(
        out,
        &[
            (item, Align::Left),
            (self_note, Align::Left),
            (coach_note, Align::Left),
        ],
        &rows,
    );
}

fn fits(out: &mut String, c: &ReportComparison, lang: Lang, w: &CoachingDocs) {
    let l = labels(lang);
    let _ = writeln!(out, "### {}\n", w.fits_by_profile);
    let rows: Vec<Vec<String>> = c
        .profiles
        .iter()
        .map(|p| {
            vec![
                name_id(&p.name, &p.profile),
                fit_rank(p.self_fit, p.self_rank, lang, w),
                fit_rank(p.coach_fit, p.coach_rank, lang, w),
                fit_rank(p.agreed_fit, p.agreed_rank, lang, w),
            ]
        })
        .collect();
    table(
        out,
        &[
            (l.profile, Align::Left),
            (w.self_score, Align::Right),
            (l.coach, Align::Right),
            (w.agreed, Align::Right),
        ],
        &rows,
    );
    let _ = writeln!(out, "{}\n", inline(&c.agreed_rule));
}

fn rows(out: &mut String, c: &ReportComparison, lang: Lang, w: &CoachingDocs) {
    let l = labels(lang);
    let _ = writeln!(out, "### {}\n", w.items_by_disagreement);
    if c.rows.is_empty() {
        let _ = writeln!(out, "{}\n", coaching(lang).no_items);
        return;
    }
    let rows: Vec<Vec<String>> = c
        .rows
        .iter()
        .map(|r| {
            let difference = r.difference.map(signed_levels);
            let mark = severity_mark(r.severity);
            // Two levels or more apart: in bold as well as `!!`.
            let strong = |text: String| match r.severity {
                Severity::Major if !text.is_empty() => format!("**{text}**"),
                _ => text,
            };
            vec![
                cell(&crate::l10n::sources::item_code(&r.item, lang)),
                cell(&r.title),
                score(r.self_score, lang, false),
                score(r.coach_score, lang, false),
                answer_text(r.agreed, lang, false),
                strong(difference.unwrap_or_default()),
                strong(mark.to_string()),
            ]
        })
        .collect();
    table(
        out,
        &[
            (l.item, Align::Left),
            (l.title, Align::Left),
            (w.self_score, Align::Center),
            (l.coach, Align::Center),
            (w.agreed, Align::Center),
            (w.difference, Align::Right),
            (w.flag, Align::Center),
        ],
        &rows,
    );
    let _ = writeln!(
        out,
        "{}\n",
        severity_legend(w, lang, c.counts.not_comparable > 0)
    );
}
