//! The cohort as CSV: one row per person and requirement.

use crate::coaching::cohort::{heatmap_requirements, points_lost};
use crate::csv;
use bilan_core::assessment::NOT_APPLICABLE;
use bilan_core::cohort::Cohort;
use bilan_core::error::{Error, Result};
use bilan_core::text::Lang;

/// The columns of the cohort CSV. The cohort keeps gaps, not scores (only
/// the profile's gaps survive the streaming), so there is no score column;
/// a requirement answered "not applicable" has `na` as its gap and no
/// points lost.
pub const COHORT_COLUMNS: [&str; 9] = [
    "person",
    "rater",
    "path",
    "fit",
    "item",
    "title",
    "required",
    "gap",
    "points_lost",
];

/// One row per person × requirement (people best fit first, requirements
/// by training priority), fields separated by `delimiter`. Numbers are
/// exact, as in the JSON, with dot decimals whatever the language, except
/// in a spreadsheet CSV (`;`: decimal commas and a BOM, see
/// [`csv::for_spreadsheet`]);
/// the title is in `lang`. Text that a spreadsheet would run as a formula
/// (a name starting with `=`) gets a `'` in front, as in every CSV
/// ([`csv::neutralise_formula`]).
pub fn cohort_csv(c: &Cohort, lang: Lang, delimiter: u8) -> Result<String> {
    let mut bytes = Vec::new();
    write_cohort_csv(&mut bytes, c, lang, delimiter)?;
    String::from_utf8(bytes).map_err(|e| {
        Error::io(
            std::path::Path::new("CSV"),
            "write",
            std::io::Error::new(std::io::ErrorKind::InvalidData, e),
        )
    })
}

/// [`cohort_csv`] written row by row to `out`, so that a large group's
/// table is never whole in memory: only the cohort's per-person summary is.
pub fn write_cohort_csv(
    out: &mut dyn std::io::Write,
    c: &Cohort,
    lang: Lang,
    delimiter: u8,
) -> Result<()> {
    csv::check_delimiter(delimiter)?;
    if csv::for_spreadsheet(delimiter) {
        out.write_all(csv::BOM.as_bytes())
            .map_err(|e| bilan_core::Error::io(std::path::Path::new("CSV"), "write", e))?;
    }
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(out);
    csv::write_row(&mut writer, &COHORT_COLUMNS)?;
    let requirements = heatmap_requirements(c);
    for (p, row) in c.people.iter().zip(&c.heatmap.rows) {
        for ((id, r), &gap) in c.heatmap.items.iter().zip(&requirements).zip(row) {
            let (title, required, points) = match r {
                Some(r) => (
                    r.title.get(lang).to_string(),
                    r.required.to_string(),
                    gap.map(|gap| csv::decimal(points_lost(c, r, gap), delimiter))
                        .unwrap_or_default(),
                ),
                None => Default::default(),
            };
            let gap = gap.map_or_else(|| NOT_APPLICABLE.to_string(), |gap| gap.to_string());
            csv::write_row(
                &mut writer,
                &[
                    p.person.as_str(),
                    p.rater.code(),
                    p.path.as_str(),
                    &csv::decimal(p.fit, delimiter),
                    id,
                    &title,
                    &required,
                    &gap.to_string(),
                    &points,
                ],
            )?;
        }
    }
    writer
        .flush()
        .map_err(|e| bilan_core::Error::io(std::path::Path::new("CSV"), "write", e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coaching::fixtures::cohort;

    #[test]
    fn csv_rows_carry_gaps_and_points() {
        let c = cohort();
        for delimiter in [b',', b';', b'\t'] {
            let text = cohort_csv(&c, Lang::Fr, delimiter).unwrap();
            let mut reader = ::csv::ReaderBuilder::new()
                .delimiter(delimiter)
                .from_reader(text.as_bytes());
            assert_eq!(reader.headers().unwrap(), &COHORT_COLUMNS[..]);
            let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
            assert_eq!(rows.len(), 4);
            assert_eq!(&rows[1][0], "Ana");
            assert_eq!(&rows[1][4], "B.1");
            assert_eq!(&rows[1][5], "Titre B.1");
            assert_eq!(&rows[1][7], "1");
            // A `;` CSV is for a French spreadsheet: decimal comma, BOM.
            let spreadsheet = delimiter == b';';
            assert_eq!(text.starts_with(csv::BOM), spreadsheet);
            assert_eq!(&rows[1][8], if spreadsheet { "12,5" } else { "12.5" });
            assert_eq!(&rows[2][3], "50");
            assert_eq!(&rows[2][8], "50");
        }
        assert!(cohort_csv(&c, Lang::En, b'"').is_err());
    }
}
