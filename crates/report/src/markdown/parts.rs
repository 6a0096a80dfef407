//! The escaping and building blocks every Markdown document shares
//! (tables, fields, footer). Apart from `mod.rs` so that the documents, the
//! comparison section and the coaching documents use them without going
//! through the module that re-exports the documents.

use std::fmt::Write as _;

use crate::l10n::{Labels, Space, colon, made_by};
use bilan_core::text::{Lang, sanitize};

// ---------------------------------------------------------------------------
// Escaping

/// Escapes the characters that would format inline text: emphasis, code,
/// links, raw HTML, strikethrough and table pipes. `_` inside a word is
/// left alone (it cannot emphasise there), so `file_name.txt` stays
/// readable. Newlines are kept; callers decide what they become.
///
/// The text is [`sanitize`]d first (no control character, NUL included,
/// and no bidirectional override reaches the document), and a web or mail
/// address in it is broken so that GitHub, GitLab and other GFM renderers
/// do not make it a link (their autolinks start at `://`, `www.` and the
/// `@` of an address): `https\://x`, `www\.x`, `ana\@x`, shown as written.
pub(super) fn escape(text: &str, hashes: bool) -> String {
    let text = sanitize(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let escaped = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '~' | '@' => true,
            '#' => hashes,
            ':' => chars.get(i + 1..i + 3) == Some(&['/', '/']),
            '.' => i >= 3 && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w')),
            '_' => {
                let before = i.checked_sub(1).and_then(|j| chars.get(j));
                let after = chars.get(i + 1);
                !(before.is_some_and(|b| b.is_alphanumeric())
                    && after.is_some_and(|a| a.is_alphanumeric()))
            }
            _ => false,
        };
        if escaped {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Lines of `text`, whatever the line endings.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
}

/// Text on one line (a heading, a list item, a field): newlines become spaces.
pub(crate) fn inline(text: &str) -> String {
    let joined: Vec<&str> = lines(text)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    guard_start(escape(&joined.join(" "), true))
}

/// A table cell: pipes escaped, newlines as `<br>`.
pub(crate) fn cell(text: &str) -> String {
    let parts: Vec<String> = lines(text.trim())
        .map(|l| escape(l.trim(), false))
        .collect();
    parts.join("<br>")
}

/// Escapes what would make a line start a block: a heading, a quote, a list,
/// a setext underline, a fence or an indented code block.
fn block_line(line: &str) -> String {
    guard_start(escape(line.trim(), false))
}

/// Puts a backslash before what would make already escaped text start a
/// list, a heading or a setext underline at the start of a line (or of a
/// list item).
fn guard_start(mut text: String) -> String {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        if text[digits..].starts_with(['.', ')']) {
            text.insert(digits, '\\');
        }
    } else if text.starts_with(['#', '-', '+', '=']) {
        text.insert(0, '\\');
    }
    text
}

/// Free text as paragraphs, each line kept (hard breaks), with `prefix`
/// (`> ` for a quote) before every line.
pub(super) fn block(out: &mut String, text: &str, prefix: &str) {
    let all: Vec<String> = lines(text.trim()).map(block_line).collect();
    for (i, line) in all.iter().enumerate() {
        let next_is_text = all.get(i + 1).is_some_and(|l| !l.is_empty());
        if line.is_empty() {
            out.push_str(prefix.trim_end());
        } else {
            out.push_str(prefix);
            out.push_str(line);
            if next_is_text {
                // A backslash at the end of a line is a hard line break.
                out.push('\\');
            }
        }
        out.push('\n');
    }
}

/// A date for people: the `YYYY-MM-DD` of an RFC 3339 time, else the text.
pub(super) fn date(value: &str) -> String {
    let value = value.trim();
    let bytes = value.as_bytes();
    let looks_like_date = bytes.len() >= 10
        && bytes[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if looks_like_date {
        value[..10].to_string()
    } else {
        inline(value)
    }
}

// ---------------------------------------------------------------------------
// Building blocks

#[derive(Clone, Copy)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

/// A GFM table. Cells are already escaped; every row gets exactly as many
/// cells as the header.
pub(crate) fn table(out: &mut String, columns: &[(&str, Align)], rows: &[Vec<String>]) {
    out.push('|');
    for (header, _) in columns {
        let _ = write!(out, " {} |", cell(header));
    }
    out.push_str("\n|");
    for (_, align) in columns {
        out.push_str(match align {
            Align::Left => " --- |",
            Align::Center => " :-: |",
            Align::Right => " --: |",
        });
    }
    out.push('\n');
    for row in rows {
        out.push('|');
        for i in 0..columns.len() {
            let value = row.get(i).map(String::as_str).unwrap_or("");
            if value.is_empty() {
                out.push_str("  |");
            } else {
                let _ = write!(out, " {value} |");
            }
        }
        out.push('\n');
    }
    out.push('\n');
}

/// `**Label :** value` (value already escaped).
pub(crate) fn field(label: &str, value: &str, lang: Lang) -> String {
    format!(
        "**{}{}** {value}",
        escape(label, true),
        colon(lang, Space::NoBreak)
    )
}

/// Whose the document is, as the report's list of fields: rater, coach,
/// dates and completeness (the person is in the title). Every document
/// about a person starts with it.
pub(crate) fn meta(out: &mut String, header: &crate::header::Header, generated: &str, lang: Lang) {
    let l = crate::l10n::labels(lang);
    let w = crate::l10n::strings(lang);
    let rater = match header.rater {
        bilan_core::assessment::Rater::SelfRated => l.self_rated,
        bilan_core::assessment::Rater::Coach => l.coach_rated,
    };
    let mut fields = vec![field(l.rater, rater, lang)];
    if let Some(coach) = header.coach.as_deref().filter(|c| !c.trim().is_empty()) {
        fields.push(field(l.coach, &inline(coach), lang));
    }
    if let Some(created) = header.created.as_deref() {
        fields.push(field(l.started, &date(created), lang));
    }
    if let Some(updated) = header.updated.as_deref() {
        fields.push(field(l.updated, &date(updated), lang));
    }
    fields.push(field(generated, &date(&header.generated), lang));
    let c = &header.completeness;
    let mut completeness = format!(
        "{} ({})",
        crate::l10n::answered_of(lang, c.answered, c.total),
        crate::l10n::percent(c.percent, lang)
    );
    if let Some(na) = crate::l10n::not_applicable_summary(c.not_applicable, lang) {
        completeness = format!("{completeness}{} {}", w.semicolon.trim_end(), inline(&na));
    }
    fields.push(field(w.completeness, &completeness, lang));
    for f in fields {
        let _ = writeln!(out, "- {f}");
    }
    out.push('\n');
}

pub(crate) fn footer(out: &mut String, l: &Labels) {
    let _ = write!(out, "---\n\n_{}_\n", escape(&made_by(l), false));
}

/// A heading's `Name (ID)`.
pub(crate) fn name_id(name: &str, id: &str) -> String {
    if name.trim().is_empty() {
        inline(id)
    } else {
        format!("{} ({})", inline(name), inline(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_pipes_and_newlines_inside() {
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(cell("file_name"), "file_name");
        assert_eq!(cell("_x_"), "\\_x\\_");
    }

    #[test]
    fn block_lines_cannot_start_blocks() {
        assert_eq!(block_line("# title"), "\\# title");
        assert_eq!(block_line("    code"), "code");
        assert_eq!(block_line("12. item"), "12\\. item");
        assert_eq!(block_line("---"), "\\---");
        assert_eq!(block_line("> quote"), "\\> quote");
        let mut out = String::new();
        block(&mut out, "one\ntwo\n\n# three", "> ");
        assert_eq!(out, "> one\\\n> two\n>\n> \\# three\n");
    }

    #[test]
    fn inline_text_cannot_open_a_list_or_close_a_heading() {
        assert_eq!(inline("- x\ny"), "\\- x y");
        assert_eq!(inline("1. x"), "1\\. x");
        assert_eq!(inline("C# #"), "C\\# \\#");
        assert_eq!(inline("2025"), "2025");
    }

    #[test]
    fn addresses_do_not_become_links_and_controls_do_not_pass() {
        assert_eq!(
            inline("see https://evil.example/x, www.evil.example or ana@evil.example"),
            "see https\\://evil.example/x, www\\.evil.example or ana\\@evil.example"
        );
        assert_eq!(cell("WWW.X"), "WWW\\.X");
        assert_eq!(
            inline("a\u{0}b\u{1b}[2J\u{202e}c"),
            "a\u{fffd}b\u{fffd}\\[2J\u{fffd}c"
        );
        assert_eq!(inline("10:30 // ok"), "10:30 // ok");
    }

    #[test]
    fn dates_show_the_day() {
        assert_eq!(date("2025-01-10T09:00:00Z"), "2025-01-10");
        assert_eq!(date("yesterday"), "yesterday");
    }
}
