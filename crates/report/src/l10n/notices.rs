//! The status, warning and error lines of the command line that are not a
//! [`bilan_core::Error`] (those are in [`errors`](super::errors)), in French
//! and English. The CLI prints them after `bilan: `.

use crate::l10n::errors::error;
use bilan_core::cohort::InvalidFile;
use bilan_core::{Lang, Rater};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// `warning: skipped: …`, a file left out (its error already in `lang`).
pub fn skipped(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!("warning: skipped: {why}"),
        Lang::Fr => format!("avertissement{NBSP}: fichier ignoré{NBSP}: {why}"),
    }
}

/// `wrote PATH`, once a document is written.
pub fn wrote(lang: Lang, path: &str) -> String {
    match lang {
        Lang::En => format!("wrote {path}"),
        Lang::Fr => format!("fichier écrit{NBSP}: {path}"),
    }
}

/// A score for an item id the catalogue does not know, left out.
pub fn unknown_item_ignored(lang: Lang, file: &str, item: &str) -> String {
    match lang {
        Lang::En => format!("warning: {file}: score for unknown item `{item}` ignored"),
        Lang::Fr => format!(
            "avertissement{NBSP}: {file}{NBSP}: la note de l'élément inconnu `{item}` est ignorée"
        ),
    }
}

/// `bilan compare COACH SELF`: the files were given the other way round.
pub fn raters_swapped(lang: Lang, first: &str, second: &str) -> String {
    match lang {
        Lang::En => format!(
            "warning: {first} is a coach's rating and {second} a self-rating; give the \
             self-rating first"
        ),
        Lang::Fr => format!(
            "avertissement{NBSP}: {first} est l'évaluation d'un coach et {second} une \
             auto-évaluation{NNBSP}; donnez l'auto-évaluation en premier"
        ),
    }
}

/// The other rater's assessment found beside a file and joined to the
/// document.
pub fn included_counterpart(lang: Lang, other: Rater, path: &str) -> String {
    match (lang, other) {
        (Lang::En, Rater::SelfRated) => format!(
            "note: included the self-rating {path} for comparison; --no-compare leaves it out"
        ),
        (Lang::En, Rater::Coach) => format!(
            "note: included the coach's rating {path} for comparison; --no-compare leaves it out"
        ),
        (Lang::Fr, Rater::SelfRated) => format!(
            "note{NBSP}: l'auto-évaluation {path} est jointe pour comparaison{NNBSP}; \
             --no-compare la laisse de côté"
        ),
        (Lang::Fr, Rater::Coach) => format!(
            "note{NBSP}: l'évaluation du coach {path} est jointe pour comparaison{NNBSP}; \
             --no-compare la laisse de côté"
        ),
    }
}

/// A path given to `bilan cohort` that does not exist.
pub fn no_such_path(lang: Lang, path: &str) -> String {
    match lang {
        Lang::En => format!(
            "{path}: no such file or folder. Give assessment files or folders that hold them."
        ),
        Lang::Fr => format!(
            "{path}{NBSP}: fichier ou dossier introuvable. Donnez des fichiers de bilan ou des \
             dossiers qui en contiennent."
        ),
    }
}

/// `bilan resume NAME` when nothing is saved for that person and rater.
pub fn no_saved_assessment(lang: Lang, rater: Rater, name: &str, folder: &str) -> String {
    let coach = if rater == Rater::Coach {
        " --coach"
    } else {
        ""
    };
    match lang {
        Lang::En => format!(
            "no saved {} assessment for `{name}` in {folder}. Start one with `bilan new --name \
             \"{name}\"{coach}`, or run `bilan` to see the saved ones.",
            rater.code()
        ),
        Lang::Fr => {
            let (none, one) = match rater {
                Rater::SelfRated => ("aucune auto-évaluation enregistrée", "une"),
                Rater::Coach => ("aucun bilan du coach enregistré", "un"),
            };
            format!(
                "{none} pour «{NNBSP}{name}{NNBSP}» dans {folder}. Commencez-en {one} avec \
                 `bilan new --name \"{name}\"{coach}`, ou lancez `bilan` pour voir les bilans \
                 enregistrés."
            )
        }
    }
}

/// The loading thread of the TUI stopped without an answer.
pub fn loading_failed(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "loading the catalogue and profiles failed unexpectedly",
        Lang::Fr => "le chargement du catalogue et des profils a échoué de façon inattendue",
    }
}

/// Why a file of a group was left out, in `lang` (the JSON keeps the
/// English of `error`).
pub fn invalid_file(file: &InvalidFile, lang: Lang) -> String {
    match &file.cause {
        Some(cause) => error(cause, lang),
        None => file.error.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_exists_in_both_languages() {
        let fr = [
            skipped(Lang::Fr, "x"),
            wrote(Lang::Fr, "a.md"),
            unknown_item_ignored(Lang::Fr, "a.json", "Z.9"),
            raters_swapped(Lang::Fr, "a", "b"),
            included_counterpart(Lang::Fr, Rater::Coach, "c.json"),
            no_such_path(Lang::Fr, "d"),
            no_saved_assessment(Lang::Fr, Rater::SelfRated, "Ana", "/d"),
            no_saved_assessment(Lang::Fr, Rater::Coach, "Ana", "/d"),
            loading_failed(Lang::Fr).to_string(),
        ];
        for line in fr {
            for english in [
                "warning", "wrote", "ignored", "rating", "included", "no such", "saved",
            ] {
                assert!(!line.contains(english), "{english} in {line}");
            }
        }
        assert!(
            no_saved_assessment(Lang::Fr, Rater::SelfRated, "Ana", "/d")
                .starts_with("aucune auto-évaluation enregistrée pour «\u{202f}Ana\u{202f}»")
        );
        assert!(no_saved_assessment(Lang::Fr, Rater::Coach, "Ana", "/d").contains("--coach"));
    }
}
