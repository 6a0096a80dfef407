//! `bilan quick --answers FILE --json [--max N]`: the quick orientation
//! replayed, each answer taken from FILE (an item FILE lacks counts as "not
//! applicable"), for scripts and tests. The questions in the order asked,
//! the ranking by estimate with floor and ceiling, whether it is confident
//! and why it stopped.

use std::io::Write;
use std::process::ExitCode;

use bilan_core::quick::{Quick, Reason, Settings};
use bilan_core::{Assessment, Rater, store};

use super::args::{GlobalArgs, QuickArgs};
use super::io::warn_unknown_items;

pub fn run(global: &GlobalArgs, args: QuickArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let settings = Settings {
        max_questions: usize::from(args.max),
    };
    let Some(path) = args.answers else {
        // `--name`: the screens, on the quick questions (clap requires one
        // of the two).
        let name = args.name.unwrap_or_default();
        let rater = if args.coach {
            Rater::Coach
        } else {
            Rater::SelfRated
        };
        return super::start::quick(global, (name, rater, args.plain), settings, out);
    };
    let library = global.library()?;
    let answers = store::load_assessment(&path)?;
    warn_unknown_items(&library, &path, &answers);
    let quick = Quick::new(&library.catalogue, &library.profiles);
    let mut start = Assessment::new(answers.person.clone(), answers.rater, global.lang());
    start.coach = answers.coach.clone();
    let replay = quick.replay(&start, &answers, settings);
    let last = &replay.last;
    let document = serde_json::json!({
        "questions": replay.questions.iter().map(|q| &q.item).collect::<Vec<_>>(),
        "reasons": replay.questions.iter().map(|q| {
            let Reason::Separates { first, second } = &q.reason;
            serde_json::json!({"item": q.item, "separates": [first, second]})
        }).collect::<Vec<_>>(),
        "answered": last.answered,
        "matches": last.matches,
        "confident": last.confident,
        "stopped_because": last.stop.as_ref().map(|s| s.code()),
        "stop": last.stop,
    });
    write!(out, "{}", bilan_report::to_json(&document))?;
    Ok(ExitCode::SUCCESS)
}
