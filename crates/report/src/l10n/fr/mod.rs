//! Every word of the program in French: one value, so a word missing
//! here is a compile error. Beside it, the French of the details the core
//! still words in English inside its errors.

mod answers;
mod coaching;
mod coaching_docs;
pub(super) mod error_details;
mod keys;
pub(in crate::l10n) mod plain;
mod report;
mod saving;
mod ui;

use crate::l10n::tables::Words;

pub(in crate::l10n) static FR: Words = Words {
    ui: ui::UI,
    coaching: coaching::COACHING,
    labels: report::LABELS,
    coaching_docs: coaching_docs::COACHING_DOCS,
    keys: keys::KEYS,
    answers: answers::ANSWERS,
    saving: saving::SAVING,
};
