//! A small library and quick assessments for the comparison tests.

use crate::assessment::{Assessment, Rater};
use crate::library::Library;
use crate::profile::{Importance, Profile, Requirement};
use crate::text::{Lang, Localized};

fn requirement(item: &str, min: u8, importance: Importance) -> Requirement {
    Requirement {
        item: item.into(),
        min,
        max: None,
        importance,
        source: "test".to_string(),
    }
}

/// The built-in catalogue with one small profile: A.3 core 3, B.1
/// secondary 2, se.tenacity core 4; total weighted levels 6 + 2 + 8 = 16.
pub(super) fn small_library() -> Library {
    let mut library = Library::builtin().expect("built-in data");
    let profile = Profile {
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
    };
    library.profiles = vec![profile];
    library.origins = vec![crate::library::Origin::Builtin];
    library
}

pub(super) fn rated(
    person: &str,
    rater: Rater,
    updated: &str,
    scores: &[(&str, u8)],
) -> Assessment {
    let mut a = Assessment::new(person, rater, Lang::En);
    for (id, s) in scores {
        a.scores.insert((*id).to_string(), *s);
    }
    a.updated = Some(updated.into());
    a
}
