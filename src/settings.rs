//! Where data lives and which language to speak: built by the command line
//! from its flags, environment and defaults, and handed to the TUI, so the
//! TUI never depends on the command-line parser.

use std::path::PathBuf;

use bilan_core::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Where assessments are saved (and `reports/`, `rounds/` beside them).
    pub data_dir: PathBuf,
    /// Custom profiles and catalogue items, if any.
    pub config_dir: Option<PathBuf>,
    pub lang: Lang,
}
