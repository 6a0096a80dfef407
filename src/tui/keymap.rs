//! The one table of keys: input handling, the footer and the help screen are
//! all read from it, so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::state::{Action, App, Overlay, Screen};
use super::text_input::Edit;
use bilan_core::Lang;

/// A key as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
}

/// One line of the keymap.
#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    /// How the keys are shown (`0–5`, `←→ h l`).
    pub label: &'static str,
    pub action: Action,
    /// What it does, in French and English.
    pub help: [&'static str; 2],
    /// Shown in the footer (else only in the help screen).
    pub footer: bool,
}

impl Binding {
    /// How the keys are shown.
    pub fn label(&self) -> String {
        self.label.to_string()
    }

    pub fn help(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.help[0],
            Lang::En => self.help[1],
        }
    }
}

/// Where keys are read: each screen, the overlays, and keys valid everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Home,
    Form,
    Resume,
    Profiles,
    Walk,
    Review,
    Results,
    Compare,
    Progress,
    Cohort,
    Help,
    Note,
}

use Key::{Char, Code, Ctrl};

const fn b(
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    fr: &'static str,
    en: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        help: [fr, en],
        footer,
    }
}

const UP: &[Key] = &[Code(KeyCode::Up), Char('k')];
const DOWN: &[Key] = &[Code(KeyCode::Down), Char('j')];
const LEFT: &[Key] = &[Code(KeyCode::Left), Char('h')];
const RIGHT: &[Key] = &[Code(KeyCode::Right), Char('l')];
const ENTER: &[Key] = &[Code(KeyCode::Enter)];
const ESC: &[Key] = &[Code(KeyCode::Esc)];
const DIGITS: &[Key] = &[
    Char('0'),
    Char('1'),
    Char('2'),
    Char('3'),
    Char('4'),
    Char('5'),
];

/// Moving in a list, shared by the list screens.
const ROW_UP: Binding = b(
    UP,
    "↑ k",
    Action::Up,
    "ligne précédente",
    "previous row",
    false,
);
const ROW_DOWN: Binding = b(
    DOWN,
    "↓ j",
    Action::Down,
    "ligne suivante",
    "next row",
    false,
);

static GLOBAL: [Binding; 4] = [
    b(&[Char('?')], "?", Action::Help, "aide", "help", true),
    b(
        &[Char('L')],
        "L",
        Action::ToggleLang,
        "English",
        "français",
        true,
    ),
    b(&[Char('q')], "q", Action::Quit, "quitter", "quit", true),
    b(
        &[Ctrl('c')],
        "Ctrl-C",
        Action::Quit,
        "quitter (tout est enregistré)",
        "quit (everything is saved)",
        false,
    ),
];

static HOME: [Binding; 4] = [
    b(
        UP,
        "↑ k",
        Action::Up,
        "choix précédent",
        "previous entry",
        false,
    ),
    b(
        DOWN,
        "↓ j",
        Action::Down,
        "choix suivant",
        "next entry",
        false,
    ),
    b(ENTER, "⏎", Action::Confirm, "ouvrir", "open", true),
    b(ESC, "Esc", Action::Back, "quitter", "quit", false),
];

static FORM: [Binding; 3] = [
    b(ENTER, "⏎", Action::Confirm, "commencer", "start", true),
    b(
        &[Code(KeyCode::Tab)],
        "Tab",
        Action::ToggleRater,
        "soi-même / coach",
        "self / coach",
        true,
    ),
    b(ESC, "Esc", Action::Back, "retour", "back", true),
];

static RESUME: [Binding; 8] = [
    b(UP, "↑ k", Action::Up, "précédent", "previous", false),
    b(DOWN, "↓ j", Action::Down, "suivant", "next", false),
    b(
        &[Code(KeyCode::PageUp), Code(KeyCode::PageDown)],
        "PgUp PgDn",
        Action::PageDown,
        "page",
        "page",
        false,
    ),
    b(ENTER, "⏎", Action::Confirm, "reprendre", "resume", true),
    b(
        &[Char('m'), Char(' ')],
        "m",
        Action::Mark,
        "marquer pour comparer",
        "mark to compare",
        true,
    ),
    b(
        &[Char('c')],
        "c",
        Action::Compare,
        "comparer au marqué (auto / coach)",
        "compare with the marked (self / coach)",
        false,
    ),
    b(
        &[Char('d')],
        "d",
        Action::Progress,
        "évolution depuis le marqué",
        "progress since the marked",
        false,
    ),
    b(ESC, "Esc", Action::Back, "retour", "back", true),
];

static PROFILES: [Binding; 5] = [
    b(
        &[Code(KeyCode::Tab), Char('p')],
        "Tab",
        Action::NextProfile,
        "profil suivant",
        "next profile",
        true,
    ),
    b(
        &[Code(KeyCode::BackTab)],
        "⇧Tab",
        Action::PrevSection,
        "profil précédent",
        "previous profile",
        false,
    ),
    b(UP, "↑ k", Action::Up, "défiler", "scroll", false),
    b(DOWN, "↓ j", Action::Down, "défiler", "scroll", true),
    b(ESC, "Esc", Action::Back, "retour", "back", true),
];

static WALK: [Binding; 15] = [
    b(
        DIGITS,
        "0–5",
        Action::Rate(0),
        "noter et passer à la suite",
        "rate and move on",
        true,
    ),
    b(
        LEFT,
        "← h",
        Action::Left,
        "élément précédent",
        "previous item",
        false,
    ),
    b(
        RIGHT,
        "→ l",
        Action::Right,
        "élément suivant",
        "next item",
        true,
    ),
    b(
        UP,
        "↑ k",
        Action::Up,
        "niveau précédent",
        "previous level",
        false,
    ),
    b(
        DOWN,
        "↓ j",
        Action::Down,
        "niveau suivant",
        "next level",
        false,
    ),
    b(
        ENTER,
        "⏎",
        Action::Confirm,
        "valider le niveau",
        "confirm level",
        false,
    ),
    b(
        &[Code(KeyCode::Tab)],
        "Tab",
        Action::NextSection,
        "section suivante",
        "next section",
        true,
    ),
    b(
        &[Code(KeyCode::BackTab)],
        "⇧Tab",
        Action::PrevSection,
        "section précédente",
        "previous section",
        false,
    ),
    b(
        &[Char('x'), Code(KeyCode::Delete)],
        "x Suppr",
        Action::ClearScore,
        "effacer la réponse",
        "clear the rating",
        false,
    ),
    b(
        &[Char('g')],
        "g",
        Action::Overview,
        "vue d'ensemble",
        "overview",
        true,
    ),
    b(
        &[Char('n')],
        "n",
        Action::EditNote,
        "note / preuve",
        "note / evidence",
        true,
    ),
    b(
        &[Char('r')],
        "r",
        Action::Results,
        "résultats",
        "results",
        true,
    ),
    b(
        ESC,
        "Esc",
        Action::Back,
        "vue d'ensemble",
        "overview",
        false,
    ),
    b(
        &[Char('c')],
        "c",
        Action::Compare,
        "comparer auto-évaluation et coach",
        "compare self-rating and coach",
        true,
    ),
    b(
        &[Char('H')],
        "H",
        Action::Home,
        "écran d'accueil (tout est enregistré)",
        "start screen (everything is saved)",
        false,
    ),
];

static REVIEW: [Binding; 11] = [
    ROW_UP,
    ROW_DOWN,
    b(
        &[Code(KeyCode::Tab)],
        "Tab",
        Action::NextSection,
        "section suivante",
        "next section",
        false,
    ),
    b(
        &[Code(KeyCode::BackTab)],
        "⇧Tab",
        Action::PrevSection,
        "section précédente",
        "previous section",
        false,
    ),
    b(
        DIGITS,
        "0–5",
        Action::Rate(0),
        "noter la ligne",
        "rate the row",
        true,
    ),
    b(
        ENTER,
        "⏎",
        Action::Confirm,
        "aller à l'élément",
        "go to the item",
        true,
    ),
    b(
        &[Char('r')],
        "r",
        Action::Results,
        "résultats",
        "results",
        true,
    ),
    b(
        &[Code(KeyCode::Esc), Char('g')],
        "Esc g",
        Action::Back,
        "retour au parcours",
        "back to the walk",
        true,
    ),
    b(
        &[Char('c')],
        "c",
        Action::Compare,
        "comparer auto-évaluation et coach",
        "compare self-rating and coach",
        true,
    ),
    b(
        &[Char('d')],
        "d",
        Action::Progress,
        "évolution depuis la copie datée",
        "progress since the dated copy",
        false,
    ),
    b(
        &[Char('H')],
        "H",
        Action::Home,
        "écran d'accueil (tout est enregistré)",
        "start screen (everything is saved)",
        false,
    ),
];

static RESULTS: [Binding; 17] = [
    b(
        &[Char('p'), Code(KeyCode::Tab)],
        "p",
        Action::NextProfile,
        "profil suivant",
        "next profile",
        true,
    ),
    b(
        &[Code(KeyCode::BackTab)],
        "⇧Tab",
        Action::PrevSection,
        "profil précédent",
        "previous profile",
        false,
    ),
    b(
        &[Char('t')],
        "t",
        Action::NextTab,
        "onglet suivant",
        "next tab",
        true,
    ),
    ROW_UP,
    ROW_DOWN,
    b(
        &[Code(KeyCode::PageUp), Code(KeyCode::PageDown)],
        "PgUp PgDn",
        Action::PageDown,
        "page",
        "page",
        false,
    ),
    b(
        &[
            Code(KeyCode::Left),
            Code(KeyCode::Right),
            Char('h'),
            Char('l'),
            Char('-'),
            Char('+'),
        ],
        "← →",
        Action::Right,
        "et si… (essayer un autre niveau)",
        "what if… (try another level)",
        true,
    ),
    b(
        &[Char('z')],
        "z",
        Action::ResetWhatIf,
        "annuler les hypothèses",
        "reset what-if",
        false,
    ),
    b(
        ENTER,
        "⏎",
        Action::Confirm,
        "noter cet élément",
        "rate this item",
        false,
    ),
    b(
        &[Char('s')],
        "s",
        Action::JobSheet,
        "fiche de poste",
        "job sheet",
        true,
    ),
    b(
        &[Char('e')],
        "e",
        Action::Export,
        "exporter le rapport (HTML)",
        "export the report (HTML)",
        true,
    ),
    b(
        &[Char('g')],
        "g",
        Action::Overview,
        "vue d'ensemble",
        "overview",
        false,
    ),
    b(
        &[Code(KeyCode::Esc), Char('r')],
        "Esc",
        Action::Back,
        "retour au parcours",
        "back to the walk",
        true,
    ),
    b(
        &[Char('c')],
        "c",
        Action::Compare,
        "comparer auto-évaluation et coach",
        "compare self-rating and coach",
        true,
    ),
    b(
        &[Char('d')],
        "d",
        Action::Progress,
        "évolution depuis la copie datée",
        "progress since the dated copy",
        false,
    ),
    b(
        &[Char('a')],
        "a",
        Action::KeepRound,
        "garder une copie datée (pour suivre l'évolution)",
        "keep a dated copy (to follow progress)",
        false,
    ),
    b(
        &[Char('H')],
        "H",
        Action::Home,
        "écran d'accueil (tout est enregistré)",
        "start screen (everything is saved)",
        false,
    ),
];

/// The comparison and progress screens: a list whose rows lead to items.
static COMPARE: [Binding; 5] = [
    ROW_UP,
    ROW_DOWN,
    b(
        &[Code(KeyCode::PageUp), Code(KeyCode::PageDown)],
        "PgUp PgDn",
        Action::PageDown,
        "page",
        "page",
        false,
    ),
    b(
        ENTER,
        "⏎",
        Action::Confirm,
        "revoir cet élément",
        "rate this item again",
        true,
    ),
    b(
        &[Code(KeyCode::Esc), Char('c'), Char('d')],
        "Esc",
        Action::Back,
        "retour",
        "back",
        true,
    ),
];

static COHORT: [Binding; 9] = [
    b(
        &[Code(KeyCode::Tab), Char('p')],
        "Tab",
        Action::NextProfile,
        "profil cible suivant",
        "next target profile",
        true,
    ),
    b(
        &[Code(KeyCode::BackTab)],
        "⇧Tab",
        Action::PrevSection,
        "profil cible précédent",
        "previous target profile",
        false,
    ),
    b(
        &[Char('t')],
        "t",
        Action::NextTab,
        "onglet suivant",
        "next tab",
        true,
    ),
    ROW_UP,
    ROW_DOWN,
    b(
        &[Code(KeyCode::PageUp), Code(KeyCode::PageDown)],
        "PgUp PgDn",
        Action::PageDown,
        "page",
        "page",
        false,
    ),
    b(
        &[
            Code(KeyCode::Left),
            Code(KeyCode::Right),
            Char('h'),
            Char('l'),
        ],
        "← →",
        Action::Right,
        "faire défiler la carte",
        "scroll the heatmap",
        false,
    ),
    b(
        &[Char('e')],
        "e",
        Action::Export,
        "exporter l'analyse (HTML)",
        "export the analysis (HTML)",
        true,
    ),
    b(ESC, "Esc", Action::Back, "retour", "back", true),
];

static HELP: [Binding; 4] = [
    b(
        // `?` is global: it opens the help and, over the help, closes it.
        &[Code(KeyCode::Esc), Code(KeyCode::Enter)],
        "Esc",
        Action::Back,
        "fermer l'aide",
        "close help",
        true,
    ),
    b(UP, "↑ k", Action::Up, "remonter", "scroll up", false),
    b(DOWN, "↓ j", Action::Down, "défiler", "scroll down", true),
    b(
        &[Code(KeyCode::PageUp), Code(KeyCode::PageDown)],
        "PgUp PgDn",
        Action::PageDown,
        "page",
        "page",
        false,
    ),
];

static NOTE: [Binding; 2] = [
    b(
        ENTER,
        "⏎",
        Action::Confirm,
        "enregistrer la note",
        "save the note",
        true,
    ),
    b(ESC, "Esc", Action::Back, "annuler", "cancel", true),
];

pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Global => &GLOBAL,
        Context::Home => &HOME,
        Context::Form => &FORM,
        Context::Resume => &RESUME,
        Context::Profiles => &PROFILES,
        Context::Walk => &WALK,
        Context::Review => &REVIEW,
        Context::Results => &RESULTS,
        Context::Compare | Context::Progress => &COMPARE,
        Context::Cohort => &COHORT,
        Context::Help => &HELP,
        Context::Note => &NOTE,
    }
}

/// The context keys are read in right now.
pub fn context(app: &App) -> Context {
    match app.overlay {
        Some(Overlay::Help) => return Context::Help,
        Some(Overlay::Note) => return Context::Note,
        None => {}
    }
    screen_context(app)
}

/// The context of the screen itself, ignoring overlays.
pub fn screen_context(app: &App) -> Context {
    match app.screen {
        Screen::Home => Context::Home,
        Screen::NewForm => Context::Form,
        Screen::ResumeList => Context::Resume,
        Screen::Profiles => Context::Profiles,
        Screen::Walk => Context::Walk,
        Screen::Review => Context::Review,
        Screen::Results => Context::Results,
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

fn lookup(context: Context, event: &KeyEvent) -> Option<Action> {
    let binding = bindings(context)
        .iter()
        .find(|binding| binding.keys.iter().any(|k| matches(k, event)))?;
    Some(match (binding.action, event.code) {
        // One line stands for six digits, and for both what-if directions.
        (Action::Rate(_), KeyCode::Char(c)) => Action::Rate(c.to_digit(10).unwrap_or(0) as u8),
        (Action::Right, KeyCode::Left | KeyCode::Char('h') | KeyCode::Char('-'))
            if context == Context::Results || context == Context::Cohort =>
        {
            Action::Left
        }
        (Action::PageDown, KeyCode::PageUp) => Action::PageUp,
        (action, _) => action,
    })
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
        // In a text field only Ctrl-C escapes; every other key is typing.
        if event.modifiers.contains(KeyModifiers::CONTROL) && event.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        return text_edit(event).map(Action::Edit);
    }
    lookup(Context::Global, event)
}

/// Whether `binding` does anything right now: Enter on a comparison opened
/// from the saved list has no item to go to, and an empty list has nothing
/// to resume or mark. The footer and the help leave such keys out.
pub fn applies(app: &App, context: Context, binding: &Binding) -> bool {
    let from_session = match app.screen {
        Screen::Compare => app.compare.as_ref().is_some_and(|c| c.from_session),
        Screen::Progress => app.progress.as_ref().is_some_and(|p| p.from_session),
        _ => true,
    };
    let list_empty = app.resume.summaries.as_ref().is_none_or(Vec::is_empty);
    match binding.action {
        Action::Confirm if matches!(context, Context::Compare | Context::Progress) => from_session,
        Action::Confirm | Action::Mark if context == Context::Resume => !list_empty,
        _ => true,
    }
}

/// The footer: the context's main keys, then the global ones.
pub fn footer(app: &App) -> Vec<(String, &'static str)> {
    let context = context(app);
    // `c` is offered only where there is something to compare with.
    let comparable = app
        .session
        .as_ref()
        .is_some_and(|s| s.counterpart.is_some());
    let mut entries: Vec<(String, &str)> = bindings(context)
        .iter()
        .filter(|b| b.footer && applies(app, context, b))
        .filter(|b| comparable || b.action != Action::Compare || context == Context::Resume)
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
        ] {
            let mut seen = Vec::new();
            for binding in bindings(context).iter().chain(bindings(Context::Global)) {
                for key in binding.keys {
                    assert!(!seen.contains(key), "{key:?} bound twice in {context:?}");
                    seen.push(*key);
                }
            }
        }
    }
}
