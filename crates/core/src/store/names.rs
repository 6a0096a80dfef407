//! The names files are saved under: a slug of the person's name and the
//! rater, numbered when two people share a slug.

use std::fs;
use std::path::{Path, PathBuf};

use super::files::load_assessment;
use crate::assessment::Rater;
use crate::error::Error;
use crate::ids::{PersonKey, fold_accent};

/// A file-name-safe form of a person's name: lower-case ASCII letters, digits
/// and dashes, accents folded, never empty, never a path.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "person".to_string()
    } else {
        trimmed.to_string()
    }
}

/// The file an assessment of `person` by `rater` is kept in, inside `dir`.
/// When another person's file already has that name (two names with the same
/// slug), a numbered name is used instead. An unreadable file under one of
/// those names is passed over here: [`find_assessment`] reports it.
pub fn assessment_path(dir: &Path, person: &str, rater: Rater) -> PathBuf {
    match find_assessment(dir, person, rater) {
        Lookup::Found(path) | Lookup::New(path) => path,
        Lookup::Unreadable { free, .. } => free,
    }
}

/// Where the assessment of a person by a rater is, or would go.
#[derive(Debug)]
pub enum Lookup {
    /// Their saved file.
    Found(PathBuf),
    /// Not saved yet: the file it would be saved in.
    New(PathBuf),
    /// Not found among the readable files, but a file under their name
    /// (`ana-self.json`, or a numbered one) cannot be read: it may well be
    /// theirs, so no second file should be started beside it.
    Unreadable {
        path: PathBuf,
        error: Error,
        /// The first free name, had that file been someone else's.
        free: PathBuf,
    },
}

/// Looks for the saved assessment of `person` by `rater` in `dir`.
pub fn find_assessment(dir: &Path, person: &str, rater: Rater) -> Lookup {
    let base = format!("{}-{}", slug(person), rater.code());
    let mut unreadable = None;
    for n in 1.. {
        let name = if n == 1 {
            format!("{base}.json")
        } else {
            format!("{base}-{n}.json")
        };
        let candidate = dir.join(name);
        match load_assessment(&candidate) {
            Err(_) if !candidate.exists() => {
                return match unreadable {
                    Some((path, error)) => Lookup::Unreadable {
                        path,
                        error,
                        free: candidate,
                    },
                    None => Lookup::New(candidate),
                };
            }
            // The same person whatever the case or surrounding spaces, as
            // everywhere else (comparison, rounds, group analysis).
            Ok(existing)
                if PersonKey::of(&existing.person) == PersonKey::of(person)
                    && existing.rater == rater =>
            {
                return Lookup::Found(candidate);
            }
            Ok(_) => continue,
            Err(error) => {
                if unreadable.is_none() {
                    unreadable = Some((candidate, error));
                }
            }
        }
    }
    unreachable!("the loop above returns for some n")
}

/// The folder a file is in; `.` for a bare file name.
pub(super) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether two paths name the same file (`./a.json` and `a.json` do).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Assessment;
    use crate::store::files::save_assessment;
    use crate::text::Lang;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Ana"), "ana");
        assert_eq!(slug("Éloïse Dupré-Noël"), "eloise-dupre-noel");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("///"), "person");
        assert_eq!(slug("Œuvre"), "oeuvre");
        assert!(slug(&"x".repeat(500)).len() <= 48);
    }

    #[test]
    fn same_slug_for_different_people_gets_a_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let first = assessment_path(dir.path(), "Ana", Rater::SelfRated);
        save_assessment(&first, &Assessment::new("Ana", Rater::SelfRated, Lang::En)).unwrap();
        assert_eq!(assessment_path(dir.path(), "Ana", Rater::SelfRated), first);
        let other = assessment_path(dir.path(), "ANA!", Rater::SelfRated);
        assert_ne!(other, first);
        assert!(other.ends_with("ana-self-2.json"));
    }

    #[test]
    fn an_unreadable_file_under_their_name_is_reported_not_passed_over() {
        let dir = tempfile::tempdir().unwrap();
        let own = dir.path().join("ana-self.json");
        std::fs::write(
            &own,
            "{\"person\": \"Ana\", \"rater\": \"self\", \"scores\": {,}}",
        )
        .unwrap();
        match find_assessment(dir.path(), "Ana", Rater::SelfRated) {
            Lookup::Unreadable { path, error, free } => {
                assert_eq!(path, own);
                assert!(matches!(error, Error::Syntax { line: 1, .. }), "{error:?}");
                assert!(free.ends_with("ana-self-2.json"));
            }
            other => panic!("{other:?}"),
        }
        // The coach's file is another name: not concerned.
        assert!(matches!(
            find_assessment(dir.path(), "Ana", Rater::Coach),
            Lookup::New(_)
        ));
        // Once fixed, it is found again.
        save_assessment(&own, &Assessment::new("Ana", Rater::SelfRated, Lang::En)).unwrap();
        assert!(matches!(
            find_assessment(dir.path(), "ana", Rater::SelfRated),
            Lookup::Found(path) if path == own
        ));
    }

    #[test]
    fn a_bare_file_name_looks_in_the_current_folder_and_case_does_not_split_a_person() {
        let dir = tempfile::tempdir().unwrap();
        let coach = assessment_path(dir.path(), "Ana Martin", Rater::Coach);
        save_assessment(
            &coach,
            &Assessment::new("Ana Martin", Rater::Coach, Lang::En),
        )
        .unwrap();
        // The same person typed in other case reuses the file.
        assert_eq!(
            assessment_path(dir.path(), " ana martin ", Rater::Coach),
            coach
        );
        assert_eq!(folder_of(Path::new("ana.json")), PathBuf::from("."));
        assert_eq!(folder_of(&coach), dir.path());
        assert!(same_file(
            &coach,
            &dir.path().join(".").join("ana-martin-coach.json")
        ));
    }
}
