//! Renderings of the coach's and trainer's results: self vs coach
//! comparison, progress between two dates, and cohort gap planning.
//!
//! The data ([`Comparison`](bilan_core::compare::Comparison),
//! [`Progress`](bilan_core::compare::Progress),
//! [`Cohort`](bilan_core::cohort::Cohort)) is built elsewhere in
//! no language; these functions only lay it out. Terminal text stays within
//! [`WIDTH`] columns (long titles and names are cut with `…`) and has every
//! control character of a file's text replaced, so a hostile name cannot
//! move the cursor. Markdown and HTML reuse the escaping and table
//! helpers of [`markdown`](crate::markdown) and [`html`](crate::html).
//! Meaning is always carried by a symbol or a word as well as by colour:
//! `!!`/`!`/`·` for disagreements, `↑`/`↓`/`+`/`−` for progress, `·` and
//! `1`…`5` in the heatmap.
//!
//! One file per document: `comparison.rs` and `progress.rs` (terminal text
//! and Markdown), and the cohort for the terminal in `cohort.rs` (with the
//! figures every format of it shares), in `cohort_markdown.rs`,
//! `cohort_html.rs` and `cohort_csv.rs`. Their words are in
//! [`CoachingDocs`](crate::l10n::CoachingDocs), the terminal layout in
//! `text.rs`, numbers in [`l10n::format`](mod@crate::l10n::format); the
//! symbols they share in `common.rs`. This file only declares and
//! re-exports, so the documents can use `common` without a cycle.

mod cohort;
mod cohort_csv;
mod cohort_html;
mod cohort_markdown;
pub(crate) mod common;
mod comparison;
#[cfg(test)]
mod fixtures;
mod progress;
mod text;

pub use cohort::{cohort_table, largest_gaps};
pub use cohort_csv::{COHORT_COLUMNS, cohort_csv, write_cohort_csv};
pub use cohort_html::cohort_html;
pub use cohort_markdown::cohort_markdown;
pub use common::{WIDTH, gap_symbol, score, severity_mark};
pub use comparison::{comparison_markdown, comparison_text};
pub use progress::{progress_markdown, progress_text};

#[cfg(test)]
mod tests {
    use super::fixtures::{HOSTILE, cohort, comparison, max_width, progress};
    use super::*;
    use bilan_core::text::Lang;

    #[test]
    fn terminal_text_has_no_control_characters() {
        let mut c = cohort();
        c.people[0].person = HOSTILE.to_string();
        let mut cmp = comparison();
        cmp.person = HOSTILE.to_string();
        cmp.coach = Some(HOSTILE.to_string());
        for text in [
            cohort_table(&c, Lang::En),
            comparison_text(&cmp, Lang::Fr),
            progress_text(&progress(), Lang::En),
        ] {
            assert!(
                !text.chars().any(|ch| ch.is_control() && ch != '\n'),
                "{text}"
            );
            assert!(max_width(&text) <= WIDTH, "{text}");
        }
    }
}
