//! Format versions and JSON parsing with precise errors (line, column, field).

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};

use crate::error::{Error, Result};

/// Version of the JSON formats this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

pub(crate) fn current_version() -> u32 {
    SCHEMA_VERSION
}

pub(crate) fn check_version(found: u32, origin: &str) -> Result<()> {
    if found > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            origin: origin.to_string(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Parses `text` as a `T`, reporting the line, column and field path of the
/// first problem. A file from a newer format version is reported as such
/// rather than as whatever field it no longer matches.
///
/// Every format bilan reads is a JSON object: anything else (an array, which
/// serde would read field by field) is refused. A UTF-8 byte order mark at
/// the start (written by some older editors) is skipped. A key repeated in
/// an object is refused, naming it: by serde for the fields of a struct, by
/// [`unique_map`] for the maps (`scores`, `notes`, levels…).
pub(crate) fn parse_json<T: DeserializeOwned>(text: &str, origin: &str) -> Result<T> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if let Some(error) = not_an_object_at_start(text, origin) {
        return Err(error);
    }
    // The fast path: a good file is parsed once, without path tracking. The
    // caller checks its `schema` version from the parsed value.
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed: std::result::Result<T, _> = serde_path_to_error::deserialize(&mut deserializer);
    match parsed {
        Ok(value) => {
            deserializer.end().map_err(|e| syntax(origin, &e))?;
            Ok(value)
        }
        Err(err) => {
            if let Some(found) = declared_version(text) {
                check_version(found, origin)?;
            }
            let path = err.path().to_string();
            let inner = err.into_inner();
            if !inner.is_data() {
                return Err(syntax(origin, &inner));
            }
            let top_level = path.is_empty() || path == ".";
            let field = if top_level {
                "(top level)".to_string()
            } else {
                path
            };
            let message = match top_level.then(|| not_an_object(text)).flatten() {
                Some(found) => {
                    format!("the file holds {found}, but a JSON object `{{ … }}` is expected")
                }
                None => plain_words(&strip_position(&inner.to_string())),
            };
            Err(Error::Shape {
                origin: origin.to_string(),
                line: inner.line(),
                column: inner.column(),
                field,
                message,
                hint: "Fix that value; `bilan schema` prints the expected shape.".to_string(),
            })
        }
    }
}

/// The byte order mark some editors put at the start of a UTF-8 file.
pub(crate) const BOM: char = '\u{feff}';

/// The error for a text whose first value is an array: serde's derived
/// structs would read one field by field, so it is refused here.
fn not_an_object_at_start(text: &str, origin: &str) -> Option<Error> {
    let start = text.len() - text.trim_start_matches([' ', '\t', '\n', '\r']).len();
    if text.as_bytes().get(start) != Some(&b'[') {
        return None;
    }
    let line = text[..start].matches('\n').count() + 1;
    let column = start - text[..start].rfind('\n').map_or(0, |at| at + 1) + 1;
    Some(Error::Shape {
        origin: origin.to_string(),
        line,
        column,
        field: "(top level)".to_string(),
        message: "the file holds an array `[ … ]`, but a JSON object `{ … }` is expected"
            .to_string(),
        hint: "Fix that value; `bilan schema` prints the expected shape.".to_string(),
    })
}

/// Reads a map whose keys must each appear once (`#[serde(deserialize_with
/// = "crate::json::unique_map")]`): JSON allows a key twice and serde would
/// keep the last, silently dropping the first value; this refuses it,
/// naming the key.
pub(crate) fn unique_map<'de, D, K, V>(
    deserializer: D,
) -> std::result::Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord + fmt::Display,
    V: Deserialize<'de>,
{
    struct UniqueMap<K, V>(PhantomData<(K, V)>);

    impl<'de, K, V> Visitor<'de> for UniqueMap<K, V>
    where
        K: Deserialize<'de> + Ord + fmt::Display,
        V: Deserialize<'de>,
    {
        type Value = BTreeMap<K, V>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(
            self,
            mut map: A,
        ) -> std::result::Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<K>()? {
                if out.contains_key(&key) {
                    return Err(de::Error::custom(format_args!(
                        "duplicate key `{}`",
                        crate::text::quote(&key.to_string())
                    )));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }

    deserializer.deserialize_map(UniqueMap(PhantomData))
}

fn syntax(origin: &str, inner: &serde_json::Error) -> Error {
    Error::Syntax {
        origin: origin.to_string(),
        line: inner.line(),
        column: inner.column(),
        message: strip_position(&inner.to_string()),
    }
}

/// What a JSON text holds when it is valid JSON but not an object.
fn not_an_object(text: &str) -> Option<&'static str> {
    match serde_json::from_str::<serde_json::Value>(text).ok()? {
        serde_json::Value::Object(_) => None,
        serde_json::Value::Array(_) => Some("an array `[ … ]`"),
        serde_json::Value::String(_) => Some("a string"),
        serde_json::Value::Number(_) => Some("a number"),
        serde_json::Value::Bool(_) => Some("a boolean"),
        serde_json::Value::Null => Some("null"),
    }
}

/// serde names Rust types; every `u8` in these formats is a level or score.
fn plain_words(message: &str) -> String {
    message.replace(
        "expected u8",
        "expected a level, a whole number from 0 to 5",
    )
}

/// The `schema` number a JSON text declares, if it is an object that has one.
fn declared_version(text: &str) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Probe {
        schema: Option<u32>,
    }
    serde_json::from_str::<Probe>(text).ok()?.schema
}

/// serde_json appends " at line L column C"; we report those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}
