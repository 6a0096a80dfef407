//! `bilan profiles list | show | validate`.

use std::io::Write;
use std::process::ExitCode;

use bilan_report as report;

use super::args::{DocFormatArg, GlobalArgs, ProfilesCommand, ShowProfileArgs};
use super::io::{doc_format, emit};
use super::output;

pub fn run(
    global: &GlobalArgs,
    command: ProfilesCommand,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let lang = global.lang();
    let library = global.library()?;
    match command {
        ProfilesCommand::List => output::profiles_list(out, &library, lang)?,
        ProfilesCommand::Validate(args) => output::validate(out, &library, &args.file, lang)?,
        ProfilesCommand::Show(ShowProfileArgs {
            id,
            json,
            format,
            output,
        }) => {
            let profile = library.profile(&id)?;
            let text = if json {
                report::to_json(profile)
            } else if format.is_some() || output.is_some() {
                let sheet = report::job_sheet(&library.catalogue, profile, lang);
                match doc_format(format, output.as_deref()) {
                    DocFormatArg::Html => report::html::job_sheet(&sheet),
                    DocFormatArg::Md => report::markdown::job_sheet(&sheet),
                }
            } else {
                output::profile_sheet(out, &library, profile, lang)?;
                return Ok(ExitCode::SUCCESS);
            };
            emit(out, output.as_deref(), &text)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
