//! The words of the line-by-line mode (`bilan new --plain`), in `lang`;
//! the table's shape is in `plain_table.rs`.

use bilan_core::Lang;

use crate::l10n::en::plain::PLAIN as EN;
use crate::l10n::fr::plain::PLAIN as FR;
pub use crate::l10n::plain_table::Plain;

/// The plain mode's words in `lang`.
pub fn plain(lang: Lang) -> &'static Plain {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// `question 12 of 49`.
pub fn question_of(lang: Lang, number: usize, total: usize) -> String {
    let w = plain(lang);
    format!("{} {number} {} {total}", w.question, w.of)
}
