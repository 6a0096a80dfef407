//! The coach's interview guide in Markdown.

use std::fmt::Write as _;

use crate::guide::{Guide, GuideItem};
use crate::l10n::{Labels, Space, colon, labels};
use crate::markdown::parts::{block, field, footer, inline, name_id};
use crate::sheet::importance_label;
use bilan_core::assessment::MAX_LEVEL;
use bilan_core::text::Lang;

/// The coach's interview guide: what to ask per requirement, with room to
/// write.
pub fn guide(guide: &Guide) -> String {
    let lang = guide.lang;
    let l = labels(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        l.guide_title,
        name_id(&guide.name, &guide.profile)
    );
    if !guide.summary.trim().is_empty() {
        block(&mut out, &guide.summary, "");
        out.push('\n');
    }
    for label in [l.candidate, l.coach, l.date] {
        let _ = writeln!(out, "{}\n", field(label, "____________________", lang));
    }
    let _ = writeln!(out, "**{}{}**\n", l.guide_how, colon(lang, Space::NoBreak));
    for point in l.guide_intro {
        let _ = writeln!(out, "- {}", inline(point));
    }
    out.push('\n');
    let levels: Vec<String> = (1..=MAX_LEVEL).map(|n| format!("☐ {n}")).collect();
    let levels = levels.join(" ");
    for item in &guide.items {
        let _ = writeln!(
            out,
            "### {} — {} ({} {}, {})\n",
            inline(&item.item),
            inline(&item.title),
            l.level,
            inline(&item.level),
            importance_label(item.importance, lang)
        );
        if !item.section.trim().is_empty() {
            let _ = writeln!(out, "{}\n", field(l.area, &inline(&item.section), lang));
        }
        if !item.level_text.trim().is_empty() {
            let _ = writeln!(
                out,
                "> **{} {}{}** {}\n",
                l.expected_at,
                inline(&item.level),
                colon(lang, Space::NoBreak),
                match &item.level_note {
                    Some(note) => format!("{} _{}_", inline(&item.level_text), inline(note)),
                    None => inline(&item.level_text),
                }
            );
        }
        if let Some(caution) = item.caution.as_deref().filter(|c| !c.trim().is_empty()) {
            let _ = writeln!(out, "> {}\n", field(l.caution, &inline(caution), lang));
        }
        probes(&mut out, item, l, lang);
        if !item.questions.is_empty() {
            let _ = writeln!(out, "**{}{}**\n", l.questions, colon(lang, Space::NoBreak));
            for (i, q) in item.questions.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", i + 1, inline(q));
            }
            out.push('\n');
        }
        if !item.evidence.trim().is_empty() {
            let _ = writeln!(
                out,
                "{}\n",
                field(l.evidence, &inline(&item.evidence), lang)
            );
        }
        let _ = writeln!(out, "{}\n", field(l.observed_level, &levels, lang));
        let _ = writeln!(
            out,
            "**{}{}**\n",
            l.interview_notes,
            colon(lang, Space::NoBreak)
        );
        out.push_str("```text\n\n\n\n```\n\n");
    }
    footer(&mut out, l);
    out
}

/// The probes, one per level band, the required one(s) in bold and said so
/// in words.
fn probes(out: &mut String, item: &GuideItem, l: &Labels, lang: Lang) {
    if item.probes.is_empty() {
        return;
    }
    let _ = writeln!(out, "**{}{}**\n", l.probes, colon(lang, Space::NoBreak));
    let level = capitalized(l.level);
    for probe in &item.probes {
        let text = inline(&probe.text);
        if probe.required {
            let _ = writeln!(
                out,
                "- **{level} {} ({}){}** {text}",
                probe.level,
                l.required_level,
                colon(lang, Space::NoBreak)
            );
        } else {
            let _ = writeln!(
                out,
                "- {level} {}{} {text}",
                probe.level,
                colon(lang, Space::NoBreak)
            );
        }
    }
    out.push('\n');
}

/// `Niveau` from `niveau`.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
