//! The job sheet of a profile as structured lines, shared by the CLI (plain
//! text) and the TUI (styled): missions, duties with T/P, requirements.

use crate::l10n::{Space, colon, strings};

use bilan_core::catalogue::Catalogue;
use bilan_core::profile::{Importance, Mark, Profile};
use bilan_core::text::Lang;

/// What a line of the sheet is, so each front end can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Heading,
    Subheading,
    Text,
    Duty(Mark),
    Requirement(Importance),
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetLine {
    pub kind: LineKind,
    pub text: String,
}

fn line(kind: LineKind, text: impl Into<String>) -> SheetLine {
    SheetLine {
        kind,
        text: text.into(),
    }
}

pub fn mark_label(mark: Mark, lang: Lang) -> &'static str {
    let s = strings(lang);
    match mark {
        Mark::T => s.always,
        Mark::P => s.sometimes,
    }
}

pub fn importance_label(importance: Importance, lang: Lang) -> &'static str {
    let s = strings(lang);
    match importance {
        Importance::Core => s.core,
        Importance::Secondary => s.secondary,
    }
}

pub use crate::job_sheet::level_range;

/// The job sheet of `profile`, line by line: the same facts as the HTML
/// and Markdown sheets, from the same [`JobSheet`](crate::job_sheet::JobSheet).
pub fn job_sheet(catalogue: &Catalogue, profile: &Profile, lang: Lang) -> Vec<SheetLine> {
    let sheet = crate::job_sheet::job_sheet(catalogue, profile, lang);
    let s = strings(lang);
    let l = crate::l10n::labels(lang);
    let sep = colon(lang, Space::Plain);
    let mut lines = vec![line(
        LineKind::Title,
        format!("{} ({})", sheet.name, sheet.id),
    )];
    if !sheet.aliases.is_empty() {
        lines.push(line(
            LineKind::Text,
            format!("{}{sep} {}", s.aliases, sheet.aliases.join(" · ")),
        ));
    }
    lines.push(line(LineKind::Blank, ""));
    lines.push(line(LineKind::Text, sheet.summary.as_str()));
    if !sheet.groups.is_empty() {
        lines.push(line(LineKind::Blank, ""));
        lines.push(line(LineKind::Text, l.marks_legend));
    }
    for group in &sheet.groups {
        lines.push(line(LineKind::Blank, ""));
        lines.push(line(LineKind::Heading, group.title.as_str()));
        let mut last_category = None;
        for duty in &group.duties {
            let category = duty.category.as_deref();
            if let Some(name) = category
                && category != last_category
            {
                lines.push(line(LineKind::Subheading, name));
            }
            last_category = category;
            duty_lines(&mut lines, duty, lang);
        }
    }
    lines.push(line(LineKind::Blank, ""));
    lines.push(line(LineKind::Heading, s.requirements));
    lines.push(line(LineKind::Text, sheet.ecf_statement.as_str()));
    lines.push(line(LineKind::Text, sheet.rule.as_str()));
    requirement_lines(&mut lines, &sheet.competences, lang);
    if !sheet.competences.is_empty() && sheet.competences.iter().any(|r| r.outside_ecf.is_some()) {
        lines.push(line(LineKind::Blank, ""));
        lines.push(line(
            LineKind::Subheading,
            crate::l10n::ecf::outside_heading(lang),
        ));
        for r in &sheet.competences {
            if let Some(note) = &r.outside_ecf {
                lines.push(line(LineKind::Text, format!("{} — {note}", r.item)));
            }
        }
    }
    if !sheet.ecf_notes.is_empty() {
        lines.push(line(LineKind::Blank, ""));
        lines.push(line(
            LineKind::Subheading,
            crate::l10n::ecf::notes_heading(lang),
        ));
        for note in &sheet.ecf_notes {
            lines.push(line(
                LineKind::Text,
                format!("{} {}{sep} {}", note.item, note.title, note.text),
            ));
        }
    }
    requirement_lines(&mut lines, &sheet.traits, lang);
    if !sheet.traits.is_empty() {
        lines.push(line(LineKind::Text, l.importance_legend));
    }
    lines
}

/// A duty: `[T] text (always; involvement; e-CF codes)`, then why the
/// involvement, why each e-CF competence, or why none, one line each.
fn duty_lines(lines: &mut Vec<SheetLine>, duty: &crate::job_sheet::SheetDuty, lang: Lang) {
    let s = strings(lang);
    let sep = colon(lang, Space::Plain);
    let mark = match duty.mark {
        Mark::T => "T",
        Mark::P => "P",
    };
    let mut about = vec![mark_label(duty.mark, lang).to_string()];
    if let Some(involvement) = duty.involvement {
        about.push(crate::l10n::derivation::involvement(involvement, lang).to_string());
    }
    if !duty.ecf.is_empty() {
        let codes: Vec<&str> = duty.ecf.iter().map(|link| link.code.as_str()).collect();
        about.push(format!("e-CF {}", codes.join(", ")));
    }
    lines.push(line(
        LineKind::Duty(duty.mark),
        format!("[{mark}] {} ({})", duty.text, about.join(s.semicolon)),
    ));
    if let (Some(involvement), Some(why)) = (duty.involvement, duty.involvement_why.as_deref()) {
        let word = crate::l10n::derivation::involvement(involvement, lang);
        lines.push(line(LineKind::Text, format!("      {word}{sep} {why}")));
    }
    for link in &duty.ecf {
        if let Some(why) = link.why.as_deref() {
            lines.push(line(
                LineKind::Text,
                format!("      e-CF {}{sep} {why}", link.code),
            ));
        }
    }
    if let (true, Some(why)) = (duty.ecf.is_empty(), duty.no_ecf_why.as_deref()) {
        let none = crate::l10n::derivation::sheet_words(lang).no_ecf;
        lines.push(line(LineKind::Text, format!("      {none}{sep} {why}")));
    }
}

/// Requirements under their section's title: code (e-CF only), title,
/// level, the e-CF's defined levels, importance (with `++`/`+` for traits)
/// and what the source is; then how the level was reached.
fn requirement_lines(
    lines: &mut Vec<SheetLine>,
    rows: &[crate::job_sheet::SheetRequirement],
    lang: Lang,
) {
    let s = strings(lang);
    let mut section = "";
    for r in rows {
        if r.section != section {
            section = &r.section;
            lines.push(line(LineKind::Blank, ""));
            lines.push(line(LineKind::Subheading, section));
        }
        let name = if crate::l10n::sources::is_ecf_code(&r.item) {
            format!("{} {}", r.item, r.title)
        } else {
            r.title.clone()
        };
        let defined = r
            .ecf_levels
            .as_deref()
            .map(|range| format!(" ({})", crate::l10n::ecf::defined_levels_text(lang, range)))
            .unwrap_or_default();
        let mark = if r.ecf_levels.is_none() && r.level != r.required_level {
            format!(" {}", r.level)
        } else {
            String::new()
        };
        lines.push(line(
            LineKind::Requirement(r.importance),
            format!(
                "{name} — {} {}{defined}, {}{mark} — {}",
                s.level_short,
                r.required_level,
                importance_label(r.importance, lang),
                crate::l10n::sources::source_text(&r.source, &r.item, lang)
            ),
        ));
        if let Some(basis) = &r.level_basis {
            lines.push(line(LineKind::Text, format!("    {basis}")));
        }
    }
}
