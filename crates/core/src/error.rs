//! The one user-facing error type of the library. Every variant says which
//! file (or field) is wrong, what is wrong, and what to do about it.

use std::path::Path;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "{origin}: line {line}, column {column}: {message}. Fix the JSON there (a missing comma, quote or bracket is the usual cause)."
    )]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("{origin}: line {line}, column {column}, field `{field}`: {message}. {hint}")]
    Shape {
        origin: String,
        line: usize,
        column: usize,
        field: String,
        message: String,
        hint: String,
    },

    #[error("{origin}: field `{field}`: {problem}. What to do: {hint}.")]
    Invalid {
        origin: String,
        field: String,
        problem: String,
        hint: String,
    },

    #[error("{origin}: field `{field}`: unknown item id `{item}`{}. Use an id from `bilan profiles show` or the catalogue.", did_you_mean(.closest))]
    UnknownItem {
        origin: String,
        field: String,
        item: String,
        closest: Vec<String>,
    },

    #[error("unknown profile `{id}`. Known profiles: {}. Run `bilan profiles list` to see them.", .known.join(", "))]
    UnknownProfile { id: String, known: Vec<String> },

    #[error(
        "{origin}: written by a newer bilan (format version {found}; this one reads up to {supported}). Update bilan to open it; the file was left untouched."
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
        "{origin}: cannot {action}: {cause}. Check that the path exists and that you may {action} it."
    )]
    Io {
        origin: String,
        action: &'static str,
        cause: std::io::Error,
    },
}

fn did_you_mean(closest: &[String]) -> String {
    if closest.is_empty() {
        String::new()
    } else {
        format!(" (closest known: {})", closest.join(", "))
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
