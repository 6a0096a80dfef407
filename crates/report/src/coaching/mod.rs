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
//! [`CoachingDocs`], the terminal layout in
//! `text.rs`, numbers in [`l10n::format`](mod@crate::l10n::format); the
//! symbols they share are here.

mod cohort;
mod cohort_csv;
mod cohort_html;
mod cohort_markdown;
mod comparison;
#[cfg(test)]
mod fixtures;
mod progress;
mod text;

use std::fmt::Write as _;

use crate::l10n::Labels;
use crate::l10n::{CoachingDocs, percent};
use crate::markdown::parts::inline;
use bilan_core::assessment::Rater;
use bilan_core::compare::Severity;
use bilan_core::text::Lang;

pub use cohort::cohort_table;
pub use cohort_csv::{COHORT_COLUMNS, cohort_csv};
pub use cohort_html::cohort_html;
pub use cohort_markdown::cohort_markdown;
pub use comparison::{comparison_markdown, comparison_text};
pub use progress::{progress_markdown, progress_text};

/// The widest a line of terminal text gets, in columns.
pub const WIDTH: usize = 100;

/// A column cut to fit is never made narrower than this.
const MIN_FLEX: usize = 10;

// ---------------------------------------------------------------------------
// Shared pieces

/// The symbol of a disagreement: `!!`, `!`, nothing, or `·` (one-sided).
pub fn severity_mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Major => "!!",
        Severity::Minor => "!",
        Severity::Agree => "",
        Severity::OneSided => "·",
    }
}

/// `!! Differ by 2 or more · ! Differ by 1 · · Rated by one only`.
pub(super) fn severity_legend(w: &CoachingDocs) -> String {
    format!("!! {} · ! {} · · {}", w.major, w.minor, w.one_sided)
}

/// A heatmap cell: `·` when met, else the gap in levels.
pub fn gap_symbol(gap: u8) -> char {
    match gap {
        0 => '·',
        g => char::from_digit(u32::from(g.min(9)), 10).unwrap_or('9'),
    }
}

/// A score, or `—` when not given.
pub fn score(s: Option<u8>) -> String {
    s.map_or_else(|| "—".to_string(), |s| s.to_string())
}

fn rater_words(rater: Rater, l: &Labels) -> &'static str {
    match rater {
        Rater::SelfRated => l.self_rated,
        Rater::Coach => l.coach_rated,
    }
}

/// `68.8% (rank 1)`.
pub(super) fn fit_rank(fit: f64, rank: usize, lang: Lang, w: &CoachingDocs) -> String {
    format!("{} ({} {rank})", percent(fit, lang), w.rank)
}

/// The `YYYY-MM-DD` of an RFC 3339 time, else the text as it is.
fn day(value: &str) -> String {
    let value = value.trim();
    let is_date = value.len() >= 10
        && value.bytes().take(10).enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if is_date {
        value[..10].to_string()
    } else {
        value.to_string()
    }
}

/// A file's date for people, `—` when it has none.
pub(super) fn day_or_dash(value: Option<&str>) -> String {
    value
        .map(day)
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "—".to_string())
}

/// `Coach's rating: Marc Aubert, 2025-03-02`.
pub(super) fn who_and_when(name: Option<&str>, updated: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
        parts.push(name.to_string());
    }
    parts.push(day_or_dash(updated));
    parts.join(", ")
}

/// `# Title — name`, with the name escaped.
fn md_title(out: &mut String, title: &str, name: &str) {
    let _ = writeln!(out, "# {title} — {}\n", inline(name));
}

#[cfg(test)]
mod tests {
    use super::fixtures::{HOSTILE, cohort, comparison, max_width, progress};
    use super::*;

    #[test]
    fn symbols() {
        assert_eq!(gap_symbol(0), '·');
        assert_eq!(gap_symbol(3), '3');
        assert_eq!(severity_mark(Severity::Major), "!!");
        assert_eq!(severity_mark(Severity::Minor), "!");
        assert_eq!(severity_mark(Severity::Agree), "");
        assert_eq!(severity_mark(Severity::OneSided), "·");
    }

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
