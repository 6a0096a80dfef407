//! The built-in data against DESIGN.md and the seeds: the catalogue, CM's
//! e-CF levels (seed 004), the CNO / ITE derivation rule, the T/P and ++/+
//! marks of seed 000, and the sources of every requirement.
//!
//! The facts of the seeds are copied here as tables, so the tests run without
//! the seeds; when `../shared/seeds` is beside the repository (as in CI), the
//! cited line numbers are also checked against the seed files themselves.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use bilan_core::catalogue::ItemKind;
use bilan_core::profile::{Importance, Mark, Profile, Requirement};
use bilan_core::{Catalogue, Library};

const SEED_000: &str = "000_776fcb4b9e95a8db.txt";
const SEED_002: &str = "002_ee3142e089224ddf.txt";
const SEED_003: &str = "003_413390f145d1af5b.txt";
const SEED_004: &str = "004_ef7d9f38b9b40a81.txt";
const SEEDS: [&str; 5] = [
    SEED_000,
    "001_b544583779be96b7.txt",
    SEED_002,
    SEED_003,
    SEED_004,
];

/// Columns of seed 000's tables: CNO, CM, ITE (in that order).
const ROLES: [&str; 3] = ["cno", "cm", "ite"];

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::builtin().expect("the built-in data is valid"))
}

fn catalogue() -> &'static Catalogue {
    &library().catalogue
}

fn profile(id: &str) -> &'static Profile {
    library().profile(id).expect("built-in profile")
}

fn is_ecf(item: &str) -> bool {
    catalogue()
        .get(item)
        .is_some_and(|i| i.kind == ItemKind::Ecf)
}

fn role_column(role: &str) -> usize {
    ROLES.iter().position(|r| *r == role).unwrap()
}

// ---------------------------------------------------------------------------
// Catalogue

const ECF_IDS: [&str; 18] = [
    "A.3", "A.4", "A.7", "B.1", "B.2", "B.3", "B.5", "C.1", "C.3", "C.4", "D.6", "E.1", "E.2",
    "E.3", "E.4", "E.5", "E.6", "E.7",
];

#[test]
fn catalogue_has_exactly_the_18_ecf_competences_of_seed_004_in_areas_a_to_e() {
    let ecf: BTreeSet<&str> = catalogue()
        .items()
        .iter()
        .filter(|i| i.kind == ItemKind::Ecf)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ecf, ECF_IDS.into_iter().collect());
    for id in ECF_IDS {
        let item = catalogue().get(id).unwrap();
        let area = item
            .area
            .as_deref()
            .unwrap_or_else(|| panic!("{id} has an area"));
        assert!(
            ["A", "B", "C", "D", "E"].contains(&area),
            "{id}: area {area}"
        );
        assert_eq!(&id[..1], area, "{id} is filed in area {area}");
        assert!(
            item.source.starts_with(&format!("{SEED_004}:")),
            "{id}: source {:?}",
            item.source
        );
    }
    for item in catalogue().items() {
        if item.kind != ItemKind::Ecf {
            assert!(item.area.is_none(), "trait {} has no e-CF area", item.id);
        }
    }
}

#[test]
fn every_item_has_titles_descriptions_and_five_level_descriptors_in_both_languages() {
    assert!(!catalogue().is_empty());
    for item in catalogue().items() {
        for (what, text) in [("title", &item.title), ("description", &item.description)] {
            assert!(
                !text.fr.trim().is_empty(),
                "{}: empty French {what}",
                item.id
            );
            assert!(
                !text.en.trim().is_empty(),
                "{}: empty English {what}",
                item.id
            );
        }
        let levels: Vec<u8> = item.levels.keys().copied().collect();
        assert_eq!(levels, [1, 2, 3, 4, 5], "{}: levels", item.id);
        for (level, text) in &item.levels {
            assert!(
                !text.fr.trim().is_empty(),
                "{} level {level}: empty fr",
                item.id
            );
            assert!(
                !text.en.trim().is_empty(),
                "{} level {level}: empty en",
                item.id
            );
        }
        // Five different descriptors, not one pasted five times.
        let distinct: BTreeSet<&str> = item.levels.values().map(|l| &*l.en).collect();
        assert_eq!(distinct.len(), 5, "{}: level descriptors repeat", item.id);
    }
}

#[test]
fn every_code_an_item_links_to_is_defined_and_used() {
    let defined: BTreeSet<&str> = catalogue()
        .codes()
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(defined.len(), catalogue().codes().len(), "codes are unique");
    let mut used = BTreeSet::new();
    for item in catalogue().items() {
        for code in &item.codes {
            assert!(
                defined.contains(code.as_str()),
                "{} links to undefined code {code}",
                item.id
            );
            used.insert(code.as_str());
        }
    }
    for code in catalogue().codes() {
        assert!(!code.text.fr.trim().is_empty() && !code.text.en.trim().is_empty());
        assert!(
            used.contains(code.code.as_str()),
            "code {} is never used",
            code.code
        );
    }
}

#[test]
fn every_item_belongs_to_a_declared_section() {
    for item in catalogue().items() {
        assert!(
            catalogue().section(item.section_id()).is_some(),
            "{} is in undeclared section {}",
            item.id,
            item.section_id()
        );
    }
}

// ---------------------------------------------------------------------------
// Traits: seed 000's ++/+ table (columns CNO, CM, ITE; "" = blank).

struct TraitRow {
    id: &'static str,
    kind: ItemKind,
    line: u32,
    marks: [&'static str; 3],
}

const fn row(id: &'static str, kind: ItemKind, line: u32, marks: [&'static str; 3]) -> TraitRow {
    TraitRow {
        id,
        kind,
        line,
        marks,
    }
}

use ItemKind::{Savoir as S, SavoirEtre as SE, SavoirFaire as SF};

const TRAITS: [TraitRow; 25] = [
    row("s.usages-20", S, 112, ["++", "++", "+"]),
    row("s.app-dev", S, 113, ["+", "", "++"]),
    row("s.web20-tech", S, 114, ["+", "+", "++"]),
    row("s.english", S, 115, ["+", "+", "+"]),
    row("s.html", S, 116, ["", "+", "++"]),
    row("sf.speaking", SF, 119, ["++", "+", ""]),
    row("sf.writing", SF, 120, ["+", "++", ""]),
    row("sf.correspondence", SF, 121, ["+", "++", ""]),
    row("sf.team-lead", SF, 122, ["++", "+", "+"]),
    row("sf.media", SF, 123, ["+", "++", "+"]),
    row("sf.emailing", SF, 124, ["", "+", ""]),
    row("sf.functional-specs", SF, 125, ["++", "+", ""]),
    row("sf.technical-specs", SF, 126, ["", "", "++"]),
    row("sf.change", SF, 127, ["++", "+", ""]),
    row("sf.vendor", SF, 128, ["+", "", "+"]),
    row("sf.meetings", SF, 129, ["++", "++", "+"]),
    row("se.persuasion", SE, 132, ["++", "+", "++"]),
    row("se.sociability", SE, 133, ["+", "++", ""]),
    row("se.empathy", SE, 134, ["+", "++", ""]),
    row("se.stress", SE, 135, ["+", "+", "+"]),
    row("se.tenacity", SE, 136, ["++", "++", "++"]),
    row("se.diplomacy", SE, 137, ["+", "++", ""]),
    row("se.extraversion", SE, 138, ["+", "++", ""]),
    row("se.openness", SE, 139, ["++", "+", "+"]),
    row("se.initiative", SE, 140, ["++", "+", "+"]),
];

/// Traits added from seeds 002/003: (id, kind, seed, roles that require them).
/// All are secondary requirements at level 3.
const EXTRA_TRAITS: [(&str, ItemKind, &str, &[&str]); 6] = [
    ("s.company", S, SEED_003, &["cm", "cno", "ite"]),
    ("sf.remote-cooperation", SF, SEED_003, &["cm", "cno", "ite"]),
    ("sf.trend-sensing", SF, SEED_003, &["cm", "cno", "ite"]),
    ("se.curiosity", SE, SEED_002, &["cm"]),
    ("se.self-control", SE, SEED_002, &["cm"]),
    ("se.organised", SE, SEED_002, &["cm"]),
];

#[test]
fn seed_000_traits_are_5_savoir_11_savoir_faire_9_savoir_etre() {
    let count = |kind| TRAITS.iter().filter(|t| t.kind == kind).count();
    assert_eq!((count(S), count(SF), count(SE)), (5, 11, 9));
    for t in &TRAITS {
        let item = catalogue()
            .get(t.id)
            .unwrap_or_else(|| panic!("{} is in the catalogue", t.id));
        assert_eq!(item.kind, t.kind, "{}", t.id);
        assert_eq!(item.source, format!("{SEED_000}:{}", t.line), "{}", t.id);
    }
}

#[test]
fn the_only_other_traits_are_the_sourced_extras_of_seeds_002_and_003() {
    let listed: BTreeSet<&str> = TRAITS
        .iter()
        .map(|t| t.id)
        .chain(EXTRA_TRAITS.iter().map(|e| e.0))
        .collect();
    let traits: BTreeSet<&str> = catalogue()
        .items()
        .iter()
        .filter(|i| i.kind != ItemKind::Ecf)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(traits, listed);
    for (id, kind, seed, _) in EXTRA_TRAITS {
        let item = catalogue().get(id).unwrap();
        assert_eq!(item.kind, kind, "{id}");
        assert!(
            item.source.starts_with(&format!("{seed}:")),
            "{id}: source {:?} should cite {seed}",
            item.source
        );
    }
    assert_eq!(
        catalogue().len(),
        ECF_IDS.len() + TRAITS.len() + EXTRA_TRAITS.len()
    );
}

fn expect_requirement(role: &str, item: &str, expected: Option<(u8, Importance)>, why: &str) {
    let found = profile(role)
        .requirement(item)
        .map(|r| (r.min, r.max, r.importance));
    let expected = expected.map(|(min, importance)| (min, None, importance));
    assert_eq!(found, expected, "{role} / {item}: {why}");
}

#[test]
fn trait_marks_follow_seed_000_exactly() {
    for t in &TRAITS {
        for role in ROLES {
            let mark = t.marks[role_column(role)];
            let expected = match mark {
                "++" => Some((4, Importance::Core)),
                "+" => Some((3, Importance::Secondary)),
                "" => None,
                other => panic!("bad mark {other}"),
            };
            expect_requirement(
                role,
                t.id,
                expected,
                &format!("seed 000 line {} marks it {mark:?}", t.line),
            );
            if let Some(req) = profile(role).requirement(t.id) {
                assert_eq!(
                    req.source,
                    format!("{SEED_000}:{}", t.line),
                    "{role} / {}",
                    t.id
                );
            }
        }
    }
}

#[test]
fn extra_traits_are_secondary_level_3_where_the_seeds_support_them() {
    for (id, _, seed, roles) in EXTRA_TRAITS {
        for role in ROLES {
            let expected = roles.contains(&role).then_some((3, Importance::Secondary));
            expect_requirement(role, id, expected, &format!("extra from {seed}"));
            if let Some(req) = profile(role).requirement(id) {
                assert!(req.source.starts_with(&format!("{seed}:")), "{role} / {id}");
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Duties: seed 000's T/P table (columns CNO, CM, ITE; '-' = blank).

#[rustfmt::skip]
const DUTY_MARKS: [(u32, &str); 50] = [
    (38, "TP-"), (39, "TP-"), (40, "PT-"), (41, "PPT"), (42, "-TP"),
    (45, "TP-"), (46, "T--"), (47, "PPT"), (48, "TP-"),
    (51, "TP-"), (52, "TP-"), (53, "P-T"), (54, "TT-"), (55, "PT-"), (56, "TP-"),
    (60, "PT-"), (61, "PT-"), (62, "PT-"), (63, "PT-"), (64, "TP-"), (65, "PT-"),
    (66, "PT-"), (67, "-TT"), (68, "-PT"), (69, "PTP"),
    (71, "PTP"), (72, "PT-"), (73, "PTP"), (74, "PT-"), (75, "PT-"), (76, "PT-"),
    (78, "PTP"), (79, "PT-"), (80, "PT-"), (81, "-TP"), (82, "P-T"), (83, "-TP"),
    (85, "TP-"), (86, "TP-"),
    (96, "TP-"), (97, "TP-"), (98, "T--"), (99, "T--"), (100, "TPP"), (101, "TPP"),
    (102, "P-T"), (103, "PPT"), (104, "TPP"), (105, "PPT"), (106, "T--"),
];

/// `"000_….txt:42"` → 42.
fn seed_000_line(source: &str) -> u32 {
    source
        .strip_prefix(&format!("{SEED_000}:"))
        .and_then(|line| line.parse().ok())
        .unwrap_or_else(|| panic!("duty source {source:?} is one line of seed 000"))
}

#[test]
fn duties_carry_seed_000_t_p_marks_exactly_and_completely() {
    for role in ROLES {
        let col = role_column(role);
        let mut by_line = BTreeMap::new();
        for duty in &profile(role).duties {
            let line = seed_000_line(&duty.source);
            assert!(
                by_line.insert(line, duty.mark).is_none(),
                "{role}: line {line} appears twice"
            );
            assert!(!duty.ecf.is_empty(), "{role}: line {line} maps to no e-CF");
            for code in &duty.ecf {
                assert!(
                    is_ecf(code),
                    "{role}: line {line} maps to {code}, not an e-CF item"
                );
            }
            assert!(!duty.text.fr.trim().is_empty() && !duty.text.en.trim().is_empty());
        }
        let expected: BTreeMap<u32, Mark> = DUTY_MARKS
            .iter()
            .filter_map(|(line, marks)| match marks.as_bytes()[col] {
                b'T' => Some((*line, Mark::T)),
                b'P' => Some((*line, Mark::P)),
                _ => None,
            })
            .collect();
        assert_eq!(by_line, expected, "{role}: duties and their marks");
    }
}

#[test]
fn a_seed_line_maps_to_the_same_ecf_competences_in_every_role() {
    let mut mapping: BTreeMap<u32, (&str, &Vec<String>)> = BTreeMap::new();
    for role in ROLES {
        for duty in &profile(role).duties {
            let line = seed_000_line(&duty.source);
            if let Some((first, ecf)) = mapping.get(&line) {
                assert_eq!(
                    *ecf, &duty.ecf,
                    "line {line}: {first} and {role} map it differently"
                );
            } else {
                mapping.insert(line, (role, &duty.ecf));
            }
        }
    }
}

/// What the duties of a role say about an e-CF item: the strongest mark, and
/// the seed-000 lines that carry it.
fn strongest_duties(role: &str, item: &str) -> Option<(Mark, BTreeSet<u32>)> {
    let duties: Vec<_> = profile(role).duties_for(item).collect();
    let mark = if duties.iter().any(|d| d.mark == Mark::T) {
        Mark::T
    } else if duties.iter().any(|d| d.mark == Mark::P) {
        Mark::P
    } else {
        return None;
    };
    let lines = duties
        .iter()
        .filter(|d| d.mark == mark)
        .map(|d| seed_000_line(&d.source))
        .collect();
    Some((mark, lines))
}

/// The seed-000 line numbers a requirement's source cites.
fn cited_lines(req: &Requirement, seed: &str) -> BTreeSet<u32> {
    req.source
        .split(';')
        .map(str::trim)
        .filter_map(|part| part.strip_prefix(&format!("{seed}:")))
        .flat_map(|lines| lines.split(','))
        .map(|n| {
            n.trim()
                .parse()
                .unwrap_or_else(|_| panic!("{}: bad line in {:?}", req.item, req.source))
        })
        .collect()
}

#[test]
fn cno_and_ite_ecf_targets_follow_the_derivation_rule_from_their_duties() {
    // (role, level where some duty is T, level where the strongest is P)
    for (role, t_level, p_level) in [("cno", 4, 3), ("ite", 3, 2)] {
        let p = profile(role);
        for id in ECF_IDS {
            let expected = strongest_duties(role, id);
            let req = p.requirement(id);
            match (&expected, req) {
                (None, None) => {}
                (None, Some(_)) => panic!("{role}: {id} is required but no duty exercises it"),
                (Some((mark, _)), None) => {
                    panic!("{role}: a duty marked {mark:?} exercises {id}, but it is not required")
                }
                (Some((mark, lines)), Some(req)) => {
                    let (level, importance) = match mark {
                        Mark::T => (t_level, Importance::Core),
                        Mark::P => (p_level, Importance::Secondary),
                    };
                    assert_eq!(
                        (req.min, req.max, req.importance),
                        (level, None, importance),
                        "{role} / {id}: strongest duty mark {mark:?}"
                    );
                    assert_eq!(
                        &cited_lines(req, SEED_000),
                        lines,
                        "{role} / {id}: the source cites the {mark:?} duty lines"
                    );
                }
            }
        }
    }
}

/// Seed 004: CM's e-CF levels (min, max when a range is given).
const CM_ECF: [(&str, u8, Option<u8>); 18] = [
    ("A.3", 3, None),
    ("A.4", 2, Some(3)),
    ("A.7", 2, Some(3)),
    ("B.1", 2, None),
    ("B.2", 3, None),
    ("B.3", 2, Some(3)),
    ("B.5", 2, None),
    ("C.1", 2, None),
    ("C.3", 2, None),
    ("C.4", 3, None),
    ("D.6", 3, None),
    ("E.1", 3, None),
    ("E.2", 2, Some(3)),
    ("E.3", 2, Some(3)),
    ("E.4", 3, None),
    ("E.5", 3, None),
    ("E.6", 3, None),
    ("E.7", 3, None),
];

#[test]
fn cm_ecf_levels_are_exactly_those_of_seed_004() {
    let cm = profile("cm");
    let found: BTreeMap<&str, (u8, Option<u8>)> = cm
        .requirements
        .iter()
        .filter(|r| is_ecf(&r.item))
        .map(|r| (r.item.as_str(), (r.min, r.max.filter(|max| *max != r.min))))
        .collect();
    let expected: BTreeMap<&str, (u8, Option<u8>)> = CM_ECF
        .iter()
        .map(|(id, min, max)| (*id, (*min, *max)))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn cm_ecf_importance_comes_from_its_duties_and_sources_cite_both_seeds() {
    // Core where CM always (T) carries out a duty exercising it; else secondary.
    let cm = profile("cm");
    for (id, _, _) in CM_ECF {
        let req = cm.requirement(id).unwrap();
        let strongest = strongest_duties("cm", id);
        let expected = match &strongest {
            Some((Mark::T, _)) => Importance::Core,
            _ => Importance::Secondary,
        };
        assert_eq!(req.importance, expected, "cm / {id}: {strongest:?}");
        // The seed-004 heading of the competence…
        let item_line = catalogue().get(id).unwrap().source.clone();
        assert!(
            req.source.split(';').any(|part| part.trim() == item_line),
            "cm / {id}: source {:?} should cite {item_line}",
            req.source
        );
        // …and, for core ones, the T duties of seed 000.
        if let Some((Mark::T, lines)) = &strongest {
            assert_eq!(&cited_lines(req, SEED_000), lines, "cm / {id}");
        }
    }
}

// ---------------------------------------------------------------------------
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
        sources.push((item.id.clone(), item.source.as_str()));
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
