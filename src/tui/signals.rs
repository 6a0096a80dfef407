//! Signals while the TUI runs. A thread turns each into a flag the loop reads
//! on every tick (at most 200 ms apart); the loop owns the terminal and does
//! the rest:
//!
//! - every catchable signal whose default is to end the process (SIGHUP,
//!   SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM) asks the loop to
//!   save and quit; it gives the terminal back (main screen, no mouse
//!   reporting, cooked mode, cursor shown) and the process exits with
//!   128 + the signal's number, SIGINT 130 and SIGTERM 143, so scripts can
//!   tell. After SIGHUP the terminal may be gone: writing to it fails, which
//!   is harmless (a terminal that hangs up with no SIGHUP reaching bilan is
//!   noticed by the loop itself, and ends it the same way). Should the loop
//!   not get there in time (stuck on a read that never ends), this thread
//!   gives the terminal back itself and ends the process: see
//!   [`restore_and_exit`];
//! - SIGTSTP asks the loop to suspend, as Ctrl-Z does; SIGCONT to take the
//!   terminal again and draw everything anew (after `fg`, or after a
//!   `kill -STOP` the program could not see).
//!
//! SIGPIPE stays ignored, as Rust sets it: the TUI writes to a terminal, and
//! a closed output is a write error, which ends the loop like any other.

use std::io::Write;
use std::os::fd::AsFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ratatui::crossterm::Command;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::DisableMouseCapture;
use ratatui::crossterm::terminal::{LeaveAlternateScreen, disable_raw_mode};
use signal_hook::consts::signal::{
    SIGALRM, SIGCONT, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2,
};

pub use signal_hook::consts::signal::SIGHUP;

/// The signals that end the program (after saving and restoring).
pub const TERMINATING: [i32; 7] = [SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM];

/// How long the loop gets to save and restore after a terminating signal
/// before the process is ended anyway.
const DEADLINE: Duration = Duration::from_secs(2);

/// How long the last-resort restore may take (a terminal that does not read
/// its output can block a write): the process ends after it regardless.
const RESTORE_WAIT: Duration = Duration::from_millis(300);

/// What the signals asked for, read by the loop.
pub struct Watcher {
    /// The terminating signal received first, 0 while none.
    stop: Arc<AtomicI32>,
    suspend: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

impl Watcher {
    /// Starts watching. From here on SIGTSTP no longer stops the process by
    /// itself: the loop must call [`Watcher::take_suspend`].
    pub fn start() -> std::io::Result<Watcher> {
        let mut wanted = TERMINATING.to_vec();
        wanted.extend([SIGTSTP, SIGCONT]);
        let mut signals = signal_hook::iterator::Signals::new(wanted)?;
        let watcher = Watcher {
            stop: Arc::new(AtomicI32::new(0)),
            suspend: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
        };
        let (stop, suspend, resumed) = (
            Arc::clone(&watcher.stop),
            Arc::clone(&watcher.suspend),
            Arc::clone(&watcher.resumed),
        );
        std::thread::spawn(move || {
            for signal in signals.forever() {
                match signal {
                    SIGTSTP => suspend.store(true, Ordering::SeqCst),
                    SIGCONT => resumed.store(true, Ordering::SeqCst),
                    _ => {
                        // The first one counts; a second one changes nothing.
                        if stop
                            .compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst)
                            .is_ok()
                        {
                            std::thread::spawn(move || {
                                std::thread::sleep(DEADLINE);
                                restore_and_exit(signal);
                            });
                        }
                    }
                }
            }
        });
        Ok(watcher)
    }

    /// The terminating signal received, if any.
    pub fn stopped_by(&self) -> Option<i32> {
        match self.stop.load(Ordering::SeqCst) {
            0 => None,
            signal => Some(signal),
        }
    }

    /// Waits up to `wait` for a terminating signal: the loop's input fails
    /// when the terminal hangs up, a moment before SIGHUP is seen here.
    pub fn stopped_within(&self, wait: Duration) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Some(signal) = self.stopped_by() {
                return Some(signal);
            }
            if start.elapsed() >= wait {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Whether SIGTSTP arrived since the last call.
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }

    /// Whether SIGCONT arrived since the last call.
    pub fn take_resumed(&self) -> bool {
        self.resumed.swap(false, Ordering::SeqCst)
    }
}

/// The exit status for a terminating signal: 128 + its number.
pub fn exit_status(signal: i32) -> u8 {
    u8::try_from(128 + signal).unwrap_or(1)
}

/// The last resort, when the loop did not end in time after `signal`: gives
/// the terminal back and ends the process at once. It takes no lock the loop
/// could hold: the bytes go to a duplicate of standard output's descriptor,
/// not through `Stdout` (whose lock a stuck thread may keep for ever), and
/// they are written on a thread of their own, waited for a short while only.
/// The process then ends with `_exit`, which flushes nothing and runs no
/// handler that could block.
fn restore_and_exit(signal: i32) -> ! {
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        let mut bytes = String::new();
        let _ = DisableMouseCapture.write_ansi(&mut bytes);
        let _ = LeaveAlternateScreen.write_ansi(&mut bytes);
        let _ = Show.write_ansi(&mut bytes);
        if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
            let _ = std::fs::File::from(fd).write_all(bytes.as_bytes());
        }
        let _ = disable_raw_mode();
        let _ = done.send(());
    });
    let _ = finished.recv_timeout(RESTORE_WAIT);
    signal_hook::low_level::exit(i32::from(exit_status(signal)))
}
