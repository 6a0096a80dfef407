//! Nothing lost (issue 13, "Data loss"): one writer per assessment, a file
//! changed or deleted on disk behind a window's back, quitting after a failed
//! save, the note being typed, links, unreadable files and stale temp files.
//! The TUI's `update` is driven with actions and its effects performed by the
//! real `Io` against a temporary folder, two windows being two `App`/`Io`
//! pairs; the end-to-end versions (tmux, kill -9, a full disk) are in
//! `e2e_safety.rs`.

mod common_tui;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use bilan::tui::Io;
use bilan::tui::app::{Action, App, Effect, Outcome, Overlay, apply, update};
use bilan::tui::text_input::Edit;
use bilan_core::{Lang, Rater};

use common_tui::{app, draw};

/// A window: the state and the loop's I/O, on the data folder `dir`.
struct Window {
    app: App,
    io: Io,
}

impl Window {
    fn new(dir: &Path, lang: Lang) -> Window {
        Window {
            app: app(lang),
            io: Io::new(dir.to_path_buf()),
        }
    }

    /// `bilan new --name NAME` in this window.
    fn create(dir: &Path, name: &str) -> Window {
        let mut window = Window::new(dir, Lang::En);
        window.perform(vec![Effect::Create {
            name: name.into(),
            rater: Rater::SelfRated,
            coach: None,
        }]);
        window
    }

    fn perform(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            self.io.perform(&mut self.app, effect);
        }
    }

    /// Acts as the loop does: update, then perform every effect.
    fn act(&mut self, actions: &[Action]) {
        for action in actions {
            let effects = update(&mut self.app, *action);
            self.perform(effects);
        }
    }

    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.act(&[Action::Edit(Edit::Insert(c))]);
        }
    }

    fn status(&self) -> String {
        self.app
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default()
    }

    fn score(&self, id: &str) -> Option<u8> {
        self.app
            .place
            .session()
            .and_then(|s| s.assessment.score(id))
    }

    fn path(&self) -> PathBuf {
        self.app.place.session().expect("a session").path.clone()
    }

    fn screen(&self) -> String {
        draw(&self.app, 80, 24)
    }
}

fn on_disk(path: &Path) -> bilan_core::Assessment {
    bilan_core::store::load_assessment(path).expect("the file reads")
}

/// Edits the saved file as a person would in an editor.
fn hand_edit(path: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    edit(&mut json);
    fs::write(path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
}

#[test]
fn a_second_window_opens_read_only_says_who_writes_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = Window::create(dir.path(), "Ana");
    first.act(&[Action::Rate(2)]);
    let path = first.path();
    assert_eq!(on_disk(&path).score("A.3"), Some(2));

    // The same person in a second window (a second terminal, a coach).
    let mut second = Window::create(dir.path(), "Ana");
    let screen = second.screen();
    assert!(screen.contains("read-only"), "{screen}");
    let pid = std::process::id().to_string();
    assert!(
        screen.contains(&format!("process {pid}")),
        "names who writes:\n{screen}"
    );
    assert_eq!(second.score("A.3"), Some(2), "it shows the saved answers");
    // Rating, clearing and notes are refused, and said so.
    second.act(&[Action::Overview, Action::Back, Action::Rate(5)]);
    assert!(
        second.status().starts_with("Read-only"),
        "{}",
        second.status()
    );
    second.act(&[Action::ClearScore, Action::EditNote]);
    assert_eq!(second.app.overlay, None);
    assert_eq!(on_disk(&path).score("A.3"), Some(2));

    // The writer goes on; quitting the reader writes nothing.
    first.act(&[Action::Rate(4), Action::Rate(1)]);
    second.act(&[Action::Quit]);
    assert!(second.io.finish(&mut second.app).is_ok());
    let saved = on_disk(&path);
    assert_eq!(
        [saved.score("A.3"), saved.score("A.4"), saved.score("A.7")],
        [Some(2), Some(4), Some(1)],
        "nothing the writer saved is lost"
    );

    // Once the first window is closed, the next one writes.
    first.act(&[Action::Quit]);
    assert!(first.io.finish(&mut first.app).is_ok());
    assert!(!bilan_core::store::lock_path(&path).exists());
    let mut third = Window::create(dir.path(), "ana");
    assert!(!third.screen().contains("read-only"));
    let before = on_disk(&path);
    third.act(&[Action::Rate(3)]);
    assert_ne!(on_disk(&path), before, "the third window writes");
}

#[test]
fn the_read_only_notice_is_in_french_too() {
    let dir = tempfile::tempdir().unwrap();
    let _writer = Window::create(dir.path(), "Léa");
    let mut reader = Window::new(dir.path(), Lang::Fr);
    reader.perform(vec![Effect::Create {
        name: "Léa".into(),
        rater: Rater::SelfRated,
        coach: None,
    }]);
    let screen = reader.screen();
    assert!(screen.contains("lecture seule"), "{screen}");
    assert!(
        screen.contains("Lecture seule\u{a0}: une autre fenêtre écrit ce bilan"),
        "{screen}"
    );
}

#[test]
fn a_change_on_disk_is_asked_about_and_reloading_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let mut window = Window::create(dir.path(), "Ana");
    window.act(&[Action::Rate(2)]);
    let path = window.path();

    // By hand, meanwhile: A.3 changed, B.3 rated, a note.
    hand_edit(&path, |json| {
        json["scores"]["A.3"] = 1.into();
        json["scores"]["B.3"] = 4.into();
        json["notes"]["A.3"] = "seen in the 2024 project".into();
    });
    // The next rating in the window does not overwrite it: it asks.
    window.act(&[Action::Rate(3)]);
    assert_eq!(window.app.overlay, Some(Overlay::Conflict));
    let screen = window.screen();
    assert!(screen.contains("Changed on disk"), "{screen}");
    assert_eq!(on_disk(&path).score("A.4"), None, "nothing written yet");
    assert_eq!(on_disk(&path).score("B.3"), Some(4));

    // Reload: the hand edit, with this window's change on top.
    window.act(&[Action::Reload]);
    assert_eq!(window.app.overlay, None);
    let saved = on_disk(&path);
    assert_eq!(
        saved.score("A.3"),
        Some(1),
        "the hand edit where I changed nothing"
    );
    assert_eq!(saved.score("A.4"), Some(3), "my change on top");
    assert_eq!(saved.score("B.3"), Some(4));
    assert_eq!(saved.note("A.3"), Some("seen in the 2024 project"));
    assert_eq!(window.score("B.3"), Some(4), "the window shows it too");

    // Again, and this time keep mine: the file gets the window's version.
    hand_edit(&path, |json| json["scores"]["B.3"] = 0.into());
    window.act(&[Action::Rate(5)]);
    assert_eq!(window.app.overlay, Some(Overlay::Conflict));
    window.act(&[Action::KeepMine]);
    let saved = on_disk(&path);
    assert_eq!(saved.score("B.3"), Some(4), "overwritten, as asked");
    assert_eq!(saved.score("A.7"), Some(5));
    // And a save with nothing changed on disk asks nothing.
    window.act(&[Action::Rate(1)]);
    assert_eq!(window.app.overlay, None);
    assert!(window.io.finish(&mut window.app).is_ok());
}

#[test]
fn a_file_made_unreadable_on_disk_is_not_overwritten_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut window = Window::create(dir.path(), "Ana");
    window.act(&[Action::Rate(2)]);
    let path = window.path();
    fs::write(
        &path,
        "{\"person\": \"Ana\", \"rater\": \"self\", \"scores\": {,}}",
    )
    .unwrap();
    window.act(&[Action::Rate(3)]);
    let screen = window
        .screen()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(screen.contains("cannot be read"), "{screen}");
    // No reload of a file that does not read; not now keeps it as it is.
    window.act(&[Action::Reload]);
    assert_eq!(window.app.overlay, Some(Overlay::Conflict));
    window.act(&[Action::Back]);
    assert!(
        window.status().starts_with("Not saved"),
        "{}",
        window.status()
    );
    assert!(fs::read_to_string(&path).unwrap().contains("{,}"));
}

#[test]
fn a_file_deleted_on_disk_is_not_written_again_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut window = Window::create(dir.path(), "Ana");
    window.act(&[Action::Rate(2)]);
    let path = window.path();
    fs::remove_file(&path).unwrap();

    window.act(&[Action::Rate(3)]);
    assert_eq!(window.app.overlay, Some(Overlay::Conflict));
    assert!(window.screen().contains("Deleted on disk"));
    assert!(!path.exists(), "not recreated behind the user's back");
    window.act(&[Action::KeepMine]);
    assert!(
        !path.exists(),
        "`k` answers a changed file, not a deleted one"
    );
    window.act(&[Action::Back]);
    assert!(!path.exists());
    assert!(window.status().contains("deleted"), "{}", window.status());

    // Quitting now asks (the answers exist only in the window) …
    window.act(&[Action::Quit]);
    assert_eq!(window.app.overlay, Some(Overlay::QuitUnsaved));
    assert!(!window.app.quitting);
    window.act(&[Action::Back]);
    // … and the next change asks again; `w` writes it again, whole.
    window.act(&[Action::Rate(4)]);
    assert_eq!(window.app.overlay, Some(Overlay::Conflict));
    window.act(&[Action::WriteAgain]);
    let saved = on_disk(&path);
    assert_eq!(
        [saved.score("A.3"), saved.score("A.4"), saved.score("A.7")],
        [Some(2), Some(3), Some(4)]
    );
    window.act(&[Action::Quit]);
    assert!(window.app.quitting);
    assert!(window.io.finish(&mut window.app).is_ok());
}

#[test]
fn quitting_after_a_failed_save_asks_once_offers_a_copy_then_exits_with_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut window = Window::create(dir.path(), "Ana");
    window.act(&[Action::Rate(2)]);
    // The storage layer fails the next save (a full disk), as the loop
    // would report it.
    window.act(&[Action::Rate(4)]);
    apply(
        &mut window.app,
        Outcome::SaveFailed(
            "ana-self.json: cannot write: No space left on device (os error 28).".into(),
        ),
    );
    assert!(window.status().contains("No space left"));

    // `q`: not gone; the question names the failure.
    let effects = update(&mut window.app, Action::Quit);
    assert_eq!(effects, vec![Effect::Save, Effect::Quit]);
    // The retried save fails again.
    apply(
        &mut window.app,
        Outcome::SaveFailed("ana-self.json: cannot write: No space left on device.".into()),
    );
    assert!(!window.app.quitting, "a failed save stops the quitting");
    assert_eq!(window.app.overlay, Some(Overlay::QuitUnsaved));
    let screen = window.screen();
    assert!(screen.contains("Not saved"), "{screen}");
    assert!(screen.contains("No space left on device"), "{screen}");

    // `c`: a copy, by default in the home folder; the user types another path.
    window.act(&[Action::WriteCopy]);
    assert_eq!(window.app.overlay, Some(Overlay::CopyPath));
    let home = std::env::var("HOME").unwrap_or_default();
    assert!(window.app.copy_path.text().starts_with(&home));
    assert!(window.app.copy_path.text().ends_with("ana-self.json"));
    let copy = dir.path().join("elsewhere").join("ana-copy.json");
    window.act(&[Action::Edit(Edit::Clear)]);
    window.type_text(&copy.display().to_string());
    window.act(&[Action::Confirm]);
    assert!(window.status().starts_with("A copy"), "{}", window.status());
    let copied = on_disk(&copy);
    assert_eq!(
        [copied.score("A.3"), copied.score("A.4")],
        [Some(2), Some(4)]
    );
    // With the copy written, quitting does not ask again (the save the
    // loop retries on the way out fails again).
    assert_eq!(
        update(&mut window.app, Action::Quit),
        vec![Effect::Save, Effect::Quit]
    );
    apply(
        &mut window.app,
        Outcome::SaveFailed("ana-self.json: cannot write: No space left on device.".into()),
    );
    assert!(window.app.quitting);
    assert!(window.io.finish(&mut window.app).is_ok());

    // Without a copy: the second `q` quits, and the failure is the exit's error.
    let mut window = Window::create(dir.path(), "Bruno");
    window.act(&[Action::Rate(1)]);
    apply(
        &mut window.app,
        Outcome::SaveFailed("bruno-self.json: cannot write: Read-only file system.".into()),
    );
    window.act(&[Action::Quit]);
    apply(
        &mut window.app,
        Outcome::SaveFailed("bruno-self.json: cannot write: Read-only file system.".into()),
    );
    assert_eq!(window.app.overlay, Some(Overlay::QuitUnsaved));
    assert_eq!(update(&mut window.app, Action::Quit), vec![Effect::Quit]);
    assert!(window.app.quitting);
    let error = window.io.finish(&mut window.app).expect_err("not saved");
    let text = error.to_string();
    assert!(text.contains("not saved"), "{text}");
    assert!(text.contains("Read-only file system"), "{text}");
}

#[test]
fn the_note_being_typed_is_kept_on_every_exit() {
    let dir = tempfile::tempdir().unwrap();
    // Quit (q is typing here: Ctrl-C, SIGTERM and SIGINT arrive as Quit).
    let mut window = Window::create(dir.path(), "Ana");
    window.act(&[Action::EditNote]);
    window.type_text("led the 2024 migration");
    window.act(&[Action::Quit]);
    assert!(window.app.quitting);
    assert!(window.io.finish(&mut window.app).is_ok());
    assert_eq!(
        on_disk(&window.path()).note("A.3"),
        Some("led the 2024 migration")
    );

    // The loop ended without a quit (a dead terminal): the exit hook saves it.
    let mut window = Window::create(dir.path(), "Bruno");
    window.act(&[Action::Rate(3), Action::EditNote]);
    window.type_text("draft");
    assert!(window.io.finish(&mut window.app).is_ok());
    assert_eq!(on_disk(&window.path()).note("A.4"), Some("draft"));
    assert_eq!(on_disk(&window.path()).score("A.3"), Some(3));
}

#[cfg(unix)]
#[test]
fn a_linked_assessment_is_saved_through_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let synced = dir.path().join("synced");
    let data = dir.path().join("data");
    fs::create_dir_all(&synced).unwrap();
    fs::create_dir_all(&data).unwrap();
    let target = synced.join("ana-self.json");
    let mut ana = bilan_core::Assessment::new("Ana", Rater::SelfRated, Lang::En);
    ana.set_score("A.3", Some(1));
    bilan_core::store::save_assessment(&target, &ana).unwrap();
    let link = data.join("ana-self.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    let mut window = Window::create(&data, "Ana");
    assert_eq!(window.path(), link);
    // Opened on A.4, the first unanswered item.
    window.act(&[Action::Rate(4), Action::Rate(2)]);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    let saved = on_disk(&target);
    assert_eq!(
        [saved.score("A.3"), saved.score("A.4"), saved.score("A.7")],
        [Some(1), Some(4), Some(2)]
    );
    let names = |d: &Path| -> Vec<String> {
        fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    };
    assert!(names(&data).is_empty() && names(&synced).is_empty());
    assert!(window.io.finish(&mut window.app).is_ok());
}

#[test]
fn stale_temp_files_go_at_start_and_when_listing() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let gone = child.id();
    child.wait().unwrap();
    let stale = |n: u32| dir.path().join(format!(".ana-self.json.{gone}.{n}.tmp"));
    fs::write(stale(0), "{\"person\": \"Ana\"}").unwrap();
    let _window = Window::new(dir.path(), Lang::En);
    assert!(!stale(0).exists(), "removed at start-up");

    fs::write(stale(1), "{}").unwrap();
    let catalogue = bilan_core::Catalogue::builtin().unwrap();
    bilan_core::store::list_assessments(dir.path(), &catalogue);
    assert!(!stale(1).exists(), "removed when listing");
}

/// `bilan ARGS` on the data folder `dir`, without a terminal.
fn bilan(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("bilan")
        .unwrap()
        .env("BILAN_DATA_DIR", dir)
        .env("BILAN_CONFIG_DIR", dir.join("config"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn an_unreadable_file_is_named_with_its_error_and_no_second_file_is_started() {
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().join("ana-self.json");
    fs::write(
        &own,
        "{\"person\": \"Ana\", \"rater\": \"self\",\n \"scores\": {\"A.3\": 2,}}\n",
    )
    .unwrap();
    let out = bilan(dir.path(), &["--lang", "en", "resume", "Ana"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("ana-self.json"), "{stderr}");
    assert!(stderr.contains("line 2, column"), "{stderr}");
    assert!(stderr.contains("Fix the JSON there"), "{stderr}");
    assert!(!stderr.contains("no saved"), "{stderr}");

    // The unreadable file is named even before the terminal check.
    let out = bilan(dir.path(), &["--lang", "fr", "new", "--name", "Ana"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("ana-self.json"), "{stderr}");
    assert!(stderr.contains("ligne 2, colonne"), "{stderr}");
    assert!(stderr.contains("Corrigez le JSON"), "{stderr}");
    assert!(
        !dir.path().join("ana-self-2.json").exists(),
        "no second file"
    );

    // Written by a newer bilan: the "update bilan" message reaches the user.
    fs::write(
        &own,
        "{\"schema\": 99, \"person\": \"Ana\", \"rater\": \"self\", \"scores\": {}}",
    )
    .unwrap();
    for args in [
        &["--lang", "en", "resume", "Ana"][..],
        &["--lang", "en", "new", "--name", "Ana"][..],
    ] {
        let out = bilan(dir.path(), args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(stderr.contains("Update bilan"), "{args:?}: {stderr}");
    }
    assert!(!dir.path().join("ana-self-2.json").exists());
}
