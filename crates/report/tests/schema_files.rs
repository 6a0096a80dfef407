//! The JSON Schemas published in `schema/` are the ones generated from the
//! Rust types, and the built-in data and a minimal assessment conform to them.
//!
//! After changing a type, regenerate the files with
//! `BILAN_UPDATE_SCHEMA=1 cargo test --test schema_files`
//! (or `cargo run -- schema profile > schema/profile.schema.json`, and the same
//! for `assessment` and `catalogue`).

use std::path::PathBuf;

use serde_json::{Map, Value};

use bilan_core::catalogue::BUILTIN_FRAMEWORK;
use bilan_core::profile::BUILTIN_PROFILES;
use bilan_report::schema::SchemaKind;

fn schema_path(kind: SchemaKind) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../schema")
        .join(kind.file_name())
}

fn updating() -> bool {
    std::env::var_os("BILAN_UPDATE_SCHEMA").is_some_and(|v| !v.is_empty() && v != "0")
}

#[test]
fn committed_schemas_match_the_rust_types() {
    let mut stale = Vec::new();
    for kind in SchemaKind::ALL {
        let path = schema_path(kind);
        let generated = kind.generate();
        if updating() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(committed) if committed == generated => {}
            Ok(_) => stale.push(format!("{} differs from the Rust types", path.display())),
            Err(e) => stale.push(format!("{} cannot be read: {e}", path.display())),
        }
    }
    assert!(
        stale.is_empty(),
        "{}.\nRegenerate with `BILAN_UPDATE_SCHEMA=1 cargo test --test schema_files`, or \
         `cargo run -- schema profile > schema/profile.schema.json` (and the same for \
         `assessment` and `catalogue`), then commit the files.",
        stale.join(";\n")
    );
}

#[test]
fn schemas_name_their_format_and_required_fields() {
    for (kind, title, required) in [
        (
            SchemaKind::Profile,
            "Profile",
            &["id", "name", "requirements"][..],
        ),
        (
            SchemaKind::Assessment,
            "Assessment",
            &["person", "rater", "scores"][..],
        ),
        (
            SchemaKind::Catalogue,
            "CatalogueFile",
            &["sections", "items"][..],
        ),
    ] {
        let schema: Value = serde_json::from_str(&kind.generate()).unwrap();
        assert_eq!(schema["title"], title);
        assert_eq!(schema["type"], "object");
        let mut found: Vec<&str> = schema["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        found.sort_unstable();
        let mut expected = required.to_vec();
        expected.sort_unstable();
        assert_eq!(found, expected, "{} required fields", kind.name());
        assert!(
            schema["properties"]["schema"].is_object(),
            "{} has a `schema` version field",
            kind.name()
        );
    }
}

// ---------------------------------------------------------------------------
// A small validator for the subset of JSON Schema that schemars emits here.
// It refuses keywords it does not know, so a schema change cannot make these
// checks pass vacuously.

const ANNOTATIONS: [&str; 6] = [
    "$schema",
    "$defs",
    "title",
    "description",
    "default",
    "format",
];

struct Validator<'a> {
    root: &'a Value,
}

impl Validator<'_> {
    fn resolve<'s>(&'s self, reference: &str) -> &'s Value {
        let name = reference
            .strip_prefix("#/$defs/")
            .unwrap_or_else(|| panic!("unsupported $ref {reference}"));
        &self.root["$defs"][name]
    }

    /// The problems of `value` against `schema`, with JSON-pointer-ish paths.
    fn check(&self, schema: &Value, value: &Value, path: &str) -> Vec<String> {
        let Some(schema) = schema.as_object() else {
            return match schema {
                Value::Bool(true) => vec![],
                _ => vec![format!("{path}: false schema")],
            };
        };
        let mut problems = Vec::new();
        for (keyword, rule) in schema {
            match keyword.as_str() {
                k if ANNOTATIONS.contains(&k) => {}
                "$ref" => {
                    problems.extend(self.check(self.resolve(rule.as_str().unwrap()), value, path))
                }
                "type" => {
                    let allowed: Vec<&str> = match rule {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
                        _ => panic!("bad type {rule}"),
                    };
                    if !allowed.iter().any(|t| has_type(value, t)) {
                        problems.push(format!("{path}: {value} is not {allowed:?}"));
                    }
                }
                "enum" => {
                    if !rule.as_array().unwrap().contains(value) {
                        problems.push(format!("{path}: {value} not in {rule}"));
                    }
                }
                "const" => {
                    if rule != value {
                        problems.push(format!("{path}: {value} is not {rule}"));
                    }
                }
                "minimum" | "maximum" => {
                    if let (Some(n), Some(bound)) = (value.as_f64(), rule.as_f64()) {
                        let ok = if keyword == "minimum" {
                            n >= bound
                        } else {
                            n <= bound
                        };
                        if !ok {
                            problems.push(format!("{path}: {n} breaks {keyword} {bound}"));
                        }
                    }
                }
                "anyOf" | "oneOf" => {
                    let matching = rule
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|s| self.check(s, value, path).is_empty())
                        .count();
                    let ok = if keyword == "anyOf" {
                        matching >= 1
                    } else {
                        matching == 1
                    };
                    if !ok {
                        problems.push(format!("{path}: {value} matches {matching} of {keyword}"));
                    }
                }
                "required" => {
                    if let Some(object) = value.as_object() {
                        for field in rule.as_array().unwrap() {
                            let field = field.as_str().unwrap();
                            if !object.contains_key(field) {
                                problems.push(format!("{path}: missing required `{field}`"));
                            }
                        }
                    }
                }
                "properties" | "additionalProperties" | "patternProperties" => {
                    // Handled together below.
                }
                "items" => {
                    if let Some(array) = value.as_array() {
                        for (i, element) in array.iter().enumerate() {
                            problems.extend(self.check(rule, element, &format!("{path}[{i}]")));
                        }
                    }
                }
                other => panic!("the test validator does not know `{other}`: extend it"),
            }
        }
        if let Some(object) = value.as_object() {
            problems.extend(self.check_members(schema, object, path));
        }
        problems
    }

    fn check_members(
        &self,
        schema: &Map<String, Value>,
        object: &Map<String, Value>,
        path: &str,
    ) -> Vec<String> {
        let mut problems = Vec::new();
        let properties = schema.get("properties").and_then(Value::as_object);
        let patterns = schema.get("patternProperties").and_then(Value::as_object);
        for (key, member) in object {
            let member_path = format!("{path}.{key}");
            if let Some(rule) = properties.and_then(|p| p.get(key)) {
                problems.extend(self.check(rule, member, &member_path));
                continue;
            }
            let by_pattern: Vec<&Value> = patterns
                .into_iter()
                .flatten()
                .filter(|(pattern, _)| matches_pattern(pattern, key))
                .map(|(_, rule)| rule)
                .collect();
            if !by_pattern.is_empty() {
                for rule in by_pattern {
                    problems.extend(self.check(rule, member, &member_path));
                }
                continue;
            }
            // Members no other keyword covers: open unless additionalProperties says.
            if let Some(rule) = schema.get("additionalProperties") {
                problems.extend(self.check(rule, member, &member_path));
            }
        }
        problems
    }
}

fn has_type(value: &Value, t: &str) -> bool {
    match t {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        other => panic!("unknown type {other}"),
    }
}

/// The only patterns schemars emits here: integer map keys.
fn matches_pattern(pattern: &str, key: &str) -> bool {
    match pattern {
        r"^\d+$" | r"^[0-9]+$" => !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()),
        r"^-?\d+$" | r"^-?[0-9]+$" => {
            let digits = key.strip_prefix('-').unwrap_or(key);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        }
        other => panic!("the test validator does not know the pattern {other:?}: extend it"),
    }
}

fn problems(kind: SchemaKind, document: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(&kind.generate()).unwrap();
    Validator { root: &schema }.check(&schema, document, "$")
}

fn assert_conforms(kind: SchemaKind, what: &str, text: &str) {
    let document: Value = serde_json::from_str(text).unwrap();
    let found = problems(kind, &document);
    assert!(
        found.is_empty(),
        "{what} against the {} schema: {found:#?}",
        kind.name()
    );
}

#[test]
fn builtin_profiles_conform_to_the_profile_schema() {
    for (name, text) in BUILTIN_PROFILES {
        assert_conforms(SchemaKind::Profile, name, text);
    }
}

#[test]
fn builtin_catalogue_conforms_to_the_catalogue_schema() {
    assert_conforms(SchemaKind::Catalogue, "framework.json", BUILTIN_FRAMEWORK);
}

#[test]
fn minimal_and_complete_assessments_conform_to_the_assessment_schema() {
    let minimal = r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 3, "se.tenacity": 4}}"#;
    assert_conforms(SchemaKind::Assessment, "minimal assessment", minimal);

    let mut full = bilan_core::Assessment::from_json(minimal, "minimal.json").unwrap();
    full.complete_fields(bilan_core::Lang::Fr);
    full.set_note("A.3", "a portfolio of market studies");
    full.coach = Some("Bea".to_string());
    full.rater = bilan_core::Rater::Coach;
    assert_conforms(SchemaKind::Assessment, "saved assessment", &full.to_json());

    // "Not applicable" is an answer the schema documents, read and written
    // as "na".
    let na = r#"{"person": "Ana", "rater": "self", "scores": {"A.3": 0, "E.7": "na"}}"#;
    assert_conforms(SchemaKind::Assessment, "assessment with na", na);
    let schema: Value = serde_json::from_str(&SchemaKind::Assessment.generate()).unwrap();
    let answer = &schema["$defs"]["Answer"];
    assert!(
        answer["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["const"] == "na"),
        "{answer}"
    );
    assert!(
        answer["description"]
            .as_str()
            .unwrap()
            .contains("not applicable")
    );
}

#[test]
fn the_validator_is_not_vacuous() {
    let bad = [
        (
            SchemaKind::Assessment,
            r#"{"person": "Ana", "rater": "self"}"#,
            "missing required `scores`",
        ),
        (
            SchemaKind::Assessment,
            r#"{"person": "Ana", "rater": "robot", "scores": {}}"#,
            "rater",
        ),
        (
            SchemaKind::Assessment,
            r#"{"person": 3, "rater": "self", "scores": {}}"#,
            "person",
        ),
        (
            SchemaKind::Assessment,
            r#"{"person": "A", "rater": "self", "scores": {"A.3": "x"}}"#,
            "A.3",
        ),
        (
            SchemaKind::Assessment,
            r#"{"person": "A", "rater": "self", "scores": {"A.3": 6}}"#,
            "A.3",
        ),
        (
            SchemaKind::Profile,
            r#"{"id": "x", "name": {"fr": "X", "en": "X"}, "requirements": [{"item": "A.3", "min": 3, "importance": "major", "source": "s"}]}"#,
            "importance",
        ),
        (
            SchemaKind::Profile,
            r#"{"id": "x", "name": {"fr": "X"}, "requirements": []}"#,
            "missing required `en`",
        ),
        (
            SchemaKind::Catalogue,
            r#"{"sections": [], "items": [{"id": "x", "kind": "ecf", "title": {"fr": "", "en": ""}, "description": {"fr": "", "en": ""}, "levels": {"one": {"fr": "", "en": ""}}}]}"#,
            "one",
        ),
    ];
    for (kind, text, expected) in bad {
        let document: Value = serde_json::from_str(text).unwrap();
        let found = problems(kind, &document);
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "{text} should be refused ({expected}); problems: {found:?}"
        );
    }
}

#[test]
fn reports_with_and_without_a_comparison_conform_to_the_report_schema() {
    use bilan_report as report;
    let library = bilan_core::Library::builtin().unwrap();
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/cohort");
    let load = |name: &str| bilan_core::store::load_assessment(&fixtures.join(name)).unwrap();
    let me = load("team-a/ana.json");
    let coach = load("team-b/coached/ana-coach.json");
    for other in [None, Some(&coach)] {
        let built = report::build(
            &library,
            &me,
            report::Options {
                lang: bilan_core::Lang::Fr,
                profile: None,
                generated: "2026-01-01T00:00:00Z",
                other,
            },
        )
        .unwrap();
        let text = report::to_json(&built);
        assert_eq!(text.contains("\"comparison\""), other.is_some());
        assert_conforms(SchemaKind::Report, "report", &text);
    }
}
