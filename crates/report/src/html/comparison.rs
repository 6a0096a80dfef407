//! The self-rating against the coach's rating in an HTML report, right
//! after the ranking, with the words and symbols of `bilan compare`: `!`
//! for a difference of one level, `!!` (and a colour) for two or more, `·`
//! for an item only one of the two rated.

use std::fmt::Write as _;

use crate::coaching::common::{comparison_dates, score, severity_counts, severity_mark};
use crate::comparison::ReportComparison;
use crate::html::parts::{
    breakable_id, empty, escape, fit_bar, inline, labelled, name_id, paragraphs, thead,
};
use crate::l10n::{
    CoachingDocs, answer_text, answers, coaching, coaching_docs, labels, signed_levels,
};
use bilan_core::compare::Severity;
use bilan_core::text::Lang;

/// What the section adds to the report's style sheet: narrower bars in the
/// fit table, and the rows by severity (a symbol, a coloured edge, and a
/// tinted row for two levels or more).
pub(super) const STYLE: &str = r#"
table.fits td+td{white-space:nowrap}
table.fits .bar{width:3.5rem}
table.fits .rank{color:var(--muted);font-size:.85rem}
table.compared{table-layout:fixed}
col.w-cid{width:14%}
col.w-ctitle{width:44%}
col.w-cnum{width:8.5%}
td.flag{font-weight:700;text-align:center;white-space:nowrap}
tr.sev-major>td{background:#fbe1de}
tr.sev-major>td:first-child{box-shadow:inset 4px 0 0 var(--bad)}
tr.sev-minor>td:first-child{box-shadow:inset 4px 0 0 var(--na)}
tr.sev-major td.diff{font-weight:700}
.sev-major .flag,.sym.sev-major{color:var(--bad)}
.sev-minor .flag,.sym.sev-minor{color:var(--na)}
.sev-one .flag,.sym.sev-one,.sev-nc .flag,.sym.sev-nc{color:var(--muted)}
ul.counts{display:flex;flex-wrap:wrap;gap:.2rem 1.5rem;list-style:none;padding:0;margin:.5rem 0 1rem}
ul.counts .sym{font-weight:700;margin-right:.25rem}
"#;

/// The CSS class of a row, and of its symbol in the legend.
fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Agree => "sev-agree",
        Severity::Minor => "sev-minor",
        Severity::Major => "sev-major",
        Severity::NotComparable => "sev-nc",
        Severity::OneSided => "sev-one",
    }
}

/// The section in HTML, in the style of the report (see [`STYLE`]).
pub(super) fn section(out: &mut String, c: &ReportComparison, lang: Lang) {
    let l = labels(lang);
    let w = coaching_docs(lang);
    let _ = writeln!(
        out,
        "<section class=\"page\" id=\"comparison\">\n<h2>{}</h2>\n<dl class=\"meta\">",
        escape(l.comparison)
    );
    let (self_when, coach_when) = comparison_dates(c);
    for (label, value) in [(w.self_rating, self_when), (w.coach_rating, coach_when)] {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            labelled(label, lang),
            inline(&value)
        );
    }
    out.push_str("</dl>\n<ul class=\"counts\">");
    for (severity, word, n) in severity_counts(c, w, lang) {
        let symbol = match severity_mark(severity) {
            "" => String::new(),
            mark => format!(
                "<span class=\"sym {}\">{mark}</span>",
                severity_class(severity)
            ),
        };
        let _ = write!(
            out,
            "<li>{symbol}{} <strong>{n}</strong></li>",
            labelled(word, lang)
        );
    }
    out.push_str("</ul>\n");
    fits(out, c, lang, w);
    rows(out, c, lang, w);
    notes(out, c, lang);
    out.push_str("</section>\n");
}

/// The candidate's and the coach's notes, side by side.
fn notes(out: &mut String, c: &ReportComparison, lang: Lang) {
    if c.notes.is_empty() {
        return;
    }
    let [heading, item, self_note, coach_note] = crate::l10n::coach::paired_notes_words(lang);
    let _ = writeln!(out, "<h3>{}</h3>", escape(heading));
    out.push_str("<table class=\"paired-notes\">\n");
    thead(out, &[(item, ""), (self_note, ""), (coach_note, "")]);
    out.push_str("<tbody>\n");
    let text = |note: &Option<String>| {
        note.as_deref()
            .map_or_else(|| "—".to_string(), |n| paragraphs(n, None))
    };
    for n in &c.notes {
        let _ = writeln!(
            out,
            "<tr><td class=\"id\">{} {}</td><td>{}</td><td>{}</td></tr>",
            breakable_id(&n.item),
            inline(&n.title),
            text(&n.self_note),
            text(&n.coach_note)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// `68.8 %` as a bar, then `(rank 1)`.
fn fit(fit: f64, rank: usize, lang: Lang, w: &CoachingDocs) -> String {
    format!(
        "{} <span class=\"rank\">({} {rank})</span>",
        fit_bar(fit, lang),
        escape(w.rank)
    )
}

fn fits(out: &mut String, c: &ReportComparison, lang: Lang, w: &CoachingDocs) {
    let l = labels(lang);
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table class=\"fits\">",
        escape(w.fits_by_profile)
    );
    thead(
        out,
        &[
            (l.profile, ""),
            (w.self_score, ""),
            (l.coach, ""),
            (w.agreed, ""),
        ],
    );
    out.push_str("<tbody>\n");
    for p in &c.profiles {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            name_id(&p.name, &p.profile),
            fit(p.self_fit, p.self_rank, lang, w),
            fit(p.coach_fit, p.coach_rank, lang, w),
            fit(p.agreed_fit, p.agreed_rank, lang, w)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(out, "<p class=\"legend\">{}</p>", inline(&c.agreed_rule));
}

fn rows(out: &mut String, c: &ReportComparison, lang: Lang, w: &CoachingDocs) {
    let l = labels(lang);
    let _ = writeln!(out, "<h3>{}</h3>", escape(w.items_by_disagreement));
    if c.rows.is_empty() {
        out.push_str(&empty(coaching(lang).no_items));
        return;
    }
    out.push_str(
        "<table class=\"compared\">\n<colgroup><col class=\"w-cid\"><col class=\"w-ctitle\">\
         <col class=\"w-cnum\"><col class=\"w-cnum\"><col class=\"w-cnum\"><col class=\"w-cnum\">\
         <col class=\"w-cnum\"></colgroup>\n",
    );
    thead(
        out,
        &[
            (l.item, ""),
            (l.title, ""),
            (w.self_score, "c"),
            (l.coach, "c"),
            (w.agreed, "c"),
            (w.difference, "num"),
            (w.flag, "c"),
        ],
    );
    out.push_str("<tbody>\n");
    for r in &c.rows {
        let _ = writeln!(
            out,
            "<tr class=\"{}\"><td class=\"id\">{}</td><td>{}</td><td class=\"c\">{}</td>\
             <td class=\"c\">{}</td><td class=\"c\">{}</td><td class=\"num diff\">{}</td>\
             <td class=\"flag\">{}</td></tr>",
            severity_class(r.severity),
            breakable_id(&crate::l10n::sources::item_code(&r.item, lang)),
            inline(&r.title),
            escape(&score(r.self_score, lang, false)),
            escape(&score(r.coach_score, lang, false)),
            escape(&answer_text(r.agreed, lang, false)),
            r.difference.map(signed_levels).unwrap_or_default(),
            severity_mark(r.severity)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let not_comparable = if c.counts.not_comparable > 0 {
        format!(
            " <span class=\"sym sev-nc\">?</span> {}",
            escape(answers(lang).not_comparable_legend)
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "<p class=\"legend\"><span class=\"sym sev-major\">!!</span> {} \
         <span class=\"sym sev-minor\">!</span> {}{not_comparable} \
         <span class=\"sym sev-one\">·</span> {}</p>",
        escape(w.major),
        escape(w.minor),
        escape(w.one_sided)
    );
}
