//! Writing a document to the path a user gave (`-o OUT`): streamed, and
//! never replacing what is at that path by something else.
//!
//! - A symbolic link is followed to its target, which is written
//!   atomically in the target's own folder (a temporary file there, then a
//!   rename): the link stays a link.
//! - A target that exists and is not a regular file (`/dev/null`,
//!   `/dev/stdout`, a named pipe, a socket) is written directly, with no
//!   temporary file and no rename, which would put a file in its place.
//! - Anything else (a regular file, or nothing yet) is written atomically,
//!   readable by its owner only, as every file bilan writes.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, Result};

/// How many links in a row are followed before giving up (as the kernel).
const MAX_LINKS: usize = 40;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes what `write` produces to `path` (see the module), streaming it:
/// the document never has to be whole in memory. Returns the path actually
/// written (the link's target for a link).
pub fn write_output(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<PathBuf> {
    let failed = |e| Error::io(path, "write", e);
    // The kernel follows the links (`/dev/stdout` is one to a magic link
    // that no path names), so a device or a pipe is found behind them.
    let target = match fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            write_directly(path, write).map_err(failed)?;
            return Ok(path.to_path_buf());
        }
        Ok(meta) if meta.is_file() => fs::canonicalize(path).map_err(failed)?,
        // Nothing there yet, or a link to nothing yet.
        _ => follow_links(path).map_err(failed)?,
    };
    write_replacing(&target, write).map_err(failed)?;
    Ok(target)
}

/// `path` with every symbolic link along its last part followed, whether
/// or not the final target exists yet.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// A device, a pipe or a socket: opened for writing as it is.
fn write_directly(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let file = OpenOptions::new().write(true).open(target)?;
    let mut out = BufWriter::new(file);
    write(&mut out)?;
    out.flush()
}

/// A temporary file beside `target`, synced, then renamed over it.
fn write_replacing(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bilan".to_string());
    let (temp, file) = create_temp(&dir, &name)?;
    let result = fill(file, write).and_then(|()| fs::rename(&temp, target));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    if let Ok(handle) = File::open(&dir) {
        let _ = handle.sync_all();
    }
    Ok(())
}

/// A new private file `.NAME.PID.N.tmp` in `dir` (the shape of every
/// temporary file bilan makes, so a clean-up finds it).
fn create_temp(dir: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    loop {
        let temp = dir.join(format!(
            ".{name}.{}.{}.tmp",
            std::process::id(),
            // Far from the counter of `write_atomic`, so the two never meet.
            (1 << 32) + COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

fn fill(file: File, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = BufWriter::new(file);
    write(&mut out)?;
    let file = out.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(path: &Path, text: &str) -> Result<PathBuf> {
        write_output(path, |w| w.write_all(text.as_bytes()))
    }

    #[test]
    fn a_new_or_regular_file_is_replaced_privately_and_nothing_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.md");
        put(&path, "one").unwrap();
        put(&path, "two").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        let target = other.path().join("real.md");
        fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(put(&link, "new").unwrap(), target);
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        // A dangling link: its target is created.
        let dangling = dir.path().join("dangling.md");
        std::os::unix::fs::symlink("made.md", &dangling).unwrap();
        put(&dangling, "made").unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("made.md")).unwrap(),
            "made"
        );
        assert!(
            fs::symlink_metadata(&dangling)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    /// A device node made in a temporary folder (root only: skipped
    /// otherwise), never a real `/dev` entry, which a regression would
    /// replace.
    #[cfg(unix)]
    #[test]
    fn a_device_is_written_directly() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let null = dir.path().join("null");
        let made = std::process::Command::new("mknod")
            .arg(&null)
            .args(["c", "1", "3"])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            eprintln!("skipped: cannot make a device node here");
            return;
        }
        assert_eq!(put(&null, "report").unwrap(), null);
        assert!(fs::metadata(&null).unwrap().file_type().is_char_device());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temp file");
    }
}
