//! Every word of the program in French: one value, so a word missing
//! here is a compile error. Beside it, the French of the details the core
//! still words in English inside its errors.
//!
//! Conventions of the French, held in these words and in the French of
//! `profiles/*.json` (tests/french_typography.rs checks them):
//! - Typography: a no-break space (U+00A0) before `:`, a narrow no-break
//!   space (U+202F) before `;`, `?`, `!` and inside `« »`; never an
//!   ordinary space there. Counts agree with their noun (`plural`).
//! - Gender: the person assessed is « la personne » (agreement in the
//!   feminine with that noun: « la personne évaluée »), never « il »,
//!   « candidat·e » or « seul »; a level descriptor has no gendered
//!   adjective (« en autonomie », not « seul »). A role (le CM, le CNO,
//!   l'ITE, le coach) is a job title and takes the masculine of its noun,
//!   as a job sheet writes it.
//! - Words: the term a French professional would sign, not an anglicism
//!   (commanditaire, emballement négatif, campagne de courriels, tableau de
//!   bord, lettre d'information, calendrier, assistance téléphonique, valeur
//!   métier); role titles (Community Manager, Chief Networking Officer) and
//!   « coach » stay, being the names the trade uses.

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
