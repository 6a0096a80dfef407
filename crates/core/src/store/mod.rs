//! Where files live and how they are written: atomically (temp file, fsync,
//! rename) and readable by their owner only, since assessments are personal.
//!
//! The layers inside run one way: `write` and `walk` know no assessment;
//! `files` reads and saves one; `names` picks the file a person's rating
//! goes in; `rounds` finds the counterpart and the earlier rounds; `lock`
//! keeps one writer per assessment and `sync` notices a file changed on
//! disk behind a window's back.

mod dirs;
mod files;
mod lock;
mod names;
mod output;
mod process;
pub(crate) mod read;
mod rounds;
mod sync;
mod walk;
mod write;

pub use dirs::{
    CONFIG_DIR_ENV, DATA_DIR_ENV, DataDirAccess, default_config_dir, default_data_dir,
    secure_data_dir,
};
pub use files::{Summary, list_assessments, load_assessment, read_text, save_assessment};
pub use lock::{Claim, Holder, WriteLock, claim, lock_path};
pub use names::{Lookup, assessment_path, find_assessment, slug};
pub use output::write_output;
pub use read::{ASSESSMENT_LIMIT, DEFINITION_LIMIT, read_bytes, read_limited};
pub use rounds::{ROUNDS_DIR, archive_round, earlier_rounds, find_counterpart};
pub use sync::{Fingerprint, OnDisk, check_disk, load_tracked, merge_changes, save_tracked};
pub use walk::{collect_files, json_files};
pub use write::{ensure_private_dir, remove_stale_temps, resolve_links, write_atomic};
