//! Nothing lost, end to end (issue 13): the real `bilan` binary in real
//! terminals (tmux), checked on disk. Two windows on one assessment; a full
//! disk under a save; the note being typed when a signal arrives; and a
//! kill -9 fault injection: at least 100 SIGKILLs at random moments during
//! autosaves, after which every file parses, no answer the screen showed as
//! saved is missing, and no temp file is left once bilan starts again.
//!
//! Needs `tmux` (CI installs it); without it these tests fail rather than
//! pass without having run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BIN: &str = env!("CARGO_BIN_EXE_bilan");

/// A private tmux server, killed when dropped.
struct Tmux {
    socket: String,
    config: PathBuf,
}

impl Tmux {
    fn start(dir: &Path, name: &str) -> Tmux {
        let version = Command::new("tmux").arg("-V").output();
        assert!(
            version.is_ok_and(|out| out.status.success()),
            "these tests need tmux on PATH (apt-get install tmux; CI does)"
        );
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let socket = format!(
            "bilan-safety-{name}-{}-{nanos}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let config = dir.join(format!("tmux-{name}.conf"));
        std::fs::write(
            &config,
            "set-option -g default-size 80x24\n\
             set-option -wg remain-on-exit on\n\
             set-option -g status off\n\
             set-option -g exit-empty off\n",
        )
        .expect("write tmux.conf");
        Tmux { socket, config }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-u", "-L", &self.socket, "-f"])
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

    /// Runs `command` in a new 80×24 session, through a shell that writes
    /// its exit status to a file once it ends (tmux's own record of it is
    /// not reliable in every version).
    fn launch(&self, session: &str, command: &[&str]) {
        let status = self.status_file(session);
        let _ = std::fs::remove_file(&status);
        let status = status.display().to_string();
        let mut args = vec!["new-session", "-d", "-s", session, "-x", "80", "-y", "24"];
        args.extend_from_slice(&["sh", "-c", "\"$@\"; echo $? > \"$0\"", &status]);
        args.extend_from_slice(command);
        self.ok(&args);
    }

    fn status_file(&self, session: &str) -> PathBuf {
        self.config.with_file_name(format!("{session}.status"))
    }

    fn capture(&self, session: &str) -> String {
        self.ok(&["capture-pane", "-p", "-t", session])
    }

    fn display(&self, session: &str, format: &str) -> String {
        self.ok(&["display-message", "-p", "-t", session, format])
            .trim()
            .to_string()
    }

    fn send(&self, session: &str, keys: &str) {
        self.ok(&["send-keys", "-t", session, "-l", keys]);
    }

    fn key(&self, session: &str, key: &str) {
        self.ok(&["send-keys", "-t", session, key]);
    }

    /// The bilan process running in the pane (below the shell, `unshare`).
    fn pid(&self, session: &str) -> u32 {
        let pane: u32 = self
            .display(session, "#{pane_pid}")
            .parse()
            .expect("pane pid");
        let start = Instant::now();
        loop {
            let mut stack = vec![pane];
            while let Some(pid) = stack.pop() {
                let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
                if comm.trim() == "bilan" {
                    return pid;
                }
                let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
                    .unwrap_or_default();
                stack.extend(
                    children
                        .split_whitespace()
                        .filter_map(|c| c.parse::<u32>().ok()),
                );
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "no bilan under pane {pane}"
            );
            sleep(Duration::from_millis(10));
        }
    }

    fn wait_for(&self, session: &str, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture(session);
            if done(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("timed out waiting for {what}; the screen shows:\n{screen}");
            }
            sleep(Duration::from_millis(15));
        }
    }

    fn wait_screen(&self, session: &str, text: &str) -> String {
        self.wait_for(session, &format!("{text:?}"), |s| {
            flat(s).contains(text) || s.contains(text)
        })
    }

    /// Waits for bilan to end; its exit status (128 + N for signal N).
    fn wait_exit(&self, session: &str) -> i32 {
        let start = Instant::now();
        let file = self.status_file(session);
        loop {
            if let Ok(text) = std::fs::read_to_string(&file)
                && let Ok(code) = text.trim().parse()
            {
                return code;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "bilan did not exit:\n{}",
                self.capture(session)
            );
            sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// The screen with its lines joined, for sentences the panels wrap.
fn flat(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim_matches(|c: char| c == '│' || c.is_whitespace()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `env … bilan --lang en ARGS` with data in `data`, home in `home`.
fn bilan_command(data: &Path, home: &Path, args: &[&str]) -> Vec<String> {
    let mut command = vec![
        "env".to_string(),
        "-u".into(),
        "BILAN_LANG".into(),
        format!("BILAN_DATA_DIR={}", data.display()),
        format!("BILAN_CONFIG_DIR={}", data.join(".config").display()),
        format!("HOME={}", home.display()),
        BIN.to_string(),
        "--lang".into(),
        "en".into(),
    ];
    command.extend(args.iter().map(|a| a.to_string()));
    command
}

fn launch_bilan(tmux: &Tmux, session: &str, data: &Path, args: &[&str]) {
    let command = bilan_command(data, data, args);
    let command: Vec<&str> = command.iter().map(String::as_str).collect();
    tmux.launch(session, &command);
}

fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()))
}

fn scores(path: &Path) -> serde_json::Map<String, serde_json::Value> {
    read_json(path)["scores"]
        .as_object()
        .cloned()
        .unwrap_or_default()
}

/// The catalogue's item ids, in walk order.
fn item_ids() -> Vec<String> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/framework.json"),
    )
    .expect("framework.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("framework parses");
    json["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_string())
        .collect()
}

/// "answered N/49" on the walk's screen.
fn answered(screen: &str) -> Option<usize> {
    let at = screen.find("answered ")?;
    let rest = &screen[at + "answered ".len()..];
    rest.split('/').next()?.trim().parse().ok()
}

/// The hidden temp files of `dir` (`.NAME.PID.N.tmp`), with their writer.
fn temp_files(dir: &Path) -> Vec<(String, u32)> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with('.') && n.ends_with(".tmp"))
                .map(|n| {
                    let pid = n
                        .rsplit('.')
                        .nth(2)
                        .and_then(|p| p.parse().ok())
                        .unwrap_or(0);
                    (n, pid)
                })
                .collect()
        })
        .unwrap_or_default()
}

#[path = "e2e_safety/kill.rs"]
mod kill;
#[path = "e2e_safety/windows.rs"]
mod windows;
