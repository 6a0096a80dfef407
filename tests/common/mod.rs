//! The harness shared by the CLI tests: a `bilan` run in a sandbox of its
//! own (empty config and data folders, English unless asked otherwise).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

use bilan_core::store;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// A run of `bilan` from the repository root, so fixture paths are relative
/// (`tests/fixtures/…`) and appear as such in messages.
pub struct Run {
    pub cmd: Command,
    _dirs: tempfile::TempDir,
}

pub fn bilan_with_config(config: Option<&Path>, args: &[&str]) -> Run {
    let dirs = tempfile::tempdir().unwrap();
    let empty_config = dirs.path().join("config");
    std::fs::create_dir_all(&empty_config).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bilan"));
    cmd.current_dir(root())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dirs.path())
        .env("BILAN_LANG", "en")
        .env(store::CONFIG_DIR_ENV, config.unwrap_or(&empty_config))
        .env(store::DATA_DIR_ENV, dirs.path().join("data"))
        .args(args);
    Run { cmd, _dirs: dirs }
}

pub fn bilan(args: &[&str]) -> Run {
    bilan_with_config(None, args)
}

pub struct Output {
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn succeeds(mut self) -> Output {
        let out = self.cmd.assert().success().get_output().clone();
        let output = Output {
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        };
        assert!(!output.stderr.contains("panicked"), "{}", output.stderr);
        output
    }

    /// Fails cleanly: non-zero exit, nothing on stdout, one paragraph on
    /// stderr that names `file` and contains every one of `words`.
    pub fn fails_naming(mut self, file: &str, words: &[&str]) -> String {
        let out = self.cmd.assert().failure().get_output().clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        assert!(!stderr.contains("RUST_BACKTRACE"), "panic: {stderr}");
        assert!(
            out.stdout.is_empty(),
            "nothing on stdout on failure: {:?}",
            out.stdout
        );
        let message = stderr.trim();
        assert!(message.starts_with("bilan: "), "{message}");
        assert_eq!(message.lines().count(), 1, "one paragraph: {message}");
        assert!(message.contains(file), "names {file}: {message}");
        for word in words {
            assert!(message.contains(word), "mentions {word:?}: {message}");
        }
        message.to_string()
    }
}

pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}
