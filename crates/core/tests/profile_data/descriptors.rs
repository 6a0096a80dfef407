//! The level descriptors (issue 11, DESIGN.md "The data"): each one says what
//! the person does, never how others see them; level 1 is a first positive
//! step, because it is shown as the goal to someone at 0; a trait's top levels
//! are a higher degree of the same trait, not a different job; e-CF items
//! follow the e-CF's progression (e-1 works under guidance, e-5 acts at
//! organisation level); French text follows French typography.
//!
//! The marker lists were tuned against the descriptors these tests replaced:
//! every list below catches at least one of the old texts.

use super::*;

use bilan_core::catalogue::Item;

/// Every (item, level, language, text) of the catalogue.
fn descriptors() -> Vec<(&'static Item, u8, &'static str, &'static str)> {
    let mut all = Vec::new();
    for item in catalogue().items() {
        for (level, text) in &item.levels {
            all.push((item, *level, "fr", &*text.fr));
            all.push((item, *level, "en", &*text.en));
        }
    }
    all
}

/// Lower case, no-break spaces as plain spaces, typographic apostrophes as
/// straight ones, so that markers match however the text is typeset.
fn normalise(text: &str) -> String {
    text.to_lowercase()
        .replace(['\u{a0}', '\u{202f}'], " ")
        .replace('’', "'")
}

/// The words of a text (letters, apostrophes and hyphens), lower case.
fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A marker with a space in it is a phrase, matched anywhere in the text; a
/// marker ending in `'` (French elision, `n'`) matches the start of a word; a
/// marker ending in `*` matches words that begin with it; any other marker is
/// a whole word.
fn found_markers(text: &str, markers: &[&'static str]) -> Vec<&'static str> {
    let text_normalised = normalise(text);
    let words = words(text);
    markers
        .iter()
        .copied()
        .filter(|marker| {
            if let Some(stem) = marker.strip_suffix('*') {
                words.iter().any(|w| w.starts_with(stem))
            } else if marker.contains(' ') {
                text_normalised.contains(marker)
            } else if marker.ends_with('\'') {
                words.iter().any(|w| w.starts_with(marker))
            } else {
                words.iter().any(|w| w == marker)
            }
        })
        .collect()
}

// Reputation: how others regard the person, instead of what the person does
// («fait autorité», "recognised as an authority", "the team relies on them",
// "difficult projects are entrusted to them"…).

const REPUTATION_FR: &[&str] = &[
    "autorité",
    "reconnu*",
    "réputé*",
    "renommé*",
    "référence*",
    "recherché*",
    "sollicit*",
    "incarne*",
    "lui confie",
    "lui confient",
    "lui sont confié",
    "on lui fait",
    "lui font",
    "fait appel à",
    "font appel à",
    "se tourne vers",
    "se tournent vers",
    "s'en remet",
    "s'en remettent",
    "se fie",
    "se fient",
    "compte sur",
    "comptent sur",
    "équipe s'appuie",
    "s'appuient sur",
    "passe par cette personne",
    "vers cette personne",
    "fait école",
    "figure d'exemple",
    "son avis est",
    "sert de repère",
];

const REPUTATION_EN: &[&str] = &[
    "authority",
    "recognised",
    "recognized",
    "renowned",
    "reputed",
    "reference*",
    "go-to",
    "sought",
    "entrusted",
    "embod*",
    "relies on",
    "rely on",
    "leans on",
    "lean on",
    "defers to",
    "trusts",
    "count on",
    "counts on",
    "turn to them",
    "turns to them",
    "call on them",
    "consult them",
    "to them",
    "go through them",
    "are given to them",
    "ask them to",
    "sets the example",
    "the visible face",
    "is the anchor",
];

#[test]
fn no_descriptor_rests_on_reputation() {
    let mut failures = Vec::new();
    for (item, level, lang, text) in descriptors() {
        let markers = if lang == "fr" {
            REPUTATION_FR
        } else {
            REPUTATION_EN
        };
        let found = found_markers(text, markers);
        if !found.is_empty() {
            failures.push(format!("{} {level} {lang} {found:?}: {text}", item.id));
        }
    }
    assert!(
        failures.is_empty(),
        "{} descriptors rest on reputation, not on what the person does:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// Deficits: a level-1 (and level-2) descriptor is shown as the next step to
// someone below it, so it says what the person does, never what they fail to
// do («Abandonne une tâche au premier obstacle», "sends a group email with
// every address visible", "only uses the visual editor").

const DEFICIT_FR: &[&str] = &[
    "ne",
    "n'",
    "pas",
    "jamais",
    "sans",
    "rarement",
    "mais",
    "peu",
    "mal",
    "seulement",
    "uniquement",
    "abandonne*",
    "oubli*",
    "ignor*",
    "évite*",
    "rejette*",
    "renonce*",
    "perd",
    "perdent",
    "fige*",
    "déborder",
    "débordé*",
    "fautif*",
    "erreur*",
    "confus*",
    "tardivement",
    "retard",
    "abruptement",
    "vague*",
    "regrette*",
    "peine",
    "à chaud",
    "à l'écart",
    "en retrait",
    "que si",
    "qu'une fois",
    "boîte noire",
    "toutes les adresses",
    "ni",
    "attend des consignes",
    "sans réponse",
    "a besoin d'",
];

const DEFICIT_EN: &[&str] = &[
    "not",
    "no",
    "never",
    "cannot",
    "can't",
    "doesn't",
    "don't",
    "without",
    "rarely",
    "but",
    "only",
    "unless",
    "little",
    "poorly",
    "forget*",
    "gives up",
    "give up",
    "avoid*",
    "dismiss*",
    "ignor*",
    "fail*",
    "late",
    "swamped",
    "muddled",
    "error*",
    "mistake*",
    "bluntly",
    "vague*",
    "drops",
    "freez*",
    "regret*",
    "struggl*",
    "uneasy",
    "lack*",
    "miss*",
    "loses",
    "gets lost",
    "black box",
    "every address",
    "neither",
    "nor",
    "waits for",
    "unanswered",
    "needs a ",
];

/// Which levels must be free of deficit wording altogether.
const POSITIVE_LEVELS: [u8; 2] = [1, 2];

#[test]
fn the_first_levels_describe_a_positive_behaviour_never_a_deficit() {
    let mut failures = Vec::new();
    for (item, level, lang, text) in descriptors() {
        if !POSITIVE_LEVELS.contains(&level) {
            continue;
        }
        let markers = if lang == "fr" { DEFICIT_FR } else { DEFICIT_EN };
        let found = found_markers(text, markers);
        if !found.is_empty() {
            failures.push(format!("{} {level} {lang} {found:?}: {text}", item.id));
        }
    }
    assert!(
        failures.is_empty(),
        "{} level-1/2 descriptors describe a deficit (they are shown as goals):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_descriptor_opens_on_a_deficit() {
    let mut failures = Vec::new();
    for (item, level, lang, text) in descriptors() {
        let first = words(text)
            .into_iter()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        let markers = if lang == "fr" { DEFICIT_FR } else { DEFICIT_EN };
        let found = found_markers(&first, markers);
        if !found.is_empty() {
            failures.push(format!("{} {level} {lang} {found:?}: {text}", item.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// A trait's top levels are a higher degree of the same trait (more demanding
// situations, larger or harder audiences, longer strain), not another job:
// setting the organisation's rules, policies or standards, training others,
// "embodying" something.

const OTHER_JOB_FR: &[&str] = &[
    "politique*",
    "norme*",
    "standard*",
    "de l'organisation",
    "forme les",
    "forme l'",
    "forme des",
    "apprend aux",
    "incarne*",
    "fait école",
];

const OTHER_JOB_EN: &[&str] = &[
    "policy",
    "policies",
    "standards",
    "organisation's",
    "organisation-wide",
    "trains",
    "teaches",
    "embod*",
    "response rules",
    "sets the standard",
];

#[test]
fn a_traits_top_levels_are_a_higher_degree_of_the_same_trait() {
    let mut failures = Vec::new();
    for (item, level, lang, text) in descriptors() {
        if item.kind == ItemKind::Ecf || level < 4 {
            continue;
        }
        let markers = if lang == "fr" {
            OTHER_JOB_FR
        } else {
            OTHER_JOB_EN
        };
        let found = found_markers(text, markers);
        if !found.is_empty() {
            failures.push(format!("{} {level} {lang} {found:?}: {text}", item.id));
        }
    }
    assert!(
        failures.is_empty(),
        "{} trait descriptors at levels 4–5 describe another job:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// The e-CF progression: e-1 works under guidance; e-5 acts at the level of the
// whole organisation.

const GUIDANCE_FR: &[&str] = &[
    "supervision",
    "sous la conduite",
    "avec l'aide",
    "encadré",
    "guidé",
    "sur indication",
    "selon les consignes",
];

const GUIDANCE_EN: &[&str] = &[
    "supervision",
    "guidance",
    "under someone",
    "under a ",
    "with help",
    "with the help",
    "'s help",
    "as instructed",
];

#[test]
fn ecf_level_1_works_under_guidance_and_level_5_at_organisation_level() {
    let mut failures = Vec::new();
    for item in catalogue().items() {
        if item.kind != ItemKind::Ecf {
            continue;
        }
        let first = item.level(1).expect("level 1");
        if found_markers(&first.fr, GUIDANCE_FR).is_empty() {
            failures.push(format!("{} 1 fr, no guidance: {}", item.id, first.fr));
        }
        if found_markers(&first.en, GUIDANCE_EN).is_empty() {
            failures.push(format!("{} 1 en, no guidance: {}", item.id, first.en));
        }
        let top = item.level(5).expect("level 5");
        if !normalise(&top.fr).contains("organisation") {
            failures.push(format!("{} 5 fr, no organisation: {}", item.id, top.fr));
        }
        if !normalise(&top.en).contains("organisation") {
            failures.push(format!("{} 5 en, no organisation: {}", item.id, top.en));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// Form: five non-empty levels in both languages, one or two sentences each,
// French typography in French, none of it in English.

#[test]
fn every_item_has_five_short_descriptors_in_both_languages() {
    assert_eq!(
        catalogue().items().len(),
        49,
        "18 e-CF competences, 31 traits"
    );
    for item in catalogue().items() {
        let levels: Vec<u8> = item.levels.keys().copied().collect();
        assert_eq!(levels, [1, 2, 3, 4, 5], "{}: levels", item.id);
        for (level, text) in &item.levels {
            for (lang, text) in [("fr", &text.fr), ("en", &text.en)] {
                let id = &item.id;
                assert!(!text.trim().is_empty(), "{id} {level} {lang}: empty");
                assert_eq!(text.trim(), &**text, "{id} {level} {lang}: spaces");
                assert!(
                    text.ends_with('.'),
                    "{id} {level} {lang}: ends with a full stop"
                );
                let sentences = text
                    .char_indices()
                    .filter(|(i, c)| {
                        ['.', '!', '?'].contains(c)
                            && text[i + 1..].chars().next().is_none_or(char::is_whitespace)
                    })
                    .count();
                assert!(
                    sentences <= 2,
                    "{id} {level} {lang}: {sentences} sentences: {text}"
                );
            }
        }
    }
}

#[test]
fn french_descriptors_use_no_break_spaces_and_english_ones_none() {
    let mut failures = Vec::new();
    for (item, level, lang, text) in descriptors() {
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let wrong = match (lang, c) {
                // Issue 12: U+00A0 before `:`, U+202F before `; ! ? »` and after `«`.
                ("fr", ':') => before != Some('\u{a0}'),
                ("fr", ';' | '!' | '?' | '»') => before != Some('\u{202f}'),
                ("fr", '«') => after != Some('\u{202f}'),
                ("en", '\u{a0}' | '\u{202f}' | '«' | '»') => true,
                _ => false,
            };
            if wrong {
                failures.push(format!("{} {level} {lang} at {c:?}: {text}", item.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
