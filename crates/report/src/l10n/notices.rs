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

/// A task of the TUI whose thread stopped without an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    Loading,
    Keyboard,
    Listing,
    Group,
}

/// `task` stopped without an answer (its thread is gone).
pub fn stopped(lang: Lang, task: Task) -> &'static str {
    match (lang, task) {
        (Lang::En, Task::Loading) => "loading the catalogue and profiles failed unexpectedly",
        (Lang::En, Task::Keyboard) => "reading the keyboard stopped unexpectedly",
        (Lang::En, Task::Listing) => "listing the saved files stopped unexpectedly",
        (Lang::En, Task::Group) => "the group analysis stopped unexpectedly",
        (Lang::Fr, Task::Loading) => {
            "le chargement du catalogue et des profils a échoué de façon inattendue"
        }
        (Lang::Fr, Task::Keyboard) => "la lecture du clavier s'est arrêtée de façon inattendue",
        (Lang::Fr, Task::Listing) => {
            "la liste des bilans enregistrés s'est arrêtée de façon inattendue"
        }
        (Lang::Fr, Task::Group) => "l'analyse de groupe s'est arrêtée de façon inattendue",
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

/// The command line parser's English templates and their French: `{}` is
/// a value copied as it is (an argument, a value, a list).
const USAGE: &[(&str, &str)] = &[
    (
        "error: the following required arguments were not provided:",
        "erreur\u{a0}: ces arguments obligatoires manquent\u{a0}:",
    ),
    (
        "error: unexpected argument '{}' found",
        "erreur\u{a0}: argument inattendu «\u{202f}{}\u{202f}»",
    ),
    (
        "error: unrecognized subcommand '{}'",
        "erreur\u{a0}: commande inconnue «\u{202f}{}\u{202f}»",
    ),
    (
        "error: invalid value '{}' for '{}'",
        "erreur\u{a0}: valeur «\u{202f}{}\u{202f}» invalide pour «\u{202f}{}\u{202f}»",
    ),
    (
        "error: a value is required for '{}' but none was supplied",
        "erreur\u{a0}: «\u{202f}{}\u{202f}» attend une valeur, aucune n'a été donnée",
    ),
    (
        "error: the argument '{}' cannot be used with '{}'",
        "erreur\u{a0}: l'argument «\u{202f}{}\u{202f}» ne peut pas être utilisé avec «\u{202f}{}\u{202f}»",
    ),
    (
        "error: the argument '{}' cannot be used multiple times",
        "erreur\u{a0}: l'argument «\u{202f}{}\u{202f}» ne peut être donné qu'une fois",
    ),
    ("  [possible values: {}]", "  [valeurs possibles\u{a0}: {}]"),
    (
        "  tip: a similar subcommand exists: '{}'",
        "  conseil\u{a0}: une commande proche existe\u{a0}: «\u{202f}{}\u{202f}»",
    ),
    (
        "  tip: a similar argument exists: '{}'",
        "  conseil\u{a0}: un argument proche existe\u{a0}: «\u{202f}{}\u{202f}»",
    ),
    (
        "  tip: some similar arguments exist: {}",
        "  conseil\u{a0}: des arguments proches existent\u{a0}: {}",
    ),
    (
        "  tip: to pass '{}' as a value, use '{}'",
        "  conseil\u{a0}: pour passer «\u{202f}{}\u{202f}» comme valeur, écrivez «\u{202f}{}\u{202f}»",
    ),
    ("Usage: {}", "Utilisation\u{a0}: {}"),
    (
        "For more information, try '--help'.",
        "Pour en savoir plus, essayez «\u{202f}--help\u{202f}».",
    ),
    ("error: {}", "erreur\u{a0}: {}"),
];

/// A message of the command line parser (a missing or unknown argument),
/// in `lang`: each line it knows in French, any other as it is.
pub fn usage_error(lang: Lang, english: &str) -> String {
    if lang == Lang::En {
        return english.to_string();
    }
    let mut out = String::with_capacity(english.len() + 64);
    for line in english.lines() {
        let french = USAGE.iter().find_map(|(en, fr)| fill(line, en, fr));
        out.push_str(french.as_deref().unwrap_or(line));
        out.push('\n');
    }
    out
}

/// `line` in the words of `to` when it matches the template `from`: the
/// values of `from`'s `{}` slots go, in order, into those of `to`.
fn fill(line: &str, from: &str, to: &str) -> Option<String> {
    let literals: Vec<&str> = from.split("{}").collect();
    let mut rest = line.strip_prefix(literals[0])?;
    let mut values = Vec::new();
    for (i, literal) in literals.iter().enumerate().skip(1) {
        let at = if i + 1 == literals.len() {
            rest.strip_suffix(literal).map(str::len)?
        } else {
            rest.find(literal)?
        };
        values.push(&rest[..at]);
        rest = &rest[at + literal.len()..];
    }
    if !rest.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut parts = to.split("{}");
    out.push_str(parts.next().unwrap_or(""));
    for (part, value) in parts.zip(values) {
        out.push_str(value);
        out.push_str(part);
    }
    Some(out)
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
            stopped(Lang::Fr, Task::Loading).to_string(),
            stopped(Lang::Fr, Task::Group).to_string(),
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

    #[test]
    fn the_parsers_messages_are_put_in_french() {
        let english = "error: invalid value 'de' for '--lang <LANG>'\n  [possible values: fr, en]\n\n\
                       For more information, try '--help'.\n";
        assert_eq!(
            usage_error(Lang::Fr, english),
            "erreur\u{a0}: valeur «\u{202f}de\u{202f}» invalide pour «\u{202f}--lang <LANG>\u{202f}»\n  \
             [valeurs possibles\u{a0}: fr, en]\n\nPour en savoir plus, essayez «\u{202f}--help\u{202f}».\n"
        );
        assert_eq!(usage_error(Lang::En, english), english);
        assert_eq!(usage_error(Lang::Fr, "error: odd"), "erreur\u{a0}: odd\n");
    }
}
