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
mod quick;
mod ranking;
mod schema;
mod start;

pub use args::{Cli, Command, GlobalArgs, LangArg, ProfilesCommand};

/// Entry point of the binary.
pub fn run() -> ExitCode {
    let cli = match install::command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(err) => parse_failed(err),
    };
    let lang = cli.global.lang();
    io::set_lang(lang);
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

/// Help and version as clap prints them; a usage error in the language
/// asked for (`--lang`, read by hand since parsing failed, else the locale).
fn parse_failed(err: clap::Error) -> ! {
    use clap::error::ErrorKind;
    let shown = matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let lang = lang_before_parsing();
    if shown || lang == bilan_core::Lang::En {
        err.exit()
    }
    let text = bilan_report::l10n::notices::usage_error(lang, &err.render().to_string());
    let _ = write!(std::io::stderr(), "{text}");
    std::process::exit(err.exit_code())
}

/// `--lang fr` / `--lang=en` among the arguments, else the locale's.
fn lang_before_parsing() -> bilan_core::Lang {
    let args: Vec<String> = std::env::args().collect();
    let given = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=").or_else(|| {
            (a == "--lang")
                .then(|| args.get(i + 1).map(String::as_str))
                .flatten()
        })
    });
    match given {
        Some("fr") => bilan_core::Lang::Fr,
        Some("en") => bilan_core::Lang::En,
        _ => bilan_core::Lang::detect(),
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
        Some(Command::New(args)) => start::new(&global, args, &mut out),
        Some(Command::Resume(args)) => start::resume(&global, args, &mut out),
        Some(Command::Profiles(command)) => profiles::run(&global, command, &mut out),
        Some(Command::Match(args)) => ranking::run(&global, args, &mut out),
        Some(Command::Quick(args)) => quick::run(&global, args, &mut out),
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
