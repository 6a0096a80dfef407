//! Small drawing helpers shared by the screens.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use bilan_core::Lang;

/// Display width of a text in terminal cells.
pub fn width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// Word-wraps `text` to `cols` cells.
pub fn wrap(text: &str, cols: u16) -> Vec<String> {
    if cols == 0 {
        return Vec::new();
    }
    textwrap::wrap(text, usize::from(cols))
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// Cuts `text` to `cols` cells, ending with `…` when cut.
pub fn truncate(text: &str, cols: usize) -> String {
    if width(text) <= cols {
        return text.to_string();
    }
    // Room for the ellipsis; characters are measured one by one (linear).
    let room = cols.saturating_sub(1);
    let mut out = String::with_capacity(text.len());
    let mut used = 0;
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let w = width(c.encode_utf8(&mut buf));
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// A text bar of `cols` cells filled to `percent`.
pub fn bar(percent: f64, cols: usize) -> String {
    let filled = ((percent.clamp(0.0, 100.0) / 100.0) * cols as f64).round() as usize;
    format!(
        "{}{}",
        "█".repeat(filled),
        "░".repeat(cols - filled.min(cols))
    )
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// A label and its value: `Source: x` in English, `Source : x` in French.
pub fn colon(lang: Lang) -> &'static str {
    bilan_report::l10n::strings(lang).colon
}

/// Key hints as styled lines of at most `cols` cells (`key label  key label
/// …`), broken between entries so that a key never lands on one line and its
/// meaning on the next.
pub fn hints(entries: &[(&str, &str)], cols: u16, key: Style, text: Style) -> Vec<Line<'static>> {
    let cols = usize::from(cols);
    let mut lines = Vec::new();
    let mut spans = Vec::new();
    let mut used = 0;
    for (k, label) in entries {
        let entry = width(k) + 1 + width(label);
        if used > 0 && used + 2 + entry > cols {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        if used > 0 {
            spans.push(Span::raw("  "));
            used += 2;
        }
        spans.push(Span::styled(k.to_string(), key));
        spans.push(Span::styled(format!(" {label}"), text));
        used += entry;
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

/// A whole count with the language's thousands separator: `10,000` /
/// `10 000` (no-break space). Until `bilan_report::l10n::format` has one.
pub fn count(value: usize, lang: Lang) -> String {
    let digits = value.to_string();
    let separator = match lang {
        Lang::Fr => '\u{a0}',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}
