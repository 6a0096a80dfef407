//! HTML renderings: one self-contained, printable file.
//!
//! Every document is a single file: the style sheet is inline, the charts are
//! inline SVG, and nothing is fetched (no script, font, image, frame, link,
//! `@import` or `url(`); the only links are `#anchors` within the page. The
//! page reads on screen (at most 60rem wide, system fonts, bordered zebra
//! tables) and prints on A4: a page per major section, rows, charts and plan
//! steps kept whole, colours kept. Status is always given by a symbol as well
//! as a colour (✓ met, ✗ not met, ? not answered), so a black-and-white print
//! says the same.
//!
//! Every text that comes from a file (names, notes, titles) goes through
//! [`escape`](parts::escape). The output depends only on its input (the
//! report carries its own date), so it can be snapshot-tested.
//!
//! One file per document: `report.rs` (with the comparison section of
//! `comparison.rs`), `plan.rs`, `guide.rs` and `job_sheet.rs`; the style
//! sheet is in `style.rs`, and the text, number and page helpers they share
//! in `parts.rs`. This file only declares and
//! re-exports, so the documents can use `parts` without a cycle.

mod comparison;
mod guide;
mod job_sheet;
pub(crate) mod parts;
mod plan;
mod report;
mod style;

pub use guide::guide;
pub use job_sheet::job_sheet;
pub use plan::plan;
pub use report::report;
