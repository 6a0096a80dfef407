//! Development and interview guidance per catalogue item: concrete actions to
//! rise on the item, behavioural interview questions for a coach, and what
//! convincing evidence looks like.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::text::Localized;

/// The embedded guidance, so the program runs with no set-up.
pub const BUILTIN_GUIDANCE: &str = include_str!("../../../profiles/guidance.json");

/// The guidance for one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemGuidance {
    /// Two or three concrete things to do in the coming weeks.
    pub actions: Vec<Localized>,
    /// Two or three behavioural interview questions about past situations.
    pub questions: Vec<Localized>,
    /// What a proof (rather than a claim) of a good level looks like.
    pub evidence: Localized,
}

/// The guidance file as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceFile {
    #[serde(default = "crate::json::current_version")]
    pub schema: u32,
    pub items: BTreeMap<String, ItemGuidance>,
}

/// Guidance, addressed by item id.
#[derive(Debug, Clone)]
pub struct Guidance {
    items: BTreeMap<String, ItemGuidance>,
}

impl Guidance {
    /// The built-in guidance, parsed once.
    pub fn builtin() -> &'static Guidance {
        static BUILTIN: OnceLock<Guidance> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // Compiled-in data, checked against the catalogue by the tests
            // below: a failure here is a build defect, not a user error.
            Guidance::from_json(BUILTIN_GUIDANCE, "<built-in guidance.json>")
                .expect("the built-in guidance.json is valid")
        })
    }

    pub fn from_json(text: &str, origin: &str) -> Result<Guidance> {
        let file: GuidanceFile = crate::json::parse_json(text, origin)?;
        crate::json::check_version(file.schema, origin)?;
        Ok(Guidance { items: file.items })
    }

    pub fn get(&self, item_id: &str) -> Option<&ItemGuidance> {
        self.items.get(item_id)
    }

    /// The item ids that have guidance, in id order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.items.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalogue;

    const MAX_CHARS: usize = 220;

    fn catalogue() -> Catalogue {
        Catalogue::builtin().expect("the built-in catalogue loads")
    }

    fn check_text(id: &str, what: &str, text: &Localized) {
        for (lang, s) in [("fr", &text.fr), ("en", &text.en)] {
            assert!(!s.trim().is_empty(), "{id} {what}: empty {lang} text");
            let chars = s.chars().count();
            assert!(
                chars <= MAX_CHARS,
                "{id} {what}: {lang} text is {chars} chars (max {MAX_CHARS}): {s}"
            );
        }
        assert_ne!(
            text.fr.trim(),
            text.en.trim(),
            "{id} {what}: French and English are the same"
        );
    }

    #[test]
    fn every_catalogue_item_has_complete_guidance() {
        let guidance = Guidance::builtin();
        for item in catalogue().items() {
            let id = item.id.as_str();
            let g = guidance
                .get(id)
                .unwrap_or_else(|| panic!("no guidance for `{id}`"));
            assert!(
                (2..=3).contains(&g.actions.len()),
                "{id}: {} actions, expected 2–3",
                g.actions.len()
            );
            assert!(
                (2..=3).contains(&g.questions.len()),
                "{id}: {} questions, expected 2–3",
                g.questions.len()
            );
            for (i, action) in g.actions.iter().enumerate() {
                check_text(id, &format!("actions[{i}]"), action);
            }
            for (i, question) in g.questions.iter().enumerate() {
                check_text(id, &format!("questions[{i}]"), question);
            }
            check_text(id, "evidence", &g.evidence);
        }
    }

    #[test]
    fn guidance_names_only_catalogue_items() {
        let catalogue = catalogue();
        let guidance = Guidance::builtin();
        for id in guidance.ids() {
            assert!(
                catalogue.get(id).is_some(),
                "guidance for `{id}`, which is not a catalogue item"
            );
        }
        assert_eq!(guidance.len(), catalogue.len());
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let text = r#"{"schema": 1, "items": {"E.3": {
            "actions": [], "questions": [], "evidence": {"fr": "a", "en": "b"},
            "tips": []
        }}}"#;
        assert!(Guidance::from_json(text, "t.json").is_err());
    }

    #[test]
    fn newer_schema_is_reported() {
        let text = r#"{"schema": 99, "items": {}}"#;
        let err = Guidance::from_json(text, "t.json").unwrap_err();
        assert!(matches!(err, crate::Error::NewerSchema { .. }));
    }
}
