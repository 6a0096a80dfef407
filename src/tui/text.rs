//! Text measured in terminal cells, with no drawing: what layout, update and
//! rendering all need. The TUI's one copy of `truncate` and `bar` until
//! `bilan_report::l10n::format` has them.

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

/// Key hints broken into rows of at most `cols` cells, between entries, so
/// that a key never lands on one row and its meaning on the next.
pub fn hint_rows<'a, K: AsRef<str>>(
    entries: &'a [(K, &'a str)],
    cols: u16,
) -> Vec<Vec<(&'a str, &'a str)>> {
    let cols = usize::from(cols);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut used = 0;
    for (k, label) in entries {
        let k = k.as_ref();
        let entry = width(k) + 1 + width(label);
        if used > 0 && used + 2 + entry > cols {
            rows.push(std::mem::take(&mut row));
            used = 0;
        }
        if used > 0 {
            used += 2;
        }
        row.push((k, *label));
        used += entry;
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}
