//! Saving, as the state sees it (no I/O here): what a window knows of its
//! file, the questions it asks when the file changed or was deleted on disk
//! behind its back, a window that only reads because another one writes,
//! and quitting after a failed save.

use std::path::PathBuf;
use std::sync::Arc;

use bilan_core::store::{Fingerprint, Holder, merge_changes};
use bilan_core::{Assessment, Lang};
use bilan_report::l10n::saving;

use super::text_input::TextInput;

/// What a session's window knows of its file.
#[derive(Debug, Clone, Default)]
pub struct DiskState {
    /// The assessment as this window last read or wrote it: "my changes" on
    /// a reload are what differs from it.
    pub base: Option<Assessment>,
    /// The fingerprint of the file's bytes then. `None`: nothing on disk to
    /// protect (the next save writes without asking).
    pub fingerprint: Option<Fingerprint>,
    /// Another window writes this assessment: this one only reads.
    pub read_only: Option<ReadOnly>,
    /// Why the latest changes are not on disk (a failed save, a question
    /// about the file on disk left for later), as the status line said it.
    pub unsaved: Option<String>,
    /// A change on disk the user is asked (or was asked) about.
    pub conflict: Option<Conflict>,
    /// The answers a copy was written with (quitting then needs no question
    /// while they have not changed).
    pub copied: Option<Assessment>,
}

impl DiskState {
    /// Just read or written: `assessment` is what the file holds.
    pub fn synced(assessment: &Assessment, fingerprint: Fingerprint) -> DiskState {
        DiskState {
            base: Some(assessment.clone()),
            fingerprint: Some(fingerprint),
            ..DiskState::default()
        }
    }
}

/// Who writes the assessment a read-only window shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOnly {
    pub holder: Option<Holder>,
}

/// The file changed on disk since this window read or wrote it.
#[derive(Debug, Clone)]
pub enum Conflict {
    /// Its new contents and their fingerprint, or why they cannot be read.
    Changed(Result<(Assessment, Fingerprint), String>),
    Missing,
}

impl Conflict {
    /// What the status line says when the question is left for later.
    pub fn not_saved(&self, lang: Lang) -> &'static str {
        match self {
            Conflict::Changed(_) => saving(lang).not_saved_changed,
            Conflict::Missing => saving(lang).not_saved_missing,
        }
    }
}

/// A file of the saved list that cannot be read, and why.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub path: PathBuf,
    pub error: Arc<bilan_core::Error>,
}

/// Reload: the file's version with this window's changes since it last read
/// or wrote put back on top. `None` when the file could not be read.
pub fn reload(disk: &mut DiskState, mine: &Assessment) -> Option<Assessment> {
    let Some(Conflict::Changed(Ok((theirs, fingerprint)))) = disk.conflict.clone() else {
        return None;
    };
    let base = disk.base.clone().unwrap_or_else(|| theirs.clone());
    let merged = merge_changes(&base, mine, &theirs);
    *disk = DiskState {
        read_only: disk.read_only.take(),
        ..DiskState::synced(&theirs, fingerprint)
    };
    Some(merged)
}

/// Keep mine (or write a deleted file again): the next save writes without
/// asking.
pub fn overwrite(disk: &mut DiskState) {
    disk.conflict = None;
    disk.fingerprint = None;
}

/// Whether quitting needs the question "not saved: quit anyway?".
pub fn needs_asking(disk: &DiskState, assessment: &Assessment) -> bool {
    let unsaved = disk.unsaved.is_some() || disk.conflict.is_some();
    unsaved && disk.copied.as_ref() != Some(assessment)
}

/// The copy's default path: the home folder, under the file's own name.
pub fn default_copy_path(file: &std::path::Path) -> TextInput {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bilan.json".to_string());
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let path = match home {
        Some(home) => home.join(name),
        None => PathBuf::from(name),
    };
    TextInput::with_text(&path.display().to_string())
}

/// The path typed for the copy: `~` is the home folder.
pub fn typed_path(text: &str) -> PathBuf {
    let text = text.trim();
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ if text == "~" => std::env::var_os("HOME").map_or_else(PathBuf::new, PathBuf::from),
        _ => PathBuf::from(text),
    }
}
