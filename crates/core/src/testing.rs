//! The small profile the tests compute by hand, shared by the domain's and
//! the documents' tests (feature `testing`, never in the binary).

use crate::library::{Library, Origin};
use crate::profile::{Importance, Profile, Requirement};
use crate::text::Localized;

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
        ecf_levels_from: Default::default(),
    }
}

/// The built-in catalogue with [`small_profile`] as its only profile.
pub fn small_library() -> Library {
    let mut library = Library::builtin().expect("built-in data");
    library.profiles = vec![small_profile()];
    library.origins = vec![Origin::Builtin];
    library
}
