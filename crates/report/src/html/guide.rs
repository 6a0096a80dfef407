//! The coach's interview guide as HTML.

use std::fmt::Write as _;

use crate::guide::{Guide, GuideItem};
use crate::html::parts::{capitalized, document, escape, inline, labelled, name_id, paragraphs};
use crate::l10n::{Labels, labels};
use crate::sheet::importance_label;
use bilan_core::assessment::MAX_LEVEL;
use bilan_core::text::Lang;

/// The coach's interview guide: per requirement, the level expected, the
/// questions, the evidence to look for, and room to write and to tick the
/// level observed.
pub fn guide(guide: &Guide) -> String {
    let lang = guide.lang;
    let l = labels(lang);
    let mut out = String::new();
    let title = format!(
        "{} — {}",
        escape(l.guide_title),
        name_id(&guide.name, &guide.profile)
    );
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>");
    out.push_str(&paragraphs(&guide.summary, Some("summary")));
    out.push_str("\n<dl class=\"fill\">\n");
    for label in [l.candidate, l.coach, l.date] {
        let _ = writeln!(out, "<dt>{}</dt><dd></dd>", labelled(label, lang));
    }
    out.push_str("</dl>\n");
    let _ = writeln!(
        out,
        "<section class=\"intro\"><p><strong>{}</strong></p>\n<ul>",
        labelled(l.guide_how, lang)
    );
    for point in l.guide_intro {
        let _ = writeln!(out, "<li>{}</li>", inline(point));
    }
    out.push_str("</ul></section>\n</header>\n");

    for item in &guide.items {
        out.push_str("<section class=\"item\">\n");
        let _ = writeln!(
            out,
            "<h2>{} — {}</h2>",
            inline(&item.item),
            inline(&item.title)
        );
        let mut facts = Vec::new();
        if !item.section.trim().is_empty() {
            facts.push(format!(
                "{} {}",
                labelled(l.area, lang),
                inline(&item.section)
            ));
        }
        facts.push(format!(
            "{} {}",
            labelled(&capitalized(l.level), lang),
            inline(&item.level)
        ));
        facts.push(format!(
            "{} {}",
            labelled(l.importance, lang),
            escape(importance_label(item.importance, lang))
        ));
        let _ = writeln!(out, "<p class=\"facts\">{}</p>", facts.join(" · "));
        if !item.level_text.trim().is_empty() {
            let _ = writeln!(
                out,
                "<blockquote><p><strong>{}</strong> {}</p></blockquote>",
                labelled(&format!("{} {}", l.expected_at, item.level), lang),
                match &item.level_note {
                    Some(note) => format!("{} <em>{}</em>", inline(&item.level_text), inline(note)),
                    None => inline(&item.level_text),
                }
            );
        }
        if let Some(caution) = item.caution.as_deref().filter(|c| !c.trim().is_empty()) {
            let _ = writeln!(
                out,
                "<blockquote class=\"caution\"><p><strong>{}</strong> {}</p></blockquote>",
                labelled(l.caution, lang),
                inline(caution)
            );
        }
        probes(&mut out, item, l, lang);
        if !item.questions.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ol>",
                labelled(l.questions, lang)
            );
            for q in &item.questions {
                let _ = writeln!(out, "<li>{}</li>", inline(q));
            }
            out.push_str("</ol>\n");
        }
        if !item.evidence.trim().is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong> {}</p>",
                labelled(l.evidence, lang),
                inline(&item.evidence)
            );
        }
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p>\n<div class=\"lines\"><div></div><div></div><div></div><div></div></div>",
            labelled(l.interview_notes, lang)
        );
        let boxes: Vec<String> = (1..=MAX_LEVEL)
            .map(|n| format!("<span class=\"box\">{n}</span>"))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"observed\"><strong>{}</strong>{}</p>\n</section>",
            labelled(l.observed_level, lang),
            boxes.join("")
        );
    }
    document(lang, &title, &out)
}

/// The probes, one per level band; the required one is said so in words,
/// in bold.
fn probes(out: &mut String, item: &GuideItem, l: &Labels, lang: Lang) {
    if item.probes.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<p><strong>{}</strong></p>\n<ul class=\"probes\">",
        labelled(l.probes, lang)
    );
    let level = capitalized(l.level);
    for probe in &item.probes {
        let text = inline(&probe.text);
        if probe.required {
            let label = format!("{level} {} ({})", probe.level, l.required_level);
            let _ = writeln!(
                out,
                "<li class=\"required\"><strong>{}</strong> {text}</li>",
                labelled(&label, lang)
            );
        } else {
            let label = format!("{level} {}", probe.level);
            let _ = writeln!(out, "<li>{} {text}</li>", labelled(&label, lang));
        }
    }
    out.push_str("</ul>\n");
}
