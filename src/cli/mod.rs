//! The command line: every subcommand calls the same domain and document
//! functions as the TUI. Bare `bilan` opens the TUI. One file per command;
//! this one only parses and dispatches.

use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;

mod args;
mod coaching;
mod documents;
mod find;
pub mod install;
mod io;
mod output;
mod profiles;
mod ranking;
mod schema;
mod start;

pub use args::{Cli, Command, GlobalArgs, LangArg, ProfilesCommand};

/// Entry point of the binary.
pub fn run() -> ExitCode {
    let cli = match Cli::from_arg_matches(&install::command().get_matches()) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    let lang = cli.global.lang();
    match execute(cli) {
        Ok(code) => code,
        // A reader that stops early (`bilan match f.json | head`) is not an error.
        Err(err) if closed_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // One line, whatever a message quotes.
            let message = bilan_core::text::escape(&output::error(&err, lang)).into_owned();
            let _ = writeln!(std::io::stderr(), "bilan: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Whether `err` is a write to a pipe whose reader has gone.
fn closed_pipe(err: &anyhow::Error) -> bool {
    let broken = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
    err.downcast_ref::<std::io::Error>().is_some_and(broken)
        || matches!(
            err.downcast_ref::<bilan_core::Error>(),
            Some(bilan_core::Error::Io { cause, .. }) if broken(cause)
        )
}

fn execute(cli: Cli) -> anyhow::Result<ExitCode> {
    let global = cli.global;
    // Every command's standard output goes through the last gate against
    // escape sequences from files. Not locked for the whole run: the TUI's
    // signal path may have to reach the terminal from another thread while
    // this one is stuck.
    let mut out = io::SafeOut::new(std::io::stdout());
    match cli.command {
        None => start::home(&global),
        Some(Command::New(args)) => start::new(&global, args),
        Some(Command::Resume(args)) => start::resume(&global, args),
        Some(Command::Profiles(command)) => profiles::run(&global, command, &mut out),
        Some(Command::Match(args)) => ranking::run(&global, args, &mut out),
        Some(Command::Report(args)) => documents::report(&global, args, &mut out),
        Some(Command::Plan(args)) => documents::plan(&global, args, &mut out),
        Some(Command::Guide(args)) => documents::guide(&global, args, &mut out),
        Some(Command::Compare(args)) => coaching::compare(&global, args, &mut out),
        Some(Command::Diff(args)) => coaching::diff(&global, args, &mut out),
        Some(Command::Cohort(args)) => coaching::cohort(&global, args, &mut out),
        Some(Command::Schema(args)) => schema::run(args, &mut out),
        Some(Command::Completions(args)) => install::run(&global, args, &mut out),
    }
}
