//! The catalogue of assessable items: e-CF competences and the savoir /
//! savoir-faire / savoir-être traits, with their level descriptors.

use std::collections::{BTreeMap, HashMap};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ids::ItemId;
use crate::text::Localized;

/// The embedded catalogue, so the program runs with no set-up.
pub const BUILTIN_FRAMEWORK: &str = include_str!("../../../profiles/framework.json");

/// What kind of item this is; also the order of the walk's sections.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum ItemKind {
    #[serde(rename = "ecf")]
    Ecf,
    #[serde(rename = "savoir")]
    Savoir,
    #[serde(rename = "savoir-faire")]
    SavoirFaire,
    #[serde(rename = "savoir-etre")]
    SavoirEtre,
}

impl ItemKind {
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Ecf => "ecf",
            ItemKind::Savoir => "savoir",
            ItemKind::SavoirFaire => "savoir-faire",
            ItemKind::SavoirEtre => "savoir-etre",
        }
    }
}

/// A section of the walk: an e-CF area (A–E) or a trait kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    /// `A`…`E` for e-CF areas, else the kind (`savoir`, `savoir-faire`, `savoir-etre`).
    pub id: String,
    pub title: Localized,
}

/// A knowledge or skill code of seed 004's own list (T05, B08, M01, …) and
/// what it means. These codes are **not** the e-CF's Dimension-4 examples
/// (the e-CF numbers those per competence, K1…, S1…): seed 004 attached its
/// own list to each competence, and bilan carries it over as the seed's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SkillCode {
    pub code: String,
    pub text: Localized,
}

/// One assessable item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Item {
    /// e-CF items use their code (`A.3`); traits a short slug (`se.tenacity`).
    pub id: ItemId,
    pub kind: ItemKind,
    /// The e-CF area letter (A–E); absent for traits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// The proficiency levels the e-CF itself defines for this competence
    /// (e.g. `[3, 4, 5]` for A.3), ascending and without gaps; empty for
    /// traits. Descriptors for other levels are bilan's own extension.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ecf_levels: Vec<u8>,
    pub title: Localized,
    pub description: Localized,
    /// What each level 1–5 looks like, keyed by level.
    #[serde(default, deserialize_with = "crate::json::unique_map")]
    pub levels: BTreeMap<u8, Localized>,
    /// Linked knowledge/skill codes of seed 004's own list (see
    /// `SkillCode`), not e-CF Dimension-4 codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    /// Where the item comes from (seed file and line).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Where bilan reads an e-CF competence as a seed does rather than as
    /// the e-CF's own text does (e.g. D.6), said in words for the reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecf_note: Option<Localized>,
}

impl Item {
    /// The id of the section this item is walked in.
    pub fn section_id(&self) -> &str {
        match (&self.kind, &self.area) {
            (ItemKind::Ecf, Some(area)) => area,
            (kind, _) => kind.code(),
        }
    }

    pub fn level(&self, level: u8) -> Option<&Localized> {
        self.levels.get(&level)
    }

    /// Whether a level 1–5 is one the e-CF defines for this competence.
    /// Always `true` for traits, which have no e-CF range to leave.
    pub fn is_ecf_level(&self, level: u8) -> bool {
        self.ecf_levels.is_empty() || self.ecf_levels.contains(&level)
    }

    /// The e-CF's defined range, `(lowest, highest)`, for competences that
    /// record one.
    pub fn ecf_range(&self) -> Option<(u8, u8)> {
        Some((*self.ecf_levels.first()?, *self.ecf_levels.last()?))
    }

    /// Whether the descriptor of `level` (1–5) is bilan's own extension: a
    /// level the e-CF does not define for this competence. Never for level 0
    /// ("not yet practised") nor for traits.
    pub fn is_extension_level(&self, level: u8) -> bool {
        (1..=5).contains(&level) && !self.is_ecf_level(level)
    }

    /// The levels a requirement of `min` (up to `max`) asks for that the
    /// e-CF does not define for this competence, ascending; empty when the
    /// requirement sits inside the defined range or the item has none.
    pub fn levels_outside_ecf(&self, min: u8, max: Option<u8>) -> Vec<u8> {
        let max = max.unwrap_or(min).max(min);
        (min..=max)
            .filter(|level| self.is_extension_level(*level))
            .collect()
    }
}

/// The catalogue file as stored.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct CatalogueFile {
    #[serde(default = "crate::json::current_version")]
    pub schema: u32,
    pub sections: Vec<Section>,
    #[serde(default)]
    pub codes: Vec<SkillCode>,
    pub items: Vec<Item>,
}

/// `ecf_levels` lists levels 1–5, ascending, without gaps, on e-CF items only.
fn check_ecf_levels(item: &Item, position: usize, origin: &str) -> Result<()> {
    if item.ecf_levels.is_empty() {
        return Ok(());
    }
    let field = format!("items[{position}].ecf_levels");
    if item.kind != ItemKind::Ecf {
        return Err(Error::invalid(
            origin,
            field,
            format!("item `{}` is not an e-CF competence", item.id),
            "remove `ecf_levels` from traits",
        ));
    }
    let valid = item.ecf_levels.iter().all(|l| (1..=5).contains(l))
        && item.ecf_levels.windows(2).all(|w| w[1] == w[0] + 1);
    if !valid {
        return Err(Error::invalid(
            origin,
            field,
            format!("item `{}` lists {:?}", item.id, item.ecf_levels),
            "list the e-CF levels in ascending order without gaps, e.g. [3, 4, 5]",
        ));
    }
    Ok(())
}

/// The catalogue, indexed: items are addressed by position for speed.
#[derive(Debug, Clone)]
pub struct Catalogue {
    sections: Vec<Section>,
    codes: Vec<SkillCode>,
    items: Vec<Item>,
    index: HashMap<ItemId, usize>,
}

impl Catalogue {
    /// The catalogue embedded in the binary.
    pub fn builtin() -> Result<Catalogue> {
        Catalogue::from_json(BUILTIN_FRAMEWORK, "<built-in framework.json>")
    }

    pub fn from_json(text: &str, origin: &str) -> Result<Catalogue> {
        let file: CatalogueFile = crate::json::parse_json(text, origin)?;
        Catalogue::from_file(file, origin)
    }

    pub fn from_file(file: CatalogueFile, origin: &str) -> Result<Catalogue> {
        crate::json::check_version(file.schema, origin)?;
        let mut index = HashMap::with_capacity(file.items.len());
        for (position, item) in file.items.iter().enumerate() {
            if index.insert(item.id.clone(), position).is_some() {
                return Err(Error::invalid(
                    origin,
                    format!("items[{position}].id"),
                    format!("the item id `{}` appears twice", item.id),
                    "give every item a unique id",
                ));
            }
            for level in item.levels.keys() {
                if !(1..=5).contains(level) {
                    return Err(Error::invalid(
                        origin,
                        format!("items[{position}].levels"),
                        format!("item `{}` describes level {level}", item.id),
                        "levels go from 1 to 5",
                    ));
                }
            }
            check_ecf_levels(item, position, origin)?;
            if !file.sections.iter().any(|s| s.id == item.section_id()) {
                return Err(Error::invalid(
                    origin,
                    format!("items[{position}]"),
                    format!(
                        "item `{}` belongs to section `{}`, which is not declared",
                        item.id,
                        item.section_id()
                    ),
                    "add the section to `sections` or fix the item's kind/area",
                ));
            }
        }
        let mut catalogue = Catalogue {
            sections: file.sections,
            codes: file.codes,
            items: file.items,
            index,
        };
        catalogue.sort_items_by_section();
        Ok(catalogue)
    }

    /// Keeps items grouped in section order (stable within a section), so the
    /// walk and every report list them the same way.
    fn sort_items_by_section(&mut self) {
        let order: HashMap<&str, usize> = self
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let mut keyed: Vec<(usize, Item)> = std::mem::take(&mut self.items)
            .into_iter()
            .map(|item| {
                (
                    order.get(item.section_id()).copied().unwrap_or(usize::MAX),
                    item,
                )
            })
            .collect();
        keyed.sort_by_key(|(section, _)| *section);
        self.items = keyed.into_iter().map(|(_, item)| item).collect();
        self.index = self
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.clone(), i))
            .collect();
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Position of the first item of each section that has items, in order.
    pub fn section_starts(&self) -> Vec<(usize, &Section)> {
        let mut starts = Vec::new();
        let mut last: Option<&str> = None;
        for (i, item) in self.items.iter().enumerate() {
            if last != Some(item.section_id()) {
                last = Some(item.section_id());
                if let Some(section) = self.section(item.section_id()) {
                    starts.push((i, section));
                }
            }
        }
        starts
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn get(&self, id: &str) -> Option<&Item> {
        self.index_of(id).map(|i| &self.items[i])
    }

    pub fn code(&self, code: &str) -> Option<&SkillCode> {
        self.codes.iter().find(|c| c.code == code)
    }

    pub fn codes(&self) -> &[SkillCode] {
        &self.codes
    }

    /// Known ids closest to `unknown`, best first, for "did you mean" hints.
    pub fn closest_ids(&self, unknown: &str, how_many: usize) -> Vec<String> {
        let wanted = unknown.to_lowercase();
        let mut scored: Vec<(f64, &str)> = self
            .items
            .iter()
            .map(|item| {
                let score = strsim::jaro_winkler(&wanted, &item.id.to_lowercase());
                (score, item.id.as_str())
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        scored
            .into_iter()
            .take(how_many)
            .map(|(_, id)| id.to_string())
            .collect()
    }
}
