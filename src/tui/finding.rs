//! Finding one's way on the walk and the overview: `/` finds an item by id
//! or title, `f` goes to the next unanswered item, `u` undoes the last
//! rating change (saved like any change), and a key that does nothing says
//! so. Part of `update`: no I/O, effects returned.

use bilan_core::Answer;
use bilan_report::l10n::answer_text;
use bilan_report::l10n::finding::find_words;

use super::screens::search::{self, SearchState};
use super::session::{RatingChange, go_to, refresh_ranking};
use super::state::{Action, App, Effect, Overlay, Screen, tell};
use super::widgets::colon;

/// How many rating changes `u` can take back.
const UNDO_DEPTH: usize = 100;

/// The finding keys on the walk and the overview, and the hint for an
/// unknown key anywhere; `None` for every other action.
pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    let on_items = matches!(app.place.screen(), Screen::Walk | Screen::Review);
    match action {
        Action::UnknownKey => {
            tell(app, find_words(app.lang).unknown_key.to_string());
            Some(Vec::new())
        }
        Action::Search if on_items => {
            app.search = SearchState::default();
            app.overlay = Some(Overlay::Search);
            Some(Vec::new())
        }
        Action::NextUnanswered if on_items => Some(next_unanswered(app)),
        Action::Undo if on_items => Some(undo(app)),
        _ => None,
    }
}

/// Keys over the search panel.
pub fn search_update(app: &mut App, action: Action) -> Vec<Effect> {
    match search::update(&mut app.search, &app.library, action) {
        search::Exit::Stay => Vec::new(),
        search::Exit::Cancel => {
            app.overlay = None;
            Vec::new()
        }
        search::Exit::Go(index) => {
            app.overlay = None;
            show(app, index)
        }
    }
}

/// Puts the item at `index` under the cursor of the screen on view: the
/// walk's item, or the overview's row.
fn show(app: &mut App, index: usize) -> Vec<Effect> {
    let review = app.place.screen() == Screen::Review;
    let library = std::sync::Arc::clone(&app.library);
    let Some(session) = app.place.session_mut() else {
        return Vec::new();
    };
    if review {
        session.review_row = index;
        Vec::new()
    } else {
        go_to(session, &library, index)
    }
}

/// The next item with no answer after the current one, round to the start.
fn next_unanswered(app: &mut App) -> Vec<Effect> {
    let review = app.place.screen() == Screen::Review;
    let Some(session) = app.place.session() else {
        return Vec::new();
    };
    let items = app.library.catalogue.items();
    let from = if review {
        session.review_row
    } else {
        session.cursor
    };
    let found = (1..=items.len())
        .map(|step| (from + step) % items.len())
        .find(|&i| !session.assessment.scores.contains_key(items[i].id.as_str()));
    match found {
        Some(index) => show(app, index),
        None => {
            tell(app, find_words(app.lang).all_answered.to_string());
            Vec::new()
        }
    }
}

/// The answers before an action on the walk or the overview, to record what
/// it changes.
pub fn answers_before(app: &App) -> Option<std::collections::BTreeMap<String, Answer>> {
    matches!(app.place.screen(), Screen::Walk | Screen::Review)
        .then(|| app.place.session().map(|s| s.assessment.scores.clone()))
        .flatten()
}

/// Records what the action changed in the answers, for `u`.
pub fn record(app: &mut App, before: Option<std::collections::BTreeMap<String, Answer>>) {
    let (Some(before), Some(session)) = (before, app.place.session_mut()) else {
        return;
    };
    let after = &session.assessment.scores;
    let change: RatingChange = before
        .keys()
        .chain(after.keys())
        .filter(|id| before.get(*id) != after.get(*id))
        .map(|id| (id.clone(), before.get(id).copied()))
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_iter()
        .collect();
    if change.is_empty() {
        return;
    }
    session.undo.push(change);
    if session.undo.len() > UNDO_DEPTH {
        session.undo.remove(0);
    }
}

/// Takes back the last rating change, shows the item it was on, and saves.
fn undo(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let words = find_words(lang);
    let library = std::sync::Arc::clone(&app.library);
    let review = app.place.screen() == Screen::Review;
    let Some(session) = app.place.session_mut() else {
        return Vec::new();
    };
    let Some(change) = session.undo.pop() else {
        tell(app, words.nothing_to_undo.to_string());
        return Vec::new();
    };
    let mut told = Vec::new();
    for (id, before) in &change {
        session.assessment.set_answer(id, *before);
        let was = before.map_or_else(
            || words.unanswered.to_string(),
            |answer| answer_text(answer, lang, false),
        );
        told.push(format!("{id} {} {was}", words.back_to));
    }
    refresh_ranking(session, &library);
    let effects = match change
        .first()
        .and_then(|(id, _)| library.catalogue.index_of(id))
    {
        Some(index) if review => {
            session.review_row = index;
            vec![Effect::Save]
        }
        Some(index) => go_to(session, &library, index),
        None => vec![Effect::Save],
    };
    tell(
        app,
        format!("{}{}{}", words.undone, colon(lang), told.join(", ")),
    );
    effects
}
