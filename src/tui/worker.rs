//! Long effects off the UI thread: the group analysis runs on a worker that
//! counts the files it has read and stops when asked, and the saved files are
//! listed on another. The loop keeps drawing and reading keys; it polls the
//! worker on each tick and feeds progress and results back through `apply`,
//! like any other outcome.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::thread::JoinHandle;

use bilan_core::cohort::{Cohort, analyse_with};
use bilan_core::{Lang, Library, store};

use super::saving::Unreadable;
use super::state::Outcome;

/// One group analysis in flight.
struct Job {
    cancel: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    /// `None` when cancelled, else the analysis (or why it could not start).
    result: Receiver<Option<Result<Cohort, String>>>,
    handle: JoinHandle<()>,
}

/// The worker's slot: at most one analysis runs; starting another cancels it.
#[derive(Default)]
pub struct Worker {
    job: Option<Job>,
    /// The saved files being listed (read and summarised one by one).
    listing: Option<(Receiver<Outcome>, JoinHandle<()>)>,
    /// Progress last told to the state, so an idle tick applies nothing.
    told: (usize, usize),
}

impl Worker {
    /// Starts analysing `paths` against the profile `profile` of `library`.
    pub fn analyse(
        &mut self,
        library: Arc<Library>,
        profile: String,
        paths: Vec<PathBuf>,
        lang: Lang,
    ) {
        self.cancel();
        let cancel = Arc::new(AtomicBool::new(false));
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let (send, result) = channel();
        let (flag, done_w, total_w) = (Arc::clone(&cancel), Arc::clone(&done), Arc::clone(&total));
        let handle = std::thread::spawn(move || {
            let outcome = match library.profile(&profile) {
                Ok(profile) => {
                    // Two stores per file: the loop reads them when it draws.
                    let progress = |d: usize, t: usize| {
                        total_w.store(t, Ordering::Relaxed);
                        done_w.fetch_max(d, Ordering::Relaxed);
                    };
                    analyse_with(&library, profile, paths, &progress, &flag).map(Ok)
                }
                Err(e) => Some(Err(bilan_report::l10n::error(&e, lang))),
            };
            // The loop may have gone (quit): nobody to tell.
            let _ = send.send(outcome);
        });
        self.job = Some(Job {
            cancel,
            done,
            total,
            result,
            handle,
        });
        self.told = (0, 0);
    }

    /// Lists the assessments saved in `data_dir` (for the resume list and
    /// the start screen's count); a folder of thousands takes a while.
    pub fn list(&mut self, library: Arc<Library>, data_dir: PathBuf) {
        let (send, result) = channel();
        let handle = std::thread::spawn(move || {
            let (list, problems) = store::list_assessments(&data_dir, &library.catalogue);
            let unreadable = problems
                .into_iter()
                .map(|(path, error)| Unreadable {
                    path,
                    error: Arc::new(error),
                })
                .collect();
            let _ = send.send(Outcome::Summaries { list, unreadable });
        });
        // A listing still running is simply superseded: same folder, later.
        self.listing = Some((result, handle));
    }

    /// Asks the running analysis to stop; its result is never applied.
    pub fn cancel(&mut self) {
        if let Some(job) = self.job.take() {
            job.cancel.store(true, Ordering::Relaxed);
            // Not joined: the worker stops at its next file on its own.
            drop(job.handle);
        }
    }

    pub fn busy(&self) -> bool {
        self.job.is_some() || self.listing.is_some()
    }

    /// The listing's result, once.
    fn poll_listing(&mut self) -> Option<Outcome> {
        let (result, _) = self.listing.as_ref()?;
        match result.try_recv() {
            Ok(outcome) => {
                self.listing = None;
                Some(outcome)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.listing = None;
                Some(Outcome::Failed(
                    stopped(bilan_report::l10n::notices::Task::Listing).into(),
                ))
            }
        }
    }

    /// What changed since the last poll: progress, then the result once.
    pub fn poll(&mut self) -> Vec<Outcome> {
        let mut outcomes: Vec<Outcome> = self.poll_listing().into_iter().collect();
        let Some(job) = &self.job else {
            return outcomes;
        };
        let now = (
            job.done.load(Ordering::Relaxed),
            job.total.load(Ordering::Relaxed),
        );
        if now != self.told {
            self.told = now;
            outcomes.push(Outcome::CohortProgress {
                done: now.0,
                total: now.1,
            });
        }
        match job.result.try_recv() {
            Ok(result) => {
                outcomes.extend(finished(result));
                self.job = None;
            }
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                self.job = None;
                outcomes.push(Outcome::Failed(
                    stopped(bilan_report::l10n::notices::Task::Group).into(),
                ));
            }
        }
        outcomes
    }

    /// Waits for the running analysis (tests, and a start on the group
    /// screen from the command line, whose errors are told before drawing).
    pub fn wait(&mut self) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        if let Some((result, handle)) = self.listing.take() {
            outcomes.extend(result.recv().ok());
            let _ = handle.join();
        }
        let Some(job) = self.job.take() else {
            return outcomes;
        };
        let result = job.result.recv();
        let _ = job.handle.join();
        match result {
            Ok(result) => outcomes.extend(finished(result)),
            Err(_) => outcomes.push(Outcome::Failed(
                stopped(bilan_report::l10n::notices::Task::Group).into(),
            )),
        }
        outcomes
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.cancel();
    }
}

fn finished(result: Option<Result<Cohort, String>>) -> Vec<Outcome> {
    match result {
        Some(Ok(cohort)) => vec![Outcome::Cohort(cohort)],
        Some(Err(message)) => vec![Outcome::Failed(message)],
        None => Vec::new(),
    }
}

/// What `task` stopping says, in the language of the locale (these threads
/// only stop early on a bug, before any screen could say it otherwise).
fn stopped(task: bilan_report::l10n::notices::Task) -> &'static str {
    bilan_report::l10n::notices::stopped(bilan_core::Lang::detect(), task)
}
