//! The job sheet of a profile as structured lines, shared by the CLI (plain
//! text) and the TUI (styled): missions, duties with T/P, requirements.

use crate::l10n::{Space, colon, strings};

use bilan_core::catalogue::Catalogue;
use bilan_core::profile::{DutyGroup, Importance, Mark, Profile};
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

/// `3` or `2–3`.
pub fn level_range(min: u8, max: Option<u8>) -> String {
    match max {
        Some(max) if max != min => format!("{min}–{max}"),
        _ => min.to_string(),
    }
}

/// The job sheet of `profile`, line by line.
pub fn job_sheet(catalogue: &Catalogue, profile: &Profile, lang: Lang) -> Vec<SheetLine> {
    let s = strings(lang);
    let mut lines = vec![line(
        LineKind::Title,
        format!("{} ({})", profile.name.get(lang), profile.id),
    )];
    if !profile.aliases.is_empty() {
        lines.push(line(
            LineKind::Text,
            format!(
                "{}{} {}",
                s.aliases,
                colon(lang, Space::Plain),
                profile.aliases.join(" · ")
            ),
        ));
    }
    lines.push(line(LineKind::Blank, ""));
    lines.push(line(LineKind::Text, profile.summary.get(lang)));
    for (group, title) in [
        (DutyGroup::Mission, s.missions),
        (DutyGroup::Responsibility, s.responsibilities),
        (DutyGroup::Kpi, s.kpis),
        (DutyGroup::Activity, s.activities),
    ] {
        let duties: Vec<_> = profile.duties.iter().filter(|d| d.group == group).collect();
        if duties.is_empty() {
            continue;
        }
        lines.push(line(LineKind::Blank, ""));
        lines.push(line(LineKind::Heading, title));
        let mut last_category = None;
        for duty in duties {
            let category = duty.category.as_ref().map(|c| c.get(lang));
            if let Some(name) = category
                && category != last_category
            {
                lines.push(line(LineKind::Subheading, name));
            }
            last_category = category;
            let mark = match duty.mark {
                Mark::T => "T",
                Mark::P => "P",
            };
            let mut about = vec![mark_label(duty.mark, lang).to_string()];
            if let Some(involvement) = duty.involvement {
                about.push(crate::l10n::derivation::involvement(involvement, lang).to_string());
            }
            if !duty.ecf.is_empty() {
                let codes: Vec<&str> = duty.ecf.iter().map(|link| link.code().as_str()).collect();
                about.push(format!("e-CF {}", codes.join(", ")));
            }
            lines.push(line(
                LineKind::Duty(duty.mark),
                format!(
                    "[{mark}] {} ({})",
                    duty.text.get(lang),
                    about.join(s.semicolon)
                ),
            ));
        }
    }
    lines.push(line(LineKind::Blank, ""));
    lines.push(line(LineKind::Heading, s.requirements));
    lines.push(line(LineKind::Text, crate::l10n::ecf::statement(lang)));
    lines.push(line(
        LineKind::Text,
        crate::l10n::derivation::rule(profile.ecf_levels_from, lang),
    ));
    let mut section = "";
    let mut notes = Vec::new();
    for req in &profile.requirements {
        let Some(item) = catalogue.get(&req.item) else {
            continue;
        };
        if item.section_id() != section {
            section = item.section_id();
            if let Some(sec) = catalogue.section(section) {
                lines.push(line(LineKind::Subheading, sec.title.get(lang)));
            }
        }
        let range = item.ecf_range();
        let defined = range
            .map(|range| format!(" ({})", crate::l10n::ecf::defined_levels(lang, range)))
            .unwrap_or_default();
        lines.push(line(
            LineKind::Requirement(req.importance),
            format!(
                "{} {} — {} {}{defined}, {} — {}",
                req.item,
                item.title.get(lang),
                s.level_short,
                level_range(req.min, req.max),
                importance_label(req.importance, lang),
                req.source
            ),
        ));
        let outside = item.levels_outside_ecf(req.min, req.max);
        if let Some(range) = range.filter(|_| !outside.is_empty()) {
            let note =
                crate::l10n::ecf::outside_range(lang, &req.item, &outside, range, &req.source);
            lines.push(line(LineKind::Text, format!("    {note}")));
        }
        if let Some(note) = &item.ecf_note {
            notes.push(format!(
                "{} {}: {}",
                req.item,
                item.title.get(lang),
                note.get(lang)
            ));
        }
    }
    if !notes.is_empty() {
        lines.push(line(LineKind::Blank, ""));
        lines.push(line(
            LineKind::Subheading,
            crate::l10n::ecf::notes_heading(lang),
        ));
        for note in notes {
            lines.push(line(LineKind::Text, note));
        }
    }
    lines
}
