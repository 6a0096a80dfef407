//! A keystroke's cost in the TUI: `update` plus a full redraw at 200×60.
//! Run with `cargo bench --bench redraw`.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use bilan::tui::app::{Action, App, Counterpart, Outcome, Screen, apply, update};
use bilan::tui::view;
use bilan_core::cohort::analyse;
use bilan_core::{Assessment, Lang, Library, Rater};

fn app_in(screen: Screen) -> App {
    let mut app = App::new(Library::builtin().expect("built-in data"), Lang::Fr);
    let mut assessment = Assessment::new("Bench", Rater::SelfRated, Lang::Fr);
    for (i, item) in app.library.catalogue.items().iter().enumerate() {
        assessment
            .scores
            .insert(item.id.to_string(), ((i % 5 + 1) as u8).into());
    }
    app.open_session(assessment, PathBuf::from("/nonexistent/bench.json"));
    app.place.go(screen);
    app
}

fn redraw(c: &mut Criterion) {
    // Reference: what ratatui itself costs for a 200×60 frame (buffer reset,
    // diff, test backend) when the content changes by one character.
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
    let mut flip = false;
    c.bench_function(
        "reference: ratatui frame with one changing line 200x60",
        |b| {
            b.iter(|| {
                flip = !flip;
                terminal
                    .draw(|frame| {
                        frame.render_widget(
                            ratatui::widgets::Paragraph::new(if flip { "a" } else { "b" }),
                            frame.area(),
                        )
                    })
                    .expect("draw");
            })
        },
    );

    for (name, screen, action) in [
        (
            "walk: next item + redraw 200x60",
            Screen::Walk,
            Action::Right,
        ),
        (
            "walk: level down + redraw 200x60",
            Screen::Walk,
            Action::Down,
        ),
        (
            "results: what-if + redraw 200x60",
            Screen::Results,
            Action::Right,
        ),
        (
            "review: next row + redraw 200x60",
            Screen::Review,
            Action::Down,
        ),
    ] {
        keystroke(c, name, app_in(screen), action);
    }
}

/// Times `action` (alternating with its opposite, so the state keeps
/// changing) plus a full redraw at 200×60.
fn keystroke(c: &mut Criterion, name: &str, mut app: App, action: Action) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
    let mut forward = true;
    c.bench_function(name, |b| {
        b.iter(|| {
            let step = match (action, forward) {
                (Action::Right, false) => Action::Left,
                (Action::Down, false) => Action::Up,
                (a, _) => a,
            };
            forward = !forward;
            let effects = update(&mut app, black_box(step));
            terminal
                .draw(|frame| view::render(&app, frame))
                .expect("draw");
            effects
        })
    });
}

fn draw_only(c: &mut Criterion) {
    for (name, screen) in [
        ("draw only: results 200x60", Screen::Results),
        ("draw only: review 200x60", Screen::Review),
        ("draw only: walk 200x60", Screen::Walk),
    ] {
        let app = app_in(screen);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
        c.bench_function(name, |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| view::render(&app, frame))
                    .expect("draw");
            })
        });
    }
}

/// A coach's session with the self-rating beside it, on the comparison.
fn comparing() -> App {
    let mut app = app_in(Screen::Walk);
    if let Some(session) = app.place.session_mut() {
        session.assessment.rater = Rater::Coach;
        let mut other = session.assessment.clone();
        other.rater = Rater::SelfRated;
        for (i, level) in other.scores.values_mut().enumerate() {
            *level = ((i % 6) as u8).into();
        }
        session.counterpart = Some(Counterpart {
            path: PathBuf::from("/nonexistent/self.json"),
            assessment: other,
        });
    }
    update(&mut app, Action::Compare);
    let again = app.place.session().and_then(|s| s.counterpart.clone());
    apply(&mut app, Outcome::Counterpart(again));
    app
}

/// The group screen's heatmap over 200 generated people.
fn group(dir: &std::path::Path) -> App {
    let mut app = App::new(Library::builtin().expect("built-in data"), Lang::Fr);
    for n in 0..200 {
        let mut assessment = Assessment::new(format!("Person {n}"), Rater::SelfRated, Lang::Fr);
        for (i, item) in app.library.catalogue.items().iter().enumerate() {
            assessment
                .scores
                .insert(item.id.to_string(), (((i + n) % 6) as u8).into());
        }
        let path = dir.join(format!("p{n}.json"));
        std::fs::write(&path, assessment.to_json()).expect("write");
    }
    bilan::tui::app::open_cohort(&mut app, vec![dir.to_path_buf()]);
    let profile = app.library.profiles[0].clone();
    let cohort = analyse(&app.library, &profile, vec![dir.to_path_buf()]);
    apply(&mut app, Outcome::Cohort(cohort));
    update(&mut app, Action::NextTab);
    update(&mut app, Action::NextTab);
    app
}

fn coaching(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    keystroke(
        c,
        "comparison: next row + redraw 200x60",
        comparing(),
        Action::Down,
    );
    keystroke(
        c,
        "group heatmap: next column + redraw 200x60",
        group(dir.path()),
        Action::Right,
    );
}

/// The UI while the worker analyses 10,000 files: a key, the worker's
/// progress polled and a redraw, as the loop does each tick. The keystroke
/// must cost about what it costs with no analysis running.
fn during_analysis(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    for n in 0..10_000 {
        let text = format!(
            r#"{{"person": "P{n}", "rater": "self", "scores": {{"A.3": {}, "A.7": {}}}}}"#,
            n % 6,
            n % 5
        );
        std::fs::write(dir.path().join(format!("p{n}.json")), text).expect("write");
    }
    let mut io = bilan::tui::Io::new(dir.path().to_path_buf());
    let mut app = App::new(Library::builtin().expect("built-in data"), Lang::Fr);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
    let start = |app: &mut App, io: &mut bilan::tui::Io| {
        for effect in bilan::tui::app::open_cohort(app, vec![dir.path().to_path_buf()]) {
            io.perform(app, effect);
        }
    };
    start(&mut app, &mut io);
    c.bench_function(
        "group analysis in flight: key + progress + redraw 200x60",
        |b| {
            b.iter(|| {
                // Keep a worker busy for the whole measurement.
                if !io.worker.busy() {
                    start(&mut app, &mut io);
                }
                let effects = update(&mut app, black_box(Action::NextTab));
                for outcome in io.worker.poll() {
                    apply(&mut app, outcome);
                }
                terminal
                    .draw(|frame| view::render(&app, frame))
                    .expect("draw");
                effects
            })
        },
    );
}

criterion_group!(benches, redraw, draw_only, coaching, during_analysis);
criterion_main!(benches);
