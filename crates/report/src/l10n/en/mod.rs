//! Every word of the program in English: one value, so a word missing
//! here is a compile error.

mod answers;
mod coaching;
mod coaching_docs;
mod keys;
pub(in crate::l10n) mod plain;
mod report;
mod saving;
mod ui;

use crate::l10n::tables::Words;

pub(in crate::l10n) static EN: Words = Words {
    ui: ui::UI,
    coaching: coaching::COACHING,
    labels: report::LABELS,
    coaching_docs: coaching_docs::COACHING_DOCS,
    keys: keys::KEYS,
    answers: answers::ANSWERS,
    saving: saving::SAVING,
};
