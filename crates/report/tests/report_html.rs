//! The HTML renderings of reports, plans, guides and job sheets: snapshots,
//! self-containment, well-formedness, escaping, and a real browser render
//! when Chromium is installed.
//!
//! Set `BILAN_HTML_OUT=<dir>` to keep the rendered HTML, PNG and PDF files
//! there (see `scripts/render-html.sh`).

mod common_html;
mod common_report;
use common_html::{balance, external_references};
use common_report::{ana, ana_pair, build, build_compared, library, suffix};

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use bilan_core::{Lang, Library};
use bilan_report::{self as report, NoteEntry, Report};

const HOSTILE: &str = "<script>alert(1)</script>";

/// Ana's report compared with her coach's rating, CNO's detail only.
fn ana_compared(library: &Library, lang: Lang) -> Report {
    let (me, coach) = ana_pair();
    build_compared(library, &me, &coach, lang)
}

/// Every document the renderer makes from the fixtures, by name.
fn documents() -> Vec<(String, String)> {
    let library = library();
    let assessment = ana();
    let mut docs = Vec::new();
    for lang in [Lang::Fr, Lang::En] {
        let s = suffix(lang);
        docs.push((
            format!("report_{s}"),
            report::html::report(&build(&library, &assessment, lang)),
        ));
        docs.push((
            format!("report_compared_{s}"),
            report::html::report(&ana_compared(&library, lang)),
        ));
        let plan = report::build_plan(&library, &assessment, None, lang, common_report::GENERATED)
            .expect("plan");
        docs.push((format!("plan_{s}"), report::html::plan(&plan, lang)));
        let cm = library.profile("cm").expect("cm");
        let guide = report::build_guide(&library, cm, lang);
        docs.push((format!("guide_cm_{s}"), report::html::guide(&guide)));
        let ite = library.profile("ite").expect("ite");
        let sheet = report::job_sheet(&library.catalogue, ite, lang);
        docs.push((
            format!("job_sheet_ite_{s}"),
            report::html::job_sheet(&sheet),
        ));
    }
    docs
}

/// A report whose user-given texts are hostile.
fn hostile_report() -> Report {
    let library = library();
    let mut report = build(&library, &ana(), Lang::Fr);
    report.person = HOSTILE.to_string();
    report.coach = Some("\"><img src=x onerror=alert(2)>".to_string());
    report.notes.push(NoteEntry {
        item: "A.3".to_string(),
        title: "Tom & 'Jerry'".to_string(),
        score: Some(2.into()),
        text: format!("line one\n{HOSTILE}\n\n<a href=\"https://evil.example\">x</a>"),
    });
    report
}

// ---------------------------------------------------------------------------
// 1. Snapshots

#[test]
fn html_report_snapshots() {
    let library = library();
    let assessment = ana();
    for lang in [Lang::Fr, Lang::En] {
        let html = report::html::report(&build(&library, &assessment, lang));
        insta::assert_snapshot!(format!("html_report_{}", suffix(lang)), html);
    }
}

#[test]
fn html_report_with_comparison_snapshots() {
    let library = library();
    for lang in [Lang::Fr, Lang::En] {
        let html = report::html::report(&ana_compared(&library, lang));
        insta::assert_snapshot!(format!("html_report_compared_{}", suffix(lang)), html);
    }
}

#[test]
fn html_plan_snapshots() {
    let library = library();
    let assessment = ana();
    for lang in [Lang::Fr, Lang::En] {
        let plan = report::build_plan(&library, &assessment, None, lang, common_report::GENERATED)
            .expect("plan");
        let html = report::html::plan(&plan, lang);
        insta::assert_snapshot!(format!("html_plan_{}", suffix(lang)), html);
    }
}

/// A plan step answered "not applicable" has no level to draw: its level
/// scale is left out (five empty boxes would read as level 0) and the
/// answer is said in words, before the target.
#[test]
fn a_not_applicable_step_shows_no_level_dots() {
    let library = library();
    let mut assessment = ana();
    let first = report::build_plan(
        &library,
        &assessment,
        None,
        Lang::En,
        common_report::GENERATED,
    )
    .expect("plan");
    let item = first.steps[0].item.clone();
    let profile = first.profile.clone();
    assessment.set_answer(&item, Some(bilan_core::Answer::NotApplicable));
    for lang in [Lang::Fr, Lang::En] {
        let plan = report::build_plan(
            &library,
            &assessment,
            Some(&profile),
            lang,
            common_report::GENERATED,
        )
        .expect("plan");
        let at = plan
            .steps
            .iter()
            .position(|s| s.item == item)
            .expect("still a gap");
        let step = &plan.steps[at];
        assert!(step.not_applicable);
        let html = report::html::plan(&plan, lang);
        // Each step is one <li class="step">; find this one.
        let steps: Vec<&str> = html.split("<li class=\"step\">").skip(1).collect();
        let na_step = steps.get(at).expect("the step in the HTML");
        assert!(!na_step.contains("class=\"scale\""), "{na_step}");
        let word = bilan_report::l10n::answers(lang).not_applicable_cell;
        assert!(
            na_step.contains(&format!("{word} → {}", step.required)),
            "{na_step}"
        );
        // The other steps keep their scale.
        let others = steps
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, s)| s);
        assert!(others.clone().count() > 0);
        for other in others {
            assert!(other.contains("class=\"scale\""), "{other}");
        }
    }
}

#[test]
fn html_guide_snapshots() {
    let library = library();
    let profile = library.profile("cm").expect("cm");
    for lang in [Lang::Fr, Lang::En] {
        let guide = report::build_guide(&library, profile, lang);
        let html = report::html::guide(&guide);
        insta::assert_snapshot!(format!("html_guide_cm_{}", suffix(lang)), html);
    }
}

#[test]
fn html_job_sheet_snapshots() {
    let library = library();
    let profile = library.profile("ite").expect("ite");
    for lang in [Lang::Fr, Lang::En] {
        let sheet = report::job_sheet(&library.catalogue, profile, lang);
        let html = report::html::job_sheet(&sheet);
        insta::assert_snapshot!(format!("html_job_sheet_ite_{}", suffix(lang)), html);
    }
}

// ---------------------------------------------------------------------------
// 2. Nothing outside the file

#[test]
fn documents_reference_nothing_outside_the_file() {
    for (name, html) in documents() {
        let offenders = external_references(&html);
        assert!(offenders.is_empty(), "{name}: {offenders:#?}");
    }
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let bad = "<p><a href=\"https://x.org\">x</a><img src=\"a.png\"><span style=\"background:url(a)\">\
               </span><a href=\"//cdn\">y</a><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\
               <style>@import 'a.css';</style><script></script><b onclick=\"x\"></b></p>";
    let offenders = external_references(bad);
    for expected in [
        "contains \"https:\"",
        "contains \"<img\"",
        "contains \"url(\"",
        "contains \"@import\"",
        "contains \"<script\"",
        "contains \"src=\"",
        "href to \"//cdn\"",
        "attribute xmlns",
        "attribute onclick",
    ] {
        assert!(
            offenders.iter().any(|o| o == expected),
            "missing {expected:?} in {offenders:#?}"
        );
    }
    assert!(external_references("<p><a href=\"#plan\">plan</a></p>").is_empty());
}

// ---------------------------------------------------------------------------
// 3. Well-formed enough, and escaped

fn assert_well_formed(name: &str, html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>\n"), "{name}: doctype");
    assert!(
        html.contains("<html lang=\"fr\">") || html.contains("<html lang=\"en\">"),
        "{name}: html lang"
    );
    assert!(html.contains("<meta charset=\"utf-8\">"), "{name}: charset");
    let head = html.split("</head>").next().unwrap_or("");
    assert_eq!(
        balance(head, "title"),
        (1, 1),
        "{name}: one title in the head"
    );
    assert_eq!(
        balance(html, "title").0,
        balance(html, "title").1,
        "{name}: titles"
    );
    assert_eq!(balance(html, "style"), (1, 1), "{name}: one style");
    for tag in [
        "html",
        "head",
        "body",
        "main",
        "header",
        "footer",
        "section",
        "table",
        "thead",
        "tbody",
        "tr",
        "svg",
        "figure",
        "ul",
        "ol",
        "li",
        "dl",
        "p",
        "blockquote",
        "h1",
        "h2",
        "h3",
    ] {
        let (opened, closed) = balance(html, tag);
        assert_eq!(
            opened, closed,
            "{name}: <{tag}> opened {opened}, closed {closed}"
        );
    }
    for tag in ["html", "head", "body", "main"] {
        assert_eq!(balance(html, tag).0, 1, "{name}: one <{tag}>");
    }
}

#[test]
fn documents_are_balanced() {
    for (name, html) in documents() {
        assert_well_formed(&name, &html);
    }
}

#[test]
fn the_report_has_its_parts_in_order() {
    let html = report::html::report(&build(&library(), &ana(), Lang::Fr));
    let order = [
        "<h1>Bilan de compétences — Ana Martin</h1>",
        "id=\"ranking\"",
        "Règle de calcul\u{a0}:",
        "id=\"profile-1\"",
        "<svg class=\"chart bars\"",
        "<svg class=\"chart radar\"",
        "id=\"notes\"",
        "id=\"plan\"",
    ];
    let mut at = 0;
    for part in order {
        let found = html[at..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing or out of order"));
        at += found + part.len();
    }
    // French numbers, symbols for every requirement status.
    assert!(html.contains("85,1\u{202f}%"));
    assert!(html.contains("✗ non atteint") && html.contains("✓ atteint"));
    assert!(html.contains("? sans réponse"));
    assert!(html.contains("@page{size:A4;margin:15mm}"));
    assert!(html.contains("break-before:page"));
    assert!(html.contains("print-color-adjust:exact"));
    let en = report::html::report(&build(&library(), &ana(), Lang::En));
    assert!(en.contains("85.1%") && en.contains("<html lang=\"en\">"));
}

#[test]
fn the_comparison_follows_the_ranking_with_symbols_and_colours() {
    let library = library();
    let html = report::html::report(&ana_compared(&library, Lang::Fr));
    let order = [
        "<a href=\"#comparison\">Auto-évaluation et évaluation du coach</a>",
        "id=\"ranking\"",
        "<section class=\"page\" id=\"comparison\">\n<h2>Auto-évaluation et évaluation du coach</h2>",
        "Marc Aubert, 2025-03-02",
        "<table class=\"fits\">",
        "<table class=\"compared\">",
        "id=\"profile-1\"",
    ];
    let mut at = 0;
    for part in order {
        let found = html[at..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing or out of order"));
        at += found + part.len();
    }
    // Two levels apart: `!!` and a red, tinted row; one level: `!` and an
    // amber edge; one-sided: `·`. The rules are in the style sheet.
    assert!(html.contains("<tr class=\"sev-major\"><td class=\"id\">B.<wbr>1</td>"));
    assert!(html.contains("<td class=\"num diff\">+2</td><td class=\"flag\">!!</td>"));
    assert!(html.contains("<tr class=\"sev-minor\"><td class=\"id\">A.<wbr>3</td>"));
    assert!(html.contains("<td class=\"num diff\">−1</td><td class=\"flag\">!</td>"));
    assert!(html.contains("<tr class=\"sev-one\"><td class=\"id\">D.<wbr>6</td>"));
    for rule in [
        "tr.sev-major>td{background:",
        "tr.sev-minor>td:first-child{box-shadow:",
        ".sev-major .flag,.sym.sev-major{color:var(--bad)}",
    ] {
        assert!(html.contains(rule), "{rule}");
    }
    assert_eq!(balance(&html, "style"), (1, 1));
    // The report without the other rating has none of it.
    let plain = report::html::report(&build(&library, &ana(), Lang::Fr));
    for part in ["comparison", "sev-major", "table.fits"] {
        assert!(!plain.contains(part), "{part}");
    }
}

#[test]
fn hostile_text_is_escaped() {
    let html = report::html::report(&hostile_report());
    assert_well_formed("hostile", &html);
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the name is shown, escaped"
    );
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("Tom &amp; &#39;Jerry&#39;"));
    let lower = html.to_ascii_lowercase();
    for needle in ["<script", "<img", "<a href=\"https"] {
        assert!(!lower.contains(needle), "{needle} got through");
    }
    // The title too.
    assert!(html.contains("<title>Bilan de compétences — &lt;script&gt;"));
}

#[test]
fn empty_cases_get_a_sentence() {
    let library = library();
    let mut report = build(&library, &ana(), Lang::En);
    report.notes.clear();
    report.plan.steps.clear();
    for profile in &mut report.profiles {
        profile.strengths.clear();
    }
    let html = report::html::report(&report);
    // No notes: no notes section, no link to one.
    assert!(!html.contains("No notes.") && !html.contains("id=\"notes\""));
    assert!(!html.contains("href=\"#notes\""));
    assert!(html.contains("No gaps: every requirement of this profile is met."));
    assert!(html.contains("No requirement met yet."));
    assert_well_formed("empty", &html);
}

// ---------------------------------------------------------------------------
// 4. A real browser

fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// Runs headless Chromium on `html_file` with `output` (e.g.
/// `--screenshot=…`), killing it after a minute.
fn chromium(binary: &Path, profile_dir: &Path, output: &str, html_file: &Path) {
    let mut child = Command::new(binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--no-pdf-header-footer",
            "--hide-scrollbars",
            "--window-size=1240,1754",
        ])
        .arg(format!("--user-data-dir={}", profile_dir.display()))
        .arg(output)
        .arg(format!("file://{}", html_file.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match child.try_wait().expect("wait for chromium") {
            Some(_) => return,
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("chromium took more than 60 s on {}", html_file.display());
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`).
fn pdf_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

fn assert_file_size(path: &Path, min: u64) {
    let size = std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{} missing: {e}", path.display()))
        .len();
    assert!(size >= min, "{} is only {size} bytes", path.display());
}

#[test]
fn chromium_renders_the_report_guide_and_job_sheet() {
    let Some(binary) = find_chromium() else {
        if std::env::var_os("CI").is_some() {
            panic!("chromium is not on PATH, and CI is set: CI must install it");
        }
        eprintln!("note: chromium not on PATH; the browser rendering test is skipped");
        return;
    };
    let temp = tempfile::tempdir().expect("temp dir");
    let out_dir = match std::env::var_os("BILAN_HTML_OUT") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            std::fs::create_dir_all(&dir).expect("BILAN_HTML_OUT is creatable");
            std::fs::canonicalize(&dir).expect("BILAN_HTML_OUT resolves")
        }
        None => temp.path().to_path_buf(),
    };
    let docs = documents();
    for name in [
        "report_fr",
        "report_compared_fr",
        "guide_cm_fr",
        "job_sheet_ite_fr",
    ] {
        let (_, html) = docs
            .iter()
            .find(|(n, _)| n == name)
            .expect("document exists");
        let html_file = out_dir.join(format!("{name}.html"));
        std::fs::write(&html_file, html).expect("write html");
        let png = out_dir.join(format!("{name}.png"));
        let pdf = out_dir.join(format!("{name}.pdf"));
        let _ = std::fs::remove_file(&png);
        let _ = std::fs::remove_file(&pdf);
        let profile_dir = temp.path().join(format!("chromium-{name}"));
        chromium(
            &binary,
            &profile_dir,
            &format!("--screenshot={}", png.display()),
            &html_file,
        );
        chromium(
            &binary,
            &profile_dir,
            &format!("--print-to-pdf={}", pdf.display()),
            &html_file,
        );
        assert_file_size(&png, 20_000);
        assert_file_size(&pdf, 10_000);
        let head = std::fs::read(&pdf).expect("read pdf");
        assert!(head.starts_with(b"%PDF"), "{name}.pdf is not a PDF");
        if name == "report_fr" {
            // One self-assessment: a summary page, the best-fitting
            // profile, the notes and the plan (19 A4 pages when every
            // profile was detailed and the notes had a page of their own).
            let pages = pdf_pages(&head);
            assert!((2..=12).contains(&pages), "report_fr.pdf has {pages} pages");
        }
        if std::env::var_os("BILAN_HTML_OUT").is_some() {
            println!(
                "{}\n{}\n{}",
                html_file.display(),
                png.display(),
                pdf.display()
            );
        }
    }
}
