//! `/` on the walk or the overview: find an item by its id or words of its
//! title (either language), accents and case folded, and go there.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::action::Action;
use crate::tui::context::Ctx;
use crate::tui::list::ListCursor;
use crate::tui::text_input::TextInput;
use crate::tui::widgets;
use bilan_core::{Item, ItemKind, Lang, Library, PersonKey};
use bilan_report::l10n::finding::find_words;
use bilan_report::l10n::strings;

/// What is typed and which match is selected.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub query: TextInput,
    pub selected: usize,
}

/// Lower case, accents folded, spaces collapsed: `Élaboration` is found by
/// `elabo`.
fn fold(text: &str) -> String {
    PersonKey::of(text).as_str().to_string()
}

/// The catalogue indexes of the items `query` finds: ids that start with it
/// first, then ids and titles (French or English) that contain it, each in
/// catalogue order. Nothing typed finds every item.
pub fn matches(library: &Library, query: &str) -> Vec<usize> {
    let query = fold(query);
    let mut starts = Vec::new();
    let mut contains = Vec::new();
    for (index, item) in library.catalogue.items().iter().enumerate() {
        let id = fold(&item.id);
        if id.starts_with(&query) {
            starts.push(index);
        } else if id.contains(&query)
            || fold(&item.title.fr).contains(&query)
            || fold(&item.title.en).contains(&query)
        {
            contains.push(index);
        }
    }
    starts.extend(contains);
    starts
}

/// Where a key in the search panel leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Stay,
    Cancel,
    /// To this item (a catalogue index).
    Go(usize),
}

pub fn update(state: &mut SearchState, library: &Library, action: Action) -> Exit {
    match action {
        Action::Edit(edit) => {
            state.query.apply(edit);
            state.selected = 0;
        }
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            let found = matches(library, state.query.text()).len();
            if let Some(row) = ListCursor::new(found).step(state.selected, action) {
                state.selected = row;
            }
        }
        Action::Confirm => {
            return matches(library, state.query.text())
                .get(state.selected)
                .map_or(Exit::Stay, |index| Exit::Go(*index));
        }
        Action::Back => return Exit::Cancel,
        _ => {}
    }
    Exit::Stay
}

pub fn render(state: &SearchState, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let words = find_words(ctx.lang);
    let found = matches(ctx.library, state.query.text());
    // As tall as what it shows: the typed line, the hint, the matches.
    let hint_rows = if found.is_empty() {
        1
    } else if state.query.text().is_empty() {
        2
    } else {
        0
    };
    let rows = 1 + hint_rows + found.len().min(10) as u16;
    let panel = widgets::centered(area, 72, rows + 2);
    let mut block = Block::bordered().title(Span::styled(
        format!(" {} ", words.search_title),
        ctx.theme.title(),
    ));
    if !found.is_empty() {
        block = block.title_bottom(
            Line::styled(
                format!(" {}/{} ", state.selected + 1, found.len()),
                ctx.theme.key(),
            )
            .right_aligned(),
        );
    }
    let inner = block.inner(panel);
    // The whole band, so no cut-off words of the card show beside it.
    frame.render_widget(
        Clear,
        Rect {
            x: area.x,
            width: area.width,
            ..panel
        },
    );
    frame.render_widget(block, panel);
    if inner.height == 0 {
        return;
    }
    let query = format!("/ {}", state.query.text());
    frame.render_widget(
        Paragraph::new(widgets::truncate(&query, usize::from(inner.width))),
        Rect { height: 1, ..inner },
    );
    let cursor: String = state
        .query
        .text()
        .chars()
        .take(state.query.cursor())
        .collect();
    let column = (2 + widgets::width(&cursor)).min(usize::from(inner.width.saturating_sub(1)));
    frame.set_cursor_position(Position::new(inner.x + column as u16, inner.y));
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    // Nothing typed: how to search, above every item; nothing found: says so.
    let note = if found.is_empty() {
        Some(words.no_match)
    } else if state.query.text().is_empty() {
        Some(words.search_hint)
    } else {
        None
    };
    let mut skip = 0;
    if let Some(note) = note {
        let lines: Vec<Line> = widgets::wrap(note, list.width)
            .into_iter()
            .take(usize::from(list.height))
            .map(|l| Line::styled(l, ctx.theme.dim()))
            .collect();
        skip = lines.len() as u16;
        frame.render_widget(
            Paragraph::new(lines),
            Rect {
                height: skip,
                ..list
            },
        );
    }
    let rows = list.height.saturating_sub(skip);
    let visible = usize::from(rows);
    let first = (state.selected + 1).saturating_sub(visible);
    let items = ctx.library.catalogue.items();
    for (i, index) in found.iter().enumerate().skip(first).take(visible) {
        let Some(item) = items.get(*index) else {
            continue;
        };
        let chosen = i == state.selected;
        let text = format!(
            "{}{:<5} {}",
            if chosen { "▶ " } else { "  " },
            code(item, ctx.lang),
            item.title.get(ctx.lang)
        );
        let style = if chosen {
            ctx.theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        frame.render_widget(
            Paragraph::new(Line::styled(
                widgets::truncate(&text, usize::from(list.width)),
                style,
            )),
            Rect {
                y: list.y + skip + (i - first) as u16,
                height: 1,
                ..list
            },
        );
    }
}

/// The short code shown before a title: the e-CF code (`A.3`), or for a
/// trait its kind (`Sk`, `SF`): slugs are for files, not for people.
fn code(item: &Item, lang: Lang) -> &str {
    let s = strings(lang);
    match item.kind {
        ItemKind::Ecf => item.id.as_str(),
        ItemKind::Savoir => s.short_savoir,
        ItemKind::SavoirFaire => s.short_savoir_faire,
        ItemKind::SavoirEtre => s.short_savoir_etre,
    }
}
