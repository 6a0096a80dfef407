//! The commands that open the TUI: none, `new`, `resume`.

use std::path::Path;
use std::process::ExitCode;

use bilan_core::{Rater, store};

use super::args::{GlobalArgs, NewArgs, ResumeArgs};
use super::find::resolve_assessment;
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
    let coach = args
        .coach_name
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let start = Start::New {
        name: args.name,
        rater,
        coach,
        blind: args.blind,
    };
    tui::run(&global.settings(), start)
}

pub fn resume(global: &GlobalArgs, args: ResumeArgs) -> anyhow::Result<ExitCode> {
    let path = resolve_assessment(
        &global.data_dir(),
        Path::new(&args.name),
        Some(rater(args.coach)),
    )?;
    tui::run(&global.settings(), Start::Resume(path, args.blind))
}
