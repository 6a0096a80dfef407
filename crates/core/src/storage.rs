//! Where files live and how they are written: atomically (temp file, fsync,
//! rename) and readable by their owner only, since assessments are personal.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::assessment::{Assessment, Rater};
use crate::catalogue::Catalogue;
use crate::error::{Error, Result};
use crate::text::Lang;

/// Overrides the folder assessments are kept in.
pub const DATA_DIR_ENV: &str = "BILAN_DATA_DIR";
/// Overrides the folder custom profiles are read from.
pub const CONFIG_DIR_ENV: &str = "BILAN_CONFIG_DIR";

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "bilan")
}

/// The folder assessments are saved in (`BILAN_DATA_DIR` wins).
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    project_dirs()
        .map(|p| p.data_dir().join("assessments"))
        .unwrap_or_else(|| PathBuf::from("bilan-assessments"))
}

/// The folder custom profiles are read from (`BILAN_CONFIG_DIR` wins).
pub fn default_config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    project_dirs().map(|p| p.config_dir().join("profiles"))
}

/// Creates `dir` (and parents) readable by the owner only.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| Error::io(dir, "create the folder", e))
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `contents` to `path` so that a crash leaves either the old file or
/// the new one, never a half-written one. The file is created mode 0600.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bilan".to_string());
    let temp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = write_then_rename(&temp, path, contents);
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    // Make the rename itself durable; not every platform lets a folder be synced.
    if let Ok(handle) = File::open(&dir) {
        let _ = handle.sync_all();
    }
    Ok(())
}

fn write_then_rename(temp: &Path, path: &Path, contents: &[u8]) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(temp)
        .map_err(|e| Error::io(path, "write", e))?;
    file.write_all(contents)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io(path, "write", e))?;
    drop(file);
    fs::rename(temp, path).map_err(|e| Error::io(path, "write", e))
}

pub fn read_text(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| Error::io(path, "read", e))
}

pub fn load_assessment(path: &Path) -> Result<Assessment> {
    let text = read_text(path)?;
    Assessment::from_json(&text, &path.display().to_string())
}

/// Saves an assessment atomically, filling in every optional field.
pub fn save_assessment(path: &Path, assessment: &Assessment) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        ensure_private_dir(parent)?;
    }
    let mut complete = assessment.clone();
    complete.complete_fields(Lang::En);
    write_atomic(path, complete.to_json().as_bytes())
}

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

pub(crate) fn fold_accent(c: char) -> Vec<char> {
    let folded = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ÿ' | 'ý' | 'Ý' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        _ => return vec![c],
    };
    folded.chars().collect()
}

/// The file an assessment of `person` by `rater` is kept in, inside `dir`.
/// When another person's file already has that name (two names with the same
/// slug), a numbered name is used instead.
pub fn assessment_path(dir: &Path, person: &str, rater: Rater) -> PathBuf {
    let base = format!("{}-{}", slug(person), rater.code());
    for n in 1.. {
        let name = if n == 1 {
            format!("{base}.json")
        } else {
            format!("{base}-{n}.json")
        };
        let candidate = dir.join(name);
        match load_assessment(&candidate) {
            Err(_) if !candidate.exists() => return candidate,
            // The same person whatever the case or surrounding spaces, as
            // everywhere else (comparison, rounds, group analysis).
            Ok(existing)
                if crate::compare::person_key(&existing.person)
                    == crate::compare::person_key(person)
                    && existing.rater == rater =>
            {
                return candidate;
            }
            _ => continue,
        }
    }
    unreachable!("the loop above returns for some n")
}

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
    let key = crate::compare::person_key(&assessment.person);
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
        .find(|(_, a)| crate::compare::person_key(&a.person) == key && a.rater == other)
}

/// The folder kept rounds go in, inside the folder of the live file: out of
/// the resume list and of the group analysis of the saved assessments.
pub const ROUNDS_DIR: &str = "rounds";

/// The folder a file is in; `.` for a bare file name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether two paths name the same file (`./a.json` and `a.json` do).
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Earlier rounds of the same person by the same rater (dated copies made by
/// [`archive_round`] in the `rounds` folder beside `path`), newest first.
pub fn earlier_rounds(path: &Path, assessment: &Assessment) -> Vec<(PathBuf, Assessment)> {
    let dir = folder_of(path).join(ROUNDS_DIR);
    // Only files named like this person's rounds are read.
    let prefix = format!("{}-{}-", slug(&assessment.person), assessment.rater.code());
    let key = crate::compare::person_key(&assessment.person);
    let mut rounds: Vec<(PathBuf, Assessment)> = json_files(&dir)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
                && !same_file(p, path)
        })
        .filter_map(|p| load_assessment(&p).ok().map(|a| (p, a)))
        .filter(|(_, a)| {
            crate::compare::person_key(&a.person) == key && a.rater == assessment.rater
        })
        .collect();
    rounds.sort_by(|(_, a), (_, b)| {
        crate::compare::updated_order(b.updated.as_deref(), a.updated.as_deref())
    });
    rounds
}

/// Keeps a dated copy of this round in the `rounds` folder beside `path`
/// (`rounds/ana-self-2026-11-24.json`, then `-2`, `-3` … on the same day),
/// so that a later round can be compared with it. Returns the copy's path.
pub fn archive_round(path: &Path, assessment: &Assessment) -> Result<PathBuf> {
    let dir = folder_of(path).join(ROUNDS_DIR);
    ensure_private_dir(&dir)?;
    let stamp = assessment
        .updated
        .clone()
        .unwrap_or_else(crate::assessment::now_rfc3339);
    let date: String = stamp.chars().take(10).collect();
    let date = if date.len() == 10 && date.chars().all(|c| c.is_ascii_digit() || c == '-') {
        date
    } else {
        crate::assessment::now_rfc3339().chars().take(10).collect()
    };
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

/// A saved assessment, as the resume list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub path: PathBuf,
    pub person: String,
    pub rater: Rater,
    pub updated: String,
    pub answered: usize,
    pub total: usize,
}

impl Summary {
    pub fn percent(&self) -> u16 {
        (100 * self.answered)
            .checked_div(self.total)
            .map_or(0, |percent| percent as u16)
    }
}

/// The `*.json` files of a folder, sorted by name; a missing folder is empty.
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    files
}

/// Summaries of the assessments saved in `dir`, most recent first, plus the
/// files that could not be read (with why).
pub fn list_assessments(dir: &Path, catalogue: &Catalogue) -> (Vec<Summary>, Vec<Error>) {
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
            Err(e) => problems.push(e),
        }
    }
    summaries.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.person.cmp(&b.person)));
    (summaries, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn atomic_write_is_private_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp file left behind");
    }

    #[test]
    fn failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-dir").join("a.json");
        assert!(write_atomic(&path, b"x").is_err());
        assert!(!path.exists());
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
