//! Small drawing helpers shared by the screens.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use bilan_core::Lang;
use bilan_report::l10n::Space;

pub use super::text::{bar, clip, count, one_line, truncate, width, wrap};

/// A label and its value: `Source: x` in English, `Source : x` in French.
pub fn colon(lang: Lang) -> String {
    format!("{} ", bilan_report::l10n::colon(lang, Space::Plain))
}

/// Key hints as styled lines of at most `cols` cells (`key label  key label
/// …`), broken where [`text::hint_rows`](super::text::hint_rows) breaks them.
pub fn hints<K: AsRef<str>>(
    entries: &[(K, &str)],
    cols: u16,
    key: Style,
    text: Style,
) -> Vec<Line<'static>> {
    super::text::hint_rows(entries, cols)
        .into_iter()
        .map(|row| {
            let mut spans = Vec::new();
            for (i, (k, label)) in row.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::raw("  "));
                }
                spans.push(Span::styled(k.to_string(), key));
                spans.push(Span::styled(format!(" {label}"), text));
            }
            Line::from(spans)
        })
        .collect()
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
