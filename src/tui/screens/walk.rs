//! The walk: one item per screen, its description and five level
//! descriptors, with overall and per-section progress.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, LineGauge, Paragraph};

use crate::tui::context::Ctx;
use crate::tui::session::{Session, hidden_by_blind, self_rating_of};
use crate::tui::widgets;
use bilan_core::catalogue::Item;
use bilan_report::l10n::{answers, ecf, level_zero, strings, width};

/// Where each level's lines go (level, area), computed for drawing and for
/// mouse clicks alike.
pub struct WalkLayout {
    pub top: Rect,
    pub sections: Rect,
    pub gauge: Rect,
    pub card: Rect,
    pub description: Vec<String>,
    pub description_area: Rect,
    pub levels: Vec<(u8, Rect, Vec<String>)>,
    pub note_area: Rect,
}

/// The text shown for a level. Level 0, "not yet practised", is worded
/// for the kind of item and for who rates. A descriptor bilan wrote for a
/// level the e-CF does not define for the competence starts with the words
/// that say so (`[bilan extension]`), visible even when the level is cut to
/// one line.
pub fn level_text(ctx: Ctx, item: &Item, level: u8, rater: Rater) -> String {
    if level == 0 {
        return level_zero(ctx.lang, item.kind, rater).to_string();
    }
    let text = item
        .level(level)
        .map(|t| t.get(ctx.lang).to_string())
        .unwrap_or_default();
    if item.is_extension_level(level) {
        format!("{} {text}", ecf::extension_mark(ctx.lang))
    } else {
        text
    }
}

const MARK_COLS: u16 = 6;

/// In a coach's session, the candidate's self-rating (shown beside each item).
pub fn self_rating(session: &Session) -> Option<&bilan_core::Assessment> {
    (session.assessment.rater == bilan_core::Rater::Coach)
        .then_some(session.counterpart.as_ref())
        .flatten()
        .map(|c| &c.assessment)
}

/// `None` only for an empty catalogue (no item to show).
pub fn layout(ctx: Ctx, session: &Session, area: Rect) -> Option<WalkLayout> {
    let [top, sections, gauge, card] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    let inner = Block::bordered().inner(card);
    let item = session.item(ctx.library)?;
    let has_note = session.assessment.note(&item.id).is_some()
        || self_rating_of(session, &item.id).is_some_and(|a| a.note(&item.id).is_some());
    // A blank line and the note, or just the note when space is short.
    let note_rows = if has_note {
        inner.height.saturating_sub(6).min(2)
    } else {
        0
    };
    let cols = inner.width.saturating_sub(MARK_COLS).max(1);
    let texts: Vec<Vec<String>> = (0..=5u8)
        .map(|level| {
            let text = level_text(ctx, item, level, session.assessment.rater);
            widgets::wrap(&text, cols)
        })
        .collect();
    // Room for, in this order: every level on one line (always, even in the
    // smallest terminal), two lines of description, the selected level in
    // full, the other levels in full as far as they fit (a descriptor's
    // point is often at its end), a blank line, then the rest of the
    // description.
    let cursor_level = usize::from(session.level);
    let mut heights = vec![1u16; texts.len()];
    let full = |level: usize| texts[level].len().max(1) as u16;
    let mut budget = inner
        .height
        .saturating_sub(note_rows + heights.iter().sum::<u16>());
    let mut description = widgets::wrap(item.description.get(ctx.lang), inner.width.max(1));
    let mut description_rows = (description.len() as u16).min(2).min(budget);
    budget -= description_rows;
    let cursor_extra = (full(cursor_level) - 1).min(budget);
    heights[cursor_level] += cursor_extra;
    budget -= cursor_extra;
    let mut order: Vec<usize> = (0..texts.len()).filter(|l| *l != cursor_level).collect();
    order.sort_by_key(|l| l.abs_diff(cursor_level));
    for level in order {
        let extra = full(level) - 1;
        if extra <= budget {
            heights[level] += extra;
            budget -= extra;
        }
    }
    let spacer_rows = u16::from(budget > 0 && description_rows > 0);
    budget -= spacer_rows;
    let more = (description.len() as u16 - description_rows).min(budget);
    description_rows += more;
    widgets::clip(&mut description, usize::from(description_rows), inner.width);
    let level_rows: u16 = heights.iter().sum();
    let [description_area, _, levels_area, note_area] = Layout::vertical([
        Constraint::Length(description_rows),
        Constraint::Length(spacer_rows),
        Constraint::Length(level_rows),
        Constraint::Length(note_rows),
    ])
    .areas(inner);
    let rects = Layout::vertical(heights.iter().map(|h| Constraint::Length(*h))).split(levels_area);
    let levels = texts
        .into_iter()
        .enumerate()
        .map(|(level, mut text)| {
            let rect = rects[level];
            widgets::clip(&mut text, usize::from(rect.height), cols);
            (level as u8, rect, text)
        })
        .collect();
    Some(WalkLayout {
        top,
        sections,
        gauge,
        card,
        description,
        description_area,
        levels,
        note_area,
    })
}

/// The level under a mouse click, if any.
pub fn hit(session: &Session, ctx: Ctx, area: Rect, column: u16, row: u16) -> Option<u8> {
    layout(ctx, session, area)?
        .levels
        .iter()
        .find(|(_, rect, _)| rect.contains(Position::new(column, row)))
        .map(|(level, _, _)| *level)
}

fn short_section(id: &str, lang: bilan_core::Lang) -> &str {
    let s = strings(lang);
    match id {
        "savoir" => s.short_savoir,
        "savoir-faire" => s.short_savoir_faire,
        "savoir-etre" => s.short_savoir_etre,
        other => other,
    }
}

/// What each profile asks of this item, e.g. ` required: CM 2–3 · CNO 4 · ITE — `.
fn required_by(ctx: Ctx, item: &str) -> String {
    let s = strings(ctx.lang);
    let parts: Vec<String> = ctx
        .library
        .profiles
        .iter()
        .map(|p| {
            let level = p
                .requirement(item)
                .map(|r| bilan_report::sheet::level_range(r.min, r.max))
                .unwrap_or_else(|| "—".to_string());
            format!("{} {level}", p.id.to_uppercase())
        })
        .collect();
    format!(
        " {}{}{} ",
        s.required_by,
        widgets::colon(ctx.lang),
        parts.join(" · ")
    )
}

pub fn render(session: &Session, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let theme = ctx.theme;
    let catalogue = &ctx.library.catalogue;
    let Some(item) = session.item(ctx.library) else {
        return;
    };
    let Some(l) = layout(ctx, session, area) else {
        return;
    };

    // Section and position.
    let starts = catalogue.section_starts();
    let section_index = starts
        .iter()
        .rposition(|(start, _)| *start <= session.cursor)
        .unwrap_or(0);
    let (start, section) = starts[section_index];
    let end = starts
        .get(section_index + 1)
        .map(|(s, _)| *s)
        .unwrap_or(catalogue.len());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(section.title.get(ctx.lang).to_string(), theme.title()),
            Span::styled(
                format!(
                    " · {} {}/{} · {} {}/{}",
                    s.item_word,
                    session.cursor - start + 1,
                    end - start,
                    s.overall_word,
                    session.cursor + 1,
                    catalogue.len()
                ),
                theme.dim(),
            ),
        ])),
        l.top,
    );

    // Per-section progress, the current section highlighted.
    let mut spans = Vec::new();
    for (i, (first, sec)) in starts.iter().enumerate() {
        let last = starts
            .get(i + 1)
            .map(|(s, _)| *s)
            .unwrap_or(catalogue.len());
        let answered = catalogue
            .items()
            .get(*first..last)
            .unwrap_or_default()
            .iter()
            .filter(|item| session.assessment.scores.contains_key(item.id.as_str()))
            .count();
        let done = answered == last - first;
        let style = if i == section_index {
            theme.selected()
        } else if done {
            theme.good()
        } else {
            theme.dim()
        };
        let tick = if done { "✓" } else { "" };
        spans.push(Span::styled(
            format!(
                "{} {answered}/{}{tick}",
                short_section(&sec.id, ctx.lang),
                last - first
            ),
            style,
        ));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), l.sections);

    let (answered, total) = session.assessment.progress(catalogue);
    let ratio = if total == 0 {
        0.0
    } else {
        answered as f64 / total as f64
    };
    frame.render_widget(
        LineGauge::default()
            .ratio(ratio)
            .label(format!(
                "{} {answered}/{total} ({})",
                s.answered_word,
                bilan_report::l10n::percent(ratio * 100.0, ctx.lang)
            ))
            .filled_style(theme.good())
            .unfilled_style(theme.dim()),
        l.gauge,
    );

    // The item card.
    let answer = session.assessment.answer(&item.id);
    let score = answer.and_then(Answer::level);
    let self_rated = self_rating_of(session, &item.id);
    // "your level" is the person's own; a coach gives the person a level.
    let label = match session.assessment.rater {
        Rater::SelfRated => s.your_level,
        Rater::Coach => s.level_given,
    };
    let score_text = match answer {
        Some(Answer::Level(level)) => format!(" [{label}{}{level}] ", widgets::colon(ctx.lang)),
        Some(Answer::NotApplicable) => format!(" [{}] ", answers(ctx.lang).not_applicable),
        None => format!(" [{}] ", s.not_answered),
    };
    // An e-CF code is shown; a trait's internal id is not (the section
    // line above already says which kind of trait it is).
    let code = if bilan_report::l10n::sources::is_ecf_code(&item.id) {
        format!(" {} ", item.id)
    } else {
        " ".to_string()
    };
    let mut block = Block::bordered().title(Line::from(vec![
        Span::styled(code, theme.key()),
        Span::styled(format!("{} ", item.title.get(ctx.lang)), theme.title()),
    ]));
    // The levels the e-CF defines for a competence, so a level marked as
    // bilan's extension reads against them; shortened, then left out, when
    // the card is too narrow to show it beside the title.
    if let Some(range) = item.ecf_range() {
        let title = format!(" {} {} ", item.id, item.title.get(ctx.lang));
        let room = usize::from(l.card.width).saturating_sub(2 + width(&title));
        let long = format!(" {} ", ecf::defined_levels(ctx.lang, range));
        let short = format!(" e-CF {} ", ecf::range_text(range));
        if let Some(text) = [long, short].into_iter().find(|t| width(t) < room) {
            block = block.title(Line::styled(text, theme.dim()).right_aligned());
        }
    }
    let block = block
        .title_bottom(Line::from(vec![
            Span::styled(
                score_text,
                if answer.is_some() {
                    theme.chosen()
                } else {
                    theme.warn()
                },
            ),
            Span::styled(
                if hidden_by_blind(session, &item.id) && l.card.width < 76 {
                    "◆? ".to_string()
                } else if hidden_by_blind(session, &item.id) {
                    format!("◆ {} ", bilan_report::l10n::coach::blind_hidden(ctx.lang))
                } else {
                    self_text(ctx, self_rated, &item.id, l.card.width)
                },
                theme.target(),
            ),
        ]))
        .title_bottom(Line::styled(required_by(ctx, &item.id), theme.dim()).right_aligned());
    frame.render_widget(block, l.card);
    frame.render_widget(Paragraph::new(l.description.join("\n")), l.description_area);
    let self_score = self_rated.and_then(|a| a.score(&item.id));
    for (level, rect, text) in &l.levels {
        let cursor = *level == session.level;
        let chosen = score == Some(*level);
        let marker = format!(
            "{}{}{}{} ",
            if cursor { "▶" } else { " " },
            if chosen { "●" } else { " " },
            if self_score == Some(*level) {
                "◆"
            } else {
                " "
            },
            level
        );
        let style = if cursor {
            theme.selected()
        } else if chosen {
            theme.chosen()
        } else {
            Style::new()
        };
        let mut lines = Vec::new();
        for (i, line) in text.iter().enumerate() {
            let lead = if i == 0 {
                format!("{marker:<6}")
            } else {
                " ".repeat(6)
            };
            lines.push(Line::from(vec![
                Span::styled(lead, style),
                Span::styled(line.clone(), if cursor { style } else { Style::new() }),
            ]));
        }
        frame.render_widget(Paragraph::new(lines), *rect);
    }
    // The notes, last lines first: the rater's own, then the candidate's.
    let notes = [
        session.assessment.note(&item.id).map(|note| {
            let note = widgets::one_line(note);
            format!("✎ {}{}{note}", s.note_title, widgets::colon(ctx.lang))
        }),
        self_rated.and_then(|a| a.note(&item.id)).map(|note| {
            let label = bilan_report::l10n::coaching(ctx.lang).self_note;
            let note = widgets::one_line(note);
            format!("◆ {label}{}{note}", widgets::colon(ctx.lang))
        }),
    ];
    let mut bottom = l.note_area.bottom();
    for note in notes.into_iter().flatten() {
        if bottom <= l.note_area.y {
            break;
        }
        bottom -= 1;
        frame.render_widget(
            Paragraph::new(Line::styled(
                widgets::truncate(&note, usize::from(l.note_area.width)),
                theme.dim(),
            )),
            Rect {
                y: bottom,
                height: 1,
                ..l.note_area
            },
        );
    }
}

/// `◆ self: 2 ` (`◆2` when narrow) in a coach's session (`—` when the candidate left
/// the item unanswered, `n/a` when they found it not applicable); nothing otherwise.
fn self_text(
    ctx: Ctx,
    self_rated: Option<&bilan_core::Assessment>,
    item: &str,
    width: u16,
) -> String {
    let Some(assessment) = self_rated else {
        return String::new();
    };
    let level = assessment.answer(item).map_or_else(
        || "—".to_string(),
        |a| bilan_report::l10n::answer_text(a, ctx.lang, true),
    );
    // Narrow cards keep just `◆2`, clear of the requirements on the right.
    if width < 76 {
        return format!("◆{level} ");
    }
    format!(
        "◆ {}{}{level} ",
        bilan_report::l10n::coaching(ctx.lang).col_self,
        widgets::colon(ctx.lang)
    )
}

// ---------------------------------------------------------------------------
// Update

use crate::tui::action::{Action, Effect};
use crate::tui::session::{go_to, prepare_results, refresh_ranking};
use crate::tui::text_input::TextInput;
use bilan_core::{Answer, Library, Rater};

/// Where a key on the walk leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Stay,
    /// To the review (after the last item, or asked for).
    Review,
    Results,
    /// Open the note editor over the walk.
    Note,
    /// Compare with the other rater's rating.
    Compare,
}

fn rate_current(session: &mut Session, library: &Library, level: u8) -> (Vec<Effect>, Exit) {
    answer_current(session, library, Answer::Level(level.min(5)))
}

/// Records the answer to the item under the cursor (a level, or "not
/// applicable") and moves on, to the review after the last item.
fn answer_current(session: &mut Session, library: &Library, answer: Answer) -> (Vec<Effect>, Exit) {
    let Some(id) = session.item_id(library) else {
        return (Vec::new(), Exit::Stay);
    };
    session.assessment.set_answer(&id, Some(answer));
    session.results.what_if.remove(&session.cursor);
    refresh_ranking(session, library);
    // After a quick orientation the items it asked are not asked again.
    let next = if session.skip_answered {
        let items = library.catalogue.items();
        (session.cursor + 1..items.len())
            .find(|&i| session.assessment.answer(&items[i].id).is_none())
            .unwrap_or(items.len())
    } else {
        session.cursor + 1
    };
    if next < library.catalogue.len() {
        return (go_to(session, library, next), Exit::Stay);
    }
    // Last item rated: show the review, where gaps and unanswered items
    // are, on the first unanswered one (else on the item just rated).
    if let Answer::Level(level) = answer {
        session.level = level;
    }
    session.review_row = library
        .catalogue
        .items()
        .iter()
        .position(|i| !session.assessment.scores.contains_key(i.id.as_str()))
        .unwrap_or(session.cursor);
    (vec![Effect::Save], Exit::Review)
}

fn section_jump(session: &Session, library: &Library, forward: bool) -> Option<usize> {
    let starts = library.catalogue.section_starts();
    let current = starts
        .iter()
        .rposition(|(start, _)| *start <= session.cursor)
        .unwrap_or(0);
    let target = if forward {
        (current + 1).min(starts.len().saturating_sub(1))
    } else if session.cursor > starts.get(current)?.0 {
        current
    } else {
        current.saturating_sub(1)
    };
    starts.get(target).map(|(start, _)| *start)
}

pub fn update(session: &mut Session, library: &Library, action: Action) -> (Vec<Effect>, Exit) {
    let stay = |effects| (effects, Exit::Stay);
    match action {
        Action::Rate(level) => rate_current(session, library, level),
        Action::NotApplicable => answer_current(session, library, Answer::NotApplicable),
        Action::Up => {
            session.level = session.level.saturating_sub(1);
            stay(Vec::new())
        }
        Action::Down => {
            session.level = (session.level + 1).min(5);
            stay(Vec::new())
        }
        Action::Pick(level) if level <= 5 => rate_current(session, library, level as u8),
        Action::Confirm => {
            let level = session.level;
            rate_current(session, library, level)
        }
        Action::ClearScore => {
            let Some(id) = session.item_id(library) else {
                return stay(Vec::new());
            };
            session.assessment.set_score(&id, None);
            refresh_ranking(session, library);
            stay(vec![Effect::Save])
        }
        Action::Left | Action::PageUp => {
            let target = session.cursor.saturating_sub(1);
            stay(go_to(session, library, target))
        }
        Action::Right | Action::PageDown => {
            let target = session.cursor + 1;
            stay(go_to(session, library, target))
        }
        Action::NextSection | Action::PrevSection => {
            match section_jump(session, library, action == Action::NextSection) {
                Some(target) => stay(go_to(session, library, target)),
                None => stay(Vec::new()),
            }
        }
        Action::Overview | Action::Back => {
            session.review_row = session.cursor;
            // A coach's review shows the self-rating as it is now.
            let effects = if session.assessment.rater == Rater::Coach {
                vec![Effect::FindCounterpart]
            } else {
                Vec::new()
            };
            (effects, Exit::Review)
        }
        Action::EditNote => {
            let note = session
                .item(library)
                .and_then(|item| session.assessment.note(&item.id));
            session.note = TextInput::with_text(note.unwrap_or(""));
            (Vec::new(), Exit::Note)
        }
        Action::Results => {
            prepare_results(session, library);
            (Vec::new(), Exit::Results)
        }
        Action::Compare => (Vec::new(), Exit::Compare),
        _ => stay(Vec::new()),
    }
}
