//! Terminal UI.
use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::GlobalArgs;
use crate::model::Rater;

pub enum Start {
    Home,
    New { name: String, rater: Rater },
    Resume(PathBuf),
}

pub fn run(_global: &GlobalArgs, _start: Start) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the TUI is not built yet")
}
