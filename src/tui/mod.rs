//! The terminal UI: a small synchronous Elm-style loop. One place reads input
//! (key presses only), the keymap turns keys into actions, `update` changes
//! the state and returns effects, this loop performs them, and the screens
//! render from the state alone.

pub mod action;
pub mod app;
mod coach;
mod context;
mod grid;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod place;
mod radar;
pub mod screens;
pub mod session;
pub mod state;
mod text;
pub mod text_input;
pub mod theme;
pub mod view;
mod widgets;
pub mod worker;

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
use bilan_core::{Assessment, Library, Rater, store};

use app::{Action, App, Effect, Outcome, Screen, update};

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

/// Where effects read and write, and the worker long ones run on.
pub struct Io {
    pub data_dir: PathBuf,
    pub worker: worker::Worker,
}

impl Io {
    pub fn new(data_dir: PathBuf) -> Io {
        Io {
            data_dir,
            worker: worker::Worker::default(),
        }
    }

    /// Waits for the work in flight and applies what it produced.
    pub fn finish_work(&mut self, app: &mut App) {
        for outcome in self.worker.wait() {
            app::apply(app, outcome);
        }
    }

    /// Performs one effect; what it produced goes back into the state (long
    /// ones later, from the worker: see [`worker`]).
    pub fn perform(&mut self, app: &mut App, effect: Effect) {
        // Errors are told in the screen's language.
        let lang = app.lang;
        let failed = |e: bilan_core::Error| Outcome::Failed(bilan_report::l10n::error(&e, lang));
        let outcome = match effect {
            Effect::Save => match app.place.session() {
                Some(session) => match store::save_assessment(&session.path, &session.assessment) {
                    Ok(()) => Outcome::Saved,
                    Err(e) => failed(e),
                },
                None => return,
            },
            Effect::LoadSummaries => {
                // Off the UI thread: each file is read to be summarised.
                self.worker
                    .list(Arc::clone(&app.library), self.data_dir.clone());
                return;
            }
            Effect::Open(path) => match store::load_assessment(&path) {
                Ok(assessment) => {
                    app::apply(app, Outcome::Opened { assessment, path });
                    self.find_counterpart(app);
                    return;
                }
                Err(e) => failed(e),
            },
            Effect::Create { name, rater } => {
                let path = store::assessment_path(&self.data_dir, &name, rater);
                // The same person and rater again: carry on with their file.
                let assessment = match store::load_assessment(&path) {
                    Ok(existing) => existing,
                    Err(_) if !path.exists() => {
                        // Someone the other rater already has a file for keeps
                        // that file's spelling ("lea roux" → "Léa Roux").
                        let fresh = Assessment::new(name, rater, app.lang);
                        match store::find_counterpart(&path, &fresh) {
                            Some((_, other)) => {
                                Assessment::new(other.person.trim(), rater, app.lang)
                            }
                            None => fresh,
                        }
                    }
                    Err(e) => {
                        app::apply(app, failed(e));
                        return;
                    }
                };
                if let Err(e) = store::save_assessment(&path, &assessment) {
                    failed(e)
                } else {
                    app::apply(app, Outcome::Opened { assessment, path });
                    self.find_counterpart(app);
                    return;
                }
            }
            Effect::LoadEarlierRound => match app.place.session() {
                Some(session) => Outcome::EarlierRound(
                    store::earlier_rounds(&session.path, &session.assessment)
                        .into_iter()
                        .next(),
                ),
                None => return,
            },
            Effect::KeepRound => match app.place.session() {
                Some(session) => match store::archive_round(&session.path, &session.assessment) {
                    Ok(path) => Outcome::RoundKept(path),
                    Err(e) => failed(e),
                },
                None => return,
            },
            Effect::OpenPair {
                first,
                second,
                kind,
            } => match (
                store::load_assessment(&first),
                store::load_assessment(&second),
            ) {
                (Ok(first), Ok(second)) => Outcome::Pair {
                    kind,
                    first,
                    second,
                },
                (Err(e), _) | (_, Err(e)) => failed(e),
            },
            Effect::Cohort { paths, profile } => {
                // The saved assessments: the data folder's own files, not
                // the kept rounds or reports in its sub-folders.
                let paths = if paths.is_empty() {
                    store::json_files(&self.data_dir)
                } else {
                    paths
                };
                // Off the UI thread: 100,000 files take seconds.
                self.worker
                    .analyse(std::sync::Arc::clone(&app.library), profile, paths, lang);
                return;
            }
            Effect::CancelCohort => {
                self.worker.cancel();
                return;
            }
            Effect::ExportCohort => match &app.cohort.cohort {
                Some(cohort) => {
                    match bilan_report::export_cohort_html(&self.data_dir, cohort, app.lang) {
                        Ok(path) => Outcome::Exported(path),
                        Err(e) => failed(e),
                    }
                }
                None => return,
            },
            Effect::FindCounterpart => {
                self.find_counterpart(app);
                return;
            }
            Effect::Export => {
                // The report compares with the other rating as it is now.
                self.find_counterpart(app);
                let Some(session) = app.place.session() else {
                    return;
                };
                match bilan_report::export_html(
                    &self.data_dir,
                    &app.library,
                    &session.assessment,
                    session.counterpart.as_ref().map(|c| &c.assessment),
                    app.lang,
                ) {
                    Ok(path) => Outcome::Exported(path),
                    Err(e) => failed(e),
                }
            }
            Effect::Quit => return,
        };
        app::apply(app, outcome);
    }
}

impl Io {
    /// Looks for the other rater's file of the session's person.
    fn find_counterpart(&self, app: &mut App) {
        let found = app.place.session().and_then(|session| {
            store::find_counterpart(&session.path, &session.assessment)
                .map(|(path, assessment)| app::Counterpart { path, assessment })
        });
        app::apply(app, Outcome::Counterpart(found));
    }
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
        app.status = Some(app::Status {
            text: format!(
                "{} {}: {first}",
                app.library.warnings.len(),
                s.custom_skipped
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

/// Watches SIGTERM, SIGINT and SIGHUP on a thread. SIGTERM and SIGINT ask the
/// loop to save and quit (it restores the terminal) and, should the loop not
/// get there in time, end the process. SIGHUP means the terminal is gone: the
/// work is already saved after each change, so the process ends at once
/// rather than spin on a closed input.
fn watch_signals() -> anyhow::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let stop = Arc::new(AtomicBool::new(false));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP])?;
    let flag = Arc::clone(&stop);
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            if signal == SIGHUP {
                std::process::exit(128 + SIGHUP);
            }
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
        if stop.load(Ordering::Relaxed) {
            for effect in update(&mut app, Action::Quit) {
                io.perform(&mut app, effect);
            }
            break;
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
        let mut quit = false;
        for effect in update(&mut app, action) {
            quit |= effect == Effect::Quit;
            io.perform(&mut app, effect);
        }
        if quit {
            break;
        }
    }
    Ok(ExitCode::SUCCESS)
}
