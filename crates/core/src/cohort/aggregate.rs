//! The cohort's numbers from the reduced rows: per-requirement gaps and
//! priorities, the people best fit first, and the heatmap.

use std::cmp::Reverse;

use super::model::{Cohort, Duplicate, Heatmap, InvalidFile, RequirementGaps};
use super::plan::{GAP_MASK, NOT_APPLICABLE_FLAG, Plan, UNANSWERED_FLAG};
use super::reduce::Reduced;
use crate::library::Library;
use crate::profile::{Importance, Profile};

pub(super) fn aggregate(
    library: &Library,
    profile: &Profile,
    plan: &Plan,
    files: usize,
    people: Vec<Reduced>,
    invalid: Vec<InvalidFile>,
    duplicates: Vec<Duplicate>,
) -> Cohort {
    let count = plan.requirements.len();
    let mut below = vec![0usize; count];
    let mut unanswered = vec![0usize; count];
    let mut not_applicable = vec![0usize; count];
    let mut gap_sum = vec![0u64; count];
    let mut units_sum = vec![0u64; count];
    let mut distribution = vec![[0usize; 6]; count];
    let mut fit_sum = 0.0;
    let mut counted = 0usize;
    // Only the people who answered enough count in the figures.
    for person in people.iter().filter(|p| p.row.counted) {
        counted += 1;
        fit_sum += person.fit;
        for (at, cell) in person.cells.iter().enumerate() {
            if cell & NOT_APPLICABLE_FLAG != 0 {
                // No known shortfall: counted apart, in no average.
                not_applicable[at] += 1;
                continue;
            }
            let gap = cell & GAP_MASK;
            if cell & UNANSWERED_FLAG != 0 {
                unanswered[at] += 1;
            }
            if gap > 0 {
                below[at] += 1;
            }
            gap_sum[at] += u64::from(gap);
            units_sum[at] += plan.requirements[at].weight * u64::from(gap);
            distribution[at][usize::from(gap.min(5))] += 1;
        }
    }

    // Requirements by priority: most weighted levels lost first, then profile order.
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&at| Reverse(units_sum[at]));

    let people_count = people.len();
    let requirements = order
        .iter()
        .map(|&at| {
            let planned = &plan.requirements[at];
            let source = profile.requirements.iter().find(|r| r.item == planned.item);
            let title = library
                .catalogue
                .get(planned.item)
                .map(|item| item.title.clone())
                .unwrap_or_default();
            let rated = counted - not_applicable[at];
            RequirementGaps {
                item: planned.item.into(),
                title,
                required: source.map_or(planned.min, |r| r.min),
                required_max: source.and_then(|r| r.max),
                importance: source.map_or(Importance::Secondary, |r| r.importance),
                below: below[at],
                unanswered: unanswered[at],
                not_applicable: not_applicable[at],
                mean_gap: if rated == 0 {
                    0.0
                } else {
                    gap_sum[at] as f64 / rated as f64
                },
                distribution: distribution[at],
                priority: plan.points(units_sum[at]),
            }
        })
        .collect();

    // Best fit first; then by name, rater and path so the order is stable.
    // (An index is sorted, not the rows, which are large to move.)
    let mut ranked: Vec<usize> = (0..people_count).collect();
    ranked.sort_by(|&a, &b| {
        let (a, b) = (&people[a], &people[b]);
        b.fit
            .total_cmp(&a.fit)
            .then_with(|| a.key.cmp(&b.key))
            .then_with(|| a.row.rater.code().cmp(b.row.rater.code()))
            .then_with(|| a.file.cmp(&b.file))
    });
    let mut slots: Vec<Option<Reduced>> = people.into_iter().map(Some).collect();
    let mut rows = Vec::with_capacity(people_count);
    let mut heat = Vec::with_capacity(people_count);
    for at in ranked {
        let Some(person) = slots[at].take() else {
            continue;
        };
        // The cells become the heatmap row: gaps only, in priority order.
        let row = order
            .iter()
            .map(|&at| {
                let cell = person.cells[at];
                (cell & NOT_APPLICABLE_FLAG == 0).then_some(cell & GAP_MASK)
            })
            .collect();
        heat.push(row);
        rows.push(person.row);
    }

    Cohort {
        profile: profile.id.clone(),
        name: profile.name.clone(),
        files,
        mean_fit: if counted == 0 {
            0.0
        } else {
            fit_sum / counted as f64
        },
        counted,
        min_answered_percent: super::model::MIN_ANSWERED_PERCENT,
        requirements,
        people: rows,
        heatmap: Heatmap {
            items: order
                .iter()
                .map(|&at| plan.requirements[at].item.into())
                .collect(),
            rows: heat,
        },
        invalid,
        duplicates,
    }
}
