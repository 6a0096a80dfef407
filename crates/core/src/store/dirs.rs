//! The default folders: assessments in the user's data folder, custom
//! profiles in the config folder, each overridable by an environment variable.

use std::path::PathBuf;

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
