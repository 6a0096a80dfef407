//! The development plan in Markdown, alone or at the end of the report.

use std::fmt::Write as _;

use crate::l10n::matching::{self as words, ranking_words};
use crate::l10n::sources::item_code;
use crate::l10n::{Space, colon, labels, number, percent, strings};
use crate::markdown::parts::{field, footer, inline, meta, name_id};
use crate::report::{Fit, Plan};
use crate::sheet::importance_label;
use bilan_core::text::Lang;

/// The plan as a document of its own: whose it is (the report's header)
/// and whether the ranking is decided come first, as the plan rests on them.
pub fn plan(plan: &Plan, lang: Lang) -> String {
    let l = labels(lang);
    let mut out = String::new();
    match &plan.header {
        Some(header) => {
            let _ = writeln!(out, "# {} — {}\n", l.plan_title, inline(&header.person));
            meta(&mut out, header, l.made_on, lang);
        }
        None => {
            let _ = writeln!(out, "# {}\n", l.plan_title);
            let c = &plan.completeness;
            let completeness = format!(
                "{} ({})",
                crate::l10n::answered_of(lang, c.answered, c.total),
                percent(c.percent, lang)
            );
            let _ = writeln!(
                out,
                "- {}\n",
                field(strings(lang).completeness, &completeness, lang)
            );
        }
    }
    let _ = writeln!(out, "**{}**\n", inline(&plan.verdict));
    if !plan.profile.is_empty() {
        let _ = writeln!(
            out,
            "## {} — {}\n",
            name_id(&plan.name, &plan.profile),
            percent(plan.fits.fit, lang)
        );
        fit_fields(&mut out, &plan.fits, |id| plan.title_of(id), lang);
    }
    plan_body(&mut out, plan, lang);
    footer(&mut out, l);
    out
}

/// The plan's introduction and steps (`###` headings).
pub(super) fn plan_body(out: &mut String, plan: &Plan, lang: Lang) {
    let l = labels(lang);
    if !plan.profile.is_empty() {
        let which = if plan.chosen {
            l.chosen_profile
        } else if plan.nothing_reached {
            ranking_words(lang).first_listed
        } else {
            l.best_match
        };
        let _ = writeln!(
            out,
            "{} {} {which}{} {} — {} {}\n",
            l.plan,
            l.plan_for,
            colon(lang, Space::NoBreak),
            name_id(&plan.name, &plan.profile),
            l.fit.to_lowercase(),
            percent(plan.fits.fit, lang)
        );
    }
    if plan.steps.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_gaps);
        return;
    }
    for (i, step) in plan.steps.iter().enumerate() {
        let _ = writeln!(
            out,
            "### {}. {} — {}\n",
            i + 1,
            inline(&item_code(&step.item, lang)),
            inline(&step.title)
        );
        let _ = writeln!(
            out,
            "- {}",
            field(
                l.current_level,
                &format!(
                    "{} → {} ({}, {})",
                    step.current_text(lang),
                    step.required,
                    l.required.to_lowercase(),
                    importance_label(step.importance, lang)
                ),
                lang
            )
        );
        let _ = writeln!(
            out,
            "- {}\n",
            field(l.points_lost, &number(step.points_lost, lang), lang)
        );
        if !step.goal.trim().is_empty() {
            let label = words::next_step_label(step.goal_level, step.required, lang);
            let mut goal = inline(&step.goal);
            if let Some(note) = &step.goal_note {
                goal = format!("{goal} _{}_", inline(note));
            }
            let _ = writeln!(out, "{}\n", field(&label, &goal, lang));
        }
        if !step.codes.is_empty() {
            let _ = writeln!(out, "**{}{}**\n", l.codes, colon(lang, Space::NoBreak));
            for code in &step.codes {
                if code.text.trim().is_empty() {
                    let _ = writeln!(out, "- {}", inline(&code.code));
                } else {
                    let _ = writeln!(out, "- {} — {}", inline(&code.code), inline(&code.text));
                }
            }
            out.push('\n');
        }
        if !step.actions.is_empty() {
            let _ = writeln!(out, "**{}{}**\n", l.actions, colon(lang, Space::NoBreak));
            for action in &step.actions {
                let _ = writeln!(out, "- [ ] {}", inline(action));
            }
            out.push('\n');
        }
    }
}

/// A fit's figures as a list: the fit with its estimate and ceiling (when
/// some requirement is unanswered), its e-CF and traits parts, and the core
/// requirements at 0 (titled by `title_of`).
pub(super) fn fit_fields<'a>(
    out: &mut String,
    f: &Fit,
    title_of: impl Fn(&str) -> Option<&'a str>,
    lang: Lang,
) {
    let l = labels(lang);
    let rw = ranking_words(lang);
    let fit = match words::bounds(f, lang, Space::Narrow) {
        Some(bounds) => format!("{} ({bounds})", percent(f.fit, lang)),
        None => percent(f.fit, lang),
    };
    let _ = writeln!(out, "- {}", field(l.fit, &fit, lang));
    let _ = writeln!(out, "- {}", field(rw.parts, &words::blocks(f, lang), lang));
    if let Some((label, items)) = words::core_not_started_parts(f, title_of, lang) {
        let _ = writeln!(out, "- {}", field(label, &inline(&items), lang));
    }
    out.push('\n');
}
