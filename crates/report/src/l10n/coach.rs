//! Words of the coach's details and of the smaller screens' messages: the
//! coach's name on the form, blind rating, where the file is on quitting,
//! a reopened file, what an export holds after what-if.

use bilan_core::{Lang, Rater};

/// Label of the coach's-name field of the new-assessment form.
pub fn coach_name_prompt(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Your name, as the coach (optional; ↑↓ to move between fields):",
        Lang::Fr => {
            "Votre nom, en tant que coach (facultatif\u{202f}; ↑↓ pour changer de champ)\u{a0}:"
        }
    }
}

/// Where the self-rating would be, while blind rating hides it.
pub fn blind_hidden(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "self: hidden",
        Lang::Fr => "auto\u{a0}: masquée",
    }
}

/// The status line after `b` in the coach's walk.
pub fn blind_switched(lang: Lang, on: bool) -> &'static str {
    match (lang, on) {
        (Lang::En, true) => {
            "Blind rating on: the self-rating of an item shows once you have rated it."
        }
        (Lang::En, false) => "Blind rating off: the self-rating shows beside every item.",
        (Lang::Fr, true) => {
            "Notation à l'aveugle activée\u{a0}: l'auto-évaluation d'un élément s'affiche une \
             fois que vous l'avez noté."
        }
        (Lang::Fr, false) => {
            "Notation à l'aveugle désactivée\u{a0}: l'auto-évaluation s'affiche à côté de \
             chaque élément."
        }
    }
}

/// The command that reopens a file: `bilan resume "NAME"` (with `--coach`
/// for a coach's rating) when it is in the default data folder, else
/// `bilan resume "PATH"`; quoted for a shell.
pub fn resume_command(person: &str, rater: Rater, path: Option<&str>) -> String {
    let quote = |text: &str| format!("\"{}\"", text.replace(['"', '\\', '$', '`'], ""));
    match (path, rater) {
        (Some(path), _) => format!("bilan resume {}", quote(path)),
        (None, Rater::SelfRated) => format!("bilan resume {}", quote(person)),
        (None, Rater::Coach) => format!("bilan resume {} --coach", quote(person)),
    }
}

/// Printed once the terminal is restored after quitting: where the file is
/// and how to carry on (`command`, from [`resume_command`]).
pub fn saved_where(lang: Lang, path: &str, command: &str) -> String {
    match lang {
        Lang::En => format!("Saved in {path}\nTo carry on: {command}"),
        Lang::Fr => format!("Enregistré dans {path}\nPour reprendre\u{a0}: {command}"),
    }
}

/// The status line when `bilan new` (or the form) finds the person's file
/// already saved and reopens it.
pub fn reopened(lang: Lang, rater: Rater, answered: usize, total: usize, file: &str) -> String {
    match (lang, rater) {
        (Lang::En, Rater::SelfRated) => format!(
            "Already saved: this person's self-rating is reopened ({answered} of {total} \
             answered). For a new round, keep this one as a dated copy (a on the results). \
             File: {file}"
        ),
        (Lang::En, Rater::Coach) => format!(
            "Already saved: your rating of this person is reopened ({answered} of {total} \
             answered). For a new round, keep this one as a dated copy (a on the results). \
             File: {file}"
        ),
        (Lang::Fr, Rater::SelfRated) => format!(
            "Déjà enregistré\u{a0}: l'auto-évaluation de cette personne est rouverte \
             ({answered} sur {total} répondu(s)). Pour une nouvelle session, gardez-en une \
             copie datée (a sur les résultats). Fichier\u{a0}: {file}"
        ),
        (Lang::Fr, Rater::Coach) => format!(
            "Déjà enregistré\u{a0}: votre évaluation de cette personne est rouverte \
             ({answered} sur {total} répondu(s)). Pour une nouvelle session, gardez-en une \
             copie datée (a sur les résultats). Fichier\u{a0}: {file}"
        ),
    }
}

/// The heading and column headers of the notes side by side in a report
/// with the comparison: (heading, item, the candidate's, the coach's).
pub fn paired_notes_words(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::En => [
            "Notes side by side",
            "Item",
            "The candidate's note",
            "The coach's note",
        ],
        Lang::Fr => [
            "Notes côte à côte",
            "Élément",
            "Note de la personne évaluée",
            "Note du coach",
        ],
    }
}

/// The status line after `s` on the resume list.
pub fn sorted_by(lang: Lang, by_name: bool) -> &'static str {
    match (lang, by_name) {
        (Lang::En, true) => "Sorted by name (É with E), then newest first.",
        (Lang::En, false) => "Sorted by date, newest first.",
        (Lang::Fr, true) => "Trié par nom (É avec E), puis du plus récent au plus ancien.",
        (Lang::Fr, false) => "Trié par date, du plus récent au plus ancien.",
    }
}

/// The status line after `e` on the results while what-if scores are set:
/// the report holds the saved scores, not the what-if ones.
pub fn exported_real_scores(lang: Lang, what_if: usize) -> String {
    let one = what_if == 1;
    match lang {
        Lang::En => format!(
            "Report of the saved scores (the {what_if} what-if {} not in it)",
            if one { "change is" } else { "changes are" }
        ),
        Lang::Fr => format!(
            "Rapport des notes enregistrées ({} {what_if} {} «\u{202f}et si\u{202f}» n'y {})",
            if what_if <= 1 { "le" } else { "les" },
            if what_if <= 1 {
                "changement"
            } else {
                "changements"
            },
            if what_if <= 1 { "est pas" } else { "sont pas" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quitting_says_where_the_file_is_and_how_to_carry_on() {
        let by_name = resume_command("Karim \"K\" Benali", Rater::Coach, None);
        assert_eq!(by_name, "bilan resume \"Karim K Benali\" --coach");
        let by_path = resume_command("Ana", Rater::SelfRated, Some("/tmp/x/ana-self.json"));
        assert_eq!(by_path, "bilan resume \"/tmp/x/ana-self.json\"");
        let en = saved_where(Lang::En, "/d/ana-self.json", "bilan resume \"Ana\"");
        assert_eq!(
            en,
            "Saved in /d/ana-self.json\nTo carry on: bilan resume \"Ana\""
        );
        let fr = saved_where(Lang::Fr, "/d/ana-self.json", "bilan resume \"Ana\"");
        assert!(fr.starts_with("Enregistré dans /d/ana-self.json\nPour reprendre\u{a0}:"));
    }
}
