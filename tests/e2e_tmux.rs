//! End to end: the real `bilan` binary in a real terminal (tmux), driven by
//! key presses, read back from the screen, and checked on disk.
//!
//! Needs `tmux` on PATH (CI installs it); without it these tests fail, on
//! purpose, rather than pass without having run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BIN: &str = env!("CARGO_BIN_EXE_bilan");
const ITEMS: usize = 49;
const PROFILES: [&str; 3] = ["CM", "CNO", "ITE"];

/// A private tmux server, killed when dropped (also when a test fails).
struct Tmux {
    socket: String,
    config: PathBuf,
}

impl Tmux {
    fn start(dir: &Path, name: &str) -> Tmux {
        match Command::new("tmux").arg("-V").output() {
            Ok(out) if out.status.success() => {}
            Ok(out) => panic!(
                "`tmux -V` failed ({}): the end-to-end tests need a working tmux",
                out.status
            ),
            Err(e) => panic!(
                "tmux is not on PATH ({e}): the end-to-end tests need it; install tmux \
                 (e.g. `apt-get install tmux`) — CI does"
            ),
        }
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let socket = format!(
            "bilan-e2e-{name}-{}-{nanos}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        // Keep dead panes, so we can look at the terminal after bilan exits.
        let config = dir.join("tmux.conf");
        std::fs::write(
            &config,
            "set-option -g default-size 80x24\n\
             set-option -wg remain-on-exit on\n\
             set-option -g status off\n",
        )
        .expect("write tmux.conf");
        Tmux { socket, config }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-u")
            .arg("-L")
            .arg(&self.socket)
            .arg("-f")
            .arg(&self.config)
            .args(args)
            .env_remove("TMUX")
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("run tmux")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts `bilan ARGS` in a new 80×24 session named `session`, with its
    /// data and config folders in `dir`. `env` execs bilan, so the pane's
    /// process is bilan itself.
    fn launch(&self, session: &str, dir: &Path, args: &[&str]) {
        let data = format!("BILAN_DATA_DIR={}", dir.join("data").display());
        let config = format!("BILAN_CONFIG_DIR={}", dir.join("config").display());
        let mut command = vec![
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "80",
            "-y",
            "24",
            "env",
            "-u",
            "BILAN_LANG",
            "-u",
            "NO_COLOR",
            &data,
            &config,
            BIN,
        ];
        command.extend_from_slice(args);
        self.ok(&command);
        // Record what bilan writes, to check how it leaves the terminal.
        let log = self.output_log(session);
        self.ok(&[
            "pipe-pane",
            "-o",
            "-t",
            session,
            &format!("exec cat >> '{}'", log.display()),
        ]);
    }

    fn output_log(&self, session: &str) -> PathBuf {
        self.config.with_file_name(format!("{session}.out"))
    }

    fn capture(&self, session: &str) -> String {
        self.ok(&["capture-pane", "-p", "-t", session])
    }

    fn display(&self, session: &str, format: &str) -> String {
        self.ok(&["display-message", "-p", "-t", session, format])
            .trim()
            .to_string()
    }

    fn send(&self, session: &str, key: &str) {
        self.ok(&["send-keys", "-t", session, "-l", key]);
    }

    /// Polls the screen until `done` holds, for at most `timeout`.
    fn wait_for(
        &self,
        session: &str,
        what: &str,
        timeout: Duration,
        done: impl Fn(&str) -> bool,
    ) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture(session);
            if done(&screen) {
                return screen;
            }
            if start.elapsed() > timeout {
                panic!("timed out waiting for {what}; the screen shows:\n{screen}");
            }
            sleep(Duration::from_millis(20));
        }
    }

    fn wait_screen(&self, session: &str, text: &str) -> String {
        self.wait_for(session, &format!("{text:?}"), Duration::from_secs(5), |s| {
            s.contains(text)
        })
    }

    /// Waits until the pane's process has exited and checks it exited with 0.
    fn wait_exit(&self, session: &str) {
        let start = Instant::now();
        while self.display(session, "#{pane_dead}") != "1" {
            if start.elapsed() > Duration::from_secs(5) {
                panic!(
                    "bilan did not exit; the screen shows:\n{}",
                    self.capture(session)
                );
            }
            sleep(Duration::from_millis(20));
        }
        // tmux 3.3 leaves `pane_dead_status` empty but says it on screen.
        let status = self.display(session, "#{pane_dead_status}");
        let screen = self.capture(session);
        assert!(status.is_empty() || status == "0", "exit status {status}");
        if let Some(at) = screen.find("Pane is dead (status ") {
            let rest = &screen[at + "Pane is dead (status ".len()..];
            assert!(rest.starts_with("0,") || rest.starts_with("0)"), "{screen}");
        }
    }

    /// After bilan exits: it left the alternate screen, gave the mouse back
    /// and showed the cursor again, and none of its screens is left visible.
    fn assert_terminal_restored(&self, session: &str) {
        assert_eq!(
            self.display(session, "#{alternate_on}"),
            "0",
            "still in the alternate screen"
        );
        assert_eq!(
            self.display(session, "#{mouse_any_flag}"),
            "0",
            "mouse capture left on"
        );
        // tmux resets its cursor flag when a pane dies, so read the bytes:
        // the last cursor command bilan wrote must be "show".
        let log = self.output_log(session);
        let start = Instant::now();
        loop {
            let bytes = std::fs::read(&log).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            let shown = text.rfind("\x1b[?25h");
            let hidden = text.rfind("\x1b[?25l");
            if shown.is_some() && shown > hidden {
                break;
            }
            if start.elapsed() > Duration::from_secs(3) {
                let tail: String = text
                    .chars()
                    .rev()
                    .take(200)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                panic!("bilan left the cursor hidden; its output ends with {tail:?}");
            }
            sleep(Duration::from_millis(20));
        }
        let screen = self.capture(session);
        for leftover in ["bilan ·", "answered", "Completeness"] {
            assert!(
                !screen.contains(leftover),
                "the TUI is still on screen ({leftover:?}):\n{screen}"
            );
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

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
fn sigterm_keeps_the_answers_and_restores_the_terminal() {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "term");

    tmux.launch(
        "term",
        dir.path(),
        &["--lang", "en", "new", "--name", "E2E Test"],
    );
    tmux.wait_screen("term", "A.3 Business Plan Development");
    for (i, digit) in ["2", "5", "0"].iter().enumerate() {
        tmux.send("term", digit);
        tmux.wait_screen("term", &format!("answered {}/{ITEMS}", i + 1));
    }

    // `env` exec'd bilan: the pane's process is bilan itself.
    let pid = tmux.display("term", "#{pane_pid}");
    assert!(pid.parse::<u32>().is_ok(), "pane pid {pid:?}");
    if cfg!(target_os = "linux") {
        let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).expect("read comm");
        assert_eq!(comm.trim(), "bilan", "the pane runs {comm:?}, not bilan");
    }
    let kill = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("run kill");
    assert!(kill.success());

    tmux.wait_exit("term");
    tmux.assert_terminal_restored("term");

    let path = saved_file(dir.path());
    assert_private(&path);
    let saved = read_json(&path);
    let scores = saved["scores"].as_object().expect("scores");
    assert_eq!(scores.len(), 3, "{scores:?}");
    assert_eq!(scores["A.3"], 2);
    assert_eq!(scores["A.4"], 5);
    assert_eq!(scores["A.7"], 0);
    // Where the walk stopped, for resume.
    assert_eq!(saved["position"], "B.1");
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
    tmux.wait_screen("self", "répondu 0/49");
    for (i, digit) in ["1", "2", "3"].iter().enumerate() {
        tmux.send("self", digit);
        tmux.wait_screen("self", &format!("répondu {}/49", i + 1));
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
        |s| s.contains("A.3") && s.contains("◆ auto : 1") && s.contains("◆1"),
    );
    tmux.send("coach", "3");
    tmux.wait_screen("coach", "◆ auto : 2");
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
    let group = tmux.wait_screen("group", "2 people");
    assert!(group.contains("Target: CM"), "{group}");
    tmux.send("group", "t");
    tmux.send("group", "t");
    // Self and coach rows, once the heatmap is fully drawn.
    let heatmap = tmux.wait_for(
        "group",
        "two heatmap rows and the legend",
        Duration::from_secs(5),
        |s| s.contains("levels short") && s.matches("Ana Martin").count() == 2,
    );
    assert!(heatmap.contains("person"), "{heatmap}");
    tmux.send("group", "q");
    tmux.wait_exit("group");
    tmux.assert_terminal_restored("group");
}
