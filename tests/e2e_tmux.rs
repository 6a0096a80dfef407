//! End to end: the real `bilan` binary in a real terminal (tmux), driven by
//! key presses, read back from the screen, and checked on disk.
//!
//! Needs `tmux` on PATH (CI installs it); without it these tests fail, on
//! purpose, rather than pass without having run.

mod common_tmux;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common_tmux::Tmux;

const ITEMS: usize = 49;
const PROFILES: [&str; 3] = ["CM", "CNO", "ITE"];

/// The results' ranking lines (`▶1. ITE   51.5 % ███░░ 24/30 IT 2.0 Expert`).
fn fit_lines(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|l| l.trim_start_matches('▶').trim())
        .filter(|l| {
            let mut words = l.split_whitespace();
            let rank = words.next().unwrap_or("");
            let id = words.next().unwrap_or("");
            // `90.9%` in English (the l10n percent), `90,9 %` in French.
            let fit = words.next().unwrap_or("");
            let fit = fit.strip_suffix('%').unwrap_or(fit).replace(',', ".");
            rank.ends_with('.')
                && rank[..rank.len() - 1].parse::<u8>().is_ok()
                && PROFILES.contains(&id)
                && fit.parse::<f64>().is_ok()
        })
        .map(str::to_string)
        .collect()
}

fn saved_file(dir: &Path) -> PathBuf {
    dir.join("data").join("e2e-test-self.json")
}

fn read_json(path: &Path) -> serde_json::Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("the saved file is JSON")
}

#[cfg(unix)]
fn assert_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "{} is mode {:o}", path.display(), mode);
}

#[cfg(not(unix))]
fn assert_private(_: &Path) {}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("config")).expect("config dir");
    dir
}

#[test]
fn rate_everything_see_the_results_quit_and_resume() {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "full");

    tmux.launch(
        "new",
        dir.path(),
        &["--lang", "en", "new", "--name", "E2E Test"],
    );
    let first = tmux.wait_screen("new", "A.3 Business Plan Development");
    assert!(first.contains("answered 0/49"), "{first}");

    for i in 0..ITEMS {
        let digit = if i % 2 == 0 { "3" } else { "4" };
        tmux.send("new", digit);
        tmux.wait_screen("new", &format!("answered {}/{ITEMS}", i + 1));
    }
    // The last answer opens the overview.
    tmux.wait_screen("new", "overview");

    tmux.send("new", "r");
    let results = tmux.wait_screen("new", "Completeness: 49/49");
    let fits = fit_lines(&results);
    eprintln!("fit lines: {fits:#?}");
    assert_eq!(fits.len(), 3, "three ranked profiles in:\n{results}");
    for id in PROFILES {
        assert!(
            fits.iter().any(|l| l.split_whitespace().nth(1) == Some(id)),
            "{id} missing from {fits:?}"
        );
    }

    tmux.send("new", "q");
    tmux.wait_exit("new");
    tmux.assert_terminal_restored("new");
    // Once the screens are gone: where the file is, how to carry on.
    let after = tmux.capture("new");
    let log = std::fs::read(tmux.output_log("new")).unwrap_or_default();
    let log = String::from_utf8_lossy(&log);
    let tail = &log[log.len().saturating_sub(400)..];
    assert!(log.contains("Saved in "), "{tail:?}");
    assert!(
        after.contains("To carry on: bilan resume \"E2E Test\""),
        "{after}"
    );

    let path = saved_file(dir.path());
    assert_private(&path);
    let saved = read_json(&path);
    assert_eq!(saved["person"], "E2E Test");
    assert_eq!(saved["rater"], "self");
    let scores = saved["scores"].as_object().expect("scores");
    assert_eq!(scores.len(), ITEMS, "{scores:?}");
    assert!(scores.values().all(|v| v == 3 || v == 4), "{scores:?}");
    assert_eq!(scores["A.3"], 3);
    assert_eq!(scores["A.4"], 4);

    // Reopen it: same scores, so the same ranking, word for word.
    tmux.launch(
        "resume",
        dir.path(),
        &["--lang", "en", "resume", "E2E Test"],
    );
    tmux.wait_screen("resume", "answered 49/49");
    tmux.send("resume", "r");
    let again = tmux.wait_screen("resume", "Completeness: 49/49");
    assert_eq!(
        fit_lines(&again),
        fits,
        "the resumed results differ:\n{again}"
    );
    tmux.send("resume", "q");
    tmux.wait_exit("resume");
    tmux.assert_terminal_restored("resume");
    assert_eq!(read_json(&path)["scores"], saved["scores"]);
}

#[test]
fn a_coach_sees_the_self_rating_compares_and_a_trainer_sees_the_group() {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "coach");

    // The candidate rates the first three items 1, 2, 3.
    tmux.launch(
        "self",
        dir.path(),
        &["--lang", "fr", "new", "--name", "Ana Martin"],
    );
    tmux.wait_screen("self", "réponses 0/49");
    for (i, digit) in ["1", "2", "3"].iter().enumerate() {
        tmux.send("self", digit);
        tmux.wait_screen("self", &format!("réponses {}/49", i + 1));
    }
    tmux.send("self", "q");
    tmux.wait_exit("self");

    // The coach's walk shows the self-rating beside the item.
    tmux.launch(
        "coach",
        dir.path(),
        &["--lang", "fr", "new", "--name", "Ana Martin", "--coach"],
    );
    // The card's line and the level marked ◆, waited for together: a
    // capture can catch a frame half drawn.
    tmux.wait_for(
        "coach",
        "the self-rating beside A.3",
        Duration::from_secs(5),
        |s| s.contains("A.3") && s.contains("◆ auto\u{a0}: 1") && s.contains("◆1"),
    );
    tmux.send("coach", "3");
    tmux.wait_screen("coach", "◆ auto\u{a0}: 2");
    tmux.send("coach", "c");
    // Wait for the whole row: a capture can catch a frame half drawn.
    let comparison = tmux.wait_for(
        "coach",
        "the A.3 row of the comparison",
        Duration::from_secs(5),
        |s| s.lines().any(|l| l.contains("!! A.3")),
    );
    let a3 = comparison
        .lines()
        .find(|l| l.contains("!! A.3"))
        .unwrap_or_default();
    assert!(a3.contains("+2"), "{a3}");
    assert!(
        comparison.contains("!! 1 écart de 2 ou plus"),
        "{comparison}"
    );
    tmux.send("coach", "q");
    tmux.wait_exit("coach");
    tmux.assert_terminal_restored("coach");
    assert_private(&dir.path().join("data").join("ana-martin-coach.json"));

    // The trainer's view of the same folder, in English.
    let data = dir.path().join("data");
    tmux.launch(
        "group",
        dir.path(),
        &[
            "--lang",
            "en",
            "cohort",
            data.to_str().expect("utf-8 path"),
            "--profile",
            "cm",
            "--tui",
        ],
    );
    // A self-rating and a coach's rating of one person: one person, the
    // coach's rating counting (the self-rating is among the files left out).
    let group = tmux.wait_screen("group", "1 person");
    assert!(group.contains("Target: CM"), "{group}");
    tmux.send("group", "t");
    tmux.send("group", "t");
    // One row, the coach's, once the heatmap is fully drawn.
    let heatmap = tmux.wait_for(
        "group",
        "one heatmap row and the legend",
        Duration::from_secs(5),
        |s| s.contains("levels short") && s.matches("Ana Martin").count() == 1,
    );
    assert!(heatmap.contains("person"), "{heatmap}");
    tmux.send("group", "q");
    tmux.wait_exit("group");
    tmux.assert_terminal_restored("group");
}
