//! The traits: seed 000's ++/+ marks and the sourced extras of seeds 002/003.

use super::*;

// Traits: seed 000's ++/+ table (columns CNO, CM, ITE; "" = blank).

pub(super) struct TraitRow {
    pub(super) id: &'static str,
    pub(super) kind: ItemKind,
    pub(super) line: u32,
    pub(super) marks: [&'static str; 3],
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

pub(super) const TRAITS: [TraitRow; 25] = [
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
/// All are secondary requirements at level 3. Seed 003 lists what its
/// community cell's « Manager » (CNO), « Animateur » (CM) and
/// « Gestionnaire/Expert » share; that specialist of the cell is not seed
/// 000's IT 2.0 Expert, so the ITE takes nothing from it.
const EXTRA_TRAITS: [(&str, ItemKind, &str, &[&str]); 6] = [
    ("s.company", S, SEED_003, &["cm", "cno"]),
    ("sf.remote-cooperation", SF, SEED_003, &["cm", "cno"]),
    ("sf.trend-sensing", SF, SEED_003, &["cm", "cno"]),
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

#[test]
fn the_ite_is_not_seed_003s_gestionnaire_expert() {
    let ite = profile("ite");
    for req in &ite.requirements {
        assert!(
            !req.source.contains(SEED_003),
            "ite / {}: sourced to seed 003's community cell",
            req.item
        );
    }
    for alias in &ite.aliases {
        let lower = alias.to_lowercase();
        assert!(
            !lower.contains("gestionnaire") && !lower.contains("cellule"),
            "ite alias {alias:?} names a member of seed 003's community cell"
        );
    }
}
