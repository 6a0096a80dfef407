//! What several commands share: loading an assessment with its warnings,
//! the format an output file implies, and writing the result.

use std::io::Write;
use std::path::Path;

use bilan_core::text::{escape, quote, sanitize};
use bilan_core::{Assessment, Lang, Library, store};
use bilan_report::l10n::notices;

use super::args::{DocFormatArg, FormatArg};

/// The language of the run (`--lang`, else the locale), for the status and
/// warning lines written far from the command's arguments.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// Sets the language of the status and warning lines, once per run.
pub fn set_lang(lang: Lang) {
    let _ = LANG.set(lang);
}

pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_else(Lang::detect)
}

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

/// Writes `text` to `output` (see [`emit_with`]), or to the standard output.
/// The text is [`sanitize`]d on the way, whatever made it.
pub fn emit(out: &mut impl Write, output: Option<&Path>, text: &str) -> anyhow::Result<()> {
    let text = sanitize(text);
    emit_with(out, output, |w| w.write_all(text.as_bytes()))
}

/// Streams what `write` produces to `output`, or to the standard output.
/// A file is written atomically and privately, through a link to its
/// target; a device or a pipe (`/dev/stdout`, `/dev/null`, a FIFO) as it
/// is ([`store::write_output`]).
pub fn emit_with(
    out: &mut impl Write,
    output: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            store::write_output(path, write)?;
            let shown = escape(&path.display().to_string()).into_owned();
            eprintln!("bilan: {}", notices::wrote(lang(), &shown));
        }
        None => {
            write(out)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// The standard output with every character that must not reach a terminal
/// ([`is_unsafe`](bilan_core::text::is_unsafe)) replaced: the last gate
/// after the documents' own escaping, so that no text read from a file can
/// send an escape sequence, whichever command prints it. JSON is escaped
/// before (`\uXXXX`) and passes unchanged.
pub struct SafeOut<W: Write> {
    inner: W,
    /// The start of a character cut between two writes.
    pending: Vec<u8>,
}

impl<W: Write> SafeOut<W> {
    pub fn new(inner: W) -> Self {
        SafeOut {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for SafeOut<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let joined;
        let bytes = if self.pending.is_empty() {
            buf
        } else {
            self.pending.extend_from_slice(buf);
            joined = std::mem::take(&mut self.pending);
            &joined[..]
        };
        let mut rest = bytes;
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.inner.write_all(sanitize(text).as_bytes())?;
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    // `valid_up_to` is a char boundary: this is UTF-8.
                    let text = std::str::from_utf8(good).unwrap_or_default();
                    self.inner.write_all(sanitize(text).as_bytes())?;
                    match e.error_len() {
                        // A character cut by the end of this write.
                        None => {
                            self.pending = bad.to_vec();
                            break;
                        }
                        Some(len) => {
                            self.inner.write_all("\u{fffd}".as_bytes())?;
                            rest = &bad[len..];
                        }
                    }
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Loads an assessment, warning about scores for items the catalogue lacks.
pub fn load_for_report(library: &Library, file: &Path) -> anyhow::Result<Assessment> {
    let assessment = store::load_assessment(file)?;
    warn_unknown_items(library, file, &assessment);
    Ok(assessment)
}

pub fn warn_unknown_items(library: &Library, file: &Path, assessment: &Assessment) {
    for unknown in assessment.unknown_items(&library.catalogue) {
        let line = notices::unknown_item_ignored(
            lang(),
            &escape(&file.display().to_string()),
            &quote(unknown),
        );
        eprintln!("bilan: {line}");
    }
}
