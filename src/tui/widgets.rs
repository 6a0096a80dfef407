//! Small drawing helpers shared by the screens.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

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
    let mut out = String::new();
    for c in text.chars() {
        let next = format!("{out}{c}");
        if width(&next) + 1 > cols {
            break;
        }
        out = next;
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

/// Key hints as one styled line: `key label  key label …`.
pub fn hints(entries: &[(&str, &str)], key: Style, text: Style) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, (k, label)) in entries.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(k.to_string(), key));
        spans.push(Span::styled(format!(" {label}"), text));
    }
    Line::from(spans)
}
