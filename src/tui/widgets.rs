//! Small drawing helpers shared by the screens.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use bilan_core::Lang;
use bilan_report::l10n::Space;

pub use bilan_report::l10n::{truncate, width};

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

/// A text bar of `cols` cells filled to `percent`.
pub fn bar(percent: f64, cols: usize) -> String {
    bilan_report::l10n::bar(percent, 100.0, cols)
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
pub fn colon(lang: Lang) -> String {
    format!("{} ", bilan_report::l10n::colon(lang, Space::Plain))
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
