//! Markdown renderings (tables, headings; charts as text bars), for GitHub,
//! GitLab and any CommonMark reader with GFM tables.
//!
//! Every text that comes from a file (names, notes, titles) goes through
//! [`inline`](parts::inline), [`cell`](parts::cell) or
//! [`block`](parts::block), so a `|`, a newline or a leading `#` in it
//! cannot break a table or start a heading.
//!
//! One file per document: `report.rs` (which ends with the plan, and shows
//! the comparison section of `comparison.rs`), `plan.rs`, `guide.rs` and `job_sheet.rs`; the escaping and building
//! blocks they share are in `parts.rs` (numbers and colons:
//! [`crate::l10n`]). This file only declares and re-exports, so the
//! documents can use `parts` without a cycle.

mod comparison;
mod guide;
mod job_sheet;
pub(crate) mod parts;
mod plan;
mod report;

pub use guide::guide;
pub use job_sheet::job_sheet;
pub use plan::plan;
pub use report::report;
