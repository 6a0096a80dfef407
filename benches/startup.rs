//! Launch to first frame, measured from outside in a pseudo-terminal, against
//! `dialog --infobox` on the same machine, with 0 and 1,000 saved assessments.
//! Run with `cargo bench --bench startup` (needs `dialog` for the reference).

use std::io::Read;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const RUNS: usize = 150;

/// Time from spawn until `marker` appears on the terminal.
fn time_to_marker(mut command: CommandBuilder, marker: &str) -> Option<Duration> {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .ok()?;
    command.env("TERM", "xterm-256color");
    let mut reader = pty.master.try_clone_reader().ok()?;
    let (tx, rx) = mpsc::channel();
    let needle = marker.as_bytes().to_vec();
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(command).ok()?;
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
            if seen.windows(needle.len()).any(|w| w == needle.as_slice()) {
                let _ = tx.send(Instant::now());
                break;
            }
        }
        if std::env::var_os("STARTUP_DEBUG").is_some() {
            eprintln!("{}", String::from_utf8_lossy(&seen));
        }
    });
    let seen_at = rx.recv_timeout(Duration::from_secs(5)).ok();
    let _ = child.kill();
    let _ = child.wait();
    seen_at.map(|t| t - start)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Runs each command in turn, `RUNS` rounds, so that machine noise falls on
/// all of them alike; prints and returns each one's median.
fn measure_interleaved(
    cases: &[(&str, &dyn Fn() -> CommandBuilder, &str)],
) -> Vec<Option<Duration>> {
    for (_, make, marker) in cases {
        let _ = time_to_marker(make(), marker); // warm the page cache
    }
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); cases.len()];
    for _ in 0..RUNS {
        for (i, (_, make, marker)) in cases.iter().enumerate() {
            if let Some(d) = time_to_marker(make(), marker) {
                samples[i].push(d);
            }
        }
    }
    cases
        .iter()
        .zip(samples)
        .map(|((name, _, _), samples)| {
            if samples.is_empty() {
                println!("{name:<40} not measured (did not start)");
                return None;
            }
            let n = samples.len();
            let min = samples.iter().min().copied().unwrap_or_default();
            let m = median(samples);
            println!(
                "{name:<40} median {:>6.2} ms   min {:>6.2} ms   ({n} runs)",
                ms(m),
                ms(min)
            );
            Some(m)
        })
        .collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn fill(dir: &Path, count: usize) {
    std::fs::create_dir_all(dir).expect("data dir");
    for i in 0..count {
        let text = format!(
            r#"{{"person": "Person {i}", "rater": "self", "updated": "2026-01-01T00:00:00Z", "scores": {{"A.3": 3, "E.3": 2, "se.tenacity": 4}}}}"#
        );
        std::fs::write(dir.join(format!("person-{i}-self.json")), text).expect("fixture");
    }
}

fn main() {
    let bilan = env!("CARGO_BIN_EXE_bilan");
    let root = std::env::temp_dir().join(format!("bilan-startup-{}", std::process::id()));
    let empty = root.join("empty");
    let thousand = root.join("thousand");
    fill(&empty, 0);
    fill(&thousand, 1000);
    let config = root.join("config");
    let bilan_in = |data: &Path| {
        let mut cmd = CommandBuilder::new(bilan);
        cmd.args(["--lang", "en"]);
        cmd.env("BILAN_DATA_DIR", data);
        cmd.env("BILAN_CONFIG_DIR", &config);
        cmd
    };
    println!("launch → first frame, 80×24 pseudo-terminal, runs interleaved");
    let dialog = || {
        let mut cmd = CommandBuilder::new("dialog");
        cmd.args(["--infobox", "ready-marker", "3", "20"]);
        cmd
    };
    let none = || bilan_in(&empty);
    let many = || bilan_in(&thousand);
    // The footer is the last line of the first frame; "quit" (lower case) is only there.
    let medians = measure_interleaved(&[
        ("dialog --infobox (reference)", &dialog, "ready-marker"),
        ("bilan, 0 saved assessments", &none, "quit"),
        ("bilan, 1,000 saved assessments", &many, "quit"),
    ]);
    let (dialog, none, many) = (medians[0], medians[1], medians[2]);
    if let Some(reference) = dialog {
        for (label, value) in [("0 saved", none), ("1,000 saved", many)] {
            if let Some(v) = value {
                println!("ratio to dialog ({label}): {:.2}×", ms(v) / ms(reference));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&root);
}
