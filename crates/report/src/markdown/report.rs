//! The full report in Markdown.

use std::fmt::Write as _;

use crate::l10n::matching::{block as block_points, capitalized, ranking_words};
use crate::l10n::{
    Space, answer_text, answered_of, answers, bar, colon, labels, not_applicable_summary, number,
    percent, strings,
};
use crate::markdown::parts::{Align, block, cell, date, field, footer, inline, name_id, table};
use crate::markdown::plan::{fit_fields, plan_body};
use crate::report::Report;
use bilan_core::assessment::{MAX_LEVEL, Rater};

/// Width of the text bars, in characters.
const BAR_WIDTH: usize = 10;

/// The full report: ranking, each profile's detail, notes and the plan.
pub fn report(report: &Report) -> String {
    let lang = report.lang;
    let l = labels(lang);
    let w = strings(lang);
    let mut out = String::new();

    let _ = writeln!(out, "# {} — {}\n", l.report_title, inline(&report.person));
    let rater = match report.rater {
        Rater::SelfRated => l.self_rated,
        Rater::Coach => l.coach_rated,
    };
    let mut fields = vec![field(l.rater, rater, lang)];
    if let Some(coach) = report.coach.as_deref().filter(|c| !c.trim().is_empty()) {
        fields.push(field(l.coach, &inline(coach), lang));
    }
    if let Some(created) = report.created.as_deref() {
        fields.push(field(l.started, &date(created), lang));
    }
    if let Some(updated) = report.updated.as_deref() {
        fields.push(field(l.updated, &date(updated), lang));
    }
    fields.push(field(l.generated, &date(&report.generated), lang));
    let c = &report.completeness;
    let mut completeness = format!(
        "{} ({})",
        answered_of(lang, c.answered, c.total),
        percent(c.percent, lang)
    );
    if let Some(na) = not_applicable_summary(c.not_applicable, lang) {
        completeness = format!("{completeness}{} {}", w.semicolon.trim_end(), inline(&na));
    }
    fields.push(field(w.completeness, &completeness, lang));
    for f in fields {
        let _ = writeln!(out, "- {f}");
    }
    out.push('\n');

    // Ranking: whether its first place is decided, then the profiles
    // (none when no profile is reached).
    let rw = ranking_words(lang);
    let _ = writeln!(out, "## {}\n", l.ranking);
    let _ = writeln!(out, "**{}**\n", inline(&report.verdict));
    if !report.nothing_reached {
        let bounds = report.ranking.iter().any(|r| !r.fits.is_complete());
        let rows: Vec<Vec<String>> = report
            .ranking
            .iter()
            .map(|r| {
                let f = &r.fits;
                let mut row = vec![
                    r.rank.to_string(),
                    format!("**{}** — {}", cell(&r.id), cell(&r.name)),
                    format!("{} {}", bar(f.fit, 100.0, BAR_WIDTH), percent(f.fit, lang)),
                ];
                if bounds {
                    row.push(percent(f.fit_estimate, lang));
                    row.push(percent(f.fit_ceiling, lang));
                }
                row.push(block_points("", &f.blocks.ecf, lang).trim().to_string());
                row.push(block_points("", &f.blocks.traits, lang).trim().to_string());
                row.push(format!("{}/{}", f.answered, f.required));
                row
            })
            .collect();
        let (estimate, ceiling) = (capitalized(rw.estimate), capitalized(rw.ceiling));
        let traits = capitalized(rw.traits);
        let mut columns = vec![
            (l.rank, Align::Right),
            (l.profile, Align::Left),
            (l.fit, Align::Left),
        ];
        if bounds {
            columns.push((estimate.as_str(), Align::Right));
            columns.push((ceiling.as_str(), Align::Right));
        }
        columns.push((rw.ecf, Align::Right));
        columns.push((traits.as_str(), Align::Right));
        columns.push((l.answered_column, Align::Right));
        table(&mut out, &columns, &rows);
    }
    let _ = writeln!(
        out,
        "> **{}{}** {}\n",
        l.rule,
        colon(lang, Space::NoBreak),
        inline(&report.rule)
    );
    if !report.completeness.is_complete() {
        let _ = writeln!(out, "{}\n", inline(rw.bounds_note));
    }
    if !report.ties.is_empty() {
        let _ = writeln!(out, "**{}{}**\n", l.ties, colon(lang, Space::NoBreak));
        for tie in &report.ties {
            let _ = writeln!(out, "- {}", inline(tie));
        }
        out.push('\n');
    }

    // Self-rating and coach's rating.
    if let Some(comparison) = &report.comparison {
        crate::markdown::comparison::section(&mut out, comparison, lang);
    }

    // Each profile.
    for profile in &report.profiles {
        let _ = writeln!(
            out,
            "## {} — {}\n",
            name_id(&profile.name, &profile.id),
            percent(profile.fits.fit, lang)
        );
        let title_of = |id: &str| {
            profile
                .requirements
                .iter()
                .find(|r| r.item == id)
                .map(|r| r.title.as_str())
        };
        fit_fields(&mut out, &profile.fits, title_of, lang);
        let _ = writeln!(out, "### {}\n", l.requirements);
        let rows: Vec<Vec<String>> = profile
            .requirements
            .iter()
            .map(|r| {
                let required = match r.required_max {
                    Some(max) if max != r.required => format!("{}–{max}", r.required),
                    _ => r.required.to_string(),
                };
                let status = match (r.actual, r.met) {
                    (None, _) if r.not_applicable => {
                        format!("∅ {}", answers(lang).not_applicable_cell)
                    }
                    (None, _) => format!("? {}", w.not_answered),
                    (Some(_), true) => format!("✓ {}", l.met),
                    (Some(_), false) => format!("✗ {}", l.not_met),
                };
                vec![
                    cell(&r.item),
                    cell(&r.title),
                    required,
                    r.actual.map_or_else(|| "—".to_string(), |a| a.to_string()),
                    status,
                    number(r.points_lost, lang),
                    cell(&r.source),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                (l.item, Align::Left),
                (l.title, Align::Left),
                (l.required, Align::Center),
                (l.actual, Align::Center),
                (l.status, Align::Left),
                (l.points_lost, Align::Right),
                (w.source_word, Align::Left),
            ],
            &rows,
        );

        if !profile.areas.is_empty() {
            let _ = writeln!(out, "### {}\n", l.by_area);
            let max = f64::from(MAX_LEVEL);
            let rows: Vec<Vec<String>> = profile
                .areas
                .iter()
                .map(|a| {
                    let target = if a.target > 0.0 {
                        format!(
                            "{} {}",
                            bar(a.target, max, BAR_WIDTH),
                            number(a.target, lang)
                        )
                    } else {
                        "—".to_string()
                    };
                    vec![
                        cell(&a.title),
                        format!(
                            "{} {}",
                            bar(a.person, max, BAR_WIDTH),
                            number(a.person, lang)
                        ),
                        target,
                    ]
                })
                .collect();
            table(
                &mut out,
                &[
                    (l.area, Align::Left),
                    (l.you, Align::Left),
                    (l.target, Align::Left),
                ],
                &rows,
            );
        }

        let _ = writeln!(out, "### {}\n", w.strengths);
        if profile.strengths.is_empty() {
            let _ = writeln!(out, "{}\n", w.no_strengths);
        } else {
            for s in &profile.strengths {
                let _ = writeln!(
                    out,
                    "- **{}** {} — {} ({} {}, {} +{})",
                    inline(&s.item),
                    inline(&s.title),
                    s.actual,
                    w.required_by,
                    s.required,
                    l.margin_lower,
                    s.margin
                );
            }
            out.push('\n');
        }
    }

    // Notes.
    let _ = writeln!(out, "## {}\n", l.notes);
    if report.notes.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_notes);
    } else {
        for note in &report.notes {
            let score = note.score.map_or_else(
                || w.not_answered.to_string(),
                |s| match s.level() {
                    Some(level) => format!("{} {level}", l.level),
                    None => answer_text(s, lang, false),
                },
            );
            let _ = writeln!(
                out,
                "### {} — {} ({score})\n",
                inline(&note.item),
                inline(&note.title)
            );
            block(&mut out, &note.text, "> ");
            out.push('\n');
        }
    }

    // Plan.
    let _ = writeln!(out, "## {}\n", l.plan);
    plan_body(&mut out, &report.plan, lang);
    footer(&mut out, l);
    out
}
