//! Taking the terminal and giving it back: raw mode, the alternate screen
//! and mouse reporting on the way in; cooked mode, the main screen, no mouse
//! reporting and a visible cursor on the way out, however the loop ends
//! (return, error, panic, signal) and around a suspension (Ctrl-Z, SIGTSTP).

use std::io::{IsTerminal, stdout};

use ratatui::DefaultTerminal;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Rect;
use signal_hook::consts::signal::SIGSTOP;

/// Whether the TUI can run here: it reads keys from standard input and
/// draws on standard output, so both must be a terminal (not `</dev/null`,
/// a pipe, or cron).
pub fn available() -> bool {
    std::io::stdin().is_terminal() && stdout().is_terminal()
}

/// Raw mode, the alternate screen, mouse reporting.
fn enter() -> std::io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)
}

/// Gives the terminal back. Each step is tried even when one fails: after a
/// hang-up every write fails, harmlessly. Nothing is printed about it (the
/// error output may be the dead terminal too).
pub fn leave() {
    let _ = execute!(stdout(), DisableMouseCapture);
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), LeaveAlternateScreen, Show);
}

/// Takes the terminal and returns the drawing surface; [`Guard`] gives it
/// back.
pub fn init() -> std::io::Result<(DefaultTerminal, Guard)> {
    install_panic_hook();
    let guard = Guard;
    enter()?;
    let terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
}

/// Gives the terminal back when dropped (return, error or unwind).
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        leave();
    }
}

/// Gives the terminal back before the panic's message.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
}

/// Suspends the program as a shell's job control expects: the terminal is
/// given back, the process stops (SIGSTOP, which nothing can catch or ignore,
/// so it stops even where SIGTSTP would be discarded); when continued (`fg`,
/// SIGCONT) it takes the terminal again and everything is drawn anew.
pub fn suspend(terminal: &mut DefaultTerminal) -> std::io::Result<()> {
    leave();
    signal_hook::low_level::raise(SIGSTOP)?;
    resume(terminal)
}

/// Takes the terminal again after a stop, and makes the next draw a full
/// one: the screen may show anything meanwhile (the shell, another program).
pub fn resume(terminal: &mut DefaultTerminal) -> std::io::Result<()> {
    // Out of raw mode first: after a stop the program did not see (SIGSTOP
    // from outside) the shell may have reset the modes behind crossterm's
    // back, and crossterm would think raw mode still on.
    let _ = disable_raw_mode();
    enter()?;
    // `resize` clears the screen and forgets what was drawn, so the next
    // draw is a full one. (`clear` would ask the terminal where its cursor
    // is, through the input the input thread is reading.)
    let size = terminal.size()?;
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}
