//! What the TUI says about where it runs: without a terminal, and about a
//! data folder others can reach.

use bilan_core::Lang;
use bilan_core::store::DataDirAccess;

/// Why the screens cannot open without a terminal, and what works instead.
pub fn needs_terminal(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "the assessment screens need a terminal: standard input and output must both be \
             one (not a pipe, a file, /dev/null or a cron job). Nothing was created. Without a \
             terminal, `bilan new --name NAME --plain` and `bilan resume NAME --plain` ask the \
             questions line by line, and the other commands work: `bilan match`, `report`, `plan`, `guide`, \
             `compare`, `diff`, `cohort`, `profiles` (see `bilan --help`)."
        }
        Lang::Fr => {
            "les écrans d'évaluation demandent un terminal\u{a0}: l'entrée et la sortie \
             standard doivent toutes deux en être un (pas un tube, un fichier, /dev/null ni une \
             tâche cron). Rien n'a été créé. Sans terminal, `bilan new --name NOM --plain` et \
             `bilan resume NOM --plain` posent les questions ligne à ligne, et les autres \
             commandes fonctionnent\u{a0}: `bilan match`, `report`, `plan`, `guide`, `compare`, `diff`, `cohort`, `profiles` \
             (voir `bilan --help`)."
        }
    }
}

/// One line about the data folder, when there is something to say: made
/// private (a notice), or reachable by others (a warning, `true`). The path
/// comes last, so a narrow status line cuts it rather than the sentence.
pub fn data_dir_notice(access: &DataDirAccess, lang: Lang) -> Option<(String, bool)> {
    Some(match (access, lang) {
        (DataDirAccess::Private, _) => return None,
        (DataDirAccess::Tightened { path, was }, Lang::En) => (
            format!(
                "Data folder made private (mode {was:04o} → 0700): {}",
                path.display()
            ),
            false,
        ),
        (DataDirAccess::Tightened { path, was }, Lang::Fr) => (
            format!(
                "Dossier des données rendu privé (mode {was:04o} → 0700)\u{a0}: {}",
                path.display()
            ),
            false,
        ),
        (DataDirAccess::StillOpen { path, mode }, Lang::En) => (
            format!(
                "Warning: others can reach the data folder (mode {mode:04o}), which cannot be \
                 made private: {}",
                path.display()
            ),
            true,
        ),
        (DataDirAccess::StillOpen { path, mode }, Lang::Fr) => (
            format!(
                "Attention\u{a0}: d'autres peuvent accéder au dossier des données (mode \
                 {mode:04o}), qui ne peut être rendu privé\u{a0}: {}",
                path.display()
            ),
            true,
        ),
        (DataDirAccess::NotOwn { path, mode, owner }, Lang::En) => (
            format!(
                "Warning: the data folder belongs to user {owner} (mode {mode:04o}), who can \
                 change its files; --data-dir chooses yours: {}",
                path.display()
            ),
            true,
        ),
        (DataDirAccess::NotOwn { path, mode, owner }, Lang::Fr) => (
            format!(
                "Attention\u{a0}: le dossier des données appartient à l'utilisateur {owner} \
                 (mode {mode:04o}), qui peut modifier ses fichiers\u{202f}; --data-dir choisit \
                 le vôtre\u{a0}: {}",
                path.display()
            ),
            true,
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn the_notice_names_the_folder_and_the_modes_in_both_languages() {
        let access = DataDirAccess::Tightened {
            path: PathBuf::from("/home/ana/bilan"),
            was: 0o777,
        };
        for lang in [Lang::En, Lang::Fr] {
            let (text, warning) = data_dir_notice(&access, lang).unwrap();
            assert!(!warning);
            assert!(
                text.contains("/home/ana/bilan") && text.contains("0777"),
                "{text}"
            );
            assert!(text.contains("0700") && !text.contains('\n'), "{text}");
        }
        assert_eq!(data_dir_notice(&DataDirAccess::Private, Lang::Fr), None);
        let theirs = DataDirAccess::NotOwn {
            path: PathBuf::from("/srv/shared"),
            mode: 0o777,
            owner: 1001,
        };
        let (fr, warning) = data_dir_notice(&theirs, Lang::Fr).unwrap();
        assert!(
            warning && fr.starts_with("Attention\u{a0}:") && fr.contains("1001"),
            "{fr}"
        );
    }
}
