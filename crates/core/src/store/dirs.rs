//! The default folders: assessments in the user's data folder, custom
//! profiles in the config folder, each overridable by an environment variable.

use std::path::{Path, PathBuf};

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

/// What [`secure_data_dir`] found about the data folder, for the caller to
/// tell the user (the words are the caller's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataDirAccess {
    /// Missing (it is created 0700 on the first save), private already, or
    /// on a system without Unix modes.
    Private,
    /// The user's own folder was open to others (`was`, e.g. 0o777): it is
    /// now 0700.
    Tightened { path: PathBuf, was: u32 },
    /// The user's own folder is open to others (`mode`) and could not be
    /// made private (a file system without Unix modes, for one).
    StillOpen { path: PathBuf, mode: u32 },
    /// The folder belongs to someone else (user id `owner`), who can
    /// replace or delete the files in it: left as it is.
    NotOwn {
        path: PathBuf,
        mode: u32,
        owner: u32,
    },
}

/// Makes an existing data folder private when it is the user's own and
/// others can read or write in it (mode 0777 from a careless `mkdir`, a
/// umask of 000): assessments are personal, and their file names are
/// people's names. Someone else's folder is left alone and reported.
pub fn secure_data_dir(dir: &Path) -> DataDirAccess {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let Ok(meta) = std::fs::metadata(dir) else {
            return DataDirAccess::Private;
        };
        if !meta.is_dir() {
            // Not a folder: saving says so, naming it.
            return DataDirAccess::Private;
        }
        let mode = meta.mode() & 0o7777;
        if meta.uid() != rustix::process::geteuid().as_raw() {
            return DataDirAccess::NotOwn {
                path: dir.to_path_buf(),
                mode,
                owner: meta.uid(),
            };
        }
        if mode & 0o077 == 0 {
            return DataDirAccess::Private;
        }
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        // Read it back: some file systems accept the change and ignore it.
        match std::fs::metadata(dir).map(|m| m.mode() & 0o7777) {
            Ok(now) if now & 0o077 == 0 => DataDirAccess::Tightened {
                path: dir.to_path_buf(),
                was: mode,
            },
            Ok(now) => DataDirAccess::StillOpen {
                path: dir.to_path_buf(),
                mode: now,
            },
            Err(_) => DataDirAccess::StillOpen {
                path: dir.to_path_buf(),
                mode,
            },
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        DataDirAccess::Private
    }
}

#[cfg(test)]
mod tests {
    // Unix modes and owners only.
    #[cfg(unix)]
    mod unix {
        use super::super::*;
        use std::os::unix::fs::PermissionsExt;

        fn mode(path: &Path) -> u32 {
            std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
        }

        #[test]
        fn an_own_folder_open_to_all_is_made_private() {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().join("data");
            std::fs::create_dir(&dir).unwrap();
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
            assert_eq!(
                secure_data_dir(&dir),
                DataDirAccess::Tightened {
                    path: dir.clone(),
                    was: 0o777
                }
            );
            assert_eq!(mode(&dir), 0o700);
            // Once private, nothing more to say.
            assert_eq!(secure_data_dir(&dir), DataDirAccess::Private);
        }

        #[test]
        fn a_readable_folder_is_made_private_too() {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().join("data");
            std::fs::create_dir(&dir).unwrap();
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
            assert!(matches!(
                secure_data_dir(&dir),
                DataDirAccess::Tightened { was: 0o755, .. }
            ));
            assert_eq!(mode(&dir), 0o700);
        }

        #[test]
        fn a_missing_folder_is_left_to_be_created() {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().join("missing");
            assert_eq!(secure_data_dir(&dir), DataDirAccess::Private);
            assert!(!dir.exists(), "nothing is created");
        }

        #[test]
        fn someone_elses_folder_is_reported_and_left_alone() {
            let tmp = tempfile::tempdir().unwrap();
            let (dir, owner) = if rustix::process::geteuid().is_root() {
                // Root can give a folder away: to `nobody`, open to all.
                let dir = tmp.path().join("theirs");
                std::fs::create_dir(&dir).unwrap();
                std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
                std::os::unix::fs::chown(&dir, Some(65534), Some(65534)).unwrap();
                (dir, 65534)
            } else {
                // Anyone else: `/` belongs to root.
                (PathBuf::from("/"), 0)
            };
            let before = mode(&dir);
            assert_eq!(
                secure_data_dir(&dir),
                DataDirAccess::NotOwn {
                    path: dir.clone(),
                    mode: before,
                    owner
                }
            );
            assert_eq!(mode(&dir), before, "left as it is");
        }
    }
}
