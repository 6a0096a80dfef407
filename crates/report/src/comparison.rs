//! The self-rating against the coach's rating, inside a person's report.
//!
//! [`build`] puts the two assessments in self / coach order and resolves the
//! result of [`compare::compare`] in the report's language
//! ([`ReportComparison`]); `markdown/comparison.rs` and `html/comparison.rs`
//! lay it out, right after the ranking, with the words and symbols of
//! `bilan compare` (`coaching/common.rs`). This is data only: it uses no
//! renderer, so the renderers can use it.

use schemars::JsonSchema;
use serde::Serialize;

use bilan_core::assessment::{Answer, Assessment, Rater};
use bilan_core::compare::{self, Comparison, RatingPair, Severity, SeverityCounts};
use bilan_core::error::Result;
use bilan_core::library::Library;
use bilan_core::text::Lang;

/// The self-rating and the coach's rating of the report's person, side by
/// side, in the report's language.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ReportComparison {
    /// Who rated the other assessment: `coach` in the report of a
    /// self-rating, `self` in the report of a coach's rating.
    pub other: Rater,
    /// The coach's name, when one of the files gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coach: Option<String>,
    /// When the self-rating was started and last changed.
    pub self_rating: RatingDates,
    /// When the coach's rating was started and last changed.
    pub coach_rating: RatingDates,
    /// How many rows fall in each severity.
    pub counts: SeverityCounts,
    /// Every item rated by at least one of the two: the widest disagreement
    /// first (then catalogue order), then the items not comparable; items
    /// rated by one only come last.
    pub rows: Vec<ComparedItem>,
    /// Every profile, in the order of the agreed rating's ranking.
    pub profiles: Vec<ComparedFit>,
    /// How the agreed rating is made, in one sentence.
    pub agreed_rule: String,
    /// The notes of either rater, side by side, in catalogue order: every
    /// item the candidate or the coach wrote about.
    pub notes: Vec<PairedNote>,
}

/// The candidate's and the coach's notes on one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct PairedNote {
    pub item: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coach_note: Option<String>,
}

/// When an assessment was started and last changed (RFC 3339).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RatingDates {
    pub created: Option<String>,
    pub updated: Option<String>,
}

/// One item rated by at least one of the two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ComparedItem {
    pub item: String,
    pub title: String,
    /// The self-rating's answer (a level, or `"na"` for not applicable);
    /// absent when not answered there.
    pub self_score: Option<Answer>,
    /// The coach's answer; absent when not answered there.
    pub coach_score: Option<Answer>,
    /// The answer retained: the coach's level where given, else the
    /// self-rating's, else `"na"`.
    pub agreed: Answer,
    /// Coach minus self, when both gave a level.
    pub difference: Option<i8>,
    /// `agree`, `minor` (one level apart), `major` (two or more),
    /// `not_comparable` (a level against "not applicable") or `one_sided`
    /// (rated by one only).
    pub severity: Severity,
}

/// One profile's fit for the self-rating, the coach's and the agreed one.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ComparedFit {
    pub profile: String,
    pub name: String,
    /// 0–100 (exact).
    pub self_fit: f64,
    pub coach_fit: f64,
    pub agreed_fit: f64,
    /// Place of this profile (1 = best) in each of the three rankings.
    pub self_rank: usize,
    pub coach_rank: usize,
    pub agreed_rank: usize,
}

/// Checks that `other` can be compared with `assessment`: the other rater's
/// assessment of the same person. `origin` names the comparison (or the
/// other file) in the error.
pub fn check_pair(assessment: &Assessment, other: &Assessment, origin: &str) -> Result<()> {
    RatingPair::named(assessment, other, origin).map(|_| ())
}

/// The comparison of `assessment` with `other`, the other rater's
/// assessment of the same person, in `lang`. Fails with
/// [`Error::Invalid`](bilan_core::Error::Invalid) (field `rater` or
/// `person`) when they are not such a pair (see
/// [`RatingPair`](bilan_core::compare::RatingPair)).
pub fn build(
    library: &Library,
    assessment: &Assessment,
    other: &Assessment,
    lang: Lang,
) -> Result<ReportComparison> {
    let pair = RatingPair::new(assessment, other)?;
    let (self_rated, coach) = (pair.self_rated(), pair.coach());
    let comparison = compare::compare(library, pair);
    let coach_name = [&coach.coach, &self_rated.coach]
        .into_iter()
        .flatten()
        .find(|name| !name.trim().is_empty())
        .cloned();
    Ok(ReportComparison {
        other: other.rater,
        coach: coach_name,
        self_rating: dates(self_rated),
        coach_rating: dates(coach),
        counts: comparison.counts,
        rows: rows(&comparison, lang),
        profiles: fits(&comparison, lang),
        agreed_rule: crate::l10n::coaching_docs(lang).agreed_note.to_string(),
        notes: paired_notes(library, self_rated, coach, lang),
    })
}

/// Both raters' notes per item, where at least one wrote one.
fn paired_notes(
    library: &Library,
    self_rated: &Assessment,
    coach: &Assessment,
    lang: Lang,
) -> Vec<PairedNote> {
    let note = |a: &Assessment, id: &str| {
        a.note(id)
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(String::from)
    };
    library
        .catalogue
        .items()
        .iter()
        .filter_map(|item| {
            let (self_note, coach_note) = (note(self_rated, &item.id), note(coach, &item.id));
            (self_note.is_some() || coach_note.is_some()).then(|| PairedNote {
                item: item.id.to_string(),
                title: item.title.get(lang).to_string(),
                self_note,
                coach_note,
            })
        })
        .collect()
}

fn dates(assessment: &Assessment) -> RatingDates {
    RatingDates {
        created: assessment.created.clone().map(String::from),
        updated: assessment.updated.clone().map(String::from),
    }
}

fn rows(comparison: &Comparison, lang: Lang) -> Vec<ComparedItem> {
    comparison
        .rows
        .iter()
        .map(|r| ComparedItem {
            item: r.item.to_string(),
            title: r.title.get(lang).to_string(),
            self_score: r.self_score,
            coach_score: r.coach_score,
            agreed: r.agreed,
            difference: r.difference,
            severity: r.severity,
        })
        .collect()
}

fn fits(comparison: &Comparison, lang: Lang) -> Vec<ComparedFit> {
    comparison
        .profiles
        .iter()
        .map(|p| ComparedFit {
            profile: p.profile.to_string(),
            name: p.name.get(lang).to_string(),
            self_fit: p.self_fit,
            coach_fit: p.coach_fit,
            agreed_fit: p.agreed_fit,
            self_rank: p.self_rank,
            coach_rank: p.coach_rank,
            agreed_rank: p.agreed_rank,
        })
        .collect()
}

impl ReportComparison {
    /// The other rater's answer to `item`, and coach minus self, when rated.
    pub fn other_score(&self, item: &str) -> (Option<Answer>, Option<i8>) {
        self.rows
            .iter()
            .find(|r| r.item == item)
            .map_or((None, None), |r| {
                let score = match self.other {
                    Rater::SelfRated => r.self_score,
                    Rater::Coach => r.coach_score,
                };
                (score, r.difference)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bilan_core::store;

    fn fixture(path: &str) -> Assessment {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures")
            .join(path);
        store::load_assessment(&path).expect("fixture loads")
    }

    fn ana_self() -> Assessment {
        fixture("cohort/team-a/ana.json")
    }

    fn ana_coach() -> Assessment {
        fixture("cohort/team-b/coached/ana-coach.json")
    }

    #[test]
    fn both_raters_notes_are_side_by_side_whichever_report_it_is() {
        let library = Library::builtin().expect("built-in data");
        let (mut me, mut coach) = (ana_self(), ana_coach());
        me.notes.clear();
        coach.notes.clear();
        me.set_note("A.3", "I wrote the plan of our club.");
        coach.set_note("A.3", "Plan seen: clear, no budget.");
        coach.set_note("E.7", "Led the move to the new forum.");
        for (this, other) in [(&me, &coach), (&coach, &me)] {
            let c = build(&library, this, other, Lang::En).expect("a pair");
            let notes: Vec<(&str, Option<&str>, Option<&str>)> = c
                .notes
                .iter()
                .map(|n| {
                    (
                        n.item.as_str(),
                        n.self_note.as_deref(),
                        n.coach_note.as_deref(),
                    )
                })
                .collect();
            assert_eq!(
                notes,
                vec![
                    (
                        "A.3",
                        Some("I wrote the plan of our club."),
                        Some("Plan seen: clear, no budget.")
                    ),
                    ("E.7", None, Some("Led the move to the new forum.")),
                ]
            );
        }
    }

    #[test]
    fn rows_and_fits_are_those_of_compare() {
        let library = Library::builtin().expect("built-in data");
        let (me, coach) = (ana_self(), ana_coach());
        let expected =
            compare::compare(&library, RatingPair::new(&me, &coach).expect("same person"));
        // Whichever of the two the report is about, the comparison is the same.
        for (this, other) in [(&me, &coach), (&coach, &me)] {
            let c = build(&library, this, other, Lang::En).expect("a pair");
            assert_eq!(c.other, other.rater);
            assert_eq!(c.counts, expected.counts);
            assert_eq!(c.rows.len(), expected.rows.len());
            for (row, want) in c.rows.iter().zip(&expected.rows) {
                assert_eq!(row.item, want.item);
                assert_eq!(row.title, want.title.get(Lang::En));
                assert_eq!(
                    (row.self_score, row.coach_score, row.agreed),
                    (want.self_score, want.coach_score, want.agreed)
                );
                assert_eq!(
                    (row.difference, row.severity),
                    (want.difference, want.severity)
                );
            }
            assert_eq!(c.profiles.len(), expected.profiles.len());
            for (fit, want) in c.profiles.iter().zip(&expected.profiles) {
                assert_eq!(fit.profile, want.profile);
                assert_eq!(
                    (fit.self_fit, fit.coach_fit, fit.agreed_fit),
                    (want.self_fit, want.coach_fit, want.agreed_fit)
                );
                assert_eq!(
                    (fit.self_rank, fit.coach_rank, fit.agreed_rank),
                    (want.self_rank, want.coach_rank, want.agreed_rank)
                );
            }
            assert_eq!(c.coach.as_deref(), Some("Marc Aubert"));
            assert_eq!(
                c.self_rating.updated.as_deref(),
                Some("2025-03-01T09:00:00Z")
            );
            assert_eq!(
                c.coach_rating.updated.as_deref(),
                Some("2025-03-02T15:00:00Z")
            );
        }
    }

    #[test]
    fn hand_checked_rows() {
        // Self: A.3 3, B.1 1, C.1 2, D.6 4, se.tenacity 2.
        // Coach: A.3 2, B.1 3, C.1 2, E.1 2, se.tenacity 1.
        let library = Library::builtin().expect("built-in data");
        let c = build(&library, &ana_self(), &ana_coach(), Lang::Fr).expect("a pair");
        let order: Vec<&str> = c.rows.iter().map(|r| r.item.as_str()).collect();
        // B.1 +2; A.3 and se.tenacity −1 in catalogue order; C.1 agreed;
        // D.6 (self only) and E.1 (coach only) last.
        assert_eq!(order, ["B.1", "A.3", "se.tenacity", "C.1", "D.6", "E.1"]);
        let b1 = &c.rows[0];
        assert_eq!(
            (b1.self_score, b1.coach_score),
            (Some(1.into()), Some(3.into()))
        );
        assert_eq!((b1.agreed, b1.difference), (3.into(), Some(2)));
        assert_eq!(b1.severity, Severity::Major);
        assert_eq!(c.rows[1].difference, Some(-1));
        assert_eq!(c.rows[1].severity, Severity::Minor);
        // D.6 rated by self only: agreed falls back to the self score.
        assert_eq!((c.rows[4].coach_score, c.rows[4].agreed), (None, 4.into()));
        assert_eq!(c.rows[4].severity, Severity::OneSided);
        assert_eq!(
            (
                c.counts.agree,
                c.counts.minor,
                c.counts.major,
                c.counts.one_sided
            ),
            (1, 2, 1, 2)
        );
        // Titles in the report's language.
        let library_title = library
            .catalogue
            .get("B.1")
            .expect("B.1")
            .title
            .get(Lang::Fr);
        assert_eq!(b1.title, library_title);
        // In a self-rating's report the other score is the coach's.
        assert_eq!(c.other_score("B.1"), (Some(3.into()), Some(2)));
        assert_eq!(c.other_score("D.6"), (None, None));
        assert_eq!(c.other_score("A.1"), (None, None));
    }

    #[test]
    fn hand_checked_fits() {
        // One profile: A.3 core 3, B.1 secondary 2, se.tenacity core 4;
        // weighted levels 3·2 + 2·1 + 4·2 = 16.
        let library = bilan_core::testing::small_library();
        let c = build(&library, &ana_coach(), &ana_self(), Lang::Fr).expect("a pair");
        let fit = &c.profiles[0];
        assert_eq!(
            (fit.profile.as_str(), fit.name.as_str()),
            ("small", "Petit")
        );
        // Self: A.3 3·2 + B.1 1·1 + tenacity 2·2 = 11 / 16 = 68.75.
        // Coach: A.3 2·2 + B.1 min(3, 2)·1 + tenacity 1·2 = 8 / 16 = 50.
        // Agreed: the coach rated all three, so the coach's 50.
        assert_eq!(
            (fit.self_fit, fit.coach_fit, fit.agreed_fit),
            (68.75, 50.0, 50.0)
        );
        assert_eq!((fit.self_rank, fit.coach_rank, fit.agreed_rank), (1, 1, 1));
    }

    #[test]
    fn same_rater_and_other_people_are_refused() {
        let library = Library::builtin().expect("built-in data");
        let me = ana_self();
        let err = build(&library, &me, &me, Lang::En).unwrap_err().to_string();
        assert!(err.contains("field `rater`"), "{err}");
        assert!(err.contains("both assessments are self-ratings"), "{err}");
        let chloe = fixture("cohort/team-b/coached/chloe.json");
        let err = build(&library, &me, &chloe, Lang::En)
            .unwrap_err()
            .to_string();
        assert!(err.contains("field `person`"), "{err}");
        assert!(
            err.contains("\"Ana Martin\"") && err.contains("\"Chloé Dubois\""),
            "{err}"
        );
    }
}
