//! Markdown renderings (tables, headings; charts as text bars), for GitHub,
//! GitLab and any CommonMark reader with GFM tables.
//!
//! Every text that comes from a file (names, notes, titles) goes through
//! [`inline`], [`cell`] or [`block`], so a `|`, a newline or a leading `#`
//! in it cannot break a table or start a heading.

use std::fmt::Write as _;

use super::guide::Guide;
use super::labels::{Labels, labels};
use super::{JobSheet, Plan, Report};
use crate::model::assessment::{MAX_LEVEL, Rater};
use crate::model::profile::{Importance, Mark};
use crate::model::text::Lang;

/// Words the shared labels do not have.
struct Words {
    /// Header of the "answered/required" column of the ranking.
    answered_column: &'static str,
    /// "required" and "margin" in the middle of a sentence.
    required_lower: &'static str,
    margin_lower: &'static str,
}

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &Words {
            answered_column: "Exigences renseignées",
            required_lower: "requis",
            margin_lower: "marge",
        },
        Lang::En => &Words {
            answered_column: "Requirements answered",
            required_lower: "required",
            margin_lower: "margin",
        },
    }
}

/// Width of the text bars, in characters.
const BAR_WIDTH: usize = 10;

// ---------------------------------------------------------------------------
// Numbers

/// One decimal, with the language's decimal separator: `51,5` / `51.5`.
pub fn number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = format!("{value:.1}");
    // A value that rounds to zero never shows a sign.
    let text = if text == "-0.0" {
        "0.0".to_string()
    } else {
        text
    };
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A percentage: `51,5 %` (no-break space) / `51.5%`.
pub fn percent(value: f64, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{}\u{a0}%", number(value, lang)),
        Lang::En => format!("{}%", number(value, lang)),
    }
}

/// The colon after a label: ` :` with a no-break space in French.
pub(crate) fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}:",
        Lang::En => ":",
    }
}

/// `█████░░░░░` for `value` out of `max`.
fn bar(value: f64, max: f64) -> String {
    let share = if max > 0.0 && value.is_finite() {
        (value / max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let full = ((share * BAR_WIDTH as f64).round() as usize).min(BAR_WIDTH);
    let mut text = "█".repeat(full);
    text.push_str(&"░".repeat(BAR_WIDTH - full));
    text
}

// ---------------------------------------------------------------------------
// Escaping

/// Escapes the characters that would format inline text: emphasis, code,
/// links, raw HTML, strikethrough and table pipes. `_` inside a word is
/// left alone (it cannot emphasise there), so `file_name.txt` stays
/// readable. Newlines are kept; callers decide what they become.
fn escape(text: &str, hashes: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let escaped = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '~' => true,
            '#' => hashes,
            '_' => {
                let before = i.checked_sub(1).and_then(|j| chars.get(j));
                let after = chars.get(i + 1);
                !(before.is_some_and(|b| b.is_alphanumeric())
                    && after.is_some_and(|a| a.is_alphanumeric()))
            }
            _ => false,
        };
        if escaped {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Lines of `text`, whatever the line endings.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
}

/// Text on one line (a heading, a list item, a field): newlines become spaces.
pub(crate) fn inline(text: &str) -> String {
    let joined: Vec<&str> = lines(text)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    guard_start(escape(&joined.join(" "), true))
}

/// A table cell: pipes escaped, newlines as `<br>`.
pub(crate) fn cell(text: &str) -> String {
    let parts: Vec<String> = lines(text.trim())
        .map(|l| escape(l.trim(), false))
        .collect();
    parts.join("<br>")
}

/// Escapes what would make a line start a block: a heading, a quote, a list,
/// a setext underline, a fence or an indented code block.
fn block_line(line: &str) -> String {
    guard_start(escape(line.trim(), false))
}

/// Puts a backslash before what would make already escaped text start a
/// list, a heading or a setext underline at the start of a line (or of a
/// list item).
fn guard_start(mut text: String) -> String {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        if text[digits..].starts_with(['.', ')']) {
            text.insert(digits, '\\');
        }
    } else if text.starts_with(['#', '-', '+', '=']) {
        text.insert(0, '\\');
    }
    text
}

/// Free text as paragraphs, each line kept (hard breaks), with `prefix`
/// (`> ` for a quote) before every line.
fn block(out: &mut String, text: &str, prefix: &str) {
    let all: Vec<String> = lines(text.trim()).map(block_line).collect();
    for (i, line) in all.iter().enumerate() {
        let next_is_text = all.get(i + 1).is_some_and(|l| !l.is_empty());
        if line.is_empty() {
            out.push_str(prefix.trim_end());
        } else {
            out.push_str(prefix);
            out.push_str(line);
            if next_is_text {
                // A backslash at the end of a line is a hard line break.
                out.push('\\');
            }
        }
        out.push('\n');
    }
}

/// A date for people: the `YYYY-MM-DD` of an RFC 3339 time, else the text.
fn date(value: &str) -> String {
    let value = value.trim();
    let bytes = value.as_bytes();
    let looks_like_date = bytes.len() >= 10
        && bytes[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if looks_like_date {
        value[..10].to_string()
    } else {
        inline(value)
    }
}

// ---------------------------------------------------------------------------
// Building blocks

#[derive(Clone, Copy)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

/// A GFM table. Cells are already escaped; every row gets exactly as many
/// cells as the header.
pub(crate) fn table(out: &mut String, columns: &[(&str, Align)], rows: &[Vec<String>]) {
    out.push('|');
    for (header, _) in columns {
        let _ = write!(out, " {} |", cell(header));
    }
    out.push_str("\n|");
    for (_, align) in columns {
        out.push_str(match align {
            Align::Left => " --- |",
            Align::Center => " :-: |",
            Align::Right => " --: |",
        });
    }
    out.push('\n');
    for row in rows {
        out.push('|');
        for i in 0..columns.len() {
            let value = row.get(i).map(String::as_str).unwrap_or("");
            if value.is_empty() {
                out.push_str("  |");
            } else {
                let _ = write!(out, " {value} |");
            }
        }
        out.push('\n');
    }
    out.push('\n');
}

/// `**Label :** value` (value already escaped).
pub(crate) fn field(label: &str, value: &str, lang: Lang) -> String {
    format!("**{}{}** {value}", escape(label, true), colon(lang))
}

/// `Niveau` from `niveau`, for a column header.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn importance_word(importance: Importance, l: &Labels) -> &'static str {
    match importance {
        Importance::Core => l.core,
        Importance::Secondary => l.secondary,
    }
}

pub(crate) fn footer(out: &mut String, l: &Labels) {
    let _ = write!(out, "---\n\n_{}_\n", l.made_by);
}

/// A heading's `Name (ID)`.
pub(crate) fn name_id(name: &str, id: &str) -> String {
    if name.trim().is_empty() {
        inline(id)
    } else {
        format!("{} ({})", inline(name), inline(id))
    }
}

// ---------------------------------------------------------------------------
// Report

/// The full report: ranking, each profile's detail, notes and the plan.
pub fn report(report: &Report) -> String {
    let lang = report.lang;
    let l = labels(lang);
    let w = words(lang);
    let mut out = String::new();

    let _ = writeln!(out, "# {} — {}\n", l.report_title, inline(&report.person));
    let rater = match report.rater {
        Rater::SelfRated => l.self_rated,
        Rater::Coach => l.coach_rated,
    };
    let mut fields = vec![field(l.rater, rater, lang)];
    if let Some(coach) = report.coach.as_deref().filter(|c| !c.trim().is_empty()) {
        fields.push(field(l.coach, &inline(coach), lang));
    }
    if let Some(created) = report.created.as_deref() {
        fields.push(field(l.started, &date(created), lang));
    }
    if let Some(updated) = report.updated.as_deref() {
        fields.push(field(l.updated, &date(updated), lang));
    }
    fields.push(field(l.generated, &date(&report.generated), lang));
    let c = &report.completeness;
    fields.push(field(
        l.completeness,
        &format!(
            "{} {} {} {} ({})",
            c.answered,
            l.of,
            c.total,
            l.answered,
            percent(c.percent, lang)
        ),
        lang,
    ));
    for f in fields {
        let _ = writeln!(out, "- {f}");
    }
    out.push('\n');

    // Ranking.
    let _ = writeln!(out, "## {}\n", l.ranking);
    let rows: Vec<Vec<String>> = report
        .ranking
        .iter()
        .map(|r| {
            vec![
                r.rank.to_string(),
                format!("**{}** — {}", cell(&r.id), cell(&r.name)),
                format!("{} {}", bar(r.fit, 100.0), percent(r.fit, lang)),
                format!("{}/{}", r.answered, r.required),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            (l.rank, Align::Right),
            (l.profile, Align::Left),
            (l.fit, Align::Left),
            (w.answered_column, Align::Right),
        ],
        &rows,
    );
    let _ = writeln!(
        out,
        "> **{}{}** {}\n",
        l.rule,
        colon(lang),
        inline(&report.rule)
    );
    if !report.ties.is_empty() {
        let _ = writeln!(out, "**{}{}**\n", l.ties, colon(lang));
        for tie in &report.ties {
            let _ = writeln!(out, "- {}", inline(tie));
        }
        out.push('\n');
    }

    // Self-rating and coach's rating.
    if let Some(comparison) = &report.comparison {
        super::comparison::markdown(&mut out, comparison, lang);
    }

    // Each profile.
    for profile in &report.profiles {
        let _ = writeln!(
            out,
            "## {} — {}\n",
            name_id(&profile.name, &profile.id),
            percent(profile.fit, lang)
        );
        let _ = writeln!(out, "### {}\n", l.requirements);
        let rows: Vec<Vec<String>> = profile
            .requirements
            .iter()
            .map(|r| {
                let required = match r.required_max {
                    Some(max) if max != r.required => format!("{}–{max}", r.required),
                    _ => r.required.to_string(),
                };
                let status = match (r.actual, r.met) {
                    (None, _) => format!("? {}", l.not_answered),
                    (Some(_), true) => format!("✓ {}", l.met),
                    (Some(_), false) => format!("✗ {}", l.not_met),
                };
                vec![
                    cell(&r.item),
                    cell(&r.title),
                    required,
                    r.actual.map_or_else(|| "—".to_string(), |a| a.to_string()),
                    status,
                    number(r.points_lost, lang),
                    cell(&r.source),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                (l.item, Align::Left),
                (l.title, Align::Left),
                (l.required, Align::Center),
                (l.actual, Align::Center),
                (l.status, Align::Left),
                (l.points_lost, Align::Right),
                (l.source, Align::Left),
            ],
            &rows,
        );

        if !profile.areas.is_empty() {
            let _ = writeln!(out, "### {}\n", l.by_area);
            let max = f64::from(MAX_LEVEL);
            let rows: Vec<Vec<String>> = profile
                .areas
                .iter()
                .map(|a| {
                    let target = if a.target > 0.0 {
                        format!("{} {}", bar(a.target, max), number(a.target, lang))
                    } else {
                        "—".to_string()
                    };
                    vec![
                        cell(&a.title),
                        format!("{} {}", bar(a.person, max), number(a.person, lang)),
                        target,
                    ]
                })
                .collect();
            table(
                &mut out,
                &[
                    (l.area, Align::Left),
                    (l.you, Align::Left),
                    (l.target, Align::Left),
                ],
                &rows,
            );
        }

        let _ = writeln!(out, "### {}\n", l.strengths);
        if profile.strengths.is_empty() {
            let _ = writeln!(out, "{}\n", l.no_strengths);
        } else {
            for s in &profile.strengths {
                let _ = writeln!(
                    out,
                    "- **{}** {} — {} ({} {}, {} +{})",
                    inline(&s.item),
                    inline(&s.title),
                    s.actual,
                    w.required_lower,
                    s.required,
                    w.margin_lower,
                    s.margin
                );
            }
            out.push('\n');
        }
    }

    // Notes.
    let _ = writeln!(out, "## {}\n", l.notes);
    if report.notes.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_notes);
    } else {
        for note in &report.notes {
            let score = note.score.map_or_else(
                || l.not_answered.to_string(),
                |s| format!("{} {s}", l.level),
            );
            let _ = writeln!(
                out,
                "### {} — {} ({score})\n",
                inline(&note.item),
                inline(&note.title)
            );
            block(&mut out, &note.text, "> ");
            out.push('\n');
        }
    }

    // Plan.
    let _ = writeln!(out, "## {}\n", l.plan);
    plan_body(&mut out, &report.plan, lang);
    footer(&mut out, l);
    out
}

// ---------------------------------------------------------------------------
// Plan

/// The plan as a document of its own.
pub fn plan(plan: &Plan, lang: Lang) -> String {
    let l = labels(lang);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", l.plan_title);
    if !plan.profile.is_empty() {
        let _ = writeln!(
            out,
            "## {} — {}\n",
            name_id(&plan.name, &plan.profile),
            percent(plan.fit, lang)
        );
    }
    plan_body(&mut out, plan, lang);
    footer(&mut out, l);
    out
}

/// The plan's introduction and steps (`###` headings).
fn plan_body(out: &mut String, plan: &Plan, lang: Lang) {
    let l = labels(lang);
    if !plan.profile.is_empty() {
        let which = if plan.chosen {
            l.chosen_profile
        } else {
            l.best_match
        };
        let _ = writeln!(
            out,
            "{} {} {which}{} {} — {} {}\n",
            l.plan,
            l.plan_for,
            colon(lang),
            name_id(&plan.name, &plan.profile),
            l.fit.to_lowercase(),
            percent(plan.fit, lang)
        );
    }
    if plan.steps.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_gaps);
        return;
    }
    for (i, step) in plan.steps.iter().enumerate() {
        let _ = writeln!(
            out,
            "### {}. {} — {}\n",
            i + 1,
            inline(&step.item),
            inline(&step.title)
        );
        let _ = writeln!(
            out,
            "- {}",
            field(
                l.current_level,
                &format!(
                    "{} → {} ({}, {})",
                    step.current,
                    step.required,
                    l.required.to_lowercase(),
                    importance_word(step.importance, l)
                ),
                lang
            )
        );
        let _ = writeln!(
            out,
            "- {}\n",
            field(l.points_lost, &number(step.points_lost, lang), lang)
        );
        if !step.goal.trim().is_empty() {
            let label = format!("{} ({} {})", l.goal, l.level, step.goal_level);
            let _ = writeln!(out, "{}\n", field(&label, &inline(&step.goal), lang));
        }
        if !step.codes.is_empty() {
            let _ = writeln!(out, "**{}{}**\n", l.codes, colon(lang));
            for code in &step.codes {
                if code.text.trim().is_empty() {
                    let _ = writeln!(out, "- {}", inline(&code.code));
                } else {
                    let _ = writeln!(out, "- {} — {}", inline(&code.code), inline(&code.text));
                }
            }
            out.push('\n');
        }
        if !step.actions.is_empty() {
            let _ = writeln!(out, "**{}{}**\n", l.actions, colon(lang));
            for action in &step.actions {
                let _ = writeln!(out, "- [ ] {}", inline(action));
            }
            out.push('\n');
        }
    }
}

// ---------------------------------------------------------------------------
// Interview guide

/// The coach's interview guide: what to ask per requirement, with room to
/// write.
pub fn guide(guide: &Guide) -> String {
    let lang = guide.lang;
    let l = labels(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        l.guide_title,
        name_id(&guide.name, &guide.profile)
    );
    if !guide.summary.trim().is_empty() {
        block(&mut out, &guide.summary, "");
        out.push('\n');
    }
    for label in [l.candidate, l.coach, l.date] {
        let _ = writeln!(out, "{}\n", field(label, "____________________", lang));
    }
    let levels: Vec<String> = (1..=MAX_LEVEL).map(|n| format!("☐ {n}")).collect();
    let levels = levels.join(" ");
    for item in &guide.items {
        let _ = writeln!(
            out,
            "### {} — {} ({} {}, {})\n",
            inline(&item.item),
            inline(&item.title),
            l.level,
            inline(&item.level),
            importance_word(item.importance, l)
        );
        if !item.section.trim().is_empty() {
            let _ = writeln!(out, "{}\n", field(l.area, &inline(&item.section), lang));
        }
        if !item.level_text.trim().is_empty() {
            let _ = writeln!(
                out,
                "> **{} {}{}** {}\n",
                l.expected_at,
                inline(&item.level),
                colon(lang),
                inline(&item.level_text)
            );
        }
        if !item.questions.is_empty() {
            let _ = writeln!(out, "**{}{}**\n", l.questions, colon(lang));
            for (i, q) in item.questions.iter().enumerate() {
                let _ = writeln!(out, "{}. {}", i + 1, inline(q));
            }
            out.push('\n');
        }
        if !item.evidence.trim().is_empty() {
            let _ = writeln!(
                out,
                "{}\n",
                field(l.evidence, &inline(&item.evidence), lang)
            );
        }
        let _ = writeln!(out, "{}\n", field(l.observed_level, &levels, lang));
        let _ = writeln!(out, "**{}{}**\n", l.interview_notes, colon(lang));
        out.push_str("```text\n\n\n\n```\n\n");
    }
    footer(&mut out, l);
    out
}

// ---------------------------------------------------------------------------
// Job sheet

/// The recruiter's job sheet: duties with T/P marks, then what the role asks.
pub fn job_sheet(sheet: &JobSheet) -> String {
    let lang = sheet.lang;
    let l = labels(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — {}\n",
        l.job_sheet_title,
        name_id(&sheet.name, &sheet.id)
    );
    let aliases: Vec<String> = sheet
        .aliases
        .iter()
        .map(|a| inline(a))
        .filter(|a| !a.is_empty())
        .collect();
    if !aliases.is_empty() {
        let _ = writeln!(out, "{}\n", field(l.aliases, &aliases.join(" · "), lang));
    }
    if !sheet.summary.trim().is_empty() {
        block(&mut out, &sheet.summary, "");
        out.push('\n');
    }
    if !sheet.groups.is_empty() {
        let _ = writeln!(out, "_{}_\n", escape(l.marks_legend, true));
    }
    for section in &sheet.groups {
        let _ = writeln!(out, "## {}\n", inline(&section.title));
        // Duties without a category first, then one sub-heading per category
        // in order of first appearance.
        let mut categories: Vec<Option<&str>> = vec![None];
        for duty in &section.duties {
            let category = duty.category.as_deref().filter(|c| !c.trim().is_empty());
            if !categories.contains(&category) {
                categories.push(category);
            }
        }
        for category in categories {
            let duties: Vec<_> = section
                .duties
                .iter()
                .filter(|d| d.category.as_deref().filter(|c| !c.trim().is_empty()) == category)
                .collect();
            if duties.is_empty() {
                continue;
            }
            if let Some(name) = category {
                let _ = writeln!(out, "### {}\n", inline(name));
            }
            for duty in duties {
                let mark = match duty.mark {
                    Mark::T => "T",
                    Mark::P => "P",
                };
                let mut line = format!("- **{mark}** {}", inline(&duty.text));
                if !duty.ecf.is_empty() {
                    let codes: Vec<String> = duty.ecf.iter().map(|c| inline(c)).collect();
                    let _ = write!(line, " — e-CF {}", codes.join(", "));
                }
                let _ = writeln!(out, "{line}");
            }
            out.push('\n');
        }
    }
    if !sheet.competences.is_empty() {
        let _ = writeln!(out, "## {}\n", l.competences);
        let rows: Vec<Vec<String>> = sheet
            .competences
            .iter()
            .map(|r| {
                vec![
                    cell(&r.item),
                    cell(&r.title),
                    cell(&r.section),
                    cell(&r.level),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                (l.item, Align::Left),
                (l.title, Align::Left),
                (l.area, Align::Left),
                (&capitalized(l.level), Align::Center),
            ],
            &rows,
        );
    }
    if !sheet.traits.is_empty() {
        let _ = writeln!(out, "## {}\n", l.traits);
        let rows: Vec<Vec<String>> = sheet
            .traits
            .iter()
            .map(|r| {
                vec![
                    cell(&r.item),
                    cell(&r.title),
                    cell(&r.section),
                    cell(&r.level),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                (l.item, Align::Left),
                (l.title, Align::Left),
                (l.kind, Align::Left),
                (l.importance, Align::Center),
            ],
            &rows,
        );
        let _ = writeln!(out, "_{}_\n", escape(l.importance_legend, true));
    }
    footer(&mut out, l);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(51.54, Lang::En), "51.5");
        assert_eq!(number(51.54, Lang::Fr), "51,5");
        assert_eq!(percent(7.0, Lang::Fr), "7,0\u{a0}%");
        assert_eq!(percent(7.0, Lang::En), "7.0%");
        assert_eq!(number(-0.01, Lang::En), "0.0");
    }

    #[test]
    fn bars_fill_by_share() {
        assert_eq!(bar(51.5, 100.0), "█████░░░░░");
        assert_eq!(bar(0.0, 100.0), "░░░░░░░░░░");
        assert_eq!(bar(5.0, 5.0), "██████████");
        assert_eq!(bar(9.0, 5.0), "██████████");
    }

    #[test]
    fn cells_keep_pipes_and_newlines_inside() {
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(cell("file_name"), "file_name");
        assert_eq!(cell("_x_"), "\\_x\\_");
    }

    #[test]
    fn block_lines_cannot_start_blocks() {
        assert_eq!(block_line("# title"), "\\# title");
        assert_eq!(block_line("    code"), "code");
        assert_eq!(block_line("12. item"), "12\\. item");
        assert_eq!(block_line("---"), "\\---");
        assert_eq!(block_line("> quote"), "\\> quote");
        let mut out = String::new();
        block(&mut out, "one\ntwo\n\n# three", "> ");
        assert_eq!(out, "> one\\\n> two\n>\n> \\# three\n");
    }

    #[test]
    fn inline_text_cannot_open_a_list_or_close_a_heading() {
        assert_eq!(inline("- x\ny"), "\\- x y");
        assert_eq!(inline("1. x"), "1\\. x");
        assert_eq!(inline("C# #"), "C\\# \\#");
        assert_eq!(inline("2025"), "2025");
    }

    #[test]
    fn dates_show_the_day() {
        assert_eq!(date("2025-01-10T09:00:00Z"), "2025-01-10");
        assert_eq!(date("yesterday"), "yesterday");
    }
}
