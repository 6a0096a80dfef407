//! A key and a line of the key table, and how a line's label is made from
//! its keys.

use ratatui::crossterm::event::KeyCode;

use crate::tui::action::Action;
use bilan_core::Lang;
use bilan_report::l10n::{KeyWords, key_words};

/// A key as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
}

impl Key {
    /// How the key is shown (as gitui's `get_hint`): `↑`, `⏎`, `Ctrl-C`.
    fn name(self) -> String {
        match self {
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Code(code) => match code {
                KeyCode::Up => "↑",
                KeyCode::Down => "↓",
                KeyCode::Left => "←",
                KeyCode::Right => "→",
                KeyCode::Enter => "⏎",
                KeyCode::Esc => "Esc",
                KeyCode::Tab => "Tab",
                KeyCode::BackTab => "⇧Tab",
                KeyCode::PageUp => "PgUp",
                KeyCode::PageDown => "PgDn",
                KeyCode::Delete => "Suppr",
                KeyCode::Home => "Home",
                KeyCode::End => "End",
                KeyCode::Backspace => "⌫",
                _ => "?",
            }
            .to_string(),
        }
    }

    fn digit(self) -> Option<u32> {
        match self {
            Key::Char(c) => c.to_digit(10),
            _ => None,
        }
    }
}

/// One line of the keymap.
pub struct Binding {
    /// The keys shown, each with what it does.
    pub keys: &'static [(Key, Action)],
    /// Keys that work too but are left out of the label (vi letters for
    /// arrows the label shows, the other spelling of a key).
    pub hidden: &'static [(Key, Action)],
    /// Its words in `bilan_report::l10n::KeyWords`.
    pub help: fn(&'static KeyWords) -> &'static str,
    /// Shown in the footer (else only in the help screen).
    pub footer: bool,
}

impl Binding {
    /// What the line does (its first key's action).
    pub fn action(&self) -> Action {
        self.keys
            .first()
            .map_or(Action::Help, |(_, action)| *action)
    }

    pub fn help(&self, lang: Lang) -> &'static str {
        (self.help)(key_words(lang))
    }

    /// How the keys are shown, made from the keys themselves: `↑ k`,
    /// `Esc r`, and a run of digits as `0–5`.
    pub fn label(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < self.keys.len() {
            let mut j = i;
            while let (Some(a), Some(b)) = (
                self.keys[j].0.digit(),
                self.keys.get(j + 1).and_then(|(k, _)| k.digit()),
            ) {
                if b != a + 1 {
                    break;
                }
                j += 1;
            }
            if j - i >= 2 {
                parts.push(format!(
                    "{}–{}",
                    self.keys[i].0.name(),
                    self.keys[j].0.name()
                ));
            } else {
                parts.extend(self.keys[i..=j].iter().map(|(k, _)| k.name()));
            }
            i = j + 1;
        }
        parts.join(" ")
    }

    /// Every key of the line, shown or not, with its action.
    pub(super) fn all_keys(&self) -> impl Iterator<Item = &(Key, Action)> {
        self.keys.iter().chain(self.hidden)
    }
}
