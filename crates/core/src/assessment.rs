//! An assessment: one person rated by themselves or by a coach.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::Catalogue;
use crate::error::{Error, Result};
use crate::text::Lang;
use crate::time::Timestamp;

/// Who gave the ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum Rater {
    /// The person rated themselves.
    #[default]
    #[serde(rename = "self")]
    SelfRated,
    /// A coach rated the person.
    Coach,
}

impl Rater {
    pub fn code(self) -> &'static str {
        match self {
            Rater::SelfRated => "self",
            Rater::Coach => "coach",
        }
    }
}

/// The highest score; 0 means "none" and an absent score "not answered".
pub const MAX_LEVEL: u8 = 5;

/// An assessment file. Only `person`, `rater` and `scores` are required on
/// input; everything else is filled in on save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Assessment {
    /// Format version.
    #[serde(default = "crate::json::current_version")]
    pub schema: u32,
    /// The person assessed.
    pub person: String,
    /// Who rated: `self` or `coach`.
    pub rater: Rater,
    /// The coach's name, when a coach rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coach: Option<String>,
    /// Language the assessment was taken in.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// When it was started (RFC 3339, UTC).
    #[serde(default)]
    pub created: Option<Timestamp>,
    /// When it was last changed (RFC 3339, UTC).
    #[serde(default)]
    pub updated: Option<Timestamp>,
    /// Score per item id: 0 = none, 1–5 = level; absent = not answered.
    #[schemars(schema_with = "scores_schema")]
    pub scores: BTreeMap<String, u8>,
    /// Free-text notes and evidence per item id.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// The item the walk was on when last saved, to resume there.
    #[serde(default)]
    pub position: Option<String>,
}

impl Assessment {
    pub fn new(person: impl Into<String>, rater: Rater, lang: Lang) -> Assessment {
        let now = Timestamp::now();
        Assessment {
            schema: crate::json::SCHEMA_VERSION,
            person: person.into(),
            rater,
            coach: None,
            lang: Some(lang),
            created: Some(now.clone()),
            updated: Some(now),
            scores: BTreeMap::new(),
            notes: BTreeMap::new(),
            position: None,
        }
    }

    /// Parses and checks an assessment. Scores for ids the catalogue does not
    /// know are kept (they may come from a custom catalogue) and reported by
    /// [`Assessment::unknown_items`].
    pub fn from_json(text: &str, origin: &str) -> Result<Assessment> {
        let assessment: Assessment = crate::json::parse_json(text, origin)?;
        assessment.validate(origin)?;
        Ok(assessment)
    }

    pub fn validate(&self, origin: &str) -> Result<()> {
        crate::json::check_version(self.schema, origin)?;
        if self.person.trim().is_empty() {
            return Err(Error::invalid(
                origin,
                "person",
                "the person's name is empty",
                "write the name of the person assessed",
            ));
        }
        for (item, score) in &self.scores {
            if *score > MAX_LEVEL {
                return Err(Error::invalid(
                    origin,
                    format!("scores.{item}"),
                    format!("score {score} is outside 0–5"),
                    "use 0 for none or a level from 1 to 5; leave the item out if not answered",
                ));
            }
        }
        Ok(())
    }

    /// Ids scored here that the catalogue does not know.
    pub fn unknown_items<'a>(&'a self, catalogue: &'a Catalogue) -> Vec<&'a str> {
        self.scores
            .keys()
            .filter(|id| catalogue.get(id).is_none())
            .map(String::as_str)
            .collect()
    }

    pub fn score(&self, item: &str) -> Option<u8> {
        self.scores.get(item).copied()
    }

    /// Sets (or with `None` clears) a score and stamps the change time.
    pub fn set_score(&mut self, item: &str, score: Option<u8>) {
        match score {
            Some(level) => {
                self.scores.insert(item.to_string(), level.min(MAX_LEVEL));
            }
            None => {
                self.scores.remove(item);
            }
        }
        self.touch();
    }

    pub fn set_note(&mut self, item: &str, note: &str) {
        if note.trim().is_empty() {
            self.notes.remove(item);
        } else {
            self.notes.insert(item.to_string(), note.to_string());
        }
        self.touch();
    }

    pub fn note(&self, item: &str) -> Option<&str> {
        self.notes.get(item).map(String::as_str)
    }

    pub fn touch(&mut self) {
        let now = Timestamp::now();
        if self.created.is_none() {
            self.created = Some(now.clone());
        }
        self.updated = Some(now);
    }

    /// Fills every optional field so the saved file is complete.
    pub fn complete_fields(&mut self, lang: Lang) {
        self.schema = crate::json::SCHEMA_VERSION;
        if self.lang.is_none() {
            self.lang = Some(lang);
        }
        if self.created.is_none() || self.updated.is_none() {
            self.touch();
        }
    }

    /// How many catalogue items are answered, and how many there are.
    pub fn progress(&self, catalogue: &Catalogue) -> (usize, usize) {
        let answered = catalogue
            .items()
            .iter()
            .filter(|item| self.scores.contains_key(item.id.as_str()))
            .count();
        (answered, catalogue.len())
    }

    /// Scores laid out by catalogue index; unanswered and unknown count as 0.
    pub fn score_vector(&self, catalogue: &Catalogue) -> Vec<u8> {
        let mut levels = vec![0; catalogue.len()];
        for (id, score) in &self.scores {
            if let Some(index) = catalogue.index_of(id) {
                levels[index] = *score;
            }
        }
        levels
    }

    /// Which catalogue items are answered, by index.
    pub fn answered_vector(&self, catalogue: &Catalogue) -> Vec<bool> {
        catalogue
            .items()
            .iter()
            .map(|item| self.scores.contains_key(item.id.as_str()))
            .collect()
    }

    pub fn to_json(&self) -> String {
        // Serialising plain maps, strings and numbers cannot fail.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Scores are 0–5, which `u8` alone would not tell the schema's readers.
fn scores_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "object",
        "additionalProperties": {"type": "integer", "minimum": 0, "maximum": 5}
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smallest_valid_input_is_accepted_and_filled_on_save() {
        let text = r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3, "se.tenacity": 4}}"#;
        let mut a = Assessment::from_json(text, "t.json").expect("valid");
        assert_eq!(a.schema, crate::json::SCHEMA_VERSION);
        assert_eq!(a.score("A.3"), Some(3));
        assert!(a.created.is_none());
        a.complete_fields(Lang::En);
        let saved = a.to_json();
        for field in [
            "\"created\"",
            "\"updated\"",
            "\"lang\"",
            "\"notes\"",
            "\"position\"",
        ] {
            assert!(saved.contains(field), "{field} missing from {saved}");
        }
    }

    #[test]
    fn score_above_five_names_the_field() {
        let text = r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 7}}"#;
        let err = Assessment::from_json(text, "t.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains("scores.A.3"), "{err}");
        assert!(err.contains("0–5"), "{err}");
    }

    #[test]
    fn newer_schema_is_refused_before_field_errors() {
        let text = r#"{"schema": 99, "person": "Ana", "rater": "robot", "scores": {}}"#;
        let err = Assessment::from_json(text, "t.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains("newer bilan"), "{err}");
    }

    #[test]
    fn bad_rater_reports_line_and_field() {
        let text = "{\n  \"person\": \"Ana\",\n  \"rater\": \"robot\",\n  \"scores\": {}\n}";
        let err = Assessment::from_json(text, "t.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("rater"), "{err}");
    }
}
