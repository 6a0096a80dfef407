//! The duties: seed 000's T/P marks, the CNO / ITE derivation rule and CM's
//! e-CF levels from seed 004.

use super::*;

// Duties: seed 000's T/P table (columns CNO, CM, ITE; '-' = blank).

#[rustfmt::skip]
pub(super) const DUTY_MARKS: [(u32, &str); 50] = [
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
