//! The terminal layout of the coaching documents: widths, cutting and
//! padding, wrapping, and tables within [`WIDTH`] columns. File text is
//! made [`plain`] first, so a hostile name cannot move the cursor.

use std::fmt::Write as _;

use crate::coaching::common::{MIN_FLEX, WIDTH};
use crate::l10n::{Space, colon, truncate, width};
use bilan_core::text::{Lang, sanitize};

/// Text from a file, safe to print on one line: [`sanitize`]d (escape
/// sequences and bidirectional overrides shown as `�`), line breaks and
/// tabs as spaces.
pub(super) fn plain(text: &str) -> String {
    sanitize(text)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// `text` padded with spaces to `cols` columns, on the left or the right.
pub(super) fn pad(text: &str, cols: usize, right: bool) -> String {
    let fill = " ".repeat(cols.saturating_sub(width(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// Lines of `text` (file text made [`plain`]) wrapped to [`WIDTH`], the
/// first after `first`, the others after `rest`.
pub(super) fn wrapped(out: &mut String, text: &str, first: &str, rest: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest);
    for line in textwrap::wrap(&plain(text), options) {
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

/// `parts` (file text made [`plain`]) joined by ` · ` and wrapped to
/// [`WIDTH`] between parts only, so no label is split from its value.
pub(super) fn facts(out: &mut String, parts: &[String]) {
    let mut line = String::new();
    for part in parts.iter().map(|p| plain(p)) {
        if line.is_empty() {
            line = part;
        } else if width(&line) + 3 + width(&part) <= WIDTH {
            line = format!("{line} · {part}");
        } else {
            wrapped(out, &line, "", "  ");
            line = part;
        }
    }
    if !line.is_empty() {
        wrapped(out, &line, "", "  ");
    }
}

/// Left- or right-aligned terminal column.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Left,
    Right,
}

/// A text table within [`WIDTH`] columns: each column as wide as its widest
/// cell, two spaces apart, a rule under the header; the `flex` column wraps
/// onto more lines so the whole fits (cut, titles such as « Gestion des
/// risques » and « Gestion des relations » would read the same). Every cell
/// is made [`plain`].
pub(super) fn grid(
    out: &mut String,
    columns: &[(&str, Side)],
    rows: &[Vec<String>],
    flex: Option<usize>,
) {
    let n = columns.len();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            (0..n)
                .map(|i| plain(row.get(i).map_or("", String::as_str)))
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|(h, _)| width(h)).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let total = widths.iter().sum::<usize>() + 2 * n.saturating_sub(1);
    if let Some(f) = flex.filter(|&f| f < n)
        && total > WIDTH
    {
        widths[f] = widths[f].saturating_sub(total - WIDTH).max(MIN_FLEX);
    }
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = &str>| {
        let parts: Vec<String> = cells
            .zip(columns.iter().zip(&widths))
            .map(|(cell, ((_, side), &w))| pad(&truncate(cell, w), w, *side == Side::Right))
            .collect();
        let _ = writeln!(out, "{}", parts.join("  ").trim_end());
    };
    line(out, &mut columns.iter().map(|(h, _)| *h));
    let rule: Vec<String> = widths.iter().map(|&w| "─".repeat(w)).collect();
    let _ = writeln!(out, "{}", rule.join("  "));
    let flex = flex.filter(|&f| f < n);
    for row in &rows {
        let Some(f) = flex else {
            line(out, &mut row.iter().map(String::as_str));
            continue;
        };
        let wrapped: Vec<String> = textwrap::wrap(&row[f], widths[f].max(1))
            .into_iter()
            .map(|l| l.trim_end().to_string())
            .collect();
        for (k, part) in wrapped.iter().enumerate() {
            let cells: Vec<&str> = (0..n)
                .map(|i| match (i == f, k) {
                    (true, _) => part.as_str(),
                    (false, 0) => row[i].as_str(),
                    (false, _) => "",
                })
                .collect();
            line(out, &mut cells.into_iter());
        }
        if wrapped.is_empty() {
            line(out, &mut row.iter().map(String::as_str));
        }
    }
}

/// `Label: value` (or `Label : value` in French).
pub(super) fn text_field(label: &str, value: &str, lang: Lang) -> String {
    format!("{label}{} {}", colon(lang, Space::NoBreak), plain(value))
}

/// A heading and its underline.
pub(super) fn text_heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "{title}\n{}", "═".repeat(width(title).min(WIDTH)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coaching::fixtures::max_width;

    #[test]
    fn grid_wraps_the_flexible_column_to_the_width() {
        let long = "x".repeat(300);
        let mut out = String::new();
        grid(
            &mut out,
            &[("A", Side::Left), ("Title", Side::Left), ("N", Side::Right)],
            &[vec!["a".into(), long.clone(), "12".into()]],
            Some(1),
        );
        assert_eq!(max_width(&out), WIDTH);
        assert!(!out.contains('…'), "nothing cut:\n{out}");
        assert_eq!(out.matches('x').count(), 300, "every character shown");
        assert!(out.lines().all(|l| l == l.trim_end()));
        // Two titles that start alike stay apart.
        let mut out = String::new();
        let title = |end: &str| format!("{} Gestion des {end}", "y".repeat(90));
        grid(
            &mut out,
            &[("A", Side::Left), ("Title", Side::Left)],
            &[
                vec!["E.3".into(), title("risques")],
                vec!["E.4".into(), title("relations")],
            ],
            Some(1),
        );
        assert!(
            out.contains("risques") && out.contains("relations"),
            "{out}"
        );
    }
}
