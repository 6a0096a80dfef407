//! kill -9 during autosaves: each save writes a temp file, syncs it and
//! renames it over the assessment, so a kill at any moment leaves the old
//! file or the new one, never a half-written one; whatever the screen showed
//! as answered was saved before it was drawn; and the temp file a kill
//! leaves is removed by the next start.

use super::*;

/// At least 100 (the bar), with a margin.
const KILLS: usize = 110;
/// A person's file gets this many answers before the next person starts
/// (the walk turns into the overview after the 49th).
const PER_PERSON: usize = 40;

/// The level typed for item `j`: varied, and checkable afterwards.
fn level(j: usize) -> u64 {
    ((j * 5 + 2) % 6) as u64
}

/// A small generator (xorshift), seeded from the clock: random moments
/// that differ from run to run; the seed is printed to replay one.
struct Random(u64);

impl Random {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below.max(1)
    }
}

/// "answered N/49 (P %)" read from a screen whose figures agree (a capture
/// can catch a frame half drawn).
fn shown_answered(tmux: &Tmux, session: &str) -> Option<usize> {
    for _ in 0..3 {
        let screen = tmux.capture(session);
        if let Some(n) = answered(&screen) {
            // As the walk shows it: rounded once, by the l10n percent.
            let percent = format!(
                "({})",
                bilan_report::l10n::percent(n as f64 / 49.0 * 100.0, bilan_core::Lang::En)
            );
            if screen.contains(&format!("answered {n}/49 {percent}")) {
                return Some(n);
            }
        }
        sleep(Duration::from_millis(2));
    }
    None
}

#[test]
fn kill_9_at_random_moments_during_autosaves_loses_nothing_shown_as_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let tmux = Tmux::start(dir.path(), "kill");
    let ids = item_ids();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    eprintln!("kill -9 test: seed {seed}");
    let mut random = Random(seed);
    let started = Instant::now();
    let (mut person, mut on_disk) = (0, 0);
    let (mut temps_left, mut mid_save) = (0, 0);
    for round in 0..KILLS {
        let name = format!("Kill Test {person}");
        let path = data.join(format!("kill-test-{person}-self.json"));
        let session = format!("k{round}");
        launch_bilan(&tmux, &session, &data, &["new", "--name", &name]);
        tmux.wait_for(&session, "the walk", |s| answered(s).is_some());
        let pid = tmux.pid(&session);
        let shown = shown_answered(&tmux, &session).expect("the walk's count");
        assert_eq!(
            shown, on_disk,
            "round {round}: reopened with what the file holds"
        );
        // Its start removed every temp file the killed ones left.
        let stale: Vec<_> = temp_files(&data)
            .into_iter()
            .filter(|(_, writer)| *writer != pid)
            .collect();
        assert!(
            stale.is_empty(),
            "round {round}: left after a start: {stale:?}"
        );

        // A burst of answers, each saved as it is typed, and a kill at a
        // random moment in it.
        let burst = (3 + random.next(6) as usize).min(PER_PERSON - shown);
        let keys: String = (shown..shown + burst)
            .map(|j| char::from(b'0' + level(j) as u8))
            .collect();
        tmux.send(&session, &keys);
        sleep(Duration::from_micros(random.next(30_000)));
        let seen = shown_answered(&tmux, &session).unwrap_or(shown);
        let kill = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .expect("kill");
        assert!(kill.success());
        assert_eq!(tmux.wait_exit(&session), 128 + 9, "killed by SIGKILL");
        let _ = tmux.run(&["kill-session", "-t", &session]);
        if seen < shown + burst {
            mid_save += 1;
        }
        temps_left += temp_files(&data).len();

        // The file parses, and holds every answer the screen showed.
        let saved = scores(&path);
        assert!(
            saved.len() >= seen,
            "round {round}: the screen showed {seen} answered, the file has {}",
            saved.len()
        );
        assert!(saved.len() <= shown + burst);
        for (j, id) in ids.iter().enumerate().take(saved.len()) {
            assert_eq!(
                saved.get(id).and_then(serde_json::Value::as_u64),
                Some(level(j)),
                "round {round}: {id} in {}",
                path.display()
            );
        }
        on_disk = saved.len();
        if on_disk >= PER_PERSON {
            person += 1;
            on_disk = 0;
        }
    }

    // One more start: no temp file remains, and it quits cleanly.
    launch_bilan(&tmux, "last", &data, &["new", "--name", "Kill Test 0"]);
    tmux.wait_for("last", "the walk", |s| answered(s).is_some());
    let pid = tmux.pid("last");
    assert!(
        temp_files(&data).iter().all(|(_, writer)| *writer == pid),
        "{:?}",
        temp_files(&data)
    );
    tmux.send("last", "q");
    assert_eq!(tmux.wait_exit("last"), 0);
    assert!(temp_files(&data).is_empty(), "{:?}", temp_files(&data));
    let mut files = 0;
    for entry in std::fs::read_dir(&data).expect("data folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "json") {
            read_json(&path);
            files += 1;
        }
    }
    assert_eq!(files, person + 1);
    let took = started.elapsed();
    eprintln!(
        "kill -9 test: {KILLS} SIGKILLs in {took:.1?} ({mid_save} during a burst of saves), \
         {temps_left} temp files left by kills, none after the next start; {files} files parse"
    );
}
