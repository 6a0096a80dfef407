//! The word lists and detectors the guidance tests use, each with a test of
//! its own, so a passing guidance test means something: third-party wording in
//! evidence, closed questions, questions that are not about a past event,
//! wording that presupposes an employer or drifts into private life, and
//! French typography.

/// Lower-case words, split on spaces, apostrophes and punctuation (hyphens
/// kept: `avez-vous` is one word).
pub(super) fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Words that make a statement rest on someone else's word about the person.
pub(super) const THIRD_PARTY_FR: [&str; 19] = [
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
pub(super) const THIRD_PARTY_EN: [&str; 18] = [
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

pub(super) fn third_party_markers(text: &str, markers: &[&str]) -> Vec<String> {
    let text = format!(" {} ", text.to_lowercase());
    markers
        .iter()
        .filter(|m| text.contains(*m))
        .map(|m| m.trim().to_string())
        .collect()
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

/// How a closed (yes / no) question starts.
pub(super) const CLOSED_FR: [&str; 12] = [
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
pub(super) const CLOSED_EN: [&str; 18] = [
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

pub(super) const OPEN_FR: [&str; 18] = [
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
pub(super) const PREPOSITIONS_FR: [&str; 15] = [
    "à", "a", "de", "d", "du", "des", "sur", "par", "avec", "dans", "pour", "devant", "en",
    "auprès", "chez",
];
pub(super) const OPEN_EN: [&str; 9] = [
    "what", "which", "how", "why", "who", "whom", "whose", "where", "when",
];
pub(super) const PREPOSITIONS_EN: [&str; 11] = [
    "at", "in", "on", "with", "for", "from", "to", "by", "of", "about", "under",
];

/// The questions asked in `text`: each sentence ending with `?`, from its
/// start or from its last colon.
pub(super) fn question_sentences(text: &str) -> Vec<String> {
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
pub(super) fn closed(
    sentence: &str,
    closed: &[&str],
    open: &[&str],
    prepositions: &[&str],
) -> Option<String> {
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

/// Wording that asks about habits, opinions or hypotheses instead of a
/// past event.
pub(super) const NOT_PAST_FR: [&str; 9] = [
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
pub(super) const NOT_PAST_EN: [&str; 9] = [
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
pub(super) const PAST_FR: [&str; 11] = [
    "avez", "aviez", "étiez", "a", "ont", "avait", "avaient", "était", "étaient", "été", "eu",
];
pub(super) const PAST_EN: [&str; 53] = [
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
pub(super) const NOT_PAST_ED: [&str; 5] = ["need", "seed", "feed", "speed", "indeed"];

/// The first clause of a question: up to its first colon or sentence end (a
/// dot inside a word, as in `2.0`, does not end it).
pub(super) fn first_clause(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let dot_ends = c == '.' && chars.get(k + 1).is_none_or(|(_, n)| n.is_whitespace());
        if dot_ends || matches!(c, '?' | ':' | '!') {
            return &text[..i];
        }
    }
    text
}

pub(super) fn is_past_fr(clause: &str) -> bool {
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

pub(super) fn is_past_en(clause: &str) -> bool {
    words(clause).iter().any(|x| {
        PAST_EN.contains(&x.as_str())
            || (x.len() > 3 && x.ends_with("ed") && !NOT_PAST_ED.contains(&x.as_str()))
    })
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

/// Wording that presupposes an employer or a job title.
pub(super) const EMPLOYER_FR: [&str; 9] = [
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
pub(super) const EMPLOYER_EN: [&str; 9] = [
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
pub(super) const PRIVATE_FR: [&str; 10] = [
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
pub(super) const PRIVATE_EN: [&str; 10] = [
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

/// Why `text` breaks French typography, if it does: a no-break space
/// (U+00A0) before `:`, a narrow no-break space (U+202F) before `;` `!` `?`
/// and inside « » (issue 12).
pub(super) fn typography(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        match c {
            ':' if before != Some('\u{a0}') => {
                return Some(format!("no no-break space before `{c}`"));
            }
            ';' | '!' | '?' if before != Some('\u{202f}') => {
                return Some(format!("no narrow no-break space before `{c}`"));
            }
            '«' if after != Some('\u{202f}') => {
                return Some("no narrow no-break space after «".into());
            }
            '»' if before != Some('\u{202f}') => {
                return Some("no narrow no-break space before »".into());
            }
            _ => {}
        }
    }
    None
}
