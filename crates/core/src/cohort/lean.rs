//! The fast reader of the group analysis: one assessment file read into a
//! reused buffer and parsed in one pass, keeping only the person, rater,
//! date and the scores of the target profile's requirements. It accepts
//! exactly the files the full [`Assessment`] parse accepts.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::plan::{NOT_ANSWERED, NOT_APPLICABLE, Plan, Positions};
use crate::assessment::{Answer, Assessment, MAX_LEVEL, Rater};
use crate::error::{Error, FileRole};
use crate::store;
use crate::text::Lang;
use crate::time::Timestamp;

/// What one file gives the analysis.
pub(super) struct Read {
    pub(super) person: String,
    pub(super) rater: Rater,
    pub(super) updated: Option<Timestamp>,
    /// The score of each planned requirement.
    pub(super) scores: Vec<u8>,
    /// Scored item ids the catalogue does not know (ignored, told).
    pub(super) unknown: Vec<String>,
}

/// Reads one file into `buf`: the person (trimmed), rater, `updated`, the
/// score of each planned requirement ([`NOT_ANSWERED`] when absent,
/// [`NOT_APPLICABLE`] when answered so) and the ids the catalogue lacks.
pub(super) fn read_scores(path: &Path, plan: &Plan, buf: &mut Vec<u8>) -> Result<Read, Error> {
    store::read_bytes(path, FileRole::Assessment, buf)?;
    // The whole file must be UTF-8, as for the full reader: the parser does
    // not check the strings it skips (found by `tests/loader_fuzz.rs`).
    let text = std::str::from_utf8(buf).map_err(|_| crate::store::read::not_utf8(path))?;
    let mut scores = vec![NOT_ANSWERED; plan.requirements.len()];
    // The fast path: a valid file is parsed once, borrowing its strings,
    // skipping the notes and keeping only the scores the profile asks for.
    // Anything it does not accept goes the full way, which gives the precise
    // error (or, rarely, accepts the file after all).
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let mut unknown = Vec::new();
    let seed = LeanSeed {
        positions: &plan.positions,
        scores: &mut scores,
        known: &plan.known,
        unknown: &mut unknown,
    };
    if let Ok(lean) = seed.deserialize(&mut deserializer)
        && deserializer.end().is_ok()
        && lean.is_valid()
    {
        let updated = lean.updated.map(|u| Timestamp::from(u.0.into_owned()));
        return Ok(Read {
            person: lean.person.0.trim().to_string(),
            rater: lean.rater,
            updated,
            scores,
            unknown,
        });
    }
    let full = Assessment::from_json(text, &path.display().to_string())?;
    for (req, score) in plan.requirements.iter().zip(scores.iter_mut()) {
        *score = slot(full.answer(req.item));
    }
    let unknown = full
        .scores
        .keys()
        .filter(|id| !plan.known.contains(id.as_str()))
        .cloned()
        .collect();
    Ok(Read {
        person: full.person.trim().to_string(),
        rater: full.rater,
        updated: full.updated,
        scores,
        unknown,
    })
}

/// An answer as a score slot.
fn slot(answer: Option<Answer>) -> u8 {
    match answer {
        Some(Answer::Level(level)) => level,
        Some(Answer::NotApplicable) => NOT_APPLICABLE,
        None => NOT_ANSWERED,
    }
}

/// What the fast path keeps of an assessment file (the scores go straight
/// into the caller's slots).
struct Lean<'a> {
    schema: u32,
    person: Text<'a>,
    rater: Rater,
    updated: Option<Text<'a>>,
    /// Every score was 0–5.
    scores_in_range: bool,
}

impl Lean<'_> {
    /// The checks of [`Assessment::validate`].
    fn is_valid(&self) -> bool {
        self.schema <= crate::json::SCHEMA_VERSION
            && !self.person.0.trim().is_empty()
            && self.scores_in_range
    }
}

/// Reads an assessment object the way `#[derive(Deserialize)]` on
/// [`Assessment`] does (same fields and types, unknown fields ignored, a
/// repeated or missing required field refused), so it accepts no file the
/// full parse would refuse.
struct LeanSeed<'s, 'p> {
    positions: &'s Positions<'p>,
    scores: &'s mut [u8],
    known: &'s HashSet<String>,
    unknown: &'s mut Vec<String>,
}

impl<'de, 's, 'p> DeserializeSeed<'de> for LeanSeed<'s, 'p> {
    type Value = Lean<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Lean<'de>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, 's, 'p> Visitor<'de> for LeanSeed<'s, 'p> {
    type Value = Lean<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an assessment object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Lean<'de>, A::Error> {
        fn once<T, E: de::Error>(
            slot: &mut Option<T>,
            value: T,
            name: &'static str,
        ) -> Result<(), E> {
            if slot.replace(value).is_some() {
                return Err(E::duplicate_field(name));
            }
            Ok(())
        }
        let mut schema = None;
        let mut person = None;
        let mut rater = None;
        let mut updated: Option<Option<Text>> = None;
        let mut scores_in_range = None;
        let mut others = [false; 5];
        let LeanSeed {
            positions,
            scores,
            known,
            unknown,
        } = self;
        let mut scores = Some(scores);
        while let Some(key) = map.next_key::<Text>()? {
            match key.0.as_ref() {
                "schema" => once(&mut schema, map.next_value::<u32>()?, "schema")?,
                "person" => once(&mut person, map.next_value::<Text>()?, "person")?,
                "rater" => once(&mut rater, map.next_value::<Rater>()?, "rater")?,
                "updated" => once(&mut updated, map.next_value::<Option<Text>>()?, "updated")?,
                "scores" => {
                    let Some(slots) = scores.take() else {
                        return Err(de::Error::duplicate_field("scores"));
                    };
                    let seed = ScoresSeed {
                        positions,
                        slots,
                        known,
                        unknown: &mut *unknown,
                    };
                    scores_in_range = Some(map.next_value_seed(seed)?);
                }
                other => {
                    let fields = ["coach", "lang", "created", "notes", "position"];
                    let Some(at) = fields.iter().position(|f| *f == other) else {
                        map.next_value::<de::IgnoredAny>()?;
                        continue;
                    };
                    if std::mem::replace(&mut others[at], true) {
                        return Err(de::Error::duplicate_field(fields[at]));
                    }
                    // Checked for their type, then forgotten.
                    match at {
                        1 => {
                            map.next_value::<Option<Lang>>()?;
                        }
                        3 => {
                            map.next_value::<SkipMap>()?;
                        }
                        _ => {
                            map.next_value::<Option<Skip>>()?;
                        }
                    }
                }
            }
        }
        Ok(Lean {
            schema: schema.unwrap_or(crate::json::SCHEMA_VERSION),
            person: person.ok_or_else(|| de::Error::missing_field("person"))?,
            rater: rater.ok_or_else(|| de::Error::missing_field("rater"))?,
            updated: updated.flatten(),
            scores_in_range: scores_in_range.ok_or_else(|| de::Error::missing_field("scores"))?,
        })
    }
}

/// Writes the scores of the planned requirements into their slots; tells
/// whether every score (planned or not) was 0–5. A repeated id is refused,
/// as the full parse refuses it.
struct ScoresSeed<'s, 'p> {
    positions: &'s Positions<'p>,
    slots: &'s mut [u8],
    known: &'s HashSet<String>,
    unknown: &'s mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for ScoresSeed<'_, '_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ScoresSeed<'_, '_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of item ids to scores")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut in_range = true;
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<Text>()? {
            let answer: Answer = map.next_value()?;
            if !seen.insert(key.0.clone()) {
                return Err(de::Error::custom("duplicate key"));
            }
            if let Some(&at) = self.positions.get(key.0.as_ref()) {
                self.slots[at] = slot(Some(answer));
            } else if !self.known.contains(key.0.as_ref()) {
                self.unknown.push(key.0.clone().into_owned());
            }
            in_range &= answer.level().is_none_or(|level| level <= MAX_LEVEL);
        }
        Ok(in_range)
    }
}

/// A string, borrowed from the file when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Cow<'de, str>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Cow::Borrowed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v))
            }
        }
        deserializer.deserialize_str(TextVisitor).map(Text)
    }
}

/// A string that is checked to be one, then dropped.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SkipVisitor;
        impl Visitor<'_> for SkipVisitor {
            type Value = Skip;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Skip, E> {
                Ok(Skip)
            }
        }
        deserializer.deserialize_str(SkipVisitor)
    }
}

/// A map of strings to strings, checked (each key once), then dropped.
struct SkipMap;

impl<'de> Deserialize<'de> for SkipMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SkipMapVisitor;
        impl<'de> Visitor<'de> for SkipMapVisitor {
            type Value = SkipMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of strings")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SkipMap, A::Error> {
                let mut seen = HashSet::new();
                while let Some((key, Skip)) = map.next_entry::<Text, Skip>()? {
                    if !seen.insert(key.0) {
                        return Err(de::Error::custom("duplicate key"));
                    }
                }
                Ok(SkipMap)
            }
        }
        deserializer.deserialize_map(SkipMapVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lean_accepts(text: &str) -> bool {
        let positions = Positions::default();
        let mut deserializer = serde_json::Deserializer::from_slice(text.as_bytes());
        let known = HashSet::new();
        let mut unknown = Vec::new();
        let seed = LeanSeed {
            positions: &positions,
            scores: &mut [],
            known: &known,
            unknown: &mut unknown,
        };
        seed.deserialize(&mut deserializer)
            .is_ok_and(|lean| deserializer.end().is_ok() && lean.is_valid())
    }

    #[test]
    fn lean_parse_accepts_exactly_what_the_full_parse_accepts() {
        let cases = [
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 7}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 7, "A.3": 2}}"#,
            r#"{"person": "  ", "rater": "self", "scores": {}}"#,
            r#"{"person": "Ana", "rater": "robot", "scores": {}}"#,
            r#"{"person": "Ana", "rater": "coach", "coach": null, "scores": {}}"#,
            r#"{"person": "Ana", "rater": "coach", "coach": 4, "scores": {}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "notes": {"A.3": 1}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "notes": null}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "lang": "de"}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "extra": [1, 2]}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "schema": 2}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": -1}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 2.5}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}} trailing"#,
            r#"{"person": "Ana", "person": "Bo", "rater": "self", "scores": {}}"#,
            r#"{"person": "An\u00e9", "rater": "self", "updated": "2025-01-01T00:00:00Z", "position": "A.3", "created": "c", "scores": {"A\u002e3": 1}}"#,
            r#"{"rater": "self", "scores": {}}"#,
            r#"{"person": "Ana", "rater": "self"}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "scores": {}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "notes": {}, "notes": {}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "lang": "en", "lang": "fr"}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "updated": null}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "updated": 3}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": null}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": "na"}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": "nope"}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": []}"#,
            "{\"person\": \"Ana\", \"rater\": \"self\", \"scores\": {}, \"notes\": {\"A.3\": \"caf\u{e9}\"}}",
            r#"[]"#,
            r#"["Ana", "self", {}]"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 2, "A.3": 2}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 2, "A\u002e3": 2}}"#,
            r#"{"person": "Ana", "rater": "self", "scores": {}, "notes": {"A.3": "a", "A.3": "b"}}"#,
            "\u{feff}{\"person\": \"Ana\", \"rater\": \"self\", \"scores\": {}}",
        ];
        // A file as bilan saves it takes the fast path.
        let mut saved = Assessment::new("Ana", Rater::Coach, Lang::Fr);
        saved.coach = Some("Marc".to_string());
        saved.set_score("A.3", Some(3));
        saved.set_answer("E.7", Some(Answer::NotApplicable));
        saved.set_note("A.3", "a \"quoted\" note\nover two lines");
        saved.position = Some("A.3".to_string());
        assert!(lean_accepts(&saved.to_json()));
        for case in cases {
            let full = Assessment::from_json(case, "t").is_ok();
            let lean = lean_accepts(case);
            // The lean path may refuse more (the full path then decides) but
            // never accept what the full parse refuses.
            assert!(!lean || full, "lean accepted what full refuses: {case}");
            // A file with a byte order mark goes the full way.
            if !case.starts_with('\u{feff}') {
                assert_eq!(lean, full, "{case}");
            }
        }
    }
}
