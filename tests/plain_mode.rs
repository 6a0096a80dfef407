//! The plain mode (`bilan new --plain`, `bilan resume --plain`), driven
//! through standard input as a script or a screen reader's user would: the
//! saved file, the words in French and English, no escape sequence, quit
//! and resume, back, not applicable, notes, answers not understood, and
//! input that ends before any answer (nothing created).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use bilan_core::Catalogue;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// `bilan ARGS` on the data folder `dir/data`, `input` on its standard
/// input, no terminal (so the plain mode is chosen even without `--plain`).
fn bilan(dir: &Path, args: &[&str], input: &str) -> Run {
    let out = Command::cargo_bin("bilan")
        .unwrap()
        .env("BILAN_DATA_DIR", dir.join("data"))
        .env("BILAN_CONFIG_DIR", dir.join("config"))
        .env_remove("BILAN_LANG")
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    for stream in [&out.stdout, &out.stderr] {
        clean_bytes(stream);
    }
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 errors"),
    }
}

/// No escape sequence, and no control byte but the line feed and the tab.
fn clean_bytes(bytes: &[u8]) {
    if let Some(at) = bytes
        .iter()
        .position(|b| *b == 0x1b || (*b < 0x20 && *b != b'\n' && *b != b'\t'))
    {
        panic!(
            "control byte {:#04x} at {at}: {:?}",
            bytes[at],
            String::from_utf8_lossy(&bytes[at.saturating_sub(60)..])
        );
    }
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("config")).unwrap();
    dir
}

fn file(dir: &Path, name: &str) -> PathBuf {
    dir.join("data").join(name)
}

fn saved(dir: &Path, name: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(file(dir, name)).expect("the file was saved");
    serde_json::from_str(&text).expect("JSON")
}

fn item(index: usize) -> String {
    Catalogue::builtin().unwrap().items()[index].id.to_string()
}

/// The lines of `out` starting with the heading of a question.
fn headings(out: &str) -> Vec<&str> {
    out.lines().filter(|l| l.contains(", question ")).collect()
}

#[test]
fn answers_from_standard_input_are_saved_at_once_in_english() {
    let dir = setup();
    let run = bilan(
        dir.path(),
        &["--lang", "en", "new", "--name", "Ana", "--plain"],
        "3\n2\nn\n0\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = saved(dir.path(), "ana-self.json");
    assert_eq!(json["person"], "Ana");
    assert_eq!(json["rater"], "self");
    assert_eq!(json["scores"][item(0)], 3);
    assert_eq!(json["scores"][item(1)], 2);
    assert_eq!(json["scores"][item(2)], "na", "n is not applicable");
    assert_eq!(json["scores"][item(3)], 0);
    assert_eq!(json["scores"].as_object().unwrap().len(), 4);
    // Where the walk stopped: the next question.
    assert_eq!(json["position"], item(4));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file(dir.path(), "ana-self.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let out = &run.stdout;
    let first = headings(out)[0];
    assert_eq!(
        first,
        "A. Plan, A.3 Business Plan Development, question 1 of 49."
    );
    assert!(out.contains("Answered so far: 1 of 49."), "{out}");
    assert!(out.contains("\ne-CF 4.0 levels: 3–5.\n"), "{out}");
    assert!(out.contains("\nDescription: "), "{out}");
    assert!(
        out.contains("\n0: Not yet practised: I have not exercised"),
        "{out}"
    );
    // A level the e-CF does not define for A.3 is marked on its own line.
    assert!(out.contains("\n1: [bilan extension] "), "{out}");
    assert!(out.contains("\n5: "), "{out}");
    assert!(out.contains(
        "\nYour answer: 0 to 5, n not applicable, b back, s skip, c note, ? help, q save and quit.\n"
    ));
    assert!(
        out.contains("Saved: A.3 Business Plan Development, 3."),
        "{out}"
    );
    assert!(out.contains(&format!("Saved: {} ", item(2))), "{out}");
    assert!(out.contains(", not applicable.\n"), "{out}");
    assert!(
        out.contains("End of input: your answers are saved."),
        "{out}"
    );
    assert!(out.contains("Answered so far: 4 of 49."), "{out}");
    assert!(
        out.contains("To continue later: bilan resume \"Ana\" --plain"),
        "{out}"
    );
    assert!(out.contains("ana-self.json"), "{out}");
}

#[test]
fn the_french_words_and_typography() {
    let dir = setup();
    // No --plain: without a terminal the plain mode is chosen by itself.
    let run = bilan(
        dir.path(),
        &["--lang", "fr", "new", "--name", "Léa Roux", "--coach"],
        "4\nc\nRéservée en réunion\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = saved(dir.path(), "lea-roux-coach.json");
    assert_eq!(json["rater"], "coach");
    assert_eq!(json["scores"][item(0)], 4);
    assert_eq!(json["notes"][item(1)], "Réservée en réunion");
    let out = &run.stdout;
    assert_eq!(
        headings(out)[0],
        "A. Planifier, A.3 Élaboration du plan d'affaires, question 1 sur 49."
    );
    assert!(
        out.contains("Votre réponse\u{a0}: 0 à 5, n sans objet, b revenir, s passer, c note, ? aide, q enregistrer et quitter."),
        "{out}"
    );
    assert!(out.contains("\n3\u{a0}: "), "{out}");
    assert!(out.contains("Note enregistrée\u{a0}: A.4."), "{out}");
    assert!(out.contains("Fin de l'entrée"), "{out}");
    assert!(
        out.contains("bilan resume \"Léa Roux\" --coach --plain"),
        "{out}"
    );
}

#[test]
fn quitting_half_way_then_resuming_continues_at_the_next_question() {
    let dir = setup();
    let run = bilan(
        dir.path(),
        &["--lang", "en", "new", "--name", "Ana"],
        "3\n2\nq\n5\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Saved and stopped at question 3 of 49."),
        "{}",
        run.stdout
    );
    let json = saved(dir.path(), "ana-self.json");
    assert_eq!(json["scores"].as_object().unwrap().len(), 2, "q stops");
    assert_eq!(json["position"], item(2));

    let run = bilan(dir.path(), &["--lang", "en", "resume", "Ana"], "4\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Resuming at question 3 of 49."),
        "{}",
        run.stdout
    );
    let first = headings(&run.stdout)[0];
    assert!(
        first.contains(&format!(", {} ", item(2))) && first.ends_with("question 3 of 49."),
        "{first}"
    );
    let json = saved(dir.path(), "ana-self.json");
    assert_eq!(json["scores"][item(0)], 3);
    assert_eq!(json["scores"][item(1)], 2);
    assert_eq!(json["scores"][item(2)], 4);
    assert_eq!(json["position"], item(3));
}

#[test]
fn back_returns_to_the_previous_question_and_its_answer_can_change() {
    let dir = setup();
    let run = bilan(
        dir.path(),
        &["--lang", "en", "new", "--name", "Ana", "--plain"],
        "b\n3\nb\n5\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.contains("This is the first question: there is none before it."),
        "{out}"
    );
    let heads = headings(out);
    let a3 = "A. Plan, A.3 Business Plan Development, question 1 of 49.";
    // A.3, again after the `b` with nothing before, A.4, A.3 again, A.4.
    assert_eq!(heads[0], a3);
    assert_eq!(heads[1], a3);
    assert!(heads[2].contains("A.4"), "{heads:?}");
    assert_eq!(heads[3], a3);
    assert!(out.contains("Current answer: 3."), "{out}");
    let json = saved(dir.path(), "ana-self.json");
    assert_eq!(json["scores"][item(0)], 5);
    assert_eq!(json["scores"].as_object().unwrap().len(), 1);
    assert_eq!(json["position"], item(1));
}

#[test]
fn an_answer_not_understood_gets_a_one_line_hint_and_the_same_question() {
    let dir = setup();
    let run = bilan(
        dir.path(),
        &["--lang", "en", "new", "--name", "Ana", "--plain"],
        "7\nthree\n3\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let hints: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("Not understood: "))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(hints.len(), 2, "{}", run.stdout);
    assert_eq!(
        lines[hints[0]],
        "Not understood: \"7\"; type a level 0 to 5, or n, b, s, c, ? or q, then Enter."
    );
    for at in hints {
        assert!(lines[at + 1].contains("A.3 Business Plan Development, question 1 of 49."));
        assert!(lines[at + 2].starts_with("Your answer: "));
    }
    let json = saved(dir.path(), "ana-self.json");
    assert_eq!(json["scores"][item(0)], 3);
    assert_eq!(json["scores"].as_object().unwrap().len(), 1);
}

#[test]
fn help_skip_and_a_note_on_the_answer_line() {
    let dir = setup();
    let run = bilan(
        dir.path(),
        &["--lang", "en", "new", "--name", "Ana", "--plain"],
        "?\nr\ns\nc led two workshops\n2\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.contains("\nn: not applicable, or cannot judge"),
        "{out}"
    );
    // After the help, the heading and the prompt; `r` reads it all again.
    let after_help = out.split("q: save and quit; resume later").nth(1).unwrap();
    let lines: Vec<&str> = after_help.lines().collect();
    assert!(lines[1].contains("A.3 Business Plan Development, question 1 of 49."));
    assert!(lines[2].starts_with("Your answer: "), "{after_help}");
    assert!(lines[3].is_empty() && lines[4] == lines[1], "{after_help}");
    assert!(lines[7].starts_with("Description: "), "{after_help}");
    assert!(out.contains("Skipped, left unanswered: A.3"), "{out}");
    let json = saved(dir.path(), "ana-self.json");
    assert!(json["scores"].get(item(0)).is_none(), "skipped");
    assert_eq!(json["scores"][item(1)], 2);
    assert_eq!(json["notes"][item(1)], "led two workshops");
}

#[test]
fn input_that_ends_before_any_answer_creates_nothing_and_says_so() {
    for (lang, words) in [
        ("en", "End of input before any answer: nothing was created."),
        (
            "fr",
            "Fin de l'entrée avant toute réponse\u{a0}: rien n'a été créé.",
        ),
    ] {
        let dir = setup();
        for input in ["", "?\ns\nx\n"] {
            let run = bilan(dir.path(), &["--lang", lang, "new", "--name", "Ana"], input);
            assert_ne!(run.code, 0, "{lang} {input:?}");
            assert!(run.stderr.contains(words), "{lang}: {}", run.stderr);
            assert!(
                !dir.path().join("data").exists(),
                "{lang}: data folder made"
            );
        }
        // `q` before any answer: nothing either, and no error.
        let run = bilan(dir.path(), &["--lang", lang, "new", "--name", "Ana"], "q\n");
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(!dir.path().join("data").exists());
    }
}

#[test]
fn a_whole_walk_ends_with_the_results_and_the_file_with_no_escape_sequence() {
    let dir = setup();
    // A hostile name: its escape sequences must not reach the output.
    let name = "Ana\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}";
    let answers: String = (0..49).map(|i| format!("{}\n", [3, 4, 2][i % 3])).collect();
    let run = bilan(
        dir.path(),
        &["--lang", "en", "new", "--name", name, "--plain"],
        &answers,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.contains("You have been through every question."),
        "{out}"
    );
    assert!(out.contains("\nResults for Ana"), "{out}");
    assert!(out.contains("answered 49 of 49"), "{out}");
    assert!(out.contains("Ranking decided"), "{out}");
    assert!(out.contains("\n1. "), "{out}");
    assert!(out.contains("\n3. "), "{out}");
    assert!(
        out.contains("Largest gaps for ") || out.contains("No gap"),
        "{out}"
    );
    assert!(out.contains("The assessment is saved in: "), "{out}");
    assert!(!out.contains('█'), "no bars: {out}");
    let files: Vec<_> = std::fs::read_dir(dir.path().join("data"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let json = saved(dir.path(), &files[0]);
    assert_eq!(json["scores"].as_object().unwrap().len(), 49);
}

#[test]
fn another_window_writing_the_assessment_stops_the_plain_mode() {
    let dir = setup();
    let run = bilan(dir.path(), &["--lang", "en", "new", "--name", "Ana"], "3\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = file(dir.path(), "ana-self.json");
    let before = std::fs::read(&path).unwrap();
    let bilan_core::store::Claim::Held(_lock) = bilan_core::store::claim(&path).unwrap() else {
        panic!("the test could not take the lock");
    };
    for args in [
        &["--lang", "en", "resume", "Ana"][..],
        &["--lang", "en", "new", "--name", "Ana"][..],
    ] {
        let run = bilan(dir.path(), args, "5\n");
        assert_ne!(run.code, 0, "{args:?}");
        assert!(
            run.stderr
                .contains("Another window is writing this assessment"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("process"), "{}", run.stderr);
    }
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
}

#[test]
fn a_hand_edit_on_disk_between_two_answers_is_kept_with_the_answers_on_top() {
    use std::io::Write;
    use std::process::Stdio;
    let dir = setup();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("bilan"))
        .env("BILAN_DATA_DIR", dir.path().join("data"))
        .env("BILAN_CONFIG_DIR", dir.path().join("config"))
        .args(["--lang", "en", "new", "--name", "Ana", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"3\n").unwrap();
    stdin.flush().unwrap();
    let path = file(dir.path(), "ana-self.json");
    let start = std::time::Instant::now();
    while !std::fs::read_to_string(&path).is_ok_and(|t| t.contains("\"A.3\": 3")) {
        assert!(
            start.elapsed().as_secs() < 20,
            "the first answer was not saved"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // By hand, meanwhile: a score on another item and a note.
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    json["scores"]["E.7"] = 4.into();
    json["notes"] = serde_json::json!({"E.7": "by hand"});
    std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    stdin.write_all(b"2\n").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("The file had changed on disk: its changes were kept"),
        "{stdout}"
    );
    let json = saved(dir.path(), "ana-self.json");
    assert_eq!(json["scores"]["A.3"], 3);
    assert_eq!(json["scores"][item(1)], 2);
    assert_eq!(json["scores"]["E.7"], 4, "the hand edit is kept");
    assert_eq!(json["notes"]["E.7"], "by hand");
}

#[test]
fn a_coach_sees_the_candidates_self_rating_beside_each_question() {
    let dir = setup();
    let run = bilan(
        dir.path(),
        &["--lang", "en", "new", "--name", "Ana"],
        "4\nc\nplanned our forum\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = bilan(
        dir.path(),
        &["--lang", "en", "new", "--name", "ana", "--coach"],
        "3\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(out.contains("\nThe candidate's self-rating: 4.\n"), "{out}");
    assert!(
        out.contains(
            "\nThe candidate's self-rating: not answered.\nCandidate's note: planned our forum\n"
        ),
        "{out}"
    );
    // The coach's file keeps the candidate's spelling of the name.
    let json = saved(dir.path(), "ana-coach.json");
    assert_eq!(json["person"], "Ana");
    assert_eq!(json["scores"][item(0)], 3);
}
