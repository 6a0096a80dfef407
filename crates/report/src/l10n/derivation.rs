//! The words of how a role's e-CF levels are set (issue 11, DESIGN.md "The
//! data"): the involvement a duty states, the rule in a paragraph for each
//! job sheet, and, per requirement, how its level was reached. The domain
//! gives the values ([`Derivation`], [`Involvement`]); the sentences are
//! built here, in both languages.

use bilan_core::Lang;
use bilan_core::profile::{Clamp, Derivation, Involvement, LevelsFrom};

/// The involvement a duty states, as a short phrase.
pub fn involvement(involvement: Involvement, lang: Lang) -> &'static str {
    match (involvement, lang) {
        (Involvement::Decides, Lang::Fr) => "décide, en répond",
        (Involvement::Does, Lang::Fr) => "fait en autonomie",
        (Involvement::Contributes, Lang::Fr) => "contribue",
        (Involvement::Decides, Lang::En) => "decides, answers for it",
        (Involvement::Does, Lang::En) => "does it autonomously",
        (Involvement::Contributes, Lang::En) => "contributes",
    }
}

/// The rule that set the e-CF levels of a profile, in one paragraph.
pub fn rule(from: LevelsFrom, lang: Lang) -> &'static str {
    match (from, lang) {
        (LevelsFrom::Duties, Lang::Fr) => {
            "Comment les niveaux e-CF sont fixés\u{a0}: une compétence est clé si au moins une mission qui l'exerce est toujours assurée (T), secondaire sinon\u{202f}; son niveau vient de l'implication la plus forte parmi ces missions (décide ou en répond → 4, fait en autonomie → 3, contribue → 2), puis est ramené dans les niveaux que l'e-CF définit pour la compétence. La fréquence ne fixe jamais le niveau\u{a0}: faire souvent une chose n'est pas la faire à un niveau plus élevé."
        }
        (LevelsFrom::Duties, Lang::En) => {
            "How the e-CF levels are set: a competence is core if at least one duty exercising it is always done (T), secondary otherwise; its level comes from the strongest involvement among those duties (decides or answers for it → 4, does it autonomously → 3, contributes → 2), brought within the levels the e-CF defines for the competence. Frequency never sets the level: doing something often is not doing it at a higher level."
        }
        (LevelsFrom::Sources, Lang::Fr) => {
            "Comment les niveaux e-CF sont fixés\u{a0}: chaque niveau est celui que donne la source de l'exigence, même hors des niveaux que l'e-CF définit quand la source le demande\u{202f}; une compétence est clé si au moins une mission qui l'exerce est toujours assurée (T). L'implication indiquée pour chaque mission ne change pas ces niveaux."
        }
        (LevelsFrom::Sources, Lang::En) => {
            "How the e-CF levels are set: each level is the one the requirement's source gives, even outside the levels the e-CF defines where the source asks for it; a competence is core if at least one duty exercising it is always done (T). The involvement stated for each duty does not change these levels."
        }
    }
}

/// How one e-CF requirement's level was reached, for the job sheet: from
/// the strongest involvement (raised or lowered into the e-CF's range), or
/// as its source gives it.
pub fn level_basis(
    item: &str,
    from: LevelsFrom,
    derivation: Option<&Derivation>,
    source: &str,
    lang: Lang,
) -> String {
    let derived = match (from, derivation) {
        (LevelsFrom::Duties, Some(d)) => d,
        _ => {
            let seed = crate::l10n::sources::first_seed_title(source, lang);
            return match (seed, lang) {
                (Some(seed), Lang::Fr) => format!("niveau donné par la source\u{a0}: {seed}"),
                (Some(seed), Lang::En) => format!("level as the source gives it: {seed}"),
                (None, Lang::Fr) => "niveau donné par la source".to_string(),
                (None, Lang::En) => "level as the source gives it".to_string(),
            };
        }
    };
    let word = involvement(derived.involvement, lang);
    let (raw, level) = (derived.involvement_level, derived.level);
    match (derived.clamp, lang) {
        (Clamp::Inside, Lang::Fr) => format!("implication la plus forte\u{a0}: {word} → {level}"),
        (Clamp::Inside, Lang::En) => format!("strongest involvement: {word} → {level}"),
        (Clamp::Raised, Lang::Fr) => format!(
            "implication la plus forte\u{a0}: {word} → {raw}, relevé à {level}, premier niveau que l'e-CF définit pour {item}"
        ),
        (Clamp::Raised, Lang::En) => format!(
            "strongest involvement: {word} → {raw}, raised to {level}, the lowest level the e-CF defines for {item}"
        ),
        (Clamp::Lowered, Lang::Fr) => format!(
            "implication la plus forte\u{a0}: {word} → {raw}, ramené à {level}, dernier niveau que l'e-CF définit pour {item}"
        ),
        (Clamp::Lowered, Lang::En) => format!(
            "strongest involvement: {word} → {raw}, lowered to {level}, the highest level the e-CF defines for {item}"
        ),
    }
}

/// The job sheet's own labels for duties and levels.
pub struct SheetWords {
    /// Column header: how the level was reached.
    pub level_basis: &'static str,
    /// Before a duty's e-CF mappings when it has none.
    pub no_ecf: &'static str,
    /// Heading of the rule paragraph.
    pub rule_heading: &'static str,
}

pub fn sheet_words(lang: Lang) -> SheetWords {
    match lang {
        Lang::Fr => SheetWords {
            level_basis: "D'où vient le niveau",
            no_ecf: "aucune compétence e-CF",
            rule_heading: "Règle des niveaux",
        },
        Lang::En => SheetWords {
            level_basis: "How the level is set",
            no_ecf: "no e-CF competence",
            rule_heading: "How levels are set",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bilan_core::profile::Importance;

    fn derived(involvement: Involvement, level: u8, clamp: Clamp) -> Derivation {
        Derivation {
            importance: Importance::Core,
            importance_duties: vec![0],
            involvement,
            level_duties: vec![0],
            involvement_level: involvement.level(),
            level,
            clamp,
        }
    }

    #[test]
    fn a_clamped_level_says_which_way_and_why() {
        let raised = derived(Involvement::Contributes, 3, Clamp::Raised);
        let text = level_basis("A.7", LevelsFrom::Duties, Some(&raised), "", Lang::En);
        assert_eq!(
            text,
            "strongest involvement: contributes → 2, raised to 3, the lowest level the e-CF defines for A.7"
        );
        let lowered = derived(Involvement::Decides, 3, Clamp::Lowered);
        let text = level_basis("C.3", LevelsFrom::Duties, Some(&lowered), "", Lang::Fr);
        assert!(
            text.contains("ramené à 3") && text.contains("C.3"),
            "{text}"
        );
    }

    #[test]
    fn levels_from_a_source_name_the_source_not_its_file() {
        let cm = "004_ef7d9f38b9b40a81.txt:65; 000_776fcb4b9e95a8db.txt:80";
        let text = level_basis("A.7", LevelsFrom::Sources, None, cm, Lang::En);
        assert_eq!(
            text,
            "level as the source gives it: e-CF profile Online Community Manager"
        );
        let text = level_basis("A.7", LevelsFrom::Sources, None, "mine.txt:1", Lang::Fr);
        assert_eq!(text, "niveau donné par la source");
    }

    #[test]
    fn french_punctuation_takes_a_no_break_space() {
        for from in [LevelsFrom::Duties, LevelsFrom::Sources] {
            let text = rule(from, Lang::Fr);
            assert!(!text.contains(" :") && !text.contains(" ;"), "{text}");
        }
    }

    #[test]
    fn a_derived_profile_that_disagrees_is_explained_in_french() {
        let library = bilan_core::Library::builtin().expect("built-in data");
        let (_, text) = bilan_core::profile::BUILTIN_PROFILES[1];
        let mut value: serde_json::Value = serde_json::from_str(text).expect("cno.json");
        let reqs = value["requirements"].as_array_mut().expect("requirements");
        let e7 = reqs.iter_mut().find(|r| r["item"] == "E.7").expect("E.7");
        e7["min"] = 3.into();
        let err =
            bilan_core::Profile::from_json(&value.to_string(), "cno.json", &library.catalogue)
                .expect_err("E.7 disagrees with its duties");
        let fr = crate::l10n::error(&err, Lang::Fr);
        assert!(
            fr.contains("`E.7` devrait être au niveau 4, importance clé")
                && fr.contains("que donnent les missions"),
            "{fr}"
        );
    }
}
