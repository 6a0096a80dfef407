//! The text, number and page helpers every HTML document shares: escaping,
//! dates, bars, table heads and the page around a body. Apart from
//! `mod.rs` so that the documents, the comparison section, the cohort
//! and the SVG charts use them without going through the module that
//! re-exports the documents.

use std::fmt::Write as _;

use crate::header::Header;
use crate::html::style::STYLE;
use crate::l10n::{Space, colon, labels, made_by, not_applicable_summary, percent_with, strings};
use bilan_core::assessment::Rater;
use bilan_core::text::{Lang, sanitize};

// ---------------------------------------------------------------------------
// Text and numbers

/// Escapes the five characters that matter in HTML text and attribute
/// values: `&`, `<`, `>`, `"` and `'`, after [`sanitize`] (no control
/// character, NUL included, and no bidirectional override in the page).
pub(crate) fn escape(text: &str) -> String {
    let text = sanitize(text);
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

/// A percentage with one decimal: `51,5 %` (narrow no-break space) / `51.5%`.
fn pct(value: f64, lang: Lang) -> String {
    percent_with(value, lang, Space::Narrow)
}

/// An escaped label followed by its colon: `Règle de calcul :` (a
/// no-break space, U+00A0) / `Rule:`.
pub(crate) fn labelled(label: &str, lang: Lang) -> String {
    format!("{}{}", escape(label), colon(lang, Space::Narrow))
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
pub(super) fn paragraphs(text: &str, class: Option<&str>) -> String {
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

/// Whose the document is, as the report's `<dl class="meta">`: person,
/// rater, coach, dates and completeness. Every document about a person
/// starts with it; `generated` labels the date it was made.
pub(crate) fn meta(out: &mut String, header: &Header, generated: &str, lang: Lang) {
    let l = labels(lang);
    out.push_str("<dl class=\"meta\">\n");
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(out, "<dt>{}</dt><dd>{value}</dd>", labelled(label, lang));
    };
    field(l.person, &inline(&header.person));
    let rater = match header.rater {
        Rater::SelfRated => l.self_rated,
        Rater::Coach => l.coach_rated,
    };
    field(l.rater, &escape(rater));
    if let Some(coach) = header.coach.as_deref().filter(|c| !c.trim().is_empty()) {
        field(l.coach, &inline(coach));
    }
    if let Some(created) = header.created.as_deref() {
        field(l.started, &date(created));
    }
    if let Some(updated) = header.updated.as_deref() {
        field(l.updated, &date(updated));
    }
    field(generated, &date(&header.generated));
    let c = &header.completeness;
    let mut completeness = format!(
        "{} {}",
        escape(&crate::l10n::answered_of(lang, c.answered, c.total)),
        fit_bar(c.percent, lang)
    );
    if let Some(na) = not_applicable_summary(c.not_applicable, lang) {
        completeness = format!("{completeness}<br>{}", escape(&na));
    }
    field(strings(lang).completeness, &completeness);
    out.push_str("</dl>\n");
}

/// `Niveau` from `niveau`.
pub(super) fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A horizontal bar filled to `value` percent, with the value beside it.
pub(crate) fn fit_bar(value: f64, lang: Lang) -> String {
    let share = if value.is_finite() {
        bilan_core::matching::round1(value.clamp(0.0, 100.0))
    } else {
        0.0
    };
    format!(
        "<span class=\"fit\"><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{share:.1}%\">\
         </span></span><span class=\"val\">{}</span></span>",
        pct(value, lang)
    )
}

// ---------------------------------------------------------------------------
// The page

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
        escape(&made_by(l))
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
        assert_eq!(
            escape("a\u{0}b\u{1b}c\u{202e}"),
            "a\u{fffd}b\u{fffd}c\u{fffd}"
        );
    }

    #[test]
    fn numbers_and_labels_follow_the_language() {
        assert_eq!(pct(84.94, Lang::Fr), "84,9\u{202f}%");
        assert_eq!(pct(84.94, Lang::En), "84.9%");
        assert_eq!(labelled("Règle", Lang::Fr), "Règle\u{a0}:");
        assert_eq!(labelled("R&D", Lang::En), "R&amp;D:");
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
}
