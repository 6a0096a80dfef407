//! The coach's interview guide: for each requirement of a profile, what to
//! ask, the probe that tells the required level from the ones around it, what
//! evidence the person can bring, a caution where a trait is a personality
//! preference, and room for notes.

use schemars::JsonSchema;
use serde::Serialize;

use crate::sheet::level_range;
use bilan_core::catalogue::ItemKind;
use bilan_core::guidance::Guidance;
use bilan_core::library::Library;
use bilan_core::profile::{Importance, Profile};
use bilan_core::text::Lang;

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Guide {
    pub lang: Lang,
    pub profile: String,
    pub name: String,
    pub summary: String,
    /// The profile's requirements in catalogue order: competences, then traits.
    pub items: Vec<GuideItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct GuideItem {
    pub item: String,
    pub title: String,
    /// `ecf`, `savoir`, `savoir-faire` or `savoir-etre`.
    pub kind: String,
    /// Section title: the e-CF area or the trait kind.
    pub section: String,
    pub importance: Importance,
    /// `3`, or `2–3` when the role spans two levels.
    pub level: String,
    /// What the required level looks like (the level descriptor; for traits,
    /// which have none, the item's description).
    pub level_text: String,
    /// When the required level is one the e-CF does not define for the
    /// competence: the words that say its descriptor is bilan's extension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level_note: Option<String>,
    /// What the person can bring to show the level.
    pub evidence: String,
    /// Behavioural questions to ask.
    pub questions: Vec<String>,
    /// One probe per level band, in level order; `required` marks the band of
    /// the level this profile requires (both bands when it spans two).
    pub probes: Vec<GuideProbe>,
    /// How to read a trait that is a personality preference rather than a
    /// competence: as a style, not a skill gap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caution: Option<String>,
}

/// An open question that tells one level from the level below it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct GuideProbe {
    pub level: u8,
    pub text: String,
    /// The profile requires this level.
    pub required: bool,
}

/// The interview guide for `profile`.
pub fn build_guide(library: &Library, profile: &Profile, lang: Lang) -> Guide {
    let catalogue = &library.catalogue;
    let guidance = Guidance::builtin();
    let mut requirements: Vec<_> = profile
        .requirements
        .iter()
        .filter_map(|r| Some((catalogue.index_of(&r.item)?, r)))
        .collect();
    requirements.sort_by_key(|(index, _)| *index);
    let items = requirements
        .into_iter()
        .map(|(index, req)| {
            let item = &catalogue.items()[index];
            let level_text = match item.kind {
                ItemKind::Ecf => item.level(req.min).unwrap_or(&item.description),
                _ => &item.description,
            };
            let help = guidance.get(&item.id);
            let required = req.min..=req.max.unwrap_or(req.min);
            GuideItem {
                item: item.id.to_string(),
                title: item.title.get(lang).to_string(),
                kind: item.kind.code().to_string(),
                section: catalogue
                    .section(item.section_id())
                    .map(|s| s.title.get(lang).to_string())
                    .unwrap_or_default(),
                importance: req.importance,
                level: level_range(req.min, req.max),
                level_text: level_text.get(lang).to_string(),
                level_note: (item.kind == ItemKind::Ecf && item.is_extension_level(req.min))
                    .then(|| crate::l10n::ecf::extension_note(lang, &item.id)),
                evidence: help
                    .map(|h| h.evidence.get(lang).to_string())
                    .unwrap_or_default(),
                questions: help
                    .map(|h| {
                        h.questions
                            .iter()
                            .map(|q| q.get(lang).to_string())
                            .collect()
                    })
                    .unwrap_or_default(),
                probes: help
                    .map(|h| {
                        h.probes
                            .iter()
                            .map(|(level, text)| GuideProbe {
                                level: *level,
                                text: text.get(lang).to_string(),
                                required: required.contains(level),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                caution: help
                    .and_then(|h| h.caution.as_ref())
                    .map(|c| c.get(lang).to_string()),
            }
        })
        .collect();
    Guide {
        lang,
        profile: profile.id.to_string(),
        name: profile.name.get(lang).to_string(),
        summary: profile.summary.get(lang).to_string(),
        items,
    }
}
