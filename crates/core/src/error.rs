//! The one user-facing error type of the library. Every variant says which
//! file (or field) is wrong, what is wrong, and what to do about it.

use std::path::Path;

use crate::text::{escape, quote, tame};

pub type Result<T, E = Error> = std::result::Result<T, E>;

// Every string a message shows may come from a file (a path, an id, a
// parser message quoting a value): it is shown through `text::escape`,
// `text::quote` or `text::tame`, so an escape sequence in a file cannot
// reach the terminal and a huge value cannot make a huge line. The French
// of `bilan_report::l10n::error` does the same.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "{}: line {line}, column {column}: {}. Fix the JSON there (a missing comma, quote or bracket is the usual cause).",
        escape(.origin), tame(.message)
    )]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("{}: line {line}, column {column}, field `{}`: {}. {}", escape(.origin), quote(.field), tame(.message), tame(.hint))]
    Shape {
        origin: String,
        line: usize,
        column: usize,
        field: String,
        message: String,
        hint: String,
    },

    #[error("{}: field `{}`: {}. What to do: {}.", escape(.origin), quote(.field), tame(.problem), tame(.hint))]
    Invalid {
        origin: String,
        field: String,
        problem: String,
        hint: String,
    },

    #[error("{}: field `{}`: unknown item id `{}`{}. Use an id from `bilan profiles show` or the catalogue.", escape(.origin), quote(.field), quote(.item), did_you_mean(.closest))]
    UnknownItem {
        origin: String,
        field: String,
        item: String,
        closest: Vec<String>,
    },

    #[error("unknown profile `{}`. Known profiles: {}. Run `bilan profiles list` to see them.", quote(.id), quoted_list(.known))]
    UnknownProfile { id: String, known: Vec<String> },

    #[error(
        "{}: written by a newer bilan (format version {found}; this one reads up to {supported}). Update bilan to open it; the file was left untouched.",
        escape(.origin)
    )]
    NewerSchema {
        origin: String,
        found: u32,
        supported: u32,
    },

    /// `bilan new` and `bilan resume` found the person's file under their
    /// name but cannot read it: nothing is started beside it.
    #[error(
        "{origin}: this person's assessment by this rater is saved there but cannot be read, so no second one is started beside it. {cause} Once that file is fixed (or moved out of the folder), start again."
    )]
    UnreadableAssessment { origin: String, cause: Box<Error> },

    // The OS reason is part of the message, so it is deliberately not a
    // `source`: `{:#}` (anyhow) would print it a second time.
    #[error(
        "{}: cannot {action}: {}. Check that the path exists and that you may {action} it.",
        escape(.origin), io_cause(.cause)
    )]
    Io {
        origin: String,
        action: &'static str,
        cause: std::io::Error,
    },

    /// A path to read that is not a regular file: a folder, a named pipe
    /// (which would wait for a writer forever), a device such as
    /// `/dev/zero` (which never ends) or a socket.
    #[error(
        "{}: cannot read: it is {}, not a regular file. Give the path of a JSON file (bilan reads regular files only).",
        escape(.origin), .kind.english()
    )]
    NotAFile { origin: String, kind: FileKind },

    /// A file larger than bilan reads for its kind ([`crate::store::ASSESSMENT_LIMIT`],
    /// [`crate::store::DEFINITION_LIMIT`]).
    #[error(
        "{}: cannot read: the file is larger than {} MB, the most bilan reads for {} (a real one is far smaller). Check that it is the right file.",
        escape(.origin), .limit >> 20, .what.english()
    )]
    TooLarge {
        origin: String,
        limit: u64,
        what: FileRole,
    },
}

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    /// A named pipe (FIFO).
    Fifo,
    Socket,
    /// A character or block device, such as `/dev/zero`.
    Device,
    Other,
}

impl FileKind {
    pub fn english(self) -> &'static str {
        match self {
            FileKind::Folder => "a folder",
            FileKind::Fifo => "a named pipe (FIFO)",
            FileKind::Socket => "a socket",
            FileKind::Device => "a device",
            FileKind::Other => "a special file",
        }
    }

    /// What `metadata` (of a path, links followed) describes, when it is
    /// not a regular file.
    pub fn of(metadata: &std::fs::Metadata) -> Option<FileKind> {
        let kind = metadata.file_type();
        if kind.is_file() {
            return None;
        }
        if kind.is_dir() {
            return Some(FileKind::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                return Some(FileKind::Fifo);
            }
            if kind.is_socket() {
                return Some(FileKind::Socket);
            }
            if kind.is_char_device() || kind.is_block_device() {
                return Some(FileKind::Device);
            }
        }
        Some(FileKind::Other)
    }
}

/// Which kind of file a size limit is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRole {
    Assessment,
    /// A profile, a catalogue or guidance.
    Definition,
}

impl FileRole {
    pub fn english(self) -> &'static str {
        match self {
            FileRole::Assessment => "an assessment",
            FileRole::Definition => "a profile or catalogue",
        }
    }
}

/// The operating system's reason, escaped like any text.
fn io_cause(cause: &std::io::Error) -> String {
    escape(&cause.to_string()).into_owned()
}

fn quoted_list(values: &[String]) -> String {
    values
        .iter()
        .map(|v| quote(v))
        .collect::<Vec<_>>()
        .join(", ")
}

fn did_you_mean(closest: &[String]) -> String {
    if closest.is_empty() {
        String::new()
    } else {
        format!(" (closest known: {})", quoted_list(closest))
    }
}

impl Error {
    pub fn invalid(
        origin: impl Into<String>,
        field: impl Into<String>,
        problem: impl Into<String>,
        hint: impl Into<String>,
    ) -> Error {
        Error::Invalid {
            origin: origin.into(),
            field: field.into(),
            problem: problem.into(),
            hint: hint.into(),
        }
    }

    pub fn io(path: &Path, action: &'static str, source: std::io::Error) -> Error {
        Error::Io {
            origin: path.display().to_string(),
            action,
            cause: source,
        }
    }
}
