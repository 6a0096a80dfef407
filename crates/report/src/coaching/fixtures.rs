//! Small comparison, progress and cohort values for the unit tests.

use crate::l10n::width;
use bilan_core::assessment::{Answer, Rater};
use bilan_core::cohort::{
    Cohort, Duplicate, DuplicateReason, Heatmap, InvalidFile, PersonFit, PersonGap, RequirementGaps,
};
use bilan_core::compare::{
    Comparison, ComparisonRow, FitChange, Movement, MovementCounts, ProfileFits, Progress,
    ProgressRow, Severity, SeverityCounts,
};
use bilan_core::profile::Importance;
use bilan_core::text::Localized;

pub(super) const HOSTILE: &str = "<script>alert(1)</script>\u{1b}[2J|x|\n# h";

pub(super) fn requirement(
    item: &str,
    required: u8,
    importance: Importance,
    dist: [usize; 6],
) -> RequirementGaps {
    RequirementGaps {
        item: item.into(),
        title: Localized::new(format!("Titre {item}"), format!("Title {item}")),
        required,
        required_max: None,
        importance,
        below: dist[1..].iter().sum(),
        unanswered: 0,
        not_applicable: 0,
        mean_gap: 0.0,
        distribution: dist,
        priority: 0.0,
    }
}

pub(super) fn person(name: &str, rater: Rater, fit: f64, gaps: &[(&str, u8, f64)]) -> PersonFit {
    PersonFit {
        unknown_items: Vec::new(),
        person: name.to_string(),
        rater,
        path: format!("team/{}.json", name.to_lowercase()),
        updated: Some("2025-01-01T00:00:00Z".into()),
        fit,
        fit_ceiling: fit,
        answered: 2,
        not_applicable: 0,
        counted: true,
        largest_gaps: gaps
            .iter()
            .map(|&(item, gap, points_lost)| PersonGap {
                item: item.into(),
                gap,
                points_lost,
            })
            .collect(),
    }
}

/// Two people on A.3 core 3, B.1 secondary 2: 6 + 2 = 8 units, 12.5 a unit.
pub(super) fn cohort() -> Cohort {
    Cohort {
        profile: "small".into(),
        name: Localized::new("Petit", "Small"),
        files: 4,
        mean_fit: 68.75,
        counted: 2,
        min_answered_percent: bilan_core::cohort::MIN_ANSWERED_PERCENT,
        requirements: vec![
            requirement("A.3", 3, Importance::Core, [1, 0, 1, 0, 0, 0]),
            requirement("B.1", 2, Importance::Secondary, [1, 1, 0, 0, 0, 0]),
        ],
        people: vec![
            person("Ana", Rater::SelfRated, 87.5, &[("B.1", 1, 12.5)]),
            person("Bob", Rater::Coach, 50.0, &[("A.3", 2, 50.0)]),
        ],
        heatmap: Heatmap {
            items: vec!["A.3".into(), "B.1".into()],
            rows: vec![vec![Some(0), Some(1)], vec![Some(2), Some(0)]],
        },
        invalid: vec![InvalidFile {
            path: "team/bad.json".to_string(),
            error: "team/bad.json: line 1: expected value".to_string(),
            cause: None,
        }],
        duplicates: vec![Duplicate {
            path: "team/ana-old.json".to_string(),
            person: "ana".to_string(),
            rater: Rater::SelfRated,
            updated: None,
            kept: "team/ana.json".to_string(),
            reason: DuplicateReason::Older,
        }],
    }
}

pub(super) fn comparison() -> Comparison {
    let row = |item: &str, s: Option<u8>, c: Option<u8>, severity| ComparisonRow {
        item: item.into(),
        title: Localized::new("Un intitulé", "A title"),
        self_score: s.map(Answer::Level),
        coach_score: c.map(Answer::Level),
        agreed: Answer::Level(c.or(s).unwrap_or(0)),
        difference: s.zip(c).map(|(s, c)| c as i8 - s as i8),
        severity,
    };
    Comparison {
        person: "Ana".to_string(),
        coach: Some("Marc".to_string()),
        self_rater: Rater::SelfRated,
        coach_rater: Rater::Coach,
        self_updated: Some("2025-03-01T09:00:00Z".into()),
        coach_updated: None,
        rows: vec![
            row("B.1", Some(1), Some(3), Severity::Major),
            row("A.3", Some(3), Some(2), Severity::Minor),
            row("C.1", Some(2), Some(2), Severity::Agree),
            row("D.6", Some(4), None, Severity::OneSided),
        ],
        counts: SeverityCounts {
            agree: 1,
            minor: 1,
            major: 1,
            one_sided: 1,
            not_comparable: 0,
        },
        profiles: vec![ProfileFits {
            profile: "cm".into(),
            name: Localized::new("Gestionnaire", "Manager"),
            self_fit: 68.75,
            coach_fit: 50.0,
            agreed_fit: 50.0,
            self_rank: 1,
            coach_rank: 2,
            agreed_rank: 1,
        }],
    }
}

pub(super) fn progress() -> Progress {
    let row = |item: &str, old: Option<u8>, new: Option<u8>, movement| ProgressRow {
        item: item.into(),
        title: Localized::new("Un intitulé", "A title"),
        old: old.map(Answer::Level),
        new: new.map(Answer::Level),
        change: old.zip(new).map(|(o, n)| n as i8 - o as i8),
        movement,
    };
    Progress {
        person: "Ana".to_string(),
        old_rater: Rater::SelfRated,
        new_rater: Rater::SelfRated,
        old_updated: Some("2025-01-15T09:00:00Z".into()),
        new_updated: Some("2025-03-01T09:00:00Z".into()),
        swapped: true,
        rows: vec![
            row("A.3", Some(1), Some(3), Movement::Rose),
            row("se.tenacity", Some(3), Some(2), Movement::Fell),
            row("D.6", None, Some(4), Movement::New),
            row("E.2", Some(3), None, Movement::Removed),
            row("B.1", Some(1), Some(1), Movement::Unchanged),
        ],
        counts: MovementCounts {
            rose: 1,
            fell: 1,
            unchanged: 1,
            new: 1,
            removed: 1,
            not_comparable: 0,
        },
        profiles: vec![FitChange {
            profile: "cm".into(),
            name: Localized::new("Gestionnaire", "Manager"),
            old_fit: 56.25,
            new_fit: 68.75,
            change: 12.5,
        }],
    }
}

pub(super) fn max_width(text: &str) -> usize {
    text.lines().map(width).max().unwrap_or(0)
}
