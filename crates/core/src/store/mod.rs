//! Where files live and how they are written: atomically (temp file, fsync,
//! rename) and readable by their owner only, since assessments are personal.
//!
//! The layers inside run one way: `write` and `walk` know no assessment;
//! `files` reads and saves one; `names` picks the file a person's rating
//! goes in; `rounds` finds the counterpart and the earlier rounds.

mod dirs;
mod files;
mod names;
mod output;
pub(crate) mod read;
mod rounds;
mod walk;
mod write;

pub use dirs::{CONFIG_DIR_ENV, DATA_DIR_ENV, default_config_dir, default_data_dir};
pub use files::{Summary, list_assessments, load_assessment, read_text, save_assessment};
pub use names::{assessment_path, slug};
pub use output::write_output;
pub use read::{ASSESSMENT_LIMIT, DEFINITION_LIMIT, read_bytes, read_limited};
pub use rounds::{ROUNDS_DIR, archive_round, earlier_rounds, find_counterpart};
pub use walk::{collect_files, json_files};
pub use write::{ensure_private_dir, write_atomic};
