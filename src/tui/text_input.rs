//! A text field (names, paths, notes) with a cursor; a note may hold
//! several lines (`Edit::Newline`).

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Cursor position in characters.
    cursor: usize,
}

/// What a key does to a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    /// A line break (only the note editor binds a key to it).
    Newline,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Clear,
}

impl TextInput {
    pub fn with_text(text: &str) -> TextInput {
        TextInput {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map(|(i, _)| i)
            .unwrap_or(self.text.len())
    }

    pub fn apply(&mut self, edit: Edit) {
        let len = self.text.chars().count();
        match edit {
            Edit::Insert(c) if !c.is_control() => {
                let at = self.byte_at(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
            }
            Edit::Insert(_) => {}
            Edit::Newline => {
                let at = self.byte_at(self.cursor);
                self.text.insert(at, '\n');
                self.cursor += 1;
            }
            Edit::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Edit::Backspace => {}
            Edit::Delete if self.cursor < len => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            Edit::Delete => {}
            Edit::Left => self.cursor = self.cursor.saturating_sub(1),
            Edit::Right => self.cursor = (self.cursor + 1).min(len),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = len,
            Edit::Clear => {
                self.text.clear();
                self.cursor = 0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_work_on_characters_not_bytes() {
        let mut input = TextInput::default();
        for c in "Éloïse".chars() {
            input.apply(Edit::Insert(c));
        }
        input.apply(Edit::Left);
        input.apply(Edit::Backspace);
        assert_eq!(input.text(), "Éloïe");
        input.apply(Edit::Home);
        input.apply(Edit::Delete);
        assert_eq!(input.text(), "loïe");
        input.apply(Edit::End);
        input.apply(Edit::Insert('\u{7}'));
        assert_eq!(input.text(), "loïe");
        assert_eq!(input.cursor(), 4);
    }
}
