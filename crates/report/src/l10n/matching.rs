//! The words of the matching rule: the rule in one sentence, and why two
//! profiles with the same fit are in the order they are. The domain gives
//! the values ([`Tie`]); the sentences are built here, in both languages.

use bilan_core::matching::{Tie, TieReason};
use bilan_core::{Lang, Localized};

/// The matching rule in one sentence, for the UI and the reports.
pub fn rule_sentence(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => {
            "L'adéquation est la part des niveaux requis que vous atteignez, chaque niveau d'une exigence clé comptant double ; dépasser un niveau ne rapporte ni ne coûte rien, et une question sans réponse compte 0."
        }
        Lang::En => {
            "The fit is the share of the required levels you reach, each level of a core requirement counting double; going beyond a level neither earns nor costs anything, and an unanswered item counts as 0."
        }
    }
}

/// Why a tie was broken, in one sentence in `lang`.
pub fn tie_sentence(tie: &Tie, lang: Lang) -> String {
    let (a, b) = (&tie.first, &tie.second);
    let fit = tie.fit.round();
    match (tie.reason, lang) {
        (TieReason::Closer { first, second }, Lang::Fr) => {
            let (x, y) = distinct_pair(first, second);
            let (x, y) = (x.replace('.', ","), y.replace('.', ","));
            format!(
                "{a} et {b} sont à égalité ({fit:.0} %) : {a} passe devant car le profil entier est plus proche (écart moyen {x} contre {y} niveau)."
            )
        }
        (TieReason::Closer { first, second }, Lang::En) => {
            let (x, y) = distinct_pair(first, second);
            format!(
                "{a} and {b} tie at {fit:.0}%: {a} ranks first because the whole profile is closer (mean distance {x} vs {y} levels)."
            )
        }
        (TieReason::ById, Lang::Fr) => format!(
            "{a} et {b} sont à égalité ({fit:.0} %) et aussi proches l'un que l'autre : ordre alphabétique de l'identifiant."
        ),
        (TieReason::ById, Lang::En) => {
            format!("{a} and {b} tie at {fit:.0}% and are equally close: ordered by profile id.")
        }
    }
}

/// The tie's sentence in both languages, as `bilan match --json` gives it.
pub fn tie_localized(tie: &Tie) -> Localized {
    Localized::new(tie_sentence(tie, Lang::Fr), tie_sentence(tie, Lang::En))
}

/// Two distances with as many decimals (2 to 6) as it takes to tell them
/// apart, so a tie-break never reads "1.33 vs 1.33".
fn distinct_pair(x: f64, y: f64) -> (String, String) {
    (2..=6)
        .map(|d| (format!("{x:.d$}"), format!("{y:.d$}")))
        .find(|(a, b)| a != b)
        .unwrap_or_else(|| (format!("{x:.6}"), format!("{y:.6}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tie(reason: TieReason) -> Tie {
        Tie {
            first: "zz-close".into(),
            second: "aa-far".into(),
            fit: 50.0,
            reason,
        }
    }

    #[test]
    fn a_tie_reads_in_both_languages_with_each_decimal_separator() {
        let closer = tie_localized(&tie(TieReason::Closer {
            first: 1.0,
            second: 3.0,
        }));
        for (text, one, three) in [(&closer.fr, "1,00", "3,00"), (&closer.en, "1.00", "3.00")] {
            assert!(
                text.contains("zz-close") && text.contains("aa-far"),
                "{text}"
            );
            assert!(text.contains(one) && text.contains(three), "{text}");
            assert!(text.contains("50"), "{text}");
        }
        assert_ne!(closer.fr, closer.en, "a French and an English reason");
        let by_id = tie_localized(&tie(TieReason::ById));
        for text in [&by_id.fr, &by_id.en] {
            assert!(
                text.contains("zz-close") && text.contains("aa-far"),
                "{text}"
            );
        }
        assert_ne!(by_id.fr, by_id.en);
    }

    #[test]
    fn tie_distances_get_the_decimals_that_tell_them_apart() {
        assert_eq!(distinct_pair(1.25, 1.5), ("1.25".into(), "1.50".into()));
        assert_eq!(
            distinct_pair(1.3333, 1.3349),
            ("1.333".into(), "1.335".into())
        );
        assert_eq!(
            distinct_pair(0.1234561, 0.1234569),
            ("0.123456".into(), "0.123457".into())
        );
    }
}
