//! The self vs coach comparison, for the terminal and in Markdown.

use std::fmt::Write as _;

use crate::coaching::common::{
    WIDTH, day_or_dash, fit_rank, md_title, rater_words, score, severity_legend, severity_mark,
    who_and_when,
};
use crate::coaching::text::{Side, facts, grid, plain, text_field, text_heading, wrapped};
use crate::l10n::{
    CoachingDocs, Labels, Space, answers, coaching, coaching_docs, colon, labels, signed_levels,
    truncate,
};
use crate::markdown::parts::{Align, cell, field, footer, inline, name_id, table};
use bilan_core::assessment::Rater;
use bilan_core::compare::Comparison;
use bilan_core::text::Lang;

/// Each severity's word, symbol and count; "not comparable" only when some
/// row is.
fn count_lines(
    c: &Comparison,
    w: &CoachingDocs,
    lang: Lang,
) -> Vec<(&'static str, &'static str, usize)> {
    let mut lines = vec![
        (w.agree, "", c.counts.agree),
        (w.minor, " (!)", c.counts.minor),
        (w.major, " (!!)", c.counts.major),
    ];
    if c.counts.not_comparable > 0 {
        lines.push((
            answers(lang).not_comparable_legend,
            " (?)",
            c.counts.not_comparable,
        ));
    }
    lines.push((w.one_sided, " (·)", c.counts.one_sided));
    lines
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
    let w = coaching_docs(lang);
    let cw = coaching(lang);
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
    let counts = count_lines(c, w, lang);
    let counts: Vec<String> = counts
        .iter()
        .map(|(word, sym, n)| format!("{word}{sym}{} {n}", colon(lang, Space::NoBreak)))
        .collect();
    facts(&mut out, &counts);
    out.push('\n');

    text_heading(&mut out, w.items_by_disagreement);
    if c.rows.is_empty() {
        let _ = writeln!(out, "{}", cw.no_items);
    } else {
        let rows: Vec<Vec<String>> = c
            .rows
            .iter()
            .map(|r| {
                vec![
                    crate::l10n::sources::item_code(r.item.as_str(), lang),
                    r.title.get(lang).to_string(),
                    score(r.self_score, lang, false),
                    score(r.coach_score, lang, false),
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
                (l.coach, Side::Right),
                (w.difference, Side::Right),
                (w.flag, Side::Left),
            ],
            &rows,
            Some(1),
        );
        let legend = severity_legend(w, lang, c.counts.not_comparable > 0);
        wrapped(&mut out, &legend, "", "");
    }
    out.push('\n');

    text_heading(&mut out, w.fits_by_profile);
    let rows: Vec<Vec<String>> = c
        .profiles
        .iter()
        .map(|p| {
            vec![
                p.profile.to_string(),
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
            (l.coach, Side::Right),
            (w.agreed, Side::Right),
        ],
        &rows,
        Some(1),
    );
    wrapped(&mut out, w.agreed_note, "", "");
    out
}

/// The self vs coach comparison in Markdown.
pub fn comparison_markdown(c: &Comparison, lang: Lang) -> String {
    let l = labels(lang);
    let w = coaching_docs(lang);
    let cw = coaching(lang);
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
        field(w.self_rating, &inline(&self_value), lang)
    );
    let _ = writeln!(
        out,
        "- {}",
        field(w.coach_rating, &inline(&coach_value), lang)
    );
    for (word, sym, n) in count_lines(c, w, lang) {
        let _ = writeln!(
            out,
            "- {}",
            field(&format!("{word}{sym}"), &n.to_string(), lang)
        );
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", w.items_by_disagreement);
    if c.rows.is_empty() {
        let _ = writeln!(out, "{}\n", cw.no_items);
    } else {
        let rows: Vec<Vec<String>> = c
            .rows
            .iter()
            .map(|r| {
                vec![
                    cell(&r.item),
                    cell(r.title.get(lang)),
                    score(r.self_score, lang, false),
                    score(r.coach_score, lang, false),
                    r.difference.map(signed_levels).unwrap_or_default(),
                    severity_mark(r.severity).to_string(),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                (l.item, Align::Left),
                (l.title, Align::Left),
                (w.self_score, Align::Center),
                (l.coach, Align::Center),
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

    let _ = writeln!(out, "## {}\n", w.fits_by_profile);
    let rows: Vec<Vec<String>> = c
        .profiles
        .iter()
        .map(|p| {
            vec![
                name_id(p.name.get(lang), &p.profile),
                fit_rank(p.self_fit, p.self_rank, lang, w),
                fit_rank(p.coach_fit, p.coach_rank, lang, w),
                fit_rank(p.agreed_fit, p.agreed_rank, lang, w),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            (l.profile, Align::Left),
            (w.self_score, Align::Right),
            (l.coach, Align::Right),
            (w.agreed, Align::Right),
        ],
        &rows,
    );
    let _ = writeln!(out, "{}\n", inline(w.agreed_note));
    footer(&mut out, l);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coaching::fixtures::comparison;

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
        assert!(fr.contains("68,8\u{202f}% (rang 1)"), "{fr}");
    }

    #[test]
    fn not_applicable_is_shown_in_words_and_flagged_not_comparable() {
        use bilan_core::assessment::Answer;
        use bilan_core::compare::Severity;
        let mut c = comparison();
        let mut e7 = c.rows[0].clone();
        e7.item = "E.7".into();
        (e7.self_score, e7.coach_score) = (Some(Answer::NotApplicable), Some(Answer::Level(3)));
        (e7.difference, e7.severity) = (None, Severity::NotComparable);
        c.rows.insert(3, e7);
        c.counts.not_comparable = 1;
        for lang in [Lang::En, Lang::Fr] {
            let text = comparison_text(&c, lang);
            let row = text.lines().find(|l| l.starts_with("E.7")).unwrap();
            let na = crate::l10n::answers(lang).not_applicable_cell;
            assert!(row.contains(na) && row.ends_with('?'), "{row}");
            assert!(!row.contains(" 0 "), "never a 0: {row}");
            assert!(text.contains(crate::l10n::answers(lang).not_comparable_legend));
            assert!(
                crate::coaching::fixtures::max_width(&text) <= WIDTH,
                "{text}"
            );
            let md = comparison_markdown(&c, lang);
            assert!(md.contains(&format!("| {na} |")), "{md}");
        }
        // Without such a row, the legend does not mention it.
        let plain = comparison_text(&comparison(), Lang::En);
        assert!(!plain.contains("Not comparable"), "{plain}");
    }
}
