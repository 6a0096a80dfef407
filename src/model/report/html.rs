//! HTML renderings: one self-contained, printable file.
//!
//! Every document is a single file: the style sheet is inline, the charts are
//! inline SVG, and nothing is fetched (no script, font, image, frame, link,
//! `@import` or `url(`); the only links are `#anchors` within the page. The
//! page reads on screen (at most 60rem wide, system fonts, bordered zebra
//! tables) and prints on A4: a page per major section, rows, charts and plan
//! steps kept whole, colours kept. Status is always given by a symbol as well
//! as a colour (✓ met, ✗ not met, ? not answered), so a black-and-white print
//! says the same.
//!
//! Every text that comes from a file (names, notes, titles) goes through
//! [`escape`]. The output depends only on its input (the report carries its
//! own date), so it can be snapshot-tested.

use std::fmt::Write as _;

use super::guide::Guide;
use super::labels::{Labels, labels};
use super::svg;
use super::{JobSheet, Plan, ProfileDetail, Report, RequirementRow};
use crate::model::assessment::{MAX_LEVEL, Rater};
use crate::model::profile::{Importance, Mark};
use crate::model::text::Lang;

/// Words the shared labels do not have.
struct HtmlWords {
    /// The table of contents (screen only).
    contents: &'static str,
    /// Header of the "answered/required" column of the ranking.
    answered_column: &'static str,
    /// Caption of the bar chart.
    bars_caption: &'static str,
    /// Caption of the radar chart.
    radar_caption: &'static str,
    /// Legend entries of the bar chart.
    required_range: &'static str,
    /// "(required, core)" after "1 → 3".
    required_lower: &'static str,
}

fn words(lang: Lang) -> &'static HtmlWords {
    match lang {
        Lang::Fr => &HtmlWords {
            contents: "Sommaire",
            answered_column: "Exigences renseignées",
            bars_caption: "Niveau requis et niveau atteint, exigence par exigence (échelle de 0 à 5).",
            radar_caption: "Niveau moyen par domaine : vous en trait plein, le profil en tirets ; \
                            anneaux aux niveaux 1 à 5.",
            required_range: "plage requise",
            required_lower: "requis",
        },
        Lang::En => &HtmlWords {
            contents: "Contents",
            answered_column: "Requirements answered",
            bars_caption: "Required and actual level, requirement by requirement (scale 0 to 5).",
            radar_caption: "Mean level by area: you as a solid line, the profile dashed; \
                            rings at levels 1 to 5.",
            required_range: "required range",
            required_lower: "required",
        },
    }
}

// ---------------------------------------------------------------------------
// Text and numbers

/// Escapes the five characters that matter in HTML text and attribute
/// values: `&`, `<`, `>`, `"` and `'`.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The narrow no-break space French puts before `%` and `:`.
const NNBSP: char = '\u{202f}';

/// One decimal with the language's separator, as in the Markdown.
pub(crate) use super::markdown::number;

/// A percentage with one decimal: `51,5 %` (narrow no-break space) / `51.5%`.
fn pct(value: f64, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{}{NNBSP}%", number(value, lang)),
        Lang::En => format!("{}%", number(value, lang)),
    }
}

/// A label followed by its colon: `Règle de calcul :` / `Rule:`.
pub(crate) fn colon(label: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{}{NNBSP}:", escape(label)),
        Lang::En => format!("{}:", escape(label)),
    }
}

/// A date for people: the `YYYY-MM-DD` of an RFC 3339 time, else the text
/// (escaped either way).
pub(crate) fn date(value: &str) -> String {
    let value = value.trim();
    let bytes = value.as_bytes();
    let looks_like_date = bytes.len() >= 10
        && bytes[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    match value.get(..10) {
        Some(day) if looks_like_date => day.to_string(),
        _ => escape(value),
    }
}

/// Free text as paragraphs: blank lines separate paragraphs, single line
/// breaks are kept.
fn paragraphs(text: &str, class: Option<&str>) -> String {
    let text = text.replace("\r\n", "\n");
    let class = class.map(|c| format!(" class=\"{c}\"")).unwrap_or_default();
    let mut out = String::new();
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<String> = para.lines().map(|l| escape(l.trim())).collect();
        let _ = write!(out, "<p{class}>{}</p>", lines.join("<br>"));
    }
    out
}

/// Text on one line: line breaks become spaces.
pub(crate) fn inline(text: &str) -> String {
    let joined: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    escape(&joined.join(" "))
}

/// An item id that may wrap after its dots (`sf.<wbr>functional-specs`)
/// rather than anywhere in a narrow column.
pub(crate) fn breakable_id(id: &str) -> String {
    inline(id).replace('.', ".<wbr>")
}

/// `Name (id)`, or the id alone.
pub(crate) fn name_id(name: &str, id: &str) -> String {
    if name.trim().is_empty() {
        inline(id)
    } else {
        format!("{} ({})", inline(name), inline(id))
    }
}

fn importance_word(importance: Importance, l: &Labels) -> &'static str {
    match importance {
        Importance::Core => l.core,
        Importance::Secondary => l.secondary,
    }
}

/// `Niveau` from `niveau`.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A horizontal bar filled to `value` percent, with the value beside it.
pub(crate) fn fit_bar(value: f64, lang: Lang) -> String {
    let share = if value.is_finite() {
        value.clamp(0.0, 100.0)
    } else {
        0.0
    };
    format!(
        "<span class=\"fit\"><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{share:.1}%\">\
         </span></span><span class=\"val\">{}</span></span>",
        pct(value, lang)
    )
}

/// The symbol, word and class of a requirement's status.
fn status(row: &RequirementRow, l: &Labels) -> (&'static str, &'static str, &'static str) {
    match (row.actual, row.met) {
        (None, _) => ("?", l.not_answered, "na"),
        (Some(_), true) => ("✓", l.met, "ok"),
        (Some(_), false) => ("✗", l.not_met, "bad"),
    }
}

/// `3` or `2–3`.
fn required_text(row: &RequirementRow) -> String {
    match row.required_max {
        Some(max) if max != row.required => format!("{}–{max}", row.required),
        _ => row.required.to_string(),
    }
}

// ---------------------------------------------------------------------------
// The page

const STYLE: &str = r#"
:root{--ink:#1b1b1b;--muted:#4f5661;--line:#b7bdc6;--zebra:#f1f3f6;--head:#e3e9f1;--accent:#1f5fa8;--ok:#1e7b34;--bad:#b3261e;--na:#8a5a00}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#fff;color:var(--ink);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,sans-serif;font-size:1rem;line-height:1.45}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 2rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.35rem;line-height:1.25;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem;line-height:1.3;margin:1.4rem 0 .5rem}
p,ul,ol{margin:.5rem 0}
a{color:var(--accent)}
.muted{color:var(--muted)}
.empty{color:var(--muted);font-style:italic}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0 1rem}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
nav.toc{background:var(--zebra);border:1px solid var(--line);padding:.4rem .8rem;font-size:.9rem}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;list-style:none;padding:0;margin:.2rem 0}
table{width:100%;border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:var(--head);font-weight:600}
tbody tr:nth-child(even){background:var(--zebra)}
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
th.c,td.c{text-align:center;font-variant-numeric:tabular-nums}
td.num,td.c{white-space:nowrap}
td.id{font-weight:600;overflow-wrap:anywhere}
td.src{font-size:.75rem;color:var(--muted);overflow-wrap:anywhere}
td.st{font-weight:600}
table.requirements{table-layout:fixed}
col.w-id{width:13%}
col.w-title{width:22%}
col.w-lvl{width:8.5%}
col.w-st{width:15%}
col.w-pts{width:9%}
col.w-src{width:24%}
.st-ok{color:var(--ok)}
.st-bad{color:var(--bad)}
.st-na{color:var(--na)}
tr.gap td:first-child{box-shadow:inset 4px 0 0 var(--bad)}
tr.na td:first-child{box-shadow:inset 4px 0 0 var(--na)}
.fit{display:inline-flex;align-items:center;gap:.5rem;white-space:nowrap}
.bar{display:inline-block;width:8rem;height:.85rem;border:1px solid #3d3d3d;background:#fff}
.bar>span{display:block;height:100%;background:var(--accent)}
.val{font-variant-numeric:tabular-nums;font-weight:600}
.rule{border-left:4px solid var(--accent);background:#f3f6fa;padding:.5rem .8rem}
figure{margin:.75rem 0 1.25rem}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.3rem}
svg.chart{display:block;width:100%;height:auto}
svg.radar{max-width:36rem;margin:0 auto}
.areas{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
.areas figure{flex:1 1 28rem;margin:0}
.areas table{flex:0 0 auto;width:auto;margin:0}
.legend{font-size:.85rem;margin:.25rem 0 .5rem}
.legend span.sym{font-weight:700;margin-left:.6rem}
.sw{display:inline-block;width:1.6rem;vertical-align:middle;margin:0 .3rem 0 .9rem}
.legend .sw:first-child{margin-left:0}
.sw-req{height:.75rem;border:1.5px solid #222}
.sw-range{height:.75rem;border:1.5px dashed #222}
.sw-ok{height:.45rem;background:var(--ok)}
.sw-bad{height:.45rem;background:var(--bad)}
blockquote{margin:.25rem 0 1rem;padding:.4rem .8rem;border-left:4px solid var(--line);background:var(--zebra)}
blockquote p{margin:.2rem 0}
ol.steps{list-style:none;padding:0;margin:0}
.step,.item{border:1px solid var(--line);border-radius:4px;padding:.3rem 1rem .6rem;margin:0 0 .9rem}
.step h3{margin:.5rem 0}
.item h2{font-size:1.1rem;color:inherit;border:0;padding:0;margin:.4rem 0 .1rem}
.item p,.item ol{margin:.3rem 0}
.item blockquote{margin:.3rem 0 .4rem}
.scale{display:inline-flex;gap:2px;vertical-align:-.1rem;margin-right:.5rem}
.scale i{display:inline-block;width:.85rem;height:.85rem;border:1px solid #9aa1ab;background:#fff}
.scale i.on{background:var(--accent);border-color:var(--accent)}
.scale i.want{border:2px solid var(--ink)}
.scale i.on.want{border:2px solid var(--ink)}
ul.actions{list-style:"☐  ";padding-left:1.6rem}
ul.codes{padding-left:1.6rem}
dl.fill{display:grid;grid-template-columns:max-content 1fr;gap:1rem 1rem;max-width:38rem;margin:1rem 0 1.5rem}
dl.fill dt{font-weight:600}
dl.fill dd{margin:0;border-bottom:1px solid #333;min-height:1.4rem}
.facts{color:var(--muted);font-size:.9rem}
.lines div{border-bottom:1px solid #8a8f97;height:1.75rem}
.item p.observed{margin:.7rem 0 .1rem}
.box{margin-left:1.1rem;white-space:nowrap;font-variant-numeric:tabular-nums}
.box::before{content:"";display:inline-block;width:1.05em;height:1.05em;border:1.5px solid #222;margin-right:.3em;background:#fff;vertical-align:-.2em}
ul.duties{list-style:none;padding:0}
ul.duties li{display:grid;grid-template-columns:2.2rem 1fr;align-items:baseline;padding:.2rem 0}
.mark{display:inline-block;width:1.5rem;text-align:center;font-weight:700;font-size:.8rem;border:1.5px solid #222;border-radius:3px}
.mark-t{background:#222;color:#fff}
.mark-p{background:#fff;color:#222}
.ecf{color:var(--muted);font-size:.85rem;white-space:nowrap}
footer{max-width:60rem;margin:0 auto;padding:.5rem 1.25rem 2rem;font-size:.8rem;color:var(--muted)}
footer p{border-top:1px solid var(--line);padding-top:.5rem;margin:0}
@page{size:A4;margin:15mm}
@media print{
html{font-size:10pt}
table{font-size:.85rem}
td.src{font-size:.68rem}
main{max-width:none;padding:0}
footer{max-width:none;padding:0;margin-top:1rem}
nav.toc{display:none}
a{color:inherit;text-decoration:none}
.page>h2:first-child{margin-top:0}
.page{break-before:page}
h1,h2,h3{break-after:avoid}
tr,figure,svg,blockquote,.areas,.step,.item,.rule,.group,dl.fill{break-inside:avoid}
thead{display:table-header-group}
}
"#;

/// The whole document around `body`. `title` is already escaped.
pub(crate) fn document(lang: Lang, title: &str, body: &str) -> String {
    let l = labels(lang);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light\">\n<title>{title}</title>\n\
         <style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n\
         <footer><p>{}</p></footer>\n</body>\n</html>\n",
        lang.code(),
        escape(l.made_by)
    )
}

/// A table header row; `columns` are (label, class).
pub(crate) fn thead(out: &mut String, columns: &[(&str, &str)]) {
    out.push_str("<thead><tr>");
    for (label, class) in columns {
        if class.is_empty() {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(label));
        } else {
            let _ = write!(
                out,
                "<th scope=\"col\" class=\"{class}\">{}</th>",
                escape(label)
            );
        }
    }
    out.push_str("</tr></thead>\n");
}

/// `<p class="empty">…</p>`.
pub(crate) fn empty(text: &str) -> String {
    format!("<p class=\"empty\">{}</p>\n", escape(text))
}

// ---------------------------------------------------------------------------
// Report

/// The full report: header, ranking, each profile's detail, notes and the
/// plan, as one HTML file.
pub fn report(report: &Report) -> String {
    let lang = report.lang;
    let l = labels(lang);
    let w = words(lang);
    let mut out = String::new();

    // Header.
    let _ = writeln!(
        out,
        "<header>\n<h1>{} — {}</h1>",
        escape(l.report_title),
        inline(&report.person)
    );
    out.push_str("<dl class=\"meta\">\n");
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(out, "<dt>{}</dt><dd>{value}</dd>", colon(label, lang));
    };
    field(l.person, &inline(&report.person));
    let rater = match report.rater {
        Rater::SelfRated => l.self_rated,
        Rater::Coach => l.coach_rated,
    };
    field(l.rater, &escape(rater));
    if let Some(coach) = report.coach.as_deref().filter(|c| !c.trim().is_empty()) {
        field(l.coach, &inline(coach));
    }
    if let Some(created) = report.created.as_deref() {
        field(l.started, &date(created));
    }
    if let Some(updated) = report.updated.as_deref() {
        field(l.updated, &date(updated));
    }
    field(l.generated, &date(&report.generated));
    let c = &report.completeness;
    field(
        l.completeness,
        &format!(
            "{} {} {} {} {}",
            c.answered,
            escape(l.of),
            c.total,
            escape(l.answered),
            fit_bar(c.percent, lang)
        ),
    );
    out.push_str("</dl>\n");

    // Contents (screen only).
    let _ = write!(
        out,
        "<nav class=\"toc\" aria-label=\"{0}\"><strong>{0}</strong><ul>\
         <li><a href=\"#ranking\">{1}</a></li>",
        escape(w.contents),
        escape(l.ranking)
    );
    if report.comparison.is_some() {
        let _ = write!(
            out,
            "<li><a href=\"#comparison\">{}</a></li>",
            escape(l.comparison)
        );
    }
    for (i, profile) in report.profiles.iter().enumerate() {
        let _ = write!(
            out,
            "<li><a href=\"#profile-{}\">{}</a></li>",
            i + 1,
            name_id(&profile.name, &profile.id)
        );
    }
    let _ = writeln!(
        out,
        "<li><a href=\"#notes\">{}</a></li><li><a href=\"#plan\">{}</a></li></ul></nav>\n</header>",
        escape(l.notes),
        escape(l.plan)
    );

    // Ranking.
    let _ = writeln!(
        out,
        "<section id=\"ranking\">\n<h2>{}</h2>",
        escape(l.ranking)
    );
    out.push_str("<table class=\"ranking\">\n");
    thead(
        &mut out,
        &[
            (l.rank, "c"),
            (l.profile, ""),
            (l.fit, ""),
            (l.distance, "num"),
            (w.answered_column, "num"),
        ],
    );
    out.push_str("<tbody>\n");
    for r in &report.ranking {
        let name = name_id(&r.name, &r.id);
        let name = match report.profiles.iter().position(|p| p.id == r.id) {
            Some(i) => format!("<a href=\"#profile-{}\">{name}</a>", i + 1),
            None => name,
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"c\">{}</td><td>{name}</td><td>{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}/{}</td></tr>",
            r.rank,
            fit_bar(r.fit, lang),
            number(r.distance, lang),
            r.answered,
            r.required
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"rule\"><strong>{}</strong> {}</p>",
        colon(l.rule, lang),
        inline(&report.rule)
    );
    if !report.ties.is_empty() {
        let _ = writeln!(out, "<p><strong>{}</strong></p>\n<ul>", colon(l.ties, lang));
        for tie in &report.ties {
            let _ = writeln!(out, "<li>{}</li>", inline(tie));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");

    // Self-rating and coach's rating.
    if let Some(comparison) = &report.comparison {
        super::comparison::html(&mut out, comparison, lang);
    }

    // Each profile.
    for (i, profile) in report.profiles.iter().enumerate() {
        profile_section(&mut out, profile, i + 1, lang);
    }

    // Notes.
    let _ = writeln!(
        out,
        "<section class=\"page\" id=\"notes\">\n<h2>{}</h2>",
        escape(l.notes)
    );
    if report.notes.is_empty() {
        out.push_str(&empty(l.no_notes));
    } else {
        for note in &report.notes {
            let score = note.score.map_or_else(
                || escape(l.not_answered),
                |s| format!("{} {s}", escape(l.level)),
            );
            let _ = writeln!(
                out,
                "<h3>{} — {} <span class=\"muted\">({score})</span></h3>\n<blockquote>{}</blockquote>",
                inline(&note.item),
                inline(&note.title),
                paragraphs(&note.text, None)
            );
        }
    }
    out.push_str("</section>\n");

    // Plan.
    let _ = writeln!(
        out,
        "<section class=\"page\" id=\"plan\">\n<h2>{}</h2>",
        escape(l.plan)
    );
    plan_body(&mut out, &report.plan, lang);
    out.push_str("</section>\n");

    let title = format!("{} — {}", escape(l.report_title), inline(&report.person));
    let page = document(lang, &title, &out);
    if report.comparison.is_some() {
        // The report's style sheet, followed by the comparison's rules.
        page.replacen(
            "</style>",
            &format!("{}</style>", super::comparison::STYLE),
            1,
        )
    } else {
        page
    }
}

/// One profile's detail: requirements, charts and strengths.
fn profile_section(out: &mut String, profile: &ProfileDetail, index: usize, lang: Lang) {
    let l = labels(lang);
    let w = words(lang);
    let _ = writeln!(
        out,
        "<section class=\"page profile\" id=\"profile-{index}\">\n<h2>{}</h2>\n<p>{} {}</p>",
        name_id(&profile.name, &profile.id),
        colon(l.fit, lang),
        fit_bar(profile.fit, lang)
    );

    // Requirements.
    let _ = writeln!(out, "<h3>{}</h3>", escape(l.requirements));
    let legend = format!(
        "<p class=\"legend\"><span class=\"sym st-ok\">✓</span> {} \
         <span class=\"sym st-bad\">✗</span> {} <span class=\"sym st-na\">?</span> {}</p>\n",
        escape(l.met),
        escape(l.not_met),
        escape(l.not_answered)
    );
    if profile.requirements.is_empty() {
        out.push_str(&empty(l.no_gaps));
    } else {
        out.push_str(
            "<table class=\"requirements\">\n<colgroup><col class=\"w-id\"><col class=\"w-title\">\
             <col class=\"w-lvl\"><col class=\"w-lvl\"><col class=\"w-st\"><col class=\"w-pts\">\
             <col class=\"w-src\"></colgroup>\n",
        );
        thead(
            out,
            &[
                (l.item, ""),
                (l.title, ""),
                (l.required, "c"),
                (l.actual, "c"),
                (l.status, ""),
                (l.points_lost, "num"),
                (l.source, ""),
            ],
        );
        out.push_str("<tbody>\n");
        for r in &profile.requirements {
            let (symbol, word, class) = status(r, l);
            let row_class = match class {
                "bad" => " class=\"gap\"",
                "na" => " class=\"na\"",
                _ => "",
            };
            let sources: Vec<String> = r
                .source
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(escape)
                .collect();
            let _ = writeln!(
                out,
                "<tr{row_class}><td class=\"id\">{}</td><td>{}</td><td class=\"c\">{}</td>\
                 <td class=\"c\">{}</td><td class=\"st st-{class}\">{symbol} {}</td>\
                 <td class=\"num\">{}</td><td class=\"src\">{}</td></tr>",
                breakable_id(&r.item),
                inline(&r.title),
                required_text(r),
                r.actual.map_or_else(|| "—".to_string(), |a| a.to_string()),
                escape(word),
                number(r.points_lost, lang),
                sources.join("<br>")
            );
        }
        out.push_str("</tbody>\n</table>\n");
        out.push_str(&legend);

        // Required against actual.
        let _ = write!(
            out,
            "<figure class=\"bars\">{}\n<figcaption>{}<br><span class=\"legend\">\
             <span class=\"sw sw-req\"></span>{} <span class=\"sw sw-range\"></span>{} \
             <span class=\"sw sw-ok\"></span><span class=\"st-ok\">✓</span> {} \
             <span class=\"sw sw-bad\"></span><span class=\"st-bad\">✗</span> {} \
             <span class=\"sym st-na\">?</span> {}</span></figcaption></figure>\n",
            svg::bars(&profile.requirements),
            escape(w.bars_caption),
            escape(l.required),
            escape(w.required_range),
            escape(l.met),
            escape(l.not_met),
            escape(l.not_answered)
        );
    }

    // By area.
    if !profile.areas.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<div class=\"areas\">", escape(l.by_area));
        let _ = writeln!(
            out,
            "<figure class=\"radar\">{}\n<figcaption>{}</figcaption></figure>",
            svg::radar(&profile.areas, l.you, l.target),
            escape(w.radar_caption)
        );
        out.push_str("<table class=\"area-table\">\n");
        thead(out, &[(l.area, ""), (l.you, "num"), (l.target, "num")]);
        out.push_str("<tbody>\n");
        for a in &profile.areas {
            let target = if a.target > 0.0 {
                number(a.target, lang)
            } else {
                "—".to_string()
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{target}</td></tr>",
                inline(&a.title),
                number(a.person, lang)
            );
        }
        out.push_str("</tbody>\n</table>\n</div>\n");
    }

    // Strengths.
    let _ = writeln!(out, "<h3>{}</h3>", escape(l.strengths));
    if profile.strengths.is_empty() {
        out.push_str(&empty(l.no_strengths));
    } else {
        out.push_str("<table class=\"strengths\">\n");
        thead(
            out,
            &[
                (l.item, ""),
                (l.title, ""),
                (l.actual, "c"),
                (l.required, "c"),
                (l.margin, "c"),
            ],
        );
        out.push_str("<tbody>\n");
        for s in &profile.strengths {
            let _ = writeln!(
                out,
                "<tr><td class=\"id\">{}</td><td>{}</td><td class=\"c\">{}</td>\
                 <td class=\"c\">{}</td><td class=\"c\">+{}</td></tr>",
                inline(&s.item),
                inline(&s.title),
                s.actual,
                s.required,
                s.margin
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

// ---------------------------------------------------------------------------
// Plan

/// The development plan as a document of its own.
pub fn plan(plan: &Plan, lang: Lang) -> String {
    let l = labels(lang);
    let mut out = String::new();
    let mut title = escape(l.plan_title);
    if !plan.profile.is_empty() {
        let _ = write!(title, " — {}", name_id(&plan.name, &plan.profile));
    }
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>\n</header>");
    out.push_str("<section id=\"plan\">\n");
    plan_body(&mut out, plan, lang);
    out.push_str("</section>\n");
    document(lang, &title, &out)
}

/// `1 → 3` as five boxes: filled up to the current level, outlined thick
/// up to the required one.
fn level_scale(current: u8, required: u8) -> String {
    let mut out = String::from("<span class=\"scale\" aria-hidden=\"true\">");
    for lvl in 1..=MAX_LEVEL {
        let on = lvl <= current;
        let want = lvl <= required && lvl > current;
        out.push_str(match (on, want) {
            (true, _) => "<i class=\"on\"></i>",
            (false, true) => "<i class=\"want\"></i>",
            (false, false) => "<i></i>",
        });
    }
    out.push_str("</span>");
    out
}

/// The plan's introduction and its steps.
fn plan_body(out: &mut String, plan: &Plan, lang: Lang) {
    let l = labels(lang);
    let w = words(lang);
    if !plan.profile.is_empty() {
        let which = if plan.chosen {
            l.chosen_profile
        } else {
            l.best_match
        };
        let _ = writeln!(
            out,
            "<p>{} <strong>{}</strong></p>\n<p>{} {}</p>",
            colon(&format!("{} {} {which}", l.plan, l.plan_for), lang),
            name_id(&plan.name, &plan.profile),
            colon(l.fit, lang),
            fit_bar(plan.fit, lang)
        );
    }
    if plan.steps.is_empty() {
        out.push_str(&empty(l.no_gaps));
        return;
    }
    out.push_str("<ol class=\"steps\">\n");
    for (i, step) in plan.steps.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li class=\"step\">\n<h3>{}. {} — {}</h3>\n<dl class=\"meta\">",
            i + 1,
            inline(&step.item),
            inline(&step.title)
        );
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}{} → {} ({}, {})</dd>",
            colon(l.current_level, lang),
            level_scale(step.current, step.required),
            step.current,
            step.required,
            escape(w.required_lower),
            escape(importance_word(step.importance, l))
        );
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            colon(l.points_lost, lang),
            number(step.points_lost, lang)
        );
        if !step.goal.trim().is_empty() {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                colon(
                    &format!("{} ({} {})", l.goal, l.level, step.goal_level),
                    lang
                ),
                inline(&step.goal)
            );
        }
        out.push_str("</dl>\n");
        if !step.codes.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ul class=\"codes\">",
                colon(l.codes, lang)
            );
            for code in &step.codes {
                if code.text.trim().is_empty() {
                    let _ = writeln!(out, "<li><strong>{}</strong></li>", inline(&code.code));
                } else {
                    let _ = writeln!(
                        out,
                        "<li><strong>{}</strong> — {}</li>",
                        inline(&code.code),
                        inline(&code.text)
                    );
                }
            }
            out.push_str("</ul>\n");
        }
        if !step.actions.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ul class=\"actions\">",
                colon(l.actions, lang)
            );
            for action in &step.actions {
                let _ = writeln!(out, "<li>{}</li>", inline(action));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
}

// ---------------------------------------------------------------------------
// Interview guide

/// The coach's interview guide: per requirement, the level expected, the
/// questions, the evidence to look for, and room to write and to tick the
/// level observed.
pub fn guide(guide: &Guide) -> String {
    let lang = guide.lang;
    let l = labels(lang);
    let mut out = String::new();
    let title = format!(
        "{} — {}",
        escape(l.guide_title),
        name_id(&guide.name, &guide.profile)
    );
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>");
    out.push_str(&paragraphs(&guide.summary, Some("summary")));
    out.push_str("\n<dl class=\"fill\">\n");
    for label in [l.candidate, l.coach, l.date] {
        let _ = writeln!(out, "<dt>{}</dt><dd></dd>", colon(label, lang));
    }
    out.push_str("</dl>\n</header>\n");

    for item in &guide.items {
        out.push_str("<section class=\"item\">\n");
        let _ = writeln!(
            out,
            "<h2>{} — {}</h2>",
            inline(&item.item),
            inline(&item.title)
        );
        let mut facts = Vec::new();
        if !item.section.trim().is_empty() {
            facts.push(format!("{} {}", colon(l.area, lang), inline(&item.section)));
        }
        facts.push(format!(
            "{} {}",
            colon(&capitalized(l.level), lang),
            inline(&item.level)
        ));
        facts.push(format!(
            "{} {}",
            colon(l.importance, lang),
            escape(importance_word(item.importance, l))
        ));
        let _ = writeln!(out, "<p class=\"facts\">{}</p>", facts.join(" · "));
        if !item.level_text.trim().is_empty() {
            let _ = writeln!(
                out,
                "<blockquote><p><strong>{}</strong> {}</p></blockquote>",
                colon(&format!("{} {}", l.expected_at, item.level), lang),
                inline(&item.level_text)
            );
        }
        if !item.questions.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong></p>\n<ol>",
                colon(l.questions, lang)
            );
            for q in &item.questions {
                let _ = writeln!(out, "<li>{}</li>", inline(q));
            }
            out.push_str("</ol>\n");
        }
        if !item.evidence.trim().is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}</strong> {}</p>",
                colon(l.evidence, lang),
                inline(&item.evidence)
            );
        }
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p>\n<div class=\"lines\"><div></div><div></div><div></div><div></div></div>",
            colon(l.interview_notes, lang)
        );
        let boxes: Vec<String> = (1..=MAX_LEVEL)
            .map(|n| format!("<span class=\"box\">{n}</span>"))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"observed\"><strong>{}</strong>{}</p>\n</section>",
            colon(l.observed_level, lang),
            boxes.join("")
        );
    }
    document(lang, &title, &out)
}

// ---------------------------------------------------------------------------
// Job sheet

/// The recruiter's job sheet: duties with T/P marks, then the competences
/// and traits the role asks for.
pub fn job_sheet(sheet: &JobSheet) -> String {
    let lang = sheet.lang;
    let l = labels(lang);
    let mut out = String::new();
    let title = format!(
        "{} — {}",
        escape(l.job_sheet_title),
        name_id(&sheet.name, &sheet.id)
    );
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>");
    let aliases: Vec<String> = sheet
        .aliases
        .iter()
        .map(|a| inline(a))
        .filter(|a| !a.is_empty())
        .collect();
    if !aliases.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong> {}</p>",
            colon(l.aliases, lang),
            aliases.join(" · ")
        );
    }
    out.push_str(&paragraphs(&sheet.summary, Some("summary")));
    out.push_str("\n</header>\n");

    if !sheet.groups.is_empty() {
        let _ = writeln!(out, "<p class=\"legend\">{}</p>", escape(l.marks_legend));
    }
    for section in &sheet.groups {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", inline(&section.title));
        // Duties without a category first, then one sub-heading per category
        // in order of first appearance.
        let category_of = |d: &super::SheetDuty| -> Option<String> {
            d.category
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string)
        };
        let mut categories: Vec<Option<String>> = vec![None];
        for duty in &section.duties {
            let category = category_of(duty);
            if !categories.contains(&category) {
                categories.push(category);
            }
        }
        for category in categories {
            let duties: Vec<_> = section
                .duties
                .iter()
                .filter(|d| category_of(d) == category)
                .collect();
            if duties.is_empty() {
                continue;
            }
            // A short group stays on one page with its heading.
            let group = if duties.len() <= 8 { " group" } else { "" };
            let _ = writeln!(out, "<div class=\"duty-group{group}\">");
            if let Some(name) = &category {
                let _ = writeln!(out, "<h3>{}</h3>", inline(name));
            }
            out.push_str("<ul class=\"duties\">\n");
            for duty in duties {
                let (mark, class, word) = match duty.mark {
                    Mark::T => ("T", "mark-t", l.always),
                    Mark::P => ("P", "mark-p", l.sometimes),
                };
                let mut text = inline(&duty.text);
                if !duty.ecf.is_empty() {
                    let codes: Vec<String> = duty.ecf.iter().map(|c| inline(c)).collect();
                    let _ = write!(
                        text,
                        " <span class=\"ecf\">e-CF {}</span>",
                        codes.join(", ")
                    );
                }
                let _ = writeln!(
                    out,
                    "<li><span class=\"mark {class}\" title=\"{}\">{mark}</span><span>{text}</span></li>",
                    escape(word)
                );
            }
            out.push_str("</ul>\n</div>\n");
        }
        out.push_str("</section>\n");
    }

    if !sheet.competences.is_empty() {
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<table class=\"competences\">",
            escape(l.competences)
        );
        thead(
            &mut out,
            &[
                (l.item, ""),
                (l.title, ""),
                (l.area, ""),
                (&capitalized(l.level), "c"),
            ],
        );
        out.push_str("<tbody>\n");
        for r in &sheet.competences {
            let _ = writeln!(
                out,
                "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td class=\"c\">{}</td></tr>",
                inline(&r.item),
                inline(&r.title),
                inline(&r.section),
                inline(&r.level)
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    if !sheet.traits.is_empty() {
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<table class=\"traits\">",
            escape(l.traits)
        );
        thead(
            &mut out,
            &[
                (l.item, ""),
                (l.title, ""),
                (l.kind, ""),
                (l.importance, "c"),
            ],
        );
        out.push_str("<tbody>\n");
        for r in &sheet.traits {
            let _ = writeln!(
                out,
                "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td class=\"c\"><strong>{}</strong></td></tr>",
                inline(&r.item),
                inline(&r.title),
                inline(&r.section),
                inline(&r.level)
            );
        }
        out.push_str("</tbody>\n</table>\n");
        let _ = writeln!(
            out,
            "<p class=\"legend\">{}</p>\n</section>",
            escape(l.importance_legend)
        );
    }
    document(lang, &title, &out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            escape(r#"Tom & "Jerry" l'ami"#),
            "Tom &amp; &quot;Jerry&quot; l&#39;ami"
        );
        assert_eq!(escape("déjà vu"), "déjà vu");
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(51.54, Lang::En), "51.5");
        assert_eq!(number(51.54, Lang::Fr), "51,5");
        assert_eq!(number(-0.01, Lang::Fr), "0,0");
        assert_eq!(number(f64::NAN, Lang::En), "—");
        assert_eq!(pct(84.94, Lang::Fr), "84,9\u{202f}%");
        assert_eq!(pct(84.94, Lang::En), "84.9%");
        assert_eq!(colon("Règle", Lang::Fr), "Règle\u{202f}:");
        assert_eq!(colon("Rule", Lang::En), "Rule:");
    }

    #[test]
    fn fit_bars_are_clamped_and_use_a_dot() {
        let bar = fit_bar(84.94, Lang::Fr);
        assert!(bar.contains("width:84.9%"), "{bar}");
        assert!(bar.contains("84,9\u{202f}%"), "{bar}");
        assert!(fit_bar(140.0, Lang::En).contains("width:100.0%"));
        assert!(fit_bar(f64::NAN, Lang::En).contains("width:0.0%"));
    }

    #[test]
    fn dates_show_the_day_and_escape_the_rest() {
        assert_eq!(date("2025-01-10T09:00:00Z"), "2025-01-10");
        assert_eq!(date("<b>"), "&lt;b&gt;");
        assert_eq!(date("2025-01-1é"), "2025-01-1é");
    }

    #[test]
    fn paragraphs_keep_line_breaks_and_escape() {
        assert_eq!(
            paragraphs("a <b>\nc\n\nd", None),
            "<p>a &lt;b&gt;<br>c</p><p>d</p>"
        );
        assert_eq!(paragraphs("  \n ", None), "");
    }

    #[test]
    fn level_scale_shows_current_and_required() {
        let scale = level_scale(1, 3);
        assert_eq!(scale.matches("class=\"on\"").count(), 1);
        assert_eq!(scale.matches("class=\"want\"").count(), 2);
        assert_eq!(scale.matches("<i").count(), 5);
    }
}
