//! `bilan schema [KIND]`: the JSON Schemas generated from the Rust types.

use std::io::Write;
use std::process::ExitCode;

use bilan_report::schema::SchemaKind;

use super::args::SchemaArgs;

pub fn run(args: SchemaArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    match args.kind {
        Some(kind) => write!(out, "{}", SchemaKind::from(kind).generate())?,
        None => {
            let all: serde_json::Map<String, serde_json::Value> = SchemaKind::ALL
                .iter()
                .map(|k| {
                    let value =
                        serde_json::from_str(&k.generate()).unwrap_or(serde_json::Value::Null);
                    (k.name().to_string(), value)
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&all)?)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
