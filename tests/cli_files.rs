//! Files that are not what they claim, from the command line (issue 13,
//! points 8, 9, 10 and 15): a named pipe or a device named as input, or
//! lying in the config folder; a file too large; a key given twice; `-o`
//! to a link or a pipe; a group with broken files in every format.
//!
//! A run that would hang before these rules is given a deadline far longer
//! than a refusal takes; the tests assert the refusal, not the time.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

mod common;
use common::*;

/// Far longer than any refusal takes: a run still going then is hung.
const DEADLINE: Duration = Duration::from_secs(20);

#[cfg(unix)]
fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
    path
}

#[cfg(unix)]
#[test]
fn a_named_pipe_given_as_input_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "pipe.json");
    let name = pipe.to_str().unwrap();
    for args in [
        vec!["match", name],
        vec!["report", name],
        vec!["profiles", "validate", name],
        vec!["compare", name, "tests/fixtures/ana.json"],
    ] {
        let mut run = bilan(&args);
        run.cmd.timeout(DEADLINE);
        run.fails_naming(name, &["named pipe (FIFO)", "not a regular file"]);
    }
    // The group analysis lists it as a file it could not read, and goes on.
    let mut run = bilan(&["cohort", name, "tests/fixtures/ana.json", "--profile", "cm"]);
    run.cmd.timeout(DEADLINE);
    let out = run.succeeds();
    assert!(out.stderr.contains("named pipe"), "{}", out.stderr);
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_device_in_the_config_folder_hangs_nothing() {
    let config = tempfile::tempdir().unwrap();
    fifo(config.path(), "pipe.json");
    std::os::unix::fs::symlink("/dev/zero", config.path().join("zero.json")).unwrap();
    let mut run = bilan_with_config(Some(config.path()), &["profiles", "list"]);
    run.cmd.timeout(DEADLINE);
    let out = run.succeeds();
    assert!(out.stdout.contains("cm "), "{}", out.stdout);
    assert!(
        out.stderr
            .contains("pipe.json: cannot read: it is a named pipe (FIFO)")
    );
    assert!(
        out.stderr
            .contains("zero.json: cannot read: it is a device")
    );
}

#[cfg(unix)]
#[test]
fn dev_zero_given_as_input_is_refused_without_reading_it() {
    let mut run = bilan(&["match", "/dev/zero"]);
    run.cmd.timeout(DEADLINE);
    run.fails_naming("/dev/zero", &["a device, not a regular file"]);
}

#[test]
fn an_input_file_too_large_is_refused_saying_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let note = "x".repeat(1 << 20);
    let text = format!(
        r#"{{"person": "Ana", "rater": "self", "scores": {{}}, "notes": {{"A.3": "{note}"}}}}"#
    );
    let path = write(dir.path(), "big.json", &text);
    let name = path.to_str().unwrap();
    bilan(&["match", name]).fails_naming(name, &["larger than 1 MB", "assessment"]);
    let profile = write(dir.path(), "big-profile.json", &" ".repeat(5 << 20));
    let name = profile.to_str().unwrap();
    bilan(&["profiles", "validate", name]).fails_naming(name, &["larger than 4 MB"]);
}

#[test]
fn a_score_given_twice_is_refused_naming_it_and_an_array_is_no_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let twice = write(
        dir.path(),
        "twice.json",
        r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 1, "A.3": 5}}"#,
    );
    let name = twice.to_str().unwrap();
    bilan(&["match", name]).fails_naming(name, &["duplicate key `A.3`", "scores"]);
    let array = write(dir.path(), "array.json", r#"["Ana", "self", {"A.3": 3}]"#);
    let name = array.to_str().unwrap();
    bilan(&["match", name]).fails_naming(name, &["an array", "a JSON object"]);
    // A byte order mark at the start is read past.
    let bom = write(
        dir.path(),
        "bom.json",
        "\u{feff}{\"person\": \"Ana\", \"rater\": \"self\", \"scores\": {\"A.3\": 3}}",
    );
    let out = bilan(&["match", bom.to_str().unwrap()]).succeeds();
    assert!(out.stdout.starts_with("Ana "), "{}", out.stdout);
}

// ---------------------------------------------------------------------------
// `-o`

#[cfg(unix)]
#[test]
fn output_through_a_link_writes_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = write(elsewhere.path(), "synced.md", "old");
    let link = dir.path().join("report.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    bilan(&[
        "report",
        "tests/fixtures/ana.json",
        "--no-compare",
        "-o",
        link.to_str().unwrap(),
    ])
    .succeeds();
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "still a link");
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("# "), "{written}");
    // No temporary file left in either folder.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 1);
}

#[cfg(unix)]
#[test]
fn output_to_a_named_pipe_is_written_into_it_not_replaced() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "report.csv");
    // A reader on the pipe, as `-o >(gzip > out.gz)` would have.
    let (send, receive) = mpsc::channel();
    let reading = pipe.clone();
    std::thread::spawn(move || {
        let mut text = String::new();
        let read = std::fs::File::open(&reading).and_then(|mut f| f.read_to_string(&mut text));
        let _ = send.send(read.map(|_| text));
    });
    let mut run = bilan(&[
        "report",
        "tests/fixtures/ana.json",
        "--no-compare",
        "-o",
        pipe.to_str().unwrap(),
    ]);
    run.cmd.timeout(DEADLINE);
    run.succeeds();
    let text = receive
        .recv_timeout(DEADLINE)
        .expect("the reader got the report")
        .unwrap();
    assert!(text.starts_with("person,rater,"), "{text}");
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
    assert!(kind.is_fifo(), "still a named pipe");
}

/// `-o` to a device: a node made in a temporary folder (root only),
/// never a real `/dev` entry, which a regression would replace.
#[cfg(unix)]
#[test]
fn output_to_a_device_is_written_into_it_not_replaced() {
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
    // And through a link to it, as `/dev/stdout` is.
    let link = dir.path().join("out");
    std::os::unix::fs::symlink(&null, &link).unwrap();
    for path in [&null, &link] {
        bilan(&[
            "report",
            "tests/fixtures/ana.json",
            "-o",
            path.to_str().unwrap(),
        ])
        .succeeds();
        let kind = std::fs::metadata(&null).unwrap().file_type();
        assert!(kind.is_char_device(), "still a device");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            2,
            "no temp file"
        );
    }
}

/// `-o /dev/stdout` (a link to the standard output, here a pipe). Not run
/// as root: a regression there would replace the device node.
#[cfg(unix)]
#[test]
fn output_to_dev_stdout_goes_to_the_standard_output() {
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    if root {
        eprintln!("skipped as root");
        return;
    }
    let out = bilan(&[
        "report",
        "tests/fixtures/ana.json",
        "--no-compare",
        "-o",
        "/dev/stdout",
    ])
    .succeeds();
    assert!(out.stdout.starts_with("# "), "{}", out.stdout);
}

// ---------------------------------------------------------------------------
// The group analysis: skipped files said in every format

#[test]
fn every_cohort_format_lists_skipped_files_on_stderr_with_their_count() {
    let cohort = "tests/fixtures/cohort";
    let table = bilan(&["cohort", cohort, "--profile", "cm"]).succeeds();
    let skipped: Vec<&str> = table
        .stderr
        .lines()
        .filter(|l| l.starts_with("bilan: warning: skipped: "))
        .collect();
    assert!(skipped.len() >= 2, "{}", table.stderr);
    assert!(skipped.iter().any(|l| l.contains("broken.json")));
    for format in ["table", "csv", "json", "md", "html"] {
        let out = bilan(&["cohort", cohort, "--profile", "cm", "--format", format]).succeeds();
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(
            lines.iter().filter(|l| l.contains("skipped: ")).count(),
            skipped.len(),
            "{format}: {}",
            out.stderr
        );
        assert_eq!(
            lines.last().copied(),
            Some(format!("bilan: Invalid files: {}", skipped.len()).as_str()),
            "{format}"
        );
        if format == "json" {
            let json = json(&out.stdout);
            assert_eq!(json["invalid"].as_array().unwrap().len(), skipped.len());
        }
    }
    // In French too.
    let mut run = bilan(&["cohort", cohort, "--profile", "cm", "--format", "csv"]);
    run.cmd.env("BILAN_LANG", "fr");
    let out = run.succeeds();
    assert!(
        out.stderr.ends_with(&format!(
            "bilan: Fichiers non valides\u{a0}: {}\n",
            skipped.len()
        )),
        "{}",
        out.stderr
    );
}

#[test]
fn the_streamed_cohort_csv_is_the_same_on_stdout_and_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("group.csv");
    let args = [
        "cohort",
        "tests/fixtures/cohort",
        "--profile",
        "cm",
        "--format",
        "csv",
    ];
    let printed = bilan(&args).succeeds().stdout;
    let mut with_file = args.to_vec();
    with_file.extend(["-o", file.to_str().unwrap()]);
    bilan(&with_file).succeeds();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), printed);
    assert!(printed.starts_with("person,rater,path,fit,"));
}
