//! Ce que l'interface dit de l'enregistrement, en français.

use crate::l10n::tables::Saving;

pub(super) const SAVING: Saving = Saving {
    read_only_mark: "lecture seule",
    read_only_notice: "Lecture seule\u{a0}: une autre fenêtre écrit ce bilan",
    holder_host: "machine",
    holder_process: "processus",
    holder_since: "depuis",
    holder_unknown: "son fichier de verrou ne dit pas qui",
    read_only_refused: "Lecture seule\u{a0}: rien n'est modifié ici. Fermez l'autre fenêtre, puis rouvrez ce bilan pour le modifier.",
    changed_title: "Modifié sur le disque",
    changed_text: "Le fichier de ce bilan a été modifié (par un autre programme ou à la main) depuis que cette fenêtre l'a lu. Enregistrer maintenant écraserait cette modification.",
    changed_unreadable: "Le fichier tel qu'il est maintenant ne peut pas être lu\u{a0}:",
    missing_title: "Supprimé du disque",
    missing_text: "Le fichier de ce bilan a été supprimé depuis que cette fenêtre l'a lu. Il n'est pas réécrit sans votre accord.",
    changed_choices: "r\u{a0}: le recharger et remettre vos changements par-dessus (là où les deux diffèrent, les vôtres l'emportent) · k\u{a0}: garder les vôtres et écraser le fichier · Esc\u{a0}: pas maintenant (rien n'est écrit)",
    changed_unreadable_choices: "k\u{a0}: garder les vôtres et écraser le fichier · Esc\u{a0}: pas maintenant (corrigez le fichier, puis modifiez quelque chose pour enregistrer de nouveau)",
    missing_choices: "w\u{a0}: le réécrire avec vos réponses · Esc\u{a0}: le laisser supprimé (rien n'est écrit)",
    not_saved_changed: "Non enregistré\u{a0}: le fichier a changé sur le disque. Vos réponses restent dans cette fenêtre\u{202f}; la prochaine modification redemande.",
    not_saved_missing: "Non enregistré\u{a0}: le fichier a été supprimé du disque. Vos réponses restent dans cette fenêtre\u{202f}; la prochaine modification redemande.",
    reloaded: "Rechargé depuis le disque, avec vos changements par-dessus",
    quit_title: "Non enregistré",
    quit_text: "Le dernier enregistrement a échoué\u{a0}: vos derniers changements n'existent que dans cette fenêtre\u{a0}:",
    quit_choices: "c\u{a0}: écrire une copie ailleurs · q\u{a0}: quitter quand même (ils sont perdus) · Esc\u{a0}: rester",
    copy_title: "Écrire une copie",
    copy_prompt: "Où écrire la copie (un fichier\u{202f}; ~ est votre dossier personnel)\u{a0}:",
    copy_written: "Une copie du bilan a été écrite",
    exit_unsaved: "les derniers changements n'ont pas été enregistrés",
    unreadable_title: "Illisibles",
    unreadable_hint: "Corrigez le fichier (ou sortez-le du dossier)\u{202f}; il réapparaît dans la liste dès qu'il peut être lu.",
};
