//! The progress between two dates, for the terminal and in Markdown.

use std::fmt::Write as _;

use crate::coaching::common::{WIDTH, day_or_dash, md_title, rater_words, score};
use crate::coaching::text::{Side, facts, grid, plain, text_heading, wrapped};
use crate::l10n::{
    Coaching, CoachingDocs, Labels, answers, coaching, coaching_docs, labels, percent, plural,
    signed, signed_levels, truncate,
};
use crate::markdown::parts::{Align, cell, footer, inline, name_id, table};
use bilan_core::compare::{Movement, Progress};
use bilan_core::text::Lang;

/// The symbol and word of a movement.
fn movement(
    m: Movement,
    w: &CoachingDocs,
    cw: &Coaching,
    lang: Lang,
) -> (&'static str, &'static str) {
    match m {
        Movement::Rose => ("↑", cw.rose),
        Movement::Fell => ("↓", cw.fell),
        Movement::New => ("+", cw.new),
        Movement::Removed => ("−", cw.removed),
        Movement::NotComparable => ("?", answers(lang).not_comparable[0]),
        Movement::Unchanged => ("=", w.unchanged),
    }
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

/// `↑ 1 rose`, `↓ 1 fell`, `+ 1 new`, `− 1 removed`, `= 2 unchanged`, and
/// `? 1 not comparable` when a level faces "not applicable".
fn movement_counts(p: &Progress, w: &CoachingDocs, cw: &Coaching, lang: Lang) -> Vec<String> {
    let c = &p.counts;
    [
        (Movement::Rose, c.rose),
        (Movement::Fell, c.fell),
        (Movement::New, c.new),
        (Movement::Removed, c.removed),
        (Movement::NotComparable, c.not_comparable),
        (Movement::Unchanged, c.unchanged),
    ]
    .iter()
    .filter(|&&(m, n)| m != Movement::NotComparable || n > 0)
    .map(|&(m, n)| {
        let (sym, mut word) = movement(m, w, cw, lang);
        if m == Movement::NotComparable {
            word = plural(lang, n, answers(lang).not_comparable);
        }
        format!("{sym} {n} {word}")
    })
    .collect()
}

/// The progress between two dates for the terminal.
pub fn progress_text(p: &Progress, lang: Lang) -> String {
    let l = labels(lang);
    let w = coaching_docs(lang);
    let cw = coaching(lang);
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
                f.profile.to_string(),
                f.name.get(lang).to_string(),
                percent(f.old_fit, lang),
                percent(f.new_fit, lang),
                signed(f.change, lang),
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
    facts(&mut out, &movement_counts(p, w, cw, lang));
    let moved: Vec<Vec<String>> = p
        .rows
        .iter()
        .filter(|r| r.movement != Movement::Unchanged)
        .map(|r| {
            let (sym, word) = movement(r.movement, w, cw, lang);
            vec![
                format!("{sym} {word}"),
                crate::l10n::sources::item_code(r.item.as_str(), lang),
                r.title.get(lang).to_string(),
                score(r.old, lang, false),
                score(r.new, lang, false),
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

/// The progress between two dates in Markdown.
pub fn progress_markdown(p: &Progress, lang: Lang) -> String {
    let l = labels(lang);
    let w = coaching_docs(lang);
    let cw = coaching(lang);
    let mut out = String::new();
    md_title(&mut out, w.progress_title, &p.person);
    let _ = writeln!(out, "{}\n", inline(&progress_dates(p, l)));
    if p.swapped {
        let _ = writeln!(out, "> {}\n", inline(w.swapped_note));
    }

    let _ = writeln!(out, "## {}\n", w.fits_by_profile);
    let rows: Vec<Vec<String>> = p
        .profiles
        .iter()
        .map(|f| {
            vec![
                name_id(f.name.get(lang), &f.profile),
                percent(f.old_fit, lang),
                percent(f.new_fit, lang),
                signed(f.change, lang),
            ]
        })
        .collect();
    table(
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
        inline(&movement_counts(p, w, cw, lang).join(" · "))
    );
    let moved: Vec<Vec<String>> = p
        .rows
        .iter()
        .filter(|r| r.movement != Movement::Unchanged)
        .map(|r| {
            let (sym, word) = movement(r.movement, w, cw, lang);
            vec![
                format!("{sym} {word}"),
                cell(&r.item),
                cell(r.title.get(lang)),
                score(r.old, lang, false),
                score(r.new, lang, false),
                r.change.map(signed_levels).unwrap_or_default(),
            ]
        })
        .collect();
    if moved.is_empty() {
        let _ = writeln!(out, "{}\n", w.nothing_moved);
    } else {
        table(
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
    footer(&mut out, l);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coaching::fixtures::progress;

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
}
