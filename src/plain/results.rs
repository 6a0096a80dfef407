//! The results at the end of the plain mode, as sentences a screen reader
//! reads one line at a time: how complete, the verdict (decided or
//! provisional), each profile's fit with its floor, estimate and ceiling,
//! the leader's largest gaps with their next step, and where the file is.
//! The words and figures are the report crate's, as `bilan match` shows
//! them; only the layout differs (no bars, no columns).

use std::io::{self, Write};
use std::path::Path;

use bilan_core::matching;
use bilan_core::{Assessment, Lang, Library, Rater};
use bilan_report::Fit;
use bilan_report::l10n::matching::{
    blocks, bounds, core_not_started, next_step, ranking_words, rule_sentence, tie_sentence,
    verdict,
};
use bilan_report::l10n::plain::plain;
use bilan_report::l10n::{Space, colon, not_applicable_summary, number, percent, strings};
use bilan_report::sheet::importance_label;

use super::question::one_line;

/// How many gaps of the leading profile are told.
const GAPS_SHOWN: usize = 5;

/// The command that continues this assessment in plain mode.
pub fn resume_command(assessment: &Assessment) -> String {
    let name = one_line(&assessment.person).replace('"', "'");
    let coach = if assessment.rater == Rater::Coach {
        " --coach"
    } else {
        ""
    };
    format!("bilan resume \"{name}\"{coach} --plain")
}

pub fn write(
    out: &mut dyn Write,
    library: &Library,
    assessment: &Assessment,
    path: &Path,
    lang: Lang,
) -> io::Result<()> {
    let w = plain(lang);
    let s = strings(lang);
    let colon = colon(lang, Space::NoBreak);
    let ranking = matching::rank_assessment(&library.profiles, &library.catalogue, assessment);
    let shown = bilan_report::report::completeness(assessment, &library.catalogue);
    let rater = match assessment.rater {
        Rater::SelfRated => s.self_rated,
        Rater::Coach => s.coach_rated,
    };
    writeln!(out)?;
    writeln!(
        out,
        "{} {} ({rater}){colon} {} {} {} {} ({}).",
        w.results_for,
        one_line(&assessment.person),
        s.answered,
        shown.answered,
        w.of,
        shown.total,
        percent(shown.percent, lang)
    )?;
    if let Some(summary) = not_applicable_summary(shown.not_applicable, lang) {
        writeln!(out, "{summary}")?;
    }
    writeln!(out, "{}", verdict(&ranking, &library.catalogue, lang))?;
    writeln!(out, "{}{colon} {}", s.rule, rule_sentence(lang))?;
    if !ranking.completeness.is_complete() {
        writeln!(out, "{}", ranking_words(lang).bounds_note)?;
    }
    if !ranking.nothing_reached {
        for (rank, m) in ranking.matches.iter().enumerate() {
            let f = Fit::from(m);
            let range = bounds(&f, lang, Space::NoBreak)
                .map(|b| format!(" ({b})"))
                .unwrap_or_default();
            writeln!(
                out,
                "{}. {} {}{colon} {} {}{range}; {}.",
                rank + 1,
                m.profile.as_str().to_uppercase(),
                one_line(m.name.get(lang)),
                w.fit,
                percent(m.fit, lang),
                blocks(&f, lang)
            )?;
        }
        for tie in &ranking.ties {
            writeln!(out, "{}", tie_sentence(tie, lang))?;
        }
    }
    if let Some(leader) = ranking.matches.first().filter(|_| !ranking.nothing_reached) {
        let f = Fit::from(leader);
        let title_of = |id: &str| library.catalogue.get(id).map(|i| i.title.get(lang));
        if let Some(flag) = core_not_started(&f, title_of, lang, Space::NoBreak) {
            writeln!(out, "{}", one_line(&flag))?;
        }
        if leader.gaps.is_empty() {
            writeln!(out, "{}", s.no_gaps)?;
        } else {
            writeln!(
                out,
                "{} {} {}{colon}",
                w.largest_gaps,
                leader.profile.as_str().to_uppercase(),
                one_line(leader.name.get(lang))
            )?;
        }
        for gap in leader.gaps.iter().take(GAPS_SHOWN) {
            let actual = if assessment.is_not_applicable(&gap.item) {
                bilan_report::l10n::answers(lang)
                    .not_applicable_cell
                    .to_string()
            } else if gap.answered {
                format!("{} {}", w.level_now, gap.actual)
            } else {
                w.not_answered.to_string()
            };
            let name = one_line(&format!("{} {}", gap.item, gap.title.get(lang)));
            writeln!(
                out,
                "{name}{colon} {actual}, {} {} ({}), {} {}.",
                w.required,
                gap.required,
                importance_label(gap.importance, lang),
                w.points_lost,
                number(gap.points_lost, lang)
            )?;
            if let Some(goal) = &gap.goal {
                writeln!(
                    out,
                    "{}, {}{colon} {}",
                    gap.item,
                    next_step(gap.next_level, gap.required, lang),
                    one_line(goal.get(lang))
                )?;
            }
        }
    }
    file_lines(out, path, lang)
}

/// Where the file is, and the command that shows everything.
pub fn file_lines(out: &mut dyn Write, path: &Path, lang: Lang) -> io::Result<()> {
    let w = plain(lang);
    let colon = colon(lang, Space::NoBreak);
    let path = one_line(&path.display().to_string());
    writeln!(out, "{}{colon} {path}", w.file_is)?;
    writeln!(out, "{}{colon} bilan match \"{path}\"", w.more_detail)
}
