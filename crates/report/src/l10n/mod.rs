//! Every word and number format of the program, in French and English.
//!
//! One value per language holds every word (`fr::FR` and `en::EN`, both of
//! type [`Words`]); its parts are the sub-tables below, each a struct, so a
//! word missing in either language does not compile. Item, profile and
//! guidance texts live in the JSON data; these are only the program's own
//! words. Numbers, colons, plurals and text widths are in [`format`](mod@format), the
//! error messages in [`errors`].
//!
//! Where a new word goes: in the struct of `tables.rs` for the part of the
//! program that shows it, then in `fr/` and `en/` (the compiler lists what
//! is missing).

mod en;
pub mod errors;
pub mod format;
mod fr;
pub mod keys;
pub mod matching;
mod tables;

use bilan_core::Lang;

pub use errors::error;
pub use format::{
    MINUS, Space, bar, colon, number, percent, percent_with, plural, signed, signed_levels,
    truncate, width,
};
pub use tables::{Coaching, CoachingDocs, Labels, Strings};

/// Every word of the program in one language.
#[derive(Debug)]
pub struct Words {
    /// The screens and the command line.
    pub ui: Strings,
    /// The coach's and trainer's screens (comparison, progress, group).
    pub coaching: Coaching,
    /// The headings and labels of the reports (report, plan, guide, job
    /// sheet), in every format.
    pub labels: Labels,
    /// The comparison, progress and cohort documents.
    pub coaching_docs: CoachingDocs,
}

/// Every word in `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &fr::FR,
        Lang::En => &en::EN,
    }
}

// Thin accessors, named as the tables were before they became one, so that
// callers reach the part they use in one call.

/// The words of the screens and the command line in `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    &words(lang).ui
}

/// The coach's and trainer's screen words in `lang`.
pub fn coaching(lang: Lang) -> &'static Coaching {
    &words(lang).coaching
}

/// The report headings and labels in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    &words(lang).labels
}

/// The words of the comparison, progress and cohort documents in `lang`.
pub fn coaching_docs(lang: Lang) -> &'static CoachingDocs {
    &words(lang).coaching_docs
}
