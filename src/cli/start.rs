//! The commands that open the TUI: none, `new`, `resume`; `new` and
//! `resume` run line by line instead ([`crate::plain`]) when asked to, or
//! when there is no terminal to draw on.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use bilan_core::{Rater, store};

use super::args::{GlobalArgs, NewArgs, ResumeArgs};
use super::find::resolve_assessment;
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
    let coach = args
        .coach_name
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    if plain::wanted(args.plain) {
        return line_by_line(global, out, |console| {
            plain::new(console, &args.name, rater)
        });
    }
    let start = Start::New {
        name: args.name,
        rater,
        coach,
        blind: args.blind,
    };
    tui::run(&global.settings(), start)
}

/// Runs `ask` in the plain mode, on standard input and `out`.
fn line_by_line(
    global: &GlobalArgs,
    out: &mut impl Write,
    ask: impl FnOnce(plain::Console) -> anyhow::Result<ExitCode>,
) -> anyhow::Result<ExitCode> {
    let library = global.library()?;
    let settings = global.settings();
    let stdin = std::io::stdin();
    ask(plain::Console {
        library: &library,
        settings: &settings,
        input: &mut stdin.lock(),
        out,
    })
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
        return line_by_line(global, out, |console| {
            plain::quick::run(console, &name, rater, settings)
        });
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
        Path::new(&args.name),
        Some(rater(args.coach)),
    )?;
    if plain::wanted(args.plain) {
        return line_by_line(global, out, |console| plain::resume(console, path));
    }
    tui::run(&global.settings(), Start::Resume(path, args.blind))
}
