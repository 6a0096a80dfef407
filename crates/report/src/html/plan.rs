//! The development plan as HTML, alone or at the end of the report.

use std::fmt::Write as _;

use crate::html::parts::{document, empty, escape, fit_bar, inline, labelled, meta, name_id};
use crate::l10n::matching::{self as words, ranking_words};
use crate::l10n::sources::item_code;
use crate::l10n::{Space, labels, number, strings};
use crate::report::{Fit, Plan};
use crate::sheet::importance_label;
use bilan_core::assessment::MAX_LEVEL;
use bilan_core::text::Lang;

/// The development plan as a document of its own: whose it is (the
/// report's header) and whether the ranking is decided come first.
pub fn plan(plan: &Plan, lang: Lang) -> String {
    let l = labels(lang);
    let mut out = String::new();
    let mut title = escape(l.plan_title);
    match &plan.header {
        Some(header) => {
            let _ = write!(title, " — {}", inline(&header.person));
        }
        None if !plan.profile.is_empty() => {
            let _ = write!(title, " — {}", name_id(&plan.name, &plan.profile));
        }
        None => {}
    }
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>");
    match &plan.header {
        Some(header) => meta(&mut out, header, l.made_on, lang),
        None => {
            let c = &plan.completeness;
            let _ = writeln!(
                out,
                "<dl class=\"meta\">\n<dt>{}</dt><dd>{} {}</dd>\n</dl>",
                labelled(strings(lang).completeness, lang),
                escape(&crate::l10n::answered_of(lang, c.answered, c.total)),
                fit_bar(c.percent, lang),
            );
        }
    }
    let _ = writeln!(
        out,
        "<p class=\"verdict\"><strong>{}</strong></p>\n</header>",
        inline(&plan.verdict)
    );
    out.push_str("<section id=\"plan\">\n");
    plan_body(&mut out, plan, lang);
    out.push_str("</section>\n");
    document(lang, &title, &out)
}

/// `1 → 3` as five boxes: filled up to the current level, outlined thick
/// up to the required one.
fn level_scale(current: u8, required: u8) -> String {
    let mut out = String::from("<span class=\"scale\" aria-hidden=\"true\">");
    for lvl in 1..=MAX_LEVEL {
        let on = lvl <= current;
        let want = lvl <= required && lvl > current;
        out.push_str(match (on, want) {
            (true, _) => "<i class=\"on\"></i>",
            (false, true) => "<i class=\"want\"></i>",
            (false, false) => "<i></i>",
        });
    }
    out.push_str("</span>");
    out
}

/// The plan's introduction and its steps.
pub(super) fn plan_body(out: &mut String, plan: &Plan, lang: Lang) {
    let l = labels(lang);
    let w = strings(lang);
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
            "<p>{} <strong>{}</strong></p>",
            labelled(&format!("{} {} {which}", l.plan, l.plan_for), lang),
            name_id(&plan.name, &plan.profile),
        );
        fit_list(out, &plan.fits, |id| plan.title_of(id), lang);
    }
    if plan.steps.is_empty() {
        out.push_str(&empty(l.no_gaps));
        return;
    }
    out.push_str("<ol class=\"steps\">\n");
    for (i, step) in plan.steps.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li class=\"step\">\n<h3>{}. {} — {}</h3>\n<dl class=\"meta\">",
            i + 1,
            inline(&item_code(&step.item, lang)),
            inline(&step.title)
        );
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}{} → {} ({}, {})</dd>",
            labelled(l.current_level, lang),
            // "Not applicable" has no level: no scale (empty boxes would
            // read as level 0), the words alone.
            if step.not_applicable {
                String::new()
            } else {
                level_scale(step.current, step.required)
            },
            escape(&step.current_text(lang)),
            step.required,
            escape(w.required_by),
            escape(importance_label(step.importance, lang))
        );
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            labelled(l.points_lost, lang),
            number(step.points_lost, lang)
        );
        if !step.goal.trim().is_empty() {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                labelled(
                    &words::next_step_label(step.goal_level, step.required, lang),
                    lang
                ),
                match &step.goal_note {
                    Some(note) => format!("{} <em>{}</em>", inline(&step.goal), inline(note)),
                    None => inline(&step.goal),
                }
            );
        }
        out.push_str("</dl>\n");
        if !step.codes.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ul class=\"codes\">",
                labelled(l.codes, lang)
            );
            for code in &step.codes {
                if code.text.trim().is_empty() {
                    let _ = writeln!(out, "<li><strong>{}</strong></li>", inline(&code.code));
                } else {
                    let _ = writeln!(
                        out,
                        "<li><strong>{}</strong> — {}</li>",
                        inline(&code.code),
                        inline(&code.text)
                    );
                }
            }
            out.push_str("</ul>\n");
        }
        if !step.actions.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ul class=\"actions\">",
                labelled(l.actions, lang)
            );
            for action in &step.actions {
                let _ = writeln!(out, "<li>{}</li>", inline(action));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
}

/// A fit's figures: the fit bar with its estimate and ceiling (when some
/// requirement is unanswered), its e-CF and traits parts, and the core
/// requirements at 0 (titled by `title_of`).
pub(super) fn fit_list<'a>(
    out: &mut String,
    f: &Fit,
    title_of: impl Fn(&str) -> Option<&'a str>,
    lang: Lang,
) {
    let l = labels(lang);
    let rw = ranking_words(lang);
    let mut fit = fit_bar(f.fit, lang);
    if let Some(bounds) = words::bounds(f, lang, Space::Narrow) {
        fit.push_str(&format!(
            " <span class=\"muted\">({})</span>",
            escape(&bounds)
        ));
    }
    let _ = writeln!(
        out,
        "<dl class=\"meta\">\n<dt>{}</dt><dd>{fit}</dd>\n<dt>{}</dt><dd>{}</dd>",
        labelled(l.fit, lang),
        labelled(rw.parts, lang),
        escape(&words::blocks(f, lang))
    );
    if let Some((label, items)) = words::core_not_started_parts(f, title_of, lang) {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd class=\"st-bad\">{}</dd>",
            labelled(label, lang),
            inline(&items)
        );
    }
    out.push_str("</dl>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_scale_shows_current_and_required() {
        let scale = level_scale(1, 3);
        assert_eq!(scale.matches("class=\"on\"").count(), 1);
        assert_eq!(scale.matches("class=\"want\"").count(), 2);
        assert_eq!(scale.matches("<i").count(), 5);
    }
}
