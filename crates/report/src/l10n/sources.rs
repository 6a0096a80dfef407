//! What a source or an item is, for people: the titles of the five seed
//! documents (DESIGN.md, "The data") instead of their file names, and
//! readable labels instead of item slugs (`sf.correspondence`). Machines
//! keep the file, line and id (JSON, CSV).

use bilan_core::source::{self, Seed};
use bilan_core::text::Lang;

/// The title of a seed document, shown where its file name would be.
pub fn seed_title(seed: Seed, lang: Lang) -> &'static str {
    let (fr, en) = match seed {
        Seed::RoleMatrix => (
            "Profils de poste des métiers de l'entreprise 2.0 (CNO, CM, ITE)",
            "Job profiles for enterprise 2.0 roles",
        ),
        Seed::Forrester => (
            "Forrester, «\u{202f}How to staff for Social Computing\u{202f}» (résumé)",
            "Forrester, How to staff for Social Computing (summary)",
        ),
        Seed::CmBlog => (
            "«\u{202f}Qu'est-ce qu'un Community Manager\u{202f}?\u{202f}» (blog, 2009)",
            "What is a Community Manager? (blog, 2009)",
        ),
        Seed::CmRecruiting => (
            "Fiche de poste «\u{202f}Comment recruter un community manager\u{202f}?\u{202f}» (2009)",
            "Job sheet: how to recruit a community manager (2009)",
        ),
        Seed::EcfProfile => (
            "Profil e-CF «\u{202f}Responsable de Communauté en ligne\u{202f}»",
            "e-CF profile Online Community Manager",
        ),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// A short name of a seed, for a table cell or a status line, where a
/// legend (see [`legend`]) or the job sheet gives the whole title.
pub fn seed_short(seed: Seed, lang: Lang) -> &'static str {
    let (fr, en) = match seed {
        Seed::RoleMatrix => ("Grille des métiers CNO/CM/ITE", "Job matrix CNO/CM/ITE"),
        Seed::Forrester => ("Forrester (résumé)", "Forrester (summary)"),
        Seed::CmBlog => (
            "Article de blog sur le CM (2009)",
            "Blog post on the CM (2009)",
        ),
        Seed::CmRecruiting => (
            "Fiche de recrutement CM (2009)",
            "CM recruiting sheet (2009)",
        ),
        Seed::EcfProfile => ("Profil e-CF du CM", "e-CF CM profile"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// The seeds the `sources` cite, in the seeds' order, each once.
pub fn seeds_cited<'a>(sources: impl IntoIterator<Item = &'a str>) -> Vec<Seed> {
    let mut cited = Vec::new();
    for source in sources {
        for r in source::parse(source) {
            if let Some(seed) = r.seed.filter(|s| !cited.contains(s)) {
                cited.push(seed);
            }
        }
    }
    Seed::ALL
        .into_iter()
        .filter(|s| cited.contains(s))
        .collect()
}

/// `Short name — whole title`, one per seed, for under a table that uses
/// the short names.
pub fn legend(seeds: &[Seed], lang: Lang) -> Vec<String> {
    seeds
        .iter()
        .map(|&seed| format!("{} — {}", seed_short(seed, lang), seed_title(seed, lang)))
        .collect()
}

/// The title of the first seed a `source` field cites, if it cites one.
pub fn first_seed_title(source: &str, lang: Lang) -> Option<&'static str> {
    source::parse(source)
        .first()
        .and_then(|r| r.seed)
        .map(|seed| seed_title(seed, lang))
}

/// Whether `id` is an e-CF competence code (`A.3`, `E.10`).
pub fn is_ecf_code(id: &str) -> bool {
    let mut parts = id.splitn(2, '.');
    let (Some(area), Some(number)) = (parts.next(), parts.next()) else {
        return false;
    };
    matches!(area, "A" | "B" | "C" | "D" | "E")
        && !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
}

/// Each reference of a `source` field in words: `e-CF profile Online
/// Community Manager, competence A.3`, `Job profiles for enterprise 2.0
/// roles, lines 42, 83`. A custom profile's own reference is shown as
/// written. `item` is the requirement's item (its e-CF code names the place
/// in seed 004 better than a line does).
pub fn source_parts(source: &str, item: &str, lang: Lang) -> Vec<String> {
    parts(source, item, lang, seed_title)
}

/// As [`source_parts`], with each seed's short name ([`seed_short`]).
pub fn source_short_parts(source: &str, item: &str, lang: Lang) -> Vec<String> {
    parts(source, item, lang, seed_short)
}

fn parts(
    source: &str,
    item: &str,
    lang: Lang,
    name: fn(Seed, Lang) -> &'static str,
) -> Vec<String> {
    source::parse(source)
        .into_iter()
        .map(|r| {
            let Some(seed) = r.seed else {
                return r.file;
            };
            let title = name(seed, lang);
            if seed == Seed::EcfProfile && is_ecf_code(item) {
                return match lang {
                    Lang::Fr => format!("{title}, compétence {item}"),
                    Lang::En => format!("{title}, competence {item}"),
                };
            }
            let lines: Vec<String> = r.lines.iter().map(u32::to_string).collect();
            let word = match (lang, lines.len()) {
                (_, 0) => return title.to_string(),
                (Lang::Fr, 1) => "ligne",
                (Lang::Fr, _) => "lignes",
                (Lang::En, 1) => "line",
                (Lang::En, _) => "lines",
            };
            format!("{title}, {word} {}", lines.join(", "))
        })
        .collect()
}

/// A `source` field in words, its references joined (see [`source_parts`]).
pub fn source_text(source: &str, item: &str, lang: Lang) -> String {
    source_parts(source, item, lang).join(crate::l10n::strings(lang).semicolon)
}

/// A `source` field in words with the seeds' short names, for a line that
/// has no room for the whole titles (the results screen).
pub fn source_short_text(source: &str, item: &str, lang: Lang) -> String {
    source_short_parts(source, item, lang).join(crate::l10n::strings(lang).semicolon)
}

/// A short, readable code for an item where a column or a chart needs one:
/// the e-CF code (`A.3`), else the kind of trait in words (`savoir-faire`),
/// else the id of a custom item as written. Never a trait's slug.
pub fn item_code(id: &str, lang: Lang) -> String {
    if is_ecf_code(id) {
        return id.to_string();
    }
    let kind = id.split_once('.').map(|(kind, _)| kind);
    let word = match (kind, lang) {
        (Some("s"), Lang::Fr) => "savoir",
        (Some("s"), Lang::En) => "knowledge",
        (Some("sf"), Lang::Fr) => "savoir-faire",
        (Some("sf"), Lang::En) => "skill",
        (Some("se"), Lang::Fr) => "savoir-être",
        (Some("se"), Lang::En) => "attitude",
        _ => return id.to_string(),
    };
    word.to_string()
}

/// An item named in a sentence: `E.7 (Business Change Management)` for an
/// e-CF competence, its title in quotes for a trait (never its slug).
pub fn named_item(id: &str, title: &str, lang: Lang) -> String {
    match (is_ecf_code(id), title.trim().is_empty(), lang) {
        (_, true, _) => id.to_string(),
        (true, false, _) => format!("{id} ({title})"),
        (false, false, Lang::En) => format!("“{title}”"),
        (false, false, Lang::Fr) => format!("«\u{202f}{title}\u{202f}»"),
    }
}

/// A title cut to fit a chart label: without its parenthesis, then at a
/// word boundary with `…` when still longer than `max` characters.
pub fn short_title(title: &str, max: usize) -> String {
    let title = title.split(" (").next().unwrap_or(title).trim();
    if title.chars().count() <= max {
        return title.to_string();
    }
    let mut out = String::new();
    for word in title.split(' ') {
        let next = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        if next.chars().count() + 1 > max {
            break;
        }
        out = next;
    }
    if out.is_empty() {
        out = title.chars().take(max.saturating_sub(1)).collect();
    }
    let out = out.trim_end_matches([',', ';', ':', ' ']).to_string();
    format!("{out}…")
}

/// The label of an item on a chart: its e-CF code, or its short title.
pub fn chart_label(id: &str, title: &str) -> String {
    if is_ecf_code(id) || title.trim().is_empty() {
        id.to_string()
    } else {
        short_title(title, 24)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_read_as_documents_never_as_files() {
        let cm = "004_ef7d9f38b9b40a81.txt:90; 000_776fcb4b9e95a8db.txt:42, 83";
        assert_eq!(
            source_text(cm, "A.3", Lang::En),
            "e-CF profile Online Community Manager, competence A.3; \
             Job profiles for enterprise 2.0 roles, lines 42, 83"
        );
        assert_eq!(
            source_text("000_776fcb4b9e95a8db.txt:121", "se.tenacity", Lang::Fr),
            "Profils de poste des métiers de l'entreprise 2.0 (CNO, CM, ITE), ligne 121"
        );
        assert_eq!(source_text("my grid", "A.3", Lang::En), "my grid");
        assert_eq!(
            source_short_text(cm, "A.3", Lang::En),
            "e-CF CM profile, competence A.3; Job matrix CNO/CM/ITE, lines 42, 83"
        );
        assert_eq!(
            seeds_cited(["000_776fcb4b9e95a8db.txt:1", cm]),
            vec![Seed::RoleMatrix, Seed::EcfProfile]
        );
        for seed in Seed::ALL {
            for lang in [Lang::Fr, Lang::En] {
                let text = source_text(&format!("{}:7", seed.file()), "x", lang);
                assert!(!text.contains(".txt"), "{text}");
            }
        }
    }

    #[test]
    fn items_show_codes_or_words_never_slugs() {
        assert_eq!(item_code("A.3", Lang::Fr), "A.3");
        assert_eq!(item_code("sf.correspondence", Lang::Fr), "savoir-faire");
        assert_eq!(item_code("s.usages-20", Lang::En), "knowledge");
        assert_eq!(item_code("se.tenacity", Lang::En), "attitude");
        assert!(!is_ecf_code("sf.x") && !is_ecf_code("A.") && is_ecf_code("E.10"));
        assert_eq!(
            chart_label(
                "s.app-dev",
                "Cycle de fabrication des applications et des sites web"
            ),
            "Cycle de fabrication…"
        );
        assert_eq!(
            chart_label("s.usages-20", "Usages sociaux (Web 2.0, entreprise 2.0)"),
            "Usages sociaux"
        );
        assert_eq!(chart_label("A.3", "Identification"), "A.3");
        assert_eq!(
            named_item("se.tenacity", "Tenacity", Lang::En),
            "“Tenacity”"
        );
        assert_eq!(named_item("A.3", "Plan", Lang::Fr), "A.3 (Plan)");
    }
}
