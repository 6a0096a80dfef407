//! The interview guidance against the bilan de compétences (issue 11, §4):
//! evidence the person brings (never a third party's word), open questions
//! about past events that fit a job, an association or a personal project and
//! stay within working life, one probe per level band, a caution where a trait
//! is a personality preference, and French typography.

use super::*;

use bilan_core::guidance::{Guidance, ItemGuidance, PROBE_BANDS};

mod wording;
use wording::*;

fn guidance() -> &'static Guidance {
    Guidance::builtin()
}

/// Every item's guidance, in catalogue order.
fn all() -> Vec<(&'static str, &'static ItemGuidance)> {
    catalogue()
        .items()
        .iter()
        .map(|item| {
            let id = item.id.as_str();
            let g = guidance()
                .get(id)
                .unwrap_or_else(|| panic!("no guidance for `{id}`"));
            (id, g)
        })
        .collect()
}

/// Every question and probe of an item, with a label for messages.
fn asked(g: &ItemGuidance) -> Vec<(String, &bilan_core::Localized)> {
    let questions = g
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (format!("q{}", i + 1), q));
    let probes = g
        .probes
        .iter()
        .map(|(band, p)| (format!("probe {band}"), p));
    questions.chain(probes).collect()
}

// ---------------------------------------------------------------------------
// Evidence: what the person brings

#[test]
fn evidence_is_what_the_person_brings_not_a_third_party_word() {
    let mut wrong = Vec::new();
    for (id, g) in all() {
        let fr = third_party_markers(&g.evidence.fr, &THIRD_PARTY_FR);
        let en = third_party_markers(&g.evidence.en, &THIRD_PARTY_EN);
        if !fr.is_empty() || !en.is_empty() {
            wrong.push(format!("{id}: {fr:?} {en:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} evidence statements rely on someone else's word (in a bilan de compétences nobody \
         is contacted without the person's consent; say what the person brings):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Open questions

fn closed_questions_in(g: &ItemGuidance) -> Vec<String> {
    let mut wrong = Vec::new();
    for (label, text) in asked(g) {
        for sentence in question_sentences(&text.fr) {
            if let Some(why) = closed(&sentence, &CLOSED_FR, &OPEN_FR, &PREPOSITIONS_FR) {
                wrong.push(format!("{label} fr «{sentence}» {why}"));
            }
        }
        for sentence in question_sentences(&text.en) {
            if let Some(why) = closed(&sentence, &CLOSED_EN, &OPEN_EN, &PREPOSITIONS_EN) {
                wrong.push(format!("{label} en \"{sentence}\" {why}"));
            }
        }
    }
    wrong
}

#[test]
fn every_question_and_probe_is_open() {
    let mut wrong = Vec::new();
    for (id, g) in all() {
        for w in closed_questions_in(g) {
            wrong.push(format!("{id} {w}"));
        }
    }
    assert!(wrong.is_empty(), "closed questions:\n{}", wrong.join("\n"));
}

// ---------------------------------------------------------------------------
// Questions about past events

#[test]
fn every_question_asks_about_a_past_event() {
    let mut wrong = Vec::new();
    for (id, g) in all() {
        for (i, q) in g.questions.iter().enumerate() {
            let n = i + 1;
            let fr = q.fr.to_lowercase();
            let en = q.en.to_lowercase();
            for m in NOT_PAST_FR.iter().filter(|m| fr.contains(*m)) {
                wrong.push(format!(
                    "{id} q{n} fr: `{m}` (a habit or a hypothesis): {}",
                    q.fr
                ));
            }
            for m in NOT_PAST_EN.iter().filter(|m| en.contains(*m)) {
                wrong.push(format!(
                    "{id} q{n} en: `{m}` (a habit or a hypothesis): {}",
                    q.en
                ));
            }
            if !is_past_fr(first_clause(&q.fr)) {
                wrong.push(format!(
                    "{id} q{n} fr: no past event in «{}»",
                    first_clause(&q.fr)
                ));
            }
            if !is_past_en(first_clause(&q.en)) {
                wrong.push(format!(
                    "{id} q{n} en: no past event in \"{}\"",
                    first_clause(&q.en)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "questions that are not about a past event (\"Tell me about a time…\"):\n{}",
        wrong.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Any setting of working life

#[test]
fn questions_fit_any_setting_and_stay_within_working_life() {
    let mut wrong = Vec::new();
    for (id, g) in all() {
        for (label, text) in asked(g) {
            let fr = text.fr.to_lowercase();
            let en = text.en.to_lowercase();
            for (m, why) in EMPLOYER_FR
                .iter()
                .map(|m| (m, "presupposes an employer"))
                .chain(PRIVATE_FR.iter().map(|m| (m, "private life")))
                .filter(|(m, _)| fr.contains(**m))
            {
                wrong.push(format!("{id} {label} fr: `{m}` {why}: {}", text.fr));
            }
            for (m, why) in EMPLOYER_EN
                .iter()
                .map(|m| (m, "presupposes an employer"))
                .chain(PRIVATE_EN.iter().map(|m| (m, "private life")))
                .filter(|(m, _)| en.contains(**m))
            {
                wrong.push(format!("{id} {label} en: `{m}` {why}: {}", text.en));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// ---------------------------------------------------------------------------
// Probes and cautions

#[test]
fn every_item_has_one_probe_per_level_band() {
    for (id, g) in all() {
        let bands: Vec<u8> = g.probes.keys().copied().collect();
        assert_eq!(bands, PROBE_BANDS, "{id}: probes for levels {bands:?}");
        let texts: BTreeSet<&str> = g.probes.values().map(|p| &*p.en).collect();
        assert_eq!(
            texts.len(),
            PROBE_BANDS.len(),
            "{id}: two probes are the same"
        );
    }
}

#[test]
fn every_required_level_has_its_probe() {
    // The guide shows the probe for the level each profile requires.
    for profile in library().profiles.iter() {
        for req in &profile.requirements {
            let g = guidance().get(req.item.as_str()).expect("guidance");
            for level in req.min..=req.max.unwrap_or(req.min) {
                assert!(
                    g.probe(level).is_some(),
                    "{} requires {} at {level}: no probe for that level",
                    profile.id,
                    req.item
                );
            }
        }
    }
}

#[test]
fn personality_traits_carry_a_caution() {
    let cautioned: Vec<&str> = all()
        .into_iter()
        .filter(|(_, g)| g.caution.is_some())
        .map(|(id, _)| id)
        .collect();
    for id in ["se.extraversion", "se.sociability", "se.stress"] {
        assert!(cautioned.contains(&id), "{id} has no caution");
    }
    for id in &cautioned {
        let item = catalogue().get(id).expect("item");
        assert_eq!(
            item.kind,
            ItemKind::SavoirEtre,
            "{id}: a caution is for a personality trait"
        );
    }
}

// ---------------------------------------------------------------------------
// French typography

#[test]
fn french_texts_follow_french_typography() {
    let mut wrong = Vec::new();
    for (id, g) in all() {
        let mut texts: Vec<(String, &bilan_core::Localized)> = asked(g);
        texts.push(("evidence".into(), &g.evidence));
        texts.extend(
            g.actions
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("action {}", i + 1), a)),
        );
        texts.extend(g.caution.iter().map(|c| ("caution".to_string(), c)));
        for (label, text) in texts {
            if let Some(why) = typography(&text.fr) {
                wrong.push(format!("{id} {label}: {why}: {}", text.fr));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(typography("Pourquoi ?").is_some());
    assert!(typography("Pourquoi\u{a0}?").is_some());
    assert!(typography("Pourquoi\u{202f}?").is_none());
}
