//! The symbols, scores, dates and widths every coaching document shares
//! (and the comparison section of a report: its counts and dates). Apart from `mod.rs` so that
//! the documents use them without going through the module that
//! re-exports the documents.

use std::fmt::Write as _;

use crate::comparison::ReportComparison;
use crate::l10n::{CoachingDocs, Labels, answer_text, answers, percent};
use crate::markdown::parts::inline;
use bilan_core::assessment::{Answer, Rater};
use bilan_core::compare::Severity;
use bilan_core::text::Lang;

/// The widest a line of terminal text gets, in columns.
pub const WIDTH: usize = 100;

/// A column cut to fit is never made narrower than this.
pub(super) const MIN_FLEX: usize = 10;

/// The symbol of a disagreement: `!!`, `!`, nothing, `?` (a level against
/// "not applicable") or `·` (one-sided).
pub fn severity_mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Major => "!!",
        Severity::Minor => "!",
        Severity::Agree => "",
        Severity::NotComparable => "?",
        Severity::OneSided => "·",
    }
}

/// `!! Differ by 2 or more · ! Differ by 1 · · Rated by one only`, with
/// `? Not comparable (…)` before the last when some row is.
pub(crate) fn severity_legend(w: &CoachingDocs, lang: Lang, not_comparable: bool) -> String {
    let middle = if not_comparable {
        format!(" · ? {}", answers(lang).not_comparable_legend)
    } else {
        String::new()
    };
    format!("!! {} · ! {}{middle} · · {}", w.major, w.minor, w.one_sided)
}

/// The heatmap symbol of "not applicable" (no gap known).
pub const NOT_APPLICABLE_SYMBOL: char = '/';

/// A heatmap cell: `·` when met, else the gap in levels; `/` when answered
/// "not applicable".
pub fn gap_symbol(gap: Option<u8>) -> char {
    match gap {
        None => NOT_APPLICABLE_SYMBOL,
        Some(0) => '·',
        Some(g) => char::from_digit(u32::from(g.min(9)), 10).unwrap_or('9'),
    }
}

/// An answer: the level, "not applicable" in words (`short`: the
/// abbreviation, for narrow terminal columns), or `—` when not given.
pub fn score(s: Option<Answer>, lang: Lang, short: bool) -> String {
    s.map_or_else(|| "—".to_string(), |s| answer_text(s, lang, short))
}

pub(super) fn rater_words(rater: Rater, l: &Labels) -> &'static str {
    match rater {
        Rater::SelfRated => l.self_rated,
        Rater::Coach => l.coach_rated,
    }
}

/// `68.8% (rank 1)`.
pub(crate) fn fit_rank(fit: f64, rank: usize, lang: Lang, w: &CoachingDocs) -> String {
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
pub(crate) fn day_or_dash(value: Option<&str>) -> String {
    value
        .map(day)
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "—".to_string())
}

/// `Coach's rating: Marc Aubert, 2025-03-02`.
pub(crate) fn who_and_when(name: Option<&str>, updated: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
        parts.push(name.to_string());
    }
    parts.push(day_or_dash(updated));
    parts.join(", ")
}

/// `# Title — name`, with the name escaped.
pub(super) fn md_title(out: &mut String, title: &str, name: &str) {
    let _ = writeln!(out, "# {title} — {}\n", inline(name));
}

/// Each severity of a report's comparison with its word and how many
/// rows have it ("not comparable" only when some row is).
pub(crate) fn severity_counts<'w>(
    c: &ReportComparison,
    w: &'w CoachingDocs,
    lang: Lang,
) -> Vec<(Severity, &'w str, usize)> {
    let all = [
        (Severity::Agree, w.agree, c.counts.agree),
        (Severity::Minor, w.minor, c.counts.minor),
        (Severity::Major, w.major, c.counts.major),
        (
            Severity::NotComparable,
            answers(lang).not_comparable_legend,
            c.counts.not_comparable,
        ),
        (Severity::OneSided, w.one_sided, c.counts.one_sided),
    ];
    all.into_iter()
        .filter(|(severity, _, n)| *severity != Severity::NotComparable || *n > 0)
        .collect()
}

/// `2025-03-01` and `Marc Aubert, 2025-03-02`: when each rated, and who
/// the coach is.
pub(crate) fn comparison_dates(c: &ReportComparison) -> (String, String) {
    (
        day_or_dash(c.self_rating.updated.as_deref()),
        who_and_when(c.coach.as_deref(), c.coach_rating.updated.as_deref()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols() {
        assert_eq!(gap_symbol(Some(0)), '·');
        assert_eq!(gap_symbol(Some(3)), '3');
        assert_eq!(gap_symbol(None), '/');
        assert_eq!(
            score(Some(Answer::NotApplicable), Lang::En, false),
            "not applicable"
        );
        assert_eq!(score(Some(Answer::NotApplicable), Lang::Fr, true), "s.o.");
        assert_eq!(score(Some(Answer::Level(0)), Lang::En, false), "0");
        assert_eq!(score(None, Lang::En, false), "—");
        assert_eq!(severity_mark(Severity::NotComparable), "?");
        assert_eq!(severity_mark(Severity::Major), "!!");
        assert_eq!(severity_mark(Severity::Minor), "!");
        assert_eq!(severity_mark(Severity::Agree), "");
        assert_eq!(severity_mark(Severity::OneSided), "·");
    }
}
