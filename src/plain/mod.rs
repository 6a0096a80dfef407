//! The plain mode: `bilan new --plain` and `bilan resume --plain` ask the
//! walk's questions line by line, for screen readers, scripts and `TERM=dumb`
//! consoles. No escape sequence, no drawing; every answer saved at once to
//! the same file as the TUI's, with the same lock and the same resume point.
//! Chosen by itself when standard input or output is not a terminal, or
//! `TERM` is `dumb`; answers are then read one per line.
//!
//! The question loop ([`ask::Asker`]) takes the order of the questions from
//! an [`ask::Order`], so a quick orientation can reuse it.

pub mod ask;
pub mod file;
pub mod question;
pub mod quick;
pub mod results;

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use bilan_core::{Lang, Library, Rater, store};
use bilan_report::l10n::plain::{plain, question_of};
use bilan_report::l10n::{Space, colon};

use crate::settings::Settings;
use ask::{Asker, Ended, Walk, WalkFrom};
use file::{Opening, PlainFile, locked_message};
use question::one_line;

/// Whether to run line by line: asked for (`--plain`), a `dumb` terminal,
/// or no terminal to draw on or read keys from.
pub fn wanted(asked: bool) -> bool {
    asked
        || std::env::var_os("TERM").is_some_and(|t| t == "dumb")
        || !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal())
}

/// Where the plain mode reads and writes.
pub struct Console<'a> {
    pub library: &'a Library,
    pub settings: &'a Settings,
    pub input: &'a mut dyn BufRead,
    pub out: &'a mut dyn Write,
}

/// `bilan new --name NAME --plain`.
pub fn new(console: Console, name: &str, rater: Rater) -> anyhow::Result<ExitCode> {
    let lang = console.settings.lang;
    notice_data_dir(&console, lang)?;
    store::remove_stale_temps(&console.settings.data_dir);
    match PlainFile::start(&console.settings.data_dir, name, rater, lang)? {
        Opening::Ready(file) => run(console, *file),
        Opening::Locked(holder) => anyhow::bail!("{}", locked_message(holder.as_ref(), lang)),
    }
}

/// `bilan resume NAME --plain`.
pub fn resume(console: Console, path: PathBuf) -> anyhow::Result<ExitCode> {
    let lang = console.settings.lang;
    notice_data_dir(&console, lang)?;
    match PlainFile::open(path, lang)? {
        Opening::Ready(file) => run(console, *file),
        Opening::Locked(holder) => anyhow::bail!("{}", locked_message(holder.as_ref(), lang)),
    }
}

/// A data folder others can reach is made private (or reported), as the
/// TUI does.
fn notice_data_dir(console: &Console, lang: Lang) -> anyhow::Result<()> {
    let access = store::secure_data_dir(&console.settings.data_dir);
    if let Some((text, _)) = bilan_report::l10n::terminal::data_dir_notice(&access, lang) {
        let _ = writeln!(std::io::stderr(), "bilan: {}", one_line(&text));
    }
    Ok(())
}

/// The end when nothing was answered, so nothing was written either: an
/// error when the input ended (a script learns nothing was made), else a
/// word that nothing was given.
fn nothing_written(out: &mut dyn Write, ended: Ended, lang: Lang) -> anyhow::Result<ExitCode> {
    let w = plain(lang);
    match ended {
        Ended::EndOfInput => anyhow::bail!("{}", w.nothing_created),
        Ended::NotUnderstood => anyhow::bail!("{} {}", w.too_many, w.nothing_created),
        Ended::Quit | Ended::Finished => {
            writeln!(out, "{}", w.nothing_given)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn run(console: Console, mut file: PlainFile) -> anyhow::Result<ExitCode> {
    let Console {
        library,
        settings,
        input,
        out,
    } = console;
    let lang = settings.lang;
    let w = plain(lang);
    let colon = colon(lang, Space::NoBreak);
    let len = library.catalogue.len();
    let path_text = one_line(&file.path.display().to_string());
    writeln!(out, "{}", w.intro)?;
    if file.exists() {
        writeln!(out, "{}{colon} {path_text}", w.saving_in)?;
    } else {
        writeln!(out, "{}{colon} {path_text}", w.will_save_in)?;
    }
    let start = Walk::resume_point(library, &file.assessment);
    if file.exists() {
        writeln!(
            out,
            "{} {}.",
            w.resuming_at,
            question_of(lang, start + 1, len)
        )?;
    }
    let mut order = WalkFrom {
        walk: Walk { len },
        start,
    };
    // A coach sees the candidate's own answers beside each question.
    let counterpart = (file.assessment.rater == Rater::Coach)
        .then(|| store::find_counterpart(&file.path, &file.assessment))
        .flatten()
        .map(|(_, other)| other);
    let ended = Asker {
        library,
        lang,
        self_rated: counterpart.as_ref(),
        input,
        out: &mut *out,
    }
    .ask(&mut file, &mut order)?;
    writeln!(out)?;
    if !file.exists() {
        return nothing_written(out, ended, lang);
    }
    let (answered, total) = file.assessment.progress(&library.catalogue);
    let so_far = format!("{}{colon} {answered} {} {total}.", w.answered_so_far, w.of);
    let to_continue = format!(
        "{}{colon} {}",
        w.to_continue,
        results::resume_command(&file.assessment)
    );
    match ended {
        Ended::Finished => {
            writeln!(out, "{}", w.all_seen)?;
            let left: Vec<&str> = library
                .catalogue
                .items()
                .iter()
                .filter(|i| file.assessment.answer(&i.id).is_none())
                .map(|i| i.id.as_str())
                .collect();
            if !left.is_empty() {
                writeln!(
                    out,
                    "{} ({}){colon} {}.",
                    w.left_unanswered,
                    left.len(),
                    left.join(", ")
                )?;
                writeln!(out, "{to_continue}")?;
            }
            results::write(out, library, &file.assessment, &file.path, lang)?;
        }
        Ended::Quit => {
            let at = Walk::resume_point(library, &file.assessment);
            writeln!(out, "{} {}.", w.stopped, question_of(lang, at + 1, len))?;
            writeln!(out, "{so_far}")?;
            writeln!(out, "{to_continue}")?;
            results::file_lines(out, &file.path, lang)?;
        }
        Ended::EndOfInput | Ended::NotUnderstood => {
            if ended == Ended::EndOfInput {
                writeln!(out, "{}", w.end_of_input)?;
            }
            writeln!(out, "{so_far}")?;
            writeln!(out, "{to_continue}")?;
            results::file_lines(out, &file.path, lang)?;
            if ended == Ended::NotUnderstood {
                out.flush()?;
                anyhow::bail!("{}", w.too_many);
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
