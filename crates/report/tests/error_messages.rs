//! Error messages about files that cannot be read or that hold hostile
//! values (issue 13): the file is named with what it is, and every value a
//! message quotes is escaped and cut, in both languages, exactly as the
//! core's own `Display` does.

use bilan_core::error::{FileKind, FileRole};
use bilan_core::{Error, Lang};
use bilan_report::l10n::error;

fn file_variants() -> Vec<Error> {
    vec![
        Error::NotAFile {
            origin: "pipe.json".into(),
            kind: FileKind::Fifo,
        },
        Error::TooLarge {
            origin: "big.json".into(),
            limit: 1 << 20,
            what: FileRole::Assessment,
        },
    ]
}

#[test]
fn files_that_cannot_be_read_say_why_in_both_languages() {
    for err in file_variants() {
        assert_eq!(error(&err, Lang::En), err.to_string());
    }
    let [fifo, big] = file_variants().try_into().expect("two variants");
    assert_eq!(
        error(&fifo, Lang::En),
        "pipe.json: cannot read: it is a named pipe (FIFO), not a regular file. Give the \
         path of a JSON file (bilan reads regular files only)."
    );
    assert!(error(&fifo, Lang::Fr).starts_with(
        "pipe.json\u{a0}: impossible de lire ce fichier\u{a0}: c'est un tube nommé (FIFO)"
    ));
    assert!(
        error(&big, Lang::En).contains("larger than 1 MB, the most bilan reads for an assessment")
    );
    assert!(
        error(&big, Lang::Fr)
            .contains("il dépasse 1\u{a0}Mo, le plus que bilan lise pour un bilan")
    );
}

#[test]
fn values_from_files_are_escaped_and_cut_in_both_languages() {
    let hostile = format!(
        "x\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}{}",
        "y".repeat(1 << 20)
    );
    let errors = [
        Error::UnknownItem {
            origin: "a\u{1b}[2J.json".to_string(),
            field: format!("scores.{hostile}"),
            item: hostile.clone(),
            closest: vec![hostile.clone()],
        },
        Error::UnknownProfile {
            id: hostile.clone(),
            known: vec!["cm".into(), hostile.clone()],
        },
        Error::Shape {
            origin: "a.json".into(),
            line: 1,
            column: 9,
            field: "rater".into(),
            message: format!("unknown variant `{hostile}`, expected `self` or `coach`"),
            hint: "Fix that value; `bilan schema` prints the expected shape.".into(),
        },
        Error::invalid(
            "comparison",
            "person",
            format!(
                "the self-rating is about \"{hostile}\" but the coach's rating is about \"Bo\""
            ),
            "give two assessments of the same person (names are matched ignoring case, \
             accents and extra spaces)",
        ),
    ];
    for err in &errors {
        for lang in [Lang::En, Lang::Fr] {
            let text = error(err, lang);
            assert!(
                !text
                    .chars()
                    .any(|c| bilan_core::text::is_unsafe(c) || c == '\n'),
                "{text:?}"
            );
            assert!(text.len() < 1_500, "{} bytes: {text:?}", text.len());
            assert!(text.contains(r"x\u{1b}]0;pwned\u{7}"), "{text:?}");
            assert!(text.contains('…'), "cut: {text:?}");
        }
        assert_eq!(error(err, Lang::En), err.to_string());
    }
    assert!(error(&errors[0], Lang::En).starts_with(r"a\u{1b}[2J.json: "));
    // What follows a cut value is still there, and still translated.
    assert!(error(&errors[2], Lang::En).contains("`, expected `self` or `coach`"));
    assert!(
        error(&errors[2], Lang::Fr).contains("` inconnue, attendu `self`"),
        "{}",
        error(&errors[2], Lang::Fr)
    );
    assert!(
        error(&errors[3], Lang::Fr)
            .contains("mais l'évaluation du coach porte sur «\u{202f}Bo\u{202f}»")
    );
}
