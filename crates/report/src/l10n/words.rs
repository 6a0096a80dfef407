//! The word tables of one language: [`words`] and the accessors to its
//! parts.

use crate::l10n::en::EN;
use crate::l10n::fr::FR;
use crate::l10n::tables::{
    Answers, Coaching, CoachingDocs, KeyWords, Labels, Saving, Strings, Words,
};
use bilan_core::{ItemKind, Lang, Rater};

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

/// What the TUI says about saving, in `lang`.
pub fn saving(lang: Lang) -> &'static Saving {
    &words(lang).saving
}

/// The answers that are not a level 1–5, in `lang`.
pub fn answers(lang: Lang) -> &'static Answers {
    &words(lang).answers
}

/// Level 0 ("not yet practised") in `lang`, worded for the kind of item
/// and for who rates: a trait is "not shown yet", knowledge "not yet
/// learnt", and a coach speaks of the person, not of "me".
pub fn level_zero(lang: Lang, kind: ItemKind, rater: Rater) -> &'static str {
    let z = &answers(lang).level_zero;
    match (kind, rater) {
        (ItemKind::Ecf, Rater::SelfRated) => z.ecf_self,
        (ItemKind::Ecf, Rater::Coach) => z.ecf_coach,
        (ItemKind::Savoir, Rater::SelfRated) => z.savoir_self,
        (ItemKind::Savoir, Rater::Coach) => z.savoir_coach,
        (ItemKind::SavoirFaire, Rater::SelfRated) => z.savoir_faire_self,
        (ItemKind::SavoirFaire, Rater::Coach) => z.savoir_faire_coach,
        (ItemKind::SavoirEtre, Rater::SelfRated) => z.savoir_etre_self,
        (ItemKind::SavoirEtre, Rater::Coach) => z.savoir_etre_coach,
    }
}

/// An answer for people: the level as a number, "not applicable" in words
/// (`short` for a column a few characters wide). Never "0" for it.
pub fn answer_text(answer: bilan_core::Answer, lang: Lang, short: bool) -> String {
    match answer {
        bilan_core::Answer::Level(level) => level.to_string(),
        bilan_core::Answer::NotApplicable if short => {
            answers(lang).not_applicable_short.to_string()
        }
        bilan_core::Answer::NotApplicable => answers(lang).not_applicable_cell.to_string(),
    }
}

/// `2 not applicable. "Not applicable" answers are not scored: …`, after a
/// completeness figure; `None` when nothing was answered so.
pub fn not_applicable_summary(count: usize, lang: Lang) -> Option<String> {
    (count > 0).then(|| {
        let a = answers(lang);
        let word = crate::l10n::format::plural(lang, count, a.not_applicable_count);
        format!("{count} {word}. {}", a.not_scored)
    })
}
