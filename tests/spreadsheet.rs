//! A CSV separated by `;` opens in a French spreadsheet: LibreOffice, told
//! the file is French (`;`, fr-FR), reads it to the same numbers as the
//! machine CSV (`,`, en-US), and "Chloé" stays "Chloé" (UTF-8 with a BOM).
//! Skipped when `soffice` is not on PATH, except under CI (`.ci/run`
//! installs it).

mod common;

use std::path::Path;
use std::process::Command;

use common::bilan;

/// Each cell of the first sheet of a flat ODS file: the number a float cell
/// holds (`office:value`), else its text. Rows in order.
fn cells(fods: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for row in fods.split("<table:table-row").skip(1) {
        let row = row.split("</table:table-row>").next().unwrap_or("");
        let mut out = Vec::new();
        for cell in row.split("<table:table-cell").skip(1) {
            let repeat = attribute(cell, "table:number-columns-repeated=\"")
                .and_then(|n| n.parse().ok())
                .unwrap_or(1);
            let value = if cell.contains("office:value-type=\"float\"") {
                format!(
                    "#{}",
                    attribute(cell, "office:value=\"").unwrap_or_default()
                )
            } else {
                cell.split("<text:p>")
                    .nth(1)
                    .and_then(|t| t.split("</text:p>").next())
                    .unwrap_or("")
                    .to_string()
            };
            out.extend(std::iter::repeat_n(value, repeat));
        }
        rows.push(out);
    }
    rows
}

fn attribute(text: &str, start: &str) -> Option<String> {
    let tag = text.split('>').next()?;
    let rest = tag.split(start).nth(1)?;
    Some(rest.split('"').next()?.to_string())
}

/// `csv` read by LibreOffice with `filter` (separator, quote, charset, first
/// line, column formats, language), saved as flat ODS and parsed.
fn libreoffice(soffice: &Path, csv: &Path, filter: &str, out: &Path) -> Vec<Vec<String>> {
    let status = Command::new(soffice)
        .env("HOME", out)
        .arg("--headless")
        .arg(format!("--infilter=CSV:{filter}"))
        .args(["--convert-to", "fods", "--outdir"])
        .arg(out)
        .arg(csv)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{status:?}");
    let name = csv.file_stem().unwrap().to_str().unwrap();
    let fods = std::fs::read_to_string(out.join(format!("{name}.fods"))).expect("fods written");
    cells(&fods)
}

fn find_soffice() -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("soffice"))
        .find(|p| p.is_file())
}

#[test]
fn a_semicolon_csv_reads_in_libreoffice_as_the_machine_csv_does() {
    let Some(soffice) = find_soffice() else {
        if std::env::var_os("CI").is_some() {
            panic!("soffice is not on PATH, and CI is set: CI must install it");
        }
        eprintln!("note: soffice not on PATH; the spreadsheet test is skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let french = dir.path().join("french.csv");
    let machine = dir.path().join("machine.csv");
    let args = [
        "cohort",
        "--profile",
        "cm",
        "tests/fixtures/cohort",
        "-f",
        "csv",
        "-o",
    ];
    let mut fr = vec!["--lang", "fr"];
    fr.extend(args);
    fr.extend([french.to_str().unwrap(), "--delimiter", ";"]);
    bilan(&fr).succeeds();
    let mut en = vec!["--lang", "fr"];
    en.extend(args);
    en.push(machine.to_str().unwrap());
    bilan(&en).succeeds();

    let french_bytes = std::fs::read(&french).unwrap();
    assert!(french_bytes.starts_with("\u{feff}".as_bytes()), "BOM");
    let machine_bytes = std::fs::read(&machine).unwrap();
    assert!(!machine_bytes.starts_with("\u{feff}".as_bytes()), "no BOM");
    let text = String::from_utf8(french_bytes).unwrap();
    assert!(text.contains(";11,05"), "decimal commas: {text}");

    // 59 = `;`, 34 = `"`, charset left to LibreOffice (the BOM says
    // UTF-8), line 1, French; 44 = `,`, 76 = UTF-8, US English.
    let out = dir.path().join("out");
    let a = libreoffice(&soffice, &french, "59,34,,1,,1036", &out);
    let b = libreoffice(&soffice, &machine, "44,34,76,1,,1033", &out);
    assert_eq!(a, b, "the same cells, numbers as numbers");
    let header = &a[0];
    let fit = header.iter().position(|h| h == "fit").expect("fit column");
    let points = header
        .iter()
        .position(|h| h == "points_lost")
        .expect("points column");
    assert!(a.len() > 10);
    for row in &a[1..] {
        assert!(row[fit].starts_with('#'), "fit read as a number: {row:?}");
        assert!(
            row[points].starts_with('#'),
            "points read as a number: {row:?}"
        );
    }
    assert!(
        a.iter().any(|row| row[fit].contains('.')),
        "some fit has decimals"
    );
    assert!(a.iter().any(|row| row[0] == "Chloé Dubois"), "{a:?}");
}
