//! The terminal UI: a small synchronous Elm-style loop. One place reads input
//! (key presses only), the keymap turns keys into actions, `update` changes
//! the state and returns effects, this loop performs them, and the screens
//! render from the state alone.

pub mod action;
pub mod app;
mod coach;
mod context;
mod grid;
mod io;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod place;
mod radar;
pub mod saving;
pub mod screens;
pub mod session;
pub mod state;
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
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind,
};
use ratatui::crossterm::execute;
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
    },
    Resume(PathBuf),
    /// The group screen on these files or folders, against this profile.
    Cohort {
        paths: Vec<PathBuf>,
        profile: String,
    },
}

type Loader = std::thread::JoinHandle<bilan_core::Result<Library>>;

fn finish_loading(loader: Loader) -> anyhow::Result<Library> {
    match loader.join() {
        Ok(result) => Ok(result?),
        Err(_) => anyhow::bail!("loading the catalogue and profiles failed unexpectedly"),
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
                s.custom_skipped,
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

/// Restores the terminal however the loop ends (return, error or unwind).
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}

/// Installs a panic hook that gives the terminal back before the message.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        ratatui::restore();
        previous(info);
    }));
}

/// How long the loop gets to save and restore after SIGTERM/SIGINT before
/// the process is ended anyway (crossterm can be stuck reading a dead tty).
const SIGNAL_DEADLINE: Duration = Duration::from_secs(2);

/// Watches SIGTERM, SIGINT and SIGHUP on a thread: each asks the loop to
/// save and quit (it restores the terminal) and, should the loop not get
/// there in time, ends the process.
fn watch_signals() -> anyhow::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let stop = Arc::new(AtomicBool::new(false));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP])?;
    let flag = Arc::clone(&stop);
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            // SIGHUP too goes through the loop's quit, which keeps the note
            // being typed; the deadline below ends a loop stuck on a closed
            // input.
            flag.store(true, Ordering::Relaxed);
            std::thread::sleep(SIGNAL_DEADLINE);
            let _ = execute!(std::io::stdout(), DisableMouseCapture);
            ratatui::restore();
            std::process::exit(128 + signal);
        }
    });
    Ok(stop)
}

/// Runs the TUI until the user quits or a signal arrives.
pub fn run(settings: &Settings, start: Start) -> anyhow::Result<ExitCode> {
    // The start screen needs no data: it is drawn while the catalogue and
    // profiles load on another thread, which keeps the first frame instant.
    let config_dir = settings.config_dir.clone();
    let loader = std::thread::spawn(move || Library::load(config_dir.as_deref()));
    let mut io = Io::new(settings.data_dir.clone());
    let (mut app, mut pending) = match start {
        Start::Home => (App::new(Library::empty(), settings.lang), Some(loader)),
        Start::New { name, rater } => {
            let mut app = App::new(finish_loading(loader)?, settings.lang);
            io.perform(&mut app, Effect::Create { name, rater });
            (app, None)
        }
        Start::Resume(path) => {
            let mut app = App::new(finish_loading(loader)?, settings.lang);
            io.perform(&mut app, Effect::Open(path));
            (app, None)
        }
        Start::Cohort { paths, profile } => {
            let mut app = App::new(finish_loading(loader)?, settings.lang);
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
    report_skipped_files(&mut app);

    let stop = watch_signals()?;

    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    let _guard = TerminalGuard;
    let _ = execute!(std::io::stdout(), EnableMouseCapture);

    let size = terminal.size()?;
    update(&mut app, Action::Resize(size.width, size.height));
    let mut dirty = true;
    loop {
        // Before drawing: after SIGHUP the terminal is gone, and a failed
        // draw must not skip the save.
        if stop.load(Ordering::Relaxed) {
            for effect in update(&mut app, Action::Quit) {
                io.perform(&mut app, effect);
            }
            break;
        }
        if dirty {
            terminal.draw(|frame| view::render(&app, frame))?;
            dirty = false;
            if let Some(loader) = pending.take() {
                app.library = Arc::new(finish_loading(loader)?);
                report_skipped_files(&mut app);
                app.home.saved = Some(count_saved(&io.data_dir));
                dirty = true;
                continue;
            }
        }
        let outcomes = io.worker.poll();
        if !outcomes.is_empty() {
            for outcome in outcomes {
                app::apply(&mut app, outcome);
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
        if !event::poll(Duration::from_millis(tick))? {
            continue;
        }
        let action = match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => keymap::action_for(&app, &key),
            Event::Mouse(mouse) => {
                let size = terminal.size()?;
                screens::mouse_action(&app, Rect::new(0, 0, size.width, size.height), mouse)
            }
            Event::Resize(width, height) => Some(Action::Resize(width, height)),
            _ => None,
        };
        let Some(action) = action else {
            continue;
        };
        dirty = true;
        for effect in update(&mut app, action) {
            io.perform(&mut app, effect);
        }
        // Still quitting once the effects are done: a failed save turns
        // quitting into a question instead.
        if app.quitting {
            break;
        }
    }
    io.finish(&mut app)
}
