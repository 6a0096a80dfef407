//! Input on a thread of its own: key presses, mouse events and resizes, read
//! by crossterm and handed to the loop through a channel.
//!
//! So the loop never waits on the terminal itself: it wakes at each tick to
//! read the signals' flags and to notice a terminal that hung up. Crossterm
//! retries a failed read at once, for ever, on a hung-up terminal; were it
//! on the loop's thread, the loop would never get to save and restore, and
//! without SIGHUP (a shell that survives the hang-up) the process would spin
//! until killed. Here only this thread spins, until the loop ends the
//! process.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

pub struct Input {
    events: Receiver<std::io::Result<Event>>,
}

impl Input {
    /// Starts reading. Nothing else may read crossterm's events from now on.
    pub fn start() -> Input {
        let (send, events) = mpsc::channel();
        std::thread::spawn(move || {
            loop {
                let event = event::read();
                let failed = event.is_err();
                // The loop has gone, or reading failed for good: stop.
                if send.send(event).is_err() || failed {
                    return;
                }
            }
        });
        Input { events }
    }

    /// The next event, waiting at most `timeout`; `None` when none came.
    pub fn next(&self, timeout: Duration) -> std::io::Result<Option<Event>> {
        match self.events.recv_timeout(timeout) {
            Ok(event) => event.map(Some),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(std::io::Error::other(stopped(
                bilan_report::l10n::notices::Task::Keyboard,
            ))),
        }
    }
}

/// What `task` stopping says, in the language of the locale (these threads
/// only stop early on a bug, before any screen could say it otherwise).
fn stopped(task: bilan_report::l10n::notices::Task) -> &'static str {
    bilan_report::l10n::notices::stopped(bilan_core::Lang::detect(), task)
}
