//! The words that say what is e-CF and what is bilan's own: the edition the
//! catalogue follows, the levels the e-CF defines for a competence, the
//! descriptors bilan adds, the requirements a seed places outside the e-CF's
//! range, and seed 004's knowledge/skill codes (which are not the e-CF's).
//!
//! Sentences, in French and English, built from data the core returns
//! ([`Item::ecf_range`](bilan_core::Item::ecf_range),
//! [`Item::levels_outside_ecf`](bilan_core::Item::levels_outside_ecf)).

use bilan_core::{ECF_VERSION, Lang};

/// No-break space (U+00A0) before `:`; narrow no-break space (U+202F)
/// before `;`, `?`, `!` and inside `« »` (see [`typography`](super::typography)).
const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// `3–5` (or `3` for a single level): the levels the e-CF defines. (The
/// same form as `sheet::level_range`, written here so that the words do not
/// depend on a document module.)
pub fn range_text(range: (u8, u8)) -> String {
    if range.0 == range.1 {
        range.0.to_string()
    } else {
        format!("{}–{}", range.0, range.1)
    }
}

/// What the sheet's competences follow, and how bilan's 0–5 scale relates
/// to the e-CF's levels, in one paragraph.
pub fn statement(lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Competences, their titles and the levels each one is defined at follow \
             {ECF_VERSION}. bilan rates every item from 0 to 5; a level the e-CF does not \
             define for a competence is bilan's own extension and is marked so."
        ),
        Lang::Fr => format!(
            "Les compétences, leurs titres et les niveaux définis pour chacune suivent \
             l'{ECF_VERSION}. bilan évalue chaque item de 0 à 5{NNBSP}; un niveau que \
             l'e-CF ne définit pas pour une compétence est une extension propre à bilan, \
             signalée comme telle."
        ),
    }
}

/// `e-CF 4.0 levels: 3–5` / `niveaux e-CF 4.0 : 3–5`, beside a competence.
pub fn defined_levels(lang: Lang, range: (u8, u8)) -> String {
    defined_levels_text(lang, &range_text(range))
}

/// As [`defined_levels`], with the range already written (`3–5`).
pub fn defined_levels_text(lang: Lang, range: &str) -> String {
    match lang {
        Lang::En => format!("e-CF 4.0 levels: {range}"),
        Lang::Fr => format!("niveaux e-CF 4.0{NBSP}: {range}"),
    }
}

/// The header of the column giving each competence's e-CF levels.
pub fn levels_column(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "e-CF 4.0 levels",
        Lang::Fr => "Niveaux e-CF 4.0",
    }
}

/// The short mark before a descriptor bilan wrote for a level the e-CF does
/// not define (where room is short: the walk).
pub fn extension_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "[bilan extension]",
        Lang::Fr => "[extension bilan]",
    }
}

/// `(bilan extension — not an e-CF level for A.3)`: after a descriptor
/// bilan wrote for a level the e-CF does not define for `code`.
pub fn extension_note(lang: Lang, code: &str) -> String {
    match lang {
        Lang::En => format!("(bilan extension — not an e-CF level for {code})"),
        Lang::Fr => format!("(extension bilan — niveau non défini par l'e-CF pour {code})"),
    }
}

/// The help's one line on the mark of [`extension_mark`].
pub fn extension_help(lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{} before a level: a descriptor bilan adds where the e-CF defines no \
             such level for that competence ({ECF_VERSION}).",
            extension_mark(lang)
        ),
        Lang::Fr => format!(
            "{} devant un niveau{NBSP}: un descripteur ajouté par bilan là où l'e-CF ne \
             définit pas ce niveau pour la compétence ({ECF_VERSION}).",
            extension_mark(lang)
        ),
    }
}

/// What a source is, in a sentence: `the source (e-CF profile Online
/// Community Manager)` for a seed, the source as written otherwise (a custom
/// profile's own reference). Never the seed's file name.
fn source_name(lang: Lang, source: &str) -> String {
    if let Some(title) = crate::l10n::sources::first_seed_title(source, lang) {
        return match lang {
            Lang::En => format!("the source ({title})"),
            Lang::Fr => format!("la source ({title})"),
        };
    }
    match lang {
        _ if source.trim().is_empty() => match lang {
            Lang::En => "the profile".to_string(),
            Lang::Fr => "le profil".to_string(),
        },
        Lang::En => source.to_string(),
        Lang::Fr => format!("«{NNBSP}{source}{NNBSP}»"),
    }
}

/// `level 2 asked by the source (…), below the e-CF's range for A.7 (3–5)`: why a
/// requirement sits where the e-CF defines no level, and who asks for it.
/// `levels` are the levels outside `range` (ascending, not empty).
pub fn outside_range(
    lang: Lang,
    code: &str,
    levels: &[u8],
    range: (u8, u8),
    source: &str,
) -> String {
    let (first, last) = match (levels.first(), levels.last()) {
        (Some(first), Some(last)) => (*first, *last),
        _ => return String::new(),
    };
    let asked = range_text((first, last));
    let several = first != last;
    let below = last < range.0;
    let above = first > range.1;
    let who = source_name(lang, source);
    let span = range_text(range);
    match lang {
        Lang::En => {
            let word = if several { "levels" } else { "level" };
            let place = if below {
                "below"
            } else if above {
                "above"
            } else {
                "outside"
            };
            format!("{word} {asked} asked by {who}, {place} the e-CF's range for {code} ({span})")
        }
        Lang::Fr => {
            let (word, asked_word) = if several {
                ("niveaux", "demandés")
            } else {
                ("niveau", "demandé")
            };
            let place = if below {
                "sous"
            } else if above {
                "au-dessus de"
            } else {
                "hors de"
            };
            format!(
                "{word} {asked} {asked_word} par {who}, {place} la plage de l'e-CF pour {code} \
                 ({span})"
            )
        }
    }
}

/// The heading of the notes where bilan reads a competence as a seed does.
pub fn notes_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Where bilan follows a seed rather than the e-CF's text",
        Lang::Fr => "Là où bilan suit une source plutôt que le texte de l'e-CF",
    }
}

/// The heading of the requirements a seed places outside the e-CF's range.
pub fn outside_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Requirements outside the e-CF's range",
        Lang::Fr => "Exigences hors de la plage de l'e-CF",
    }
}

/// Before a list of seed 004's codes where there is no heading (the
/// results screen): the e-CF profile's codes, in words.
pub fn codes_short(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "codes of the e-CF profile",
        Lang::Fr => "codes du profil e-CF",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_out_of_range_note_names_the_seed_the_levels_and_the_side() {
        let src = "004_ef7d9f38b9b40a81.txt:65";
        assert_eq!(
            outside_range(Lang::En, "A.7", &[2], (3, 5), src),
            "level 2 asked by the source (e-CF profile Online Community Manager), below the \
             e-CF's range for A.7 (3–5)"
        );
        assert_eq!(
            outside_range(Lang::Fr, "A.7", &[2], (3, 5), src),
            "niveau 2 demandé par la source (Profil e-CF «\u{202f}Responsable de Communauté en \
             ligne\u{202f}»), sous la plage de l'e-CF pour A.7 (3–5)"
        );
        assert_eq!(
            outside_range(Lang::En, "E.1", &[5], (3, 4), "job ad"),
            "level 5 asked by job ad, above the e-CF's range for E.1 (3–4)"
        );
        assert_eq!(
            outside_range(Lang::Fr, "A.3", &[1, 2], (3, 5), ""),
            "niveaux 1–2 demandés par le profil, sous la plage de l'e-CF pour A.3 (3–5)"
        );
        assert_eq!(outside_range(Lang::En, "A.3", &[], (3, 5), src), "");
    }

    #[test]
    fn every_sentence_names_the_edition_or_the_competence() {
        for lang in [Lang::Fr, Lang::En] {
            assert!(statement(lang).contains(ECF_VERSION));
            assert!(extension_help(lang).contains(ECF_VERSION));
            assert!(extension_note(lang, "A.3").contains("A.3"));
            assert!(defined_levels(lang, (3, 5)).ends_with("3–5"));
        }
        assert_eq!(
            defined_levels(Lang::Fr, (3, 4)),
            "niveaux e-CF 4.0\u{a0}: 3–4"
        );
        assert_eq!(range_text((3, 3)), "3");
    }
}
