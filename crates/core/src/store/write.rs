//! Private, atomic writes: a crash leaves the old file or the new one, and
//! only the owner can read either, since assessments are personal. A file
//! that is a symbolic link (to a synced folder, say) is written through the
//! link, in its target's folder. The temp files a crash leaves behind are
//! removed once the process that wrote them is gone.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::process::is_alive;
use crate::error::{Error, Result};

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
/// the new one, never a half-written one. The file is created mode 0600. When
/// `path` is a symbolic link, its target is written (the link stays a link),
/// atomically in the target's folder.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let path = &follow_links(path).map_err(|e| Error::io(path, "write", e))?;
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bilan".to_string());
    let temp = dir.join(format!(
        ".{name}.{}.{}{TEMP_SUFFIX}",
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

/// How many links are followed before giving up (a loop), as the kernel does.
const MAX_LINKS: usize = 40;

/// The file `path` finally names: symbolic links followed one by one
/// (relative ones from the link's own folder), even to a target that does
/// not exist yet. A path that is no link (or a loop of links) is returned as
/// it is.
pub fn resolve_links(path: &Path) -> PathBuf {
    follow_links(path).unwrap_or_else(|_| path.to_path_buf())
}

fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let Ok(target) = fs::read_link(&current) else {
            return Ok(current);
        };
        current = match current.parent() {
            Some(parent) if target.is_relative() => parent.join(target),
            _ => target,
        };
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

const TEMP_SUFFIX: &str = ".tmp";

/// The process that wrote a temp file `.NAME.PID.N.tmp`, if the name is one.
fn temp_writer(file_name: &str) -> Option<u32> {
    let inner = file_name.strip_prefix('.')?.strip_suffix(TEMP_SUFFIX)?;
    let mut parts = inner.rsplitn(3, '.');
    let counter = parts.next()?;
    let pid = parts.next()?;
    let name = parts.next()?;
    if name.is_empty() || counter.is_empty() || !counter.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Removes the temp files of `dir` whose writer is gone (a crash or a kill
/// during a save left them: full copies of personal data). Those of a running
/// process are left to it. Returns how many were removed.
pub fn remove_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name();
        let Some(pid) = temp_writer(&name.to_string_lossy()) else {
            continue;
        };
        let is_file = entry.file_type().is_ok_and(|kind| kind.is_file());
        if is_file && !is_alive(pid) && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
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

#[cfg(test)]
mod tests {
    use super::*;

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

    #[cfg(unix)]
    #[test]
    fn a_link_is_written_through_to_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let synced = dir.path().join("synced");
        fs::create_dir(&synced).unwrap();
        let target = synced.join("ana-self.json");
        write_atomic(&target, b"one").unwrap();
        let data = dir.path().join("data");
        fs::create_dir(&data).unwrap();
        let link = data.join("ana-self.json");
        // A relative link, as `ln -s ../synced/ana-self.json` makes.
        std::os::unix::fs::symlink("../synced/ana-self.json", &link).unwrap();
        write_atomic(&link, b"two").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "two");
        assert_eq!(
            fs::read_dir(&data).unwrap().count(),
            1,
            "no temp file by the link"
        );
        assert_eq!(
            fs::read_dir(&synced).unwrap().count(),
            1,
            "nor by the target"
        );
        // A dangling link gets its target created; a loop fails.
        let dangling = data.join("new.json");
        std::os::unix::fs::symlink(synced.join("new.json"), &dangling).unwrap();
        write_atomic(&dangling, b"x").unwrap();
        assert_eq!(fs::read_to_string(synced.join("new.json")).unwrap(), "x");
        let looped = data.join("loop.json");
        std::os::unix::fs::symlink(&looped, &looped).unwrap();
        assert!(write_atomic(&looped, b"x").is_err());
    }

    #[test]
    fn stale_temps_go_and_live_ones_stay() {
        assert_eq!(temp_writer(".ana-self.json.4242.7.tmp"), Some(4242));
        assert_eq!(temp_writer(".a.b.json.1.0.tmp"), Some(1));
        assert_eq!(temp_writer("ana-self.json"), None);
        assert_eq!(temp_writer(".x.tmp"), None);
        assert_eq!(temp_writer(".ana.json.12.x.tmp"), None);
        let dir = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let stale = dir.path().join(format!(".ana-self.json.{gone}.3.tmp"));
        let live = dir
            .path()
            .join(format!(".ana-self.json.{}.0.tmp", std::process::id()));
        let other = dir.path().join("ana-self.json");
        for path in [&stale, &live, &other] {
            fs::write(path, "{}").unwrap();
        }
        assert_eq!(remove_stale_temps(dir.path()), 1);
        assert!(!stale.exists());
        assert!(live.exists() && other.exists());
        assert_eq!(remove_stale_temps(&dir.path().join("missing")), 0);
    }

    #[test]
    fn failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-dir").join("a.json");
        assert!(write_atomic(&path, b"x").is_err());
        assert!(!path.exists());
    }
}
