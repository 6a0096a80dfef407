//! The interview guidance against the bilan de compétences (issue 11, §4):
//! evidence the person brings (never a third party's word), open questions
//! about past events that fit a job, an association or a personal project and
//! stay within working life, one probe per level band, a caution where a trait
//! is a personality preference, and French typography.

use super::*;

use bilan_core::guidance::{Guidance, ItemGuidance, PROBE_BANDS};

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

/// Lower-case words, split on spaces, apostrophes and punctuation (hyphens
/// kept: `avez-vous` is one word).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------------------
// Evidence: what the person brings

/// Words that make a statement rest on someone else's word about the person.
const THIRD_PARTY_FR: [&str; 19] = [
    "confirme",
    "atteste que",
    "attestent que",
    "témoign",
    "selon ",
    " disent",
    " dit que",
    "décrivent",
    " jugent",
    " juge ",
    "se réfère",
    "s'y réfère",
    "comptent sur",
    "compte sur",
    "font appel",
    "fait appel",
    "y voient",
    " citent",
    "racontent",
];
const THIRD_PARTY_EN: [&str; 18] = [
    "confirm",
    "vouch",
    "according to",
    "attest that",
    "testif",
    " say ",
    " says ",
    " describe ",
    " describes ",
    " find the",
    " find them",
    " finds ",
    "refer to",
    "refers to",
    "rely on",
    "turns to",
    "turn to",
    "see them as",
];

fn third_party_markers(text: &str, markers: &[&str]) -> Vec<String> {
    let text = format!(" {} ", text.to_lowercase());
    markers
        .iter()
        .filter(|m| text.contains(*m))
        .map(|m| m.trim().to_string())
        .collect()
}

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

#[test]
fn the_third_party_markers_catch_what_they_are_for() {
    // The detector itself, so a passing test above means something.
    assert!(!third_party_markers("le sponsor confirme qu'il a servi", &THIRD_PARTY_FR).is_empty());
    assert!(
        !third_party_markers(
            "Les sponsors témoignent de sa persévérance",
            &THIRD_PARTY_FR
        )
        .is_empty()
    );
    assert!(
        !third_party_markers("sponsors vouch for their persistence", &THIRD_PARTY_EN).is_empty()
    );
    assert!(!third_party_markers("users say they find answers", &THIRD_PARTY_EN).is_empty());
    assert!(
        third_party_markers("une attestation écrite qu'elle a demandée", &THIRD_PARTY_FR)
            .is_empty()
    );
    assert!(
        third_party_markers("a written attestation they asked for", &THIRD_PARTY_EN).is_empty()
    );
}

// ---------------------------------------------------------------------------
// Open questions

/// How a closed (yes / no) question starts.
const CLOSED_FR: [&str; 12] = [
    "avez-vous",
    "aviez-vous",
    "êtes-vous",
    "étiez-vous",
    "est-ce que",
    "est-ce qu'",
    "pouvez-vous",
    "pensez-vous",
    "y a-t-il",
    "y avait-il",
    "vous est-il",
    "était-ce",
];
const CLOSED_EN: [&str; 18] = [
    "did you",
    "have you",
    "do you",
    "are you",
    "were you",
    "was ",
    "were ",
    "is ",
    "are ",
    "can you",
    "could you",
    "would you",
    "will you",
    "does ",
    "did ",
    "has ",
    "had ",
    "do ",
];

const OPEN_FR: [&str; 18] = [
    "comment",
    "pourquoi",
    "que",
    "qu",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "qui",
    "quoi",
    "où",
    "quand",
    "combien",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "jusqu",
];
const PREPOSITIONS_FR: [&str; 15] = [
    "à", "a", "de", "d", "du", "des", "sur", "par", "avec", "dans", "pour", "devant", "en",
    "auprès", "chez",
];
const OPEN_EN: [&str; 9] = [
    "what", "which", "how", "why", "who", "whom", "whose", "where", "when",
];
const PREPOSITIONS_EN: [&str; 11] = [
    "at", "in", "on", "with", "for", "from", "to", "by", "of", "about", "under",
];

/// The questions asked in `text`: each sentence ending with `?`, from its
/// start or from its last colon.
fn question_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        // A dot inside a word (`2.0`) does not end a sentence.
        let ends = c != '.' || chars.get(k + 1).is_none_or(|(_, n)| n.is_whitespace());
        if ends && matches!(c, '.' | '?' | '!') {
            let sentence = &text[start..i];
            if c == '?' {
                let asked = sentence.rsplit(':').next().unwrap_or(sentence);
                out.push(asked.trim().to_string());
            }
            start = i + c.len_utf8();
        }
    }
    out
}

/// Why `sentence` (a question) is closed, if it is.
fn closed(sentence: &str, closed: &[&str], open: &[&str], prepositions: &[&str]) -> Option<String> {
    let lower = format!("{} ", sentence.to_lowercase());
    if let Some(start) = closed.iter().find(|c| lower.starts_with(*c)) {
        return Some(format!("starts with `{}`", start.trim()));
    }
    let w = words(sentence);
    let first = w.first().map(String::as_str).unwrap_or("");
    let second = w.get(1).map(String::as_str).unwrap_or("");
    let is_open =
        open.contains(&first) || (prepositions.contains(&first) && open.contains(&second));
    (!is_open).then(|| "does not start with a question word (a yes/no question?)".to_string())
}

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

#[test]
fn the_closed_question_detector_catches_yes_no_questions() {
    let fr = |s: &str| closed(s, &CLOSED_FR, &OPEN_FR, &PREPOSITIONS_FR);
    let en = |s: &str| closed(s, &CLOSED_EN, &OPEN_EN, &PREPOSITIONS_EN);
    for s in [
        "Avez-vous mené ce projet",
        "Est-ce que cela a marché",
        "S'est-elle vérifiée",
        "Le résultat livré correspondait-il au besoin",
    ] {
        assert!(fr(s).is_some(), "{s}");
    }
    for s in [
        "Did what was delivered match the need",
        "Have you led a team",
        "Is it still used",
        "Can you show it",
    ] {
        assert!(en(s).is_some(), "{s}");
    }
    for s in [
        "Qu'en avez-vous fait",
        "Sur quoi avez-vous fondé cet avis",
        "Jusqu'où avez-vous avancé",
    ] {
        assert!(fr(s).is_none(), "{s}");
    }
    for s in [
        "How far did you get",
        "At which stages were you involved",
        "Why that one",
    ] {
        assert!(en(s).is_none(), "{s}");
    }
}

// ---------------------------------------------------------------------------
// Questions about past events

/// Wording that asks about habits, opinions or hypotheses instead of a
/// past event.
const NOT_PAST_FR: [&str; 9] = [
    "aujourd'hui",
    "actuel",
    "habituellement",
    "en général",
    "votre méthode",
    "feriez",
    "feriez-vous",
    "pensez-vous",
    "comment vous organisez",
];
const NOT_PAST_EN: [&str; 9] = [
    "today",
    "your current",
    "usually",
    "in general",
    "your method",
    "would you",
    "would do",
    "do you",
    "how you run",
];

/// French auxiliaries and past forms that anchor a clause in the past.
const PAST_FR: [&str; 11] = [
    "avez", "aviez", "étiez", "a", "ont", "avait", "avaient", "était", "étaient", "été", "eu",
];
const PAST_EN: [&str; 53] = [
    "did",
    "was",
    "were",
    "had",
    "made",
    "ran",
    "led",
    "built",
    "took",
    "got",
    "found",
    "chose",
    "wrote",
    "spoke",
    "met",
    "gave",
    "kept",
    "saw",
    "felt",
    "began",
    "brought",
    "caught",
    "taught",
    "thought",
    "went",
    "put",
    "set",
    "won",
    "sent",
    "dealt",
    "held",
    "heard",
    "left",
    "lost",
    "told",
    "understood",
    "drew",
    "spent",
    "came",
    "became",
    "knew",
    "grew",
    "paid",
    "sold",
    "stood",
    "broke",
    "fell",
    "forgot",
    "rewrote",
    "sought",
    "learnt",
    "dug",
    "could",
];
const NOT_PAST_ED: [&str; 5] = ["need", "seed", "feed", "speed", "indeed"];

/// The first clause of a question: up to its first colon or sentence end (a
/// dot inside a word, as in `2.0`, does not end it).
fn first_clause(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let dot_ends = c == '.' && chars.get(k + 1).is_none_or(|(_, n)| n.is_whitespace());
        if dot_ends || matches!(c, '?' | ':' | '!') {
            return &text[..i];
        }
    }
    text
}

fn is_past_fr(clause: &str) -> bool {
    let w = words(clause);
    w.iter().any(|x| {
        PAST_FR.contains(&x.as_str())
            || (x.chars().count() > 4 && (x.ends_with("ait") || x.ends_with("aient")))
    }) || w.windows(2).any(|p| {
        matches!(
            (p[0].as_str(), p[1].as_str()),
            ("s", "est") | ("se", "sont") | ("vous", "êtes")
        )
    })
}

fn is_past_en(clause: &str) -> bool {
    words(clause).iter().any(|x| {
        PAST_EN.contains(&x.as_str())
            || (x.len() > 3 && x.ends_with("ed") && !NOT_PAST_ED.contains(&x.as_str()))
    })
}

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

#[test]
fn the_past_event_check_tells_habits_from_events() {
    assert!(is_past_fr(
        "Racontez-moi une fois où vous avez construit un plan"
    ));
    assert!(is_past_fr("Décrivez une intervention qui s'est mal passée"));
    assert!(is_past_fr(
        "Décrivez une fois où un module ne correspondait pas"
    ));
    assert!(!is_past_fr(
        "Expliquez-moi comment vous vérifiez qu'un module est compatible"
    ));
    assert!(!is_past_fr(
        "Décrivez votre méthode pour suivre vos engagements en cours"
    ));
    assert!(is_past_en("Tell me about a time you built a plan"));
    assert!(is_past_en("Walk me through how you kept the schedule"));
    assert!(!is_past_en(
        "Walk me through how you check that a module is compatible"
    ));
    assert!(!is_past_en(
        "Walk me through how you stay aware of your main contacts' constraints"
    ));
}

// ---------------------------------------------------------------------------
// Any setting of working life

/// Wording that presupposes an employer or a job title.
const EMPLOYER_FR: [&str; 9] = [
    "votre poste",
    "dernier poste",
    "votre responsable",
    "votre employeur",
    "votre entreprise",
    "l'entreprise",
    "votre patron",
    "votre hiérarchie",
    "votre manager",
];
const EMPLOYER_EN: [&str; 9] = [
    "your job",
    "last job",
    "current job",
    "your manager",
    "your employer",
    "your company",
    "the company",
    "your boss",
    "your department",
];
/// Wording that drifts into private life.
const PRIVATE_FR: [&str; 10] = [
    "simple intérêt",
    "vie privée",
    "attaque personnelle",
    "loisir",
    "famille",
    "vos amis",
    "week-end",
    "vacances",
    "santé",
    "couple",
];
const PRIVATE_EN: [&str; 10] = [
    "sheer interest",
    "private life",
    "personal attack",
    "hobby",
    "family",
    "your friends",
    "weekend",
    "holiday",
    "health",
    "spouse",
];

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

/// Why `text` breaks French typography, if it does: a no-break space
/// (U+00A0) before `:` `;` `!` `?` and inside « ».
fn typography(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        match c {
            ':' | ';' | '!' | '?' if before != Some('\u{a0}') => {
                return Some(format!("no no-break space before `{c}`"));
            }
            '«' if after != Some('\u{a0}') => return Some("no no-break space after «".into()),
            '»' if before != Some('\u{a0}') => return Some("no no-break space before »".into()),
            _ => {}
        }
    }
    None
}

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
    assert!(typography("Pourquoi\u{a0}?").is_none());
}
