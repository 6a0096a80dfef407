//! The word tables of one language: [`words`] and the accessors to its
//! parts.

use crate::l10n::en::EN;
use crate::l10n::fr::FR;
use crate::l10n::tables::{Coaching, CoachingDocs, KeyWords, Labels, Strings, Words};
use bilan_core::Lang;

/// Every word in `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
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

/// What each key of the TUI does, in `lang`.
pub fn key_words(lang: Lang) -> &'static KeyWords {
    &words(lang).keys
}
