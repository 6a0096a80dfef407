//! The terminal UI: a small synchronous Elm-style loop. One place reads input
//! (key presses only), the keymap turns keys into actions, `update` changes
//! the state and returns effects, this loop performs them, and the screens
//! render from the state alone.

pub mod action;
pub mod app;
mod coach;
mod context;
mod finding;
mod grid;
mod input;
mod io;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod place;
mod radar;
pub mod saving;
pub mod screens;
pub mod session;
mod signals;
pub mod state;
mod terminal;
mod text;
pub mod text_input;
pub mod theme;
pub mod view;
mod widgets;
pub mod worker;

pub use io::Io;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{Event, KeyEventKind};
use ratatui::layout::Rect;

use crate::settings::Settings;
use bilan_core::{Library, Rater};

use app::{Action, App, Effect, Screen, update};

/// How the TUI opens.
pub enum Start {
    Home,
    New {
        name: String,
        rater: Rater,
        /// The coach's own name (`--coach-name`).
        coach: Option<String>,
        /// Hide the self-rating until each item is rated (`--blind`).
        blind: bool,
    },
    /// A saved file; `true` hides the self-rating until each item is rated.
    Resume(PathBuf, bool),
    /// The quick orientation for this person (a new file, or theirs).
    Quick {
        name: String,
        rater: Rater,
        settings: bilan_core::quick::Settings,
    },
    /// The group screen on these files or folders, against this profile.
    Cohort {
        paths: Vec<PathBuf>,
        profile: String,
    },
}

type Loader = std::thread::JoinHandle<bilan_core::Result<Library>>;

fn finish_loading(loader: Loader, lang: bilan_core::Lang) -> anyhow::Result<Library> {
    match loader.join() {
        Ok(result) => Ok(result?),
        Err(_) => anyhow::bail!(
            "{}",
            bilan_report::l10n::notices::stopped(lang, bilan_report::l10n::notices::Task::Loading)
        ),
    }
}

/// Broken custom files are skipped; the status line says which.
fn report_skipped_files(app: &mut App) {
    if let Some(first) = app.library.warnings.first() {
        let s = bilan_report::l10n::strings(app.lang);
        let first = bilan_report::l10n::error(first, app.lang);
        app.status = Some(app::Status {
            text: format!(
                "{} {}{}{first}",
                app.library.warnings.len(),
                bilan_report::l10n::plural(app.lang, app.library.warnings.len(), s.custom_skipped),
                widgets::colon(app.lang),
            ),
            error: true,
        });
    }
}

/// Counts saved files without reading them, so the first frame stays fast.
fn count_saved(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                name.ends_with(".json") && !name.starts_with('.')
            })
            .count()
    })
}

/// Runs the TUI until the user quits or a signal arrives.
pub fn run(settings: &Settings, start: Start) -> anyhow::Result<ExitCode> {
    // Without a terminal nothing is created: said before any file is touched.
    if !terminal::available() {
        anyhow::bail!(
            "{}",
            bilan_report::l10n::terminal::needs_terminal(settings.lang)
        );
    }
    // A data folder others can reach is made private (or reported) first.
    let folder = bilan_core::store::secure_data_dir(&settings.data_dir);
    // The start screen needs no data: it is drawn while the catalogue and
    // profiles load on another thread, which keeps the first frame instant.
    let config_dir = settings.config_dir.clone();
    let loader = std::thread::spawn(move || Library::load(config_dir.as_deref()));
    let mut io = Io::new(settings.data_dir.clone());
    let (mut app, pending) = match start {
        Start::Home => (App::new(Library::empty(), settings.lang), Some(loader)),
        Start::New {
            name,
            rater,
            coach,
            blind,
        } => {
            let mut app = App::new(finish_loading(loader, settings.lang)?, settings.lang);
            app.blind = blind;
            io.perform(&mut app, Effect::Create { name, rater, coach });
            (app, None)
        }
        Start::Quick {
            name,
            rater,
            settings: quick,
        } => {
            let mut app = App::new(finish_loading(loader, settings.lang)?, settings.lang);
            app.quick_next = Some(quick);
            let coach = None;
            io.perform(&mut app, Effect::Create { name, rater, coach });
            (app, None)
        }
        Start::Resume(path, blind) => {
            let mut app = App::new(finish_loading(loader, settings.lang)?, settings.lang);
            app.blind = blind;
            io.perform(&mut app, Effect::Open(path));
            (app, None)
        }
        Start::Cohort { paths, profile } => {
            let mut app = App::new(finish_loading(loader, settings.lang)?, settings.lang);
            // Found like the command line found it (ignoring case).
            let id = app.library.profile(&profile)?.id.clone();
            app.cohort.profile = app
                .library
                .profiles
                .iter()
                .position(|p| p.id == id)
                .unwrap_or(0);
            for effect in app::open_cohort(&mut app, paths) {
                io.perform(&mut app, effect);
            }
            (app, None)
        }
    };
    if app.place.session().is_none()
        && app.place.screen() != Screen::Cohort
        && let Some(status) = &app.status
    {
        // Could not open what the command line asked for: say so plainly.
        anyhow::bail!("{}", status.text);
    }
    if let Some((text, error)) = bilan_report::l10n::terminal::data_dir_notice(&folder, app.lang) {
        app.status = Some(app::Status { text, error });
    }
    report_skipped_files(&mut app);

    let watcher = signals::Watcher::start()?;
    let (mut terminal, guard) = terminal::init()?;
    let ended = event_loop(&mut terminal, &mut app, &mut io, &watcher, pending);
    let stopped = match &ended {
        Ok(Some(signal)) => Some(*signal),
        Ok(None) => watcher.stopped_by(),
        // A failure may come of a signal being handled (a hang-up): wait
        // for it a little, for the right exit status.
        Err(_) => watcher.stopped_within(Duration::from_millis(200)),
    };
    if !app.quitting {
        // Ended by an error: the work is saved all the same.
        act(&mut app, &mut io, Action::Quit);
    }
    // The note being typed is kept, the lock given back; changes that could
    // not be saved become an error, told once the terminal is restored.
    let finished = io.finish(&mut app);
    drop(guard);
    // Not dropped: its drop shows the cursor again (done already) and, on a
    // terminal that hung up, prints the failure with `eprintln!`, which
    // panics when the error output is that terminal too.
    std::mem::forget(terminal);
    match stopped {
        Some(signal) => {
            if let Err(error) = finished {
                // In the screen's language, like every other error.
                let text = match error.downcast_ref::<bilan_core::Error>() {
                    Some(e) => bilan_report::l10n::error(e, app.lang),
                    None => format!("{error:#}"),
                };
                eprintln!("bilan: {}", bilan_core::text::escape(&text));
            }
            Ok(ExitCode::from(signals::exit_status(signal)))
        }
        None => {
            ended?;
            let code = finished?;
            tell_where_saved(&app);
            Ok(code)
        }
    }
}

fn same_dir(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Once the terminal is restored after quitting: where the assessment is
/// saved and the command that reopens it, in the user's language.
fn tell_where_saved(app: &App) {
    use std::io::Write;
    let Some(session) = app.place.session() else {
        return;
    };
    let path = bilan_core::text::escape(&session.path.display().to_string()).into_owned();
    // By name from the default data folder; by path from anywhere else.
    let in_default = session
        .path
        .parent()
        .is_some_and(|dir| same_dir(dir, &bilan_core::store::default_data_dir()));
    let command = bilan_report::l10n::coach::resume_command(
        &session.assessment.person,
        session.assessment.rater,
        (!in_default).then_some(path.as_str()),
    );
    let text = bilan_report::l10n::coach::saved_where(app.lang, &path, &command);
    let _ = writeln!(std::io::stdout(), "{}", bilan_core::text::sanitize(&text));
}

/// What the loop does after an action's effects.
#[derive(PartialEq, Eq)]
enum Next {
    Go,
    Quit,
    Suspend,
}

/// Applies `action` and performs its effects.
fn act(app: &mut App, io: &mut Io, action: Action) -> Next {
    let mut suspend = false;
    for effect in update(app, action) {
        suspend |= effect == Effect::Suspend;
        io.perform(app, effect);
    }
    // Quitting is the state's to say, once its effects are done.
    if app.quitting {
        Next::Quit
    } else if suspend {
        Next::Suspend
    } else {
        Next::Go
    }
}

/// Draws, reads input and signals, and performs what they ask, until the
/// user quits (`None`), or a terminating signal arrives or the terminal
/// hangs up (that signal): both save and quit too.
fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    io: &mut Io,
    watcher: &signals::Watcher,
    mut pending: Option<Loader>,
) -> anyhow::Result<Option<i32>> {
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    let input = input::Input::start();
    let mut dirty = true;
    loop {
        // A hung-up terminal is no terminal any more, SIGHUP or not (the
        // shell may survive it and keep the signal).
        let stopped = watcher
            .stopped_by()
            .or_else(|| (!terminal::available()).then_some(signals::SIGHUP));
        if stopped.is_some() {
            act(app, io, Action::Quit);
            return Ok(stopped);
        }
        // SIGTSTP is Ctrl-Z; SIGCONT (after `fg`, or a stop from outside)
        // takes the terminal again and draws everything anew.
        let mut suspend = watcher.take_suspend() && act(app, io, Action::Suspend) == Next::Suspend;
        loop {
            if suspend {
                terminal::suspend(terminal)?;
            } else if watcher.take_resumed() {
                terminal::resume(terminal)?;
            } else {
                break;
            }
            suspend = false;
            let size = terminal.size()?;
            update(app, Action::Resize(size.width, size.height));
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| view::render(app, frame))?;
            dirty = false;
            if let Some(loader) = pending.take() {
                app.library = Arc::new(finish_loading(loader, app.lang)?);
                report_skipped_files(app);
                app.home.saved = Some(count_saved(&io.data_dir));
                dirty = true;
                continue;
            }
        }
        let outcomes = io.worker.poll();
        if !outcomes.is_empty() {
            for outcome in outcomes {
                app::apply(app, outcome);
            }
            dirty = true;
            // The result is drawn at once; progress waits for the tick, so
            // keys are still read between two counts.
            if !io.worker.busy() {
                continue;
            }
        }
        // While the worker counts files the screen shows it: poll often.
        let tick = if io.worker.busy() { 50 } else { 200 };
        let Some(event) = input.next(Duration::from_millis(tick))? else {
            continue;
        };
        let action = match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => keymap::action_for(app, &key),
            Event::Mouse(mouse) => {
                let size = terminal.size()?;
                screens::mouse_action(app, Rect::new(0, 0, size.width, size.height), mouse)
            }
            Event::Resize(width, height) => Some(Action::Resize(width, height)),
            _ => None,
        };
        let Some(action) = action else {
            continue;
        };
        dirty = true;
        match act(app, io, action) {
            Next::Go => {}
            Next::Quit => return Ok(None),
            Next::Suspend => {
                terminal::suspend(terminal)?;
                let size = terminal.size()?;
                update(app, Action::Resize(size.width, size.height));
            }
        }
    }
}
