//! Escape sequences in files never reach the terminal (issue 13, point 7).
//!
//! A person's name, a note, an item id, a custom profile's name and a file
//! name carry a title change, a screen clear, an OSC 8 link, an OSC 52
//! clipboard write, an 8-bit CSI, a right-to-left override and a NUL. Every
//! command's standard output and standard error, in every format, and every
//! error path (names that differ in compare/diff, an unknown `rater`, an
//! unknown item id, a bad file's name) must hold no byte below 0x20 but the
//! line feed and the tab, no DEL, no C1 control and no bidirectional
//! override; and an error quoting a 5 MB value must stay a short line.

use std::path::{Path, PathBuf};

mod common;
use common::*;

/// Everything a terminal would run: title (OSC 0), clear (CSI 2J), a link
/// (OSC 8), a clipboard write (OSC 52), an 8-bit CSI, a bidi override, NUL.
const HOSTILE: &str = "Ana\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}]8;;http://evil.example\u{1b}\\link\u{1b}]8;;\u{1b}\\\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{9b}31m\u{202e}txt.exe\u{2066}\u{0}\r";

/// Bytes a terminal must never be sent from a file's text.
fn assert_clean(bytes: &[u8], what: &str) {
    for (at, &b) in bytes.iter().enumerate() {
        assert!(
            b >= 0x20 && b != 0x7f || b == b'\n' || b == b'\t',
            "{what}: byte {b:#04x} at {at}: {:?}",
            String::from_utf8_lossy(&bytes[at.saturating_sub(40)..(at + 40).min(bytes.len())])
        );
    }
    let text = String::from_utf8_lossy(bytes);
    for c in text.chars() {
        assert!(
            !('\u{80}'..='\u{9f}').contains(&c)
                && !('\u{202a}'..='\u{202e}').contains(&c)
                && !('\u{2066}'..='\u{2069}').contains(&c),
            "{what}: {c:?} in {text:?}"
        );
    }
}

/// Runs `bilan args` with `config` as the config folder and checks both
/// streams; returns (success, stdout, stderr).
fn run(config: &Path, args: &[&str]) -> (bool, String, String) {
    let mut run = bilan_with_config(Some(config), args);
    let out = run.cmd.output().expect("bilan runs");
    let what = args.join(" ");
    assert_clean(&out.stdout, &format!("stdout of `{what}`"));
    assert_clean(&out.stderr, &format!("stderr of `{what}`"));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    )
}

fn succeeds(config: &Path, args: &[&str]) -> String {
    let (ok, stdout, stderr) = run(config, args);
    assert!(ok, "`{}` fails: {stderr}", args.join(" "));
    stdout
}

/// Fails with nothing on stdout; returns the error (the last line of
/// stderr, after any warnings), which must be one line.
fn fails(config: &Path, args: &[&str]) -> String {
    let (ok, stdout, stderr) = run(config, args);
    assert!(!ok, "`{}` succeeds: {stdout}", args.join(" "));
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.ends_with('\n'), "{stderr}");
    assert!(stderr.lines().all(|l| l.starts_with("bilan: ")), "{stderr}");
    stderr.lines().last().unwrap_or_default().to_string()
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

fn assessment(person: &str, rater: &str, extra_score: &str) -> String {
    let h = json_string(HOSTILE);
    format!(
        r#"{{"person": {}, "rater": "{rater}", "coach": {h},
            "scores": {{"A.3": 2, "D.6": 4, "se.tenacity": 3, {extra_score}}},
            "notes": {{"A.3": {h}, "D.6": "see https://evil.example/x or ana@evil.example {}",
                       "se.tenacity": {h}}}}}"#,
        json_string(person),
        &h[1..h.len() - 1]
    )
}

/// A data folder of hostile files and a config folder with a hostile
/// custom profile.
struct Setup {
    _dir: tempfile::TempDir,
    config: PathBuf,
    files: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let files = dir.path().join("files");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::create_dir_all(files.join("group")).unwrap();
    let h = json_string(HOSTILE);
    let profile = format!(
        r#"{{"id": "evil", "name": {{"fr": {h}, "en": {h}}}, "aliases": [{h}],
            "summary": {{"fr": {h}, "en": {h}}},
            "requirements": [
              {{"item": "A.3", "min": 3, "importance": "core", "source": {h}}},
              {{"item": "D.6", "min": 3, "importance": "secondary", "source": {h}}}
            ],
            "duties": [{{"group": "mission", "text": {{"fr": {h}, "en": {h}}},
                         "mark": "T", "ecf": ["A.3"], "source": {h}}}]}}"#
    );
    write(&config, "evil.json", &profile);
    let unknown_id = format!("{}: 3", json_string(&format!("X{HOSTILE}")));
    write(
        &files,
        "evil.json",
        &assessment(HOSTILE, "self", &unknown_id),
    );
    write(
        &files,
        "evil-coach.json",
        &assessment(HOSTILE, "coach", "\"B.1\": 1"),
    );
    write(
        &files,
        "other.json",
        &assessment(&format!("Bo{HOSTILE}"), "coach", "\"B.1\": 1"),
    );
    write(
        &files.join("group"),
        "evil.json",
        &assessment(HOSTILE, "self", "\"B.1\": 1"),
    );
    write(
        &files.join("group"),
        &format!("bad{}.json", "\u{1b}[2J\u{1b}]0;x\u{7}"),
        "{\"person\": ",
    );
    Setup {
        _dir: dir,
        config,
        files,
    }
}

#[test]
fn every_output_of_a_hostile_assessment_is_free_of_escape_sequences() {
    let s = setup();
    let evil = s.files.join("evil.json");
    let evil = evil.to_str().unwrap();
    let coach = s.files.join("evil-coach.json");
    let coach = coach.to_str().unwrap();
    let c = &s.config;
    let text = succeeds(c, &["match", evil]);
    assert!(text.contains("pwned") && text.contains("txt.exe"), "{text}");
    succeeds(c, &["match", evil, "--json", "--profile", "evil"]);
    for format in ["md", "csv", "html", "json"] {
        let out = succeeds(c, &["report", evil, "--format", format]);
        assert!(out.contains("pwned"), "{format}: the name is shown");
        succeeds(c, &["report", evil, "--with", coach, "--format", format]);
    }
    let markdown = succeeds(c, &["report", evil, "--no-compare"]);
    assert!(!markdown.contains("https://evil"), "no link: {markdown}");
    assert!(markdown.contains("https\\://evil.example/x") && markdown.contains("ana\\@evil"));
    for format in ["md", "html"] {
        succeeds(c, &["plan", evil, "--format", format]);
        succeeds(c, &["plan", evil, "--profile", "evil", "--format", format]);
    }
    for format in ["text", "md", "json"] {
        succeeds(c, &["compare", evil, coach, "--format", format]);
    }
}

#[test]
fn profiles_and_guides_of_a_hostile_custom_profile_are_free_of_escape_sequences() {
    let s = setup();
    let c = &s.config;
    let list = succeeds(c, &["profiles", "list"]);
    assert!(list.contains("evil") && list.contains("pwned"), "{list}");
    succeeds(c, &["profiles", "show", "evil"]);
    succeeds(c, &["profiles", "show", "evil", "--json"]);
    for format in ["md", "html"] {
        succeeds(c, &["profiles", "show", "evil", "--format", format]);
        succeeds(c, &["guide", "--profile", "evil", "--format", format]);
    }
    let file = c.join("evil.json");
    succeeds(c, &["profiles", "validate", file.to_str().unwrap()]);
}

#[test]
fn a_group_with_hostile_names_and_file_names_is_free_of_escape_sequences() {
    let s = setup();
    let group = s.files.join("group");
    let group = group.to_str().unwrap();
    for format in ["table", "csv", "json", "md", "html"] {
        let (ok, _, stderr) = run(
            &s.config,
            &["cohort", group, "--profile", "evil", "--format", format],
        );
        assert!(ok, "{format}: {stderr}");
        // The broken file is named, escaped, on stderr.
        assert!(
            stderr.contains(r"bad\u{1b}[2J\u{1b}]0;x\u{7}.json"),
            "{format}: {stderr}"
        );
    }
}

#[test]
fn every_error_path_quotes_file_text_escaped() {
    let s = setup();
    let c = &s.config;
    let f = |name: &str| s.files.join(name).to_str().unwrap().to_string();
    // Two people: compare and diff name both.
    for command in ["compare", "diff"] {
        let message = fails(c, &[command, &f("evil.json"), &f("other.json")]);
        assert!(message.contains(r"Ana\u{1b}]0;pwned\u{7}"), "{message}");
    }
    // An unknown `rater`: serde's `unknown variant`.
    let rater = format!(
        r#"{{"person": "Ana", "rater": {}, "scores": {{}}}}"#,
        json_string(HOSTILE)
    );
    let path = write(&s.files, "rater.json", &rater);
    let message = fails(c, &["match", path.to_str().unwrap()]);
    assert!(
        message.contains(r"unknown variant `Ana\u{1b}]0;pwned"),
        "{message}"
    );
    // An unknown item id in a profile.
    let profile = format!(
        r#"{{"id": "p", "name": {{"fr": "p", "en": "p"}},
            "requirements": [{{"item": {}, "min": 3, "importance": "core", "source": "s"}}]}}"#,
        json_string(HOSTILE)
    );
    let path = write(&s.files, "item.json", &profile);
    let message = fails(c, &["profiles", "validate", path.to_str().unwrap()]);
    assert!(
        message.contains(r"unknown item id `Ana\u{1b}]0;pwned"),
        "{message}"
    );
    // A file name with escape sequences: broken, and missing.
    let bad = s
        .files
        .join("group")
        .join("bad\u{1b}[2J\u{1b}]0;x\u{7}.json");
    let message = fails(c, &["match", bad.to_str().unwrap()]);
    assert!(
        message.contains(r"bad\u{1b}[2J\u{1b}]0;x\u{7}.json: line 1"),
        "{message}"
    );
    let missing = s.files.join("gone\u{1b}[2J.json");
    fails(c, &["report", missing.to_str().unwrap()]);
    fails(c, &["cohort", missing.to_str().unwrap(), "--profile", "cm"]);
    // An unknown profile id typed on the command line.
    // (a command-line argument cannot hold a NUL)
    fails(
        c,
        &["guide", "--profile", HOSTILE.trim_end_matches(['\0', '\r'])],
    );
}

#[test]
fn an_error_quoting_a_huge_value_stays_a_short_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    // Under the 1 MB an assessment may have.
    let huge = "\u{1b}[2J".repeat(30_000) + &"x".repeat(500_000);
    let text = format!(
        r#"{{"person": "Ana", "rater": {}, "scores": {{}}}}"#,
        json_string(&huge)
    );
    let path = write(dir.path(), "huge.json", &text);
    let message = fails(config.path(), &["match", path.to_str().unwrap()]);
    assert!(message.len() < 1_000, "{} bytes", message.len());
    assert!(
        message.contains("unknown variant") && message.contains('…'),
        "{message}"
    );
    assert!(message.contains("expected `self` or `coach`"), "{message}");
}
