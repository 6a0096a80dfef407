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

/// Keeps the first `rows` of wrapped `lines`, the last one ending with ` …`
/// after a whole word (never cut inside one) when something was left out.
pub fn clip(lines: &mut Vec<String>, rows: usize, cols: u16) {
    if lines.len() <= rows || rows == 0 {
        return;
    }
    lines.truncate(rows);
    let Some(last) = lines.last_mut() else {
        return;
    };
    let cols = usize::from(cols);
    let mut words: Vec<&str> = last.split(' ').collect();
    while words.len() > 1 && width(&words.join(" ")) + 2 > cols {
        words.pop();
    }
    let kept = words.join(" ");
    *last = if width(&kept) + 2 > cols {
        // One word wider than the line: cut it, as nothing else can be done.
        truncate(&format!("{kept} …"), cols)
    } else {
        format!("{kept} …")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipped_lines_end_after_a_whole_word() {
        let mut lines = wrap("Draws on specialist knowledge to shed light on it", 20);
        clip(&mut lines, 1, 20);
        assert_eq!(lines, ["Draws on …"]);
        let mut lines = vec!["abcdefghijklmnopqrstuvwxyz".to_string(), "x".to_string()];
        clip(&mut lines, 1, 10);
        assert_eq!(width(&lines[0]), 10);
        let mut short = vec!["fits".to_string()];
        clip(&mut short, 1, 10);
        assert_eq!(short, ["fits"]);
    }
}
