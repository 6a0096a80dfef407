//! Rendering a report in a chosen format and writing documents to the
//! private `reports/` folder.

use std::fmt::Write as _;

use serde::Serialize;

use crate::comparison;
use crate::csv;
use crate::html;
use crate::markdown;
use crate::report::{Options, build};
use bilan_core::assessment::Assessment;
use bilan_core::error::Result;
use bilan_core::library::Library;
use bilan_core::text::{Lang, is_unsafe, sanitize};

/// The output formats of `bilan report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
    Csv,
    Json,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// The report of `assessment` in `format`: what `bilan report` prints and
/// the TUI's export key writes. `delimiter` is for CSV only.
/// HTML and Markdown detail the best-fitting profile (or the one asked
/// for, or all with [`ALL_PROFILES`](crate::report::ALL_PROFILES)); JSON
/// details every profile unless one is asked for.
pub fn render(
    library: &Library,
    assessment: &Assessment,
    options: Options,
    format: Format,
    delimiter: u8,
) -> Result<String> {
    let report = || build(library, assessment, options);
    Ok(match format {
        Format::Csv => match options.other {
            None => csv::items(
                library,
                std::slice::from_ref(assessment),
                options.lang,
                delimiter,
            )?,
            Some(other) => {
                let compared = comparison::build(library, assessment, other, options.lang)?;
                csv::items_compared(library, assessment, &compared, options.lang, delimiter)?
            }
        },
        Format::Html => html::report(&report()?),
        Format::Markdown => markdown::report(&report()?),
        // Machines get every profile's detail unless one is asked for;
        // people get the best-fitting one's (`--profile all` for all).
        Format::Json => {
            let profile = options.profile.or(Some(crate::report::ALL_PROFILES));
            to_json(&build(library, assessment, Options { profile, ..options })?)
        }
    })
}

/// Pretty JSON with a final newline, safe to print: serde escapes the C0
/// controls, and the other characters that must not reach a terminal as
/// they are (DEL, the C1 controls, the bidirectional overrides: see
/// [`is_unsafe`]) are written as `\uXXXX` escapes too, which read back as
/// the same strings.
pub fn to_json<T: Serialize>(value: &T) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    let mut out = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        // Outside strings, serde writes only ASCII punctuation, digits,
        // letters, spaces and line feeds: an unsafe character is in a string.
        if is_unsafe(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    out
}

/// A file name for an exported report: `ana-martin-self-2026-11-24.html`.
/// The name goes through [`store::slug`], so it never escapes the folder.
pub fn file_name(assessment: &Assessment, format: Format, generated: &str) -> String {
    let date: String = generated.chars().take(10).collect();
    format!(
        "{}-{}-{}.{}",
        bilan_core::store::slug(&assessment.person),
        assessment.rater.code(),
        date,
        format.extension()
    )
}

/// Writes the HTML report of `assessment` to `<data_dir>/reports/` (a
/// private folder) and returns its path: the TUI's export key. With `other`
/// (the other rater's assessment of the same person), the report compares
/// the two.
pub fn export_html(
    data_dir: &std::path::Path,
    library: &Library,
    assessment: &Assessment,
    other: Option<&Assessment>,
    lang: Lang,
) -> Result<std::path::PathBuf> {
    let generated = bilan_core::Timestamp::now();
    let options = Options {
        lang,
        profile: None,
        generated: &generated,
        other,
    };
    let text = render(library, assessment, options, Format::Html, b',')?;
    export(
        data_dir,
        &file_name(assessment, Format::Html, &generated),
        &text,
    )
}

/// Writes a group analysis as HTML to `<data_dir>/reports/` and returns its
/// path: the group screen's export key.
pub fn export_cohort_html(
    data_dir: &std::path::Path,
    cohort: &bilan_core::cohort::Cohort,
    lang: Lang,
) -> Result<std::path::PathBuf> {
    let text = crate::coaching::cohort_html(cohort, lang);
    let now = bilan_core::Timestamp::now();
    let date = now.date().unwrap_or_default();
    let name = format!(
        "cohort-{}-{date}.html",
        bilan_core::store::slug(&cohort.profile)
    );
    export(data_dir, &name, &text)
}

/// Writes `text` as `<data_dir>/reports/<name>`: a private folder, an atomic
/// private file. `name` is made by the caller from [`store::slug`]ged parts.
/// The text is [`sanitize`]d once more, whatever made it.
pub fn export(data_dir: &std::path::Path, name: &str, text: &str) -> Result<std::path::PathBuf> {
    let dir = data_dir.join("reports");
    bilan_core::store::ensure_private_dir(&dir)?;
    let path = dir.join(name);
    bilan_core::store::write_atomic(&path, sanitize(text).as_bytes())?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_a_terminal_would_run_and_reads_back_the_same() {
        let hostile = "Ana\u{1b}]0;x\u{7}\u{7f}\u{9b}2J\u{202e}\u{2066}é";
        let text = to_json(&serde_json::json!({ "person": hostile }));
        assert!(
            !text.chars().any(is_unsafe),
            "nothing unsafe left: {text:?}"
        );
        assert!(text.contains(r"\u009b") && text.contains(r"\u202e") && text.contains('é'));
        let back: serde_json::Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(back["person"], hostile);
    }
}
