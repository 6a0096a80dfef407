//! The cohort in Markdown.

use std::fmt::Write as _;

use crate::coaching::cohort::{
    answered, any_not_applicable, below, distribution, error_after_path, largest_gaps, rater_code,
    required_text,
};
use crate::coaching::common::{day_or_dash, gap_symbol};
use crate::l10n::matching::{capitalized, ranking_words};
use crate::l10n::{Space, answers, coaching, coaching_docs, colon, labels, number, percent};
use crate::markdown::parts::{Align, cell, field, footer, inline, name_id, table};
use bilan_core::cohort::{Cohort, DuplicateReason};
use bilan_core::text::Lang;

/// The cohort in Markdown: the same content as the terminal table, the
/// heatmap as a table of symbols.
pub fn cohort_markdown(c: &Cohort, lang: Lang) -> String {
    let l = labels(lang);
    let w = coaching_docs(lang);
    let cw = coaching(lang);
    let people = c.people.len();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        w.cohort_title,
        name_id(c.name.get(lang), &c.profile)
    );
    let mut facts = vec![
        (w.files_seen, c.files.to_string()),
        (
            w.people_analysed,
            format!(
                "{people} ({})",
                crate::l10n::matching::counted_in_means(c.counted, lang)
            ),
        ),
        (w.mean_fit, crate::coaching::cohort::mean_fit(c, lang)),
    ];
    if !c.invalid.is_empty() {
        facts.push((w.invalid_count, c.invalid.len().to_string()));
    }
    if !c.duplicates.is_empty() {
        facts.push((w.duplicate_count, c.duplicates.len().to_string()));
    }
    for (label, value) in facts {
        let _ = writeln!(out, "- {}", field(label, &value, lang));
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
                cell(&crate::l10n::sources::item_code(&r.item, lang)),
                cell(r.title.get(lang)),
                required_text(r),
                below(r, c.counted, lang),
                number(r.mean_gap, lang),
                distribution(r),
                number(r.priority, lang),
            ]
        })
        .collect();
    table(
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
    let _ = writeln!(out, "{}\n", inline(w.priority_note));
    if any_not_applicable(c) {
        let _ = writeln!(out, "{}\n", inline(answers(lang).cohort_note));
    }

    let _ = writeln!(out, "## {}\n", cw.tab_people);
    if c.people.is_empty() {
        let _ = writeln!(out, "{}\n", w.nobody);
    } else {
        let rows: Vec<Vec<String>> = c
            .people
            .iter()
            .map(|p| {
                vec![
                    cell(&p.person),
                    rater_code(p.rater, cw).to_string(),
                    percent(p.fit, lang),
                    percent(p.fit_ceiling, lang),
                    answered(c, p),
                    cell(&largest_gaps(p, c, lang)),
                ]
            })
            .collect();
        let rw = ranking_words(lang);
        let ceiling = capitalized(rw.ceiling);
        table(
            &mut out,
            &[
                (l.person, Align::Left),
                (l.rater, Align::Left),
                (l.fit, Align::Right),
                (&ceiling, Align::Right),
                (l.answered_column, Align::Right),
                (w.largest_gaps, Align::Left),
            ],
            &rows,
        );
        let _ = writeln!(out, "{}\n", inline(rw.cohort_note));
        let rule = crate::l10n::matching::cohort_people_rule(c.min_answered_percent, lang);
        let _ = writeln!(out, "{}\n", inline(&rule));

        let _ = writeln!(out, "## {}\n", cw.tab_heatmap);
        let _ = writeln!(
            out,
            "{}\n",
            inline(&format!("· {} · 1–5 {}", l.met, w.levels_short))
        );
        // The e-CF code or the trait's short title, never its slug.
        let headers: Vec<String> = c
            .heatmap
            .items
            .iter()
            .zip(super::cohort::heatmap_requirements(c))
            .map(|(id, r)| {
                let title = r.map(|r| r.title.get(lang)).unwrap_or_default();
                cell(&crate::l10n::sources::chart_label(id, title))
            })
            .collect();
        let mut columns: Vec<(&str, Align)> = vec![(l.person, Align::Left), (l.rater, Align::Left)];
        columns.extend(headers.iter().map(|h| (h.as_str(), Align::Center)));
        let rows: Vec<Vec<String>> = c
            .people
            .iter()
            .zip(&c.heatmap.rows)
            .map(|(p, row)| {
                let mut cells = vec![cell(&p.person), rater_code(p.rater, cw).to_string()];
                cells.extend(row.iter().map(|&g| gap_symbol(g).to_string()));
                cells
            })
            .collect();
        table(&mut out, &columns, &rows);
    }

    if !c.invalid.is_empty() {
        let _ = writeln!(out, "## {}\n", w.invalid_title);
        for f in &c.invalid {
            let _ = writeln!(
                out,
                "- {}{} {}",
                inline(&f.path),
                colon(lang, Space::NoBreak),
                inline(error_after_path(f))
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
                DuplicateReason::CoachRated => crate::l10n::matching::coach_rating_counts(lang),
            };
            let _ = writeln!(
                out,
                "- {} ({}, {}, {}){} {kept} {}",
                inline(&d.path),
                inline(&d.person),
                rater_code(d.rater, cw),
                day_or_dash(d.updated.as_deref()),
                colon(lang, Space::NoBreak),
                inline(&d.kept)
            );
        }
        out.push('\n');
    }
    footer(&mut out, l);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coaching::fixtures::cohort;

    #[test]
    fn markdown_escapes_names() {
        let mut c = cohort();
        c.people[0].person = "a|b *c*".to_string();
        let md = cohort_markdown(&c, Lang::En);

        assert!(md.contains("| a\\|b \\*c\\* | self |"), "{md}");
    }
}
