//! What a key does on the results: move between profiles, tabs and rows,
//! try another level ("what if"), or leave for another screen.

use crate::tui::action::{Action, Effect};
use crate::tui::list::ListCursor;
use crate::tui::session::{DetailTab, Session, go_to, refresh_ranking};
use bilan_core::Library;

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
        DetailTab::Strengths => result.strengths.get(row).map(|id| id.as_str()),
        DetailTab::Radar => None,
    }
}

/// Where a key on the results leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    Stay,
    /// Back to the walk (on the item chosen, if any: already moved there).
    Walk,
    Review,
    /// The job sheet of this profile (none ranked: the first sheet).
    JobSheet(Option<String>),
    /// Compare with the other rater's rating.
    Compare,
}

pub fn update(session: &mut Session, library: &Library, action: Action) -> (Vec<Effect>, Exit) {
    let rows = detail_rows(session);
    if let Some(row) = ListCursor::new(rows).step(session.results.row, action) {
        session.results.row = row;
        return (Vec::new(), Exit::Stay);
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
                return (Vec::new(), Exit::Stay);
            };
            let Some(index) = library.catalogue.index_of(&item) else {
                return (Vec::new(), Exit::Stay);
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
            refresh_ranking(session, library);
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
            refresh_ranking(session, library);
        }
        Action::Confirm => {
            if let Some(index) =
                selected_detail_item(session).and_then(|item| library.catalogue.index_of(item))
            {
                return (go_to(session, library, index), Exit::Walk);
            }
        }
        Action::Overview => return (Vec::new(), Exit::Review),
        Action::Export => return (vec![Effect::Export], Exit::Stay),
        Action::Compare => return (Vec::new(), Exit::Compare),
        Action::Progress => return (vec![Effect::LoadEarlierRound], Exit::Stay),
        Action::KeepRound => return (vec![Effect::KeepRound], Exit::Stay),
        Action::JobSheet => {
            let shown = session.ranking.matches.get(session.results.selected);
            return (
                Vec::new(),
                Exit::JobSheet(shown.map(|m| m.profile.to_string())),
            );
        }
        Action::Back | Action::Results => return (Vec::new(), Exit::Walk),
        _ => {}
    }
    (Vec::new(), Exit::Stay)
}
