//! bilan's domain: the catalogue of items, role profiles, assessments,
//! matching, comparison, group analysis and private storage. It returns data,
//! never sentences, and has no terminal, command-line or rendering dependency.
#![forbid(unsafe_code)]

pub mod areas;
pub mod assessment;
pub mod catalogue;
pub mod cohort;
pub mod compare;
pub mod error;
pub mod guidance;
pub mod ids;
pub mod json;
pub mod library;
pub mod matching;
pub mod profile;
pub mod quick;
pub mod source;
pub mod store;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod text;
pub mod time;

pub use assessment::{Answer, Assessment, Rater, StartedIn};
pub use catalogue::{Catalogue, Item, ItemKind};
pub use error::{Error, Result};
pub use ids::{ItemId, PersonKey, ProfileId};
pub use json::SCHEMA_VERSION;
pub use library::Library;
pub use matching::{MatchResult, Ranking};
pub use profile::{Importance, Profile, Requirement};
pub use text::{Lang, Localized};
pub use time::Timestamp;

/// The e-CF edition the built-in catalogue follows (DESIGN.md), stated with
/// the version so a coach can say which rules produced a report.
pub const ECF_VERSION: &str = "e-CF 4.0 (EN 16234-1:2019)";
