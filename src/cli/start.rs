//! The commands that open the TUI: none, `new`, `resume`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bilan_core::{Rater, store};

use super::args::{GlobalArgs, NewArgs, ResumeArgs};
use crate::tui::{self, Start};

fn rater(coach: bool) -> Rater {
    if coach {
        Rater::Coach
    } else {
        Rater::SelfRated
    }
}

pub fn home(global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    tui::run(&global.settings(), Start::Home)
}

pub fn new(global: &GlobalArgs, args: NewArgs) -> anyhow::Result<ExitCode> {
    let rater = rater(args.coach);
    // A file for this person that cannot be read is named with its error
    // before anything else (even the terminal check): a second file must
    // not be started beside it.
    if let store::Lookup::Unreadable { error, .. } =
        store::find_assessment(&global.data_dir(), &args.name, rater)
    {
        return Err(error.into());
    }
    let start = Start::New {
        name: args.name,
        rater,
    };
    tui::run(&global.settings(), start)
}

pub fn resume(global: &GlobalArgs, args: ResumeArgs) -> anyhow::Result<ExitCode> {
    let path = resolve_assessment(
        &global.data_dir(),
        &args.name,
        rater(args.coach),
        global.lang(),
    )?;
    tui::run(&global.settings(), Start::Resume(path))
}

/// `bilan resume NAME`: a path if it is one, else the saved file for that
/// person and rater.
fn resolve_assessment(
    data_dir: &Path,
    name: &str,
    rater: Rater,
    lang: bilan_core::Lang,
) -> anyhow::Result<PathBuf> {
    let as_path = Path::new(name);
    if as_path.extension().is_some_and(|x| x == "json") && as_path.is_file() {
        return Ok(as_path.to_path_buf());
    }
    match store::find_assessment(data_dir, name, rater) {
        store::Lookup::Found(path) => return Ok(path),
        // Their file may be the one that cannot be read: say which and why
        // (line, column, what to do), rather than "nothing saved".
        store::Lookup::Unreadable { error, .. } => return Err(error.into()),
        store::Lookup::New(_) => {}
    }
    anyhow::bail!(
        "{}",
        bilan_report::l10n::notices::no_saved_assessment(
            lang,
            rater,
            name,
            &data_dir.display().to_string()
        )
    )
}
