//! The quick orientation: the walk asks, one at a time, the item the domain
//! chooses ([`bilan_core::quick`]), with why it is asked and the estimates
//! so far drawn over the walk's first lines; then a result screen with the
//! ranking by estimate, its floor–ceiling range, how many answers it rests
//! on and why it stopped. Enter goes on with the full assessment, the quick
//! answers kept. The state is the session's ([`QuickRun`]): the answers
//! themselves, so a quick session resumes from its file.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::tui::action::{Action, Effect};
use crate::tui::context::Ctx;
use crate::tui::grid::{Grid, GridCell, GridRow};
use crate::tui::session::{QuickRun, Session, go_to, prepare_results, refresh_ranking};
use crate::tui::text_input::TextInput;
use bilan_core::assessment::StartedIn;
use bilan_core::quick::{self, Settings};
use bilan_core::{Answer, Library};
use bilan_report::l10n::quick::{self as words, quick as quick_words};

/// Where a key of the quick screens leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Stay,
    /// The question screen (the walk, in quick mode).
    Question,
    /// Where the orientation stands.
    Standing,
    /// The full results screen.
    Results,
    /// The note editor over the question.
    Note,
    /// The full assessment goes on (the walk, out of quick mode).
    FullWalk,
}

/// Puts the walk on the next question, or says it stopped, after the
/// answers changed.
fn follow(session: &mut Session, library: &Library) -> (Vec<Effect>, Exit) {
    let Some(run) = session.quick.as_mut() else {
        return (Vec::new(), Exit::Stay);
    };
    run.step = quick::step(
        &library.catalogue,
        &library.profiles,
        &session.assessment,
        run.settings,
    );
    place(session, library)
}

/// Puts the walk on the step's next question, or says it stopped.
fn place(session: &mut Session, library: &Library) -> (Vec<Effect>, Exit) {
    let Some(run) = session.quick.as_ref() else {
        return (Vec::new(), Exit::Stay);
    };
    let next = run
        .step
        .next
        .as_ref()
        .and_then(|q| library.catalogue.index_of(q.item.as_str()));
    match next {
        Some(index) => (go_to(session, library, index), Exit::Question),
        None => {
            prepare_results(session, library);
            (vec![Effect::Save], Exit::Standing)
        }
    }
}

/// Opens a session on the quick orientation: its first (or next) question,
/// or where it stands when nothing is left to ask.
pub fn open(session: &mut Session, library: &Library, settings: Settings) -> Exit {
    // A file begun here is marked so (a normal assessment otherwise).
    if session.assessment.progress(&library.catalogue).0 == 0 {
        session.assessment.started_in = Some(StartedIn::Quick);
    }
    session.quick = Some(QuickRun::start(session, library, settings));
    place(session, library).1
}

/// Keys on a question: answer (then the next question or the result),
/// move between levels, write a note, see where it stands.
pub fn update_question(
    session: &mut Session,
    library: &Library,
    action: Action,
) -> (Vec<Effect>, Exit) {
    let answer = match action {
        Action::Rate(level) => Some(Answer::Level(level.min(5))),
        Action::Pick(level) if level <= 5 => Some(Answer::Level(level as u8)),
        Action::Confirm => Some(Answer::Level(session.level)),
        Action::NotApplicable => Some(Answer::NotApplicable),
        _ => None,
    };
    if let Some(answer) = answer {
        let Some(id) = session.item_id(library) else {
            return (Vec::new(), Exit::Stay);
        };
        session.assessment.set_answer(&id, Some(answer));
        refresh_ranking(session, library);
        let (mut effects, exit) = follow(session, library);
        if !effects.contains(&Effect::Save) {
            effects.push(Effect::Save);
        }
        return (effects, exit);
    }
    match action {
        Action::Up => session.level = session.level.saturating_sub(1),
        Action::Down => session.level = (session.level + 1).min(5),
        Action::EditNote => {
            let note = session
                .item(library)
                .and_then(|item| session.assessment.note(&item.id));
            session.note = TextInput::with_text(note.unwrap_or(""));
            return (Vec::new(), Exit::Note);
        }
        Action::Back | Action::Results => {
            prepare_results(session, library);
            return (Vec::new(), Exit::Standing);
        }
        _ => {}
    }
    (Vec::new(), Exit::Stay)
}

/// Keys on the result: go on with the full assessment, back to the
/// questions while some are left, or the full results.
pub fn update_standing(
    session: &mut Session,
    library: &Library,
    action: Action,
) -> (Vec<Effect>, Exit) {
    match action {
        Action::Confirm => {
            session.quick = None;
            session.skip_answered = true;
            let first_open = library
                .catalogue
                .items()
                .iter()
                .position(|i| session.assessment.answer(&i.id).is_none())
                .unwrap_or(0);
            (go_to(session, library, first_open), Exit::FullWalk)
        }
        Action::Back => {
            if session.quick.as_ref().is_some_and(|run| !run.stopped()) {
                place(session, library)
            } else {
                (Vec::new(), Exit::Stay)
            }
        }
        Action::Results => {
            prepare_results(session, library);
            (Vec::new(), Exit::Results)
        }
        _ => (Vec::new(), Exit::Stay),
    }
}

/// Over the walk's first three lines (position, sections, progress): the
/// question's number, why it is asked, and the estimates so far.
pub fn render_question_header(session: &Session, ctx: Ctx, frame: &mut Frame, body: Rect) {
    let Some(run) = &session.quick else {
        return;
    };
    let w = quick_words(ctx.lang);
    let number = run.step.asked + 1;
    let top = Line::from(vec![
        Span::styled(w.title.to_string(), ctx.theme.title()),
        Span::styled(
            format!(
                " · {}",
                words::question_count(number, run.settings.max_questions, ctx.lang)
            ),
            ctx.theme.dim(),
        ),
    ]);
    let reason = run
        .step
        .next
        .as_ref()
        .map(|q| words::reason_sentence(&q.reason, ctx.lang))
        .unwrap_or_default();
    let estimates = words::estimates_line(&run.step, ctx.lang);
    let lines = [
        top,
        Line::raw(reason),
        Line::styled(estimates, ctx.theme.dim()),
    ];
    for (i, line) in lines.into_iter().enumerate() {
        let row = Rect {
            y: body.y + i as u16,
            height: 1,
            ..body
        };
        if row.bottom() > body.bottom() {
            break;
        }
        frame.render_widget(Clear, row);
        frame.render_widget(Paragraph::new(line), row);
    }
}

/// The result: title line, what it rests on, the table, why it stopped,
/// what the figures are, and what Enter does.
pub fn render_standing(session: &Session, ctx: Ctx, frame: &mut Frame, area: Rect) {
    let Some(run) = &session.quick else {
        return;
    };
    let w = quick_words(ctx.lang);
    let step = &run.step;
    let verdict = match &step.stop {
        Some(stop) => words::stop_sentence(stop, step, ctx.lang),
        None => words::so_far_sentence(step, ctx.lang),
    };
    let table_rows = step.matches.len() as u16 + 1;
    let [title, rests, _, table, _, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(table_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(w.result_title, ctx.theme.title())),
        title,
    );
    frame.render_widget(
        Paragraph::new(words::estimated_from(step, ctx.lang)).style(ctx.theme.dim()),
        rests,
    );
    let names: Vec<String> = step
        .matches
        .iter()
        .map(|m| words::profile_name(&ctx.library.profiles, m.profile.as_str(), ctx.lang))
        .collect();
    let rows: Vec<GridRow> = step
        .matches
        .iter()
        .zip(&names)
        .map(|(m, name)| {
            GridRow::new(vec![
                GridCell::from(format!("{} {name}", m.profile.as_str().to_uppercase())),
                GridCell::from(bilan_report::l10n::percent(m.fit_estimate, ctx.lang)),
                GridCell::from(words::range(m.fit, m.fit_ceiling, ctx.lang)),
            ])
        })
        .collect();
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(12),
        Constraint::Length(24),
    ];
    frame.render_widget(
        Grid::new(
            &widths,
            vec![w.col_profile, w.col_estimate, w.col_range],
            rows,
        )
        .header_style(ctx.theme.dim())
        .selected(0, ctx.theme.chosen()),
        table,
    );
    let mut text = vec![
        Line::styled(
            verdict,
            if step.confident {
                ctx.theme.good()
            } else {
                ctx.theme.warn()
            },
        ),
        Line::raw(""),
        Line::styled(w.estimate_note, ctx.theme.dim()),
        Line::raw(""),
        Line::raw(w.continue_hint),
    ];
    // Little room: the hint on what Enter does goes first, then the note.
    if rest.height < 8 {
        text.drain(1..3);
    }
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), rest);
}
