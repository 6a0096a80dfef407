//! The error messages of [`bilan_core::Error`] in each language. Every
//! message names the file (origin), the field or line and column, what is
//! wrong and what to do; the English is the error's own `Display` text.
//!
//! The core builds the details of some errors (a JSON parser message, a
//! problem and a hint) as English text. French translates the ones it knows
//! through `fr/error_details.rs` and quotes any other as it is, so that
//! nothing is lost when the core words a new error.
//!
//! Every string of an error may come from a file: paths are shown
//! [`escape`]d, values [`quote`]d (escaped, cut after 80 characters) and
//! the details [`tame`]d, exactly as the core's `Display` does.

use crate::l10n::fr::error_details::{PHRASES, VALUE_WORDS, WORDS};
use bilan_core::error::{FileKind, FileRole};
use bilan_core::text::{escape, quote, tame};
use bilan_core::{Error, Lang};

/// `err` as a sentence in `lang`.
pub fn error(err: &Error, lang: Lang) -> String {
    match lang {
        Lang::En => english(err),
        Lang::Fr => french(err),
    }
}

// Written out rather than `err.to_string()` so that both languages of a new
// variant are written together (the matches have no `_` arm); a test checks
// that it is the `Display` text.
fn english(err: &Error) -> String {
    match err {
        Error::Syntax {
            origin,
            line,
            column,
            message,
        } => format!(
            "{}: line {line}, column {column}: {}. Fix the JSON there (a missing comma, quote or \
             bracket is the usual cause).",
            escape(origin),
            tame(message)
        ),
        Error::Shape {
            origin,
            line,
            column,
            field,
            message,
            hint,
        } => format!(
            "{}: line {line}, column {column}, field `{}`: {}. {}",
            escape(origin),
            quote(field),
            tame(message),
            tame(hint)
        ),
        Error::Invalid {
            origin,
            field,
            problem,
            hint,
        } => format!(
            "{}: field `{}`: {}. What to do: {}.",
            escape(origin),
            quote(field),
            tame(problem),
            tame(hint)
        ),
        Error::UnknownItem {
            origin,
            field,
            item,
            closest,
        } => {
            let closest = if closest.is_empty() {
                String::new()
            } else {
                format!(" (closest known: {})", quoted_list(closest))
            };
            format!(
                "{}: field `{}`: unknown item id `{}`{closest}. Use an id from `bilan profiles \
                 show` or the catalogue.",
                escape(origin),
                quote(field),
                quote(item)
            )
        }
        Error::UnknownProfile { id, known } => format!(
            "unknown profile `{}`. Known profiles: {}. Run `bilan profiles list` to see them.",
            quote(id),
            quoted_list(known)
        ),
        Error::NewerSchema {
            origin,
            found,
            supported,
        } => format!(
            "{}: written by a newer bilan (format version {found}; this one reads up to \
             {supported}). Update bilan to open it; the file was left untouched.",
            escape(origin)
        ),
        Error::UnreadableAssessment { origin, cause } => format!(
            "{origin}: this person's assessment by this rater is saved there but cannot be read, \
             so no second one is started beside it. {} Once that file is fixed (or moved out of \
             the folder), start again.",
            english(cause)
        ),
        Error::Io {
            origin,
            action,
            cause,
        } => format!(
            "{}: cannot {action}: {}. Check that the path exists and that you may {action} it.",
            escape(origin),
            escape(&cause.to_string())
        ),
        Error::NotAFile { origin, kind } => format!(
            "{}: cannot read: it is {}, not a regular file. Give the path of a JSON file (bilan \
             reads regular files only).",
            escape(origin),
            kind.english()
        ),
        Error::TooLarge {
            origin,
            limit,
            what,
        } => format!(
            "{}: cannot read: the file is larger than {} MB, the most bilan reads for {} (a real \
             one is far smaller). Check that it is the right file.",
            escape(origin),
            limit >> 20,
            what.english()
        ),
    }
}

/// Values quoted one by one, comma-separated.
fn quoted_list(values: &[String]) -> String {
    values
        .iter()
        .map(|v| quote(v))
        .collect::<Vec<_>>()
        .join(", ")
}

/// No-break space (U+00A0) before `:`; narrow no-break space (U+202F)
/// before `;`, `?`, `!` and inside `« »` (see [`typography`](super::typography)).
const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

fn french(err: &Error) -> String {
    match err {
        Error::Syntax {
            origin,
            line,
            column,
            message,
        } => format!(
            "{}{NBSP}: ligne {line}, colonne {column}{NBSP}: {}. Corrigez le JSON à cet \
             endroit (une virgule, un guillemet ou un crochet manquant en est la cause \
             habituelle).",
            escape(origin),
            french_text(&tame(message))
        ),
        Error::Shape {
            origin,
            line,
            column,
            field,
            message,
            hint,
        } => format!(
            "{}{NBSP}: ligne {line}, colonne {column}, champ `{}`{NBSP}: {}. {}",
            escape(origin),
            french_field(&quote(field)),
            french_text(&tame(message)),
            french_text(&tame(hint))
        ),
        Error::Invalid {
            origin,
            field,
            problem,
            hint,
        } => format!(
            "{}{NBSP}: champ `{}`{NBSP}: {}. Que faire{NBSP}: {}.",
            french_origin(&escape(origin)),
            french_field(&quote(field)),
            french_text(&tame(problem)),
            french_text(&tame(hint))
        ),
        Error::UnknownItem {
            origin,
            field,
            item,
            closest,
        } => {
            let closest = if closest.is_empty() {
                String::new()
            } else {
                format!(" (le plus proche connu{NBSP}: {})", quoted_list(closest))
            };
            format!(
                "{}{NBSP}: champ `{}`{NBSP}: identifiant d'élément inconnu `{}`\
                 {closest}. Utilisez un identifiant donné par `bilan profiles show` ou par le \
                 catalogue.",
                escape(origin),
                french_field(&quote(field)),
                quote(item)
            )
        }
        Error::UnknownProfile { id, known } => format!(
            "profil inconnu `{}`. Profils connus{NBSP}: {}. Lancez `bilan profiles list` pour \
             les voir.",
            quote(id),
            quoted_list(known)
        ),
        Error::NewerSchema {
            origin,
            found,
            supported,
        } => format!(
            "{}{NBSP}: écrit par une version plus récente de bilan (format version \
             {found}{NNBSP}; celle-ci lit jusqu'à la version {supported}). Mettez bilan à jour \
             pour l'ouvrir{NNBSP}; le fichier n'a pas été modifié.",
            escape(origin)
        ),
        Error::UnreadableAssessment { origin, cause } => format!(
            "{origin}{NBSP}: l'évaluation de cette personne par cet évaluateur y est enregistrée \
             mais ne peut pas être lue, aussi aucune seconde évaluation n'est commencée à côté. \
             {} Une fois ce fichier corrigé (ou sorti du dossier), recommencez.",
            french(cause)
        ),
        Error::Io {
            origin,
            action,
            cause,
        } => {
            let (cannot, may) = match french_action(action) {
                Some(verb) => (
                    format!("impossible {}", de(verb)),
                    format!("le droit {}", de(verb)),
                ),
                None => (
                    format!("impossible de faire «{NNBSP}{action}{NNBSP}»"),
                    format!("le droit de faire «{NNBSP}{action}{NNBSP}»"),
                ),
            };
            format!(
                "{}{NBSP}: {cannot}{NBSP}: {}. Vérifiez que le chemin existe et que vous \
                 avez {may}.",
                escape(origin),
                french_io(cause)
            )
        }
        Error::NotAFile { origin, kind } => format!(
            "{}{NBSP}: impossible de lire ce fichier{NBSP}: c'est {}, pas un fichier \
             ordinaire. Donnez le chemin d'un fichier JSON (bilan ne lit que des fichiers \
             ordinaires).",
            escape(origin),
            french_kind(*kind)
        ),
        Error::TooLarge {
            origin,
            limit,
            what,
        } => format!(
            "{}{NBSP}: impossible de lire ce fichier{NBSP}: il dépasse {}{NBSP}Mo, le plus \
             que bilan lise pour {} (un vrai fichier est bien plus petit). Vérifiez que c'est \
             le bon fichier.",
            escape(origin),
            limit >> 20,
            french_role(*what)
        ),
    }
}

/// What a path that is not a regular file is, in French.
fn french_kind(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Folder => "un dossier",
        FileKind::Fifo => "un tube nommé (FIFO)",
        FileKind::Socket => "une socket",
        FileKind::Device => "un périphérique",
        FileKind::Other => "un fichier spécial",
    }
}

/// The kind of file a size limit is for, in French.
fn french_role(role: FileRole) -> &'static str {
    match role {
        FileRole::Assessment => "un bilan",
        FileRole::Definition => "un profil ou un catalogue",
    }
}

/// `de lire`, `d'écrire`.
fn de(verb: &str) -> String {
    let vowel = verb
        .chars()
        .next()
        .is_some_and(|c| "aeiouéèêàâîôûh".contains(c));
    if vowel {
        format!("d'{verb}")
    } else {
        format!("de {verb}")
    }
}

/// The infinitive of the core's `Io::action`.
fn french_action(action: &str) -> Option<&'static str> {
    Some(match action {
        "read" => "lire ce fichier",
        "write" => "écrire ce fichier",
        "create the folder" => "créer ce dossier",
        "read the folder" => "lire ce dossier",
        "lock" => "verrouiller ce fichier",
        _ => return None,
    })
}

/// The operating system's reason, in French for the usual ones.
fn french_io(cause: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let reason = match cause.kind() {
        ErrorKind::NotFound => "fichier ou dossier introuvable",
        ErrorKind::PermissionDenied => "permission refusée",
        ErrorKind::AlreadyExists => "le fichier existe déjà",
        ErrorKind::InvalidData if cause.to_string() == "stream did not contain valid UTF-8" => {
            "le contenu n'est pas du texte UTF-8 valide"
        }
        _ => return format!("«{NNBSP}{}{NNBSP}»", escape(&cause.to_string())),
    };
    match cause.raw_os_error() {
        Some(code) => format!("{reason} (erreur système {code})"),
        None => reason.to_string(),
    }
}

fn french_field(field: &str) -> &str {
    if field == "(top level)" {
        "(racine)"
    } else {
        field
    }
}

fn french_origin(origin: &str) -> &str {
    match origin {
        "comparison" => "comparaison",
        _ => origin,
    }
}

/// A detail the core wrote in English: its French when [`PHRASES`] knows
/// it, else the English between guillemets.
fn french_text(text: &str) -> String {
    match PHRASES.iter().find_map(|(en, fr)| translate(text, en, fr)) {
        Some(french) => VALUE_WORDS
            .iter()
            .fold(french, |out, (en, fr)| out.replace(en, fr)),
        None => format!("«{NNBSP}{text}{NNBSP}»"),
    }
}

/// `text` in French when it matches the English template `en`: the values
/// its `{}` slots hold are put, in order, in the slots of `fr`.
fn translate(text: &str, en: &str, fr: &str) -> Option<String> {
    let mut parts = en.split("{}");
    let first = parts.next().unwrap_or("");
    let mut rest = text.strip_prefix(first)?;
    let literals: Vec<&str> = parts.collect();
    let mut values = Vec::with_capacity(literals.len());
    for (i, literal) in literals.iter().enumerate() {
        let value;
        if i + 1 == literals.len() {
            value = rest.strip_suffix(literal)?;
            rest = "";
        } else {
            let at = rest.find(literal)?;
            value = &rest[..at];
            rest = &rest[at + literal.len()..];
        }
        if value.is_empty() {
            return None;
        }
        values.push(value);
    }
    if !rest.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(fr.len() + text.len());
    let mut values = values.into_iter();
    let mut fr = fr;
    loop {
        let slot = match (fr.find("{}"), fr.find("{w}")) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let Some(at) = slot else {
            out.push_str(fr);
            break;
        };
        out.push_str(&fr[..at]);
        let value = values.next()?;
        if fr[at..].starts_with("{w}") {
            let word = WORDS.iter().find(|(en, _)| *en == value);
            out.push_str(word.map_or(value, |(_, fr)| fr));
            fr = &fr[at + 3..];
        } else {
            out.push_str(value);
            fr = &fr[at + 2..];
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_variant() -> Vec<Error> {
        vec![
            Error::Syntax {
                origin: "a.json".into(),
                line: 3,
                column: 7,
                message: "expected `,` or `}`".into(),
            },
            Error::Shape {
                origin: "a.json".into(),
                line: 2,
                column: 9,
                field: "scores.A.3".into(),
                message: "invalid type: string \"x\", expected a level, a whole number from 0 to 5"
                    .into(),
                hint: "Fix that value; `bilan schema` prints the expected shape.".into(),
            },
            Error::invalid(
                "a.json",
                "scores.A.3",
                "score 7 is outside 0–5",
                "use 0 for not yet practised, a level from 1 to 5, or \"na\" for not applicable; \
                 leave the item out if not answered",
            ),
            Error::UnknownItem {
                origin: "cm.json".into(),
                field: "requirements[0].item".into(),
                item: "A.33".into(),
                closest: vec!["A.3".into()],
            },
            Error::UnknownProfile {
                id: "xx".into(),
                known: vec!["cm".into(), "cno".into()],
            },
            Error::NewerSchema {
                origin: "a.json".into(),
                found: 9,
                supported: 1,
            },
            Error::io(
                std::path::Path::new("a.json"),
                "read",
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ),
            Error::UnreadableAssessment {
                origin: "a.json".into(),
                cause: Box::new(Error::Syntax {
                    origin: "a.json".into(),
                    line: 4,
                    column: 2,
                    message: "trailing comma".into(),
                }),
            },
        ]
    }

    #[test]
    fn english_is_the_display_text() {
        for err in every_variant() {
            assert_eq!(error(&err, Lang::En), err.to_string());
        }
        let bare = Error::UnknownItem {
            origin: "o".into(),
            field: "f".into(),
            item: "i".into(),
            closest: Vec::new(),
        };
        assert_eq!(error(&bare, Lang::En), bare.to_string());
    }

    #[test]
    fn french_keeps_origin_place_and_fix_in_french_typography() {
        for err in every_variant() {
            let fr = error(&err, Lang::Fr);
            assert!(!fr.contains(" :") && !fr.contains(" ;"), "{fr}");
            assert!(fr.contains("a.json") || fr.contains("cm.json") || fr.contains("xx"));
        }
        let [
            syntax,
            shape,
            invalid,
            unknown,
            profile,
            newer,
            io,
            unreadable,
        ] = every_variant().try_into().expect("eight variants");
        assert_eq!(
            error(&syntax, Lang::Fr),
            "a.json\u{a0}: ligne 3, colonne 7\u{a0}: `,` ou `}` attendu. Corrigez le JSON à cet \
             endroit (une virgule, un guillemet ou un crochet manquant en est la cause habituelle)."
        );
        assert!(error(&shape, Lang::Fr).contains("ligne 2, colonne 9, champ `scores.A.3`"));
        assert_eq!(
            error(&invalid, Lang::Fr),
            "a.json\u{a0}: champ `scores.A.3`\u{a0}: le niveau 7 est hors de 0–5. Que faire\u{a0}: \
             utilisez 0 pour «\u{202f}pas encore pratiqué\u{202f}», un niveau de 1 à 5, ou «\u{202f}na\u{202f}» \
             pour «\u{202f}sans objet\u{202f}»\u{202f}; omettez l'élément sans réponse."
        );
        assert!(error(&unknown, Lang::Fr).contains("(le plus proche connu\u{a0}: A.3)"));
        assert!(error(&profile, Lang::Fr).starts_with("profil inconnu `xx`"));
        assert!(error(&newer, Lang::Fr).contains("version 9\u{202f}; celle-ci"));
        assert!(
            error(&io, Lang::Fr).starts_with("a.json\u{a0}: impossible de lire ce fichier\u{a0}: ")
        );
        // The cause is told in the same language, with its line and column.
        let unreadable = error(&unreadable, Lang::Fr);
        assert!(unreadable.contains("ne peut pas être lue"), "{unreadable}");
        assert!(unreadable.contains("ligne 4, colonne 2"), "{unreadable}");
    }

    #[test]
    fn unknown_details_are_quoted_and_words_translated() {
        let err = Error::invalid("comparison", "person", "something new", "do this");
        assert_eq!(
            error(&err, Lang::Fr),
            "comparaison\u{a0}: champ `person`\u{a0}: «\u{202f}something new\u{202f}». Que faire\u{a0}: \
             «\u{202f}do this\u{202f}»."
        );
        let text = "the self-rating is about \"Ana\" but the coach's rating is about \"Bo\"";
        assert_eq!(
            french_text(text),
            "l'auto-évaluation porte sur «\u{202f}Ana\u{202f}» mais l'évaluation du coach porte sur \
             «\u{202f}Bo\u{202f}»"
        );
        let text = "the first assessment is about \"Ana\" but the second is about \"Bo\"";
        assert!(french_text(text).starts_with("le premier bilan porte sur"));
        assert_eq!(de("écrire ce fichier"), "d'écrire ce fichier");
    }

    #[test]
    fn a_bad_answer_reads_in_french_with_the_na_fix() {
        let text = r#"{"person": "Ana", "rater": "self", "scores": {"E.7": "nope"}}"#;
        let err = bilan_core::Assessment::from_json(text, "a.json").unwrap_err();
        let fr = error(&err, Lang::Fr);
        assert!(fr.contains("champ `scores.E.7`"), "{fr}");
        assert!(
            fr.contains("un niveau de 0 à 5 est attendu, ou «\u{202f}na\u{202f}»"),
            "{fr}"
        );
        assert!(!fr.contains("expected"), "translated, not quoted: {fr}");
    }
}
