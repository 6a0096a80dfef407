//! bilan: an offline competency self-assessment on the e-CF and the
//! entreprise 2.0 roles. The domain lives in [`model`] and knows nothing of the
//! terminal; [`cli`] and [`tui`] are two front ends over the same functions.
#![forbid(unsafe_code)]

pub mod cli;
pub mod i18n;
pub mod model;
pub mod tui;
