//! The words of the quick orientation: why an item is asked, why it
//! stopped, and what its figures are (estimates). The domain gives the
//! values ([`Reason`], [`StopReason`], [`Step`]); the sentences are built
//! here, in both languages, every figure through [`percent`].

use crate::l10n::format::{Space, colon, percent, plural};
use bilan_core::quick::{Reason, Step, StopReason};
use bilan_core::{Lang, Profile};

/// The fixed words of the quick screens.
pub struct QuickWords {
    pub title: &'static str,
    /// The start screen's entry.
    pub menu: &'static str,
    pub result_title: &'static str,
    pub col_profile: &'static str,
    pub col_estimate: &'static str,
    pub col_range: &'static str,
    /// Under the table: what the figures are.
    pub estimate_note: &'static str,
    /// What continuing does.
    pub continue_hint: &'static str,
    /// The status line once the full assessment goes on.
    pub continued: &'static str,
}

static FR: QuickWords = QuickWords {
    title: "Orientation rapide",
    menu: "Orientation rapide (une douzaine de questions)",
    result_title: "Orientation rapide\u{a0}: où vous en êtes",
    col_profile: "Profil",
    col_estimate: "Estimation",
    col_range: "Plancher–plafond",
    estimate_note: "Ces chiffres sont des estimations\u{a0}: les questions non posées sont déduites de vos propres réponses. Le plancher compte 0 pour elles, le plafond les compte comme atteintes.",
    continue_hint: "Entrée poursuit avec l'évaluation complète\u{202f}; vos réponses sont gardées et ne seront pas redemandées.",
    continued: "Évaluation complète\u{a0}: les questions déjà répondues sont sautées.",
};

static EN: QuickWords = QuickWords {
    title: "Quick orientation",
    menu: "Quick orientation (about 12 questions)",
    result_title: "Quick orientation: where you stand",
    col_profile: "Profile",
    col_estimate: "Estimate",
    col_range: "Floor–ceiling",
    estimate_note: "These figures are estimates: the items not asked are predicted from your own answers. The floor counts them as 0, the ceiling as met.",
    continue_hint: "Enter goes on with the full assessment; your answers are kept and not asked again.",
    continued: "Full assessment: the items already answered are skipped.",
};

pub fn quick(lang: Lang) -> &'static QuickWords {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// A profile's short name as the quick screens show it (`CNO`).
fn short(id: &str) -> String {
    id.to_uppercase()
}

/// `Question 4 (15 at most)`.
pub fn question_count(number: usize, max: usize, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Question {number} (au plus {max})"),
        Lang::En => format!("Question {number} ({max} at most)"),
    }
}

/// Why this item is asked: `Asked because it separates CNO from CM`.
pub fn reason_sentence(reason: &Reason, lang: Lang) -> String {
    match reason {
        Reason::Separates { first, second } => {
            let (a, b) = (short(first.as_str()), short(second.as_str()));
            match lang {
                Lang::Fr => format!("Posée parce qu'elle départage {a} et {b}"),
                Lang::En => format!("Asked because it separates {a} from {b}"),
            }
        }
    }
}

/// `Estimated from 11 answers` (and the items found not applicable).
pub fn estimated_from(step: &Step, lang: Lang) -> String {
    let na = step.asked.saturating_sub(step.answered);
    let answers = step.answered;
    let base = match lang {
        Lang::Fr => format!(
            "Estimé à partir de {answers} {}",
            plural(lang, answers, ["réponse", "réponses"])
        ),
        Lang::En => format!(
            "Estimated from {answers} {}",
            plural(lang, answers, ["answer", "answers"])
        ),
    };
    if na == 0 {
        return base;
    }
    match lang {
        Lang::Fr => format!(
            "{base} ({na} {} sans objet)",
            plural(lang, na, ["question", "questions"])
        ),
        Lang::En => format!(
            "{base} ({na} {} not applicable)",
            plural(lang, na, ["item", "items"])
        ),
    }
}

/// Why it stopped, in one sentence, with the lead where there is one.
pub fn stop_sentence(stop: &StopReason, step: &Step, lang: Lang) -> String {
    let lead = match step.matches.as_slice() {
        [first, second, ..] => first.fit_estimate - second.fit_estimate,
        _ => 0.0,
    };
    let points = crate::l10n::format::number(lead, lang);
    match (stop, lang) {
        (StopReason::Settled { leader }, Lang::Fr) => format!(
            "Première place acquise\u{a0}: {} devance les autres profils de {points}\u{a0}points d'adéquation estimés, plus que les questions restantes ne pourraient vraisemblablement changer.",
            short(leader.as_str())
        ),
        (StopReason::Settled { leader }, Lang::En) => format!(
            "First place settled: {} leads the other profiles by an estimated {points} points of fit, more than the remaining items could plausibly change.",
            short(leader.as_str())
        ),
        (StopReason::Limit { first, second }, Lang::Fr) => format!(
            "Pas de réponse sûre après {} questions\u{a0}: la première place reste ouverte entre {} et {}, l'évaluation complète tranchera.",
            step.asked,
            short(first.as_str()),
            short(second.as_str())
        ),
        (StopReason::Limit { first, second }, Lang::En) => format!(
            "No sure answer after {} questions: first place is still open between {} and {}; the full assessment will tell.",
            step.asked,
            short(first.as_str()),
            short(second.as_str())
        ),
        (StopReason::Exhausted { first, second }, Lang::Fr) => format!(
            "Toutes les questions ont une réponse et {} et {} restent au coude à coude.",
            short(first.as_str()),
            short(second.as_str())
        ),
        (StopReason::Exhausted { first, second }, Lang::En) => format!(
            "Every item is answered and {} and {} are still level.",
            short(first.as_str()),
            short(second.as_str())
        ),
        (StopReason::NothingToRank, Lang::Fr) => "Aucun profil à classer.".to_string(),
        (StopReason::NothingToRank, Lang::En) => "No profile to rank.".to_string(),
    }
}

/// Where the orientation stands while it goes on (stopped early by the
/// person): the leader so far, provisional.
pub fn so_far_sentence(step: &Step, lang: Lang) -> String {
    match (step.matches.first(), lang) {
        (Some(first), Lang::Fr) => format!(
            "Pas encore tranché\u{a0}: {} mène pour l'instant ({} estimés). Répondez à la question suivante pour affiner.",
            short(first.profile.as_str()),
            percent(first.fit_estimate, lang)
        ),
        (Some(first), Lang::En) => format!(
            "Not settled yet: {} leads so far ({} estimated). Answer the next question to narrow it down.",
            short(first.profile.as_str()),
            percent(first.fit_estimate, lang)
        ),
        (None, _) => String::new(),
    }
}

/// `CNO 62 % · CM 55 % · ITE 31 %` (estimates), for the question screen.
pub fn estimates_line(step: &Step, lang: Lang) -> String {
    let parts: Vec<String> = step
        .matches
        .iter()
        .map(|m| {
            format!(
                "{} {}",
                short(m.profile.as_str()),
                percent(m.fit_estimate, lang)
            )
        })
        .collect();
    let label = match lang {
        Lang::Fr => "Estimation",
        Lang::En => "Estimate",
    };
    format!(
        "{label}{} {}",
        colon(lang, Space::NoBreak),
        parts.join(" · ")
    )
}

/// `41 % – 83 %`.
pub fn range(floor: f64, ceiling: f64, lang: Lang) -> String {
    format!("{} – {}", percent(floor, lang), percent(ceiling, lang))
}

/// The profile's full name in `lang`, else its short code.
pub fn profile_name(profiles: &[Profile], id: &str, lang: Lang) -> String {
    profiles
        .iter()
        .find(|p| p.id.as_str() == id)
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_else(|| short(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bilan_core::ProfileId;

    #[test]
    fn the_reason_names_both_profiles_in_each_language() {
        let reason = Reason::Separates {
            first: ProfileId::from("cno"),
            second: ProfileId::from("cm"),
        };
        assert_eq!(
            reason_sentence(&reason, Lang::En),
            "Asked because it separates CNO from CM"
        );
        assert_eq!(
            reason_sentence(&reason, Lang::Fr),
            "Posée parce qu'elle départage CNO et CM"
        );
    }
}
