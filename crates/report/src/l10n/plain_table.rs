//! The shape of the plain mode's words (`bilan new --plain`): one struct,
//! filled once per language in `fr/plain.rs` and `en/plain.rs`, so a word
//! missing in either language does not compile. Every sentence is one line
//! that makes sense alone (a screen reader reads lines one by one).

/// The words of the line-by-line mode.
#[derive(Debug)]
pub struct Plain {
    /// The first line: what this mode is and how to answer.
    pub intro: &'static str,
    /// `question` in "question 12 of 49".
    pub question: &'static str,
    /// `of` in "question 12 of 49".
    pub of: &'static str,
    /// Before the count of answers: "Answered so far".
    pub answered_so_far: &'static str,
    pub description: &'static str,
    /// The item's answer already saved: "Current answer".
    pub current_answer: &'static str,
    /// In a coach's session, the candidate's own answer.
    pub self_rating: &'static str,
    pub your_note: &'static str,
    /// The prompt, listing every answer accepted.
    pub prompt: &'static str,
    /// After a saved answer: "Saved".
    pub saved: &'static str,
    pub skipped: &'static str,
    pub first_already: &'static str,
    pub not_understood: &'static str,
    pub hint: &'static str,
    /// The help, one line per answer.
    pub help: [&'static str; 8],
    pub note_prompt: &'static str,
    pub note_saved: &'static str,
    pub note_removed: &'static str,
    pub note_unchanged: &'static str,
    /// Where the answers go, for a file not written yet.
    pub will_save_in: &'static str,
    /// Where the answers go, for a file that exists.
    pub saving_in: &'static str,
    pub resuming_at: &'static str,
    pub merged: &'static str,
    pub changed_unreadable: &'static str,
    pub deleted: &'static str,
    pub locked: &'static str,
    pub end_of_input: &'static str,
    pub nothing_created: &'static str,
    pub nothing_given: &'static str,
    pub stopped: &'static str,
    pub to_continue: &'static str,
    pub all_seen: &'static str,
    pub left_unanswered: &'static str,
    pub too_many: &'static str,
    pub results_for: &'static str,
    pub fit: &'static str,
    pub largest_gaps: &'static str,
    pub level_now: &'static str,
    pub not_answered: &'static str,
    pub required: &'static str,
    pub points_lost: &'static str,
    pub file_is: &'static str,
    pub more_detail: &'static str,
}
