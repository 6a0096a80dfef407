//! A self-rating against a coach's rating of the same person.

use std::cmp::Reverse;

use schemars::JsonSchema;
use serde::Serialize;

use super::fits::{place_of, rank, signed_difference};
use super::pair::RatingPair;
use crate::assessment::{Answer, Rater};
use crate::ids::{ItemId, ProfileId};
use crate::library::Library;
use crate::matching;
use crate::text::Localized;
use crate::time::Timestamp;

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
    /// One gave a level, the other answered "not applicable / can't
    /// judge": there is no gap in levels to measure.
    NotComparable,
}

impl Severity {
    fn of(self_answer: Option<Answer>, coach_answer: Option<Answer>) -> Severity {
        match (self_answer, coach_answer) {
            (Some(Answer::Level(s)), Some(Answer::Level(c))) => match s.abs_diff(c) {
                0 => Severity::Agree,
                1 => Severity::Minor,
                _ => Severity::Major,
            },
            // Both say it does not apply: they agree.
            (Some(Answer::NotApplicable), Some(Answer::NotApplicable)) => Severity::Agree,
            (Some(_), Some(_)) => Severity::NotComparable,
            _ => Severity::OneSided,
        }
    }
}

/// One catalogue item rated by at least one of the two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ComparisonRow {
    pub item: ItemId,
    pub title: Localized,
    /// The self-rating's answer (a level or `"na"`); `None` when not
    /// answered there.
    pub self_score: Option<Answer>,
    /// The coach's answer; `None` when not answered there.
    pub coach_score: Option<Answer>,
    /// The answer retained: the coach's level where given, else the
    /// self-rating's level, else "not applicable" (a coach who cannot judge
    /// leaves the person's own level standing).
    pub agreed: Answer,
    /// Coach minus self, when both gave a level.
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
    pub not_comparable: usize,
}

/// The fit of one profile for the self-rating, the coach's and the agreed one.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProfileFits {
    pub profile: ProfileId,
    pub name: Localized,
    /// 0–100 (exact).
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
    /// Who rated each file: always `self` and `coach`, since a
    /// [`RatingPair`] is checked; kept because `bilan compare --format json`
    /// shows them.
    pub self_rater: Rater,
    pub coach_rater: Rater,
    pub self_updated: Option<Timestamp>,
    pub coach_updated: Option<Timestamp>,
    /// Every item rated by at least one: the widest disagreement first (then
    /// catalogue order); then the items one rated and the other found "not
    /// applicable"; items rated by only one of the two come last.
    pub rows: Vec<ComparisonRow>,
    pub counts: SeverityCounts,
    /// Every profile, in the order of the agreed rating's ranking.
    pub profiles: Vec<ProfileFits>,
}

/// Compares a self-rating with a coach's rating of the same person: the
/// pair was checked when it was made.
pub fn compare(library: &Library, pair: RatingPair<'_>) -> Comparison {
    let (self_rated, coach) = (pair.self_rated(), pair.coach());
    let catalogue = &library.catalogue;

    let mut rows = Vec::new();
    let mut agreed_levels = vec![0; catalogue.len()];
    let mut agreed_answered = vec![false; catalogue.len()];
    for (index, item) in catalogue.items().iter().enumerate() {
        let self_score = self_rated.answer(&item.id);
        let coach_score = coach.answer(&item.id);
        let level = |answer: Option<Answer>| answer.and_then(Answer::level);
        let agreed = match level(coach_score).or(level(self_score)) {
            Some(level) => Answer::Level(level),
            None if coach_score.or(self_score).is_some() => Answer::NotApplicable,
            None => continue,
        };
        if let Answer::Level(level) = agreed {
            agreed_levels[index] = level;
            agreed_answered[index] = true;
        }
        let difference = match (level(self_score), level(coach_score)) {
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
                severity: Severity::of(self_score, coach_score),
            },
        ));
    }
    // Widest disagreement first; rows with no size (not comparable, then
    // one-sided) go last.
    rows.sort_by_key(|(index, row)| {
        let group = match row.severity {
            Severity::Agree | Severity::Minor | Severity::Major => 0,
            Severity::NotComparable => 1,
            Severity::OneSided => 2,
        };
        let size = Reverse(row.difference.map_or(0, i8::unsigned_abs));
        (group, size, *index)
    });
    let rows: Vec<ComparisonRow> = rows.into_iter().map(|(_, row)| row).collect();

    let mut counts = SeverityCounts::default();
    for row in &rows {
        match row.severity {
            Severity::Agree => counts.agree += 1,
            Severity::Minor => counts.minor += 1,
            Severity::Major => counts.major += 1,
            Severity::OneSided => counts.one_sided += 1,
            Severity::NotComparable => counts.not_comparable += 1,
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
                self_fit,
                coach_fit,
                agreed_fit: agreed.fit,
                self_rank,
                coach_rank,
                agreed_rank: place + 1,
            }
        })
        .collect();

    Comparison {
        person: self_rated.person.trim().to_string(),
        coach: coach.coach.clone(),
        self_rater: self_rated.rater,
        coach_rater: coach.rater,
        self_updated: self_rated.updated.clone(),
        coach_updated: coach.updated.clone(),
        rows,
        counts,
        profiles,
    }
}

#[cfg(test)]
mod tests {
    use super::super::diff;
    use super::super::fixtures::{rated, small_library};
    use super::*;
    use crate::library::Library;

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
        let c = compare(&library, RatingPair::new(&me, &coach).expect("same person"));
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
        assert_eq!(
            (c.rows[4].agreed, c.rows[5].agreed),
            (Answer::Level(4), Answer::Level(2))
        );
        assert_eq!(
            c.counts,
            SeverityCounts {
                agree: 1,
                minor: 2,
                major: 1,
                one_sided: 2,
                not_comparable: 0,
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
        let c = compare(&library, RatingPair::new(&me, &coach).expect("same person"));
        // agreed: A.3 1 (coach), tenacity 4 (self): 1·2 + 0 + 4·2 = 10 / 16 = 62.5
        assert_eq!(c.profiles[0].agreed_fit, 62.5);
        // self: 3·2 + 0 + 4·2 = 14 / 16 = 87.5; coach: 1·2 = 2 / 16 = 12.5
        assert_eq!(c.profiles[0].self_fit, 87.5);
        assert_eq!(c.profiles[0].coach_fit, 12.5);
    }

    #[test]
    fn not_applicable_against_a_level_is_not_a_gap() {
        let library = small_library();
        let mut me = rated("Ana", Rater::SelfRated, "x", &[("A.3", 0), ("B.1", 2)]);
        me.scores
            .insert("se.tenacity".into(), Answer::NotApplicable);
        me.scores.insert("C.1".into(), Answer::NotApplicable);
        let mut coach = rated("Ana", Rater::Coach, "y", &[("se.tenacity", 4), ("B.1", 2)]);
        coach.scores.insert("A.3".into(), Answer::NotApplicable);
        coach.scores.insert("C.1".into(), Answer::NotApplicable);
        let c = compare(&library, RatingPair::new(&me, &coach).expect("same person"));
        let row = |id: &str| c.rows.iter().find(|r| r.item == id).expect("a row");
        // A 0 against "can't judge" is no gap of 0, and 4 against "not
        // applicable" no gap of 4: neither is measured.
        for id in ["A.3", "se.tenacity"] {
            assert_eq!(row(id).severity, Severity::NotComparable, "{id}");
            assert_eq!(row(id).difference, None, "{id}");
        }
        // The coach who cannot judge leaves the person's own level.
        assert_eq!(row("A.3").agreed, Answer::Level(0));
        assert_eq!(row("se.tenacity").agreed, Answer::Level(4));
        // Both found it not applicable: they agree, on no level.
        assert_eq!(row("C.1").severity, Severity::Agree);
        assert_eq!(row("C.1").agreed, Answer::NotApplicable);
        assert_eq!(
            (c.counts.agree, c.counts.not_comparable, c.counts.major),
            (2, 2, 0)
        );
        // Measured rows first, then the ones that cannot be.
        let order: Vec<&str> = c.rows.iter().map(|r| r.item.as_str()).collect();
        assert_eq!(order, ["B.1", "C.1", "A.3", "se.tenacity"]);
        // Fits count "not applicable" as unanswered: self A.3 0 + B.1 2 = 2 / 16.
        assert_eq!(c.profiles[0].self_fit, 12.5);
        // Agreed: A.3 0, B.1 2, tenacity 4: 2 + 8 = 10 / 16.
        assert_eq!(c.profiles[0].agreed_fit, 62.5);
    }

    #[test]
    fn different_people_are_refused() {
        let library = small_library();
        let a = rated("Ana", Rater::SelfRated, "x", &[]);
        let b = rated("Bob", Rater::Coach, "y", &[]);
        let err = RatingPair::new(&a, &b).unwrap_err().to_string();
        assert!(err.contains("\"Ana\"") && err.contains("\"Bob\""), "{err}");
        assert!(diff(&library, &a, &b).is_err());
    }

    #[test]
    fn fits_equal_the_matching_rule() {
        let library = Library::builtin().expect("built-in data");
        let me = rated("Ana", Rater::SelfRated, "x", &[("A.3", 3), ("D.6", 5)]);
        let coach = rated("Ana", Rater::Coach, "y", &[("A.3", 2), ("E.4", 1)]);
        let c = compare(&library, RatingPair::new(&me, &coach).expect("same person"));
        for fits in &c.profiles {
            let profile = library.profile(&fits.profile).expect("known");
            let catalogue = &library.catalogue;
            let explained = matching::explain(
                profile,
                catalogue,
                &me.score_vector(catalogue),
                &me.answered_vector(catalogue),
            );
            assert_eq!(fits.self_fit, explained.fit);
        }
    }
}
