//! A role as a recruiter would publish it, as data in one language.

use schemars::JsonSchema;
use serde::Serialize;

use bilan_core::catalogue::{Catalogue, ItemKind};
use bilan_core::profile::{DutyGroup, Importance, Involvement, Mark, Profile};
use bilan_core::text::Lang;

use crate::l10n::derivation;

/// A role as a recruiter would publish it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct JobSheet {
    pub lang: Lang,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub summary: String,
    /// How the e-CF levels of this role were set, in one paragraph.
    pub rule: String,
    /// Missions, responsibilities, KPIs and key activities, in that order.
    pub groups: Vec<DutySection>,
    /// e-CF competences with the level asked for.
    pub competences: Vec<SheetRequirement>,
    /// Savoir, savoir-faire and savoir-être traits with `++` or `+`.
    pub traits: Vec<SheetRequirement>,
    /// The e-CF edition the competences follow: `e-CF 4.0 (EN 16234-1:2019)`.
    pub ecf_version: String,
    /// What the competences follow and how bilan's 0–5 scale relates to the
    /// e-CF's levels, in words.
    pub ecf_statement: String,
    /// Where bilan reads a competence of this sheet as a seed does rather
    /// than as the e-CF's text does (D.6), one note per competence.
    pub ecf_notes: Vec<SheetNote>,
}

/// A note on one competence of the sheet.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SheetNote {
    pub item: String,
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DutySection {
    pub group: DutyGroup,
    pub title: String,
    pub duties: Vec<SheetDuty>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SheetDuty {
    /// The family of an activity (launch, animate, …), when given.
    pub category: Option<String>,
    pub text: String,
    /// `T` (always) or `P` (sometimes).
    pub mark: Mark,
    /// How the role takes part, when the profile says; it sets the level of
    /// the competences below for derived profiles.
    pub involvement: Option<Involvement>,
    /// Why this involvement, in one line.
    pub involvement_why: Option<String>,
    /// The e-CF competences the duty exercises, each with why.
    pub ecf: Vec<SheetLink>,
    /// Why the duty exercises no e-CF competence, when it says.
    pub no_ecf_why: Option<String>,
}

/// One e-CF competence a duty exercises.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SheetLink {
    pub code: String,
    /// Why the duty exercises it, in one line.
    pub why: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SheetRequirement {
    pub item: String,
    pub title: String,
    /// Section title: the e-CF area or the trait kind.
    pub section: String,
    pub importance: Importance,
    /// `3` or `2–3` for competences; `++` (core) or `+` for traits.
    pub level: String,
    /// The level required, `3` or `2–3`, for competences and traits alike
    /// (a `++` trait is asked at 4, a `+` one at 3).
    pub required_level: String,
    /// For competences: how the level was reached (strongest involvement,
    /// clamped or not, or as the source gives it), in words.
    pub level_basis: Option<String>,
    pub source: String,
    /// The levels the e-CF defines for a competence (`3–5`); absent for
    /// traits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ecf_levels: Option<String>,
    /// When the requirement asks for a level the e-CF does not define for
    /// the competence, who asks for it and on which side of the range, in
    /// words (`level 2 asked by seed 004, below the e-CF's range for A.7
    /// (3–5)`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outside_ecf: Option<String>,
}

/// `3` or `2–3`.
pub fn level_range(min: u8, max: Option<u8>) -> String {
    match max {
        Some(max) if max != min => format!("{min}–{max}"),
        _ => min.to_string(),
    }
}

/// The job sheet of `profile`.
pub fn job_sheet(catalogue: &Catalogue, profile: &Profile, lang: Lang) -> JobSheet {
    let s = crate::l10n::strings(lang);
    let groups = [
        (DutyGroup::Mission, s.missions),
        (DutyGroup::Responsibility, s.responsibilities),
        (DutyGroup::Kpi, s.kpis),
        (DutyGroup::Activity, s.activities),
    ]
    .into_iter()
    .filter_map(|(group, title)| {
        let duties: Vec<SheetDuty> = profile
            .duties
            .iter()
            .filter(|d| d.group == group)
            .map(|d| SheetDuty {
                category: d.category.as_ref().map(|c| c.get(lang).to_string()),
                text: d.text.get(lang).to_string(),
                mark: d.mark,
                involvement: d.involvement,
                involvement_why: d.involvement_why.as_ref().map(|w| w.get(lang).to_string()),
                ecf: d
                    .ecf
                    .iter()
                    .map(|link| SheetLink {
                        code: link.code().to_string(),
                        why: link.why().map(|w| w.get(lang).to_string()),
                    })
                    .collect(),
                no_ecf_why: d.no_ecf_why.as_ref().map(|w| w.get(lang).to_string()),
            })
            .collect();
        (!duties.is_empty()).then(|| DutySection {
            group,
            title: title.to_string(),
            duties,
        })
    })
    .collect();
    let mut competences = Vec::new();
    let mut traits = Vec::new();
    let mut ecf_notes = Vec::new();
    for req in &profile.requirements {
        let Some(item) = catalogue.get(&req.item) else {
            continue;
        };
        let section = catalogue
            .section(item.section_id())
            .map(|sec| sec.title.get(lang).to_string())
            .unwrap_or_default();
        let is_competence = item.kind == ItemKind::Ecf;
        let level = if is_competence {
            level_range(req.min, req.max)
        } else {
            match req.importance {
                Importance::Core => "++".to_string(),
                Importance::Secondary => "+".to_string(),
            }
        };
        let range = item.ecf_range();
        let outside = item.levels_outside_ecf(req.min, req.max);
        let outside_ecf = range.filter(|_| !outside.is_empty()).map(|range| {
            crate::l10n::ecf::outside_range(lang, &req.item, &outside, range, &req.source)
        });
        if let Some(note) = &item.ecf_note {
            ecf_notes.push(SheetNote {
                item: req.item.to_string(),
                title: item.title.get(lang).to_string(),
                text: note.get(lang).to_string(),
            });
        }
        let level_basis = is_competence.then(|| {
            let derivation = profile.derivation(catalogue, &req.item);
            derivation::level_basis(
                &req.item,
                profile.ecf_levels_from,
                derivation.as_ref(),
                &req.source,
                lang,
            )
        });
        let row = SheetRequirement {
            item: req.item.to_string(),
            title: item.title.get(lang).to_string(),
            section,
            importance: req.importance,
            level,
            required_level: level_range(req.min, req.max),
            level_basis,
            source: req.source.clone(),
            ecf_levels: range.map(crate::l10n::ecf::range_text),
            outside_ecf,
        };
        if is_competence {
            competences.push(row);
        } else {
            traits.push(row);
        }
    }
    JobSheet {
        lang,
        id: profile.id.to_string(),
        name: profile.name.get(lang).to_string(),
        aliases: profile.aliases.clone(),
        summary: profile.summary.get(lang).to_string(),
        rule: derivation::rule(profile.ecf_levels_from, lang).to_string(),
        groups,
        competences,
        traits,
        ecf_version: bilan_core::ECF_VERSION.to_string(),
        ecf_statement: crate::l10n::ecf::statement(lang),
        ecf_notes,
    }
}
