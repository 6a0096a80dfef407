//! End to end in a real terminal (tmux): the note editor keeps what is
//! typed (Esc and Ctrl-C alike, several lines), and the walk's finding keys
//! work on the real binary. Needs `tmux` on PATH, as `e2e_tmux.rs`.

mod common_tmux;

use std::path::Path;

use common_tmux::Tmux;

fn read_json(path: &Path) -> serde_json::Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("the saved file is JSON")
}

#[test]
fn a_note_of_two_lines_is_kept_on_esc_and_on_ctrl_c() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("config")).expect("config dir");
    let tmux = Tmux::start(dir.path(), "walkkeys");
    let s = "note";
    tmux.launch(
        s,
        dir.path(),
        &["--lang", "en", "new", "--name", "Note Keys"],
    );
    tmux.wait_screen(s, "answered 0/49");

    // A key that does nothing says where the keys are.
    tmux.send(s, "z");
    tmux.wait_screen(s, "? lists the keys");

    // Two lines (Enter breaks the line), then Esc: kept, shown on the card.
    tmux.send(s, "n");
    tmux.wait_screen(s, "Note / evidence");
    tmux.send(s, "first line");
    tmux.ok(&["send-keys", "-t", s, "Enter"]);
    tmux.send(s, "second line");
    tmux.wait_screen(s, "second line");
    tmux.ok(&["send-keys", "-t", s, "Escape"]);
    tmux.wait_screen(s, "first line ↵ second line");

    // `/` finds E.7 and goes there.
    tmux.send(s, "/");
    tmux.wait_screen(s, "Find an item");
    tmux.send(s, "e.7");
    tmux.ok(&["send-keys", "-t", s, "Enter"]);
    tmux.wait_screen(s, "E.7 ");

    // Back to A.3's note, more typed, then Ctrl-C: kept and saved.
    tmux.send(s, "/");
    tmux.send(s, "a.3");
    tmux.ok(&["send-keys", "-t", s, "Enter"]);
    tmux.wait_screen(s, "A.3 Business Plan Development");
    tmux.send(s, "n");
    tmux.wait_screen(s, "Note / evidence");
    tmux.send(s, " and more");
    tmux.wait_screen(s, "and more");
    tmux.ok(&["send-keys", "-t", s, "C-c"]);
    tmux.wait_exit(s);
    let path = dir.path().join("data").join("note-keys-self.json");
    assert_eq!(
        read_json(&path)["notes"]["A.3"],
        "first line\nsecond line and more"
    );
}
