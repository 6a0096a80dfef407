//! Files that are not what they claim (issue 13, points 9 and 10): a named
//! pipe, a device, a huge file, a repeated key, an array, a byte order mark.
//! Each is refused at once with a message naming the file and what is
//! wrong, or (the byte order mark) read as the file it is.
//!
//! A read that would hang on the code before these rules is run on a thread
//! and given a generous deadline: the test asserts the refusal, and fails
//! (rather than hangs) when there is none.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use bilan_core::guidance::Guidance;
use bilan_core::{Assessment, Catalogue, Library, Profile, store};

/// Runs `f` on a thread and returns its result, or panics when it has not
/// finished after a deadline far longer than any refusal takes.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(f());
    });
    receive
        .recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("{what}: still reading after 20 s"))
}

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

const ANA: &str = r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3}}"#;

// ---------------------------------------------------------------------------
// Not a regular file, too large

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_at_once_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "pipe.json");
    let shown = pipe.clone();
    let err = within("load_assessment(fifo)", move || {
        store::load_assessment(&shown).unwrap_err().to_string()
    });
    assert!(err.contains("pipe.json"), "{err}");
    assert!(err.contains("named pipe (FIFO)"), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    let err = within("read_text(fifo)", move || {
        store::read_text(&pipe).unwrap_err().to_string()
    });
    assert!(err.contains("named pipe"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_link_to_a_device_in_the_config_folder_is_skipped_not_waited_for() {
    let dir = tempfile::tempdir().unwrap();
    fifo(dir.path(), "a-pipe.json");
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.json")).unwrap();
    std::fs::write(dir.path().join("big.json"), vec![b' '; 5 << 20]).unwrap();
    let config = dir.path().to_path_buf();
    let library = within("Library::load", move || Library::load(Some(&config)))
        .expect("the built-ins still load");
    let warnings: Vec<String> = library.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert!(warnings[0].contains("a-pipe.json") && warnings[0].contains("named pipe"));
    assert!(warnings[1].contains("big.json") && warnings[1].contains("larger than 4 MB"));
    assert!(warnings[2].contains("zero.json") && warnings[2].contains("a device"));
    assert_eq!(library.profiles.len(), 3);
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_without_being_read() {
    let err = within("load_assessment(/dev/zero)", || {
        store::load_assessment(Path::new("/dev/zero"))
            .unwrap_err()
            .to_string()
    });
    assert!(err.starts_with("/dev/zero: "), "{err}");
    assert!(err.contains("a device, not a regular file"), "{err}");
}

#[test]
fn an_assessment_over_1_mb_is_refused_saying_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    // Valid JSON: a note of 2 MB.
    let note = "x".repeat(2 << 20);
    let text = format!(
        r#"{{"person": "Ana", "rater": "self", "scores": {{}}, "notes": {{"A.3": "{note}"}}}}"#
    );
    std::fs::write(&path, text).unwrap();
    let err = store::load_assessment(&path).unwrap_err().to_string();
    assert!(err.contains("huge.json"), "{err}");
    assert!(err.contains("larger than 1 MB"), "{err}");
    // The group analysis reads the same way.
    let library = Library::builtin().unwrap();
    let cohort = bilan_core::cohort::analyse(&library, &library.profiles[0], [path]);
    assert_eq!(cohort.invalid.len(), 1);
    assert!(cohort.invalid[0].error.contains("larger than 1 MB"));
}

#[test]
fn a_folder_given_as_a_file_is_named_as_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let err = store::load_assessment(dir.path()).unwrap_err().to_string();
    assert!(err.contains("it is a folder, not a regular file"), "{err}");
}

// ---------------------------------------------------------------------------
// Repeated keys, arrays, byte order marks

#[test]
fn a_score_or_note_given_twice_is_refused_naming_the_key() {
    for text in [
        r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3, "B.1": 2, "A.3": 5}}"#,
        r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3},
            "notes": {"A.3": "mine", "A.3": "theirs"}}"#,
    ] {
        let err = Assessment::from_json(text, "a.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains("duplicate key `A.3`"), "{err}");
        assert!(err.starts_with("a.json: line "), "{err}");
    }
    // The same id spelled with an escape is the same key.
    let text = r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3, "A\u002e3": 1}}"#;
    assert!(Assessment::from_json(text, "a.json").is_err());
    // Top-level fields were already refused, and still are.
    let text = r#"{"person": "Ana", "person": "Bo", "rater": "self", "scores": {}}"#;
    let err = Assessment::from_json(text, "a.json")
        .unwrap_err()
        .to_string();
    assert!(err.contains("duplicate field `person`"), "{err}");
}

#[test]
fn repeated_keys_are_refused_in_catalogues_and_guidance_too() {
    let framework = bilan_core::catalogue::BUILTIN_FRAMEWORK;
    let text = framework.replacen(
        "\"levels\": {",
        "\"levels\": {\"1\": {\"fr\": \"x\", \"en\": \"y\"}, ",
        1,
    );
    assert_ne!(text, framework);
    let err = Catalogue::from_json(&text, "framework.json")
        .unwrap_err()
        .to_string();
    assert!(err.contains("duplicate key `1`"), "{err}");

    let item = r#"{"actions": [], "questions": [], "evidence": {"fr": "a", "en": "b"}}"#;
    let text = format!(r#"{{"items": {{"A.3": {item}, "A.3": {item}}}}}"#);
    let err = Guidance::from_json(&text, "guidance.json")
        .unwrap_err()
        .to_string();
    assert!(err.contains("duplicate key `A.3`"), "{err}");
}

#[test]
fn an_array_is_not_an_assessment_profile_or_catalogue() {
    let text = r#"  ["Ana", "self", {"A.3": 3}]"#;
    let err = Assessment::from_json(text, "a.json")
        .unwrap_err()
        .to_string();
    assert!(err.contains("an array `[ … ]`"), "{err}");
    assert!(err.contains("line 1, column 3"), "{err}");
    let catalogue = Catalogue::builtin().unwrap();
    let err = Profile::from_json("[]", "p.json", &catalogue)
        .unwrap_err()
        .to_string();
    assert!(err.contains("a JSON object `{ … }` is expected"), "{err}");
    assert!(Catalogue::from_json("[[], [], []]", "c.json").is_err());
    assert!(Guidance::from_json("[1, {}]", "g.json").is_err());
}

#[test]
fn a_byte_order_mark_at_the_start_is_read_past() {
    let text = format!("\u{feff}{ANA}");
    let a = Assessment::from_json(&text, "a.json").expect("read past the mark");
    assert_eq!(a.person, "Ana");
    // From a file too, and by the group analysis.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.json");
    std::fs::write(&path, text).unwrap();
    assert_eq!(store::load_assessment(&path).unwrap().score("A.3"), Some(3));
    let library = Library::builtin().unwrap();
    let cohort = bilan_core::cohort::analyse(&library, &library.profiles[0], [path.clone()]);
    assert_eq!(cohort.people.len(), 1, "{:?}", cohort.invalid);
    // Saving writes it without.
    store::save_assessment(&path, &a).unwrap();
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .starts_with('\u{feff}')
    );
}
