//! What several commands share: loading an assessment with its warnings,
//! the format an output file implies, and writing the result.

use std::io::Write;
use std::path::Path;

use bilan_core::{Assessment, Library, store};

use super::args::{DocFormatArg, FormatArg};

/// The format `-o OUT` implies by its extension.
pub fn format_of_path(path: &Path) -> Option<FormatArg> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "html" | "htm" => Some(FormatArg::Html),
        "md" | "markdown" => Some(FormatArg::Md),
        "csv" => Some(FormatArg::Csv),
        "json" => Some(FormatArg::Json),
        _ => None,
    }
}

pub fn doc_format(format: Option<DocFormatArg>, output: Option<&Path>) -> DocFormatArg {
    format
        .or_else(|| match output.and_then(format_of_path) {
            Some(FormatArg::Html) => Some(DocFormatArg::Html),
            _ => None,
        })
        .unwrap_or(DocFormatArg::Md)
}

/// Writes `text` to `output` atomically (user-only, temp file then rename),
/// or to the standard output.
pub fn emit(out: &mut impl Write, output: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            store::write_atomic(path, text.as_bytes())?;
            eprintln!("bilan: wrote {}", path.display());
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}

/// Loads an assessment, warning about scores for items the catalogue lacks.
pub fn load_for_report(library: &Library, file: &Path) -> anyhow::Result<Assessment> {
    let assessment = store::load_assessment(file)?;
    warn_unknown_items(library, file, &assessment);
    Ok(assessment)
}

pub fn warn_unknown_items(library: &Library, file: &Path, assessment: &Assessment) {
    for unknown in assessment.unknown_items(&library.catalogue) {
        eprintln!(
            "bilan: warning: {}: score for unknown item `{unknown}` ignored",
            file.display()
        );
    }
}
