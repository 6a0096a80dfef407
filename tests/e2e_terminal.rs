//! The terminal, end to end (tmux): every signal that ends bilan gives the
//! terminal back (main screen, no mouse reporting, cooked mode) with the
//! exit status 128 + the signal's number; Ctrl-Z and SIGTSTP suspend and
//! `fg` or SIGCONT comes back with everything drawn; without a terminal
//! the start screen says so, `new` runs line by line and, its input ending
//! before any answer, creates nothing; a data folder open to others is made
//! private.
//!
//! Needs `tmux` on PATH (CI installs it), `pgrep` and `ps` (procps).

mod common_tmux;

use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use common_tmux::{BIN, Tmux, is_cooked, is_raw, kill, process_state};

/// The session (and so the file) of these tests: `signal-test-self.json`.
const SESSION: &str = "sig";
const NAME: &str = "Signal Test";

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("config")).expect("config dir");
    dir
}

fn read_json(path: &Path) -> serde_json::Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("the saved file is JSON")
}

fn saved(dir: &Path) -> serde_json::Value {
    read_json(&dir.join("data").join("signal-test-self.json"))
}

/// Starts bilan under `sh` on a new assessment, rates the first item 3 and
/// returns bilan's process id.
fn started(tmux: &Tmux, dir: &Path) -> String {
    tmux.launch_in_sh(SESSION, dir, &["--lang", "en", "new", "--name", NAME]);
    tmux.wait_screen(SESSION, "A.3 Business Plan Development");
    tmux.send(SESSION, "3");
    tmux.wait_screen(SESSION, "answered 1/49");
    tmux.bilan_pid(SESSION)
}

/// Polls `done` for at most `timeout`, then fails naming `what`.
fn wait_until(what: &str, timeout: Duration, done: impl Fn() -> bool) {
    let start = Instant::now();
    while !done() {
        if start.elapsed() > timeout {
            panic!("timed out waiting for {what}");
        }
        sleep(Duration::from_millis(20));
    }
}

fn wait_stopped(pid: &str) {
    wait_until(
        &format!("process {pid} to stop"),
        Duration::from_secs(5),
        || process_state(pid).starts_with('T'),
    );
}

fn wait_running(pid: &str) {
    wait_until(
        &format!("process {pid} to run again"),
        Duration::from_secs(5),
        || {
            let state = process_state(pid);
            !state.is_empty() && !state.starts_with('T')
        },
    );
}

/// After `signal`, bilan saved, gave the terminal back and exited `code`.
fn ends_cleanly(signal: &str, code: i32) {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), &signal.to_lowercase());
    let pid = started(&tmux, dir.path());

    kill(signal, &pid);
    tmux.wait_dead(SESSION);
    assert_eq!(
        tmux.exit_status(SESSION),
        code,
        "exit status after SIG{signal}"
    );
    let stty = tmux.stty_after_exit(SESSION);
    assert!(
        is_cooked(&stty),
        "SIG{signal} left the terminal in raw mode:\n{stty}"
    );
    tmux.assert_terminal_restored(SESSION);
    assert_eq!(saved(dir.path())["scores"]["A.3"], 3, "after SIG{signal}");
}

#[test]
fn sighup_with_the_terminal_still_there_restores_it_and_exits_129() {
    // `kill -HUP`, or tmux respawning the pane: the terminal lives on, and
    // the shell prompt must not land in the alternate screen.
    ends_cleanly("HUP", 129);
}

#[test]
fn sigquit_restores_the_terminal_and_exits_131() {
    ends_cleanly("QUIT", 131);
}

#[test]
fn sigint_restores_the_terminal_and_exits_130() {
    ends_cleanly("INT", 130);
}

#[test]
fn sigusr1_sigusr2_and_sigalrm_restore_the_terminal_and_exit_128_plus_n() {
    ends_cleanly("USR1", 138);
    ends_cleanly("USR2", 140);
    ends_cleanly("ALRM", 142);
}

#[test]
fn sigterm_keeps_the_answers_restores_the_terminal_and_exits_143() {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "term");
    let pid = started(&tmux, dir.path());
    for (i, digit) in ["5", "0"].iter().enumerate() {
        tmux.send(SESSION, digit);
        tmux.wait_screen(SESSION, &format!("answered {}/49", i + 2));
    }

    kill("TERM", &pid);
    tmux.wait_dead(SESSION);
    assert_eq!(tmux.exit_status(SESSION), 143);
    let stty = tmux.stty_after_exit(SESSION);
    assert!(is_cooked(&stty), "{stty}");
    tmux.assert_terminal_restored(SESSION);

    let saved = saved(dir.path());
    let scores = saved["scores"].as_object().expect("scores");
    assert_eq!(scores.len(), 3, "{scores:?}");
    assert_eq!(scores["A.3"], 3);
    assert_eq!(scores["A.4"], 5);
    assert_eq!(scores["A.7"], 0);
    // Where the walk stopped, for resume.
    assert_eq!(saved["position"], "B.1");
}

#[test]
fn ctrl_c_as_a_key_still_quits_with_status_0() {
    // In raw mode Ctrl-C is a key, not SIGINT: it quits, everything saved.
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "ctrlc");
    started(&tmux, dir.path());
    tmux.ok(&["send-keys", "-t", SESSION, "C-c"]);
    tmux.wait_dead(SESSION);
    assert_eq!(tmux.exit_status(SESSION), 0);
    assert!(is_cooked(&tmux.stty_after_exit(SESSION)));
    tmux.assert_terminal_restored(SESSION);
}

#[test]
fn sighup_when_the_terminal_closes_ends_at_once_and_keeps_the_answers() {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "hangup");
    let pid = started(&tmux, dir.path());
    // Closing the pane hangs the terminal up: writes to it fail from now on.
    tmux.ok(&["kill-pane", "-t", SESSION]);
    wait_until("bilan to end", Duration::from_secs(3), || {
        let state = process_state(&pid);
        state.is_empty() || state.starts_with('Z')
    });
    assert_eq!(saved(dir.path())["scores"]["A.3"], 3);
}

#[test]
fn a_hung_up_terminal_ends_bilan_even_without_sighup() {
    // The shell keeps the hang-up to itself: bilan must see that its
    // terminal is gone (and not spin on it for ever), save and end.
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "nohup");
    tmux.launch_in_sh_surviving_hangup(
        SESSION,
        dir.path(),
        &["--lang", "en", "new", "--name", NAME],
    );
    tmux.wait_screen(SESSION, "A.3 Business Plan Development");
    tmux.send(SESSION, "3");
    tmux.wait_screen(SESSION, "answered 1/49");
    let pid = tmux.bilan_pid(SESSION);
    tmux.ok(&["kill-pane", "-t", SESSION]);
    wait_until("bilan to end", Duration::from_secs(3), || {
        let state = process_state(&pid);
        state.is_empty() || state.starts_with('Z')
    });
    assert_eq!(tmux.exit_status(SESSION), 129);
    assert_eq!(saved(dir.path())["scores"]["A.3"], 3);
}

#[test]
fn sigtstp_suspends_and_sigcont_takes_the_terminal_back() {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "tstp");
    let pid = started(&tmux, dir.path());

    kill("TSTP", &pid);
    wait_stopped(&pid);
    // Stopped with the terminal given back.
    tmux.wait_display(SESSION, "#{alternate_on}", "0");
    tmux.wait_display(SESSION, "#{mouse_any_flag}", "0");
    let stty = tmux.stty_now(SESSION);
    assert!(is_cooked(&stty), "suspended in raw mode:\n{stty}");

    kill("CONT", &pid);
    wait_running(&pid);
    // Raw mode, the alternate screen and the mouse again, and the whole
    // screen drawn (not just what changed).
    tmux.wait_for(
        SESSION,
        "the walk drawn again",
        Duration::from_secs(5),
        |s| s.contains("answered 1/49") && s.contains("A.4"),
    );
    tmux.wait_display(SESSION, "#{alternate_on}", "1");
    tmux.wait_display(SESSION, "#{mouse_any_flag}", "1");
    let stty = tmux.stty_now(SESSION);
    assert!(is_raw(&stty), "resumed in cooked mode:\n{stty}");
    // And keys work.
    tmux.send(SESSION, "4");
    tmux.wait_screen(SESSION, "answered 2/49");
    tmux.send(SESSION, "q");
    tmux.wait_dead(SESSION);
    assert_eq!(tmux.exit_status(SESSION), 0);
    assert!(is_cooked(&tmux.stty_after_exit(SESSION)));
    tmux.assert_terminal_restored(SESSION);
    assert_eq!(saved(dir.path())["scores"]["A.4"], 4);
}

#[test]
fn sigcont_after_a_stop_from_outside_draws_everything_again() {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "cont");
    let pid = started(&tmux, dir.path());

    // SIGSTOP cannot be seen; meanwhile something else writes on the screen.
    kill("STOP", &pid);
    wait_stopped(&pid);
    let tty = tmux.display(SESSION, "#{pane_tty}");
    std::fs::write(&tty, "\x1b[2J\x1b[HSCRIBBLE").expect("write to the pane");
    tmux.wait_screen(SESSION, "SCRIBBLE");

    kill("CONT", &pid);
    tmux.wait_for(
        SESSION,
        "the walk drawn again",
        Duration::from_secs(5),
        |s| !s.contains("SCRIBBLE") && s.contains("answered 1/49") && s.contains("A.4"),
    );
    tmux.send(SESSION, "q");
    tmux.wait_dead(SESSION);
    assert_eq!(tmux.exit_status(SESSION), 0);
    tmux.assert_terminal_restored(SESSION);
}

#[test]
fn ctrl_z_in_a_shell_suspends_and_fg_comes_back() {
    let dir = setup();
    let tmux = Tmux::start(dir.path(), "ctrlz");
    // An interactive shell with job control, as the user has.
    tmux.ok(&[
        "new-session",
        "-d",
        "-s",
        SESSION,
        "-x",
        "80",
        "-y",
        "24",
        "env",
        "-i",
        "PATH=/usr/bin:/bin",
        "TERM=screen",
        "PS1=PROMPT$ ",
        "bash",
        "--norc",
        "--noprofile",
        "-i",
    ]);
    tmux.wait_screen(SESSION, "PROMPT$");
    let line = format!(
        "BILAN_DATA_DIR='{}' BILAN_CONFIG_DIR='{}' '{BIN}' --lang en new --name '{NAME}'",
        dir.path().join("data").display(),
        dir.path().join("config").display(),
    );
    tmux.send(SESSION, &line);
    tmux.ok(&["send-keys", "-t", SESSION, "Enter"]);
    tmux.wait_screen(SESSION, "A.3 Business Plan Development");
    tmux.send(SESSION, "3");
    tmux.wait_screen(SESSION, "answered 1/49");
    let pid = tmux.bilan_pid(SESSION);

    tmux.ok(&["send-keys", "-t", SESSION, "C-z"]);
    wait_stopped(&pid);
    tmux.wait_display(SESSION, "#{alternate_on}", "0");
    tmux.wait_display(SESSION, "#{mouse_any_flag}", "0");
    // The shell has the terminal: its prompt, outside the TUI.
    tmux.wait_for(SESSION, "the shell's prompt", Duration::from_secs(5), |s| {
        s.lines()
            .last_non_empty()
            .is_some_and(|l| l.starts_with("PROMPT$"))
            && !s.contains("answered 1/49")
    });

    tmux.send(SESSION, "fg");
    tmux.ok(&["send-keys", "-t", SESSION, "Enter"]);
    tmux.wait_for(
        SESSION,
        "the walk drawn again",
        Duration::from_secs(5),
        |s| s.contains("answered 1/49") && s.contains("A.4"),
    );
    tmux.wait_display(SESSION, "#{alternate_on}", "1");
    tmux.wait_display(SESSION, "#{mouse_any_flag}", "1");
    tmux.send(SESSION, "5");
    tmux.wait_screen(SESSION, "answered 2/49");
    tmux.send(SESSION, "q");
    wait_until("bilan to end", Duration::from_secs(5), || {
        process_state(&pid).is_empty()
    });
    tmux.wait_screen(SESSION, "PROMPT$");
    tmux.wait_display(SESSION, "#{alternate_on}", "0");
    tmux.wait_display(SESSION, "#{mouse_any_flag}", "0");
    assert_eq!(saved(dir.path())["scores"]["A.4"], 5);
}

trait LastNonEmpty<'a> {
    fn last_non_empty(self) -> Option<&'a str>;
}

impl<'a, I: DoubleEndedIterator<Item = &'a str>> LastNonEmpty<'a> for I {
    fn last_non_empty(mut self) -> Option<&'a str> {
        self.rfind(|l| !l.trim().is_empty())
    }
}

#[test]
fn a_terminating_signal_ends_bilan_even_when_its_loop_is_stuck() {
    // A custom profile that is a FIFO nobody writes to: reading it never
    // ends (unless bilan refuses such files, which makes this an ordinary
    // SIGTERM). The signal path must still give the terminal back and end
    // the process, taking no lock the stuck thread holds.
    let dir = setup();
    let fifo = dir.path().join("config").join("stuck.json");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let tmux = Tmux::start(dir.path(), "stuck");
    tmux.launch_in_sh(SESSION, dir.path(), &["--lang", "en"]);
    tmux.wait_screen(SESSION, "New assessment");
    let pid = tmux.bilan_pid(SESSION);

    kill("TERM", &pid);
    tmux.wait_dead(SESSION);
    assert_eq!(tmux.exit_status(SESSION), 143);
    let stty = tmux.stty_after_exit(SESSION);
    assert!(is_cooked(&stty), "{stty}");
    tmux.assert_terminal_restored(SESSION);
}

/// Runs bilan with no terminal at all: input from /dev/null, output to pipes.
fn without_terminal(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .env("BILAN_DATA_DIR", dir.join("data"))
        .env("BILAN_CONFIG_DIR", dir.join("config"))
        .env_remove("BILAN_LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run bilan")
}

/// No escape sequence, no control byte but the line feed and the tab.
fn assert_plain_bytes(bytes: &[u8], what: &str) {
    assert!(
        !bytes
            .iter()
            .any(|b| *b == 0x1b || (*b < 0x20 && *b != b'\n' && *b != b'\t')),
        "{what}: a control byte in {:?}",
        String::from_utf8_lossy(bytes)
    );
}

#[test]
fn without_a_terminal_bilan_says_so_and_creates_nothing() {
    let dir = setup();
    for (lang, screens, plain) in [
        (
            "en",
            [
                "need a terminal",
                "Nothing was created",
                "bilan match",
                "--plain",
            ],
            [
                "question 1 of 49",
                "End of input before any answer: nothing was created.",
            ],
        ),
        (
            "fr",
            [
                "demandent un terminal",
                "Rien n'a été créé",
                "bilan match",
                "--plain",
            ],
            [
                "question 1 sur 49",
                "Fin de l'entrée avant toute réponse\u{a0}: rien n'a été créé.",
            ],
        ),
    ] {
        // The start screen needs a terminal: said, and what works without.
        let args = ["--lang", lang];
        let out = without_terminal(dir.path(), &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?}: {stderr}");
        for word in screens {
            assert!(
                stderr.contains(word),
                "{args:?}: {word:?} missing from {stderr}"
            );
        }
        assert!(out.stdout.is_empty(), "{args:?} wrote on stdout");
        // `new` runs line by line (issue 14): the first question in plain
        // text, then, the input ending before any answer, nothing created.
        let args = ["--lang", lang, "new", "--name", "Ana"];
        let out = without_terminal(dir.path(), &args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?}: {stderr}");
        assert!(stdout.contains(plain[0]), "{args:?}: {stdout}");
        assert!(stderr.contains(plain[1]), "{args:?}: {stderr}");
        assert_plain_bytes(&out.stdout, "stdout");
        assert_plain_bytes(&out.stderr, "stderr");
        assert!(
            !dir.path().join("data").exists(),
            "{args:?} created the data folder"
        );
    }
    // The commands that need no terminal still work.
    let out = without_terminal(dir.path(), &["--lang", "en", "profiles", "list"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Chief Networking Officer"));
}

#[cfg(unix)]
#[test]
fn a_data_folder_open_to_others_is_made_private_with_a_notice() {
    use std::os::unix::fs::PermissionsExt;
    let dir = setup();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("data dir");
    let mode = |path: &Path| {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o7777
    };
    let tmux = Tmux::start(dir.path(), "folder");
    for (lang, notice) in [
        ("en", "Data folder made private (mode 0777 → 0700)"),
        ("fr", "Dossier des données rendu privé (mode 0777 → 0700)"),
    ] {
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        let session = format!("folder-{lang}");
        tmux.launch(&session, dir.path(), &["--lang", lang]);
        tmux.wait_screen(&session, notice);
        assert_eq!(mode(&data), 0o700, "{lang}");
        tmux.send(&session, "q");
        tmux.wait_exit(&session);
    }
}
