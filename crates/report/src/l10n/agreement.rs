//! Counts that agree with their noun, in French and English: `1 clé`,
//! `23 clés`; `1 réponse sur 49`, `49 réponses sur 49`. A count is never
//! glued to a word written for one number only.

use crate::l10n::format::plural;
use bilan_core::Lang;

/// `36 of 49 answered` / `36 réponses sur 49`: how many items have an
/// answer, the noun agreeing with the count (French: 0 and 1 singular).
pub fn answered_of(lang: Lang, answered: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("{answered} of {total} answered"),
        Lang::Fr => format!(
            "{answered} {} sur {total}",
            plural(lang, answered, ["réponse", "réponses"])
        ),
    }
}

/// `23 core, 4 secondary` / `23 clés, 4 secondaires`: a profile's
/// requirements by importance.
pub fn requirement_counts(lang: Lang, core: usize, secondary: usize) -> String {
    match lang {
        Lang::En => format!("{core} core, {secondary} secondary"),
        Lang::Fr => format!(
            "{core} {}, {secondary} {}",
            plural(lang, core, ["clé", "clés"]),
            plural(lang, secondary, ["secondaire", "secondaires"])
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(answered_of(Lang::Fr, 49, 49), "49 réponses sur 49");
        assert_eq!(answered_of(Lang::Fr, 1, 49), "1 réponse sur 49");
        assert_eq!(answered_of(Lang::Fr, 0, 49), "0 réponse sur 49");
        assert_eq!(answered_of(Lang::En, 36, 49), "36 of 49 answered");
        assert_eq!(requirement_counts(Lang::Fr, 23, 1), "23 clés, 1 secondaire");
        assert_eq!(requirement_counts(Lang::Fr, 1, 4), "1 clé, 4 secondaires");
        assert_eq!(requirement_counts(Lang::En, 23, 4), "23 core, 4 secondary");
    }
}
