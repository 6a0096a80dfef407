//! `bilan match FILE [--json] [--profile ID]`: the ranking, whether its
//! first place is decided, and each profile's fit explained.

use std::io::Write;
use std::process::ExitCode;

use bilan_core::matching::{self, MatchResult, Ranking};
use bilan_core::{Assessment, Lang, Library, Rater, store};
use bilan_report::Fit;
use bilan_report::l10n::matching::{
    blocks, bounds, core_not_started, next_step, ranking_words, rule_sentence, tie_localized,
    tie_sentence, verdict, verdict_localized,
};
use bilan_report::l10n::{Space, bar, colon, number, percent, strings, truncate};
use bilan_report::sheet::importance_label;

use super::args::{GlobalArgs, MatchArgs};
use super::find::resolve_assessment;
use super::io::warn_unknown_items;

type Out<'a> = dyn Write + 'a;

pub fn run(global: &GlobalArgs, args: MatchArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let library = global.library()?;
    let file = resolve_assessment(&global.data_dir(), &args.file, None)?;
    let assessment = store::load_assessment(&file)?;
    if let Some(id) = &args.profile {
        library.profile(id)?;
    }
    warn_unknown_items(&library, &file, &assessment);
    if args.json {
        match_json(out, &library, &assessment)?;
    } else {
        let lang = global.lang();
        match_text(out, &library, &assessment, args.profile.as_deref(), lang)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `bilan match --json`: the ranking, best first, every requirement
/// explained; whether the first place is decided, what would decide it,
/// and whether any profile is reached at all.
fn match_json(out: &mut Out, library: &Library, assessment: &Assessment) -> anyhow::Result<()> {
    let ranking = matching::rank_assessment(&library.profiles, &library.catalogue, assessment);
    let document = serde_json::json!({
        "person": assessment.person,
        "rater": assessment.rater,
        "rule": {
            "fr": rule_sentence(Lang::Fr),
            "en": rule_sentence(Lang::En),
        },
        "completeness": ranking.completeness,
        "nothing_reached": ranking.nothing_reached,
        "decided": ranking.decided,
        "narrow_lead": ranking.narrow_lead,
        "challenger": ranking.challenger,
        "deciding_items": ranking.deciding_items,
        "verdict": verdict_localized(&ranking, &library.catalogue),
        "matches": ranking.matches,
        "ties": ranking.ties.iter().map(tie_localized).collect::<Vec<_>>(),
    });
    write!(out, "{}", bilan_report::to_json(&document))?;
    Ok(())
}

fn match_text(
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
    let c = ranking.completeness;
    // Answered as the person sees it: "not applicable" is an answer, said
    // apart because it is not scored (the ranking counts it as unanswered).
    let shown = bilan_report::report::completeness(assessment, &library.catalogue);
    writeln!(
        out,
        "{} ({}) — {}{colon} {}/{} ({})",
        assessment.person,
        match assessment.rater {
            Rater::SelfRated => s.self_rated,
            Rater::Coach => s.coach_rated,
        },
        s.answered,
        shown.answered,
        shown.total,
        percent(shown.percent, lang)
    )?;
    if let Some(summary) = bilan_report::l10n::not_applicable_summary(shown.not_applicable, lang) {
        writeln!(out, "{summary}")?;
    }
    writeln!(out, "{}", verdict(&ranking, &library.catalogue, lang))?;
    writeln!(out, "{}{colon} {}", s.rule, rule_sentence(lang))?;
    if !c.is_complete() {
        writeln!(out, "{}", ranking_words(lang).bounds_note)?;
    }
    if !ranking.nothing_reached {
        writeln!(out)?;
        for (rank, m) in ranking.matches.iter().enumerate() {
            writeln!(
                out,
                "{:>2}. {:<5} {:>7} {}  {} {}/{}  {}",
                rank + 1,
                m.profile.as_str(),
                percent(m.fit, lang),
                bar(m.fit, 100.0, 20),
                s.answered,
                m.answered,
                m.required,
                m.name.get(lang)
            )?;
            writeln!(out, "{:>10}{}", "", parts(m, lang))?;
        }
        for tie in &ranking.ties {
            writeln!(out, "   {}", tie_sentence(tie, lang))?;
        }
    }
    for m in &ranking.matches {
        if only.is_some_and(|id| !id.eq_ignore_ascii_case(&m.profile)) {
            continue;
        }
        profile_detail(out, library, assessment, m, lang)?;
    }
    Ok(())
}

/// `estimate 73.5%, ceiling 83.3% · e-CF 28.8/36.4 pts · traits 15.9/63.6 pts`.
fn parts(m: &MatchResult, lang: Lang) -> String {
    let f = Fit::from(m);
    match bounds(&f, lang, Space::Narrow) {
        Some(bounds) => format!("{bounds} · {}", blocks(&f, lang)),
        None => blocks(&f, lang),
    }
}

fn profile_detail(
    out: &mut Out,
    library: &Library,
    assessment: &Assessment,
    m: &MatchResult,
    lang: Lang,
) -> anyhow::Result<()> {
    let s = strings(lang);
    let colon = colon(lang, Space::Plain);
    let w = ranking_words(lang);
    let f = Fit::from(m);
    write!(out, "\n{} — {}", m.name.get(lang), percent(m.fit, lang))?;
    match bounds(&f, lang, Space::Narrow) {
        Some(bounds) => writeln!(out, " ({bounds})")?,
        None => writeln!(out)?,
    }
    writeln!(out, "  {}", blocks(&f, lang))?;
    let title_of = |id: &str| library.catalogue.get(id).map(|i| i.title.get(lang));
    if let Some(flag) = core_not_started(&f, title_of, lang, Space::Plain) {
        writeln!(out, "  {flag}")?;
    }
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
        // "Not applicable" counts as unanswered in the fit, but is shown as such.
        let actual = if assessment.is_not_applicable(&gap.item) {
            bilan_report::l10n::answers(lang)
                .not_applicable_cell
                .to_string()
        } else if gap.answered {
            gap.actual.to_string()
        } else {
            "—".to_string()
        };
        writeln!(
            out,
            "  {:>6} {}  {:<20} {:<30} {actual} → {} ({})",
            format!("-{}", number(gap.points_lost, lang)),
            w.points,
            gap.item,
            truncate(title, 30),
            gap.required,
            importance_label(gap.importance, lang)
        )?;
        if let Some(goal) = &gap.goal {
            writeln!(
                out,
                "          {}{colon} {}",
                next_step(gap.next_level, gap.required, lang),
                goal.get(lang)
            )?;
        }
    }
    if !m.strengths.is_empty() {
        let shown: Vec<&str> = m.strengths.iter().take(8).map(|id| id.as_str()).collect();
        writeln!(out, "  {}{colon} {}", s.strengths, shown.join(", "))?;
    }
    Ok(())
}
