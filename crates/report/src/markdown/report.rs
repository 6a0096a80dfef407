//! The full report in Markdown.

use std::fmt::Write as _;

use crate::l10n::matching::{block as block_points, capitalized, ranking_words};
use crate::l10n::sources::{item_code, source_text};
use crate::l10n::{Space, answer_text, answers, bar, colon, labels, number, percent, strings};
use crate::markdown::parts::{Align, block, cell, footer, inline, meta, name_id, table};
use crate::markdown::plan::{fit_fields, plan_body};
use crate::report::Report;
use bilan_core::assessment::MAX_LEVEL;

/// Width of the text bars, in characters.
const BAR_WIDTH: usize = 10;

/// The full report: ranking, each profile's detail, notes and the plan.
pub fn report(report: &Report) -> String {
    let lang = report.lang;
    let l = labels(lang);
    let w = strings(lang);
    let mut out = String::new();

    let _ = writeln!(out, "# {} — {}\n", l.report_title, inline(&report.person));
    meta(&mut out, &report.header(), l.generated, lang);

    // Ranking: whether its first place is decided, then the profiles
    // (none when no profile is reached).
    let rw = ranking_words(lang);
    let _ = writeln!(out, "## {}\n", l.at_a_glance);
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
    summary(&mut out, report);
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
                    cell(&item_code(&r.item, lang)),
                    cell(&r.title),
                    required,
                    r.actual.map_or_else(|| "—".to_string(), |a| a.to_string()),
                    status,
                    number(r.points_lost, lang),
                    cell(&source_text(&r.source, &r.item, lang)),
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
                    inline(&item_code(&s.item, lang)),
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

    // Notes, when there are some.
    if !report.notes.is_empty() {
        let _ = writeln!(out, "## {}\n", l.notes);
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
                inline(&item_code(&note.item, lang)),
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

/// The first part's gaps and strengths: the three largest gaps of the
/// plan's profile and its three widest strengths, then where the profiles
/// left out are.
fn summary(out: &mut String, report: &Report) {
    let lang = report.lang;
    let (l, w) = (labels(lang), strings(lang));
    let plan = &report.plan;
    if !plan.steps.is_empty() {
        let _ = writeln!(
            out,
            "### {} — {}\n",
            l.top_gaps,
            name_id(&plan.name, &plan.profile)
        );
        let rows: Vec<Vec<String>> = plan
            .steps
            .iter()
            .take(3)
            .map(|step| {
                vec![
                    cell(&item_code(&step.item, lang)),
                    cell(&step.title),
                    step.current_text(lang),
                    step.required.to_string(),
                    number(step.points_lost, lang),
                ]
            })
            .collect();
        table(
            out,
            &[
                (l.item, Align::Left),
                (l.title, Align::Left),
                (l.actual, Align::Center),
                (l.required, Align::Center),
                (l.points_lost, Align::Right),
            ],
            &rows,
        );
    }
    let strengths = report
        .profiles
        .iter()
        .find(|p| p.id == plan.profile)
        .map(|p| &p.strengths[..])
        .unwrap_or_default();
    if !strengths.is_empty() {
        let _ = writeln!(out, "### {}\n", w.strengths);
        for s in strengths.iter().take(3) {
            let _ = writeln!(
                out,
                "- **{}** {} — {} ({} {}, {} +{})",
                inline(&item_code(&s.item, lang)),
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
    if report.profiles.len() < report.ranking.len() {
        let _ = writeln!(out, "{}\n", inline(l.other_profiles));
    }
}
