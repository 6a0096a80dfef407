//! The commands that open the TUI: none, `new`, `resume`; `new` and
//! `resume` run line by line instead ([`crate::plain`]) when asked to, or
//! when there is no terminal to draw on.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bilan_core::{Rater, store};

use super::args::{GlobalArgs, NewArgs, ResumeArgs};
use crate::plain;
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

pub fn new(global: &GlobalArgs, args: NewArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let rater = rater(args.coach);
    // A file for this person that cannot be read is named with its error
    // before anything else (even the terminal check): a second file must
    // not be started beside it.
    if let store::Lookup::Unreadable { error, .. } =
        store::find_assessment(&global.data_dir(), &args.name, rater)
    {
        return Err(error.into());
    }
    if plain::wanted(args.plain) {
        let library = global.library()?;
        let settings = global.settings();
        let stdin = std::io::stdin();
        let console = plain::Console {
            library: &library,
            settings: &settings,
            input: &mut stdin.lock(),
            out,
        };
        return plain::new(console, &args.name, rater);
    }
    let start = Start::New {
        name: args.name,
        rater,
    };
    tui::run(&global.settings(), start)
}

/// `bilan quick --name NAME`: the quick orientation on the person's file
/// (a new one, or theirs), checked as `new` checks it.
pub fn quick(
    global: &GlobalArgs,
    (name, rater, asked_plain): (String, Rater, bool),
    settings: bilan_core::quick::Settings,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    if let store::Lookup::Unreadable { error, .. } =
        store::find_assessment(&global.data_dir(), &name, rater)
    {
        return Err(error.into());
    }
    if plain::wanted(asked_plain) {
        let library = global.library()?;
        let global_settings = global.settings();
        let stdin = std::io::stdin();
        let console = plain::Console {
            library: &library,
            settings: &global_settings,
            input: &mut stdin.lock(),
            out,
        };
        return plain::quick::run(console, &name, rater, settings);
    }
    tui::run(
        &global.settings(),
        Start::Quick {
            name,
            rater,
            settings,
        },
    )
}

pub fn resume(
    global: &GlobalArgs,
    args: ResumeArgs,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let path = resolve_assessment(
        &global.data_dir(),
        &args.name,
        rater(args.coach),
        global.lang(),
    )?;
    if plain::wanted(args.plain) {
        let library = global.library()?;
        let settings = global.settings();
        let stdin = std::io::stdin();
        let console = plain::Console {
            library: &library,
            settings: &settings,
            input: &mut stdin.lock(),
            out,
        };
        return plain::resume(console, path);
    }
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
