//! Reports people keep: the full result of an assessment, its development
//! plan, a coach's interview guide and a recruiter's job sheet.
//!
//! Each is first built as plain data in one language ([`Report`], [`Plan`],
//! [`Guide`], [`JobSheet`]); the JSON output is that data as is, and the
//! Markdown, HTML and CSV renderers only lay it out, so every format says
//! the same thing.

pub mod coaching;
pub mod comparison;
pub mod csv;
pub mod export;
mod fits;
pub mod guide;
pub mod header;
pub mod html;
pub mod job_sheet;
pub mod l10n;
pub mod markdown;
pub mod report;
pub mod schema;
pub mod sheet;
mod svg;

pub use comparison::{ComparedFit, ComparedItem, RatingDates, ReportComparison};
pub use export::{Format, export, export_cohort_html, export_html, file_name, render, to_json};
pub use guide::{Guide, GuideItem, GuideProbe, build_guide};
pub use header::Header;
pub use job_sheet::*;
pub use report::*;
