//! Folder walks: the `*.json` files of one folder (the resume list, the
//! rounds, custom profiles), and the recursive walk of the group analysis.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;

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

/// The files to read: given files as they are, folders walked recursively
/// for `*.json` in name order; a path given twice is read once. Paths that
/// cannot be read are returned with why.
pub fn collect_files(
    paths: impl IntoIterator<Item = PathBuf>,
) -> (Vec<PathBuf>, Vec<(PathBuf, Error)>) {
    let mut files = Vec::new();
    let mut invalid = Vec::new();
    for path in paths {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, &mut files, &mut invalid),
            Ok(_) => files.push(path),
            Err(e) => {
                let error = Error::io(&path, "read", e);
                invalid.push((path, error));
            }
        }
    }
    // A path given twice (say, a file and its folder) is read once.
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|&a, &b| files[a].cmp(&files[b]).then(a.cmp(&b)));
    let mut repeated = vec![false; files.len()];
    for pair in order.windows(2) {
        if files[pair[0]] == files[pair[1]] {
            repeated[pair[1]] = true;
        }
    }
    let mut at = 0;
    files.retain(|_| {
        at += 1;
        !repeated[at - 1]
    });
    (files, invalid)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, invalid: &mut Vec<(PathBuf, Error)>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            invalid.push((dir.to_path_buf(), Error::io(dir, "read the folder", e)));
            return;
        }
    };
    let mut entries: Vec<(std::ffi::OsString, fs::DirEntry)> = entries
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name(), e))
        .filter(|(name, _)| !name.as_encoded_bytes().starts_with(b"."))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, entry) in entries {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        // Folders reached through a link are not followed (no loops).
        let is_dir = kind.is_dir();
        let is_file = kind.is_file() || (kind.is_symlink() && path.is_file());
        if is_dir {
            walk(&path, files, invalid);
        } else if is_file && path.extension().is_some_and(|x| x == "json") {
            files.push(path);
        }
    }
}
