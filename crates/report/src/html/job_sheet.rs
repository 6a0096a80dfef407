//! The recruiter's job sheet as HTML.

use std::fmt::Write as _;

use crate::html::parts::{
    capitalized, document, escape, inline, labelled, name_id, paragraphs, thead,
};
use crate::job_sheet::{JobSheet, SheetDuty, SheetRequirement};
use crate::l10n::derivation::{self, sheet_words};
use crate::l10n::{Space, colon, ecf, labels, sources, strings};
use crate::sheet::importance_label;
use bilan_core::Lang;
use bilan_core::profile::Mark;

/// The requirements a seed places outside the e-CF's range, then where
/// bilan reads a competence as a seed does (D.6).
fn ecf_notes(out: &mut String, sheet: &JobSheet) {
    let outside: Vec<_> = sheet
        .competences
        .iter()
        .filter_map(|r| r.outside_ecf.as_ref().map(|note| (r, note)))
        .collect();
    if !outside.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul class=\"ecf-outside\">",
            escape(ecf::outside_heading(sheet.lang))
        );
        for (r, note) in outside {
            let _ = writeln!(
                out,
                "<li><span class=\"id\">{}</span> — {}</li>",
                inline(&r.item),
                inline(note)
            );
        }
        out.push_str("</ul>\n");
    }
    if !sheet.ecf_notes.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul class=\"ecf-notes\">",
            escape(ecf::notes_heading(sheet.lang))
        );
        for note in &sheet.ecf_notes {
            let _ = writeln!(
                out,
                "<li><span class=\"id\">{}</span> {} — {}</li>",
                inline(&note.item),
                inline(&note.title),
                inline(&note.text)
            );
        }
        out.push_str("</ul>\n");
    }
}

/// What a requirement's source is, with the seeds' short names.
fn source_cell(r: &SheetRequirement, lang: Lang) -> String {
    let parts: Vec<String> = sources::source_short_parts(&r.source, &r.item, lang)
        .iter()
        .map(|s| escape(s))
        .collect();
    parts.join("<br>")
}

/// The whole titles of the seeds a table cites by their short names.
fn source_legend(out: &mut String, rows: &[SheetRequirement], lang: Lang) {
    let seeds = sources::seeds_cited(rows.iter().map(|r| r.source.as_str()));
    if !seeds.is_empty() {
        let w = strings(lang);
        let _ = writeln!(
            out,
            "<p class=\"legend\">{} {}</p>",
            labelled(w.source_word, lang),
            escape(&sources::legend(&seeds, lang).join(w.semicolon))
        );
    }
}

/// The recruiter's job sheet: duties with T/P marks, then the competences
/// and traits the role asks for.
pub fn job_sheet(sheet: &JobSheet) -> String {
    let lang = sheet.lang;
    let l = labels(lang);
    let w = strings(lang);
    let mut out = String::new();
    let title = format!(
        "{} — {}",
        escape(l.job_sheet_title),
        name_id(&sheet.name, &sheet.id)
    );
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>");
    let aliases: Vec<String> = sheet
        .aliases
        .iter()
        .map(|a| inline(a))
        .filter(|a| !a.is_empty())
        .collect();
    if !aliases.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong> {}</p>",
            labelled(w.aliases, lang),
            aliases.join(" · ")
        );
    }
    out.push_str(&paragraphs(&sheet.summary, Some("summary")));
    out.push_str("\n</header>\n");

    if !sheet.groups.is_empty() {
        let _ = writeln!(out, "<p class=\"legend\">{}</p>", escape(l.marks_legend));
    }
    for section in &sheet.groups {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", inline(&section.title));
        // Duties without a category first, then one sub-heading per category
        // in order of first appearance.
        let category_of = |d: &SheetDuty| -> Option<String> {
            d.category
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string)
        };
        let mut categories: Vec<Option<String>> = vec![None];
        for duty in &section.duties {
            let category = category_of(duty);
            if !categories.contains(&category) {
                categories.push(category);
            }
        }
        for category in categories {
            let duties: Vec<_> = section
                .duties
                .iter()
                .filter(|d| category_of(d) == category)
                .collect();
            if duties.is_empty() {
                continue;
            }
            // A short group stays on one page with its heading.
            let group = if duties.len() <= 8 { " group" } else { "" };
            let _ = writeln!(out, "<div class=\"duty-group{group}\">");
            if let Some(name) = &category {
                let _ = writeln!(out, "<h3>{}</h3>", inline(name));
            }
            out.push_str("<ul class=\"duties\">\n");
            for duty in duties {
                duty_item(&mut out, duty, lang);
            }
            out.push_str("</ul>\n</div>\n");
        }
        out.push_str("</section>\n");
    }

    if !sheet.competences.is_empty() {
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<p class=\"legend\">{}</p>\n{}\n<table class=\"competences\">",
            escape(l.competences),
            escape(&sheet.ecf_statement),
            paragraphs(&sheet.rule, Some("rule"))
        );
        thead(
            &mut out,
            &[
                (l.item, ""),
                (l.title, ""),
                (l.area, ""),
                (&capitalized(l.level), "c"),
                (ecf::levels_column(lang), "c"),
                (l.importance, ""),
                (sheet_words(lang).level_basis, ""),
                (w.source_word, ""),
            ],
        );
        out.push_str("<tbody>\n");
        for r in &sheet.competences {
            let _ = writeln!(
                out,
                "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td class=\"c\">{}</td><td class=\"c\">{}</td><td>{}</td><td class=\"basis\">{}</td><td class=\"src\">{}</td></tr>",
                inline(&r.item),
                inline(&r.title),
                inline(&r.section),
                inline(&r.level),
                inline(r.ecf_levels.as_deref().unwrap_or("—")),
                escape(importance_label(r.importance, lang)),
                inline(r.level_basis.as_deref().unwrap_or_default()),
                source_cell(r, lang)
            );
        }
        out.push_str("</tbody>\n</table>\n");
        source_legend(&mut out, &sheet.competences, lang);
        ecf_notes(&mut out, sheet);
        out.push_str("</section>\n");
    }
    if !sheet.traits.is_empty() {
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<table class=\"traits\">",
            escape(l.traits)
        );
        thead(
            &mut out,
            &[
                (l.title, ""),
                (l.kind, ""),
                (&capitalized(l.level), "c"),
                (l.importance, ""),
                (w.source_word, ""),
            ],
        );
        out.push_str("<tbody>\n");
        for r in &sheet.traits {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"c\">{}</td><td><strong>{}</strong> {}</td><td class=\"src\">{}</td></tr>",
                inline(&r.title),
                inline(&r.section),
                inline(&r.required_level),
                inline(&r.level),
                escape(importance_label(r.importance, lang)),
                source_cell(r, lang)
            );
        }
        out.push_str("</tbody>\n</table>\n");
        source_legend(&mut out, &sheet.traits, lang);
        let _ = writeln!(
            out,
            "<p class=\"legend\">{}</p>\n</section>",
            escape(l.importance_legend)
        );
    }
    document(lang, &title, &out)
}

/// A duty as a list item: mark, text and the role's involvement with why,
/// then the e-CF competences it exercises, each with why. Mappings without
/// reasons (older profiles) stay on the duty's line.
fn duty_item(out: &mut String, duty: &SheetDuty, lang: Lang) {
    let w = strings(lang);
    let sep = colon(lang, Space::NoBreak);
    let (mark, class, word) = match duty.mark {
        Mark::T => ("T", "mark-t", w.always),
        Mark::P => ("P", "mark-p", w.sometimes),
    };
    let mut text = inline(&duty.text);
    if let Some(involvement) = duty.involvement {
        let _ = write!(
            text,
            " — <em class=\"involvement\">{}</em>",
            escape(derivation::involvement(involvement, lang))
        );
        if let Some(why) = duty
            .involvement_why
            .as_deref()
            .filter(|why| !why.trim().is_empty())
        {
            let _ = write!(text, "{sep} {}", inline(why));
        }
    }
    let explained = duty.ecf.iter().any(|link| link.why.is_some());
    if !explained && !duty.ecf.is_empty() {
        let codes: Vec<String> = duty.ecf.iter().map(|c| inline(&c.code)).collect();
        let _ = write!(
            text,
            " <span class=\"ecf\">e-CF {}</span>",
            codes.join(", ")
        );
    }
    let mut links = Vec::new();
    if explained {
        for link in &duty.ecf {
            let why = link
                .why
                .as_deref()
                .map(|why| format!("{sep} {}", inline(why)))
                .unwrap_or_default();
            links.push(format!(
                "<li><span class=\"ecf\">e-CF {}</span>{why}</li>",
                inline(&link.code)
            ));
        }
    }
    if duty.ecf.is_empty()
        && let Some(why) = duty.no_ecf_why.as_deref()
    {
        links.push(format!(
            "<li><span class=\"ecf\">{}</span>{sep} {}</li>",
            escape(sheet_words(lang).no_ecf),
            inline(why)
        ));
    }
    if !links.is_empty() {
        let _ = write!(text, "<ul class=\"links\">{}</ul>", links.concat());
    }
    let _ = writeln!(
        out,
        "<li><span class=\"mark {class}\" title=\"{}\">{mark}</span><span>{text}</span></li>",
        escape(word)
    );
}
