//! The one check that two assessments make a self-against-coach pair, used
//! by `compare`, the TUI, the CLI and the reports alike.

use crate::assessment::{Assessment, Rater};
use crate::error::{Error, Result};
use crate::ids::PersonKey;

/// A self-rating and a coach's rating of the same person: the only input
/// [`compare`](super::compare) accepts, so two self-ratings (or two people)
/// cannot be compared by mistake.
#[derive(Debug, Clone, Copy)]
pub struct RatingPair<'a> {
    self_rated: &'a Assessment,
    coach: &'a Assessment,
}

impl<'a> RatingPair<'a> {
    /// Pairs two assessments given in either order. Fails with
    /// [`Error::Invalid`], field `person` when they are about two people
    /// (names compared by [`PersonKey`]), field `rater` when one rater gave
    /// both.
    pub fn new(a: &'a Assessment, b: &'a Assessment) -> Result<RatingPair<'a>> {
        RatingPair::named(a, b, "comparison")
    }

    /// Like [`RatingPair::new`], the errors naming `origin` (the file given
    /// as the other rating, say) rather than "comparison".
    pub fn named(a: &'a Assessment, b: &'a Assessment, origin: &str) -> Result<RatingPair<'a>> {
        check_same_person(a, b, "first assessment", "second", origin)?;
        match (a.rater, b.rater) {
            (Rater::SelfRated, Rater::Coach) => Ok(RatingPair {
                self_rated: a,
                coach: b,
            }),
            (Rater::Coach, Rater::SelfRated) => Ok(RatingPair {
                self_rated: b,
                coach: a,
            }),
            (rater, _) => {
                let both = match rater {
                    Rater::SelfRated => "self-ratings",
                    Rater::Coach => "coach's ratings",
                };
                Err(Error::invalid(
                    origin,
                    "rater",
                    format!(
                        "both assessments are {both} (\"rater\": \"{}\"), so there is nothing to compare",
                        rater.code()
                    ),
                    "give the other rater's assessment of the same person: the coach's rating with a \
                     self-rating, the self-rating with a coach's rating",
                ))
            }
        }
    }

    pub fn self_rated(&self) -> &'a Assessment {
        self.self_rated
    }

    pub fn coach(&self) -> &'a Assessment {
        self.coach
    }
}

/// Fails unless `a` and `b` are about the same person; `a_role` and
/// `b_role` name them in the message.
pub(super) fn check_same_person(
    a: &Assessment,
    b: &Assessment,
    a_role: &str,
    b_role: &str,
    origin: &str,
) -> Result<()> {
    if PersonKey::of(&a.person) == PersonKey::of(&b.person) {
        return Ok(());
    }
    Err(Error::invalid(
        origin,
        "person",
        format!(
            "the {a_role} is about \"{}\" but the {b_role} is about \"{}\"",
            a.person.trim(),
            b.person.trim()
        ),
        "give two assessments of the same person (names are matched ignoring case, accents and extra spaces)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    #[test]
    fn a_pair_is_one_self_rating_and_one_coach_rating_of_one_person() {
        let me = Assessment::new("Léa Roux", Rater::SelfRated, Lang::En);
        let coach = Assessment::new(" lea  roux ", Rater::Coach, Lang::En);
        let pair = RatingPair::new(&coach, &me).expect("a pair, in either order");
        assert_eq!(pair.self_rated().rater, Rater::SelfRated);
        assert_eq!(pair.coach().rater, Rater::Coach);

        let err = RatingPair::new(&me, &me).unwrap_err().to_string();
        assert!(
            err.contains("field `rater`") && err.contains("self-ratings"),
            "{err}"
        );
        let bob = Assessment::new("Bob", Rater::Coach, Lang::En);
        let err = RatingPair::named(&me, &bob, "bob.json")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("bob.json: field `person`"), "{err}");
        assert!(err.contains("same person"), "{err}");
    }
}
