//! Keeping a window's copy and the file in step. Each load and save records a
//! fingerprint of the bytes on disk; before the next save the file is read
//! again, and a change made meanwhile (a hand edit, a synced copy, a deleted
//! file) is reported rather than silently overwritten. The caller lets the
//! user choose: reload (their own unsaved changes put back on top with
//! [`merge_changes`]) or keep theirs.

use std::collections::BTreeMap;
use std::path::Path;

use super::files::save_assessment_text;
use super::read::read_limited;
use crate::assessment::Assessment;
use crate::error::{Error, FileRole, Result};

/// A fingerprint of a file's bytes (64-bit FNV-1a): enough to tell that a
/// file changed, not a defence against someone forging one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(u64);

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Fingerprint {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Fingerprint(hash)
    }
}

/// An assessment read from disk, with the fingerprint of what was read.
pub fn load_tracked(path: &Path) -> Result<(Assessment, Fingerprint)> {
    let text = read_limited(path, FileRole::Assessment)?;
    let assessment = Assessment::from_json(&text, &path.display().to_string())?;
    Ok((assessment, Fingerprint::of(text.as_bytes())))
}

/// Saves like [`save_assessment`](super::save_assessment) and returns the
/// fingerprint of what was written.
pub fn save_tracked(path: &Path, assessment: &Assessment) -> Result<Fingerprint> {
    let text = save_assessment_text(path, assessment)?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// The file, compared with what this window last read or wrote.
#[derive(Debug)]
pub enum OnDisk {
    /// As it was: saving is safe.
    Unchanged,
    /// Changed since: the new contents, or why they cannot be read.
    Changed(Box<Result<(Assessment, Fingerprint)>>),
    /// Deleted since.
    Missing,
}

/// Reads the file again and compares it with `last`.
pub fn check_disk(path: &Path, last: Fingerprint) -> OnDisk {
    match read_limited(path, FileRole::Assessment) {
        Ok(text) if Fingerprint::of(text.as_bytes()) == last => OnDisk::Unchanged,
        Ok(text) => {
            let read = Assessment::from_json(&text, &path.display().to_string())
                .map(|a| (a, Fingerprint::of(text.as_bytes())));
            OnDisk::Changed(Box::new(read))
        }
        Err(Error::Io { cause, .. }) if cause.kind() == std::io::ErrorKind::NotFound => {
            OnDisk::Missing
        }
        Err(e) => OnDisk::Changed(Box::new(Err(e))),
    }
}

/// The file's version (`theirs`) with this window's own changes since `base`
/// (what it last read or wrote) put back on top: each answer and note this
/// window changed is taken from `mine`, every other one from the file. The
/// walk's position is this window's.
pub fn merge_changes(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Assessment {
    let mut merged = theirs.clone();
    overlay(&base.scores, &mine.scores, &mut merged.scores);
    overlay(&base.notes, &mine.notes, &mut merged.notes);
    if mine.coach != base.coach {
        merged.coach = mine.coach.clone();
    }
    merged.position = mine.position.clone();
    if mine.scores != base.scores || mine.notes != base.notes {
        merged.touch();
    }
    merged
}

/// Puts in `out` every key whose value differs between `base` and `mine`
/// (set, changed or removed), as `mine` has it.
fn overlay<V: Clone + PartialEq>(
    base: &BTreeMap<String, V>,
    mine: &BTreeMap<String, V>,
    out: &mut BTreeMap<String, V>,
) {
    for key in base.keys().chain(mine.keys()) {
        let (before, now) = (base.get(key), mine.get(key));
        if before == now {
            continue;
        }
        match now {
            Some(value) => {
                out.insert(key.clone(), value.clone());
            }
            None => {
                out.remove(key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Rater;
    use crate::store::files::save_assessment;
    use crate::text::Lang;

    #[test]
    fn a_change_on_disk_is_seen_and_an_unchanged_file_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ana-self.json");
        let mut ana = Assessment::new("Ana", Rater::SelfRated, Lang::En);
        ana.set_score("A.3", Some(2));
        let saved = save_tracked(&path, &ana).unwrap();
        let (read, loaded) = load_tracked(&path).unwrap();
        assert_eq!(saved, loaded);
        assert_eq!(read.score("A.3"), Some(2));
        assert!(matches!(check_disk(&path, saved), OnDisk::Unchanged));

        // A hand edit: the new contents come back.
        let edited = std::fs::read_to_string(&path)
            .unwrap()
            .replace("\"A.3\": 2", "\"A.3\": 4");
        std::fs::write(&path, edited).unwrap();
        match check_disk(&path, saved) {
            OnDisk::Changed(read) => assert_eq!(read.unwrap().0.score("A.3"), Some(4)),
            other => panic!("{other:?}"),
        }
        std::fs::write(&path, "{ broken").unwrap();
        match check_disk(&path, saved) {
            OnDisk::Changed(read) => assert!(matches!(*read, Err(Error::Syntax { .. }))),
            other => panic!("{other:?}"),
        }
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(check_disk(&path, saved), OnDisk::Missing));
        // Saving the plain way gives the same bytes.
        save_assessment(&path, &ana).unwrap();
        let again = std::fs::read(&path).unwrap();
        assert_eq!(Fingerprint::of(&again), saved);
    }

    #[test]
    fn reloading_keeps_my_changes_on_top_and_theirs_elsewhere() {
        let mut base = Assessment::new("Ana", Rater::SelfRated, Lang::En);
        base.set_score("A.3", Some(1));
        base.set_score("A.4", Some(1));
        base.set_score("A.5", Some(1));
        base.set_note("A.3", "old note");
        // Mine: A.4 changed, A.5 cleared, B.1 added, a new note on A.4.
        let mut mine = base.clone();
        mine.set_score("A.4", Some(3));
        mine.set_score("A.5", None);
        mine.set_score("B.1", Some(2));
        mine.set_note("A.4", "mine");
        mine.position = Some("B.2".into());
        // Theirs (a hand edit): A.3 and A.4 changed, a note, C.1 added.
        let mut theirs = base.clone();
        theirs.set_score("A.3", Some(5));
        theirs.set_score("A.4", Some(5));
        theirs.set_score("C.1", Some(4));
        theirs.set_note("A.3", "edited by hand");
        let merged = merge_changes(&base, &mine, &theirs);
        assert_eq!(
            merged.score("A.3"),
            Some(5),
            "theirs where I changed nothing"
        );
        assert_eq!(
            merged.score("A.4"),
            Some(3),
            "mine on top where both changed"
        );
        assert_eq!(merged.score("A.5"), None, "my clearing stands");
        assert_eq!(merged.score("B.1"), Some(2));
        assert_eq!(merged.score("C.1"), Some(4));
        assert_eq!(merged.note("A.3"), Some("edited by hand"));
        assert_eq!(merged.note("A.4"), Some("mine"));
        assert_eq!(merged.position.as_deref(), Some("B.2"));
    }
}
