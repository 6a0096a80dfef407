//! Numbers, colons, plurals and text widths as each language writes them.
//! Every output (terminal, Markdown, HTML, CSV) formats through here, so a
//! figure reads the same everywhere.

use bilan_core::Lang;

/// `0.1.0 · e-CF 4.0 (EN 16234-1:2019) · profiles data v1`: the program's
/// version, the catalogue's e-CF edition and the profiles' data version (the
/// JSON `schema` number), with `profiles_data` in the reader's language.
/// `bilan --version` and every document's footer say it, from here.
pub fn version_line(profiles_data: &str) -> String {
    format!(
        "{} · {} · {profiles_data} v{}",
        env!("CARGO_PKG_VERSION"),
        bilan_core::ECF_VERSION,
        bilan_core::SCHEMA_VERSION
    )
}

/// The footer of every document: made offline, by which version and rules
/// (`bilan --version`'s line), so a reader can tell what produced it.
pub fn made_by(l: &crate::l10n::tables::Labels) -> String {
    format!("{} {}.", l.made_by, version_line(l.profiles_data))
}

/// The minus sign of differences and changes (`−1`, `−2,5`).
pub const MINUS: char = '\u{2212}';

/// One decimal, with the language's decimal separator: `51,5` / `51.5`.
/// The value is rounded once, from the exact figure, by core's
/// [`round1`](bilan_core::matching::round1): every output shows the same
/// digit (139/207 = 67.149…% is `67,1` everywhere).
pub fn number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.1}", bilan_core::matching::round1(value));
    // A value that rounds to zero never shows a sign.
    let text = if text == "-0.0" {
        "0.0".to_string()
    } else {
        text
    };
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The space French puts before `%` and `:`, per output. `%` takes a
/// narrow no-break space everywhere ([`percent`]); `:` always a no-break
/// space, U+00A0 (see [`colon`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    Plain,
    NoBreak,
    Narrow,
}

impl Space {
    fn char(self) -> char {
        match self {
            Space::Plain => ' ',
            Space::NoBreak => '\u{a0}',
            Space::Narrow => '\u{202f}',
        }
    }
}

/// A percentage with one decimal: `51,5 %` (narrow no-break space, as a
/// French typesetter writes it) / `51.5%` (English, no space).
pub fn percent(value: f64, lang: Lang) -> String {
    percent_with(value, lang, Space::Narrow)
}

/// A percentage with one decimal and `space` before the French `%`.
pub fn percent_with(value: f64, lang: Lang, space: Space) -> String {
    match lang {
        Lang::Fr => format!("{}{}%", number(value, lang), space.char()),
        Lang::En => format!("{}%", number(value, lang)),
    }
}

/// `+3,5` / `−12.5` / `0.0`, one decimal.
pub fn signed(value: f64, lang: Lang) -> String {
    let magnitude = number(value.abs(), lang);
    if magnitude == number(0.0, lang) || !value.is_finite() {
        magnitude
    } else if value > 0.0 {
        format!("+{magnitude}")
    } else {
        format!("{MINUS}{magnitude}")
    }
}

/// `+2`, `−1`, `0`: a change in levels.
pub fn signed_levels(d: i8) -> String {
    match d {
        0 => "0".to_string(),
        d if d > 0 => format!("+{d}"),
        d => format!("{MINUS}{}", d.unsigned_abs()),
    }
}

/// The colon after a label, to glue to it: `:` in English, a no-break
/// space (U+00A0) then `:` in French (`Règle :`), in every output, so that
/// a wrapped line never starts with the colon. (`_space` is kept for the
/// callers that name the output they write.) What follows is the caller's.
pub fn colon(lang: Lang, _space: Space) -> &'static str {
    match lang {
        Lang::En => ":",
        Lang::Fr => "\u{a0}:",
    }
}

/// The singular or plural form for `count` (French: 0 and 1 are singular).
pub fn plural(lang: Lang, count: usize, forms: [&'static str; 2]) -> &'static str {
    let singular = match lang {
        Lang::Fr => count <= 1,
        Lang::En => count == 1,
    };
    if singular { forms[0] } else { forms[1] }
}

/// Display width of `text` in terminal columns (a CJK character takes two,
/// a combining accent none).
pub fn width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// Cuts `text` to `cols` columns, ending with `…` when cut.
pub fn truncate(text: &str, cols: usize) -> String {
    if width(text) <= cols {
        return text.to_string();
    }
    // Room for the ellipsis; characters are measured one by one (linear).
    let room = cols.saturating_sub(1);
    let mut out = String::with_capacity(text.len());
    let mut used = 0;
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let w = width(c.encode_utf8(&mut buf));
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// `█████░░░░░`: a text bar of `cols` cells filled to `value` out of `max`.
pub fn bar(value: f64, max: f64, cols: usize) -> String {
    let share = if max > 0.0 && value.is_finite() {
        (value / max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let full = ((share * cols as f64).round() as usize).min(cols);
    let mut text = "█".repeat(full);
    text.push_str(&"░".repeat(cols - full));
    text
}

/// A whole count with the language's thousands separator: `10,000` /
/// `10 000` (no-break space).
pub fn count(value: usize, lang: Lang) -> String {
    let digits = value.to_string();
    let separator = match lang {
        Lang::Fr => '\u{a0}',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(51.54, Lang::En), "51.5");
        assert_eq!(number(51.54, Lang::Fr), "51,5");
        assert_eq!(number(-0.01, Lang::En), "0.0");
        assert_eq!(number(f64::NAN, Lang::En), "—");
        assert_eq!(percent(7.0, Lang::Fr), "7,0\u{202f}%");
        assert_eq!(percent(7.0, Lang::En), "7.0%");
        assert_eq!(
            percent_with(84.94, Lang::Fr, Space::Narrow),
            "84,9\u{202f}%"
        );
        assert_eq!(signed(3.5, Lang::Fr), "+3,5");
        assert_eq!(signed(-12.46, Lang::En), "\u{2212}12.5");
        assert_eq!(signed(-0.01, Lang::En), "0.0");
        assert_eq!(signed_levels(2), "+2");
        assert_eq!(signed_levels(-1), "\u{2212}1");
        assert_eq!(signed_levels(0), "0");
    }

    #[test]
    fn a_figure_is_rounded_once_from_the_exact_value() {
        // 139/207 = 67.149…%: rounding to two decimals first (67.15) and
        // then to one gave 67.2.
        let fit = 100.0 * 139.0 / 207.0;
        assert_eq!(number(fit, Lang::En), "67.1");
        assert_eq!(number(fit, Lang::Fr), "67,1");
        assert_eq!(percent(fit, Lang::En), "67.1%");
        // Halves go away from zero, whatever their binary form.
        assert_eq!(number(0.05, Lang::En), "0.1");
        assert_eq!(number(0.25, Lang::En), "0.3");
        assert_eq!(number(-0.25, Lang::En), "-0.3");
        assert_eq!(number(2.675, Lang::En), "2.7");
    }

    #[test]
    fn colons_follow_the_language() {
        assert_eq!(colon(Lang::En, Space::Narrow), ":");
        assert_eq!(colon(Lang::Fr, Space::Plain), "\u{a0}:");
        assert_eq!(colon(Lang::Fr, Space::Narrow), "\u{a0}:");
    }

    #[test]
    fn plurals_follow_the_language() {
        assert_eq!(plural(Lang::Fr, 0, ["a", "b"]), "a");
        assert_eq!(plural(Lang::En, 0, ["a", "b"]), "b");
        assert_eq!(plural(Lang::En, 1, ["a", "b"]), "a");
    }

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 3), "abc");
        // Two columns per character: four columns hold one and the ellipsis.
        assert_eq!(truncate("日本語です", 4), "日…");
        assert_eq!(width("日本"), 4);
    }

    #[test]
    fn bars_fill_by_share() {
        assert_eq!(bar(51.5, 100.0, 10), "█████░░░░░");
        assert_eq!(bar(0.0, 100.0, 10), "░░░░░░░░░░");
        assert_eq!(bar(5.0, 5.0, 10), "██████████");
        assert_eq!(bar(9.0, 5.0, 10), "██████████");
        assert_eq!(bar(f64::NAN, 100.0, 4), "░░░░");
    }

    #[test]
    fn counts_group_thousands_the_way_each_language_does() {
        assert_eq!(count(312, Lang::En), "312");
        assert_eq!(count(10_000, Lang::En), "10,000");
        assert_eq!(count(1_234_567, Lang::Fr), "1\u{a0}234\u{a0}567");
    }
}
