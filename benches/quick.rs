//! The quick orientation measured on a generated population (issue 14):
//! agreement of its first place with the full assessment's, the number of
//! questions, and how often "not confident" was warranted. A plain binary
//! (`harness = false`) that prints its figures; `cargo bench --bench quick`.
//! `QUICK_CASES` and `QUICK_SEED` change the population.

use std::time::Instant;

use bilan_core::Library;
use bilan_core::quick::population::{Kind, evaluate, figures, generate};
use bilan_core::quick::{MAX_QUESTIONS, Settings};

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let library = Library::builtin().expect("built-in library");
    let cases = env_number("QUICK_CASES", 3000) as usize;
    let seed = env_number("QUICK_SEED", 14);
    let max = env_number("QUICK_MAX", MAX_QUESTIONS as u64) as usize;
    let population = generate(&library.catalogue, &library.profiles, seed, cases);
    let started = Instant::now();
    let outcomes = evaluate(
        &library.catalogue,
        &library.profiles,
        &population,
        Settings { max_questions: max },
    );
    let elapsed = started.elapsed();
    let f = figures(&outcomes);
    println!(
        "quick orientation: {} cases, seed {seed}, at most {max} questions",
        f.cases
    );
    println!(
        "agreement, full lead >= 10 points: {:.1} % ({}/{})",
        f.share10(),
        f.agree10,
        f.lead10
    );
    println!(
        "agreement, full lead >= 5 points:  {:.1} % ({}/{})",
        f.share5(),
        f.agree5,
        f.lead5
    );
    println!(
        "agreement, every ranked case:      {:.1} % ({}/{})",
        100.0 * f.agree_all as f64 / f.ranked.max(1) as f64,
        f.agree_all,
        f.ranked
    );
    println!(
        "questions: median {}, max {}",
        f.median_questions, f.max_questions
    );
    println!(
        "confident: {} agreed, {} wrong; not confident: {} warranted (first place differed), {} needless",
        f.confident_agreed, f.confident_disagreed, f.unsure_disagreed, f.unsure_agreed
    );
    println!(
        "confident and wrong where the full lead is >= 5 points: {}",
        f.confident_disagreed_lead5
    );
    for kind in [
        Kind::NearRole,
        Kind::BetweenTwo,
        Kind::Scattered,
        Kind::Flat,
        Kind::Random,
    ] {
        let part: Vec<_> = outcomes
            .iter()
            .filter(|o| o.kind == kind)
            .cloned()
            .collect();
        let k = figures(&part);
        println!(
            "  {kind:?}: {} cases, lead>=10 {:.1} % of {}, lead>=5 {:.1} % of {}, median {} questions, confident wrong {}, not confident {}",
            k.cases,
            k.share10(),
            k.lead10,
            k.share5(),
            k.lead5,
            k.median_questions,
            k.confident_disagreed,
            k.unsure_agreed + k.unsure_disagreed
        );
    }
    println!(
        "time: {:.1} ms per case",
        elapsed.as_secs_f64() * 1000.0 / cases.max(1) as f64
    );
}
