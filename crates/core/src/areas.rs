//! Scores summarised by area (e-CF A–E, savoir, savoir-faire, savoir-être),
//! for the radar chart and the reports.

use crate::catalogue::Catalogue;
use crate::profile::Profile;
use crate::text::Localized;

/// The person and the profile on one axis of the radar.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AreaPoint {
    pub section: String,
    pub title: Localized,
    /// The person's mean level over the items the profile asks for in this
    /// area (over every item of the area when it asks for none).
    pub person: f64,
    /// The profile's mean required level in this area (0 when none).
    pub target: f64,
}

/// One point per catalogue section, in catalogue order.
pub fn by_area(profile: &Profile, catalogue: &Catalogue, levels: &[u8]) -> Vec<AreaPoint> {
    catalogue
        .sections()
        .iter()
        .map(|section| {
            let in_section = |index: usize| catalogue.items()[index].section_id() == section.id;
            let required: Vec<(usize, u8)> = profile
                .requirements
                .iter()
                .filter_map(|r| Some((catalogue.index_of(&r.item)?, r.min)))
                .filter(|(index, _)| in_section(*index))
                .collect();
            let level = |index: usize| f64::from(levels.get(index).copied().unwrap_or(0));
            let (person, target) = if required.is_empty() {
                let all: Vec<usize> = (0..catalogue.len()).filter(|i| in_section(*i)).collect();
                (mean(all.iter().map(|i| level(*i))), 0.0)
            } else {
                (
                    mean(required.iter().map(|(i, _)| level(*i))),
                    mean(required.iter().map(|(_, min)| f64::from(*min))),
                )
            };
            AreaPoint {
                section: section.id.clone(),
                title: section.title.clone(),
                person,
                target,
            }
        })
        .collect()
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if count == 0 { 0.0 } else { sum / count as f64 }
}
