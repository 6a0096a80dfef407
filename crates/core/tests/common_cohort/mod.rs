//! The small target profile the cohort tests compute by hand.
#![allow(dead_code)]

use bilan_core::Localized;
use bilan_core::profile::{Importance, Profile, Requirement};

pub fn requirement(item: &str, min: u8, importance: Importance) -> Requirement {
    Requirement {
        item: item.into(),
        min,
        max: None,
        importance,
        source: "test".to_string(),
    }
}

/// A.3 core 3, B.1 secondary 2, se.tenacity core 4: 6 + 2 + 8 = 16 weighted levels.
pub fn small_profile() -> Profile {
    Profile {
        schema: 1,
        id: "small".into(),
        name: Localized::new("Petit", "Small"),
        aliases: Vec::new(),
        summary: Localized::default(),
        requirements: vec![
            requirement("A.3", 3, Importance::Core),
            requirement("B.1", 2, Importance::Secondary),
            requirement("se.tenacity", 4, Importance::Core),
        ],
        duties: Vec::new(),
    }
}
