//! Cohort scale: `cohort::analyse` over 10,000 generated assessment files,
//! against only reading the same files' bytes (what `cat` does), and the
//! peak memory for 1,000 files against 10,000.
//! Run with `cargo bench --bench cohort`.
//!
//! The files are generated once into a temporary folder (ten sub-folders of
//! 1,000): every catalogue item scored, notes on a few items, pretty-printed
//! as bilan saves them, a few people assessed twice and some by a coach.
//! Both sides run with the files in the page cache (the first run warms it).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, UNIX_EPOCH};

use criterion::{Criterion, criterion_group, criterion_main};

use bilan_core::cohort;
use bilan_core::{Assessment, Lang, Library, Rater};

const FOLDERS: usize = 10;
const PER_FOLDER: usize = 1_000;

/// A small deterministic generator, so every run sees the same files.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const NOTES: [&str; 4] = [
    "Ran the association's newsletter for two years; 1,200 subscribers.",
    "Explained the \"community health\" dashboard to the board without notes.",
    "Wrote the moderation charter, adopted after a consultation of members.",
    "Organised a meet-up of 80 people; feedback forms in the shared folder.",
];

/// Writes `FOLDERS × PER_FOLDER` assessment files; returns their total size.
fn generate(root: &Path, library: &Library) -> u64 {
    let mut rng = Lcg(0x5EED);
    let mut bytes = 0;
    let base = 1_735_689_600; // 2025-01-01T00:00:00Z
    for folder in 0..FOLDERS {
        let dir = root.join(format!("group-{folder:02}"));
        std::fs::create_dir_all(&dir).expect("create the folder");
        for n in 0..PER_FOLDER {
            let index = folder * PER_FOLDER + n;
            // One file in 50 is an older copy of the previous person.
            let person = if index % 50 == 49 { index - 1 } else { index };
            let rater = if rng.below(5) == 0 {
                Rater::Coach
            } else {
                Rater::SelfRated
            };
            let mut a = Assessment::new(format!("Personne {person:05}"), rater, Lang::Fr);
            if rater == Rater::Coach {
                a.coach = Some("Marc Aubert".to_string());
            }
            for item in library.catalogue.items() {
                a.scores
                    .insert(item.id.to_string(), (rng.below(6) as u8).into());
            }
            for _ in 0..rng.below(4) {
                let item =
                    &library.catalogue.items()[rng.below(library.catalogue.len() as u64) as usize];
                a.notes.insert(
                    item.id.to_string(),
                    NOTES[rng.below(NOTES.len() as u64) as usize].to_string(),
                );
            }
            let created = UNIX_EPOCH + Duration::from_secs(base + rng.below(30_000_000));
            let updated = created + Duration::from_secs(rng.below(90_000));
            a.created = Some(
                humantime::format_rfc3339_seconds(created)
                    .to_string()
                    .into(),
            );
            a.updated = Some(
                humantime::format_rfc3339_seconds(updated)
                    .to_string()
                    .into(),
            );
            a.position = library.catalogue.items().last().map(|i| i.id.to_string());
            let text = a.to_json();
            bytes += text.len() as u64;
            std::fs::write(dir.join(format!("personne-{index:05}.json")), text)
                .expect("write a file");
        }
    }
    bytes
}

/// Every `*.json` file under `root`, as `cat root/*/*.json` would list them.
fn list(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("read the folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    folders.sort();
    for folder in folders {
        let mut inside: Vec<PathBuf> = std::fs::read_dir(&folder)
            .expect("read the folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        inside.sort();
        files.extend(inside);
    }
    files
}

/// What `cat` does: read every byte of every file, one after the other.
fn read_all(files: &[PathBuf]) -> usize {
    files
        .iter()
        .map(|f| std::fs::read(f).expect("read a file").len())
        .sum()
}

/// Peak resident memory of this process so far, in KiB (Linux only).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resident memory now, in KiB (Linux only).
fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resets the peak to the current resident size (Linux ≥ 4.0).
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn timed(runs: usize, mut f: impl FnMut()) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

fn cohort_scale(c: &mut Criterion) {
    let library = Library::builtin().expect("built-in data is valid");
    let profile = library.profile("cm").expect("cm is built in").clone();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path().to_path_buf();
    let bytes = generate(&root, &library);
    let files = list(&root);
    println!(
        "generated {} files, {:.1} MB, in {}",
        files.len(),
        bytes as f64 / 1e6,
        root.display()
    );

    // Warm the page cache, so neither side pays the first read.
    black_box(read_all(&files));

    // Memory: the peak while analysing 1,000 files, then 10,000, and what
    // the result itself holds (resident after, with the result alive).
    let one_folder = root.join("group-00");
    let can_reset = reset_peak();
    let mut report = Vec::new();
    for (label, path) in [("1,000", one_folder.clone()), ("10,000", root.clone())] {
        if can_reset {
            reset_peak();
        }
        let (before, rss_before) = (peak_rss_kib(), rss_kib());
        let result = cohort::analyse(&library, &profile, [path]);
        let (peak, rss_after) = (peak_rss_kib(), rss_kib());
        println!(
            "{label} files: {} people, {} duplicates dropped, {} invalid",
            result.people.len(),
            result.duplicates.len(),
            result.invalid.len()
        );
        if let (Some(b), Some(p), Some(rb), Some(ra)) = (before, peak, rss_before, rss_after) {
            report.push(format!(
                "{label} files: peak +{} KiB ({:.0} B per file), of which the result kept +{} KiB",
                p.saturating_sub(b),
                p.saturating_sub(b) as f64 * 1024.0 / result.files.max(1) as f64,
                ra.saturating_sub(rb)
            ));
        }
        drop(result);
    }
    println!(
        "peak RSS (VmHWM{}): {}",
        if can_reset {
            ", reset before each"
        } else {
            ", not resettable: cumulative"
        },
        report.join("; ")
    );

    // The ratio, from a few plain timed runs (criterion's own figures follow).
    let analyse = timed(7, || {
        black_box(cohort::analyse(&library, &profile, [root.clone()]));
    });
    let read = timed(7, || {
        black_box(read_all(&files));
    });
    // The real thing: `cat` over the same files, its output thrown away.
    let glob = format!("{}/*/*.json", root.display());
    let cat = std::process::Command::new("sh")
        .args(["-c", &format!("cat {glob} > /dev/null")])
        .status()
        .is_ok_and(|s| s.success())
        .then(|| {
            timed(7, || {
                let _ = std::process::Command::new("sh")
                    .args(["-c", &format!("cat {glob} > /dev/null")])
                    .status();
            })
        });
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "median of 7 on {} threads: analyse {:.1} ms; read every file (std::fs::read, list given) {:.1} ms → ratio {:.2}×",
        rayon::current_num_threads(),
        ms(analyse),
        ms(read),
        analyse.as_secs_f64() / read.as_secs_f64(),
    );
    if let Some(cat) = cat {
        println!(
            "`sh -c 'cat DIR/*/*.json > /dev/null'` {:.1} ms → ratio {:.2}× (target ≤ 3×)",
            ms(cat),
            analyse.as_secs_f64() / cat.as_secs_f64()
        );
    }

    // Where the time goes (set COHORT_BREAKDOWN=1).
    if std::env::var_os("COHORT_BREAKDOWN").is_some() {
        use rayon::prelude::*;
        let walk = timed(7, || {
            black_box(list(&root));
        });
        let par_read = timed(7, || {
            black_box(
                files
                    .par_iter()
                    .map(|f| std::fs::read(f).map_or(0, |b| b.len()))
                    .sum::<usize>(),
            );
        });
        let texts: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
        let skim = timed(7, || {
            for t in &texts {
                black_box(serde_json::from_slice::<serde::de::IgnoredAny>(t).is_ok());
            }
        });
        let full = timed(7, || {
            for t in &texts {
                black_box(serde_json::from_slice::<Assessment>(t).is_ok());
            }
        });
        let one_thread = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a pool");
        let analyse_one = timed(3, || {
            one_thread.install(|| black_box(cohort::analyse(&library, &profile, [root.clone()])));
        });
        println!(
            "breakdown: walk {:.1} ms; parallel read {:.1} ms; in memory, one thread: skim JSON {:.1} ms, full Assessment parse {:.1} ms; analyse on one thread {:.1} ms",
            walk.as_secs_f64() * 1e3,
            par_read.as_secs_f64() * 1e3,
            skim.as_secs_f64() * 1e3,
            full.as_secs_f64() * 1e3,
            analyse_one.as_secs_f64() * 1e3,
        );
    }

    let mut group = c.benchmark_group("cohort");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("analyse 10,000 files against cm", |b| {
        b.iter(|| cohort::analyse(&library, &profile, [black_box(root.clone())]))
    });
    group.bench_function("read 10,000 files (cat)", |b| {
        b.iter(|| read_all(black_box(&files)))
    });
    group.bench_function("analyse 1,000 files against cm", |b| {
        b.iter(|| cohort::analyse(&library, &profile, [black_box(one_folder.clone())]))
    });
    group.finish();
}

criterion_group!(benches, cohort_scale);
criterion_main!(benches);
