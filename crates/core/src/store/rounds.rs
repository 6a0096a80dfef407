//! The other rater's file of the same person, and the dated copies of
//! earlier rounds kept beside the live file.

use std::path::{Path, PathBuf};

use super::files::{load_assessment, save_assessment};
use super::names::{folder_of, same_file, slug};
use super::walk::json_files;
use super::write::ensure_private_dir;
use crate::assessment::{Assessment, Rater};
use crate::error::Result;
use crate::ids::PersonKey;
use crate::time::Timestamp;

/// The folder kept rounds go in, inside the folder of the live file: out of
/// the resume list and of the group analysis of the saved assessments.
pub const ROUNDS_DIR: &str = "rounds";

/// The other rater's assessment of the same person (the coach's for a
/// self-rating, the self-rating for a coach's), when it is saved in the same
/// folder as `path` under its usual name.
pub fn find_counterpart(path: &Path, assessment: &Assessment) -> Option<(PathBuf, Assessment)> {
    let dir = folder_of(path);
    let dir = dir.as_path();
    let other = match assessment.rater {
        Rater::SelfRated => Rater::Coach,
        Rater::Coach => Rater::SelfRated,
    };
    // Its usual name, or a numbered one when two names share a slug; dated
    // copies (earlier rounds) are not counterparts.
    let base = format!("{}-{}", slug(&assessment.person), other.code());
    let key = PersonKey::of(&assessment.person);
    json_files(dir)
        .into_iter()
        .filter(|p| {
            p.file_stem().is_some_and(|stem| {
                let stem = stem.to_string_lossy();
                stem == base.as_str()
                    || stem
                        .strip_prefix(&format!("{base}-"))
                        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            })
        })
        .filter_map(|p| load_assessment(&p).ok().map(|a| (p, a)))
        .find(|(_, a)| PersonKey::of(&a.person) == key && a.rater == other)
}

/// Earlier rounds of the same person by the same rater (dated copies made by
/// [`archive_round`] in the `rounds` folder beside `path`), newest first.
pub fn earlier_rounds(path: &Path, assessment: &Assessment) -> Vec<(PathBuf, Assessment)> {
    let dir = folder_of(path).join(ROUNDS_DIR);
    // Only files named like this person's rounds are read.
    let prefix = format!("{}-{}-", slug(&assessment.person), assessment.rater.code());
    let key = PersonKey::of(&assessment.person);
    let mut rounds: Vec<(PathBuf, Assessment)> = json_files(&dir)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
                && !same_file(p, path)
        })
        .filter_map(|p| load_assessment(&p).ok().map(|a| (p, a)))
        .filter(|(_, a)| PersonKey::of(&a.person) == key && a.rater == assessment.rater)
        .collect();
    // Newest first, by instant (the order of `Timestamp`).
    rounds.sort_by(|(_, a), (_, b)| b.updated.cmp(&a.updated));
    rounds
}

/// Keeps a dated copy of this round in the `rounds` folder beside `path`
/// (`rounds/ana-self-2026-11-24.json`, then `-2`, `-3` … on the same day),
/// so that a later round can be compared with it. Returns the copy's path.
pub fn archive_round(path: &Path, assessment: &Assessment) -> Result<PathBuf> {
    let dir = folder_of(path).join(ROUNDS_DIR);
    ensure_private_dir(&dir)?;
    // The round's own day; today when its stamp has none.
    let today = Timestamp::now();
    let date = assessment
        .updated
        .as_ref()
        .and_then(Timestamp::date)
        .or_else(|| today.date())
        .unwrap_or("undated");
    let base = format!(
        "{}-{}-{date}",
        slug(&assessment.person),
        assessment.rater.code()
    );
    let target = (1..)
        .map(|n| {
            dir.join(if n == 1 {
                format!("{base}.json")
            } else {
                format!("{base}-{n}.json")
            })
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| dir.join(format!("{base}.json")));
    save_assessment(&target, assessment)?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;
    use crate::store::files::list_assessments;
    use crate::store::names::assessment_path;
    use crate::text::Lang;
    use std::fs;

    #[test]
    fn counterpart_and_rounds_are_found_next_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let own = assessment_path(dir.path(), "Ana", Rater::Coach);
        let mut coach = Assessment::new("Ana", Rater::Coach, Lang::En);
        coach.updated = Some("2026-03-01T10:00:00Z".into());
        save_assessment(&own, &coach).unwrap();
        assert!(
            find_counterpart(&own, &coach).is_none(),
            "no self-rating yet"
        );

        let self_path = assessment_path(dir.path(), "ana", Rater::SelfRated);
        save_assessment(
            &self_path,
            &Assessment::new(" ana ", Rater::SelfRated, Lang::En),
        )
        .unwrap();
        let (found, other) = find_counterpart(&own, &coach).unwrap();
        assert_eq!(found, self_path);
        assert_eq!(other.rater, Rater::SelfRated);

        assert!(earlier_rounds(&own, &coach).is_empty());
        let first = archive_round(&own, &coach).unwrap();
        assert!(first.ends_with("rounds/ana-coach-2026-03-01.json"));
        coach.updated = Some("2026-03-01T12:00:00Z".into());
        let second = archive_round(&own, &coach).unwrap();
        assert!(second.ends_with("rounds/ana-coach-2026-03-01-2.json"));
        let rounds = earlier_rounds(&own, &coach);
        let paths: Vec<_> = rounds.iter().map(|(p, _)| p.clone()).collect();
        assert_eq!(
            paths,
            vec![second, first],
            "newest first, the live file left out"
        );
        // The self-rating is not a round of the coach's.
        assert!(!paths.contains(&self_path));
        // Rounds stay out of the resume list, and of the counterpart search.
        let catalogue = Catalogue::builtin().unwrap();
        assert_eq!(list_assessments(dir.path(), &catalogue).0.len(), 2);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join(ROUNDS_DIR))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o700);
        }
    }
}
