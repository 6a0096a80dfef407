//! The domain: catalogue of items, role profiles, assessments, matching,
//! reports and storage. Never imports ratatui or crossterm.

pub mod areas;
pub mod assessment;
pub mod catalogue;
pub mod cohort;
pub mod compare;
pub mod error;
pub mod guidance;
pub mod library;
pub mod matching;
pub mod profile;
pub mod report;
pub mod schema;
pub mod sheet;
pub mod storage;
pub mod text;

pub use assessment::{Assessment, Rater};
pub use catalogue::{Catalogue, Item, ItemKind};
pub use error::{Error, Result};
pub use library::Library;
pub use matching::{MatchResult, Ranking};
pub use profile::{Importance, Profile, Requirement};
pub use text::{Lang, Localized};

/// Version of the JSON formats this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;
