//! Plain-text and JSON output of the CLI subcommands.

use std::io::Write;
use std::path::Path;

use bilan_core::matching::{self, Ranking};
use bilan_core::text::escape;
use bilan_core::{Assessment, Importance, Lang, Library, Profile, store};
use bilan_report::l10n::{Space, bar, colon, strings, truncate};
use bilan_report::sheet::{self, LineKind, importance_label};

type Out<'a> = dyn Write + 'a;

/// `err` as anyhow's `{:#}` writes it (each cause after `: `), with bilan's
/// own errors in `lang`.
pub fn error(err: &anyhow::Error, lang: Lang) -> String {
    let causes: Vec<String> = err
        .chain()
        .map(|cause| match cause.downcast_ref::<bilan_core::Error>() {
            Some(own) => bilan_report::l10n::error(own, lang),
            None => cause.to_string(),
        })
        .collect();
    causes.join(": ")
}

pub fn profiles_list(out: &mut Out, library: &Library, lang: Lang) -> anyhow::Result<()> {
    let s = strings(lang);
    let colon = colon(lang, Space::Plain);
    for profile in &library.profiles {
        let core = count(profile, Importance::Core);
        let secondary = count(profile, Importance::Secondary);
        let origin = match library.origin(&profile.id) {
            Some(bilan_core::library::Origin::Custom(path)) => format!(
                "  [{}{} {}]",
                s.custom,
                colon,
                escape(&path.display().to_string())
            ),
            _ => String::new(),
        };
        writeln!(
            out,
            "{:<5} {}  ({} {}{colon} {core} {}, {secondary} {}){origin}",
            profile.id,
            profile.name.get(lang),
            profile.requirements.len(),
            s.requirements_word,
            s.core,
            s.secondary,
        )?;
        if !profile.aliases.is_empty() {
            writeln!(
                out,
                "      {}{colon} {}",
                s.aliases,
                profile.aliases.join(" · ")
            )?;
        }
    }
    Ok(())
}

fn count(profile: &Profile, importance: Importance) -> usize {
    profile
        .requirements
        .iter()
        .filter(|r| r.importance == importance)
        .count()
}

pub fn profile_sheet(
    out: &mut Out,
    library: &Library,
    profile: &Profile,
    lang: Lang,
) -> anyhow::Result<()> {
    for line in sheet::job_sheet(&library.catalogue, profile, lang) {
        let indent = match line.kind {
            LineKind::Title | LineKind::Heading | LineKind::Blank => "",
            LineKind::Subheading | LineKind::Text => "  ",
            LineKind::Duty(_) | LineKind::Requirement(_) => "    ",
        };
        writeln!(out, "{indent}{}", line.text)?;
    }
    Ok(())
}

pub fn validate(out: &mut Out, library: &Library, file: &Path, lang: Lang) -> anyhow::Result<()> {
    let s = strings(lang);
    let text = store::read_text(file)?;
    let origin = file.display().to_string();
    let shown = escape(&origin);
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or(serde_json::Value::Null);
    if value.get("items").is_some() {
        let catalogue = bilan_core::Catalogue::from_json(&text, &origin)?;
        writeln!(
            out,
            "{}: {} ({} {})",
            shown,
            s.valid_catalogue,
            catalogue.len(),
            s.items
        )?;
        return Ok(());
    }
    let profile = Profile::from_json(&text, &origin, &library.catalogue)?;
    writeln!(
        out,
        "{}: {} `{}` — {} {} ({} {}, {} {})",
        shown,
        s.valid_profile,
        profile.id,
        profile.requirements.len(),
        s.requirements_word,
        count(&profile, Importance::Core),
        s.core,
        count(&profile, Importance::Secondary),
        s.secondary
    )?;
    Ok(())
}

/// `bilan match --json`: the ranking, best first, every requirement explained.
pub fn match_json(out: &mut Out, library: &Library, assessment: &Assessment) -> anyhow::Result<()> {
    let ranking = matching::rank_assessment(&library.profiles, &library.catalogue, assessment);
    let document = serde_json::json!({
        "person": assessment.person,
        "rater": assessment.rater,
        "rule": {
            "fr": bilan_report::l10n::matching::rule_sentence(Lang::Fr),
            "en": bilan_report::l10n::matching::rule_sentence(Lang::En),
        },
        "completeness": ranking.completeness,
        "matches": ranking.matches,
        "ties": ranking
            .ties
            .iter()
            .map(bilan_report::l10n::matching::tie_localized)
            .collect::<Vec<_>>(),
    });
    write!(out, "{}", bilan_report::to_json(&document))?;
    Ok(())
}

pub fn match_text(
    out: &mut Out,
    library: &Library,
    assessment: &Assessment,
    only: Option<&str>,
    lang: Lang,
) -> anyhow::Result<()> {
    let s = strings(lang);
    let colon = colon(lang, Space::Plain);
    let ranking: Ranking =
        matching::rank_assessment(&library.profiles, &library.catalogue, assessment);
    // Answered as the person sees it: "not applicable" is an answer (said
    // apart: it is not scored).
    let (answered, total) = assessment.progress(&library.catalogue);
    writeln!(
        out,
        "{} ({}) — {}{colon} {}/{} ({:.0} %)",
        assessment.person,
        match assessment.rater {
            bilan_core::Rater::SelfRated => s.self_rated,
            bilan_core::Rater::Coach => s.coach_rated,
        },
        s.answered,
        answered,
        total,
        if total == 0 {
            0.0
        } else {
            100.0 * answered as f64 / total as f64
        }
    )?;
    let not_applicable = assessment.not_applicable(&library.catalogue);
    if let Some(summary) = bilan_report::l10n::not_applicable_summary(not_applicable, lang) {
        writeln!(out, "{summary}")?;
    }
    if answered - not_applicable < total {
        writeln!(out, "{}", s.unanswered_count_as_zero)?;
    }
    writeln!(
        out,
        "{}{colon} {}\n",
        s.rule,
        bilan_report::l10n::matching::rule_sentence(lang)
    )?;
    for (rank, m) in ranking.matches.iter().enumerate() {
        writeln!(
            out,
            "{:>2}. {:<5} {:>5.1} % {}  {} {}/{}  {}",
            rank + 1,
            m.profile,
            m.fit,
            bar(m.fit, 100.0, 20),
            s.answered,
            m.answered,
            m.required,
            m.name.get(lang)
        )?;
    }
    for tie in &ranking.ties {
        writeln!(
            out,
            "   {}",
            bilan_report::l10n::matching::tie_sentence(tie, lang)
        )?;
    }
    for m in &ranking.matches {
        if only.is_some_and(|id| !id.eq_ignore_ascii_case(&m.profile)) {
            continue;
        }
        writeln!(out, "\n{} — {:.1} %", m.name.get(lang), m.fit)?;
        if m.gaps.is_empty() {
            writeln!(out, "  {}", s.no_gaps)?;
        } else {
            writeln!(out, "  {}", s.gaps_by_points)?;
        }
        for gap in &m.gaps {
            let title = library
                .catalogue
                .get(&gap.item)
                .map(|i| i.title.get(lang))
                .unwrap_or(&gap.item);
            // "Not applicable" counts as 0 in the fit, but is shown as such.
            let actual = if assessment.is_not_applicable(&gap.item) {
                bilan_report::l10n::answers(lang)
                    .not_applicable_cell
                    .to_string()
            } else {
                gap.actual.to_string()
            };
            writeln!(
                out,
                "  {:>5.1} {}  {:<20} {:<30} {} → {} ({})",
                -gap.points_lost,
                s.points_short,
                gap.item,
                truncate(title, 30),
                actual,
                gap.required,
                importance_label(gap.importance, lang)
            )?;
            if let Some(goal) = &gap.goal {
                writeln!(
                    out,
                    "          {} {}{colon} {}",
                    s.next_goal,
                    gap.next_level,
                    goal.get(lang)
                )?;
            }
        }
        if !m.strengths.is_empty() {
            let shown: Vec<&str> = m.strengths.iter().take(8).map(|id| id.as_str()).collect();
            writeln!(out, "  {}{colon} {}", s.strengths, shown.join(", "))?;
        }
    }
    Ok(())
}
