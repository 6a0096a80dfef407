//! Small drawing helpers shared by the screens.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use bilan_core::Lang;

pub use super::text::{bar, count, truncate, width, wrap};

pub use super::layout::centered;

/// A label and its value: `Source: x` in English, `Source : x` in French.
pub fn colon(lang: Lang) -> &'static str {
    bilan_report::l10n::strings(lang).colon
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
