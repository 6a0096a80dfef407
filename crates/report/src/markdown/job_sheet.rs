//! The recruiter's job sheet in Markdown.

use std::fmt::Write as _;

use crate::job_sheet::{JobSheet, SheetDuty};
use crate::l10n::derivation::{self, sheet_words};
use crate::l10n::{Space, colon, ecf, labels, sources, strings};
use crate::markdown::parts::{Align, block, cell, escape, field, footer, inline, name_id, table};
use crate::sheet::importance_label;
use bilan_core::Lang;
use bilan_core::profile::Mark;

/// `Niveau` from `niveau`, for a column header.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The requirements a seed places outside the e-CF's range, then where
/// bilan reads a competence as a seed does (D.6), as two short lists.
fn ecf_notes(out: &mut String, sheet: &JobSheet) {
    let outside: Vec<_> = sheet
        .competences
        .iter()
        .filter_map(|r| r.outside_ecf.as_ref().map(|note| (r, note)))
        .collect();
    if !outside.is_empty() {
        let _ = writeln!(out, "**{}**\n", ecf::outside_heading(sheet.lang));
        for (r, note) in outside {
            let _ = writeln!(out, "- {} — {}", inline(&r.item), inline(note));
        }
        out.push('\n');
    }
    if !sheet.ecf_notes.is_empty() {
        let _ = writeln!(out, "**{}**\n", ecf::notes_heading(sheet.lang));
        for note in &sheet.ecf_notes {
            let _ = writeln!(
                out,
                "- {} {} — {}",
                inline(&note.item),
                inline(&note.title),
                inline(&note.text)
            );
        }
        out.push('\n');
    }
}

/// The recruiter's job sheet: duties with T/P marks, then what the role asks.
pub fn job_sheet(sheet: &JobSheet) -> String {
    let lang = sheet.lang;
    let l = labels(lang);
    let w = strings(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        l.job_sheet_title,
        name_id(&sheet.name, &sheet.id)
    );
    let aliases: Vec<String> = sheet
        .aliases
        .iter()
        .map(|a| inline(a))
        .filter(|a| !a.is_empty())
        .collect();
    if !aliases.is_empty() {
        let _ = writeln!(out, "{}\n", field(w.aliases, &aliases.join(" · "), lang));
    }
    if !sheet.summary.trim().is_empty() {
        block(&mut out, &sheet.summary, "");
        out.push('\n');
    }
    if !sheet.groups.is_empty() {
        let _ = writeln!(out, "_{}_\n", escape(l.marks_legend, true));
    }
    for section in &sheet.groups {
        let _ = writeln!(out, "## {}\n", inline(&section.title));
        // Duties without a category first, then one sub-heading per category
        // in order of first appearance.
        let mut categories: Vec<Option<&str>> = vec![None];
        for duty in &section.duties {
            let category = duty.category.as_deref().filter(|c| !c.trim().is_empty());
            if !categories.contains(&category) {
                categories.push(category);
            }
        }
        for category in categories {
            let duties: Vec<_> = section
                .duties
                .iter()
                .filter(|d| d.category.as_deref().filter(|c| !c.trim().is_empty()) == category)
                .collect();
            if duties.is_empty() {
                continue;
            }
            if let Some(name) = category {
                let _ = writeln!(out, "### {}\n", inline(name));
            }
            for duty in duties {
                duty_lines(&mut out, duty, lang);
            }
            out.push('\n');
        }
    }
    if !sheet.competences.is_empty() {
        let _ = writeln!(out, "## {}\n", l.competences);
        let _ = writeln!(out, "_{}_\n", escape(&sheet.ecf_statement, true));
        block(&mut out, &sheet.rule, "");
        out.push('\n');
        let rows: Vec<Vec<String>> = sheet
            .competences
            .iter()
            .map(|r| {
                vec![
                    cell(&r.item),
                    cell(&r.title),
                    cell(&r.section),
                    cell(&r.level),
                    cell(r.ecf_levels.as_deref().unwrap_or("—")),
                    cell(importance_label(r.importance, lang)),
                    cell(r.level_basis.as_deref().unwrap_or_default()),
                    cell(&sources::source_text(&r.source, &r.item, lang)),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                (l.item, Align::Left),
                (l.title, Align::Left),
                (l.area, Align::Left),
                (&capitalized(l.level), Align::Center),
                (ecf::levels_column(lang), Align::Center),
                (l.importance, Align::Left),
                (sheet_words(lang).level_basis, Align::Left),
                (w.source_word, Align::Left),
            ],
            &rows,
        );
        ecf_notes(&mut out, sheet);
    }
    if !sheet.traits.is_empty() {
        let _ = writeln!(out, "## {}\n", l.traits);
        let rows: Vec<Vec<String>> = sheet
            .traits
            .iter()
            .map(|r| {
                vec![
                    cell(&r.title),
                    cell(&r.section),
                    cell(&r.required_level),
                    format!(
                        "**{}** {}",
                        cell(&r.level),
                        cell(importance_label(r.importance, lang))
                    ),
                    cell(&sources::source_text(&r.source, &r.item, lang)),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                (l.title, Align::Left),
                (l.kind, Align::Left),
                (&capitalized(l.level), Align::Center),
                (l.importance, Align::Left),
                (w.source_word, Align::Left),
            ],
            &rows,
        );
        let _ = writeln!(out, "_{}_\n", escape(l.importance_legend, true));
    }
    footer(&mut out, l);
    out
}

/// A duty as a list item: mark, text and the role's involvement with why;
/// then one sub-item per e-CF competence it exercises, with why. Mappings
/// without reasons (older profiles) stay on the duty's line.
fn duty_lines(out: &mut String, duty: &SheetDuty, lang: Lang) {
    let sep = colon(lang, Space::NoBreak);
    let mark = match duty.mark {
        Mark::T => "T",
        Mark::P => "P",
    };
    let mut line = format!("- **{mark}** {}", inline(&duty.text));
    if let Some(involvement) = duty.involvement {
        let _ = write!(
            line,
            " — _{}_",
            inline(derivation::involvement(involvement, lang))
        );
        if let Some(why) = duty
            .involvement_why
            .as_deref()
            .filter(|why| !why.trim().is_empty())
        {
            let _ = write!(line, "{sep} {}", inline(why));
        }
    }
    let explained = duty.ecf.iter().any(|link| link.why.is_some());
    if !explained && !duty.ecf.is_empty() {
        let codes: Vec<String> = duty.ecf.iter().map(|c| inline(&c.code)).collect();
        let _ = write!(line, " — e-CF {}", codes.join(", "));
    }
    let _ = writeln!(out, "{line}");
    if explained {
        for link in &duty.ecf {
            let _ = match link.why.as_deref() {
                Some(why) => writeln!(out, "  - e-CF {}{sep} {}", inline(&link.code), inline(why)),
                None => writeln!(out, "  - e-CF {}", inline(&link.code)),
            };
        }
    }
    if duty.ecf.is_empty()
        && let Some(why) = duty.no_ecf_why.as_deref()
    {
        let _ = writeln!(
            out,
            "  - {}{sep} {}",
            inline(sheet_words(lang).no_ecf),
            inline(why)
        );
    }
}
