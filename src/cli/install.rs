//! What installing bilan like any other command needs, all from the one
//! clap definition so nothing drifts: the version line, shell completions
//! and the man pages (`man/`, `completions/` are generated from here).

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;
use clap::builder::PossibleValuesParser;
use clap_complete::Shell;

use bilan_core::Library;

use super::args::{Cli, CompletionsArgs, GlobalArgs};

/// `0.1.0 · e-CF 4.0 (EN 16234-1:2019) · profiles data v1`: a technical
/// identifier, in English whatever the language.
pub fn version() -> String {
    let labels = bilan_report::l10n::labels(bilan_core::Lang::En);
    bilan_report::l10n::format::version_line(labels.profiles_data)
}

/// The parser: the derived definition plus the version line, which needs
/// `bilan_core`'s constants and so cannot be a literal in the attribute.
pub fn command() -> clap::Command {
    Cli::command().version(version()).long_version(version())
}

/// `bilan completions SHELL`: the script, with the profile ids in use.
pub fn run(
    global: &GlobalArgs,
    args: CompletionsArgs,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let library = global.library()?;
    write_completions(args.shell, &library, out)?;
    Ok(ExitCode::SUCCESS)
}

/// The completion script of `shell`. Shells complete from a fixed list, so
/// `--profile` offers the ids loaded now (built-in and custom): regenerating
/// after adding a profile picks it up.
pub fn write_completions(
    shell: Shell,
    library: &Library,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let ids: Vec<String> = library.profiles.iter().map(|p| p.id.to_string()).collect();
    let mut command = with_profile_values(command(), &ids);
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "bilan", &mut script);
    out.write_all(&script)
}

/// Every `--profile ID` of the tree offers `ids` (for completion only: the
/// parser keeps accepting any id so that errors stay bilan's own).
fn with_profile_values(command: clap::Command, ids: &[String]) -> clap::Command {
    // `--profile ID` anywhere, and `profiles show ID`.
    let arg = if command.get_name() == "show" {
        "id"
    } else {
        "profile"
    };
    let command = if command.get_arguments().any(|a| a.get_id() == arg) {
        command.mut_arg(arg, |arg| {
            arg.value_parser(PossibleValuesParser::new(ids.to_vec()))
        })
    } else {
        command
    };
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.iter().fold(command, |command, name| {
        command.mut_subcommand(name, |sub| with_profile_values(sub, ids))
    })
}

/// The files the Debian package installs, with the built-in profiles:
/// `(file name, script)` for bash, zsh and fish.
pub fn completion_files(library: &Library) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    [
        (Shell::Bash, "bilan"),
        (Shell::Zsh, "_bilan"),
        (Shell::Fish, "bilan.fish"),
    ]
    .into_iter()
    .map(|(shell, name)| {
        let mut script = Vec::new();
        write_completions(shell, library, &mut script)?;
        Ok((name.to_string(), script))
    })
    .collect()
}

/// One man page for `bilan` and one per subcommand (`bilan-report.1`,
/// `bilan-profiles-show.1`, …), in English: `(file name, roff)`.
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut root = english(command())
        .about(ENGLISH_ABOUT)
        .long_about(ENGLISH_LONG_ABOUT);
    // Gives subcommands their full names (`bilan-profiles-show`).
    root.build();
    let mut pages = Vec::new();
    add_pages(&root, &mut pages)?;
    pages.sort();
    Ok(pages)
}

fn add_pages(command: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    for sub in command.get_subcommands() {
        if !sub.is_hide_set() && sub.get_name() != "help" {
            add_pages(sub, pages)?;
        }
    }
    // Every page's header says which version it documents.
    let man = clap_mangen::Man::new(command.clone().name("bilan").version(version()));
    let mut roff = Vec::new();
    man.render(&mut roff)?;
    pages.push((man.get_filename(), roff));
    Ok(())
}

const ENGLISH_ABOUT: &str =
    "Competency self-assessment on the e-CF and the CM / CNO / ITE roles, offline";
const ENGLISH_LONG_ABOUT: &str = "Competency self-assessment on the e-CF and the CM / CNO / ITE \
    roles, offline. Without a command, opens the assessment in the terminal (TUI).";

/// The help texts are "English / français" one-liners; a man page is in
/// one language, so keep the English half.
fn english(command: clap::Command) -> clap::Command {
    let first = |text: &clap::builder::StyledStr| {
        let text = text.to_string();
        match text.split_once(" / ") {
            Some((english, _)) => english.to_string(),
            None => text,
        }
    };
    let mut command = match command.get_about().map(first) {
        Some(about) => command.about(about),
        None => command,
    };
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        command = command.mut_arg(id, |arg| match arg.get_help().map(first) {
            Some(help) => arg.help(help),
            None => arg,
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.iter().fold(command, |command, name| {
        command.mut_subcommand(name, english)
    })
}
