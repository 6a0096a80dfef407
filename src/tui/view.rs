//! The frame every screen is drawn in: header, body, status, footer, and the
//! overlays. Rendering only reads the state.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::grid::Plain;
use super::layout;
use super::screens::{
    cohort, compare, help, home, new_form, note, profiles, progress, quick, results, resume,
    review, saving, search, walk,
};
use super::state::{App, Overlay, Screen, ctx};
use super::widgets;
use bilan_core::Rater;
use bilan_core::text::is_unsafe;
use bilan_report::l10n::strings;

/// The footer's lines at this width, broken between entries.
fn footer_lines(app: &App, area: Rect) -> Vec<Line<'static>> {
    let width = area.width;
    widgets::hints(
        &layout::footer(app, area),
        width,
        app.theme.key(),
        app.theme.dim(),
    )
}

pub fn render(app: &App, frame: &mut Frame) {
    draw(app, frame);
    scrub(frame.buffer_mut());
}

/// Takes out of the drawn frame every character that must not reach the
/// terminal ([`is_unsafe`]): ratatui already drops control characters, but
/// a bidirectional override (U+202E) in a name or a note would pass and
/// make the text after it read backwards. The same rule as every other
/// output; here the character is removed, so no cell changes width.
fn scrub(buf: &mut Buffer) {
    for cell in &mut buf.content {
        let symbol = cell.symbol();
        if symbol.chars().any(is_unsafe) {
            let kept: String = symbol.chars().filter(|&c| !is_unsafe(c)).collect();
            cell.set_symbol(if kept.is_empty() { " " } else { &kept });
        }
    }
}

fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if layout::too_small(area) {
        render_too_small(app, frame, area);
        return;
    }
    let areas = layout::frame(app, area);
    render_header(app, frame, areas.header);
    match app.place.screen() {
        Screen::Home => home::render(&app.home, ctx(app), frame, areas.body),
        Screen::NewForm => new_form::render(&app.form, ctx(app), frame, areas.body),
        Screen::ResumeList => resume::render(&app.resume, ctx(app), frame, areas.body),
        Screen::Profiles => profiles::render(&app.browse, ctx(app), frame, areas.body),
        Screen::Walk | Screen::Review | Screen::Results | Screen::Quick => {
            if let Some(session) = app.place.session() {
                let ctx = ctx(app);
                match app.place.screen() {
                    Screen::Walk => {
                        walk::render(session, ctx, frame, areas.body);
                        quick::render_question_header(session, ctx, frame, areas.body);
                    }
                    Screen::Review => review::render(session, ctx, frame, areas.body),
                    Screen::Quick => quick::render_standing(session, ctx, frame, areas.body),
                    _ => results::render(session, ctx, frame, areas.body),
                }
            }
        }
        Screen::Compare => compare::render(&app.compare, ctx(app), frame, areas.body),
        Screen::Progress => progress::render(&app.progress, ctx(app), frame, areas.body),
        Screen::Cohort => cohort::render(&app.cohort, ctx(app), frame, areas.body),
    }
    // The status message, wrapped; else a window that only reads says so,
    // and who writes, all along.
    let style = match &app.status {
        Some(status) if status.error => app.theme.bad(),
        Some(_) => app.theme.good(),
        None => app.theme.warn(),
    };
    let status = layout::status_lines(app, area);
    if !status.is_empty() {
        frame.render_widget(Paragraph::new(status.join("\n")).style(style), areas.status);
    }
    frame.render_widget(Plain::new(footer_lines(app, area)), areas.footer);
    match app.overlay {
        Some(Overlay::Help) => help::render(app, frame, areas.body),
        Some(Overlay::Note) => {
            if let Some(session) = app.place.session() {
                note::render(session, ctx(app), frame, areas.body);
            }
        }
        Some(Overlay::Conflict) => {
            if let Some(session) = app.place.session() {
                saving::render_conflict(session, ctx(app), frame, areas.body);
            }
        }
        Some(Overlay::QuitUnsaved) => {
            if let Some(session) = app.place.session() {
                saving::render_quit(session, ctx(app), frame, areas.body);
            }
        }
        Some(Overlay::CopyPath) => {
            saving::render_copy_path(&app.copy_path, ctx(app), frame, areas.body);
        }
        Some(Overlay::Search) => search::render(&app.search, ctx(app), frame, areas.body),
        None => {}
    }
}

fn render_header(app: &App, frame: &mut Frame, area: Rect) {
    let s = strings(app.lang);
    let screen = match app.place.screen() {
        Screen::Home => s.home_title,
        Screen::NewForm => s.new_title,
        Screen::ResumeList => s.resume_title,
        Screen::Profiles => s.profiles_title,
        Screen::Walk if app.place.session().is_some_and(|s| s.quick.is_some()) => {
            bilan_report::l10n::quick::quick(app.lang).title
        }
        Screen::Walk => s.walk_title,
        Screen::Review => s.review_title,
        Screen::Results => s.results_title,
        Screen::Quick => bilan_report::l10n::quick::quick(app.lang).title,
        Screen::Compare => bilan_report::l10n::coaching(app.lang).compare_title,
        Screen::Progress => bilan_report::l10n::coaching(app.lang).progress_title,
        Screen::Cohort => bilan_report::l10n::coaching(app.lang).cohort_title,
    };
    let mut spans = vec![
        Span::styled("bilan", app.theme.title()),
        Span::raw(" · "),
        Span::raw(screen),
    ];
    if let Some(session) = app.place.session()
        && app.place.screen() != Screen::Home
        && app.place.screen() != Screen::NewForm
        && app.place.screen() != Screen::ResumeList
        && !matches!(
            app.place.screen(),
            Screen::Compare | Screen::Progress | Screen::Cohort
        )
    {
        let rater = match session.assessment.rater {
            Rater::SelfRated => s.self_rated,
            Rater::Coach => s.coach_rated,
        };
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(
            session.assessment.person.clone(),
            app.theme.chosen(),
        ));
        spans.push(Span::styled(format!(" ({rater})"), app.theme.dim()));
        if session.read_only() {
            spans.push(Span::raw(" · "));
            spans.push(Span::styled(
                bilan_report::l10n::saving(app.lang).read_only_mark,
                app.theme.warn(),
            ));
        }
    }
    // The language marker keeps its own column, so a long name is cut
    // with `…` instead of running under it.
    let [title, marker] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(3)]).areas(area);
    frame.render_widget(Plain::new(vec![Line::from(spans)]), title);
    frame.render_widget(
        Paragraph::new(app.lang.code().to_uppercase())
            .alignment(Alignment::Right)
            .style(app.theme.dim()),
        marker,
    );
}

fn render_too_small(app: &App, frame: &mut Frame, area: Rect) {
    let s = strings(app.lang);
    let text = format!(
        "{} {}×{} ({} {}×{}). {}",
        s.too_small,
        area.width,
        area.height,
        s.minimum,
        layout::MIN_WIDTH,
        layout::MIN_HEIGHT,
        s.too_small_hint
    );
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .style(app.theme.warn()),
        area,
    );
}
