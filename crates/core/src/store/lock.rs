//! One writer per assessment. The window that opens an assessment takes an
//! advisory lock (`flock`) on a small hidden file beside it,
//! `.NAME.json.lock`, and writes in it who holds it: host, process and since
//! when. Another window finds the lock taken, reads who holds it, and opens
//! the assessment read-only.
//!
//! The lock is on a file of its own because saving replaces the assessment
//! (write a temp file, rename it over): a lock on the assessment itself would
//! stay on the replaced file. The kernel drops a `flock` when its process
//! ends, kill -9 included, so a lock file left by a dead process is simply
//! taken over; where the file system has no `flock` (some network mounts),
//! the holder written in the file decides: a dead process on this host has
//! its lock taken over.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::process::{host_name, is_alive};
use super::write::{ensure_private_dir, resolve_links};
use crate::error::{Error, Result};
use crate::time::Timestamp;

/// Who holds an assessment's lock, as its lock file says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub host: String,
    pub pid: u32,
    /// When that window took the lock.
    pub since: Timestamp,
}

impl Holder {
    fn this_process() -> Holder {
        Holder {
            host: host_name(),
            pid: std::process::id(),
            since: Timestamp::now(),
        }
    }

    /// Whether the holder still runs; one on another host is taken as alive.
    fn is_alive(&self) -> bool {
        self.host != host_name() || is_alive(self.pid)
    }
}

/// The lock on one assessment, held until dropped (then its file is removed).
#[derive(Debug)]
pub struct WriteLock {
    file: File,
    path: PathBuf,
}

impl WriteLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        // Removed while still locked: a window that opened it meanwhile
        // sees, once it gets the lock, that the name now points elsewhere.
        let _ = fs::remove_file(&self.path);
        let _ = fs4::FileExt::unlock(&self.file);
    }
}

/// What opening an assessment for writing found.
#[derive(Debug)]
pub enum Claim {
    /// This window is the writer.
    Held(WriteLock),
    /// Another window is (who, when its lock file says; `None` when it says
    /// nothing readable).
    Taken(Option<Holder>),
}

/// The lock file of the assessment at `path` (through links: two links to
/// one file share it).
pub fn lock_path(path: &Path) -> PathBuf {
    let target = resolve_links(path);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bilan".to_string());
    let file = format!(".{name}.lock");
    match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(file),
        _ => PathBuf::from(file),
    }
}

/// Tries to become the one writer of the assessment at `path`.
pub fn claim(path: &Path) -> Result<Claim> {
    let lock = lock_path(path);
    // A first assessment: its folder does not exist yet.
    if let Some(dir) = lock.parent().filter(|d| !d.as_os_str().is_empty()) {
        ensure_private_dir(dir)?;
    }
    let fail = |e| Error::io(&lock, "lock", e);
    // A few rounds: the holder may remove the file between our open and lock.
    for _ in 0..5 {
        let file = open_lock_file(&lock).map_err(fail)?;
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => {
                if !still_named(&file, &lock) {
                    continue;
                }
                return take(file, lock);
            }
            Err(fs4::TryLockError::WouldBlock) => {
                return Ok(Claim::Taken(read_holder(&file)));
            }
            // No flock here (some network file systems): the file decides.
            Err(fs4::TryLockError::Error(_)) => {
                return match read_holder(&file) {
                    Some(holder) if holder.pid != std::process::id() && holder.is_alive() => {
                        Ok(Claim::Taken(Some(holder)))
                    }
                    _ => take(file, lock),
                };
            }
        }
    }
    Err(fail(std::io::Error::from(std::io::ErrorKind::WouldBlock)))
}

fn open_lock_file(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Whether the locked handle is still the file of that name.
fn still_named(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// Writes this process in the lock file it now holds.
fn take(mut file: File, path: PathBuf) -> Result<Claim> {
    let text = serde_json::to_string(&Holder::this_process()).unwrap_or_default();
    file.set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|()| file.write_all(text.as_bytes()))
        .map_err(|e| Error::io(&path, "lock", e))?;
    Ok(Claim::Held(WriteLock { file, path }))
}

fn read_holder(file: &File) -> Option<Holder> {
    let mut text = String::new();
    // A lock file is one short line; never read more than a little.
    file.take(4096).read_to_string(&mut text).ok()?;
    serde_json::from_str(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_is_told_who_holds_it_and_a_released_lock_is_free() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ana-self.json");
        let Claim::Held(first) = claim(&path).unwrap() else {
            panic!("the first claim holds it");
        };
        assert!(first.path().ends_with(".ana-self.json.lock"));
        match claim(&path).unwrap() {
            Claim::Taken(Some(holder)) => {
                assert_eq!(holder.pid, std::process::id());
                assert_eq!(holder.host, host_name());
                assert!(holder.since.instant().is_some());
            }
            other => panic!("expected taken, got {other:?}"),
        }
        drop(first);
        assert!(
            !lock_path(&path).exists(),
            "the lock file goes with the lock"
        );
        assert!(matches!(claim(&path).unwrap(), Claim::Held(_)));
    }

    #[test]
    fn the_first_claim_creates_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new").join("ana-self.json");
        let first = claim(&path).unwrap();
        assert!(matches!(first, Claim::Held(_)));
        assert!(matches!(claim(&path).unwrap(), Claim::Taken(_)));
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ana-self.json");
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let stale = Holder {
            host: host_name(),
            pid: gone,
            since: Timestamp::now(),
        };
        fs::write(lock_path(&path), serde_json::to_string(&stale).unwrap()).unwrap();
        let Claim::Held(lock) = claim(&path).unwrap() else {
            panic!("a dead holder's lock is taken over");
        };
        let now: Holder = serde_json::from_str(&fs::read_to_string(lock.path()).unwrap()).unwrap();
        assert_eq!(now.pid, std::process::id());
    }

    #[cfg(unix)]
    #[test]
    fn two_links_to_one_file_share_its_lock() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("ana-self.json");
        fs::write(&target, "{}").unwrap();
        let link = dir.path().join("ana.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(lock_path(&link), lock_path(&target));
        let _held = claim(&target).unwrap();
        assert!(matches!(claim(&link).unwrap(), Claim::Taken(_)));
    }
}
