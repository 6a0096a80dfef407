//! `bilan match FILE [--json] [--profile ID]`.

use std::io::Write;
use std::process::ExitCode;

use bilan_core::store;

use super::args::{GlobalArgs, MatchArgs};
use super::io::warn_unknown_items;
use super::output;

pub fn run(global: &GlobalArgs, args: MatchArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let library = global.library()?;
    let assessment = store::load_assessment(&args.file)?;
    if let Some(id) = &args.profile {
        library.profile(id)?;
    }
    warn_unknown_items(&library, &args.file, &assessment);
    if args.json {
        output::match_json(out, &library, &assessment)?;
    } else {
        let lang = global.lang();
        output::match_text(out, &library, &assessment, args.profile.as_deref(), lang)?;
    }
    Ok(ExitCode::SUCCESS)
}
