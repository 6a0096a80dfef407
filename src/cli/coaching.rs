//! For coaches and trainers: `bilan compare`, `diff` and `cohort`.

use std::io::Write;
use std::process::ExitCode;

use bilan_core::{Rater, cohort, compare};
use bilan_report as report;

use super::args::{CohortArgs, CohortFormatArg, CompareArgs, DiffArgs, GlobalArgs, TextFormatArg};
use super::io::{emit, load_for_report};
use crate::tui::{self, Start};

pub fn compare(
    global: &GlobalArgs,
    args: CompareArgs,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let lang = global.lang();
    let library = global.library()?;
    let self_rated = load_for_report(&library, &args.self_file)?;
    let coach = load_for_report(&library, &args.coach_file)?;
    if self_rated.rater == Rater::Coach && coach.rater == Rater::SelfRated {
        eprintln!(
            "bilan: warning: {} is a coach's rating and {} a self-rating; give the self-rating first",
            args.self_file.display(),
            args.coach_file.display()
        );
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
    let before = load_for_report(&library, &args.old)?;
    let after = load_for_report(&library, &args.new)?;
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
                "{}: no such file or folder. Give assessment files or folders that hold them.",
                path.display()
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
    let text = match args.format {
        CohortFormatArg::Table => report::coaching::cohort_table(&cohort, lang),
        CohortFormatArg::Csv => report::coaching::cohort_csv(&cohort, lang, args.delimiter)?,
        CohortFormatArg::Json => report::to_json(&cohort),
        CohortFormatArg::Md => report::coaching::cohort_markdown(&cohort, lang),
        CohortFormatArg::Html => report::coaching::cohort_html(&cohort, lang),
    };
    emit(out, args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}
