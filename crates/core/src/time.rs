//! The `created` / `updated` stamps of an assessment. They are kept as the
//! text the file holds (so a file is written back exactly as read, and the
//! schemas still say "string"), but ordered as instants, in one place, for
//! the resume list, the rounds, the group analysis and `diff`.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::ops::Deref;
use std::time::{Duration, SystemTime};

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

/// An RFC 3339 stamp as written in a file (`2026-03-01T10:00:00Z`).
///
/// Ordered by the instant it names (`Z` or a `±HH:MM` offset); a stamp that
/// is not RFC 3339 sorts before every valid one, and among themselves such
/// stamps sort as text. As `Option<Timestamp>`, a missing stamp is the
/// oldest of all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(String);

// Exactly a string's schema (no definition of its own), so the published
// schemas stay as they were.
impl JsonSchema for Timestamp {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        String::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        String::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        String::json_schema(generator)
    }
}

impl Timestamp {
    /// Now, in UTC to the second.
    pub fn now() -> Timestamp {
        Timestamp(humantime::format_rfc3339_seconds(SystemTime::now()).to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The instant, when the text is RFC 3339.
    pub fn instant(&self) -> Option<SystemTime> {
        parse_instant(&self.0)
    }

    /// The `YYYY-MM-DD` the stamp starts with, when it starts with one.
    pub fn date(&self) -> Option<&str> {
        let date = self.0.get(..10)?;
        let shaped = date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
        shaped.then_some(date)
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.instant()
            .cmp(&other.instant())
            .then_with(|| self.0.cmp(&other.0))
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Deref for Timestamp {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Timestamp {
    fn from(s: &str) -> Self {
        Timestamp(s.to_string())
    }
}

impl From<String> for Timestamp {
    fn from(s: String) -> Self {
        Timestamp(s)
    }
}

impl From<Timestamp> for String {
    fn from(t: Timestamp) -> String {
        t.0
    }
}

impl PartialEq<str> for Timestamp {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Timestamp {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// An RFC 3339 stamp as an instant: `Z` or a `±HH:MM` offset.
fn parse_instant(stamp: &str) -> Option<SystemTime> {
    let stamp = stamp.trim();
    if let Ok(instant) = humantime::parse_rfc3339_weak(stamp) {
        return Some(instant);
    }
    // humantime reads `Z` only: move an explicit offset into the instant.
    let split = stamp.len().checked_sub(6)?;
    let (local, offset) = (stamp.get(..split)?, stamp.get(split..)?);
    let sign = match offset.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours: u64 = offset.get(1..3)?.parse().ok()?;
    let minutes: u64 = offset.get(4..6)?.parse().ok()?;
    if offset.as_bytes().get(3) != Some(&b':') {
        return None;
    }
    let shift = Duration::from_secs(hours * 3600 + minutes * 60);
    let local = humantime::parse_rfc3339_weak(&format!("{local}Z")).ok()?;
    // Local time minus a positive offset is UTC.
    if sign > 0 {
        local.checked_sub(shift)
    } else {
        local.checked_add(shift)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Option<Timestamp> {
        Some(Timestamp::from(s))
    }

    #[test]
    fn stamps_compare_as_instants_and_missing_comes_first() {
        assert!(at("2025-01-01T10:00:00Z") < at("2025-01-01T09:00:00-02:00"));
        // 12:30+02:00 is 10:30Z.
        assert!(at("2025-01-01T10:00:00Z") < at("2025-01-01T12:30:00+02:00"));
        assert!(at("2025-01-01T11:00:00Z") > at("2025-01-01T12:30:00+02:00"));
        assert!(None < at("2020-01-01T00:00:00Z"));
        assert!(at("b") > at("a"));
        assert!(at("zzz") < at("2020-01-01T00:00:00Z"), "unparsable first");
    }

    #[test]
    fn the_date_is_the_day_prefix_when_there_is_one() {
        assert_eq!(
            Timestamp::from("2026-03-01T10:00:00Z").date(),
            Some("2026-03-01")
        );
        assert_eq!(Timestamp::from("yesterday").date(), None);
        assert_eq!(Timestamp::from("").date(), None);
        assert!(Timestamp::now().date().is_some());
    }
}
