//! The one table of keys: input handling, the footer and the help screen are
//! all read from it, so they cannot drift apart. The tables are in
//! `tables.rs`, one line per binding; the words in
//! `bilan_report::l10n::KeyWords`; a binding's label is made from its keys.

mod binding;
mod tables;

pub use binding::{Binding, Key};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::state::{Action, App, Overlay, Screen};
use super::text_input::Edit;

/// Where keys are read: each screen, the overlays, and keys valid everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Home,
    Form,
    Resume,
    /// Typing a name to filter the resume list.
    ResumeFilter,
    Profiles,
    Walk,
    Review,
    Results,
    /// A question of the quick orientation (the walk in quick mode).
    QuickQuestion,
    /// Where the quick orientation stands, questions left.
    QuickStanding,
    /// Where the quick orientation stands, once it stopped.
    QuickDone,
    Compare,
    Progress,
    Cohort,
    Help,
    Note,
    /// The file changed or was deleted on disk.
    Conflict,
    /// Quitting with changes not on disk.
    QuitUnsaved,
    /// Typing where the copy goes.
    CopyPath,
    /// Typing what to find.
    Search,
}

pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Global => tables::GLOBAL,
        Context::Home => tables::HOME,
        Context::Form => tables::FORM,
        Context::Resume => tables::RESUME,
        Context::ResumeFilter => tables::RESUME_FILTER,
        Context::Profiles => tables::PROFILES,
        Context::Walk => tables::WALK,
        Context::Review => tables::REVIEW,
        Context::Results => tables::RESULTS,
        Context::QuickQuestion => tables::QUICK_QUESTION,
        Context::QuickStanding => tables::QUICK_STANDING,
        Context::QuickDone => tables::QUICK_DONE,
        Context::Compare | Context::Progress => tables::COMPARE,
        Context::Cohort => tables::COHORT,
        Context::Help => tables::HELP,
        Context::Note => tables::NOTE,
        Context::Conflict => tables::CONFLICT,
        Context::QuitUnsaved => tables::QUIT_UNSAVED,
        Context::CopyPath => tables::COPY_PATH,
        Context::Search => tables::SEARCH,
    }
}

/// The context keys are read in right now.
pub fn context(app: &App) -> Context {
    match app.overlay {
        Some(Overlay::Help) => return Context::Help,
        Some(Overlay::Note) => return Context::Note,
        Some(Overlay::Conflict) => return Context::Conflict,
        Some(Overlay::QuitUnsaved) => return Context::QuitUnsaved,
        Some(Overlay::CopyPath) => return Context::CopyPath,
        Some(Overlay::Search) => return Context::Search,
        None => {}
    }
    screen_context(app)
}

/// The context of the screen itself, ignoring overlays.
pub fn screen_context(app: &App) -> Context {
    match app.place.screen() {
        Screen::Home => Context::Home,
        Screen::NewForm => Context::Form,
        Screen::ResumeList if app.resume.filter.is_some() => Context::ResumeFilter,
        Screen::ResumeList => Context::Resume,
        Screen::Profiles => Context::Profiles,
        Screen::Walk if app.place.session().is_some_and(|s| s.quick.is_some()) => {
            Context::QuickQuestion
        }
        Screen::Walk => Context::Walk,
        Screen::Review => Context::Review,
        Screen::Results => Context::Results,
        Screen::Quick
            if app
                .place
                .session()
                .and_then(|s| s.quick.as_ref())
                .is_some_and(|run| run.stopped()) =>
        {
            Context::QuickDone
        }
        Screen::Quick => Context::QuickStanding,
        Screen::Compare => Context::Compare,
        Screen::Progress => Context::Progress,
        Screen::Cohort => Context::Cohort,
    }
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    match key {
        Key::Ctrl(c) => ctrl && event.code == KeyCode::Char(*c),
        Key::Char(c) => !ctrl && event.code == KeyCode::Char(*c),
        Key::Code(code) => !ctrl && event.code == *code,
    }
}

/// The action of the context's key for `event`: a plain table look-up.
fn lookup(context: Context, event: &KeyEvent) -> Option<Action> {
    bindings(context)
        .iter()
        .flat_map(Binding::all_keys)
        .find(|(key, _)| matches(key, event))
        .map(|(_, action)| *action)
}

/// Keys typed into a text field.
fn text_edit(event: &KeyEvent) -> Option<Edit> {
    if event.modifiers.contains(KeyModifiers::CONTROL) {
        return match event.code {
            KeyCode::Char('u') => Some(Edit::Clear),
            KeyCode::Char('a') => Some(Edit::Home),
            KeyCode::Char('e') => Some(Edit::End),
            _ => None,
        };
    }
    Some(match event.code {
        KeyCode::Char(c) => Edit::Insert(c),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        _ => return None,
    })
}

/// Turns a key press into an action for the current context.
pub fn action_for(app: &App, event: &KeyEvent) -> Option<Action> {
    let context = context(app);
    if let Some(action) = lookup(context, event) {
        return Some(action);
    }
    if app.editing_text() {
        // In a text field only Ctrl-C and Ctrl-Z escape; every other key is
        // typing.
        if event.modifiers.contains(KeyModifiers::CONTROL) {
            match event.code {
                KeyCode::Char('c') => return Some(Action::Quit),
                KeyCode::Char('z') => return Some(Action::Suspend),
                _ => {}
            }
        }
        return text_edit(event).map(Action::Edit);
    }
    lookup(Context::Global, event).or_else(|| unknown(app, event))
}

/// A letter, digit or function key bound to nothing on a screen: a hint
/// says so (arrows, modifiers alone, and keys over an open panel stay
/// silent).
fn unknown(app: &App, event: &KeyEvent) -> Option<Action> {
    (app.overlay.is_none() && matches!(event.code, KeyCode::Char(_) | KeyCode::F(_)))
        .then_some(Action::UnknownKey)
}

/// Whether `binding` does anything right now: Enter on a comparison opened
/// from the saved list has no item to go to, and an empty list has nothing
/// to resume or mark. The footer and the help leave such keys out.
pub fn applies(app: &App, context: Context, binding: &Binding) -> bool {
    let from_session = match app.place.screen() {
        Screen::Compare => app.compare.shown().is_some_and(|c| c.from_session),
        Screen::Progress => app.progress.as_ref().is_some_and(|p| p.from_session),
        _ => true,
    };
    let list_empty = app.resume.summaries.as_ref().is_none_or(Vec::is_empty);
    // The question about the file on disk offers what fits: reload a file
    // that changed and reads, keep yours over one that changed, write again
    // one that was deleted.
    let conflict = app.place.session().and_then(|s| s.disk.conflict.as_ref());
    let missing = matches!(conflict, Some(crate::tui::saving::Conflict::Missing));
    let readable = matches!(conflict, Some(crate::tui::saving::Conflict::Changed(Ok(_))));
    match binding.action() {
        Action::Reload => readable,
        Action::KeepMine => !missing,
        Action::WriteAgain => missing,
        Action::Confirm if matches!(context, Context::Compare | Context::Progress) => from_session,
        Action::Confirm | Action::Mark if context == Context::Resume => !list_empty,
        _ => true,
    }
}

/// The footer: the context's main keys, then the global ones.
pub fn footer(app: &App) -> Vec<(String, &'static str)> {
    footer_where(app, |_, _| true)
}

/// The footer, less the context's bindings `keep` leaves out (the layout
/// leaves out scrolling where nothing scrolls).
pub fn footer_where(
    app: &App,
    keep: impl Fn(Context, &Binding) -> bool,
) -> Vec<(String, &'static str)> {
    let context = context(app);
    // `c` is offered only where there is something to compare with.
    let comparable = app.place.session().is_some_and(|s| s.counterpart.is_some());
    let mut entries: Vec<(String, &str)> = bindings(context)
        .iter()
        .filter(|b| b.footer && applies(app, context, b) && keep(context, b))
        .filter(|b| comparable || b.action() != Action::Compare || context == Context::Resume)
        .map(|b| (b.label(), b.help(app.lang)))
        .collect();
    if !app.editing_text() && context != Context::Help {
        entries.extend(
            bindings(Context::Global)
                .iter()
                .filter(|b| b.footer)
                .map(|b| (b.label(), b.help(app.lang))),
        );
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventKind, KeyEventState};

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent {
            code,
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn digits_rate_with_their_value() {
        assert_eq!(
            lookup(Context::Walk, &press(KeyCode::Char('4'))),
            Some(Action::Rate(4))
        );
        assert_eq!(lookup(Context::Walk, &press(KeyCode::Char('7'))), None);
    }

    #[test]
    fn what_if_goes_both_ways() {
        assert_eq!(
            lookup(Context::Results, &press(KeyCode::Left)),
            Some(Action::Left)
        );
        assert_eq!(
            lookup(Context::Results, &press(KeyCode::Char('+'))),
            Some(Action::Right)
        );
    }

    #[test]
    fn labels_are_made_from_the_keys() {
        let label = |context, action| {
            bindings(context)
                .iter()
                .find(|b| b.action() == action)
                .map(Binding::label)
        };
        assert_eq!(
            label(Context::Walk, Action::Rate(0)).as_deref(),
            Some("0–5")
        );
        assert_eq!(label(Context::Walk, Action::Up).as_deref(), Some("↑ k"));
        assert_eq!(
            label(Context::Walk, Action::ClearScore).as_deref(),
            Some("x Suppr")
        );
        // Esc and r both go back from the results: the footer says both.
        assert_eq!(
            label(Context::Results, Action::Back).as_deref(),
            Some("Esc r")
        );
        assert_eq!(label(Context::Global, Action::Quit).as_deref(), Some("q"));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for context in [
            Context::Home,
            Context::Form,
            Context::Resume,
            Context::Profiles,
            Context::Walk,
            Context::Review,
            Context::Results,
            Context::Compare,
            Context::Progress,
            Context::Cohort,
            Context::Help,
            Context::Note,
            Context::Conflict,
            Context::QuitUnsaved,
            Context::CopyPath,
            Context::Search,
        ] {
            let mut seen = Vec::new();
            for binding in bindings(context).iter().chain(bindings(Context::Global)) {
                for (key, _) in binding.all_keys() {
                    assert!(!seen.contains(key), "{key:?} bound twice in {context:?}");
                    seen.push(*key);
                }
            }
        }
    }
}
