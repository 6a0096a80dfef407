//! Two assessments of one person side by side: a self-rating against a
//! coach's ([`compare`]), and the same person at two dates ([`diff`]).
//!
//! Both results are plain data in no language (ids, scores, fits, and titles
//! as [`Localized`]); the TUI, the CLI and the reports only lay them out. The
//! fits come from [`matching::rank`], so they are the numbers of the matching
//! rule and nothing else.

use std::cmp::{Ordering, Reverse};
use std::time::{Duration, SystemTime};

use schemars::JsonSchema;
use serde::Serialize;

use crate::assessment::{Assessment, Rater};
use crate::error::{Error, Result};
use crate::library::Library;
use crate::matching::{self, Ranking};
use crate::text::Localized;

/// How far a coach's score is from the self-rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Both gave the same score.
    Agree,
    /// One level apart: flagged.
    Minor,
    /// Two levels or more apart: highlighted.
    Major,
    /// Only one of the two rated the item.
    OneSided,
}

impl Severity {
    fn of(difference: Option<i8>) -> Severity {
        match difference.map(i8::unsigned_abs) {
            None => Severity::OneSided,
            Some(0) => Severity::Agree,
            Some(1) => Severity::Minor,
            Some(_) => Severity::Major,
        }
    }
}

/// One catalogue item rated by at least one of the two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ComparisonRow {
    pub item: String,
    pub title: Localized,
    /// The self-rating's score; `None` when not answered there.
    pub self_score: Option<u8>,
    /// The coach's score; `None` when not answered there.
    pub coach_score: Option<u8>,
    /// The score retained: the coach's where given, else the self-rating's.
    pub agreed: u8,
    /// Coach minus self, when both rated.
    pub difference: Option<i8>,
    pub severity: Severity,
}

/// How many rows fall in each severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, JsonSchema)]
pub struct SeverityCounts {
    pub agree: usize,
    pub minor: usize,
    pub major: usize,
    pub one_sided: usize,
}

/// The fit of one profile for the self-rating, the coach's and the agreed one.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProfileFits {
    pub profile: String,
    pub name: Localized,
    /// 0–100, two decimals.
    pub self_fit: f64,
    pub coach_fit: f64,
    pub agreed_fit: f64,
    /// Place of this profile (1 = best) in each of the three rankings.
    pub self_rank: usize,
    pub coach_rank: usize,
    pub agreed_rank: usize,
}

/// A self-rating against a coach's rating of the same person.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Comparison {
    /// The person, as the self-rating names them (trimmed).
    pub person: String,
    /// The coach's name, when the coach's file gives it.
    pub coach: Option<String>,
    /// Who rated each file: normally `self` and `coach`; a caller may warn
    /// when they are not.
    pub self_rater: Rater,
    pub coach_rater: Rater,
    pub self_updated: Option<String>,
    pub coach_updated: Option<String>,
    /// Every item rated by at least one: the widest disagreement first (then
    /// catalogue order); items rated by only one of the two come last.
    pub rows: Vec<ComparisonRow>,
    pub counts: SeverityCounts,
    /// Every profile, in the order of the agreed rating's ranking.
    pub profiles: Vec<ProfileFits>,
}

/// Compares a self-rating with a coach's rating of the same person.
///
/// Fails with [`Error::Invalid`] (field `person`) when the two files are not
/// about the same person (names compared ignoring case, accents and extra spaces: [`person_key`]).
pub fn compare(
    library: &Library,
    self_rated: &Assessment,
    coach: &Assessment,
) -> Result<Comparison> {
    check_same_person(self_rated, coach, "self-rating", "coach's rating")?;
    let catalogue = &library.catalogue;

    let mut rows = Vec::new();
    let mut agreed_levels = vec![0; catalogue.len()];
    let mut agreed_answered = vec![false; catalogue.len()];
    for (index, item) in catalogue.items().iter().enumerate() {
        let self_score = self_rated.score(&item.id);
        let coach_score = coach.score(&item.id);
        let Some(agreed) = coach_score.or(self_score) else {
            continue;
        };
        agreed_levels[index] = agreed;
        agreed_answered[index] = true;
        let difference = match (self_score, coach_score) {
            (Some(s), Some(c)) => Some(signed_difference(c, s)),
            _ => None,
        };
        rows.push((
            index,
            ComparisonRow {
                item: item.id.clone(),
                title: item.title.clone(),
                self_score,
                coach_score,
                agreed,
                difference,
                severity: Severity::of(difference),
            },
        ));
    }
    // Widest disagreement first; one-sided rows have no size and go last.
    rows.sort_by_key(|(index, row)| {
        let size = row.difference.map(|d| Reverse(d.unsigned_abs()));
        (size.is_none(), size, *index)
    });
    let rows: Vec<ComparisonRow> = rows.into_iter().map(|(_, row)| row).collect();

    let mut counts = SeverityCounts::default();
    for row in &rows {
        match row.severity {
            Severity::Agree => counts.agree += 1,
            Severity::Minor => counts.minor += 1,
            Severity::Major => counts.major += 1,
            Severity::OneSided => counts.one_sided += 1,
        }
    }

    let self_ranking = rank(library, self_rated);
    let coach_ranking = rank(library, coach);
    let agreed_ranking = matching::rank(
        &library.profiles,
        catalogue,
        &agreed_levels,
        &agreed_answered,
    );
    let profiles = agreed_ranking
        .matches
        .iter()
        .enumerate()
        .map(|(place, agreed)| {
            let (self_rank, self_fit) = place_of(&self_ranking, &agreed.profile);
            let (coach_rank, coach_fit) = place_of(&coach_ranking, &agreed.profile);
            ProfileFits {
                profile: agreed.profile.clone(),
                name: agreed.name.clone(),
                self_fit: round2(self_fit),
                coach_fit: round2(coach_fit),
                agreed_fit: round2(agreed.fit),
                self_rank,
                coach_rank,
                agreed_rank: place + 1,
            }
        })
        .collect();

    Ok(Comparison {
        person: self_rated.person.trim().to_string(),
        coach: coach.coach.clone(),
        self_rater: self_rated.rater,
        coach_rater: coach.rater,
        self_updated: self_rated.updated.clone(),
        coach_updated: coach.updated.clone(),
        rows,
        counts,
        profiles,
    })
}

/// How an item's score moved between two dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Movement {
    Rose,
    Fell,
    Unchanged,
    /// Answered now, not before.
    New,
    /// Answered before, not now.
    Removed,
}

/// One catalogue item answered at least once of the two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ProgressRow {
    pub item: String,
    pub title: Localized,
    pub old: Option<u8>,
    pub new: Option<u8>,
    /// New minus old, when both answered.
    pub change: Option<i8>,
    pub movement: Movement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, JsonSchema)]
pub struct MovementCounts {
    pub rose: usize,
    pub fell: usize,
    pub unchanged: usize,
    pub new: usize,
    pub removed: usize,
}

/// The fit of one profile then and now.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FitChange {
    pub profile: String,
    pub name: Localized,
    /// 0–100, two decimals.
    pub old_fit: f64,
    pub new_fit: f64,
    /// New minus old, in fit points.
    pub change: f64,
}

/// The same person at two dates.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Progress {
    /// The person, as the newer file names them (trimmed).
    pub person: String,
    pub old_rater: Rater,
    pub new_rater: Rater,
    pub old_updated: Option<String>,
    pub new_updated: Option<String>,
    /// True when the files were given newest first and were swapped.
    pub swapped: bool,
    /// Rises (largest first), then falls (largest first), then new, removed
    /// and unchanged items; catalogue order within each.
    pub rows: Vec<ProgressRow>,
    pub counts: MovementCounts,
    /// Every profile, in the order of the newer ranking.
    pub profiles: Vec<FitChange>,
}

/// What rose and fell between two assessments of the same person. If `old`
/// was updated after `new`, they are swapped (and [`Progress::swapped`] says
/// so). Fails like [`compare`] when they are not about the same person.
pub fn diff(library: &Library, old: &Assessment, new: &Assessment) -> Result<Progress> {
    check_same_person(old, new, "older assessment", "newer assessment")?;
    let swapped = updated_order(old.updated.as_deref(), new.updated.as_deref()).is_gt();
    let (old, new) = if swapped { (new, old) } else { (old, new) };
    let catalogue = &library.catalogue;

    let mut rows = Vec::new();
    for (index, item) in catalogue.items().iter().enumerate() {
        let (before, after) = (old.score(&item.id), new.score(&item.id));
        let (change, movement) = match (before, after) {
            (None, None) => continue,
            (Some(_), None) => (None, Movement::Removed),
            (None, Some(_)) => (None, Movement::New),
            (Some(b), Some(a)) => {
                let change = signed_difference(a, b);
                let movement = match change.cmp(&0) {
                    Ordering::Greater => Movement::Rose,
                    Ordering::Less => Movement::Fell,
                    Ordering::Equal => Movement::Unchanged,
                };
                (Some(change), movement)
            }
        };
        rows.push((
            index,
            ProgressRow {
                item: item.id.clone(),
                title: item.title.clone(),
                old: before,
                new: after,
                change,
                movement,
            },
        ));
    }
    rows.sort_by_key(|(index, row)| {
        let group = match row.movement {
            Movement::Rose => 0,
            Movement::Fell => 1,
            Movement::New => 2,
            Movement::Removed => 3,
            Movement::Unchanged => 4,
        };
        let size = Reverse(row.change.map_or(0, i8::unsigned_abs));
        (group, size, *index)
    });
    let rows: Vec<ProgressRow> = rows.into_iter().map(|(_, row)| row).collect();

    let mut counts = MovementCounts::default();
    for row in &rows {
        match row.movement {
            Movement::Rose => counts.rose += 1,
            Movement::Fell => counts.fell += 1,
            Movement::Unchanged => counts.unchanged += 1,
            Movement::New => counts.new += 1,
            Movement::Removed => counts.removed += 1,
        }
    }

    let old_ranking = rank(library, old);
    let new_ranking = rank(library, new);
    let profiles = new_ranking
        .matches
        .iter()
        .map(|now| {
            let (_, before) = place_of(&old_ranking, &now.profile);
            FitChange {
                profile: now.profile.clone(),
                name: now.name.clone(),
                old_fit: round2(before),
                new_fit: round2(now.fit),
                change: round2(now.fit - before),
            }
        })
        .collect();

    Ok(Progress {
        person: new.person.trim().to_string(),
        old_rater: old.rater,
        new_rater: new.rater,
        old_updated: old.updated.clone(),
        new_updated: new.updated.clone(),
        swapped,
        rows,
        counts,
        profiles,
    })
}

/// The key two files of one person share: the name in lower case, accents
/// folded and spaces collapsed, so "Léa  Roux" typed as "lea roux" by a coach
/// is the same person (their files already share one name on disk).
pub fn person_key(name: &str) -> String {
    name.split_whitespace()
        .map(|word| {
            word.chars()
                .flat_map(crate::storage::fold_accent)
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn check_same_person(a: &Assessment, b: &Assessment, a_role: &str, b_role: &str) -> Result<()> {
    if person_key(&a.person) == person_key(&b.person) {
        return Ok(());
    }
    Err(Error::invalid(
        "comparison",
        "person",
        format!(
            "the {a_role} is about \"{}\" but the {b_role} is about \"{}\"",
            a.person.trim(),
            b.person.trim()
        ),
        "give two assessments of the same person (names are matched ignoring case, accents and extra spaces)",
    ))
}

/// Orders two `updated` stamps, oldest first: a missing stamp is the oldest;
/// RFC 3339 stamps are compared as instants, anything else as text.
pub fn updated_order(a: Option<&str>, b: Option<&str>) -> Ordering {
    let instant = |s: Option<&str>| s.and_then(parse_instant);
    instant(a).cmp(&instant(b)).then_with(|| a.cmp(&b))
}

/// An RFC 3339 stamp as an instant: `Z` or a `±HH:MM` offset.
pub(crate) fn parse_instant(stamp: &str) -> Option<SystemTime> {
    let stamp = stamp.trim();
    if let Ok(instant) = humantime::parse_rfc3339_weak(stamp) {
        return Some(instant);
    }
    // humantime reads `Z` only: move an explicit offset into the instant.
    let split = stamp.len().checked_sub(6)?;
    let (local, offset) = (stamp.get(..split)?, stamp.get(split..)?);
    let sign = match offset.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours: u64 = offset.get(1..3)?.parse().ok()?;
    let minutes: u64 = offset.get(4..6)?.parse().ok()?;
    if offset.as_bytes().get(3) != Some(&b':') {
        return None;
    }
    let shift = Duration::from_secs(hours * 3600 + minutes * 60);
    let local = humantime::parse_rfc3339_weak(&format!("{local}Z")).ok()?;
    // Local time minus a positive offset is UTC.
    if sign > 0 {
        local.checked_sub(shift)
    } else {
        local.checked_add(shift)
    }
}

fn signed_difference(to: u8, from: u8) -> i8 {
    // Scores are validated to 0–5, but saturate rather than wrap regardless.
    let d = i16::from(to) - i16::from(from);
    i8::try_from(d).unwrap_or(if d < 0 { i8::MIN } else { i8::MAX })
}

fn rank(library: &Library, assessment: &Assessment) -> Ranking {
    matching::rank_assessment(&library.profiles, &library.catalogue, assessment)
}

/// Place (1 = best) and fit of a profile in a ranking.
fn place_of(ranking: &Ranking, profile: &str) -> (usize, f64) {
    ranking
        .matches
        .iter()
        .enumerate()
        .find(|(_, m)| m.profile == profile)
        .map_or((0, 0.0), |(place, m)| (place + 1, m.fit))
}

/// Rounds to two decimals so JSON readers and snapshots see stable numbers.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Importance, Profile, Requirement};
    use crate::text::Lang;

    fn requirement(item: &str, min: u8, importance: Importance) -> Requirement {
        Requirement {
            item: item.to_string(),
            min,
            max: None,
            importance,
            source: "test".to_string(),
        }
    }

    /// The built-in catalogue with one small profile: A.3 core 3, B.1
    /// secondary 2, se.tenacity core 4; total weighted levels 6 + 2 + 8 = 16.
    fn small_library() -> Library {
        let mut library = Library::builtin().expect("built-in data");
        let profile = Profile {
            schema: 1,
            id: "small".to_string(),
            name: Localized::new("Petit", "Small"),
            aliases: Vec::new(),
            summary: Localized::default(),
            requirements: vec![
                requirement("A.3", 3, Importance::Core),
                requirement("B.1", 2, Importance::Secondary),
                requirement("se.tenacity", 4, Importance::Core),
            ],
            duties: Vec::new(),
        };
        library.profiles = vec![profile];
        library.origins = vec![crate::library::Origin::Builtin];
        library
    }

    fn rated(person: &str, rater: Rater, updated: &str, scores: &[(&str, u8)]) -> Assessment {
        let mut a = Assessment::new(person, rater, Lang::En);
        for (id, s) in scores {
            a.scores.insert((*id).to_string(), *s);
        }
        a.updated = Some(updated.to_string());
        a
    }

    #[test]
    fn one_person_whatever_the_case_accents_or_spaces() {
        assert_eq!(person_key("  Léa   Roux "), "lea roux");
        assert_eq!(person_key("LÉA ROUX"), person_key("lea roux"));
        assert_eq!(person_key("Chloé Dubois"), "chloe dubois");
        assert_ne!(person_key("Ana Martin"), person_key("Ana Martine"));
    }

    #[test]
    fn rows_are_sorted_by_disagreement_and_counted() {
        let library = small_library();
        let me = rated(
            "Ana",
            Rater::SelfRated,
            "2025-01-01T00:00:00Z",
            &[
                ("A.3", 3),
                ("B.1", 1),
                ("C.1", 2),
                ("D.6", 4),
                ("se.tenacity", 2),
            ],
        );
        let coach = rated(
            " ANA ",
            Rater::Coach,
            "2025-01-02T00:00:00Z",
            &[
                ("A.3", 2),
                ("B.1", 3),
                ("C.1", 2),
                ("E.1", 2),
                ("se.tenacity", 1),
            ],
        );
        let c = compare(&library, &me, &coach).expect("same person");
        let order: Vec<&str> = c.rows.iter().map(|r| r.item.as_str()).collect();
        // B.1 +2, then the two −1 in catalogue order, then the agreement, then
        // the one-sided rows in catalogue order.
        assert_eq!(order, ["B.1", "A.3", "se.tenacity", "C.1", "D.6", "E.1"]);
        assert_eq!(c.rows[0].difference, Some(2));
        assert_eq!(c.rows[0].severity, Severity::Major);
        assert_eq!(c.rows[1].difference, Some(-1));
        assert_eq!(c.rows[1].severity, Severity::Minor);
        assert_eq!(c.rows[3].severity, Severity::Agree);
        assert_eq!(c.rows[4].severity, Severity::OneSided);
        assert_eq!((c.rows[4].agreed, c.rows[5].agreed), (4, 2));
        assert_eq!(
            c.counts,
            SeverityCounts {
                agree: 1,
                minor: 2,
                major: 1,
                one_sided: 2
            }
        );
        // self: A.3 3·2 + B.1 1·1 + tenacity 2·2 = 11 / 16 = 68.75
        // coach: 2·2 + 2·1 + 1·2 = 8 / 16 = 50
        // agreed = coach's scores here: 50
        let fits = &c.profiles[0];
        assert_eq!(
            (fits.self_fit, fits.coach_fit, fits.agreed_fit),
            (68.75, 50.0, 50.0)
        );
        assert_eq!(c.person, "Ana");
    }

    #[test]
    fn agreed_rating_falls_back_to_the_self_score() {
        let library = small_library();
        let me = rated(
            "Ana",
            Rater::SelfRated,
            "x",
            &[("A.3", 3), ("se.tenacity", 4)],
        );
        let coach = rated("ana", Rater::Coach, "y", &[("A.3", 1)]);
        let c = compare(&library, &me, &coach).expect("same person");
        // agreed: A.3 1 (coach), tenacity 4 (self): 1·2 + 0 + 4·2 = 10 / 16 = 62.5
        assert_eq!(c.profiles[0].agreed_fit, 62.5);
        // self: 3·2 + 0 + 4·2 = 14 / 16 = 87.5; coach: 1·2 = 2 / 16 = 12.5
        assert_eq!(c.profiles[0].self_fit, 87.5);
        assert_eq!(c.profiles[0].coach_fit, 12.5);
    }

    #[test]
    fn different_people_are_refused() {
        let library = small_library();
        let a = rated("Ana", Rater::SelfRated, "x", &[]);
        let b = rated("Bob", Rater::Coach, "y", &[]);
        let err = compare(&library, &a, &b).unwrap_err().to_string();
        assert!(err.contains("\"Ana\"") && err.contains("\"Bob\""), "{err}");
        assert!(diff(&library, &a, &b).is_err());
    }

    #[test]
    fn diff_swaps_newest_first_and_sorts_rises_then_falls() {
        let library = small_library();
        let old = rated(
            "Ana",
            Rater::SelfRated,
            "2025-01-01T00:00:00Z",
            &[
                ("A.3", 1),
                ("B.1", 1),
                ("B.2", 1),
                ("E.2", 3),
                ("se.tenacity", 3),
            ],
        );
        let new = rated(
            "Ana",
            Rater::SelfRated,
            "2025-03-01T00:00:00Z",
            &[
                ("A.3", 3),
                ("B.1", 1),
                ("B.2", 2),
                ("D.6", 4),
                ("se.tenacity", 2),
            ],
        );
        let p = diff(&library, &new, &old).expect("same person");
        assert!(p.swapped);
        let order: Vec<(&str, Movement)> = p
            .rows
            .iter()
            .map(|r| (r.item.as_str(), r.movement))
            .collect();
        assert_eq!(
            order,
            [
                ("A.3", Movement::Rose),
                ("B.2", Movement::Rose),
                ("se.tenacity", Movement::Fell),
                ("D.6", Movement::New),
                ("E.2", Movement::Removed),
                ("B.1", Movement::Unchanged),
            ]
        );
        // old: 1·2 + 1·1 + 3·2 = 9 / 16 = 56.25; new: 3·2 + 1 + 2·2 = 11 / 16 = 68.75
        let fit = &p.profiles[0];
        assert_eq!((fit.old_fit, fit.new_fit, fit.change), (56.25, 68.75, 12.5));
        assert_eq!(p.counts.rose, 2);
        let unswapped = diff(&library, &old, &new).expect("same person");
        assert!(!unswapped.swapped);
        assert_eq!(unswapped.rows, p.rows);
    }

    #[test]
    fn updated_order_compares_instants_and_puts_missing_first() {
        assert!(
            updated_order(
                Some("2025-01-01T10:00:00Z"),
                Some("2025-01-01T09:00:00-02:00")
            )
            .is_lt()
        );
        // 12:30+02:00 is 10:30Z.
        assert!(
            updated_order(
                Some("2025-01-01T10:00:00Z"),
                Some("2025-01-01T12:30:00+02:00")
            )
            .is_lt()
        );
        assert!(
            updated_order(
                Some("2025-01-01T11:00:00Z"),
                Some("2025-01-01T12:30:00+02:00")
            )
            .is_gt()
        );
        assert!(updated_order(None, Some("2020-01-01T00:00:00Z")).is_lt());
        assert!(updated_order(Some("b"), Some("a")).is_gt());
    }

    #[test]
    fn fits_equal_the_matching_rule() {
        let library = Library::builtin().expect("built-in data");
        let me = rated("Ana", Rater::SelfRated, "x", &[("A.3", 3), ("D.6", 5)]);
        let coach = rated("Ana", Rater::Coach, "y", &[("A.3", 2), ("E.4", 1)]);
        let c = compare(&library, &me, &coach).expect("same person");
        for fits in &c.profiles {
            let profile = library.profile(&fits.profile).expect("known");
            let catalogue = &library.catalogue;
            let explained = matching::explain(
                profile,
                catalogue,
                &me.score_vector(catalogue),
                &me.answered_vector(catalogue),
            );
            assert_eq!(fits.self_fit, round2(explained.fit));
        }
    }
}
