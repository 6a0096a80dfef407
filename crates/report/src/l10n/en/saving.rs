//! What the TUI says about saving, in English.

use crate::l10n::tables::Saving;

pub(super) const SAVING: Saving = Saving {
    read_only_mark: "read-only",
    read_only_notice: "Read-only: another window is writing this assessment",
    holder_host: "host",
    holder_process: "process",
    holder_since: "since",
    holder_unknown: "its lock file does not say who",
    read_only_refused: "Read-only: nothing is changed here. Close the other window, then open this assessment again to change it.",
    changed_title: "Changed on disk",
    changed_text: "This assessment's file was changed (by another program or by hand) since this window read it. Saving now would overwrite that change.",
    changed_unreadable: "The file as it is now cannot be read:",
    missing_title: "Deleted on disk",
    missing_text: "This assessment's file was deleted since this window read it. It is not written again unless you say so.",
    changed_choices: "r: reload it and put your changes back on top (where the two differ, yours win) · k: keep yours and overwrite the file · Esc: not now (nothing is written)",
    changed_unreadable_choices: "k: keep yours and overwrite the file · Esc: not now (fix the file, then change something to save again)",
    missing_choices: "w: write it again with your answers · Esc: leave it deleted (nothing is written)",
    not_saved_changed: "Not saved: the file changed on disk. Your answers stay in this window; the next change asks again.",
    not_saved_missing: "Not saved: the file was deleted on disk. Your answers stay in this window; the next change asks again.",
    reloaded: "Reloaded from disk, with your changes on top",
    quit_title: "Not saved",
    quit_text: "The last save failed, so your latest changes exist only in this window:",
    quit_choices: "c: write a copy elsewhere · q: quit anyway (they are lost) · Esc: stay",
    copy_title: "Write a copy",
    copy_prompt: "Where to write the copy (a file; ~ is your home folder):",
    copy_written: "A copy of the assessment was written",
    exit_unsaved: "the latest changes were not saved",
    unreadable_title: "Cannot be read",
    unreadable_hint: "Fix the file (or move it out of the folder); it is listed again once it can be read.",
};
