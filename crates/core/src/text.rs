//! Bilingual text and the language choice.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The two languages every text exists in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn toggled(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" | "french" | "français" | "francais" => Some(Lang::Fr),
            "en" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a locale tag such as `fr-FR`, `en_GB.UTF-8` or `C`;
    /// anything that is not French reads as English.
    pub fn from_locale(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    /// The language from `LC_ALL`/`LC_MESSAGES`/`LANG` or the system locale.
    pub fn detect() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(value) = std::env::var(var)
                && !value.is_empty()
            {
                return Lang::from_locale(&value);
            }
        }
        sys_locale::get_locale()
            .map(|tag| Lang::from_locale(&tag))
            .unwrap_or(Lang::En)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

// The texts are shared (`Arc<str>`): a match result copies every title and
// goal it shows, and on the results screen that happens on each keystroke.
/// A text in French and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct Localized {
    pub fr: Arc<str>,
    pub en: Arc<str>,
}

impl Localized {
    pub fn new(fr: impl Into<Arc<str>>, en: impl Into<Arc<str>>) -> Self {
        Localized {
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, falling back to the other language when empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (wanted, other) = match lang {
            Lang::Fr => (&self.fr, &self.en),
            Lang::En => (&self.en, &self.fr),
        };
        if wanted.is_empty() { other } else { wanted }
    }
}

// ---------------------------------------------------------------------------
// Text from files, made safe to show
//
// Every string read from a file (a name, a note, a title in a custom profile,
// a file name) goes through [`sanitize`] before it reaches a terminal or a
// document, and through [`quote`] or [`tame`] when an error message quotes it:
// a name such as `Ana\e]0;pwned\a` must not retitle or clear the terminal,
// a U+202E must not reverse what follows, and a 5 MB value must not make a
// 5 MB error line.

/// What [`sanitize`] puts in place of a character that must not be shown.
pub const REPLACEMENT: char = '\u{fffd}';

/// How many characters of a value an error message quotes; longer values
/// are cut and end with `…`.
pub const QUOTE_LIMIT: usize = 80;

/// The longest detail (a parser message, a problem, a hint) an error shows.
const MESSAGE_LIMIT: usize = 400;

/// Whether `c` must never reach a terminal or a document as it is: the C0
/// controls but the line feed and the tab (ESC starts every escape
/// sequence), DEL, the C1 controls (U+0080–U+009F: U+009B is a CSI on some
/// terminals), and the bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) that make text read in another order than it is stored.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` safe to print or to put in a document: line breaks (`\n`, `\r\n`
/// or a lone `\r`) become `\n`, tabs stay, and every other character that
/// [`is_unsafe`] becomes [`REPLACEMENT`] (so it is seen, never run). Text
/// with nothing to change is returned as it is, without a copy.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            c if is_unsafe(c) => out.push(REPLACEMENT),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `text` on one line, with every character that [`is_unsafe`] (and the
/// line feed and the tab) written as an escape: `\n`, `\t`, `\r`, `\u{1b}`.
/// For error messages, which are one line and must show what is in a file.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) || c == '\n' || c == '\t') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_escaped(&mut out, c);
    }
    Cow::Owned(out)
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c if is_unsafe(c) => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
        c => out.push(c),
    }
}

/// A value from a file as an error message quotes it: [`escape`]d, and cut
/// after [`QUOTE_LIMIT`] characters (then ending with `…`).
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * QUOTE_LIMIT));
    for (i, c) in text.chars().enumerate() {
        if i == QUOTE_LIMIT {
            out.push('…');
            break;
        }
        push_escaped(&mut out, c);
    }
    out
}

/// A detail of an error message that may quote values from a file (a JSON
/// parser's `unknown variant `…``, a problem naming an id): every span
/// between backquotes or double quotes is cut after [`QUOTE_LIMIT`]
/// characters, the whole after a few hundred, and what [`is_unsafe`] is
/// escaped as in [`escape`].
pub fn tame(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(2 * MESSAGE_LIMIT));
    // The quote that opened the span we are in, and how long it is so far.
    let mut open: Option<char> = None;
    let mut span = 0;
    let mut shown = 0;
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        if shown == MESSAGE_LIMIT {
            out.push('…');
            break;
        }
        match open {
            Some(q) if c == q => {
                open = None;
                out.push(c);
            }
            Some(q) => {
                // `\"` inside a double-quoted span (serde quotes strings so)
                // does not close it.
                let escaped = if q == '"' && c == '\\' {
                    chars.next()
                } else {
                    None
                };
                span += 1;
                if span <= QUOTE_LIMIT {
                    push_escaped(&mut out, c);
                    if let Some(next) = escaped {
                        push_escaped(&mut out, next);
                    }
                } else if span == QUOTE_LIMIT + 1 {
                    out.push('…');
                }
                if span > QUOTE_LIMIT {
                    continue;
                }
            }
            None => {
                if c == '`' || c == '"' {
                    open = Some(c);
                    span = 0;
                }
                push_escaped(&mut out, c);
            }
        }
        shown += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_map_to_languages() {
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::from_locale("fr-CA"), Lang::Fr);
        assert_eq!(Lang::from_locale("en_GB"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
    }

    const HOSTILE: &str = "Ana\u{1b}]0;pwned\u{7}\u{1b}[2J\u{0}\u{9b}31m\u{202e}evil\u{2066}";

    fn shows_nothing_unsafe(text: &str) -> bool {
        !text.chars().any(is_unsafe)
    }

    #[test]
    fn sanitize_keeps_lines_and_tabs_and_replaces_the_rest() {
        assert!(matches!(sanitize("Éloïse\tnote\nline"), Cow::Borrowed(_)));
        let clean = sanitize(HOSTILE);
        assert!(shows_nothing_unsafe(&clean), "{clean:?}");
        assert_eq!(
            clean,
            "Ana\u{fffd}]0;pwned\u{fffd}\u{fffd}[2J\u{fffd}\u{fffd}31m\u{fffd}evil\u{fffd}"
        );
        assert_eq!(sanitize("a\r\nb\rc\u{7f}"), "a\nb\nc\u{fffd}");
    }

    #[test]
    fn escape_and_quote_show_what_is_there_on_one_line() {
        assert_eq!(escape("A.3"), "A.3");
        assert_eq!(escape("a\u{1b}[2J\nb\u{202e}"), "a\\u{1b}[2J\\nb\\u{202e}");
        assert_eq!(quote("x"), "x");
        let long = "é".repeat(5_000_000);
        let quoted = quote(&long);
        assert_eq!(quoted.chars().count(), QUOTE_LIMIT + 1);
        assert!(quoted.ends_with('…'));
        assert!(shows_nothing_unsafe(&quote(HOSTILE)));
        assert!(!quote(HOSTILE).contains('\n'));
    }

    #[test]
    fn tame_cuts_long_quoted_values_and_keeps_the_rest() {
        let huge = "x".repeat(5 << 20);
        let message = format!("unknown variant `{huge}`, expected `self` or `coach`");
        let tamed = tame(&message);
        assert!(tamed.len() < 200, "{tamed}");
        assert!(tamed.ends_with("`, expected `self` or `coach`"), "{tamed}");
        let message = format!("invalid type: string \"a\\\"{huge}\", expected a level");
        let tamed = tame(&message);
        assert!(tamed.ends_with("…\", expected a level"), "{tamed}");
        let message = format!("unknown variant `{HOSTILE}`, expected `self`");
        assert!(shows_nothing_unsafe(&tame(&message)));
        assert!(tame(&"y ".repeat(10_000)).chars().count() <= 401);
        assert_eq!(tame("expected `,` or `}`"), "expected `,` or `}`");
    }

    #[test]
    fn empty_text_falls_back_to_other_language() {
        let t = Localized::new("", "only english");
        assert_eq!(t.get(Lang::Fr), "only english");
        assert_eq!(t.get(Lang::En), "only english");
    }
}
