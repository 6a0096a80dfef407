//! Text measured in terminal cells, with no drawing: what layout, update and
//! rendering all need. Widths, truncation, bars and counts are the l10n
//! module's, so the screens and the documents measure text the same way.

pub use bilan_report::l10n::{count, truncate, width};

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

/// A note on one line (the walk's card, a panel title): its lines joined
/// with ` ↵ `.
pub fn one_line(note: &str) -> String {
    let lines: Vec<&str> = note
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ↵ ")
}
