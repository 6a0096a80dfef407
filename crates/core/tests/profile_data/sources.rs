//! Sources: every requirement and item cites a seed file and line, checked
//! against the seeds when they are beside the repository.

use super::duties::DUTY_MARKS;
use super::traits::TRAITS;
use super::*;

// Sources

#[test]
fn every_requirement_and_item_cites_a_seed_file_and_line() {
    let mut sources: Vec<(String, &str)> = Vec::new();
    for p in &library().profiles {
        assert!(!p.requirements.is_empty(), "{}", p.id);
        for r in &p.requirements {
            sources.push((format!("{} / {}", p.id, r.item), r.source.as_str()));
        }
        for d in &p.duties {
            sources.push((format!("{} duty", p.id), d.source.as_str()));
        }
    }
    for item in catalogue().items() {
        sources.push((item.id.to_string(), item.source.as_str()));
    }
    for (what, source) in sources {
        assert!(!source.trim().is_empty(), "{what}: empty source");
        for part in source.split(';').map(str::trim) {
            let (seed, lines) = part
                .split_once(':')
                .unwrap_or_else(|| panic!("{what}: {part:?} is not `seed: line`"));
            assert!(SEEDS.contains(&seed), "{what}: unknown seed file {seed:?}");
            for line in lines.split(',') {
                let n: usize = line
                    .trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("{what}: bad line number in {part:?}"));
                assert!(n > 0, "{what}: line 0");
                check_seed_line(&what, seed, n);
            }
        }
    }
}

/// The seeds, when they are beside the repository (as in CI).
fn seed_lines(seed: &str) -> Option<&'static Vec<String>> {
    static SEEDS_TEXT: OnceLock<Option<BTreeMap<String, Vec<String>>>> = OnceLock::new();
    SEEDS_TEXT
        .get_or_init(|| {
            let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
            if !dir.is_dir() {
                println!("note: {} is absent; cited lines not checked", dir.display());
                return None;
            }
            let mut all = BTreeMap::new();
            for name in SEEDS {
                let text = std::fs::read_to_string(dir.join(name)).ok()?;
                all.insert(name.to_string(), text.lines().map(str::to_string).collect());
            }
            Some(all)
        })
        .as_ref()
        .and_then(|all| all.get(seed))
}

fn check_seed_line(what: &str, seed: &str, n: usize) {
    if let Some(lines) = seed_lines(seed) {
        let line = lines
            .get(n - 1)
            .unwrap_or_else(|| panic!("{what}: {seed} has no line {n}"));
        assert!(
            !line.trim().is_empty(),
            "{what}: {seed}:{n} is a blank line"
        );
    }
}

#[test]
fn cited_seed_lines_say_what_the_tables_here_copy() {
    // Only with the seeds present: the tables above are the seed's own marks.
    let Some(lines) = seed_lines(SEED_000) else {
        return;
    };
    let marks_of = |n: u32| -> Vec<String> {
        lines[n as usize - 1]
            .split('\t')
            .skip(1)
            .map(|m| m.trim().to_string())
            .collect()
    };
    for t in &TRAITS {
        assert_eq!(marks_of(t.line), t.marks, "seed 000 line {}", t.line);
    }
    for (line, marks) in DUTY_MARKS {
        let expected: Vec<String> = marks
            .chars()
            .map(|c| {
                if c == '-' {
                    String::new()
                } else {
                    c.to_string()
                }
            })
            .collect();
        assert_eq!(marks_of(line), expected, "seed 000 line {line}");
    }
    // Seed 004: the heading line each e-CF item cites starts with its code.
    if let Some(lines) = seed_lines(SEED_004) {
        for id in ECF_IDS {
            let source = &catalogue().get(id).unwrap().source;
            let n: usize = source[SEED_004.len() + 1..].parse().unwrap();
            assert!(
                lines[n - 1].starts_with(&format!("{id}.")),
                "{id}: {source}"
            );
        }
    }
}
