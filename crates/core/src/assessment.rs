//! An assessment: one person rated by themselves or by a coach.

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};

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

/// The highest score; 0 means "not yet practised" and an absent score "not
/// answered".
pub const MAX_LEVEL: u8 = 5;

/// What is written in a file for [`Answer::NotApplicable`].
pub const NOT_APPLICABLE: &str = "na";

/// One answer for one item: a level, or "not applicable / I can't judge".
///
/// In JSON a level is a whole number (0 = not yet practised, 1–5) and "not
/// applicable" is the string `"na"`; `null` is read as `"na"` too, and
/// always written back as `"na"`. Not applicable is not a level: it is never
/// scored as 0, and the matching rule counts it as unanswered (see
/// [`Assessment::score`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// 0 = not yet practised, 1–5 = the level reached.
    Level(u8),
    /// The person (or the coach) says the item does not apply, or that they
    /// cannot judge it.
    NotApplicable,
}

impl Answer {
    /// The level, when one was given.
    pub fn level(self) -> Option<u8> {
        match self {
            Answer::Level(level) => Some(level),
            Answer::NotApplicable => None,
        }
    }

    pub fn is_not_applicable(self) -> bool {
        self == Answer::NotApplicable
    }
}

impl From<u8> for Answer {
    fn from(level: u8) -> Answer {
        Answer::Level(level)
    }
}

impl fmt::Display for Answer {
    /// `3`, or `na`: the file's spelling, not words for people.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Level(level) => write!(f, "{level}"),
            Answer::NotApplicable => f.write_str(NOT_APPLICABLE),
        }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Level(level) => serializer.serialize_u8(*level),
            Answer::NotApplicable => serializer.serialize_str(NOT_APPLICABLE),
        }
    }
}

/// What a bad answer is compared with in the error message.
const EXPECTED_ANSWER: &str = "a level from 0 to 5, or \"na\" for not applicable";

struct AnswerVisitor;

impl Visitor<'_> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(EXPECTED_ANSWER)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Answer, E> {
        // Any byte is read; [`Assessment::validate`] names a level above 5.
        u8::try_from(v)
            .map(Answer::Level)
            .map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Answer, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(v), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
        if v.trim().eq_ignore_ascii_case(NOT_APPLICABLE) {
            Ok(Answer::NotApplicable)
        } else {
            Err(E::invalid_value(Unexpected::Str(v), &self))
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<Answer, E> {
        Ok(Answer::NotApplicable)
    }

    fn visit_none<E: de::Error>(self) -> Result<Answer, E> {
        Ok(Answer::NotApplicable)
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Answer, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

impl JsonSchema for Answer {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answer".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "One answer: a level from 0 (not yet practised) to 5, or \"na\" for \"not applicable / I can't judge\" (never scored as 0; the fit counts it as unanswered). bilan also reads `null` in an assessment file as \"na\", and writes \"na\".",
            "oneOf": [
                {"type": "integer", "minimum": 0, "maximum": 5},
                {"const": "na"}
            ]
        })
    }
}

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
    /// Answer per item id: 0 = not yet practised, 1–5 = level, "na" = not
    /// applicable / can't judge; absent = not answered. An id given twice
    /// is refused.
    #[serde(deserialize_with = "crate::json::unique_map")]
    pub scores: BTreeMap<String, Answer>,
    /// Free-text notes and evidence per item id.
    #[serde(default, deserialize_with = "crate::json::unique_map")]
    pub notes: BTreeMap<String, String>,
    /// The item the walk was on when last saved, to resume there.
    #[serde(default)]
    pub position: Option<String>,
    /// How the assessment was started, when not by the full walk: `quick`
    /// for a quick orientation (its answers are kept when the full walk
    /// continues). Absent for a full assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_in: Option<StartedIn>,
}

/// How an assessment was started, when not by the full walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum StartedIn {
    /// The quick orientation: a dozen questions chosen to settle the first
    /// place.
    Quick,
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
            started_in: None,
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
        for (item, answer) in &self.scores {
            if let Answer::Level(score) = answer
                && *score > MAX_LEVEL
            {
                return Err(Error::invalid(
                    origin,
                    format!("scores.{item}"),
                    format!("score {score} is outside 0–5"),
                    SCORE_HINT,
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

    /// The level given to `item`, if a level was given: `None` when it was
    /// not answered *or* answered "not applicable" (which the fit counts as
    /// unanswered). [`Assessment::answer`] tells the two apart.
    pub fn score(&self, item: &str) -> Option<u8> {
        self.answer(item).and_then(Answer::level)
    }

    /// The answer given to `item`; `None` when not answered.
    pub fn answer(&self, item: &str) -> Option<Answer> {
        self.scores.get(item).copied()
    }

    /// Whether `item` was answered "not applicable / I can't judge".
    pub fn is_not_applicable(&self, item: &str) -> bool {
        self.answer(item) == Some(Answer::NotApplicable)
    }

    /// Sets (or with `None` clears) an answer and stamps the change time. A
    /// level above 5 is kept at 5.
    pub fn set_answer(&mut self, item: &str, answer: Option<Answer>) {
        match answer {
            Some(Answer::Level(level)) => {
                self.scores
                    .insert(item.to_string(), Answer::Level(level.min(MAX_LEVEL)));
            }
            Some(Answer::NotApplicable) => {
                self.scores.insert(item.to_string(), Answer::NotApplicable);
            }
            None => {
                self.scores.remove(item);
            }
        }
        self.touch();
    }

    /// Sets (or with `None` clears) a level: [`Assessment::set_answer`]
    /// with a level.
    pub fn set_score(&mut self, item: &str, score: Option<u8>) {
        self.set_answer(item, score.map(Answer::Level));
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

    /// How many catalogue items are answered, and how many there are. "Not
    /// applicable" counts as answered here (the person responded), though it
    /// is not scored: [`Assessment::not_applicable`] counts those.
    pub fn progress(&self, catalogue: &Catalogue) -> (usize, usize) {
        let answered = catalogue
            .items()
            .iter()
            .filter(|item| self.scores.contains_key(item.id.as_str()))
            .count();
        (answered, catalogue.len())
    }

    /// How many catalogue items were answered "not applicable".
    pub fn not_applicable(&self, catalogue: &Catalogue) -> usize {
        catalogue
            .items()
            .iter()
            .filter(|item| self.is_not_applicable(&item.id))
            .count()
    }

    /// Levels laid out by catalogue index; unanswered, not applicable and
    /// unknown count as 0.
    pub fn score_vector(&self, catalogue: &Catalogue) -> Vec<u8> {
        let mut levels = vec![0; catalogue.len()];
        for (id, answer) in &self.scores {
            if let (Some(index), Answer::Level(level)) = (catalogue.index_of(id), answer) {
                levels[index] = *level;
            }
        }
        levels
    }

    /// Which catalogue items were given a level, by index: "not applicable"
    /// is `false`, since the fit counts it as unanswered.
    pub fn answered_vector(&self, catalogue: &Catalogue) -> Vec<bool> {
        catalogue
            .items()
            .iter()
            .map(|item| self.score(&item.id).is_some())
            .collect()
    }

    pub fn to_json(&self) -> String {
        // Serialising plain maps, strings and numbers cannot fail.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// What to do about a level outside 0–5.
const SCORE_HINT: &str = "use 0 for not yet practised, a level from 1 to 5, or \"na\" for not \
     applicable; leave the item out if not answered";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn started_in_quick_is_optional_and_kept() {
        let text = r#"{"person": "Ana", "rater": "self", "scores": {}}"#;
        let mut a = Assessment::from_json(text, "t.json").expect("valid");
        assert_eq!(a.started_in, None);
        assert!(!a.to_json().contains("started_in"));
        a.started_in = Some(StartedIn::Quick);
        let saved = a.to_json();
        assert!(saved.contains(r#""started_in": "quick""#), "{saved}");
        let back = Assessment::from_json(&saved, "t.json").expect("valid");
        assert_eq!(back.started_in, Some(StartedIn::Quick));
    }

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
    fn not_applicable_round_trips_as_na_and_null_is_read_as_na() {
        let text = r#"{"person": "Ana", "rater": "self",
            "scores": {"A.3": 3, "E.7": "na", "B.1": null, "C.1": "NA", "D.6": 0}}"#;
        let a = Assessment::from_json(text, "t.json").expect("valid");
        assert_eq!(a.answer("A.3"), Some(Answer::Level(3)));
        assert_eq!(a.answer("D.6"), Some(Answer::Level(0)));
        for id in ["E.7", "B.1", "C.1"] {
            assert_eq!(a.answer(id), Some(Answer::NotApplicable), "{id}");
            assert!(a.is_not_applicable(id));
        }
        assert_eq!(a.answer("E.1"), None);
        let saved = a.to_json();
        assert!(saved.contains("\"E.7\": \"na\""), "{saved}");
        assert!(
            saved.contains("\"B.1\": \"na\""),
            "null is written as \"na\": {saved}"
        );
        assert!(saved.contains("\"D.6\": 0"), "{saved}");
        let again = Assessment::from_json(&saved, "t.json").expect("valid");
        assert_eq!(again, a);
    }

    #[test]
    fn not_applicable_is_no_level_but_counts_as_answered() {
        let library = crate::Library::builtin().expect("built-in data");
        let catalogue = &library.catalogue;
        let mut a = Assessment::new("Ana", Rater::Coach, Lang::Fr);
        a.set_score("A.3", Some(0));
        a.set_answer("E.7", Some(Answer::NotApplicable));
        // The level, if a level was given: neither 0 nor anything else.
        assert_eq!(a.score("E.7"), None);
        assert_eq!(a.score("A.3"), Some(0));
        assert_eq!(a.progress(catalogue).0, 2, "the person responded");
        assert_eq!(a.not_applicable(catalogue), 1);
        let e7 = catalogue.index_of("E.7").expect("known");
        let a3 = catalogue.index_of("A.3").expect("known");
        assert!(
            !a.answered_vector(catalogue)[e7],
            "the fit counts it as unanswered"
        );
        assert!(a.answered_vector(catalogue)[a3]);
        assert_eq!(a.score_vector(catalogue)[e7], 0);
        // A level replaces it, and clearing leaves the item unanswered.
        a.set_score("E.7", Some(9));
        assert_eq!(a.answer("E.7"), Some(Answer::Level(5)));
        a.set_answer("E.7", None);
        assert_eq!(a.answer("E.7"), None);
    }

    #[test]
    fn an_answer_neither_level_nor_na_names_the_field_and_the_fix() {
        for bad in [r#""nope""#, "-1", "2.5", "true", "300"] {
            let text =
                format!(r#"{{"person": "Ana", "rater": "self", "scores": {{"E.7": {bad}}}}}"#);
            let err = Assessment::from_json(&text, "t.json")
                .unwrap_err()
                .to_string();
            assert!(err.contains("scores.E.7"), "{bad}: {err}");
            assert!(
                err.contains("0 to 5") && err.contains("\"na\""),
                "{bad}: {err}"
            );
        }
        let text = r#"{"person": "Ana", "rater": "self", "scores": {"E.7": 6}}"#;
        let err = Assessment::from_json(text, "t.json")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("scores.E.7") && err.contains("\"na\""),
            "{err}"
        );
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
