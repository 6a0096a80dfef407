//! Tables and lines drawn straight into the buffer.
//!
//! ratatui's `Table` makes several full-area style passes (table, block, every
//! row, every cell) and owns a `Text` per cell; at 200×60 that alone cost
//! about 0.3 ms a frame, more than half the redraw budget. This grid writes
//! each cell's text once, styles only the rows that need it, and cuts long
//! cells with `…` itself, so callers can pass borrowed text.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::widgets;

/// One cell: its text and a style laid over the row's.
pub struct GridCell<'a> {
    text: Cow<'a, str>,
    style: Style,
}

impl<'a> From<&'a str> for GridCell<'a> {
    fn from(text: &'a str) -> Self {
        GridCell {
            text: Cow::Borrowed(text),
            style: Style::new(),
        }
    }
}

impl From<String> for GridCell<'_> {
    fn from(text: String) -> Self {
        GridCell {
            text: Cow::Owned(text),
            style: Style::new(),
        }
    }
}

impl<'a> GridCell<'a> {
    pub fn styled(text: impl Into<Cow<'a, str>>, style: Style) -> Self {
        GridCell {
            text: text.into(),
            style,
        }
    }
}

/// One row: its cells and a style for the whole row (`Style::new()` for none).
pub struct GridRow<'a> {
    pub cells: Vec<GridCell<'a>>,
    pub style: Style,
}

impl<'a> GridRow<'a> {
    pub fn new(cells: Vec<GridCell<'a>>) -> Self {
        GridRow {
            cells,
            style: Style::new(),
        }
    }

    pub fn style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }
}

/// A header row, body rows and a selected row kept in view. Columns are
/// laid out like ratatui's `Table` (one cell between columns), so a click
/// maps to the same row either way.
pub struct Grid<'a> {
    widths: &'a [Constraint],
    header: Vec<&'a str>,
    header_style: Style,
    rows: Vec<GridRow<'a>>,
    selected: Option<usize>,
    highlight: Style,
}

impl<'a> Grid<'a> {
    pub fn new(widths: &'a [Constraint], header: Vec<&'a str>, rows: Vec<GridRow<'a>>) -> Self {
        Grid {
            widths,
            header,
            header_style: Style::new(),
            rows,
            selected: None,
            highlight: Style::new(),
        }
    }

    pub fn header_style(mut self, style: Style) -> Self {
        self.header_style = style;
        self
    }

    pub fn selected(mut self, row: usize, highlight: Style) -> Self {
        self.selected = Some(row);
        self.highlight = highlight;
        self
    }

    /// The first row shown when `selected` must be visible in `visible` rows.
    pub fn offset(selected: usize, visible: usize) -> usize {
        selected.saturating_sub(visible.saturating_sub(1))
    }
}

/// Whether every char of `text` is one grapheme one cell wide, so it can be
/// written without grapheme segmentation (the costliest part of ratatui's
/// `set_stringn`). Below U+0300 that holds for all but controls and the soft
/// hyphen; it covers the ASCII and accented Latin of our texts.
fn one_cell_per_char(text: &str) -> bool {
    text.chars().all(|c| {
        (' '..'\u{7f}').contains(&c) || (('\u{a0}'..'\u{300}').contains(&c) && c != '\u{ad}')
    })
}

/// Writes `text` at (`x`, `y`) in at most `cols` cells, cut with `…` when
/// longer; returns the cells used.
pub fn put_text(buf: &mut Buffer, x: u16, y: u16, text: &str, cols: u16, style: Style) -> u16 {
    if text.is_empty() || cols == 0 {
        return 0;
    }
    if !one_cell_per_char(text) {
        let cols = usize::from(cols);
        let end = if widgets::width(text) <= cols {
            buf.set_stringn(x, y, text, cols, style)
        } else {
            buf.set_stringn(x, y, widgets::truncate(text, cols), cols, style)
        };
        return end.0 - x;
    }
    let count = text.chars().count();
    let (shown, ellipsis) = if count <= usize::from(cols) {
        (count, false)
    } else {
        (usize::from(cols) - 1, true)
    };
    let mut column = x;
    for c in text.chars().take(shown).chain(ellipsis.then_some('…')) {
        if let Some(cell) = buf.cell_mut((column, y)) {
            cell.set_char(c).set_style(style);
        }
        column += 1;
    }
    column - x
}

fn put(buf: &mut Buffer, column: Rect, y: u16, text: &str, style: Style) {
    put_text(buf, column.x, y, text, column.width, style);
}

/// Unwrapped lines drawn like [`Grid`] cells: for the screens redrawn on
/// every keystroke, in place of a `Paragraph` without wrapping.
pub struct Plain<'a> {
    lines: Vec<Line<'a>>,
}

impl<'a> Plain<'a> {
    pub fn new(lines: Vec<Line<'a>>) -> Self {
        Plain { lines }
    }
}

impl Widget for Plain<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        for (line, y) in self.lines.iter().zip(area.top()..area.bottom()) {
            let mut x = area.x;
            for span in &line.spans {
                let room = area.right().saturating_sub(x);
                x += put_text(buf, x, y, &span.content, room, line.style.patch(span.style));
            }
        }
    }
}

impl Widget for Grid<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let columns = Layout::horizontal(self.widths.iter().copied())
            .spacing(1)
            .split(Rect::new(area.x, area.y, area.width, 1));
        for (column, text) in columns.iter().zip(&self.header) {
            put(buf, *column, area.y, text, self.header_style);
        }
        let visible = usize::from(area.height.saturating_sub(1));
        let offset = self.selected.map_or(0, |s| Grid::offset(s, visible));
        for (index, row) in self.rows.iter().enumerate().skip(offset).take(visible) {
            let y = area.y + 1 + (index - offset) as u16;
            let line = Rect::new(area.x, y, area.width, 1);
            if row.style != Style::new() {
                buf.set_style(line, row.style);
            }
            for (column, cell) in columns.iter().zip(&row.cells) {
                put(buf, *column, y, &cell.text, cell.style);
            }
            if self.selected == Some(index) {
                buf.set_style(line, self.highlight);
            }
        }
    }
}

/// The row of a bordered [`Grid`] (border, header, rows) under a click.
pub fn list_hit(table: Rect, selected: usize, row: u16) -> Option<usize> {
    let first = usize::from(row.checked_sub(table.y + 2)?);
    let visible = usize::from(table.height.saturating_sub(3));
    (first < visible).then(|| Grid::offset(selected, visible) + first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect::<String>()
            .trim_end()
            .to_string()
    }

    #[test]
    fn long_cells_are_cut_with_an_ellipsis_and_selection_scrolls_into_view() {
        let widths = [Constraint::Length(3), Constraint::Fill(1)];
        let rows = (0..10)
            .map(|i| {
                GridRow::new(vec![
                    GridCell::from(i.to_string()),
                    GridCell::from("a rather long title"),
                ])
            })
            .collect();
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 4));
        Grid::new(&widths, vec!["#", "Title"], rows)
            .selected(7, Style::new())
            .render(buf.area, &mut buf);
        assert_eq!(text_of(&buf, 0), "#   Title");
        // Three body rows; row 7 must be the last one shown.
        assert_eq!(text_of(&buf, 1), "5   a rathe…");
        assert_eq!(text_of(&buf, 3), "7   a rathe…");
    }
}
