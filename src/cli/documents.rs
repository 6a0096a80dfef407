//! The documents people keep: `bilan report`, `plan` and `guide`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bilan_core::{Assessment, Library, store};
use bilan_report as report;

use super::args::{DocFormatArg, FormatArg, GlobalArgs, GuideArgs, PlanArgs, ReportArgs};
use super::find::resolve_assessment;
use super::io::{doc_format, emit, format_of_path, load_for_report, warn_unknown_items};

pub fn report(
    global: &GlobalArgs,
    args: ReportArgs,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let library = global.library()?;
    let file = resolve_assessment(&global.data_dir(), &args.file, None)?;
    let assessment = load_for_report(&library, &file)?;
    let other = if args.no_compare {
        None
    } else {
        other_for_report(&library, &file, &assessment, args.with.as_deref())?
    };
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(format_of_path))
        .unwrap_or(FormatArg::Md);
    let options = report::Options {
        lang: global.lang(),
        profile: args.profile.as_deref(),
        generated: &bilan_core::Timestamp::now(),
        other: other.as_ref(),
    };
    let text = report::render(
        &library,
        &assessment,
        options,
        format.into(),
        args.delimiter,
    )?;
    emit(out, args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn plan(global: &GlobalArgs, args: PlanArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let lang = global.lang();
    let library = global.library()?;
    let file = resolve_assessment(&global.data_dir(), &args.file, None)?;
    let assessment = load_for_report(&library, &file)?;
    let generated = bilan_core::Timestamp::now();
    let plan = report::build_plan(
        &library,
        &assessment,
        args.profile.as_deref(),
        lang,
        &generated,
    )?;
    let text = match doc_format(args.format, args.output.as_deref()) {
        DocFormatArg::Html => report::html::plan(&plan, lang),
        DocFormatArg::Md => report::markdown::plan(&plan, lang),
    };
    emit(out, args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn guide(
    global: &GlobalArgs,
    args: GuideArgs,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let library = global.library()?;
    let guide = report::build_guide(&library, library.profile(&args.profile)?, global.lang());
    let text = match doc_format(args.format, args.output.as_deref()) {
        DocFormatArg::Html => report::html::guide(&guide),
        DocFormatArg::Md => report::markdown::guide(&guide),
    };
    emit(out, args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

/// The other rater's assessment for `bilan report`: the file given with
/// `--with` (which must be the other rater's, of the same person), else the
/// one saved next to `file` under its usual name, said on stderr.
fn other_for_report(
    library: &Library,
    file: &Path,
    assessment: &Assessment,
    with: Option<&Path>,
) -> anyhow::Result<Option<Assessment>> {
    if let Some(path) = with {
        let other = load_for_report(library, path)?;
        report::comparison::check_pair(assessment, &other, &path.display().to_string())?;
        return Ok(Some(other));
    }
    let Some((path, other)) = counterpart(file, assessment) else {
        return Ok(None);
    };
    warn_unknown_items(library, &path, &other);
    let line = bilan_report::l10n::notices::included_counterpart(
        super::io::lang(),
        other.rater,
        &bilan_core::text::escape(&path.display().to_string()),
    );
    eprintln!("bilan: {line}");
    Ok(Some(other))
}

/// [`store::find_counterpart`], also for a bare file name (in the
/// current folder), whose path is then given back without `./`.
fn counterpart(file: &Path, assessment: &Assessment) -> Option<(PathBuf, Assessment)> {
    let bare = file.parent().is_some_and(|p| p.as_os_str().is_empty());
    if !bare {
        return store::find_counterpart(file, assessment);
    }
    let (path, other) = store::find_counterpart(&Path::new(".").join(file), assessment)?;
    let path = path
        .strip_prefix(".")
        .map(Path::to_path_buf)
        .unwrap_or(path);
    Some((path, other))
}
