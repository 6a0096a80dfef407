//! bilan: an offline competency self-assessment on the e-CF and the
//! entreprise 2.0 roles. The domain is the `bilan_core` crate and knows nothing
//! of the terminal; documents and words are `bilan_report`; [`cli`], [`tui`]
//! and [`plain`] (line by line) are front ends over the same functions.
#![forbid(unsafe_code)]

pub mod cli;
pub mod plain;
pub mod settings;
pub mod tui;
