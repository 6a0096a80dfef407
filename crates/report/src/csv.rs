//! CSV: one row per person × item, every catalogue item in catalogue order,
//! with each profile's requirement and the gap to it. UTF-8, no BOM, `\n`
//! line ends; the header uses stable machine names.
//!
//! Separated by `;`, a CSV is for a French spreadsheet ([`for_spreadsheet`]):
//! it starts with a UTF-8 byte order mark (so "Chloé" is not read as Latin-1)
//! and its decimals take a comma. Any other separator gives the
//! machine-oriented file: no BOM, decimal points, as in the JSON.
//!
//! The `score` column holds the level, `na` for "not applicable / can't
//! judge" (never 0: its gap columns are left empty), or nothing when not
//! answered.
//!
//! A report that compares the person's two ratings ([`items_compared`]) has
//! two more columns at the end: `other_score`, the other rater's score (or
//! `na`), and `coach_minus_self`, the coach's score minus the self-rating's
//! (both empty where one of the two did not rate the item; the difference
//! empty too where one answered `na`).
//!
//! Every row goes through [`write_row`], so no cell of any CSV the program
//! writes (this one and the cohort's) can run as a spreadsheet formula: see
//! [`neutralise_formula`].

use std::borrow::Cow;

use crate::comparison::ReportComparison;
use bilan_core::assessment::{Answer, Assessment};
use bilan_core::error::{Error, Result};
use bilan_core::library::Library;
use bilan_core::text::{Lang, sanitize};

/// The columns before the per-profile ones.
const COLUMNS: [&str; 9] = [
    "person", "rater", "date", "item", "title", "kind", "area", "score", "note",
];

/// The columns a comparison adds after the per-profile ones.
pub const COMPARISON_COLUMNS: [&str; 2] = ["other_score", "coach_minus_self"];

/// The table of `assessments` in `lang`, fields separated by `delimiter`
/// (`;` is what French spreadsheets expect).
pub fn items(
    library: &Library,
    assessments: &[Assessment],
    lang: Lang,
    delimiter: u8,
) -> Result<String> {
    table(library, assessments, None, lang, delimiter)
}

/// The table of one `assessment` compared with the other rater's
/// (`comparison`): the columns of [`items`] and the
/// [`COMPARISON_COLUMNS`].
pub fn items_compared(
    library: &Library,
    assessment: &Assessment,
    comparison: &ReportComparison,
    lang: Lang,
    delimiter: u8,
) -> Result<String> {
    table(
        library,
        std::slice::from_ref(assessment),
        Some(comparison),
        lang,
        delimiter,
    )
}

fn table(
    library: &Library,
    assessments: &[Assessment],
    comparison: Option<&ReportComparison>,
    lang: Lang,
    delimiter: u8,
) -> Result<String> {
    check_delimiter(delimiter)?;
    let start = if for_spreadsheet(delimiter) { BOM } else { "" };
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(start.as_bytes().to_vec());

    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    for profile in &library.profiles {
        header.push(format!("required_{}", profile.id));
        header.push(format!("gap_{}", profile.id));
    }
    if comparison.is_some() {
        header.extend(COMPARISON_COLUMNS.iter().map(|c| c.to_string()));
    }
    write_row(&mut writer, &header)?;

    for assessment in assessments {
        let date = assessment
            .updated
            .as_deref()
            .or(assessment.created.as_deref())
            .unwrap_or_default();
        for item in library.catalogue.items() {
            let answer = assessment.answer(&item.id);
            let score = assessment.score(&item.id);
            let mut row: Vec<String> = vec![
                assessment.person.clone(),
                assessment.rater.code().to_string(),
                date.to_string(),
                item.id.to_string(),
                item.title.get(lang).to_string(),
                item.kind.code().to_string(),
                item.section_id().to_string(),
                answer.map(|a| a.to_string()).unwrap_or_default(),
                assessment.note(&item.id).unwrap_or_default().to_string(),
            ];
            for profile in &library.profiles {
                match profile.requirement(&item.id) {
                    Some(req) => {
                        row.push(req.min.to_string());
                        // "Not applicable" is no known gap: left empty.
                        row.push(match answer {
                            Some(Answer::NotApplicable) => String::new(),
                            _ => req.min.saturating_sub(score.unwrap_or(0)).to_string(),
                        });
                    }
                    None => {
                        row.push(String::new());
                        row.push(String::new());
                    }
                }
            }
            if let Some(comparison) = comparison {
                let (other, difference) = comparison.other_score(&item.id);
                row.push(other.map(|s| s.to_string()).unwrap_or_default());
                row.push(difference.map(|d| d.to_string()).unwrap_or_default());
            }
            write_row(&mut writer, &row)?;
        }
    }

    let bytes = writer
        .into_inner()
        .map_err(|e| write_error(e.into_error()))?;
    String::from_utf8(bytes).map_err(|e| {
        Error::io(
            std::path::Path::new("CSV"),
            "write",
            std::io::Error::new(std::io::ErrorKind::InvalidData, e),
        )
    })
}

/// The UTF-8 byte order mark a spreadsheet CSV starts with.
pub const BOM: &str = "\u{feff}";

/// Whether a CSV separated by `delimiter` is for a French spreadsheet
/// (`;`): then it starts with [`BOM`] and writes decimal commas.
pub fn for_spreadsheet(delimiter: u8) -> bool {
    delimiter == b';'
}

/// `value` as a CSV cell: exact (all the digits the JSON has), with a
/// decimal comma in a spreadsheet CSV ([`for_spreadsheet`]).
pub fn decimal(value: f64, delimiter: u8) -> String {
    let text = value.to_string();
    if for_spreadsheet(delimiter) {
        text.replace('.', ",")
    } else {
        text
    }
}

/// A delimiter that keeps the file readable: one ASCII byte that is neither
/// a quote nor a line end (a non-ASCII byte would not be valid UTF-8).
pub(crate) fn check_delimiter(delimiter: u8) -> Result<()> {
    if !delimiter.is_ascii() || matches!(delimiter, b'"' | b'\r' | b'\n' | 0) {
        return Err(Error::invalid(
            "CSV",
            "delimiter",
            format!("{:?} cannot separate CSV fields", char::from(delimiter)),
            "use `,`, `;` or a tab",
        ));
    }
    Ok(())
}

/// `cell`, made safe to open in a spreadsheet (CSV injection, OWASP).
///
/// Excel, LibreOffice and Google Sheets run a cell that starts with `=`,
/// `+`, `-` or `@` as a formula, and a leading tab, carriage return, line
/// break or spaces can hide such a start, as can the fullwidth forms
/// `＝ ＋ － ＠` that some spreadsheets read as the ASCII ones; a name, a
/// note or a title from a custom profile could then fetch a URL
/// (`=HYPERLINK(…)`, `=WEBSERVICE(…)`) or launch a command (DDE). As OWASP
/// recommends, such a cell gets a single quote in front, so the spreadsheet
/// takes it as text, not as a formula. A plain number (`-1`, `+2`, `-0.5`:
/// a sign, digits, at most one `.` between digits) is left alone, so the
/// gap and difference columns stay numbers.
pub(crate) fn neutralise_formula(cell: &str) -> Cow<'_, str> {
    const STARTS: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];
    let risky = cell.starts_with(['\t', '\r'])
        || cell
            .trim_start_matches(char::is_whitespace)
            .starts_with(STARTS);
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// `-1`, `+2`, `12.5`, `12,5`: an optional sign, digits, and an optional
/// `.` or `,` followed by digits; nothing else (no exponent, no `inf`, no
/// spaces).
fn is_plain_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
}

/// Writes one row of a CSV, every cell [`sanitize`]d (no control
/// character but line breaks and tabs, so no NUL, and no bidirectional
/// override) then through [`neutralise_formula`]. Every CSV writer of the
/// program writes its rows, the header included, with this.
pub(crate) fn write_row<W: std::io::Write>(
    writer: &mut ::csv::Writer<W>,
    cells: &[impl AsRef<str>],
) -> Result<()> {
    for cell in cells {
        let clean = sanitize(cell.as_ref());
        writer
            .write_field(neutralise_formula(&clean).as_bytes())
            .map_err(csv_error)?;
    }
    writer.write_record(None::<&[u8]>).map_err(csv_error)
}

pub(crate) fn write_error(error: impl std::fmt::Display) -> Error {
    Error::io(
        std::path::Path::new("CSV"),
        "write",
        std::io::Error::other(error.to_string()),
    )
}

/// A CSV writer's error; a failed write keeps its kind (a closed pipe is
/// told apart from a full disk).
pub(crate) fn csv_error(error: ::csv::Error) -> Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(cause) => Error::io(std::path::Path::new("CSV"), "write", cause),
        other => write_error(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bilan_core::assessment::Rater;

    fn parse(text: &str, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let header = reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_string)
            .collect();
        let rows = reader
            .records()
            .map(|r| r.expect("record").iter().map(str::to_string).collect())
            .collect();
        (header, rows)
    }

    #[test]
    fn hostile_fields_round_trip() {
        let library = Library::builtin().expect("built-in library");
        let mut assessment =
            Assessment::new("Ana \"Nana\"; Martin, Jr", Rater::SelfRated, Lang::Fr);
        let note = "line one; with \"quotes\", commas\nline two\r\n\ttab | pipe";
        assessment.set_score("D.6", Some(4));
        assessment.set_note("D.6", note);
        for delimiter in [b',', b';', b'\t'] {
            let text = items(
                &library,
                std::slice::from_ref(&assessment),
                Lang::Fr,
                delimiter,
            )
            .expect("csv");
            let (header, rows) = parse(&text, delimiter);
            assert_eq!(header[..COLUMNS.len()], COLUMNS);
            assert_eq!(rows.len(), library.catalogue.len());
            let row = rows.iter().find(|r| r[3] == "D.6").expect("D.6 row");
            assert_eq!(row[0], assessment.person);
            assert_eq!(row[7], "4");
            // The one control character, the carriage return, is dropped
            // from its line end.
            assert_eq!(row[8], note.replace("\r\n", "\n"));
            assert!(rows.iter().all(|r| r.len() == header.len()));
        }
    }

    #[test]
    fn formula_like_cells_get_a_quote_and_numbers_do_not() {
        for risky in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1 then -2",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A2)",
            "\t=1+1",
            "\r=1+1",
            " =1+1",
            "   @SUM(A1)",
            "\n=1+1",
            "\r\n-2+3",
            "\u{a0}+1",
            "＝HYPERLINK(\"http://x\")",
            "＋1",
            "－1",
            "＠SUM(A1)",
            "  ＝1",
            "-",
            "+",
            "-inf",
            "-1e5",
            "-1.",
            "-.5",
            "--1",
        ] {
            assert_eq!(neutralise_formula(risky), format!("'{risky}"), "{risky:?}");
        }
        for safe in [
            "Ana Martin",
            "",
            "a = b",
            "C#",
            "'=already quoted",
            "a ＝ b",
            "2025-03-01T09:00:00Z",
            "4",
            "-1",
            "+2",
            "-12.5",
            "0.0",
            "87.5",
        ] {
            assert!(
                matches!(neutralise_formula(safe), Cow::Borrowed(s) if s == safe),
                "{safe:?}"
            );
        }
    }

    #[test]
    fn no_nul_or_escape_reaches_a_cell() {
        let library = Library::builtin().expect("built-in library");
        let mut assessment =
            Assessment::new("A\u{0}na\u{1b}[2J\u{202e}", Rater::SelfRated, Lang::En);
        assessment.set_score("D.6", Some(4));
        assessment.set_note("D.6", "x\u{0}y\u{7}\u{9b}z");
        let text = items(&library, std::slice::from_ref(&assessment), Lang::En, b',').expect("csv");
        assert!(
            !text.bytes().any(|b| b < 0x20 && b != b'\n'),
            "no control byte: {text:?}"
        );
        assert!(!text.contains(['\u{9b}', '\u{202e}']));
        assert!(text.contains("A\u{fffd}na\u{fffd}[2J\u{fffd}"));
    }

    #[test]
    fn no_bom_and_one_header_line() {
        let library = Library::builtin().expect("built-in library");
        let text = items(&library, &[], Lang::En, b',').expect("csv");
        assert!(text.starts_with("person,rater,date,item,"));
        assert_eq!(text.lines().count(), 1);
    }

    #[test]
    fn unusable_delimiters_are_refused() {
        let library = Library::builtin().expect("built-in library");
        for delimiter in [b'"', b'\n', 0xE9] {
            assert!(items(&library, &[], Lang::En, delimiter).is_err());
        }
    }
}
