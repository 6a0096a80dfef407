//! Two windows on one assessment, a change by hand meanwhile, a full disk
//! under a save, and the note being typed when a signal arrives.

use super::*;

fn edit_on_disk(path: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let mut json = read_json(path);
    edit(&mut json);
    std::fs::write(path, serde_json::to_string_pretty(&json).expect("json")).expect("write");
}

#[test]
fn two_windows_one_writer_the_other_read_only_and_nothing_lost() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let path = data.join("ana-two-self.json");
    let tmux = Tmux::start(dir.path(), "two");

    launch_bilan(&tmux, "one", &data, &["new", "--name", "Ana Two"]);
    tmux.wait_screen("one", "answered 0/49");
    tmux.send("one", "2");
    tmux.wait_screen("one", "answered 1/49");
    tmux.send("one", "4");
    tmux.wait_screen("one", "answered 2/49");
    let writer = tmux.pid("one");

    // The second window on the same person: read-only, and says who writes.
    launch_bilan(&tmux, "two", &data, &["new", "--name", "Ana Two"]);
    // Waited for whole: a capture can catch a frame half drawn.
    tmux.wait_for("two", "read-only, naming the writer", |s| {
        s.contains("read-only")
            && s.contains(&format!("process {writer}"))
            && s.contains("answered 2/49")
    });
    // The lock file says the same.
    let lock = read_json(&data.join(".ana-two-self.json.lock"));
    assert_eq!(lock["pid"], writer);
    tmux.send("two", "5");
    tmux.wait_screen("two", "Read-only: nothing is changed here");
    assert_eq!(scores(&path).len(), 2);

    // The writer goes on; a hand edit meanwhile is not overwritten.
    tmux.send("one", "1");
    tmux.wait_screen("one", "answered 3/49");
    edit_on_disk(&path, |json| {
        json["scores"]["C.1"] = 4.into();
        json["notes"]["A.3"] = "added by hand".into();
    });
    tmux.send("one", "3");
    tmux.wait_screen("one", "Changed on disk");
    assert_eq!(scores(&path).len(), 4, "nothing written before the answer");
    tmux.send("one", "r");
    tmux.wait_screen("one", "Reloaded from disk");

    tmux.send("two", "q");
    assert_eq!(tmux.wait_exit("two"), 0);
    tmux.send("one", "q");
    assert_eq!(tmux.wait_exit("one"), 0);

    let saved = read_json(&path);
    let scores = saved["scores"].as_object().expect("scores");
    let expected = [("A.3", 2), ("A.4", 4), ("A.7", 1), ("B.1", 3), ("C.1", 4)];
    for (id, level) in expected {
        assert_eq!(scores.get(id), Some(&level.into()), "{id}: {scores:?}");
    }
    assert_eq!(scores.len(), expected.len(), "{scores:?}");
    assert_eq!(saved["notes"]["A.3"], "added by hand");
    assert!(
        !data.join(".ana-two-self.json.lock").exists(),
        "lock given back"
    );
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

/// Starts bilan with its data folder on a tiny disk of its own: a tmpfs
/// in a private mount namespace (root, as CI runs), else a folder that
/// becomes read-only (then `fill` takes the write permission away).
fn launch_on_small_disk(tmux: &Tmux, session: &str, data: &Path, home: &Path, name: &str) {
    std::fs::create_dir_all(data).expect("data folder");
    let bilan = bilan_command(data, home, &["new", "--name", name]);
    let mut command: Vec<String> = Vec::new();
    if is_root() {
        let probe = Command::new("unshare")
            .args(["-m", "--propagation", "private", "sh", "-c"])
            .arg("mount -t tmpfs -o size=64k tmpfs \"$0\"")
            .arg(data)
            .status();
        assert!(
            probe.is_ok_and(|s| s.success()),
            "root here cannot mount a tmpfs in a private mount namespace (unshare -m)"
        );
        command.extend(
            ["unshare", "-m", "--propagation", "private", "sh", "-c"]
                .iter()
                .map(|s| s.to_string()),
        );
        command.push("mount -t tmpfs -o size=64k,mode=0700 tmpfs \"$0\" && exec \"$@\"".into());
        command.push(data.display().to_string());
    }
    command.extend(bilan);
    let command: Vec<&str> = command.iter().map(String::as_str).collect();
    tmux.launch(session, &command);
}

/// Fills bilan's disk (seen through its own mount namespace), or takes the
/// folder's write permission away when not root.
fn fill(tmux: &Tmux, session: &str, data: &Path) {
    if !is_root() {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(data, std::fs::Permissions::from_mode(0o500)).expect("chmod");
        return;
    }
    use std::io::Write;
    let inside = PathBuf::from(format!("/proc/{}/root", tmux.pid(session)))
        .join(data.strip_prefix("/").expect("absolute"));
    let mut filler = std::fs::File::create(inside.join("filler")).expect("filler");
    let block = [b'x'; 1024];
    while filler
        .write_all(&block)
        .and_then(|()| filler.flush())
        .is_ok()
    {}
    let _ = filler.sync_all();
}

#[test]
fn a_full_disk_is_told_and_quitting_offers_a_copy_or_fails_loudly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    let tmux = Tmux::start(dir.path(), "full");

    // A copy, then a clean exit.
    let data = dir.path().join("data1");
    launch_on_small_disk(&tmux, "copy", &data, &home, "Full Disk");
    tmux.wait_screen("copy", "answered 0/49");
    tmux.send("copy", "3");
    tmux.wait_screen("copy", "answered 1/49");
    fill(&tmux, "copy", &data);
    tmux.send("copy", "5");
    let failure = if is_root() {
        "No space left on device"
    } else {
        "Permission denied"
    };
    tmux.wait_screen("copy", "cannot write");
    tmux.send("copy", "q");
    let question = tmux.wait_screen("copy", "Not saved");
    assert!(
        flat(&question).contains("The last save failed"),
        "{question}"
    );
    assert!(flat(&question).contains(failure), "{question}");
    tmux.send("copy", "c");
    let default = home.join("full-disk-self.json");
    tmux.wait_screen("copy", &default.display().to_string());
    tmux.key("copy", "Enter");
    tmux.wait_screen("copy", "A copy of the assessment was written");
    let copy = scores(&default);
    assert_eq!(
        (copy.get("A.3"), copy.get("A.4")),
        (Some(&3.into()), Some(&5.into()))
    );
    tmux.send("copy", "q");
    assert_eq!(tmux.wait_exit("copy"), 0, "the copy holds the answers");

    // Insisting: the second `q` quits, non-zero, the failure on the terminal.
    let data = dir.path().join("data2");
    launch_on_small_disk(&tmux, "insist", &data, &home, "Full Disk");
    tmux.wait_screen("insist", "answered 0/49");
    tmux.send("insist", "2");
    tmux.wait_screen("insist", "answered 1/49");
    fill(&tmux, "insist", &data);
    tmux.send("insist", "4");
    tmux.wait_screen("insist", "cannot write");
    tmux.send("insist", "q");
    tmux.wait_screen("insist", "Not saved");
    tmux.send("insist", "q");
    assert_ne!(
        tmux.wait_exit("insist"),
        0,
        "quitting with changes lost is an error"
    );
    // Wrapped lines joined back: the message is longer than a line.
    let screen = tmux.ok(&["capture-pane", "-p", "-J", "-S", "-50", "-t", "insist"]);
    assert!(
        screen.contains("the latest changes were not saved"),
        "{screen}"
    );
    assert!(screen.contains(failure), "{screen}");
}

#[test]
fn the_note_being_typed_is_saved_on_ctrl_c_sigterm_sigint_and_sighup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let tmux = Tmux::start(dir.path(), "note");
    for (i, way) in ["C-c", "TERM", "INT", "HUP"].iter().enumerate() {
        let session = format!("note{i}");
        let name = format!("Note {way}");
        launch_bilan(&tmux, &session, &data, &["new", "--name", &name]);
        tmux.wait_screen(&session, "answered 0/49");
        tmux.send(&session, "n");
        tmux.wait_screen(&session, "Note / evidence");
        let draft = format!("typed when {way} came");
        tmux.send(&session, &draft);
        tmux.wait_screen(&session, &draft);
        if *way == "C-c" {
            tmux.key(&session, "C-c");
        } else {
            let pid = tmux.pid(&session).to_string();
            let kill = Command::new("kill")
                .args([&format!("-{way}"), &pid])
                .status();
            assert!(kill.is_ok_and(|s| s.success()));
        }
        tmux.wait_exit(&session);
        let path = data.join(format!("note-{}-self.json", way.to_lowercase()));
        assert_eq!(read_json(&path)["notes"]["A.3"], draft.as_str(), "{way}");
    }
}
