//! The full report as one HTML file.

use std::fmt::Write as _;

use crate::html::parts::{
    breakable_id, document, empty, escape, fit_bar, inline, labelled, meta, name_id, paragraphs,
    thead,
};
use crate::html::plan::{fit_list, plan_body};
use crate::l10n::matching::{block as block_points, capitalized, ranking_words};
use crate::l10n::sources::{item_code, legend as legend_of, seeds_cited, source_short_parts};
use crate::l10n::{Space, answer_text, answers, labels, number, percent_with, strings};
use crate::report::{ProfileDetail, Report, RequirementRow, StrengthRow};
use crate::svg;
use bilan_core::text::Lang;

/// The symbol, word and class of a requirement's status.
fn status(row: &RequirementRow, lang: Lang) -> (&'static str, &'static str, &'static str) {
    let (l, w) = (labels(lang), strings(lang));
    match (row.actual, row.met) {
        (None, _) if row.not_applicable => ("∅", answers(lang).not_applicable_cell, "na"),
        (None, _) => ("?", w.not_answered, "na"),
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

/// The full report: header, ranking, each profile's detail, notes and the
/// plan, as one HTML file.
pub fn report(report: &Report) -> String {
    let lang = report.lang;
    let l = labels(lang);
    let w = strings(lang);
    let mut out = String::new();

    // Header.
    let _ = writeln!(
        out,
        "<header>\n<h1>{} — {}</h1>",
        escape(l.report_title),
        inline(&report.person)
    );
    meta(&mut out, &report.header(), l.generated, lang);

    // Contents (screen only).
    let _ = write!(
        out,
        "<nav class=\"toc\" aria-label=\"{0}\"><strong>{0}</strong><ul>\
         <li><a href=\"#ranking\">{1}</a></li>",
        escape(l.contents),
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
    if !report.notes.is_empty() {
        let _ = write!(out, "<li><a href=\"#notes\">{}</a></li>", escape(l.notes));
    }
    let _ = writeln!(
        out,
        "<li><a href=\"#plan\">{}</a></li></ul></nav>\n</header>",
        escape(l.plan)
    );

    // Summary: the ranking, the largest gaps and the strengths, on the
    // first page.
    let _ = writeln!(
        out,
        "<section id=\"ranking\">\n<h2>{}</h2>",
        escape(l.at_a_glance)
    );
    let rw = ranking_words(lang);
    let _ = writeln!(
        out,
        "<p class=\"verdict\"><strong>{}</strong></p>",
        inline(&report.verdict)
    );
    if !report.nothing_reached {
        let bounds = report.ranking.iter().any(|r| !r.fits.is_complete());
        out.push_str("<table class=\"ranking\">\n");
        let (estimate, ceiling) = (capitalized(rw.estimate), capitalized(rw.ceiling));
        let traits = capitalized(rw.traits);
        let mut columns = vec![(l.rank, "c"), (l.profile, ""), (l.fit, "")];
        if bounds {
            columns.push((estimate.as_str(), "num"));
            columns.push((ceiling.as_str(), "num"));
        }
        columns.extend([
            (rw.ecf, "num"),
            (traits.as_str(), "num"),
            (l.distance, "num"),
            (l.answered_column, "num"),
        ]);
        thead(&mut out, &columns);
        out.push_str("<tbody>\n");
        for r in &report.ranking {
            let f = &r.fits;
            let name = name_id(&r.name, &r.id);
            let name = match report.profiles.iter().position(|p| p.id == r.id) {
                Some(i) => format!("<a href=\"#profile-{}\">{name}</a>", i + 1),
                None => name,
            };
            let bounds_cells = if bounds {
                format!(
                    "<td class=\"num\">{}</td><td class=\"num\">{}</td>",
                    escape(&percent_with(f.fit_estimate, lang, Space::Narrow)),
                    escape(&percent_with(f.fit_ceiling, lang, Space::Narrow))
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<tr><td class=\"c\">{}</td><td>{name}</td><td>{}</td>{bounds_cells}\
                 <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
                 <td class=\"num\">{}/{}</td></tr>",
                r.rank,
                fit_bar(f.fit, lang),
                escape(block_points("", &f.blocks.ecf, lang).trim()),
                escape(block_points("", &f.blocks.traits, lang).trim()),
                number(r.distance, lang),
                f.answered,
                f.required
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    summary(&mut out, report);
    let _ = writeln!(
        out,
        "<p class=\"rule\"><strong>{}</strong> {}</p>",
        labelled(l.rule, lang),
        inline(&report.rule)
    );
    if !report.completeness.is_complete() {
        let _ = writeln!(out, "<p class=\"rule\">{}</p>", escape(rw.bounds_note));
    }
    if !report.ties.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p>\n<ul>",
            labelled(l.ties, lang)
        );
        for tie in &report.ties {
            let _ = writeln!(out, "<li>{}</li>", inline(tie));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");

    // Self-rating and coach's rating.
    if let Some(comparison) = &report.comparison {
        crate::html::comparison::section(&mut out, comparison, lang);
    }

    // Each profile.
    for (i, profile) in report.profiles.iter().enumerate() {
        profile_section(&mut out, profile, i + 1, lang);
    }

    // Notes, when there are some.
    if !report.notes.is_empty() {
        let _ = writeln!(out, "<section id=\"notes\">\n<h2>{}</h2>", escape(l.notes));
        for note in &report.notes {
            let score = note.score.map_or_else(
                || escape(w.not_answered),
                |s| match s.level() {
                    Some(level) => format!("{} {level}", escape(l.level)),
                    None => escape(&answer_text(s, lang, false)),
                },
            );
            let _ = writeln!(
                out,
                "<h3>{} — {} <span class=\"muted\">({score})</span></h3>\n<blockquote>{}</blockquote>",
                inline(&item_code(&note.item, lang)),
                inline(&note.title),
                paragraphs(&note.text, None)
            );
        }
        out.push_str("</section>\n");
    }

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
            &format!("{}</style>", crate::html::comparison::STYLE),
            1,
        )
    } else {
        page
    }
}

/// The first page's gaps and strengths: the three largest gaps of the
/// plan's profile and its three widest strengths, then where the profiles
/// left out are.
fn summary(out: &mut String, report: &Report) {
    let lang = report.lang;
    let (l, w) = (labels(lang), strings(lang));
    let plan = &report.plan;
    if !plan.steps.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{} — {}</h3>\n<table class=\"glance\">",
            escape(l.top_gaps),
            name_id(&plan.name, &plan.profile)
        );
        thead(
            out,
            &[
                (l.item, ""),
                (l.title, ""),
                (l.actual, "c"),
                (l.required, "c"),
                (l.points_lost, "num"),
            ],
        );
        out.push_str("<tbody>\n");
        for step in plan.steps.iter().take(3) {
            let _ = writeln!(
                out,
                "<tr><td class=\"id\">{}</td><td>{}</td><td class=\"c\">{}</td>\
                 <td class=\"c\">{}</td><td class=\"num\">{}</td></tr>",
                breakable_id(&item_code(&step.item, lang)),
                inline(&step.title),
                escape(&step.current_text(lang)),
                step.required,
                number(step.points_lost, lang)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    let strengths = report
        .profiles
        .iter()
        .find(|p| p.id == plan.profile)
        .map(|p| &p.strengths[..])
        .unwrap_or_default();
    if !strengths.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<table class=\"glance\">",
            escape(w.strengths)
        );
        strengths_table(out, &strengths[..strengths.len().min(3)], lang);
    }
    if report.profiles.len() < report.ranking.len() {
        let _ = writeln!(out, "<p class=\"legend\">{}</p>", escape(l.other_profiles));
    }
}

/// The rows of a strengths table, after its opening tag.
fn strengths_table(out: &mut String, strengths: &[StrengthRow], lang: Lang) {
    let l = labels(lang);
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
    for s in strengths {
        let _ = writeln!(
            out,
            "<tr><td class=\"id\">{}</td><td>{}</td><td class=\"c\">{}</td>\
             <td class=\"c\">{}</td><td class=\"c\">+{}</td></tr>",
            breakable_id(&item_code(&s.item, lang)),
            inline(&s.title),
            s.actual,
            s.required,
            s.margin
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// One profile's detail: requirements, charts and strengths.
fn profile_section(out: &mut String, profile: &ProfileDetail, index: usize, lang: Lang) {
    let l = labels(lang);
    let w = strings(lang);
    let _ = writeln!(
        out,
        "<section class=\"page profile\" id=\"profile-{index}\">\n<h2>{}</h2>",
        name_id(&profile.name, &profile.id),
    );
    let title_of = |id: &str| {
        profile
            .requirements
            .iter()
            .find(|r| r.item == id)
            .map(|r| r.title.as_str())
    };
    fit_list(out, &profile.fits, title_of, lang);

    // Requirements.
    let _ = writeln!(out, "<h3>{}</h3>", escape(l.requirements));
    // "Not applicable" is explained where some requirement was so answered.
    let na_legend = if profile.requirements.iter().any(|r| r.not_applicable) {
        format!(
            " <span class=\"sym st-na\">∅</span> {}",
            escape(answers(lang).not_applicable_cell)
        )
    } else {
        String::new()
    };
    let legend = format!(
        "<p class=\"legend\"><span class=\"sym st-ok\">✓</span> {} \
         <span class=\"sym st-bad\">✗</span> {} <span class=\"sym st-na\">?</span> {}{na_legend}</p>\n",
        escape(l.met),
        escape(l.not_met),
        escape(w.not_answered)
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
                (w.source_word, ""),
            ],
        );
        out.push_str("<tbody>\n");
        for r in &profile.requirements {
            let (symbol, word, class) = status(r, lang);
            let row_class = match class {
                "bad" => " class=\"gap\"",
                "na" => " class=\"na\"",
                _ => "",
            };
            let sources: Vec<String> = source_short_parts(&r.source, &r.item, lang)
                .iter()
                .map(|s| escape(s))
                .collect();
            let _ = writeln!(
                out,
                "<tr{row_class}><td class=\"id\">{}</td><td>{}</td><td class=\"c\">{}</td>\
                 <td class=\"c\">{}</td><td class=\"st st-{class}\">{symbol} {}</td>\
                 <td class=\"num\">{}</td><td class=\"src\">{}</td></tr>",
                breakable_id(&item_code(&r.item, lang)),
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
        // The sources' whole titles, once, under the short names.
        let seeds = seeds_cited(profile.requirements.iter().map(|r| r.source.as_str()));
        if !seeds.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"legend\">{} {}</p>",
                labelled(w.source_word, lang),
                escape(&legend_of(&seeds, lang).join(w.semicolon))
            );
        }

        // Required against actual.
        let _ = write!(
            out,
            "<figure class=\"bars\">{}\n<figcaption>{}<br><span class=\"legend\">\
             <span class=\"sw sw-req\"></span>{} <span class=\"sw sw-range\"></span>{} \
             <span class=\"sw sw-ok\"></span><span class=\"st-ok\">✓</span> {} \
             <span class=\"sw sw-bad\"></span><span class=\"st-bad\">✗</span> {} \
             <span class=\"sym st-na\">?</span> {}{na_legend}</span></figcaption></figure>\n",
            svg::bars(&profile.requirements),
            escape(l.bars_caption),
            escape(l.required),
            escape(l.required_range),
            escape(l.met),
            escape(l.not_met),
            escape(w.not_answered)
        );
    }

    // By area.
    if !profile.areas.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<div class=\"areas\">", escape(l.by_area));
        let _ = writeln!(
            out,
            "<figure class=\"radar\">{}\n<figcaption>{}</figcaption></figure>",
            svg::radar(&profile.areas, l.you, l.target),
            escape(l.radar_caption)
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
    let _ = writeln!(out, "<h3>{}</h3>", escape(w.strengths));
    if profile.strengths.is_empty() {
        out.push_str(&empty(w.no_strengths));
    } else {
        out.push_str("<table class=\"strengths\">\n");
        strengths_table(out, &profile.strengths, lang);
    }
    out.push_str("</section>\n");
}
