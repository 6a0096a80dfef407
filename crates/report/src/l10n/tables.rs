//! The shape of the word tables: one struct per part of the program, each
//! filled once per language (`fr/`, `en/`). A struct literal must name every
//! field, so the compiler refuses a word missing in either language.

/// Every word of the program in one language.
#[derive(Debug)]
pub struct Words {
    /// The screens and the command line.
    pub ui: Strings,
    /// The coach's and trainer's screens (comparison, progress, group).
    pub coaching: Coaching,
    /// The headings and labels of the reports (report, plan, guide, job
    /// sheet), in every format.
    pub labels: Labels,
    /// The comparison, progress and cohort documents.
    pub coaching_docs: CoachingDocs,
    /// What each key of the TUI does (its footer and help).
    pub keys: KeyWords,
    /// The answers that are not a level 1–5: "not applicable", and level 0
    /// worded for each kind of item and rater.
    pub answers: Answers,
    /// Saving: one writer per assessment, changes on disk, failed saves.
    pub saving: Saving,
}

/// The words of the screens and the command line, and those the documents
/// share with them (importance, T/P marks, duty groups, strengths…).
#[derive(Debug)]
pub struct Strings {
    pub always: &'static str,
    pub sometimes: &'static str,
    pub core: &'static str,
    pub secondary: &'static str,
    pub aliases: &'static str,
    pub custom: &'static str,
    pub missions: &'static str,
    pub responsibilities: &'static str,
    pub kpis: &'static str,
    pub activities: &'static str,
    pub requirements: &'static str,
    pub requirements_word: &'static str,
    pub level_short: &'static str,
    pub valid_profile: &'static str,
    pub valid_catalogue: &'static str,
    pub items: &'static str,
    pub self_rated: &'static str,
    pub coach_rated: &'static str,
    pub answered: &'static str,
    pub unanswered_count_as_zero: &'static str,
    pub rule: &'static str,
    pub no_gaps: &'static str,
    pub gaps_by_points: &'static str,
    pub points_short: &'static str,
    pub next_goal: &'static str,
    pub strengths: &'static str,
    pub all_same_hint: &'static str,
    /// The same hint when a coach rates: about the person, not "you".
    pub all_same_hint_coach: &'static str,
    pub all_same_warning: &'static str,
    pub answered_word: &'static str,
    pub app_intro: &'static str,
    pub app_tagline: &'static str,
    pub col_actual: &'static str,
    pub col_date: &'static str,
    pub col_item: &'static str,
    pub col_level: &'static str,
    pub col_name: &'static str,
    pub col_points: &'static str,
    pub col_progress: &'static str,
    pub col_rater: &'static str,
    pub col_required: &'static str,
    pub col_section: &'static str,
    pub col_title: &'static str,
    pub completeness: &'static str,
    pub help_everywhere: &'static str,
    pub help_saving: &'static str,
    pub help_this_screen: &'static str,
    pub help_title: &'static str,
    pub home_title: &'static str,
    pub item_word: &'static str,
    pub loading: &'static str,
    pub menu_new: &'static str,
    pub menu_profiles: &'static str,
    pub menu_quit: &'static str,
    pub menu_resume: &'static str,
    pub minimum: &'static str,
    pub name_prompt: &'static str,
    pub name_required: &'static str,
    pub new_hint: &'static str,
    pub new_title: &'static str,
    pub next_goal_title: &'static str,
    pub no_strengths: &'static str,
    pub not_answered: &'static str,
    pub note_hint: &'static str,
    pub note_title: &'static str,
    pub nothing_saved: &'static str,
    pub overall_word: &'static str,
    pub profiles_title: &'static str,
    pub radar_profile: &'static str,
    pub radar_you: &'static str,
    pub rater_coach: &'static str,
    pub rater_prompt: &'static str,
    pub rater_self: &'static str,
    pub results_title: &'static str,
    pub resume_title: &'static str,
    pub review_title: &'static str,
    /// Singular and plural.
    pub saved_word: [&'static str; 2],
    pub short_savoir: &'static str,
    pub short_savoir_etre: &'static str,
    pub short_savoir_faire: &'static str,
    pub source_word: &'static str,
    pub tab_gaps: &'static str,
    pub tab_radar: &'static str,
    pub tab_requirements: &'static str,
    pub tab_strengths: &'static str,
    pub too_small: &'static str,
    pub too_small_hint: &'static str,
    pub unanswered_word: &'static str,
    /// Singular and plural.
    pub unreadable_files: [&'static str; 2],
    pub walk_title: &'static str,
    pub what_if_active: &'static str,
    pub what_if_reset: &'static str,
    /// Status after the export key: the path follows.
    pub exported: &'static str,
    /// The walk card's answer when the person rates themselves: "your level: 3".
    pub your_level: &'static str,
    /// The same when a coach rates: the level the coach gives the person.
    pub level_given: &'static str,
    pub semicolon: &'static str,
    pub answered_short: &'static str,
    /// "required" in the middle of a sentence: "required: CM 3",
    /// "(required 3, margin +1)", "(required, core)".
    pub required_by: &'static str,
    pub custom_skipped: [&'static str; 2],
    /// The group analysis counter: "312 / 10,000 files".
    pub files: [&'static str; 2],
}

/// The words of the coach's and trainer's screens (comparison, progress,
/// group analysis), and those the coaching documents share with them.
#[derive(Debug)]
pub struct Coaching {
    pub menu_cohort: &'static str,
    pub compare_title: &'static str,
    pub progress_title: &'static str,
    pub cohort_title: &'static str,
    pub self_note: &'static str,
    pub col_self: &'static str,
    pub col_coach: &'static str,
    pub col_agreed: &'static str,
    pub col_difference: &'static str,
    pub col_before: &'static str,
    pub col_after: &'static str,
    pub col_change: &'static str,
    pub col_profile: &'static str,
    pub col_fit: &'static str,
    pub col_below: &'static str,
    pub col_mean_gap: &'static str,
    pub col_spread: &'static str,
    pub col_priority: &'static str,
    pub col_largest_gaps: &'static str,
    pub col_file: &'static str,
    pub col_problem: &'static str,
    pub agree: [&'static str; 2],
    pub minor: [&'static str; 2],
    pub major: [&'static str; 2],
    pub one_sided: [&'static str; 2],
    pub rose: &'static str,
    pub fell: &'static str,
    pub new: &'static str,
    pub removed: &'static str,
    pub unchanged: &'static str,
    pub swapped: &'static str,
    pub items_title: &'static str,
    pub no_items: &'static str,
    pub tab_priorities: &'static str,
    pub tab_people: &'static str,
    pub tab_heatmap: &'static str,
    pub tab_files: &'static str,
    /// "3 files left out" in the group summary.
    pub files_left_out: [&'static str; 2],
    pub target: &'static str,
    pub people: [&'static str; 2],
    pub mean_fit: &'static str,
    pub analysing: &'static str,
    pub nothing_to_analyse: &'static str,
    pub invalid: &'static str,
    pub duplicate_of: &'static str,
    pub heatmap_legend: &'static str,
    pub no_self_rating: &'static str,
    pub no_coach_rating: &'static str,
    pub no_other_hint: &'static str,
    pub needs_both_raters: &'static str,
    pub no_earlier_round: &'static str,
    pub keep_round_hint: &'static str,
    pub round_kept: &'static str,
    pub marked: &'static str,
    pub mark_hint: &'static str,
    pub mark_first: &'static str,
    pub pick_two_files: &'static str,
    pub progress_same_rater: &'static str,
}

/// The headings and labels of the reports (report, plan, guide, job sheet),
/// in every format.
#[derive(Debug)]
pub struct Labels {
    /// `Bilan de compétences` / `Competency assessment`: the report's title.
    pub report_title: &'static str,
    pub plan_title: &'static str,
    pub guide_title: &'static str,
    pub job_sheet_title: &'static str,
    pub person: &'static str,
    pub rater: &'static str,
    pub self_rated: &'static str,
    pub coach_rated: &'static str,
    pub coach: &'static str,
    pub started: &'static str,
    pub updated: &'static str,
    pub generated: &'static str,
    /// `answered` as in "36 of 49 answered".
    pub answered: &'static str,
    pub of: &'static str,
    pub ranking: &'static str,
    /// The report's self vs coach section.
    pub comparison: &'static str,
    pub rule: &'static str,
    pub rank: &'static str,
    pub profile: &'static str,
    pub fit: &'static str,
    pub distance: &'static str,
    pub requirements: &'static str,
    pub item: &'static str,
    pub title: &'static str,
    pub kind: &'static str,
    pub area: &'static str,
    pub importance: &'static str,
    pub required: &'static str,
    pub actual: &'static str,
    pub score: &'static str,
    pub gap: &'static str,
    pub points_lost: &'static str,
    pub status: &'static str,
    pub met: &'static str,
    pub not_met: &'static str,
    pub margin: &'static str,
    pub by_area: &'static str,
    pub you: &'static str,
    pub target: &'static str,
    pub notes: &'static str,
    pub no_notes: &'static str,
    pub plan: &'static str,
    /// Before the profile name: "for" / "pour".
    pub plan_for: &'static str,
    pub best_match: &'static str,
    pub chosen_profile: &'static str,
    pub no_gaps: &'static str,
    pub current_level: &'static str,
    pub goal: &'static str,
    pub level: &'static str,
    /// Heading of seed 004's knowledge/skill codes (T05, B08…), which say
    /// they are the seed's own list, not e-CF Dimension-4 codes.
    pub codes: &'static str,
    pub actions: &'static str,
    pub questions: &'static str,
    /// The guide's "what the person can bring" label.
    pub evidence: &'static str,
    /// The guide's introduction: its heading and its points (any setting of
    /// working life counts, the probe for the required level, evidence the
    /// person brings, cautions).
    pub guide_how: &'static str,
    pub guide_intro: &'static [&'static str],
    /// Heading of the probes, one per level band.
    pub probes: &'static str,
    /// Beside the probe of the level the profile requires.
    pub required_level: &'static str,
    /// Label of a caution on a personality trait.
    pub caution: &'static str,
    /// What a level looks like at the required level: "Expected at level".
    pub expected_at: &'static str,
    pub interview_notes: &'static str,
    /// The rating the coach gives after the interview.
    pub observed_level: &'static str,
    pub candidate: &'static str,
    pub date: &'static str,
    pub summary: &'static str,
    pub competences: &'static str,
    pub traits: &'static str,
    /// Legend of T/P marks.
    pub marks_legend: &'static str,
    /// Legend of ++/+ marks.
    pub importance_legend: &'static str,
    pub ties: &'static str,
    /// Footer line of every document: made offline by bilan, followed by
    /// the version line (see [`made_by`](crate::l10n::format::made_by)).
    pub made_by: &'static str,
    /// "profiles data" in the footer's version line ("profiles data v1").
    pub profiles_data: &'static str,
    // Once `markdown::report::Words` and `html::HtmlWords`.
    /// Header of the "answered/required" column of the ranking.
    pub answered_column: &'static str,
    /// "margin" in the middle of a sentence ("required" is
    /// [`Strings::required_by`]).
    pub margin_lower: &'static str,
    /// The table of contents of the HTML report (screen only).
    pub contents: &'static str,
    /// Caption of the bar chart.
    pub bars_caption: &'static str,
    /// Caption of the radar chart.
    pub radar_caption: &'static str,
    /// Legend entry of the bar chart.
    pub required_range: &'static str,
    /// Heading of the report's first page: who, ranking, gaps, strengths.
    pub at_a_glance: &'static str,
    /// The summary's largest gaps of the target profile.
    pub top_gaps: &'static str,
    /// Where the report details one profile: how to get the others.
    pub other_profiles: &'static str,
    /// Before the date a plan was made (the report says `generated`).
    pub made_on: &'static str,
}

/// The words of the comparison, progress and cohort documents (also those
/// of the full report's comparison section) that [`Labels`] does not have.
#[derive(Debug)]
pub struct CoachingDocs {
    // Comparison.
    pub comparison_title: &'static str,
    pub self_rating: &'static str,
    pub coach_rating: &'static str,
    /// Column headers: the self-rating's score and the combined one (the
    /// coach's level where given, else the self-rating; named so, since the
    /// two did not agree on it; the
    /// coach's is [`Labels::coach`]).
    pub self_score: &'static str,
    pub agreed: &'static str,
    pub difference: &'static str,
    /// Header of the `!!`/`!`/`·` column.
    pub flag: &'static str,
    pub agree: &'static str,
    pub minor: &'static str,
    pub major: &'static str,
    pub one_sided: &'static str,
    pub items_by_disagreement: &'static str,
    pub fits_by_profile: &'static str,
    /// Before a profile's place: "68.8% (rank 1)".
    pub rank: &'static str,
    pub agreed_note: &'static str,
    // Progress.
    pub progress_title: &'static str,
    pub before: &'static str,
    pub now: &'static str,
    pub change: &'static str,
    pub unchanged: &'static str,
    pub what_moved: &'static str,
    pub nothing_moved: &'static str,
    /// "2 items unchanged (not listed)": after the count.
    pub unchanged_items: &'static str,
    pub swapped_note: &'static str,
    // Cohort.
    pub cohort_title: &'static str,
    pub files_seen: &'static str,
    pub people_analysed: &'static str,
    pub mean_fit: &'static str,
    pub invalid_count: &'static str,
    pub duplicate_count: &'static str,
    pub priorities_title: &'static str,
    pub below: &'static str,
    pub mean_gap: &'static str,
    pub distribution: &'static str,
    pub priority: &'static str,
    pub priority_note: &'static str,
    /// Under the terminal's sparkline column.
    pub spark_note: &'static str,
    pub largest_gaps: &'static str,
    pub nobody: &'static str,
    pub heatmap_columns: &'static str,
    /// Legend of the heatmap: gap 1, 2, and 3 or more (0 is [`Labels::met`]).
    pub gap_one: &'static str,
    pub gap_two: &'static str,
    pub gap_three: &'static str,
    /// "1–5 levels short" in the heatmap legend.
    pub levels_short: &'static str,
    pub invalid_title: &'static str,
    pub duplicates_title: &'static str,
    /// "kept the newer `path`" / "same date: kept `path`".
    pub kept_newer: &'static str,
    pub kept_same_time: &'static str,
}

/// What each binding of the TUI's keymap does (`src/tui/keymap/tables.rs`).
#[derive(Debug)]
pub struct KeyWords {
    pub help: &'static str,
    pub other_language: &'static str,
    pub quit: &'static str,
    pub quit_all_saved: &'static str,
    /// Ctrl-Z: the terminal is given back until `fg`.
    pub suspend: &'static str,
    pub previous_entry: &'static str,
    pub next_entry: &'static str,
    pub open: &'static str,
    pub start: &'static str,
    pub self_coach: &'static str,
    /// The form's second field, the coach's name.
    pub coach_name_field: &'static str,
    /// The coach's walk: hide the self-rating until the item is rated.
    pub blind_rating: &'static str,
    /// The resume list: sort by name or by date.
    pub sort_name_date: &'static str,
    /// The resume list: type a name to filter, Esc to clear it.
    pub filter_by_name: &'static str,
    pub clear_the_filter: &'static str,
    pub back: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub page: &'static str,
    pub resume: &'static str,
    pub mark_to_compare: &'static str,
    pub compare_with_marked: &'static str,
    pub progress_since_marked: &'static str,
    pub next_profile: &'static str,
    pub previous_profile: &'static str,
    pub scroll: &'static str,
    pub rate_and_move_on: &'static str,
    /// Quick orientation: where it stands / go on with every item / back.
    pub quick_standing: &'static str,
    pub continue_full_assessment: &'static str,
    pub back_to_the_questions: &'static str,
    pub detailed_results: &'static str,
    /// Answer "not applicable / can't judge" (walk and overview).
    pub not_applicable: &'static str,
    pub previous_item: &'static str,
    pub next_item: &'static str,
    pub previous_level: &'static str,
    pub next_level: &'static str,
    pub confirm_level: &'static str,
    pub next_section: &'static str,
    pub previous_section: &'static str,
    pub clear_the_rating: &'static str,
    pub overview: &'static str,
    pub note_evidence: &'static str,
    pub results: &'static str,
    pub compare_self_and_coach: &'static str,
    pub start_screen: &'static str,
    pub previous_row: &'static str,
    pub next_row: &'static str,
    pub rate_the_row: &'static str,
    pub go_to_the_item: &'static str,
    pub back_to_the_walk: &'static str,
    pub progress_since_dated_copy: &'static str,
    pub next_tab: &'static str,
    pub what_if: &'static str,
    pub reset_what_if: &'static str,
    pub rate_this_item: &'static str,
    pub job_sheet: &'static str,
    pub export_report: &'static str,
    pub keep_a_dated_copy: &'static str,
    pub rate_this_item_again: &'static str,
    pub next_target_profile: &'static str,
    pub previous_target_profile: &'static str,
    pub scroll_the_heatmap: &'static str,
    pub export_analysis: &'static str,
    pub close_help: &'static str,
    pub scroll_up: &'static str,
    pub scroll_down: &'static str,
    /// Closes the note editor, keeping what was typed.
    pub save_the_note: &'static str,
    /// Enter in the note editor.
    pub new_line: &'static str,
    pub cancel: &'static str,
    pub reload_from_disk: &'static str,
    pub keep_mine: &'static str,
    pub write_again: &'static str,
    pub not_now: &'static str,
    pub write_a_copy: &'static str,
    pub stay: &'static str,
    pub write_the_copy: &'static str,
    /// `/`: find an item by id or title.
    pub find_an_item: &'static str,
    /// Jump to the next item with no answer.
    pub next_unanswered: &'static str,
    /// `u`: undo the last rating change.
    pub undo_rating: &'static str,
    /// Home / End on a scrolling page.
    pub start_end: &'static str,
    /// ↑ ↓ among the items a search found.
    pub pick_a_match: &'static str,
}

/// The answers that are not a level 1–5, wherever an answer is shown (walk,
/// review, comparison, progress, cohort, reports).
#[derive(Debug)]
pub struct Answers {
    /// The answer in full, as the walk shows it: "not applicable / can't
    /// judge".
    pub not_applicable: &'static str,
    /// In a table cell of a document: "not applicable".
    pub not_applicable_cell: &'static str,
    /// Where a column is a few characters wide (terminal tables): "n/a".
    pub not_applicable_short: &'static str,
    /// That it is not scored, in one sentence (completeness lines, reports).
    pub not_scored: &'static str,
    /// "2 not applicable" after a count: singular and plural.
    pub not_applicable_count: [&'static str; 2],
    /// A level at one side, "not applicable" at the other: no gap measured.
    /// Singular and plural, for counts ("2 not comparable").
    pub not_comparable: [&'static str; 2],
    /// The legend of the comparison's `?` flag, capitalised.
    pub not_comparable_legend: &'static str,
    /// The group analysis's note when someone answered "not applicable":
    /// what the `n/a` count and the heatmap's `/` mean.
    pub cohort_note: &'static str,
    /// Level 0 for each kind of item, when the person rates themselves and
    /// when a coach rates them.
    pub level_zero: LevelZero,
}

/// Level 0 ("not yet practised") worded for the kind of item (a
/// competence, knowledge, a skill, a trait) and for who rates.
#[derive(Debug)]
pub struct LevelZero {
    pub ecf_self: &'static str,
    pub ecf_coach: &'static str,
    pub savoir_self: &'static str,
    pub savoir_coach: &'static str,
    pub savoir_faire_self: &'static str,
    pub savoir_faire_coach: &'static str,
    pub savoir_etre_self: &'static str,
    pub savoir_etre_coach: &'static str,
}

/// What the TUI says about saving: a window that only reads (another one
/// writes), a file changed or deleted on disk behind its back, a failed save
/// when quitting, and the files of the saved list that cannot be read.
#[derive(Debug)]
pub struct Saving {
    /// In the header of a window that only reads.
    pub read_only_mark: &'static str,
    /// Its standing notice: who writes it follows.
    pub read_only_notice: &'static str,
    /// "host", "process", "since" in the holder's description.
    pub holder_host: &'static str,
    pub holder_process: &'static str,
    pub holder_since: &'static str,
    /// When the lock file names nobody.
    pub holder_unknown: &'static str,
    /// A change tried in a window that only reads.
    pub read_only_refused: &'static str,
    pub changed_title: &'static str,
    pub changed_text: &'static str,
    /// The file on disk changed and cannot be read: its error follows.
    pub changed_unreadable: &'static str,
    pub missing_title: &'static str,
    pub missing_text: &'static str,
    /// The keys of the prompts, in the prompt's own words.
    pub changed_choices: &'static str,
    pub changed_unreadable_choices: &'static str,
    pub missing_choices: &'static str,
    /// Status after "not now": nothing was written.
    pub not_saved_changed: &'static str,
    pub not_saved_missing: &'static str,
    /// Status after a reload.
    pub reloaded: &'static str,
    pub quit_title: &'static str,
    /// Quitting after a failed save: the failure follows.
    pub quit_text: &'static str,
    pub quit_choices: &'static str,
    pub copy_title: &'static str,
    pub copy_prompt: &'static str,
    /// The copy was written: its path follows.
    pub copy_written: &'static str,
    /// On stderr when quitting anyway: the failure follows.
    pub exit_unsaved: &'static str,
    /// The saved list: the files that cannot be read, each with its error.
    pub unreadable_title: &'static str,
    pub unreadable_hint: &'static str,
}
