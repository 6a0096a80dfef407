//! `bilan quick --name NAME --plain` (and without a terminal): the quick
//! orientation line by line, driven through standard input. Each question
//! says why it is asked; it stops by 15; the file is a normal assessment
//! marked as started in quick mode; no escape sequence anywhere.

use std::path::Path;

use assert_cmd::Command;

fn bilan(dir: &Path, args: &[&str], input: &str) -> (i32, String, String) {
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
        assert!(
            !stream
                .iter()
                .any(|b| *b == 0x1b || (*b < 0x20 && *b != b'\n' && *b != b'\t')),
            "a control byte in {:?}",
            String::from_utf8_lossy(stream)
        );
    }
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn saved(dir: &Path, name: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("data").join(name)).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_quick_orientation_line_by_line_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let input = "4\n".repeat(30);
    let (code, out, err) = bilan(
        dir.path(),
        &["--lang", "en", "quick", "--name", "Ana", "--plain"],
        &input,
    );
    assert_eq!(code, 0, "{err}");
    let asked = out.matches("Asked because it separates").count();
    assert!((1..=15).contains(&asked), "{asked} questions:\n{out}");
    assert!(out.contains("question 1 of 15"), "{out}");
    assert!(out.contains("Quick orientation: where you stand."), "{out}");
    assert!(out.contains("Estimated from"), "{out}");
    assert!(out.contains("floor–ceiling"), "{out}");
    assert!(out.contains("These figures are estimates"), "{out}");
    assert!(out.contains("bilan resume \"Ana\" --plain"), "{out}");
    let file = saved(dir.path(), "ana-self.json");
    assert_eq!(file["started_in"], "quick");
    let scores = file["scores"].as_object().unwrap();
    assert_eq!(scores.len(), asked, "every question asked was saved");
    assert!(scores.values().all(|v| v == 4));
}

#[test]
fn without_a_terminal_it_is_chosen_by_itself_and_speaks_french() {
    let dir = tempfile::tempdir().unwrap();
    // No `--plain`: standard input is not a terminal.
    let (code, out, err) = bilan(
        dir.path(),
        &["--lang", "fr", "quick", "--name", "Zoé"],
        "3\nn\ns\n2\nq\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Posée parce qu'elle départage"), "{out}");
    assert!(out.contains("question 1 sur 15"), "{out}");
    assert!(
        out.contains("Orientation rapide\u{a0}: où vous en êtes."),
        "{out}"
    );
    let file = saved(dir.path(), "zoe-self.json");
    let scores = file["scores"].as_object().unwrap();
    // 3, not applicable, a skip (nothing saved), 2, then quit.
    assert_eq!(scores.len(), 3, "{scores:?}");
    assert_eq!(scores.values().filter(|v| *v == "na").count(), 1);
    // The skipped question is not asked again at once.
    let headings: Vec<&str> = out.lines().filter(|l| l.contains(" sur 15.")).collect();
    let mut unique = headings.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), headings.len(), "{headings:?}");
}

#[test]
fn input_ending_before_any_answer_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = bilan(dir.path(), &["--lang", "en", "quick", "--name", "Ana"], "");
    assert_ne!(code, 0);
    assert!(err.contains("nothing was created"), "{err}");
    assert!(!dir.path().join("data").join("ana-self.json").exists());
}
