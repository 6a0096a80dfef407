//! Installing bilan like any other command: the version line, the shell
//! completions, and the generated files the Debian package ships (`man/`,
//! `completions/`), which must match the clap definitions.
//!
//! After changing a flag or a help text, regenerate the files with
//! `BILAN_UPDATE_GENERATED=1 cargo test --test packaging`, then commit them.

use std::path::PathBuf;

use bilan::cli::install;
use bilan_core::Library;

mod common;
use common::*;

#[test]
fn version_names_the_catalogue_and_the_profiles_data() {
    let expected = format!(
        "bilan {} · e-CF 4.0 (EN 16234-1:2019) · profiles data v1",
        env!("CARGO_PKG_VERSION")
    );
    for flag in ["--version", "-V"] {
        let out = bilan(&[flag]).succeeds();
        assert_eq!(out.stdout.trim_end(), expected, "{flag}");
    }
}

#[test]
fn every_report_footer_carries_the_version_line() {
    let ana = fixture("ana.json");
    let ana = ana.to_str().unwrap();
    let line = format!(
        "bilan {}.",
        bilan_report::l10n::format::version_line("profiles data")
    );
    for format in ["md", "html"] {
        let out = bilan(&["report", ana, "--format", format, "--no-compare"]).succeeds();
        let footer = out.stdout.lines().rev().find(|l| l.contains("bilan"));
        assert!(
            footer.is_some_and(|l| l.contains(&line)),
            "{format} footer: {footer:?}"
        );
    }
}

#[test]
fn bash_completion_offers_subcommands_formats_and_profile_ids() {
    let out = bilan(&["completions", "bash"]).succeeds();
    for word in [
        "report",
        "profiles",
        "cohort",
        "completions",
        "cm cno ite",
        "html md csv json",
    ] {
        assert!(out.stdout.contains(word), "bash script offers {word:?}");
    }
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let out = bilan(&["completions", shell]).succeeds();
        assert!(out.stdout.contains("cohort"), "{shell}");
    }
}

#[test]
fn completion_takes_the_custom_profiles_loaded_when_generated() {
    let config = fixture("config/custom");
    let out = bilan_with_config(Some(&config), &["completions", "bash"]).succeeds();
    assert!(
        out.stdout.contains("social-media-lead"),
        "custom id offered"
    );
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn updating() -> bool {
    std::env::var_os("BILAN_UPDATE_GENERATED").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Each generated file equals the committed one (or is rewritten when
/// updating); a committed file nobody generates any more is stale too.
fn check_folder(folder: &str, files: Vec<(String, Vec<u8>)>) {
    let dir = root().join(folder);
    let mut stale = Vec::new();
    if updating() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
    }
    for (name, content) in &files {
        let path = dir.join(name);
        if updating() {
            std::fs::write(&path, content).unwrap();
            continue;
        }
        match std::fs::read(&path) {
            Ok(committed) if &committed == content => {}
            Ok(_) => stale.push(format!("{folder}/{name} differs")),
            Err(e) => stale.push(format!("{folder}/{name} cannot be read: {e}")),
        }
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !files.iter().any(|(n, _)| *n == name) {
            stale.push(format!("{folder}/{name} is no longer generated"));
        }
    }
    assert!(
        stale.is_empty(),
        "{}.\nRegenerate with `BILAN_UPDATE_GENERATED=1 cargo test --test packaging`, \
         then commit the files.",
        stale.join(";\n")
    );
}

#[test]
fn committed_completions_match_the_command_line() {
    let library = Library::builtin().unwrap();
    check_folder("completions", install::completion_files(&library).unwrap());
}

#[test]
fn committed_man_pages_match_the_command_line() {
    let pages = install::man_pages().unwrap();
    for name in ["bilan.1", "bilan-report.1", "bilan-profiles-show.1"] {
        assert!(pages.iter().any(|(n, _)| n == name), "{name} generated");
    }
    for (name, roff) in &pages {
        let text = String::from_utf8_lossy(roff);
        // One language per page: the French halves of the help are left out.
        assert!(!text.contains("profils"), "{name} is in English only");
    }
    check_folder("man", pages);
}
