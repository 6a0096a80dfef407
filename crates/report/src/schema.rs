//! The published JSON Schemas, generated from the Rust types.

/// The formats whose JSON Schema is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    Profile,
    Assessment,
    Catalogue,
    /// The output of `bilan report --format json`.
    Report,
}

impl SchemaKind {
    pub const ALL: [SchemaKind; 4] = [
        SchemaKind::Profile,
        SchemaKind::Assessment,
        SchemaKind::Catalogue,
        SchemaKind::Report,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SchemaKind::Profile => "profile",
            SchemaKind::Assessment => "assessment",
            SchemaKind::Catalogue => "catalogue",
            SchemaKind::Report => "report",
        }
    }

    /// The file it is committed as, under `schema/`.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// The JSON Schema, generated from the Rust types.
    pub fn generate(self) -> String {
        let schema = match self {
            SchemaKind::Profile => schemars::schema_for!(bilan_core::profile::Profile),
            SchemaKind::Assessment => schemars::schema_for!(bilan_core::assessment::Assessment),
            SchemaKind::Catalogue => schemars::schema_for!(bilan_core::catalogue::CatalogueFile),
            SchemaKind::Report => schemars::schema_for!(crate::report::Report),
        };
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    }
}
