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
//!
//! This file only declares and re-exports: the tables of `fr/` and `en/`
//! name their struct in `tables.rs`, and `words.rs` picks a language, so no
//! module here uses one that uses it back.

pub mod agreement;
pub mod coach;
pub mod derivation;
pub mod ecf;
mod en;
pub mod errors;
pub mod finding;
pub mod format;
mod fr;
pub mod matching;
pub mod notices;
pub mod plain;
mod plain_table;
pub mod quick;
pub mod sources;
mod tables;
pub mod terminal;
mod words;

pub use agreement::{answered_of, requirement_counts};
pub use errors::error;
pub use format::{
    MINUS, Space, bar, colon, count, made_by, number, percent, percent_with, plural, signed,
    signed_levels, truncate, width,
};
pub use tables::{
    Answers, Coaching, CoachingDocs, KeyWords, Labels, LevelZero, Saving, Strings, Words,
};
pub use words::{
    answer_text, answers, coaching, coaching_docs, key_words, labels, level_zero,
    not_applicable_summary, saving, strings, words,
};
