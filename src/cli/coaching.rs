//! For coaches and trainers: `bilan compare`, `diff` and `cohort`.

use std::io::Write;
use std::process::ExitCode;

use bilan_core::text::escape;
use bilan_core::{Rater, cohort, compare, store};
use bilan_report as report;

use super::args::{CohortArgs, CohortFormatArg, CompareArgs, DiffArgs, GlobalArgs, TextFormatArg};
use super::find::resolve_assessment;
use super::io::{emit, emit_with, load_for_report};
use crate::tui::{self, Start};

pub fn compare(
    global: &GlobalArgs,
    args: CompareArgs,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let lang = global.lang();
    let library = global.library()?;
    let data_dir = global.data_dir();
    let self_file = resolve_assessment(&data_dir, &args.self_file, Some(Rater::SelfRated))?;
    let self_rated = load_for_report(&library, &self_file)?;
    // Without a second file (or name): the other rating saved beside it.
    let coach_file = match &args.coach_file {
        Some(given) => resolve_assessment(&data_dir, given, Some(Rater::Coach))?,
        None => match store::find_counterpart(&self_file, &self_rated) {
            Some((path, _)) => path,
            None => anyhow::bail!(
                "no other rating of {} is saved beside {}: give the coach's file (or name) as the second argument",
                escape(&self_rated.person),
                escape(&self_file.display().to_string())
            ),
        },
    };
    let coach = load_for_report(&library, &coach_file)?;
    if self_rated.rater == Rater::Coach && coach.rater == Rater::SelfRated {
        let line = report::l10n::notices::raters_swapped(
            lang,
            &escape(&self_file.display().to_string()),
            &escape(&coach_file.display().to_string()),
        );
        eprintln!("bilan: {line}");
    }
    // In either order: the pair puts the self-rating first.
    let pair = compare::RatingPair::new(&self_rated, &coach)?;
    let comparison = compare::compare(&library, pair);
    let text = match args.format {
        TextFormatArg::Text => report::coaching::comparison_text(&comparison, lang),
        TextFormatArg::Md => report::coaching::comparison_markdown(&comparison, lang),
        TextFormatArg::Json => report::to_json(&comparison),
    };
    emit(out, args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn diff(global: &GlobalArgs, args: DiffArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let lang = global.lang();
    let library = global.library()?;
    let data_dir = global.data_dir();
    let before = load_for_report(&library, &resolve_assessment(&data_dir, &args.old, None)?)?;
    let after = load_for_report(&library, &resolve_assessment(&data_dir, &args.new, None)?)?;
    let progress = compare::diff(&library, &before, &after)?;
    let text = match args.format {
        TextFormatArg::Text => report::coaching::progress_text(&progress, lang),
        TextFormatArg::Md => report::coaching::progress_markdown(&progress, lang),
        TextFormatArg::Json => report::to_json(&progress),
    };
    emit(out, args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn cohort(
    global: &GlobalArgs,
    args: CohortArgs,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let lang = global.lang();
    let library = global.library()?;
    let target = library.profile(&args.profile)?;
    for path in &args.paths {
        if !path.exists() {
            anyhow::bail!(
                "{}",
                report::l10n::notices::no_such_path(lang, &escape(&path.display().to_string()))
            );
        }
    }
    if args.tui {
        let start = Start::Cohort {
            paths: args.paths,
            profile: args.profile,
        };
        return tui::run(&global.settings(), start);
    }
    let cohort = cohort::analyse(&library, target, args.paths);
    report_skipped(&cohort, lang);
    report_unknown_items(&cohort, lang);
    let text = match args.format {
        CohortFormatArg::Table => report::coaching::cohort_table(&cohort, lang),
        // Streamed row by row: only the per-person summary is in memory.
        CohortFormatArg::Csv => {
            let mut failure = None;
            let written = emit_with(out, args.output.as_deref(), |w| {
                report::coaching::write_cohort_csv(w, &cohort, lang, args.delimiter).map_err(|e| {
                    let kind = match &e {
                        bilan_core::Error::Io { cause, .. } => cause.kind(),
                        _ => std::io::ErrorKind::Other,
                    };
                    failure = Some(e);
                    std::io::Error::from(kind)
                })
            });
            // The CSV's own error (a bad delimiter) rather than its echo.
            return match (written, failure) {
                (Ok(()), _) => Ok(ExitCode::SUCCESS),
                (Err(_), Some(e)) => Err(e.into()),
                (Err(e), None) => Err(e),
            };
        }
        CohortFormatArg::Json => report::to_json(&cohort),
        CohortFormatArg::Md => report::coaching::cohort_markdown(&cohort, lang),
        CohortFormatArg::Html => report::coaching::cohort_html(&cohort, lang),
    };
    emit(out, args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

/// Every skipped file on stderr, one line each, then how many, whatever the
/// format: a script reading the CSV or the JSON learns that someone was left
/// out (the JSON also lists them under `invalid`).
/// Each score for an item the catalogue does not know, on stderr, as
/// `bilan match` warns of them (the analysis ignores them).
fn report_unknown_items(cohort: &cohort::Cohort, lang: bilan_core::Lang) {
    let mut err = std::io::stderr().lock();
    for person in &cohort.people {
        for item in &person.unknown_items {
            let line = report::l10n::notices::unknown_item_ignored(
                lang,
                &escape(&person.path),
                &bilan_core::text::quote(item),
            );
            let _ = writeln!(err, "bilan: {line}");
        }
    }
}

fn report_skipped(cohort: &cohort::Cohort, lang: bilan_core::Lang) {
    if cohort.invalid.is_empty() {
        return;
    }
    let mut err = std::io::stderr().lock();
    for file in &cohort.invalid {
        let why = report::l10n::notices::invalid_file(file, lang);
        let line = report::l10n::notices::skipped(lang, &escape(&why));
        let _ = writeln!(err, "bilan: {line}");
    }
    let _ = writeln!(
        err,
        "bilan: {}{} {}",
        report::l10n::coaching_docs(lang).invalid_count,
        report::l10n::colon(lang, report::l10n::Space::Plain),
        cohort.invalid.len()
    );
}
