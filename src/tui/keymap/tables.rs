//! The key tables, one line per binding: the keys shown (the label is made
//! from them), the keys that also work without being shown, what the line
//! does, the field of its words in `bilan_report::l10n::KeyWords`, and whether
//! the footer shows it. A key that does something else than its line (the six
//! digits, both what-if directions) says so with `=>`.

use ratatui::crossterm::event::KeyCode;

use super::binding::{Binding, Key};
use crate::tui::action::Action;
use crate::tui::text_input::Edit;
use Key::{Char, Code, Ctrl};

const UP: Key = Code(KeyCode::Up);
const DOWN: Key = Code(KeyCode::Down);
const LEFT: Key = Code(KeyCode::Left);
const RIGHT: Key = Code(KeyCode::Right);
const ENTER: Key = Code(KeyCode::Enter);
const ESC: Key = Code(KeyCode::Esc);
const TAB: Key = Code(KeyCode::Tab);
const BACKTAB: Key = Code(KeyCode::BackTab);
const PGUP: Key = Code(KeyCode::PageUp);
const PGDN: Key = Code(KeyCode::PageDown);
const DEL: Key = Code(KeyCode::Delete);
const HOME_KEY: Key = Code(KeyCode::Home);
const END_KEY: Key = Code(KeyCode::End);

/// `bind!([shown keys] [hidden keys] => action, words_field[, footer])`;
/// a key written `KEY => ACTION` does that action instead of the line's;
/// `bind!(rate [0, …] => words_field)` binds digits that rate with their value.
macro_rules! bind {
    ([$($key:expr $(=> $key_action:expr)?),*] [$($hidden:expr $(=> $hidden_action:expr)?),*]
        => $action:expr, $help:ident $(, $footer:ident)?) => {
        Binding {
            keys: &[$(($key, bind!(@action $action $(, $key_action)?))),*],
            hidden: &[$(($hidden, bind!(@action $action $(, $hidden_action)?))),*],
            help: |words| words.$help,
            footer: bind!(@footer $($footer)?),
        }
    };
    // The digits: each rates with its own value.
    (rate [$($digit:literal),*] => $help:ident $(, $footer:ident)?) => {
        Binding {
            keys: &[$((Char((b'0' + $digit) as char), Action::Rate($digit))),*],
            hidden: &[],
            help: |words| words.$help,
            footer: bind!(@footer $($footer)?),
        }
    };
    (@action $action:expr) => { $action };
    (@action $action:expr, $own:expr) => { $own };
    (@footer footer) => { true };
    (@footer) => { false };
}

/// Keys valid everywhere (outside a text field).
pub static GLOBAL: &[Binding] = &[
    bind!([Char('?')] [] => Action::Help, help, footer),
    bind!([Char('L')] [] => Action::ToggleLang, other_language, footer),
    bind!([Char('q')] [] => Action::Quit, quit, footer),
    bind!([Ctrl('c')] [] => Action::Quit, quit_all_saved),
    bind!([Ctrl('z')] [] => Action::Suspend, suspend),
];

/// The start screen.
pub static HOME: &[Binding] = &[
    bind!([UP, Char('k')] [] => Action::Up, previous_entry),
    bind!([DOWN, Char('j')] [] => Action::Down, next_entry),
    bind!([ENTER] [] => Action::Confirm, open, footer),
    bind!([ESC] [] => Action::Back, quit),
];

/// The new-assessment form (other keys type the name).
pub static FORM: &[Binding] = &[
    bind!([ENTER] [] => Action::Confirm, start, footer),
    bind!([TAB] [] => Action::ToggleRater, self_coach, footer),
    bind!([UP, DOWN] [] => Action::Down, coach_name_field),
    bind!([ESC] [] => Action::Back, back, footer),
];

/// The list of saved assessments.
pub static RESUME: &[Binding] = &[
    bind!([UP, Char('k')] [] => Action::Up, previous),
    bind!([DOWN, Char('j')] [] => Action::Down, next),
    bind!([PGUP => Action::PageUp, PGDN] [] => Action::PageDown, page),
    bind!([ENTER] [] => Action::Confirm, resume, footer),
    bind!([Char('m')] [Char(' ')] => Action::Mark, mark_to_compare, footer),
    bind!([Char('c')] [] => Action::Compare, compare_with_marked),
    bind!([Char('d')] [] => Action::Progress, progress_since_marked),
    bind!([Char('s')] [] => Action::ToggleSort, sort_name_date),
    bind!([Char('/')] [] => Action::Filter, filter_by_name, footer),
    bind!([ESC] [] => Action::Back, back, footer),
];

/// Typing a name to filter the list (other keys type).
pub static RESUME_FILTER: &[Binding] = &[
    bind!([ENTER] [] => Action::Confirm, resume, footer),
    bind!([UP] [] => Action::Up, previous),
    bind!([DOWN] [] => Action::Down, next),
    bind!([ESC] [] => Action::Back, clear_the_filter, footer),
];

/// The job sheets.
pub static PROFILES: &[Binding] = &[
    bind!([TAB] [Char('p')] => Action::NextProfile, next_profile, footer),
    bind!([BACKTAB] [] => Action::PrevSection, previous_profile),
    bind!([UP, Char('k')] [] => Action::Up, scroll),
    bind!([DOWN, Char('j')] [] => Action::Down, scroll),
    bind!([PGUP => Action::PageUp, PGDN] [Char(' '), Char('b') => Action::PageUp] => Action::PageDown, page, footer),
    bind!([HOME_KEY => Action::First, END_KEY] [Char('g') => Action::First, Char('G')] => Action::Last, start_end),
    bind!([ESC] [] => Action::Back, back, footer),
];

/// The walk through the items.
pub static WALK: &[Binding] = &[
    bind!(rate [0, 1, 2, 3, 4, 5] => rate_and_move_on, footer),
    bind!([Char('a')] [] => Action::NotApplicable, not_applicable, footer),
    bind!([LEFT, Char('h')] [] => Action::Left, previous_item),
    bind!([RIGHT, Char('l')] [] => Action::Right, next_item, footer),
    bind!([UP, Char('k')] [] => Action::Up, previous_level),
    bind!([DOWN, Char('j')] [] => Action::Down, next_level),
    bind!([ENTER] [] => Action::Confirm, confirm_level),
    bind!([TAB] [] => Action::NextSection, next_section, footer),
    bind!([BACKTAB] [] => Action::PrevSection, previous_section),
    bind!([Char('x'), DEL] [] => Action::ClearScore, clear_the_rating),
    bind!([Char('g')] [] => Action::Overview, overview, footer),
    bind!([Char('n')] [] => Action::EditNote, note_evidence, footer),
    bind!([Char('r')] [] => Action::Results, results, footer),
    bind!([ESC] [] => Action::Back, overview),
    bind!([Char('c')] [] => Action::Compare, compare_self_and_coach, footer),
    bind!([Char('/')] [] => Action::Search, find_an_item),
    bind!([Char('f')] [] => Action::NextUnanswered, next_unanswered),
    bind!([Char('u')] [] => Action::Undo, undo_rating),
    bind!([Char('b')] [] => Action::ToggleBlind, blind_rating),
    bind!([Char('H')] [] => Action::Home, start_screen),
];

/// A question of the quick orientation: answer, or see where it stands.
pub static QUICK_QUESTION: &[Binding] = &[
    bind!(rate [0, 1, 2, 3, 4, 5] => rate_and_move_on, footer),
    bind!([Char('a')] [] => Action::NotApplicable, not_applicable, footer),
    bind!([UP, Char('k')] [] => Action::Up, previous_level),
    bind!([DOWN, Char('j')] [] => Action::Down, next_level),
    bind!([ENTER] [] => Action::Confirm, confirm_level),
    bind!([Char('n')] [] => Action::EditNote, note_evidence, footer),
    bind!([Char('r')] [ESC] => Action::Results, quick_standing, footer),
    bind!([Char('H')] [] => Action::Home, start_screen),
];

/// Where the quick orientation stands.
pub static QUICK_STANDING: &[Binding] = &[
    bind!([ENTER] [] => Action::Confirm, continue_full_assessment, footer),
    bind!([Char('b')] [ESC] => Action::Back, back_to_the_questions, footer),
    bind!([Char('r')] [] => Action::Results, detailed_results, footer),
    bind!([Char('H')] [] => Action::Home, start_screen),
];

/// Where the quick orientation stands, once it stopped.
pub static QUICK_DONE: &[Binding] = &[
    bind!([ENTER] [] => Action::Confirm, continue_full_assessment, footer),
    bind!([Char('r')] [] => Action::Results, detailed_results, footer),
    bind!([Char('H')] [] => Action::Home, start_screen),
];

/// The overview of every item.
pub static REVIEW: &[Binding] = &[
    bind!([UP, Char('k')] [] => Action::Up, previous_row),
    bind!([DOWN, Char('j')] [] => Action::Down, next_row),
    bind!([TAB] [] => Action::NextSection, next_section),
    bind!([BACKTAB] [] => Action::PrevSection, previous_section),
    bind!(rate [0, 1, 2, 3, 4, 5] => rate_the_row, footer),
    bind!([Char('a')] [] => Action::NotApplicable, not_applicable),
    bind!([ENTER] [] => Action::Confirm, go_to_the_item, footer),
    bind!([Char('r')] [] => Action::Results, results, footer),
    bind!([ESC, Char('g')] [] => Action::Back, back_to_the_walk, footer),
    bind!([Char('c')] [] => Action::Compare, compare_self_and_coach, footer),
    bind!([Char('d')] [] => Action::Progress, progress_since_dated_copy),
    bind!([Char('/')] [] => Action::Search, find_an_item),
    bind!([Char('f')] [] => Action::NextUnanswered, next_unanswered),
    bind!([Char('u')] [] => Action::Undo, undo_rating),
    bind!([Char('b')] [] => Action::ToggleBlind, blind_rating),
    bind!([Char('H')] [] => Action::Home, start_screen),
];

/// The ranking and its detail.
pub static RESULTS: &[Binding] = &[
    bind!([Char('p')] [TAB] => Action::NextProfile, next_profile, footer),
    bind!([BACKTAB] [] => Action::PrevSection, previous_profile),
    bind!([Char('t')] [] => Action::NextTab, next_tab, footer),
    bind!([UP, Char('k')] [] => Action::Up, previous_row),
    bind!([DOWN, Char('j')] [] => Action::Down, next_row),
    bind!([PGUP => Action::PageUp, PGDN] [] => Action::PageDown, page),
    bind!([LEFT => Action::Left, RIGHT] [Char('h') => Action::Left, Char('l'), Char('-') => Action::Left, Char('+')] => Action::Right, what_if, footer),
    bind!([Char('z')] [] => Action::ResetWhatIf, reset_what_if),
    bind!([ENTER] [] => Action::Confirm, rate_this_item),
    bind!([Char('s')] [] => Action::JobSheet, job_sheet, footer),
    bind!([Char('e')] [] => Action::Export, export_report, footer),
    bind!([Char('g')] [] => Action::Overview, overview),
    bind!([ESC, Char('r')] [] => Action::Back, back_to_the_walk, footer),
    bind!([Char('c')] [] => Action::Compare, compare_self_and_coach, footer),
    bind!([Char('d')] [] => Action::Progress, progress_since_dated_copy),
    bind!([Char('a')] [] => Action::KeepRound, keep_a_dated_copy),
    bind!([Char('H')] [] => Action::Home, start_screen),
];

/// The comparison and progress screens: a list whose rows lead to items.
pub static COMPARE: &[Binding] = &[
    bind!([UP, Char('k')] [] => Action::Up, previous_row),
    bind!([DOWN, Char('j')] [] => Action::Down, next_row),
    bind!([PGUP => Action::PageUp, PGDN] [] => Action::PageDown, page),
    bind!([ENTER] [] => Action::Confirm, rate_this_item_again, footer),
    bind!([ESC] [Char('c'), Char('d')] => Action::Back, back, footer),
];

/// The group analysis.
pub static COHORT: &[Binding] = &[
    bind!([TAB] [Char('p')] => Action::NextProfile, next_target_profile, footer),
    bind!([BACKTAB] [] => Action::PrevSection, previous_target_profile),
    bind!([Char('t')] [] => Action::NextTab, next_tab, footer),
    bind!([UP, Char('k')] [] => Action::Up, previous_row),
    bind!([DOWN, Char('j')] [] => Action::Down, next_row),
    bind!([PGUP => Action::PageUp, PGDN] [] => Action::PageDown, page),
    bind!([LEFT => Action::Left, RIGHT] [Char('h') => Action::Left, Char('l')] => Action::Right, scroll_the_heatmap),
    bind!([Char('e')] [] => Action::Export, export_analysis, footer),
    bind!([ESC] [] => Action::Back, back, footer),
];

/// Over the help.
// `?` is global: it opens the help and, over the help, closes it.
pub static HELP: &[Binding] = &[
    bind!([ESC] [ENTER] => Action::Back, close_help, footer),
    bind!([UP, Char('k')] [] => Action::Up, scroll_up),
    bind!([DOWN, Char('j')] [] => Action::Down, scroll_down, footer),
    bind!([PGUP => Action::PageUp, PGDN] [Char(' ')] => Action::PageDown, page),
    bind!([HOME_KEY => Action::First, END_KEY] [] => Action::Last, start_end),
];

/// Over the note (other keys type the note). Every way out keeps what was
/// typed: Esc, Ctrl-S, Ctrl-C and a signal alike; Ctrl-U then Esc deletes it.
pub static NOTE: &[Binding] = &[
    bind!([ESC, Ctrl('s')] [] => Action::Confirm, save_the_note, footer),
    bind!([ENTER] [] => Action::Edit(Edit::Newline), new_line, footer),
];

/// The file changed or was deleted on disk since the window read it.
pub static CONFLICT: &[Binding] = &[
    bind!([Char('r')] [] => Action::Reload, reload_from_disk, footer),
    bind!([Char('k')] [] => Action::KeepMine, keep_mine, footer),
    bind!([Char('w')] [] => Action::WriteAgain, write_again, footer),
    bind!([ESC] [] => Action::Back, not_now, footer),
];

/// Quitting while the latest changes are not on disk (`q` again quits).
pub static QUIT_UNSAVED: &[Binding] = &[
    bind!([Char('c')] [] => Action::WriteCopy, write_a_copy, footer),
    bind!([ESC] [] => Action::Back, stay, footer),
];

/// The path of the copy (other keys type it).
pub static COPY_PATH: &[Binding] = &[
    bind!([ENTER] [] => Action::Confirm, write_the_copy, footer),
    bind!([ESC] [] => Action::Back, cancel, footer),
];

/// Finding an item (other keys type what to find).
pub static SEARCH: &[Binding] = &[
    bind!([ENTER] [] => Action::Confirm, go_to_the_item, footer),
    bind!([UP => Action::Up, DOWN] [] => Action::Down, pick_a_match, footer),
    bind!([ESC] [] => Action::Back, cancel, footer),
];
