//! Opening the coach's views from the state: a comparison of self-rating
//! and coach's rating, or the progress between two rounds. Between the state
//! and `app`: these set a screen's state, go there, or say what is missing.

use std::path::PathBuf;

use super::place::Screen;
use super::state::{App, CompareState, Comparing, PairKind, ProgressState, fail};
use bilan_core::compare::{RatingPair, compare, diff};
use bilan_core::{Assessment, Error, Rater};
use bilan_report::l10n::coaching;

/// Compares two assessments if they are one self-rating and one coach's
/// rating of the same person ([`RatingPair`]); says why not otherwise.
fn open_pair(app: &mut App, a: &Assessment, b: &Assessment, from_session: bool) {
    match RatingPair::new(a, b) {
        Ok(pair) => open_comparison(app, pair, from_session),
        // Two ratings by one rater is said in the UI's own words.
        Err(Error::Invalid { field, .. }) if field == "rater" => {
            fail(app, coaching(app.lang).needs_both_raters.to_string());
        }
        Err(e) => fail(app, bilan_report::l10n::error(&e, app.lang)),
    }
}

fn open_comparison(app: &mut App, pair: RatingPair<'_>, from_session: bool) {
    app.compare = Comparing::Shown(Box::new(CompareState {
        comparison: compare(&app.library, pair),
        row: 0,
        back: app.place.screen(),
        from_session,
    }));
    app.place.go(Screen::Compare);
}

/// The session's rating beside the other rater's, as last read.
pub fn compare_session(app: &mut App) {
    let Some(session) = app.place.session() else {
        return;
    };
    let Some(other) = session.counterpart.as_ref() else {
        let c = coaching(app.lang);
        let missing = match session.assessment.rater {
            Rater::SelfRated => c.no_coach_rating,
            Rater::Coach => c.no_self_rating,
        };
        let text = format!(
            "{missing} {}. {}",
            session.assessment.person, c.no_other_hint
        );
        fail(app, text);
        return;
    };
    let (mine, theirs) = (session.assessment.clone(), other.assessment.clone());
    open_pair(app, &mine, &theirs, true);
}

/// The loop found (or not) an earlier round of the session's person.
pub fn show_progress_since(app: &mut App, round: Option<(PathBuf, Assessment)>) {
    let Some(session) = app.place.session() else {
        return;
    };
    let c = coaching(app.lang);
    let Some((_, old)) = round else {
        let text = format!(
            "{} {}. {}",
            c.no_earlier_round, session.assessment.person, c.keep_round_hint
        );
        fail(app, text);
        return;
    };
    let result = diff(&app.library, &old, &session.assessment);
    open_progress(app, result, true);
}

pub fn open_progress(
    app: &mut App,
    result: bilan_core::Result<bilan_core::compare::Progress>,
    from_session: bool,
) {
    match result {
        Ok(progress) => {
            app.progress = Some(ProgressState {
                progress,
                row: 0,
                back: app.place.screen(),
                from_session,
            });
            app.place.go(Screen::Progress);
        }
        Err(e) => fail(app, bilan_report::l10n::error(&e, app.lang)),
    }
}

/// The loop opened the two files picked in the resume list.
pub fn show_pair(app: &mut App, kind: PairKind, first: &Assessment, second: &Assessment) {
    match kind {
        PairKind::Compare => open_pair(app, first, second, false),
        PairKind::Progress => {
            let result = diff(&app.library, first, second);
            open_progress(app, result, false);
        }
    }
}
