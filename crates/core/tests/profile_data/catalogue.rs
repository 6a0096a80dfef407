//! The catalogue: seed 004's 18 e-CF competences, texts in both languages,
//! codes and sections.

use super::*;

// Catalogue

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
