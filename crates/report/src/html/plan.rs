//! The development plan as HTML, alone or at the end of the report.

use std::fmt::Write as _;

use crate::html::parts::{document, empty, escape, fit_bar, inline, labelled, name_id};
use crate::l10n::{labels, number, strings};
use crate::report::Plan;
use crate::sheet::importance_label;
use bilan_core::assessment::MAX_LEVEL;
use bilan_core::text::Lang;

/// The development plan as a document of its own.
pub fn plan(plan: &Plan, lang: Lang) -> String {
    let l = labels(lang);
    let mut out = String::new();
    let mut title = escape(l.plan_title);
    if !plan.profile.is_empty() {
        let _ = write!(title, " — {}", name_id(&plan.name, &plan.profile));
    }
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>\n</header>");
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
        } else {
            l.best_match
        };
        let _ = writeln!(
            out,
            "<p>{} <strong>{}</strong></p>\n<p>{} {}</p>",
            labelled(&format!("{} {} {which}", l.plan, l.plan_for), lang),
            name_id(&plan.name, &plan.profile),
            labelled(l.fit, lang),
            fit_bar(plan.fit, lang)
        );
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
            inline(&step.item),
            inline(&step.title)
        );
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}{} → {} ({}, {})</dd>",
            labelled(l.current_level, lang),
            level_scale(step.current, step.required),
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
                    &format!("{} ({} {})", l.goal, l.level, step.goal_level),
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
