//! Format versions, JSON parsing with precise errors, and the published
//! JSON Schema (generated from the Rust types).

use serde::de::DeserializeOwned;

use super::SCHEMA_VERSION;
use super::error::{Error, Result};

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
pub(crate) fn parse_json<T: DeserializeOwned>(text: &str, origin: &str) -> Result<T> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed: std::result::Result<T, _> = serde_path_to_error::deserialize(&mut deserializer);
    match parsed {
        Ok(value) => {
            deserializer.end().map_err(|e| syntax(origin, &e))?;
            if let Some(found) = declared_version(text) {
                check_version(found, origin)?;
            }
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
            let field = if path.is_empty() || path == "." {
                "(top level)".to_string()
            } else {
                path
            };
            Err(Error::Shape {
                origin: origin.to_string(),
                line: inner.line(),
                column: inner.column(),
                field,
                message: strip_position(&inner.to_string()),
                hint: "Fix that value; `bilan schema` prints the expected shape.".to_string(),
            })
        }
    }
}

fn syntax(origin: &str, inner: &serde_json::Error) -> Error {
    Error::Syntax {
        origin: origin.to_string(),
        line: inner.line(),
        column: inner.column(),
        message: strip_position(&inner.to_string()),
    }
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

/// The formats whose JSON Schema is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    Profile,
    Assessment,
    Catalogue,
}

impl SchemaKind {
    pub const ALL: [SchemaKind; 3] = [
        SchemaKind::Profile,
        SchemaKind::Assessment,
        SchemaKind::Catalogue,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SchemaKind::Profile => "profile",
            SchemaKind::Assessment => "assessment",
            SchemaKind::Catalogue => "catalogue",
        }
    }

    /// The file it is committed as, under `schema/`.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// The JSON Schema, generated from the Rust types.
    pub fn generate(self) -> String {
        let schema = match self {
            SchemaKind::Profile => schemars::schema_for!(super::profile::Profile),
            SchemaKind::Assessment => schemars::schema_for!(super::assessment::Assessment),
            SchemaKind::Catalogue => schemars::schema_for!(super::catalogue::CatalogueFile),
        };
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    }
}
