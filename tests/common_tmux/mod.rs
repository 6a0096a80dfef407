//! A private tmux server to drive the real `bilan` binary in a real
//! terminal: start it, send keys, read the screen and the terminal's state
//! (alternate screen, mouse reporting, `stty -a`), and signal it.
//!
//! Needs `tmux` on PATH (CI installs it); without it these tests fail, on
//! purpose, rather than pass without having run.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub const BIN: &str = env!("CARGO_BIN_EXE_bilan");

/// `env … bilan ARGS` with the data and config folders in `dir`, the
/// language and colour left to the arguments.
fn bilan_command(dir: &Path, args: &[&str]) -> Vec<String> {
    let mut command: Vec<String> = ["env", "-u", "BILAN_LANG", "-u", "NO_COLOR"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    command.push(format!("BILAN_DATA_DIR={}", dir.join("data").display()));
    command.push(format!("BILAN_CONFIG_DIR={}", dir.join("config").display()));
    command.push(BIN.to_string());
    command.extend(args.iter().map(|s| s.to_string()));
    command
}

/// Sends `signal` (`TERM`, `HUP`…) to the process `pid`.
pub fn kill(signal: &str, pid: &str) {
    let status = Command::new("kill")
        .args([&format!("-{signal}"), pid])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} {pid}");
}

/// The state letters of process `pid` (`S`, `T` when stopped), empty once
/// it is gone.
pub fn process_state(pid: &str) -> String {
    let out = Command::new("ps")
        .args(["-o", "stat=", "-p", pid])
        .output()
        .expect("run ps");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Whether `stty -a` shows a cooked terminal: line editing, echo and the
/// signal keys on (raw mode turns all three off).
pub fn is_cooked(stty: &str) -> bool {
    let flags: Vec<&str> = stty
        .split(|c: char| c.is_whitespace() || c == ';')
        .collect();
    ["icanon", "echo", "isig"]
        .iter()
        .all(|flag| flags.contains(flag))
}

/// Whether `stty -a` shows raw mode (as crossterm sets it).
pub fn is_raw(stty: &str) -> bool {
    let flags: Vec<&str> = stty
        .split(|c: char| c.is_whitespace() || c == ';')
        .collect();
    ["-icanon", "-echo", "-isig"]
        .iter()
        .all(|flag| flags.contains(flag))
}

/// A private tmux server, killed when dropped (also when a test fails).
pub struct Tmux {
    socket: String,
    config: PathBuf,
}

impl Tmux {
    pub fn start(dir: &Path, name: &str) -> Tmux {
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

    pub fn run(&self, args: &[&str]) -> Output {
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

    pub fn ok(&self, args: &[&str]) -> String {
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
    pub fn launch(&self, session: &str, dir: &Path, args: &[&str]) {
        self.new_session(session, &bilan_command(dir, args));
    }

    /// Starts `bilan ARGS` as [`Tmux::launch`] does, but under `sh`, which
    /// then writes bilan's exit status and the terminal's modes (`stty -a`)
    /// where [`Tmux::exit_status`] and [`Tmux::stty_after_exit`] read them:
    /// what the user's shell would find. Bilan is the pane's process's child
    /// ([`Tmux::bilan_pid`]).
    pub fn launch_in_sh(&self, session: &str, dir: &Path, args: &[&str]) {
        self.launch_under_sh(session, dir, args, "");
    }

    /// As [`Tmux::launch_in_sh`], under a shell that outlives a hang-up
    /// (it catches SIGHUP), so bilan may see no SIGHUP when the terminal
    /// goes: it must notice by itself.
    pub fn launch_in_sh_surviving_hangup(&self, session: &str, dir: &Path, args: &[&str]) {
        self.launch_under_sh(session, dir, args, "trap 'true' HUP; ");
    }

    fn launch_under_sh(&self, session: &str, dir: &Path, args: &[&str], prelude: &str) {
        let script = format!(
            r#"{prelude}"$0" "$@"; echo $? > '{}'; stty -a > '{}' 2>&1"#,
            self.file(session, "status").display(),
            self.file(session, "stty").display(),
        );
        let mut command = vec!["sh".to_string(), "-c".to_string(), script];
        command.extend(bilan_command(dir, args));
        self.new_session(session, &command);
    }

    fn new_session(&self, session: &str, command: &[String]) {
        let mut args = vec!["new-session", "-d", "-s", session, "-x", "80", "-y", "24"];
        args.extend(command.iter().map(String::as_str));
        self.ok(&args);
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

    /// A file of this session's, beside the tmux configuration.
    pub fn file(&self, session: &str, kind: &str) -> PathBuf {
        self.config.with_file_name(format!("{session}.{kind}"))
    }

    /// The process id of bilan started by [`Tmux::launch_in_sh`].
    pub fn bilan_pid(&self, session: &str) -> String {
        let shell = self.display(session, "#{pane_pid}");
        let start = Instant::now();
        loop {
            let out = Command::new("pgrep")
                .args(["-P", &shell])
                .output()
                .expect("run pgrep (procps)");
            let pids = String::from_utf8_lossy(&out.stdout);
            if let Some(pid) = pids.split_whitespace().next() {
                if cfg!(target_os = "linux") {
                    let comm =
                        std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
                    if comm.trim() != "bilan" {
                        // Still `env`, about to exec bilan.
                        sleep(Duration::from_millis(20));
                        continue;
                    }
                }
                return pid.to_string();
            }
            if start.elapsed() > Duration::from_secs(5) {
                panic!("no bilan under the pane's shell {shell}");
            }
            sleep(Duration::from_millis(20));
        }
    }

    /// What `sh` wrote after bilan ended: its exit status.
    pub fn exit_status(&self, session: &str) -> i32 {
        let text = self.wait_file(session, "status");
        text.trim()
            .parse()
            .unwrap_or_else(|_| panic!("exit status {text:?}"))
    }

    /// What `sh` wrote after bilan ended: `stty -a` on its terminal.
    pub fn stty_after_exit(&self, session: &str) -> String {
        self.wait_file(session, "stty")
    }

    /// `stty -a` on the pane's terminal now (bilan running or stopped).
    pub fn stty_now(&self, session: &str) -> String {
        let tty = self.display(session, "#{pane_tty}");
        let input = std::fs::File::open(&tty).unwrap_or_else(|e| panic!("open {tty}: {e}"));
        let out = Command::new("stty")
            .arg("-a")
            .stdin(input)
            .output()
            .expect("run stty");
        assert!(out.status.success(), "stty -a < {tty} failed");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn wait_file(&self, session: &str, kind: &str) -> String {
        let path = self.file(session, kind);
        let start = Instant::now();
        loop {
            if let Ok(text) = std::fs::read_to_string(&path)
                && text.ends_with('\n')
            {
                return text;
            }
            if start.elapsed() > Duration::from_secs(5) {
                panic!(
                    "{} was not written; the screen shows:\n{}",
                    path.display(),
                    self.capture(session)
                );
            }
            sleep(Duration::from_millis(20));
        }
    }

    /// Waits until `format` (`#{alternate_on}`…) reads `expected`: tmux
    /// reads what the program wrote a moment after it was written.
    pub fn wait_display(&self, session: &str, format: &str, expected: &str) {
        let start = Instant::now();
        loop {
            let now = self.display(session, format);
            if now == expected {
                return;
            }
            if start.elapsed() > Duration::from_secs(3) {
                panic!(
                    "{format} is {now:?}, not {expected:?}; the screen shows:\n{}",
                    self.capture(session)
                );
            }
            sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the pane's process has exited, whatever its status.
    pub fn wait_dead(&self, session: &str) {
        let start = Instant::now();
        while self.display(session, "#{pane_dead}") != "1" {
            if start.elapsed() > Duration::from_secs(5) {
                panic!(
                    "the pane's process did not exit; the screen shows:\n{}",
                    self.capture(session)
                );
            }
            sleep(Duration::from_millis(20));
        }
    }

    pub fn output_log(&self, session: &str) -> PathBuf {
        self.file(session, "out")
    }

    pub fn capture(&self, session: &str) -> String {
        self.ok(&["capture-pane", "-p", "-t", session])
    }

    pub fn display(&self, session: &str, format: &str) -> String {
        self.ok(&["display-message", "-p", "-t", session, format])
            .trim()
            .to_string()
    }

    pub fn send(&self, session: &str, key: &str) {
        self.ok(&["send-keys", "-t", session, "-l", key]);
    }

    /// Polls the screen until `done` holds, for at most `timeout`.
    pub fn wait_for(
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

    pub fn wait_screen(&self, session: &str, text: &str) -> String {
        self.wait_for(session, &format!("{text:?}"), Duration::from_secs(5), |s| {
            s.contains(text)
        })
    }

    /// Waits until the pane's process has exited and checks it exited with 0.
    pub fn wait_exit(&self, session: &str) {
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
    pub fn assert_terminal_restored(&self, session: &str) {
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
