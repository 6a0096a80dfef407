//! The effects `update` asks for, performed: saving, opening, listing,
//! exporting, and handing long work to the worker. What each produced goes
//! back into the state through `apply`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use super::app::{self, App, Effect, Outcome};
use super::saving::{Conflict, DiskState, ReadOnly};
use super::worker;
use bilan_core::store::{Claim, Lookup, OnDisk, WriteLock};
use bilan_core::{Assessment, Rater, store};

/// Where effects read and write, and the worker long ones run on.
pub struct Io {
    pub data_dir: PathBuf,
    pub worker: worker::Worker,
    /// The lock of the session's assessment, while this window writes it.
    lock: Option<WriteLock>,
}

impl Io {
    /// Temp files a crashed save left in the data folder are removed here,
    /// at start-up.
    pub fn new(data_dir: PathBuf) -> Io {
        store::remove_stale_temps(&data_dir);
        Io {
            data_dir,
            worker: worker::Worker::default(),
            lock: None,
        }
    }

    /// Whatever ended the loop (a key, a signal, a dead terminal): the note
    /// being typed is kept as the note and saved, the lock is given back,
    /// and changes that could not be saved make an error (told on stderr
    /// once the terminal is restored; the exit status is then non-zero).
    pub fn finish(&mut self, app: &mut App) -> anyhow::Result<ExitCode> {
        if app.keep_draft_note() {
            self.perform(app, Effect::Save);
        }
        self.lock = None;
        let Some(session) = app.place.session() else {
            return Ok(ExitCode::SUCCESS);
        };
        let disk = &session.disk;
        match &disk.unsaved {
            Some(reason) if disk.copied.as_ref() != Some(&session.assessment) => {
                let words = bilan_report::l10n::saving(app.lang);
                anyhow::bail!(
                    "{} ({}){}{reason}",
                    words.exit_unsaved,
                    session.path.display(),
                    super::widgets::colon(app.lang)
                )
            }
            _ => Ok(ExitCode::SUCCESS),
        }
    }

    /// Becomes the one writer of `path`, or learns who is (this window
    /// then only reads). A lock that cannot be taken at all (a read-only
    /// folder) leaves the window writing: its saves will say what fails.
    fn claim(&mut self, path: &Path) -> Option<ReadOnly> {
        self.lock = None;
        match store::claim(path) {
            Ok(Claim::Held(lock)) => {
                self.lock = Some(lock);
                None
            }
            Ok(Claim::Taken(holder)) => Some(ReadOnly { holder }),
            Err(_) => None,
        }
    }

    /// Opens a saved assessment, with what its file holds and who writes it.
    fn open(&mut self, app: &mut App, path: PathBuf) -> Result<(), bilan_core::Error> {
        let (assessment, fingerprint) = store::load_tracked(&path)?;
        if let Some(dir) = path.parent() {
            store::remove_stale_temps(dir);
        }
        let disk = Box::new(DiskState {
            read_only: self.claim(&path),
            ..DiskState::synced(&assessment, fingerprint)
        });
        app::apply(
            app,
            Outcome::Opened {
                assessment,
                path,
                disk,
            },
        );
        self.find_counterpart(app);
        Ok(())
    }

    /// Saves the session's assessment, unless this window only reads, or
    /// the file changed or was deleted on disk since this window read or
    /// wrote it (then the user is asked).
    fn save(&mut self, app: &App) -> Option<Outcome> {
        let session = app.place.session()?;
        if session.read_only() {
            return None;
        }
        if let Some(last) = session.disk.fingerprint {
            match store::check_disk(&session.path, last) {
                OnDisk::Unchanged => {}
                OnDisk::Missing => return Some(Outcome::Conflict(Conflict::Missing)),
                OnDisk::Changed(read) => {
                    let read = read.map_err(|e| bilan_report::l10n::error(&e, app.lang));
                    return Some(Outcome::Conflict(Conflict::Changed(read)));
                }
            }
        }
        Some(
            match store::save_tracked(&session.path, &session.assessment) {
                Ok(fingerprint) => Outcome::Saved(fingerprint),
                Err(e) => Outcome::SaveFailed(bilan_report::l10n::error(&e, app.lang)),
            },
        )
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
            Effect::Save => match self.save(app) {
                Some(outcome) => outcome,
                None => return,
            },
            Effect::LoadSummaries => {
                // Off the UI thread: each file is read to be summarised.
                self.worker
                    .list(Arc::clone(&app.library), self.data_dir.clone());
                return;
            }
            Effect::Open(path) => match self.open(app, path) {
                Ok(()) => return,
                Err(e) => failed(e),
            },
            Effect::Create { name, rater, coach } => {
                self.create(app, name, rater, coach);
                return;
            }
            Effect::WriteCopy(path) => {
                let Some(session) = app.place.session() else {
                    return;
                };
                // A folder gets the file under its own name.
                let path = match (path.is_dir(), session.path.file_name()) {
                    (true, Some(name)) => path.join(name),
                    _ => path,
                };
                match store::save_assessment(&path, &session.assessment) {
                    Ok(()) => Outcome::CopyWritten(path),
                    Err(e) => failed(e),
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
            // The loop gives the terminal back and stops or ends.
            Effect::Quit | Effect::Suspend => return,
        };
        app::apply(app, outcome);
    }
}

impl Io {
    /// Starts the assessment of `name` by `rater`, or reopens it when it is
    /// saved already (saying so: `bilan new` on a known person is not a
    /// new file). A coach's name given is kept in the file.
    fn create(&mut self, app: &mut App, name: String, rater: Rater, coach: Option<String>) {
        let lang = app.lang;
        let failed = |e: bilan_core::Error| Outcome::Failed(bilan_report::l10n::error(&e, lang));
        let path = match store::find_assessment(&self.data_dir, &name, rater) {
            // The same person and rater again: carry on with their file.
            Lookup::Found(path) => {
                match self.open(app, path) {
                    Ok(()) => self.reopened(app, coach),
                    Err(e) => app::apply(app, failed(e)),
                }
                return;
            }
            Lookup::New(path) => path,
            // Their file may be the one that cannot be read: no
            // second one is started beside it.
            Lookup::Unreadable { path, error, .. } => {
                let error = bilan_core::Error::UnreadableAssessment {
                    origin: path.display().to_string(),
                    cause: Box::new(error),
                };
                app::apply(app, failed(error));
                return;
            }
        };
        // Someone the other rater already has a file for keeps that
        // file's spelling ("lea roux" → "Léa Roux").
        let fresh = Assessment::new(name, rater, app.lang);
        let mut assessment = match store::find_counterpart(&path, &fresh) {
            Some((_, other)) => Assessment::new(other.person.trim(), rater, app.lang),
            None => fresh,
        };
        if rater == Rater::Coach {
            assessment.coach = coach;
        }
        if self.claim(&path).is_some() {
            // Another window started it a moment ago: open theirs.
            if let Err(e) = self.open(app, path) {
                app::apply(app, failed(e));
            }
            return;
        }
        match store::save_tracked(&path, &assessment) {
            Ok(fingerprint) => {
                let disk = Box::new(DiskState::synced(&assessment, fingerprint));
                app::apply(
                    app,
                    Outcome::Opened {
                        assessment,
                        path,
                        disk,
                    },
                );
                self.find_counterpart(app);
            }
            Err(e) => app::apply(app, failed(e)),
        }
    }

    /// The person's file was there already: the status line says it was
    /// reopened, how far it is and where; a coach's name given is added
    /// when the file has none.
    fn reopened(&mut self, app: &mut App, coach: Option<String>) {
        let Some(session) = app.place.session_mut() else {
            return;
        };
        let named = session.assessment.rater == Rater::Coach
            && session.assessment.coach.is_none()
            && coach.is_some()
            && !session.read_only();
        if named {
            session.assessment.coach = coach;
        }
        let (answered, total) = session.assessment.progress(&app.library.catalogue);
        let text = bilan_report::l10n::coach::reopened(
            app.lang,
            session.assessment.rater,
            answered,
            total,
            &session.path.display().to_string(),
        );
        if named {
            self.perform(app, Effect::Save);
        }
        // Another window writing this file is the news to tell then.
        let read_only = app.place.session().is_some_and(|s| s.read_only());
        if app.status.is_none() && !read_only {
            app.status = Some(app::Status { text, error: false });
        }
    }

    /// Looks for the other rater's file of the session's person.
    fn find_counterpart(&self, app: &mut App) {
        let found = app.place.session().and_then(|session| {
            store::find_counterpart(&session.path, &session.assessment)
                .map(|(path, assessment)| app::Counterpart { path, assessment })
        });
        app::apply(app, Outcome::Counterpart(found));
    }
}
