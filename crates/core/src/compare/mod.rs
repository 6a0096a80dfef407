//! Two assessments of one person side by side: a self-rating against a
//! coach's ([`compare`], given as a checked [`RatingPair`]), and the same
//! person at two dates ([`diff`]).
//!
//! Both results are plain data in no language (ids, scores, fits, and titles
//! as [`Localized`](crate::text::Localized)); the TUI, the CLI and the
//! reports only lay them out. The fits come from
//! [`matching::rank`](crate::matching::rank), so they are the numbers of the
//! matching rule and nothing else.

mod fits;
#[cfg(test)]
mod fixtures;
mod pair;
mod progress;
mod rating;

pub use crate::matching::round1;
pub use pair::RatingPair;
pub use progress::{FitChange, Movement, MovementCounts, Progress, ProgressRow, diff};
pub use rating::{Comparison, ComparisonRow, ProfileFits, Severity, SeverityCounts, compare};
