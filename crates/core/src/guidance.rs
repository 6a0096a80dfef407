//! Development and interview guidance per catalogue item: concrete actions to
//! rise on the item, behavioural interview questions for a coach, one probe
//! per level band to tell the levels apart, what the person can bring as
//! evidence, and, for a trait that is a personality preference rather than a
//! competence, a caution for the coach.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::assessment::MAX_LEVEL;
use crate::error::{Error, Result};
use crate::text::Localized;

/// The embedded guidance, so the program runs with no set-up.
pub const BUILTIN_GUIDANCE: &str = include_str!("../../../profiles/guidance.json");

/// The level bands the built-in guidance has a probe for: the levels the
/// role profiles require.
pub const PROBE_BANDS: [u8; 3] = [2, 3, 4];

/// The guidance for one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemGuidance {
    /// Two or three concrete things to do in the coming weeks.
    pub actions: Vec<Localized>,
    /// Two or three open behavioural interview questions about past
    /// situations, from a job, an association or a personal project.
    pub questions: Vec<Localized>,
    /// One open question per level band, keyed by the level it checks
    /// (`"2"`, `"3"`, `"4"` in JSON): what someone at that level can tell
    /// and someone at the level below cannot (scope, autonomy, audience,
    /// stakes). Optional, so files written before probes existed still load.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::json::unique_map"
    )]
    pub probes: BTreeMap<u8, Localized>,
    /// What the person can bring to show the level: documents, dated work,
    /// results, attestations they obtain themselves; never somebody else's
    /// word obtained behind their back.
    pub evidence: Localized,
    /// For a trait that is a personality preference rather than a
    /// competence: how the coach should read it (a style, not a skill gap).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caution: Option<Localized>,
}

impl ItemGuidance {
    /// The probe that checks `level`, if there is one.
    pub fn probe(&self, level: u8) -> Option<&Localized> {
        self.probes.get(&level)
    }
}

/// The guidance file as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceFile {
    #[serde(default = "crate::json::current_version")]
    pub schema: u32,
    #[serde(deserialize_with = "crate::json::unique_map")]
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
        for (id, item) in &file.items {
            if let Some(level) = item.probes.keys().find(|l| !(1..=MAX_LEVEL).contains(*l)) {
                return Err(Error::invalid(
                    origin,
                    format!("items.{id}.probes"),
                    format!("level {level} for `{id}` is outside 1–5"),
                    "use a level from 1 to 5",
                ));
            }
        }
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
            for band in PROBE_BANDS {
                let probe = g
                    .probe(band)
                    .unwrap_or_else(|| panic!("{id}: no probe for level {band}"));
                check_text(id, &format!("probes[{band}]"), probe);
            }
            if let Some(caution) = &g.caution {
                check_text(id, "caution", caution);
            }
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
    fn a_file_without_probes_or_caution_still_loads() {
        // The shape of guidance files before probes and cautions existed.
        let text = r#"{"schema": 1, "items": {"E.3": {
            "actions": [], "questions": [], "evidence": {"fr": "a", "en": "b"}
        }}}"#;
        let guidance = Guidance::from_json(text, "t.json").expect("loads");
        let item = guidance.get("E.3").expect("E.3");
        assert!(item.probes.is_empty());
        assert_eq!(item.caution, None);
        assert_eq!(item.probe(3), None);
    }

    #[test]
    fn probes_are_keyed_by_level() {
        let text = r#"{"schema": 1, "items": {"E.3": {
            "actions": [], "questions": [], "evidence": {"fr": "a", "en": "b"},
            "probes": {"3": {"fr": "trois", "en": "three"}},
            "caution": {"fr": "style", "en": "style!"}
        }}}"#;
        let guidance = Guidance::from_json(text, "t.json").expect("loads");
        let item = guidance.get("E.3").expect("E.3");
        assert_eq!(item.probe(3).map(|p| &*p.en), Some("three"));
        assert_eq!(item.probe(2), None);
        assert_eq!(item.caution.as_ref().map(|c| &*c.fr), Some("style"));
    }

    #[test]
    fn a_probe_outside_the_scale_is_rejected() {
        for band in ["0", "6"] {
            let text = format!(
                r#"{{"schema": 1, "items": {{"E.3": {{
                "actions": [], "questions": [], "evidence": {{"fr": "a", "en": "b"}},
                "probes": {{"{band}": {{"fr": "x", "en": "y"}}}}
            }}}}}}"#
            );
            let err = Guidance::from_json(&text, "t.json").unwrap_err();
            assert!(
                matches!(&err, crate::Error::Invalid { field, .. } if field == "items.E.3.probes"),
                "{err}"
            );
        }
        let text = r#"{"schema": 1, "items": {"E.3": {
            "actions": [], "questions": [], "evidence": {"fr": "a", "en": "b"},
            "probes": {"three": {"fr": "x", "en": "y"}}
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
