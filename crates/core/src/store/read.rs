//! Reading a file bilan did not write: only a regular file, and only up to
//! a size that no real file of its kind comes near.
//!
//! A named pipe would wait for a writer forever (and hang every command
//! whose config folder holds one), `/dev/zero` would be read until memory
//! runs out: both are refused with a message naming the file. The file is
//! opened without waiting (`O_NONBLOCK`, which changes nothing for a regular
//! file) and its type checked on the open file, so nothing can swap a pipe
//! in between.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::Path;

use crate::error::{Error, FileKind, FileRole, Result};

/// The largest assessment file read: 1 MB. A real one is 2–10 KB; 49 items
/// with a long note each stay far below.
pub const ASSESSMENT_LIMIT: u64 = 1 << 20;

/// The largest profile, catalogue or guidance file read: 4 MB. The built-in
/// ones are 25–140 KB.
pub const DEFINITION_LIMIT: u64 = 4 << 20;

impl FileRole {
    /// The most bilan reads of a file of this kind.
    pub fn limit(self) -> u64 {
        match self {
            FileRole::Assessment => ASSESSMENT_LIMIT,
            FileRole::Definition => DEFINITION_LIMIT,
        }
    }
}

/// Reads the whole of `path` into `buf` (emptied first), refusing anything
/// that is not a regular file or is larger than `role`'s limit.
pub fn read_bytes(path: &Path, role: FileRole, buf: &mut Vec<u8>) -> Result<()> {
    buf.clear();
    let file = open_regular(path)?;
    let limit = role.limit();
    let too_large = || Error::TooLarge {
        origin: path.display().to_string(),
        limit,
        what: role,
    };
    if file.metadata().is_ok_and(|m| m.len() > limit) {
        return Err(too_large());
    }
    // One byte more than the limit tells a file that grew since.
    file.take(limit + 1)
        .read_to_end(buf)
        .map_err(|e| Error::io(path, "read", e))?;
    if buf.len() as u64 > limit {
        buf.clear();
        return Err(too_large());
    }
    Ok(())
}

/// [`read_bytes`] as UTF-8 text.
pub fn read_limited(path: &Path, role: FileRole) -> Result<String> {
    let mut buf = Vec::new();
    read_bytes(path, role, &mut buf)?;
    String::from_utf8(buf).map_err(|_| not_utf8(path))
}

/// The error of a file that is not UTF-8 text.
pub(crate) fn not_utf8(path: &Path) -> Error {
    Error::io(
        path,
        "read",
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        ),
    )
}

/// Opens `path` for reading if it is a regular file (links followed).
fn open_regular(path: &Path) -> Result<File> {
    let not_a_file = |kind| Error::NotAFile {
        origin: path.display().to_string(),
        kind,
    };
    // Where opening cannot be made non-blocking, the type is checked first.
    if NONBLOCK.is_none()
        && let Some(kind) = std::fs::metadata(path).ok().as_ref().and_then(FileKind::of)
    {
        return Err(not_a_file(kind));
    }
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        if let Some(flag) = NONBLOCK {
            options.custom_flags(flag);
        }
    }
    let file = options.open(path).map_err(|e| match e.raw_os_error() {
        // A socket cannot be opened at all.
        Some(ENXIO) => not_a_file(FileKind::Socket),
        _ => Error::io(path, "read", e),
    })?;
    let metadata = file.metadata().map_err(|e| Error::io(path, "read", e))?;
    if let Some(kind) = FileKind::of(&metadata) {
        return Err(not_a_file(kind));
    }
    Ok(file)
}

/// `O_NONBLOCK` where its value is known: opening a named pipe then returns
/// at once instead of waiting for a writer.
#[cfg(any(target_os = "linux", target_os = "android"))]
const NONBLOCK: Option<i32> = Some(0o4000);
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd",
    target_os = "dragonfly"
))]
const NONBLOCK: Option<i32> = Some(0x0004);
#[cfg(not(any(
    target_os = "linux",
    target_os = "android",
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd",
    target_os = "dragonfly"
)))]
const NONBLOCK: Option<i32> = None;

/// "No such device or address": what opening a socket gives.
const ENXIO: i32 = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_limited(dir.path(), FileRole::Assessment).unwrap_err();
        assert!(matches!(
            err,
            Error::NotAFile {
                kind: FileKind::Folder,
                ..
            }
        ));
    }

    #[test]
    fn a_file_over_the_limit_is_refused_and_one_at_it_read() {
        let dir = tempfile::tempdir().unwrap();
        let at = dir.path().join("at.json");
        std::fs::write(&at, vec![b' '; ASSESSMENT_LIMIT as usize]).unwrap();
        assert_eq!(
            read_limited(&at, FileRole::Assessment).unwrap().len() as u64,
            ASSESSMENT_LIMIT
        );
        let over = dir.path().join("over.json");
        std::fs::write(&over, vec![b' '; ASSESSMENT_LIMIT as usize + 1]).unwrap();
        let err = read_limited(&over, FileRole::Assessment).unwrap_err();
        assert!(err.to_string().contains("larger than 1 MB"), "{err}");
        assert!(read_limited(&over, FileRole::Definition).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_without_reading_it() {
        let err = read_limited(Path::new("/dev/zero"), FileRole::Definition).unwrap_err();
        assert!(
            matches!(
                err,
                Error::NotAFile {
                    kind: FileKind::Device,
                    ..
                }
            ),
            "{err}"
        );
    }
}
