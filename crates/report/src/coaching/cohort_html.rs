//! The cohort as one self-contained, printable HTML file (A4 landscape).

use std::fmt::Write as _;

use crate::coaching::cohort::{
    answered, any_not_applicable, below, distribution, error_after_path, heatmap_requirements,
    largest_gaps, rater_code, required_text,
};
use crate::coaching::common::gap_symbol;
use crate::html::parts::{
    date, document, empty, escape, fit_bar, inline, labelled, name_id, thead,
};
use crate::l10n::matching::{capitalized, ranking_words};
use crate::l10n::{
    CoachingDocs, Space, answers, coaching, coaching_docs, colon, labels, number, percent_with,
};
use bilan_core::cohort::{Cohort, DuplicateReason};
use bilan_core::text::Lang;

/// What the cohort page adds to the report style sheet: landscape A4, a
/// wider page, and the heatmap (sticky header row, coloured cells).
const COHORT_STYLE: &str = r#"
main,footer{max-width:100rem}
table.heatmap{width:auto;font-size:.8rem}
table.heatmap th,table.heatmap td{padding:.15rem .35rem}
table.heatmap thead th{position:sticky;top:0;z-index:1;background:var(--head);vertical-align:bottom}
table.heatmap thead th.col{text-align:center;padding:.3rem .1rem}
table.heatmap thead th.col span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
table.heatmap tbody th{text-align:left;font-weight:600;white-space:nowrap}
table.heatmap td{text-align:center;min-width:1.6rem;font-weight:700;font-variant-numeric:tabular-nums}
table.heatmap td.r{text-align:left;font-weight:400}
td.g0,.key.g0{background:#e3f2e6;color:#1e5f30}
td.g1,.key.g1{background:#fff1a6;color:#4a3b00}
td.g2,.key.g2{background:#ffc27a;color:#4a2500}
td.g3,.key.g3{background:#f28b82;color:#3d0600}
td.na,.key.na{color:var(--muted)}
.key{display:inline-block;min-width:1.6rem;text-align:center;font-weight:700;border:1px solid var(--line);margin:0 .3rem 0 .9rem}
.key:first-child{margin-left:0}
td.dist{white-space:nowrap;font-variant-numeric:tabular-nums}
ul.files li{margin:.3rem 0}
ul.files code{font-weight:600;overflow-wrap:anywhere}
@page{size:A4 landscape}
@media print{
main,footer{max-width:none}
table.heatmap{font-size:.7rem}
table.heatmap thead th{position:static}
}
"#;

/// The heatmap class of a gap: none/green, yellow, orange, red; no colour
/// for "not applicable".
fn gap_class(gap: Option<u8>) -> &'static str {
    match gap {
        None => "na",
        Some(0) => "g0",
        Some(1) => "g1",
        Some(2) => "g2",
        Some(_) => "g3",
    }
}

/// The cohort as one self-contained, printable HTML file (A4 landscape).
pub fn cohort_html(c: &Cohort, lang: Lang) -> String {
    let l = labels(lang);
    let w = coaching_docs(lang);
    let cw = coaching(lang);
    let people = c.people.len();
    let mut out = String::new();
    let title = format!(
        "{} — {}",
        escape(w.cohort_title),
        name_id(c.name.get(lang), &c.profile)
    );
    let _ = writeln!(out, "<header>\n<h1>{title}</h1>\n<dl class=\"meta\">");
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(out, "<dt>{}</dt><dd>{value}</dd>", labelled(label, lang));
    };
    field(w.files_seen, &c.files.to_string());
    field(
        w.people_analysed,
        &format!(
            "{people} ({})",
            crate::l10n::matching::counted_in_means(c.counted, lang)
        ),
    );
    if c.counted == 0 {
        field(w.mean_fit, "—");
    } else {
        field(w.mean_fit, &fit_bar(c.mean_fit, lang));
    }
    if !c.invalid.is_empty() {
        field(w.invalid_count, &c.invalid.len().to_string());
    }
    if !c.duplicates.is_empty() {
        field(w.duplicate_count, &c.duplicates.len().to_string());
    }
    out.push_str("</dl>\n</header>\n");

    // Requirements by priority.
    let _ = writeln!(
        out,
        "<section id=\"priorities\">\n<h2>{}</h2>\n<table class=\"priorities\">",
        escape(w.priorities_title)
    );
    thead(
        &mut out,
        &[
            ("#", "num"),
            (l.item, ""),
            (l.title, ""),
            (l.required, "c"),
            (w.below, "num"),
            (w.mean_gap, "num"),
            (w.distribution, ""),
            (w.priority, "num"),
        ],
    );
    out.push_str("<tbody>\n");
    for (i, r) in c.requirements.iter().enumerate() {
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td class=\"id\">{}</td><td>{}</td><td class=\"c\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"dist\">{}</td>\
             <td class=\"num\">{}</td></tr>",
            i + 1,
            inline(&crate::l10n::sources::item_code(&r.item, lang)),
            inline(r.title.get(lang)),
            required_text(r),
            below(r, c.counted, lang),
            number(r.mean_gap, lang),
            distribution(r),
            number(r.priority, lang)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(out, "<p class=\"legend\">{}</p>", escape(w.priority_note));
    if any_not_applicable(c) {
        let _ = writeln!(
            out,
            "<p class=\"legend\">{}</p>",
            escape(answers(lang).cohort_note)
        );
    }
    out.push_str("</section>\n");

    // People.
    let _ = writeln!(
        out,
        "<section id=\"people\">\n<h2>{}</h2>",
        escape(cw.tab_people)
    );
    if c.people.is_empty() {
        out.push_str(&empty(w.nobody));
    } else {
        out.push_str("<table class=\"people\">\n");
        let rw = ranking_words(lang);
        let ceiling = capitalized(rw.ceiling);
        thead(
            &mut out,
            &[
                (l.person, ""),
                (l.rater, ""),
                (l.fit, ""),
                (&ceiling, "num"),
                (l.answered_column, "num"),
                (w.largest_gaps, ""),
            ],
        );
        out.push_str("<tbody>\n");
        for p in &c.people {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>\
                 <td class=\"num\">{}</td><td>{}</td></tr>",
                inline(&p.person),
                escape(rater_code(p.rater, cw)),
                fit_bar(p.fit, lang),
                escape(&percent_with(p.fit_ceiling, lang, Space::Narrow)),
                answered(c, p),
                inline(&largest_gaps(p, c, lang))
            );
        }
        out.push_str("</tbody>\n</table>\n");
        let _ = writeln!(out, "<p class=\"legend\">{}</p>", escape(rw.cohort_note));
        let rule = crate::l10n::matching::cohort_people_rule(c.min_answered_percent, lang);
        let _ = writeln!(out, "<p class=\"legend\">{}</p>", escape(&rule));
    }
    out.push_str("</section>\n");

    // Heatmap.
    if !c.people.is_empty() {
        heatmap_html(&mut out, c, lang, w);
    }

    // Files left out.
    if !c.invalid.is_empty() || !c.duplicates.is_empty() {
        out.push_str("<section id=\"files\">\n");
    }
    if !c.invalid.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul class=\"files\">",
            escape(w.invalid_title)
        );
        for f in &c.invalid {
            let _ = writeln!(
                out,
                "<li><code>{}</code><br>{}</li>",
                inline(&f.path),
                inline(error_after_path(f))
            );
        }
        out.push_str("</ul>\n");
    }
    if !c.duplicates.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul class=\"files\">",
            escape(w.duplicates_title)
        );
        for d in &c.duplicates {
            let kept = match d.reason {
                DuplicateReason::Older => w.kept_newer,
                DuplicateReason::SameTime => w.kept_same_time,
                DuplicateReason::CoachRated => crate::l10n::matching::coach_rating_counts(lang),
            };
            let _ = writeln!(
                out,
                "<li><code>{}</code> ({}, {}, {}){} {} <code>{}</code></li>",
                inline(&d.path),
                inline(&d.person),
                escape(rater_code(d.rater, cw)),
                date(d.updated.as_deref().unwrap_or("—")),
                colon(lang, Space::Narrow),
                escape(kept),
                inline(&d.kept)
            );
        }
        out.push_str("</ul>\n");
    }
    if !c.invalid.is_empty() || !c.duplicates.is_empty() {
        out.push_str("</section>\n");
    }

    let page = document(lang, &title, &out);
    // The report shell's style sheet, followed by this page's rules (the
    // later `@page` turns the sheet to landscape).
    page.replacen("</style>", &format!("{COHORT_STYLE}</style>"), 1)
}

/// The heatmap as a table: people × requirements, each cell the symbol on
/// a background by gap, with its legend.
fn heatmap_html(out: &mut String, c: &Cohort, lang: Lang, w: &CoachingDocs) {
    let l = labels(lang);
    let cw = coaching(lang);
    let _ = writeln!(
        out,
        "<section class=\"page\" id=\"heatmap\">\n<h2>{}</h2>",
        escape(cw.tab_heatmap)
    );
    let _ = writeln!(
        out,
        "<p class=\"legend\"><span class=\"key g0\">·</span>{} <span class=\"key g1\">1</span>{} \
         <span class=\"key g2\">2</span>{} <span class=\"key g3\">3</span>{}</p>",
        escape(l.met),
        escape(w.gap_one),
        escape(w.gap_two),
        escape(w.gap_three)
    );
    if any_not_applicable(c) {
        let _ = writeln!(
            out,
            "<p class=\"legend\"><span class=\"key na\">/</span>{}</p>",
            escape(answers(lang).not_applicable)
        );
    }
    let titles = heatmap_requirements(c);
    out.push_str("<table class=\"heatmap\">\n<thead><tr>");
    let _ = write!(
        out,
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        escape(l.person),
        escape(l.rater)
    );
    for (id, r) in c.heatmap.items.iter().zip(&titles) {
        // The e-CF code or the trait's short title, never its slug; the
        // whole title on hover, the id for scripts.
        let title = r.map(|r| r.title.get(lang)).unwrap_or_default();
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"col\" title=\"{}\" data-item=\"{}\"><span>{}</span></th>",
            inline(title),
            inline(id),
            inline(&crate::l10n::sources::chart_label(id, title))
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (p, row) in c.people.iter().zip(&c.heatmap.rows) {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"r\">{}</td>",
            inline(&p.person),
            escape(rater_code(p.rater, cw))
        );
        for &gap in row {
            let _ = write!(
                out,
                "<td class=\"{}\">{}</td>",
                gap_class(gap),
                gap_symbol(gap)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coaching::fixtures::{HOSTILE, cohort};

    #[test]
    fn html_is_landscape_with_a_coloured_heatmap() {
        let mut c = cohort();
        c.people[1].person = HOSTILE.to_string();
        let page = cohort_html(&c, Lang::Fr);
        assert!(page.contains("@page{size:A4 landscape}"));
        assert!(page.contains("position:sticky"));
        assert!(page.contains("<td class=\"g0\">·</td><td class=\"g1\">1</td>"));
        assert!(page.contains("<td class=\"g2\">2</td>"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(!page.contains("<script"));
        assert_eq!(page.matches("<style>").count(), 1);
        // The landscape rule comes after the report's portrait one.
        let portrait = page.find("@page{size:A4;").unwrap();
        let landscape = page.find("@page{size:A4 landscape}").unwrap();
        assert!(portrait < landscape);
        assert!(page.contains("68,8\u{202f}%"));
        assert_eq!(gap_class(Some(0)), "g0");
        assert_eq!(gap_class(Some(5)), "g3");
        assert_eq!(gap_class(None), "na");
    }
}
