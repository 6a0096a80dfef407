//! The plain mode's file: the same storage as the TUI's (atomic, private,
//! tracked by fingerprint) and the same rule of one writer per assessment.
//! A new assessment's file is written at its first answer, never before:
//! input that ends before any answer leaves nothing behind.

use std::path::{Path, PathBuf};

use bilan_core::store::{self, Claim, Fingerprint, Holder, Lookup, OnDisk, WriteLock};
use bilan_core::{Assessment, Lang, Rater};
use bilan_report::l10n::plain::plain;
use bilan_report::l10n::saving;

/// An assessment being answered line by line, and what its file holds.
pub struct PlainFile {
    pub assessment: Assessment,
    pub path: PathBuf,
    /// Held while this process writes the file.
    lock: Option<WriteLock>,
    /// What the file held when last read or written (`None`: not written
    /// yet), to notice a change made on disk meanwhile.
    synced: Option<(Assessment, Fingerprint)>,
    lang: Lang,
}

/// What opening found.
pub enum Opening {
    Ready(Box<PlainFile>),
    /// Another window writes this assessment.
    Locked(Option<Holder>),
}

/// Who holds the lock, in one line: `host h, process 12, since 2026-…`.
pub fn holder_text(holder: Option<&Holder>, lang: Lang) -> String {
    let words = saving(lang);
    match holder {
        Some(holder) => {
            let since = holder.since.as_str().replace('T', " ");
            format!(
                "{} {}, {} {}, {} {}",
                words.holder_host,
                bilan_core::text::sanitize(&holder.host),
                words.holder_process,
                holder.pid,
                words.holder_since,
                since.trim_end_matches('Z')
            )
        }
        None => words.holder_unknown.to_string(),
    }
}

/// The message when another window writes the assessment.
pub fn locked_message(holder: Option<&Holder>, lang: Lang) -> String {
    format!("{} ({})", plain(lang).locked, holder_text(holder, lang))
}

/// Becomes the writer of `path`. A lock that cannot be taken at all (a
/// read-only folder) leaves this process writing, as in the TUI: its saves
/// say what fails.
fn claim(path: &Path) -> Result<Option<WriteLock>, Option<Holder>> {
    match store::claim(path) {
        Ok(Claim::Held(lock)) => Ok(Some(lock)),
        Ok(Claim::Taken(holder)) => Err(holder),
        Err(_) => Ok(None),
    }
}

impl PlainFile {
    /// A saved assessment, once this process is its one writer.
    pub fn open(path: PathBuf, lang: Lang) -> anyhow::Result<Opening> {
        let lock = match claim(&path) {
            Ok(lock) => lock,
            Err(holder) => return Ok(Opening::Locked(holder)),
        };
        let (assessment, fingerprint) = store::load_tracked(&path)?;
        if let Some(dir) = path.parent() {
            store::remove_stale_temps(dir);
        }
        Ok(Opening::Ready(Box::new(PlainFile {
            synced: Some((assessment.clone(), fingerprint)),
            assessment,
            path,
            lock,
            lang,
        })))
    }

    /// `bilan new`: the person's saved file if there is one (as the TUI
    /// does), else a new assessment written at its first answer.
    pub fn start(data_dir: &Path, name: &str, rater: Rater, lang: Lang) -> anyhow::Result<Opening> {
        let path = match store::find_assessment(data_dir, name, rater) {
            Lookup::Found(path) => return PlainFile::open(path, lang),
            Lookup::New(path) => path,
            Lookup::Unreadable { path, error, .. } => {
                return Err(bilan_core::Error::UnreadableAssessment {
                    origin: path.display().to_string(),
                    cause: Box::new(error),
                }
                .into());
            }
        };
        // Someone the other rater already has a file for keeps that file's
        // spelling ("lea roux" → "Léa Roux").
        let fresh = Assessment::new(name, rater, lang);
        let assessment = match store::find_counterpart(&path, &fresh) {
            Some((_, other)) => Assessment::new(other.person.trim(), rater, lang),
            None => fresh,
        };
        // The lock now if its folder exists (the lock file goes when this
        // process ends); else at the first answer, which creates the folder.
        let folder_exists = store::lock_path(&path).parent().is_some_and(Path::is_dir);
        let lock = if folder_exists {
            match claim(&path) {
                Ok(lock) => lock,
                Err(holder) => return Ok(Opening::Locked(holder)),
            }
        } else {
            None
        };
        Ok(Opening::Ready(Box::new(PlainFile {
            assessment,
            path,
            lock,
            synced: None,
            lang,
        })))
    }

    /// Whether the file exists (was read, or written once).
    pub fn exists(&self) -> bool {
        self.synced.is_some()
    }

    /// Saves the assessment as the TUI does. A change made on disk
    /// meanwhile is kept, this process's answers put back on top (returns
    /// `true` then); a file deleted or unreadable on disk is not
    /// overwritten, and saving stops with an error.
    pub fn save(&mut self) -> anyhow::Result<bool> {
        let words = plain(self.lang);
        if self.lock.is_none() && self.synced.is_none() {
            match claim(&self.path) {
                Ok(lock) => self.lock = lock,
                Err(holder) => anyhow::bail!("{}", locked_message(holder.as_ref(), self.lang)),
            }
        }
        let mut merged = false;
        if let Some((base, fingerprint)) = &self.synced {
            match store::check_disk(&self.path, *fingerprint) {
                OnDisk::Unchanged => {}
                OnDisk::Missing => anyhow::bail!("{} ({})", words.deleted, self.path.display()),
                OnDisk::Changed(read) => match *read {
                    Ok((theirs, _)) => {
                        self.assessment = store::merge_changes(base, &self.assessment, &theirs);
                        merged = true;
                    }
                    Err(e) => anyhow::bail!(
                        "{} ({}{}{})",
                        words.changed_unreadable,
                        self.path.display(),
                        bilan_report::l10n::colon(self.lang, bilan_report::l10n::Space::NoBreak),
                        bilan_report::l10n::error(&e, self.lang)
                    ),
                },
            }
        }
        let fingerprint = store::save_tracked(&self.path, &self.assessment)?;
        self.synced = Some((self.assessment.clone(), fingerprint));
        Ok(merged)
    }
}
