//! The effects `update` asks for, performed: saving, opening, listing,
//! exporting, and handing long work to the worker. What each produced goes
//! back into the state through `apply`.

use std::path::PathBuf;
use std::sync::Arc;

use super::app::{self, App, Effect, Outcome};
use super::worker;
use bilan_core::{Assessment, store};

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
            // The loop gives the terminal back and stops or ends.
            Effect::Quit | Effect::Suspend => return,
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
