//! A role as a recruiter would publish it, as data in one language.

use schemars::JsonSchema;
use serde::Serialize;

use bilan_core::catalogue::{Catalogue, ItemKind};
use bilan_core::profile::{DutyGroup, Importance, Mark, Profile};
use bilan_core::text::Lang;

/// A role as a recruiter would publish it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct JobSheet {
    pub lang: Lang,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub summary: String,
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
    pub ecf: Vec<String>,
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
                ecf: d.ecf.clone(),
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
            crate::sheet::level_range(req.min, req.max)
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
        let row = SheetRequirement {
            item: req.item.to_string(),
            title: item.title.get(lang).to_string(),
            section,
            importance: req.importance,
            level,
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
        groups,
        competences,
        traits,
        ecf_version: bilan_core::ECF_VERSION.to_string(),
        ecf_statement: crate::l10n::ecf::statement(lang),
        ecf_notes,
    }
}
