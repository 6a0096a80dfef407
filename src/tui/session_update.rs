//! `update` for an assessment being taken: the walk, the note, the review
//! and the results (with "what if"). No I/O, like the rest of `update`.

use super::list::ListCursor;
use super::state::{
    Action, App, DetailTab, Effect, Overlay, Screen, Session, go_to, refresh_ranking,
    request_comparison,
};
use super::text_input::TextInput;
use bilan_core::Rater;

fn rate_current(app: &mut App, level: u8) -> Vec<Effect> {
    let len = app.items_len();
    let Some(session) = app.session.as_mut() else {
        return Vec::new();
    };
    let Some(id) = session.item_id(&app.library) else {
        return Vec::new();
    };
    session.assessment.set_score(&id, Some(level.min(5)));
    session.results.what_if.remove(&session.cursor);
    refresh_ranking(session, &app.library);
    let next = session.cursor + 1;
    if next < len {
        go_to(app, next)
    } else {
        // Last item rated: show the review, where gaps and unanswered items
        // are, on the first unanswered one (else on the item just rated).
        app.screen = Screen::Review;
        if let Some(session) = app.session.as_mut() {
            session.level = level;
            session.review_row = app
                .library
                .catalogue
                .items()
                .iter()
                .position(|i| !session.assessment.scores.contains_key(&i.id))
                .unwrap_or(session.cursor);
        }
        vec![Effect::Save]
    }
}

fn section_jump(app: &App, forward: bool) -> Option<usize> {
    let session = app.session.as_ref()?;
    let starts = app.library.catalogue.section_starts();
    let current = starts
        .iter()
        .rposition(|(start, _)| *start <= session.cursor)
        .unwrap_or(0);
    let target = if forward {
        (current + 1).min(starts.len().saturating_sub(1))
    } else if session.cursor > starts.get(current)?.0 {
        current
    } else {
        current.saturating_sub(1)
    };
    starts.get(target).map(|(start, _)| *start)
}

pub(super) fn update_walk(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(session) = app.session.as_mut() else {
        app.screen = Screen::Home;
        return Vec::new();
    };
    match action {
        Action::Rate(level) => return rate_current(app, level),
        Action::Up => session.level = session.level.saturating_sub(1),
        Action::Down => session.level = (session.level + 1).min(5),
        Action::Pick(level) if level <= 5 => return rate_current(app, level as u8),
        Action::Confirm => {
            let level = session.level;
            return rate_current(app, level);
        }
        Action::ClearScore => {
            let Some(id) = session.item_id(&app.library) else {
                return Vec::new();
            };
            session.assessment.set_score(&id, None);
            refresh_ranking(session, &app.library);
            return vec![Effect::Save];
        }
        Action::Left | Action::PageUp => {
            let target = session.cursor.saturating_sub(1);
            return go_to(app, target);
        }
        Action::Right | Action::PageDown => {
            let target = session.cursor + 1;
            return go_to(app, target);
        }
        Action::NextSection | Action::PrevSection => {
            if let Some(target) = section_jump(app, action == Action::NextSection) {
                return go_to(app, target);
            }
        }
        Action::Overview | Action::Back => {
            session.review_row = session.cursor;
            app.screen = Screen::Review;
            // A coach's review shows the self-rating as it is now.
            if session.assessment.rater == Rater::Coach {
                return vec![Effect::FindCounterpart];
            }
        }
        Action::EditNote => {
            let note = session
                .item(&app.library)
                .and_then(|item| session.assessment.note(&item.id));
            session.note = TextInput::with_text(note.unwrap_or(""));
            app.overlay = Some(Overlay::Note);
        }
        Action::Results => open_results(app),
        Action::Compare => return request_comparison(app),
        _ => {}
    }
    Vec::new()
}

fn open_results(app: &mut App) {
    if let Some(session) = app.session.as_mut() {
        refresh_ranking(session, &app.library);
        session.results.row = 0;
        app.screen = Screen::Results;
    }
}

pub(super) fn update_note(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(session) = app.session.as_mut() else {
        app.overlay = None;
        return Vec::new();
    };
    match action {
        Action::Edit(edit) => session.note.apply(edit),
        Action::Back => app.overlay = None,
        Action::Confirm => {
            let text = session.note.text().to_string();
            if let Some(id) = session.item_id(&app.library) {
                session.assessment.set_note(&id, &text);
            }
            app.overlay = None;
            return vec![Effect::Save];
        }
        _ => {}
    }
    Vec::new()
}

pub(super) fn update_review(app: &mut App, action: Action) -> Vec<Effect> {
    let len = app.items_len();
    let Some(session) = app.session.as_mut() else {
        app.screen = Screen::Home;
        return Vec::new();
    };
    if let Some(row) = ListCursor::new(len).step(session.review_row, action) {
        session.review_row = row;
        return Vec::new();
    }
    match action {
        Action::NextSection | Action::PrevSection => {
            let starts = app.library.catalogue.section_starts();
            let row = session.review_row;
            let current = starts.iter().rposition(|(s, _)| *s <= row).unwrap_or(0);
            let target = if action == Action::NextSection {
                (current + 1).min(starts.len().saturating_sub(1))
            } else {
                current.saturating_sub(1)
            };
            if let Some((start, _)) = starts.get(target) {
                session.review_row = *start;
            }
        }
        Action::Rate(level) => {
            let Some(id) = app.library.catalogue.items().get(session.review_row) else {
                return Vec::new();
            };
            session.assessment.set_score(&id.id.clone(), Some(level));
            refresh_ranking(session, &app.library);
            session.review_row = ListCursor::new(len)
                .step(session.review_row, Action::Down)
                .unwrap_or(session.review_row);
            return vec![Effect::Save];
        }
        Action::Pick(row) if row < len => {
            session.review_row = row;
            app.screen = Screen::Walk;
            return go_to(app, row);
        }
        Action::Confirm | Action::Right => {
            let row = session.review_row;
            app.screen = Screen::Walk;
            return go_to(app, row);
        }
        Action::Results => open_results(app),
        Action::Compare => return request_comparison(app),
        Action::Progress => return vec![Effect::LoadEarlierRound],
        Action::Back | Action::Overview | Action::Left => app.screen = Screen::Walk,
        _ => {}
    }
    Vec::new()
}

/// Rows of the selected detail tab, for cursor bounds.
fn detail_rows(session: &Session) -> usize {
    let Some(result) = session.ranking.matches.get(session.results.selected) else {
        return 0;
    };
    match session.results.tab {
        DetailTab::Requirements => result.requirements.len(),
        DetailTab::Gaps => result.gaps.len(),
        DetailTab::Strengths => result.strengths.len(),
        DetailTab::Radar => 0,
    }
}

/// The item behind the selected row of the detail panel.
pub fn selected_detail_item(session: &Session) -> Option<&str> {
    let result = session.ranking.matches.get(session.results.selected)?;
    let row = session.results.row;
    match session.results.tab {
        DetailTab::Requirements => result.requirements.get(row).map(|r| r.item.as_str()),
        DetailTab::Gaps => result.gaps.get(row).map(|g| g.item.as_str()),
        DetailTab::Strengths => result.strengths.get(row).map(String::as_str),
        DetailTab::Radar => None,
    }
}

pub(super) fn update_results(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(session) = app.session.as_mut() else {
        app.screen = Screen::Home;
        return Vec::new();
    };
    let rows = detail_rows(session);
    if let Some(row) = ListCursor::new(rows).step(session.results.row, action) {
        session.results.row = row;
        return Vec::new();
    }
    match action {
        Action::NextProfile | Action::NextSection => {
            let count = session.ranking.matches.len().max(1);
            session.results.selected = (session.results.selected + 1) % count;
            session.results.row = 0;
        }
        Action::PrevSection => {
            let count = session.ranking.matches.len().max(1);
            session.results.selected = (session.results.selected + count - 1) % count;
            session.results.row = 0;
        }
        Action::Pick(row) if row < session.ranking.matches.len() => {
            session.results.selected = row;
            session.results.row = 0;
        }
        Action::NextTab => {
            session.results.tab = session.results.tab.next();
            session.results.row = 0;
        }
        Action::Left | Action::Right | Action::Rate(_) => {
            // What if: try another level for the selected requirement.
            let Some(item) = selected_detail_item(session).map(str::to_string) else {
                return Vec::new();
            };
            let Some(index) = app.library.catalogue.index_of(&item) else {
                return Vec::new();
            };
            let real = session.assessment.score(&item).unwrap_or(0);
            let current = session.results.what_if.get(&index).copied().unwrap_or(real);
            let wanted = match action {
                Action::Left => current.saturating_sub(1),
                Action::Right => (current + 1).min(5),
                Action::Rate(level) => level,
                _ => current,
            };
            // Keep the selected profile in view while the ranking reorders.
            let profile = session
                .ranking
                .matches
                .get(session.results.selected)
                .map(|m| m.profile.clone());
            if wanted == real && session.assessment.score(&item).is_some() {
                session.results.what_if.remove(&index);
            } else {
                session.results.what_if.insert(index, wanted);
            }
            refresh_ranking(session, &app.library);
            if let Some(profile) = profile {
                if let Some(i) = session
                    .ranking
                    .matches
                    .iter()
                    .position(|m| m.profile == profile)
                {
                    session.results.selected = i;
                }
            }
            if session.results.tab != DetailTab::Requirements {
                session.results.row = session
                    .results
                    .row
                    .min(detail_rows(session).saturating_sub(1));
            }
        }
        Action::ResetWhatIf => {
            session.results.what_if.clear();
            refresh_ranking(session, &app.library);
        }
        Action::Confirm => {
            if let Some(index) =
                selected_detail_item(session).and_then(|item| app.library.catalogue.index_of(item))
            {
                app.screen = Screen::Walk;
                return go_to(app, index);
            }
        }
        Action::Overview => {
            app.screen = Screen::Review;
        }
        Action::Export => return vec![Effect::Export],
        Action::Compare => return request_comparison(app),
        Action::Progress => return vec![Effect::LoadEarlierRound],
        Action::KeepRound => return vec![Effect::KeepRound],
        Action::JobSheet => {
            app.browse.profile = app
                .library
                .profiles
                .iter()
                .position(|p| {
                    Some(p.id.as_str())
                        == session
                            .ranking
                            .matches
                            .get(session.results.selected)
                            .map(|m| m.profile.as_str())
                })
                .unwrap_or(0);
            app.browse.scroll = 0;
            app.screen = Screen::Profiles;
        }
        Action::Back | Action::Results => app.screen = Screen::Walk,
        _ => {}
    }
    Vec::new()
}
