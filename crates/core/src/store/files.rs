//! Reading and saving one assessment, and the list of those saved in a
//! folder (the resume list).

use std::path::{Path, PathBuf};

use super::read::read_limited;
use super::walk::json_files;
use super::write::{ensure_private_dir, remove_stale_temps, resolve_links, write_atomic};
use crate::assessment::{Assessment, Rater};
use crate::catalogue::Catalogue;
use crate::error::{Error, FileRole, Result};
use crate::text::Lang;
use crate::time::Timestamp;

/// A whole profile, catalogue or guidance file as text, the error naming
/// it: a regular file of at most [`DEFINITION_LIMIT`](super::DEFINITION_LIMIT).
pub fn read_text(path: &Path) -> Result<String> {
    read_limited(path, FileRole::Definition)
}

/// An assessment file (a regular file of at most
/// [`ASSESSMENT_LIMIT`](super::ASSESSMENT_LIMIT)), parsed and checked.
pub fn load_assessment(path: &Path) -> Result<Assessment> {
    let text = read_limited(path, FileRole::Assessment)?;
    Assessment::from_json(&text, &path.display().to_string())
}

/// Saves an assessment atomically, filling in every optional field. A file
/// that is a link is saved through it, in its target's folder.
pub fn save_assessment(path: &Path, assessment: &Assessment) -> Result<()> {
    save_assessment_text(path, assessment).map(drop)
}

/// Saves as [`save_assessment`] does and returns the text written.
pub(super) fn save_assessment_text(path: &Path, assessment: &Assessment) -> Result<String> {
    let target = resolve_links(path);
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        ensure_private_dir(parent)?;
    }
    let mut complete = assessment.clone();
    complete.complete_fields(Lang::En);
    let text = complete.to_json();
    write_atomic(&target, text.as_bytes())?;
    Ok(text)
}

/// A saved assessment, as the resume list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub path: PathBuf,
    pub person: String,
    pub rater: Rater,
    /// Empty when the file has no stamp (it then sorts last).
    pub updated: Timestamp,
    pub answered: usize,
    pub total: usize,
}

impl Summary {
    /// Items answered, 0–100, exact: outputs round it once, as they round
    /// every figure (20 of 49 is 40.8 in the list and on the walk alike).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.answered as f64 / self.total as f64
        }
    }
}

/// Summaries of the assessments saved in `dir`, most recent first, plus the
/// files that could not be read (each with why). Temp files left in `dir` by
/// a crashed save are removed on the way.
pub fn list_assessments(
    dir: &Path,
    catalogue: &Catalogue,
) -> (Vec<Summary>, Vec<(PathBuf, Error)>) {
    remove_stale_temps(dir);
    let mut summaries = Vec::new();
    let mut problems = Vec::new();
    for path in json_files(dir) {
        match load_assessment(&path) {
            Ok(a) => {
                let (answered, total) = a.progress(catalogue);
                summaries.push(Summary {
                    path,
                    person: a.person,
                    rater: a.rater,
                    updated: a.updated.unwrap_or_default(),
                    answered,
                    total,
                });
            }
            Err(e) => problems.push((path, e)),
        }
    }
    // Newest first by instant, as the rounds are sorted.
    summaries.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.person.cmp(&b.person)));
    (summaries, problems)
}
