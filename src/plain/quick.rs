//! `bilan quick --name NAME --plain`: the quick orientation line by line.
//! The same question loop as the walk ([`Asker`]), its order taken from the
//! domain's choice ([`bilan_core::quick`]), each question with why it is
//! asked; at the end, the ranking by estimate with its floor–ceiling range,
//! what it rests on, why it stopped, and how to go on.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::process::ExitCode;

use bilan_core::quick::{Quick, Settings, Step};
use bilan_core::{Answer, Assessment, Rater, StartedIn, store};
use bilan_report::l10n::plain::plain;
use bilan_report::l10n::quick::{self as words, quick as quick_words};
use bilan_report::l10n::{Space, colon, percent};

use super::ask::{Asker, Ended, Order};
use super::file::{Opening, PlainFile, locked_message};
use super::question::one_line;
use super::{Console, notice_data_dir, results};

/// The quick orientation's order: the item the domain chooses next. A
/// skipped item is left out of what is asked (counted as not applicable
/// for choosing), so `s` never brings the same question back.
struct QuickOrder<'a> {
    quick: Quick<'a>,
    settings: Settings,
    skipped: BTreeSet<usize>,
    last: RefCell<Option<Step>>,
    catalogue: &'a bilan_core::Catalogue,
    lang: bilan_core::Lang,
}

impl QuickOrder<'_> {
    fn step(&self, assessment: &Assessment) -> Step {
        let mut seen = assessment.clone();
        for index in &self.skipped {
            if let Some(item) = self.catalogue.items().get(*index) {
                seen.set_answer(&item.id, Some(Answer::NotApplicable));
            }
        }
        let step = self.quick.step(&seen, self.settings);
        *self.last.borrow_mut() = Some(step.clone());
        step
    }

    fn next_index(&self, assessment: &Assessment) -> Option<usize> {
        let step = self.step(assessment);
        step.next
            .and_then(|q| self.catalogue.index_of(q.item.as_str()))
    }
}

impl Order for QuickOrder<'_> {
    fn first(&mut self, assessment: &Assessment) -> Option<usize> {
        self.next_index(assessment)
    }

    fn next(&mut self, assessment: &Assessment, current: usize) -> Option<usize> {
        let id = &self.catalogue.items().get(current)?.id;
        if assessment.answer(id).is_none() {
            self.skipped.insert(current);
        }
        self.next_index(assessment)
    }

    fn before(&self, _: usize) -> Option<usize> {
        None
    }

    fn number(&self, assessment: &Assessment, _: usize) -> (usize, usize) {
        let (asked, _) = assessment.progress(self.catalogue);
        (asked + 1, self.settings.max_questions)
    }

    fn why(&self, _: &Assessment, current: usize) -> Option<String> {
        let last = self.last.borrow();
        let question = last.as_ref()?.next.as_ref()?;
        let id = &self.catalogue.items().get(current)?.id;
        (question.item.as_str() == id.as_str())
            .then(|| words::reason_sentence(&question.reason, self.lang))
    }
}

/// `bilan quick --name NAME --plain` (or without a terminal).
pub fn run(
    console: Console,
    name: &str,
    rater: Rater,
    settings: Settings,
) -> anyhow::Result<ExitCode> {
    let lang = console.settings.lang;
    notice_data_dir(&console, lang)?;
    store::remove_stale_temps(&console.settings.data_dir);
    let mut file = match PlainFile::start(&console.settings.data_dir, name, rater, lang)? {
        Opening::Ready(file) => *file,
        Opening::Locked(holder) => anyhow::bail!("{}", locked_message(holder.as_ref(), lang)),
    };
    if file.assessment.progress(&console.library.catalogue).0 == 0 {
        file.assessment.started_in = Some(StartedIn::Quick);
    }
    let Console {
        library,
        input,
        out,
        ..
    } = console;
    let w = plain(lang);
    let q = quick_words(lang);
    let colon = colon(lang, Space::NoBreak);
    writeln!(out, "{}.", q.title)?;
    writeln!(
        out,
        "{}{colon} {}",
        w.will_save_in,
        one_line(&file.path.display().to_string())
    )?;
    let mut order = QuickOrder {
        quick: Quick::new(&library.catalogue, &library.profiles),
        settings,
        skipped: BTreeSet::new(),
        last: RefCell::new(None),
        catalogue: &library.catalogue,
        lang,
    };
    let ended = Asker {
        library,
        lang,
        self_rated: None,
        input,
        out: &mut *out,
    }
    .ask(&mut file, &mut order)?;
    writeln!(out)?;
    if !file.exists() {
        return super::nothing_written(out, ended, lang);
    }
    let step = order.step(&file.assessment);
    writeln!(out, "{}.", q.result_title)?;
    writeln!(out, "{}.", words::estimated_from(&step, lang))?;
    for m in &step.matches {
        writeln!(
            out,
            "{}{colon} {} {}, {} {}.",
            words::profile_name(&library.profiles, m.profile.as_str(), lang),
            q.col_estimate.to_lowercase(),
            percent(m.fit_estimate, lang),
            q.col_range.to_lowercase(),
            words::range(m.fit, m.fit_ceiling, lang)
        )?;
    }
    match &step.stop {
        Some(stop) => writeln!(out, "{}", words::stop_sentence(stop, &step, lang))?,
        None => writeln!(out, "{}", words::so_far_sentence(&step, lang))?,
    }
    writeln!(out, "{}", q.estimate_note)?;
    writeln!(
        out,
        "{}{colon} {}",
        w.to_continue,
        results::resume_command(&file.assessment)
    )?;
    results::file_lines(out, &file.path, lang)?;
    out.flush()?;
    if ended == Ended::NotUnderstood {
        anyhow::bail!("{}", w.too_many);
    }
    Ok(ExitCode::SUCCESS)
}
