//! The words of the matching rule: the rule in one sentence, why two
//! profiles with the same fit are in the order they are, whether the first
//! place is decided, and the parts of each fit. The domain gives the values
//! ([`Tie`], [`Ranking`], [`MatchResult`]); the sentences are built here, in
//! both languages, and every figure is rounded once, by [`percent`] or
//! [`number`], from the exact value.

use crate::fits::{BlockRow, Fit};
use crate::l10n::format::{Space, colon, number, percent, percent_with};
use bilan_core::matching::{Ranking, Tie, TieReason};
use bilan_core::{Catalogue, Lang, Localized};

/// The matching rule in one sentence, for the UI and the reports.
pub fn rule_sentence(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => {
            "L'adéquation est la part des niveaux requis que vous atteignez, chaque niveau d'une exigence clé comptant double\u{202f}; dépasser un niveau ne rapporte ni ne coûte rien, et une question sans réponse compte 0."
        }
        Lang::En => {
            "The fit is the share of the required levels you reach, each level of a core requirement counting double; going beyond a level neither earns nor costs anything, and an unanswered item counts as 0."
        }
    }
}

/// Why a tie was broken, in one sentence in `lang`.
pub fn tie_sentence(tie: &Tie, lang: Lang) -> String {
    let (a, b) = (&tie.first, &tie.second);
    let fit = percent(tie.fit, lang);
    match (tie.reason, lang) {
        (TieReason::Closer { first, second }, Lang::Fr) => {
            let (x, y) = distinct_pair(first, second);
            let (x, y) = (x.replace('.', ","), y.replace('.', ","));
            format!(
                "{a} et {b} sont à égalité ({fit})\u{a0}: {a} passe devant car le profil entier est plus proche (écart moyen {x} contre {y} niveau)."
            )
        }
        (TieReason::Closer { first, second }, Lang::En) => {
            let (x, y) = distinct_pair(first, second);
            format!(
                "{a} and {b} tie at {fit}: {a} ranks first because the whole profile is closer (mean distance {x} vs {y} levels)."
            )
        }
        (TieReason::ById, Lang::Fr) => format!(
            "{a} et {b} sont à égalité ({fit}) et aussi proches l'un que l'autre\u{a0}: ordre alphabétique de l'identifiant."
        ),
        (TieReason::ById, Lang::En) => {
            format!("{a} and {b} tie at {fit} and are equally close: ordered by profile id.")
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

/// The short words of the ranking's parts, in one language.
#[derive(Debug)]
pub struct RankingWords {
    /// The fit with each unanswered item guessed.
    pub estimate: &'static str,
    /// Its short form, where room is scarce.
    pub estimate_short: &'static str,
    /// The fit with each unanswered item counted as met.
    pub ceiling: &'static str,
    /// The e-CF block.
    pub ecf: &'static str,
    /// The traits block (savoir, savoir-faire, savoir-être).
    pub traits: &'static str,
    /// What a block's or a gap's figures count: points of fit.
    pub points: &'static str,
    /// Before the list of core requirements at 0 (one, several).
    pub core_not_started: [&'static str; 2],
    /// The target level, beside the next step.
    pub target: &'static str,
    /// The level word of "next step (level 2)".
    pub level: &'static str,
    /// "Next step", as a label.
    pub next_step: &'static str,
    /// Column and heading words of the ranking's parts.
    pub parts: &'static str,
    /// Whom a plan is for when no profile is reached.
    pub first_listed: &'static str,
    /// Under a group's people: how they are ranked.
    pub cohort_note: &'static str,
    /// How the floor, the estimate and the ceiling are made, for an
    /// incomplete assessment.
    pub bounds_note: &'static str,
}

const FR_WORDS: RankingWords = RankingWords {
    estimate: "estimation",
    estimate_short: "estim.",
    ceiling: "plafond",
    ecf: "e-CF",
    traits: "savoirs, savoir-faire, savoir-être",
    points: "points d'adéquation",
    core_not_started: [
        "Exigence clé pas encore commencée",
        "Exigences clés pas encore commencées",
    ],
    target: "cible",
    level: "niveau",
    next_step: "Prochaine étape",
    parts: "Parts de l'adéquation",
    first_listed: "le premier profil de la liste",
    cohort_note: "Les personnes sont classées par adéquation, un plancher\u{a0}: une exigence sans \
                  réponse compte 0\u{202f}; le plafond la compte comme atteinte.",
    bounds_note: "Les questions sans réponse comptant 0, chaque adéquation est un plancher\u{202f}; \
                  l'estimation devine chaque réponse manquante d'après les autres réponses du même \
                  domaine (leur moyenne, arrondie à l'inférieur), et le plafond la compte comme atteinte.",
};

const EN_WORDS: RankingWords = RankingWords {
    estimate: "estimate",
    estimate_short: "est.",
    ceiling: "ceiling",
    ecf: "e-CF",
    traits: "traits",
    points: "points of fit",
    core_not_started: [
        "Core requirement not started",
        "Core requirements not started",
    ],
    target: "target",
    level: "level",
    next_step: "Next step",
    parts: "Parts of the fit",
    first_listed: "the first profile listed",
    cohort_note: "People are ranked by their fit, a floor: an unanswered requirement counts as 0; \
                  the ceiling counts it as met.",
    bounds_note: "With unanswered items at 0, each fit is a floor; the estimate guesses each \
                  missing answer from the other answers in the same area (their mean, rounded down), \
                  and the ceiling counts it as met.",
};

/// The ranking's short words in `lang`.
pub fn ranking_words(lang: Lang) -> &'static RankingWords {
    match lang {
        Lang::Fr => &FR_WORDS,
        Lang::En => &EN_WORDS,
    }
}

/// `word` with its first letter in capitals, for a column heading.
pub fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A profile as the sentences name it: its id in capitals (`CM`).
fn short(id: &str) -> String {
    id.to_uppercase()
}

/// `a, b and c` / `a, b et c`.
fn listing(parts: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Fr => " et ",
        Lang::En => " and ",
    };
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// `E.7 (Business Change Management)`: an item with its title (a trait by
/// its title alone, see [`named_item`](crate::l10n::sources::named_item)).
pub fn item_with_title(catalogue: &Catalogue, id: &str, lang: Lang) -> String {
    match catalogue.get(id) {
        Some(item) => crate::l10n::sources::named_item(id, item.title.get(lang), lang),
        None => id.to_string(),
    }
}

/// Whether the first place is settled, in one or two sentences: "no
/// profile reached yet", "decided" (saying why, or that the first two are
/// less than one level apart when the lead is narrow), or "provisional"
/// with the items that would decide it, by id and title.
pub fn verdict(ranking: &Ranking, catalogue: &Catalogue, lang: Lang) -> String {
    let unanswered = ranking
        .completeness
        .total
        .saturating_sub(ranking.completeness.answered);
    let zero = percent(0.0, lang);
    if ranking.nothing_reached {
        return match lang {
            Lang::Fr => format!(
                "Aucun profil atteint pour l'instant\u{a0}: toutes les adéquations sont à {zero}, il n'y a donc pas de classement."
            ),
            Lang::En => {
                format!("No profile reached yet: every fit is {zero}, so there is no ranking.")
            }
        };
    }
    let Some(leader) = ranking.matches.first() else {
        return String::new();
    };
    let leader = short(&leader.profile);
    if ranking.decided {
        // Decided by less than one level: say the first two are as close.
        let narrow = ranking
            .narrow_lead
            .then(|| ranking.matches.get(1))
            .flatten()
            .map(|m| short(&m.profile));
        let head = match (lang, unanswered) {
            (Lang::Fr, 0) => "Classement définitif".to_string(),
            (Lang::En, 0) => "Ranking decided".to_string(),
            (Lang::Fr, 1) => format!(
                "Classement acquis\u{a0}: {leader} reste en tête quelle que soit la réponse à la question restante"
            ),
            (Lang::En, 1) => format!(
                "Ranking decided: {leader} stays first whatever the answer to the unanswered item"
            ),
            (Lang::Fr, n) => format!(
                "Classement acquis\u{a0}: {leader} reste en tête quelles que soient les réponses aux {n} questions restantes"
            ),
            (Lang::En, n) => format!(
                "Ranking decided: {leader} stays first whatever the answers to the {n} unanswered items"
            ),
        };
        let tail = match (narrow, lang, unanswered) {
            (Some(second), Lang::Fr, _) => format!(
                ", mais moins d'un niveau sépare {leader} et {second}\u{a0}: considérez-les comme aussi proches l'un que l'autre."
            ),
            (Some(second), Lang::En, _) => format!(
                ", but {leader} and {second} are less than one level apart: read them as equally close."
            ),
            (None, Lang::Fr, 0) => "\u{a0}: toutes les questions ont une réponse.".to_string(),
            (None, Lang::En, 0) => ": every item is answered.".to_string(),
            (None, _, _) => ".".to_string(),
        };
        return format!("{head}{tail}");
    }
    let items: Vec<String> = ranking
        .deciding_items
        .iter()
        .map(|id| item_with_title(catalogue, id, lang))
        .collect();
    let between = ranking
        .challenger
        .as_ref()
        .map(|c| (leader.clone(), short(c)));
    let first = match lang {
        Lang::Fr => {
            "Classement provisoire\u{a0}: les questions sans réponse peuvent encore changer la première place."
        }
        Lang::En => "Provisional ranking: the unanswered items can still change the first place.",
    };
    let second = match (lang, items.is_empty(), between) {
        (_, _, None) => String::new(),
        (Lang::Fr, true, Some((a, b))) => {
            format!(" Répondez aux questions restantes pour départager {a} et {b}.")
        }
        (Lang::En, true, Some((a, b))) => {
            format!(" Answer the remaining items to decide between {a} and {b}.")
        }
        (Lang::Fr, false, Some((a, b))) => format!(
            " Répondez à {} pour départager {a} et {b}.",
            listing(&items, lang)
        ),
        (Lang::En, false, Some((a, b))) => format!(
            " Answer {} to decide between {a} and {b}.",
            listing(&items, lang)
        ),
    };
    // The floor ranks; say so when the estimate would put another first.
    let by_estimate = ranking
        .matches
        .iter()
        .enumerate()
        .min_by(|(ia, a), (ib, b)| b.fit_estimate.total_cmp(&a.fit_estimate).then(ia.cmp(ib)))
        .map(|(_, m)| short(&m.profile))
        .filter(|id| *id != leader);
    let third = match (lang, by_estimate) {
        (_, None) => String::new(),
        (Lang::Fr, Some(id)) => format!(" D'après l'estimation, {id} passerait en tête."),
        (Lang::En, Some(id)) => format!(" By the estimate, {id} would come first."),
    };
    format!("{first}{second}{third}")
}

/// The verdict in both languages, as `bilan match --json` gives it.
pub fn verdict_localized(ranking: &Ranking, catalogue: &Catalogue) -> Localized {
    Localized::new(
        verdict(ranking, catalogue, Lang::Fr),
        verdict(ranking, catalogue, Lang::En),
    )
}

/// `estimate 60.2%, ceiling 80.1%` for a profile with unanswered
/// requirements; `None` when complete (then all three are the fit).
pub fn bounds(f: &Fit, lang: Lang, space: Space) -> Option<String> {
    if f.is_complete() {
        return None;
    }
    let w = ranking_words(lang);
    Some(format!(
        "{} {}, {} {}",
        w.estimate,
        percent_with(f.fit_estimate, lang, space),
        w.ceiling,
        percent_with(f.fit_ceiling, lang, space)
    ))
}

/// `e-CF 20.1/38.2`: the points of fit one block brings, out of the most it
/// can bring.
pub fn block(name: &str, b: &BlockRow, lang: Lang) -> String {
    format!(
        "{name} {}/{}",
        number(b.points, lang),
        number(b.max_points, lang)
    )
}

/// `e-CF 20.1/38.2 · traits 31.4/61.8 points of fit`: both blocks, and
/// what their figures count.
pub fn blocks(f: &Fit, lang: Lang) -> String {
    let w = ranking_words(lang);
    format!(
        "{} · {} {}",
        block(w.ecf, &f.blocks.ecf, lang),
        block(w.traits, &f.blocks.traits, lang),
        w.points
    )
}

/// The label and the list of a fit's core requirements at 0: `Core
/// requirements not started` and `A.4 (Product/Service Planning), E.2 (…)`
/// (each item with the title `title_of` gives it, else its id alone);
/// `None` when every core requirement is at least begun.
pub fn core_not_started_parts<'a>(
    f: &Fit,
    title_of: impl Fn(&str) -> Option<&'a str>,
    lang: Lang,
) -> Option<(&'static str, String)> {
    if f.core_not_started.is_empty() {
        return None;
    }
    let w = ranking_words(lang);
    let items: Vec<String> = f
        .core_not_started
        .iter()
        .map(|id| match title_of(id) {
            Some(title) => crate::l10n::sources::named_item(id, title, lang),
            None => id.to_string(),
        })
        .collect();
    let label = if items.len() == 1 {
        w.core_not_started[0]
    } else {
        w.core_not_started[1]
    };
    Some((label, items.join(", ")))
}

/// `Core requirements not started: A.4 (Product/Service Planning), E.2 (…)`,
/// on one line (see [`core_not_started_parts`]).
pub fn core_not_started<'a>(
    f: &Fit,
    title_of: impl Fn(&str) -> Option<&'a str>,
    lang: Lang,
    space: Space,
) -> Option<String> {
    let (label, items) = core_not_started_parts(f, title_of, lang)?;
    Some(format!("{label}{} {items}", colon(lang, space)))
}

/// `next step (level 2), target 4` / `prochaine étape (niveau 2), cible 4`:
/// the goal line's label, the next level first and the target beside it.
pub fn next_step(next_level: u8, target: u8, lang: Lang) -> String {
    let w = ranking_words(lang);
    format!(
        "{} ({} {next_level}), {} {target}",
        w.next_step.to_lowercase(),
        w.level,
        w.target
    )
}

/// The same label with a capital, to start a line.
pub fn next_step_label(next_level: u8, target: u8, lang: Lang) -> String {
    let w = ranking_words(lang);
    format!(
        "{} ({} {next_level}), {} {target}",
        w.next_step, w.level, w.target
    )
}

/// How a group counts its people: one row per person (the coach's rating
/// where there is one), and who is left out of the means (`threshold` % of
/// the requirements answered), marked `*`.
pub fn cohort_people_rule(threshold: f64, lang: Lang) -> String {
    // A whole share: `50 %`, `50%`.
    let share = match lang {
        Lang::Fr => format!("{}\u{202f}%", threshold.round()),
        Lang::En => format!("{}%", threshold.round()),
    };
    match lang {
        Lang::Fr => format!(
            "Une ligne par personne\u{a0}: l'évaluation du coach quand il y en a une, sinon \
             l'auto-évaluation. Une personne qui a répondu à moins de {share} des exigences est \
             listée (marquée *) mais laissée hors des moyennes et des priorités."
        ),
        Lang::En => format!(
            "One row per person: the coach's rating where there is one, else the self-rating. \
             A person who answered fewer than {share} of the requirements is listed (marked *) \
             but left out of the means and priorities."
        ),
    }
}

/// Why a self-rating was left out of a group: the coach's rating counts.
pub fn coach_rating_counts(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "auto-évaluation\u{202f}; l'évaluation du coach compte\u{a0}:",
        Lang::En => "self-rating; the coach's rating counts:",
    }
}

/// `3 counted` in a group's header: the people in the means.
pub fn counted_in_means(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{count} dans les moyennes"),
        Lang::En => format!("{count} in the means"),
    }
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
