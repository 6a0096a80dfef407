//! Every UI string, one table per language. Item and profile texts live in
//! the JSON files; this is only the program's own wording.

use crate::model::Lang;

/// The program's own words in one language.
#[derive(Debug)]
pub struct Strings {
    pub always: &'static str,
    pub sometimes: &'static str,
    pub core: &'static str,
    pub secondary: &'static str,
    pub aliases: &'static str,
    pub custom: &'static str,
    pub missions: &'static str,
    pub responsibilities: &'static str,
    pub kpis: &'static str,
    pub activities: &'static str,
    pub requirements: &'static str,
    pub requirements_word: &'static str,
    pub level_short: &'static str,
    pub valid_profile: &'static str,
    pub valid_catalogue: &'static str,
    pub items: &'static str,
    pub self_rated: &'static str,
    pub coach_rated: &'static str,
    pub answered: &'static str,
    pub unanswered_count_as_zero: &'static str,
    pub rule: &'static str,
    pub no_gaps: &'static str,
    pub gaps_by_points: &'static str,
    pub points_short: &'static str,
    pub next_goal: &'static str,
    pub strengths: &'static str,
}

pub static FR: Strings = Strings {
    always: "toujours",
    sometimes: "parfois",
    core: "clé",
    secondary: "secondaire",
    aliases: "Aussi appelé",
    custom: "personnalisé",
    missions: "Missions",
    responsibilities: "Responsabilités",
    kpis: "Indicateurs de performance",
    activities: "Activités clés",
    requirements: "Exigences (niveau requis, importance, source)",
    requirements_word: "exigences",
    level_short: "niv.",
    valid_profile: "profil valide",
    valid_catalogue: "catalogue valide",
    items: "éléments",
    self_rated: "auto-évaluation",
    coach_rated: "évalué par un coach",
    answered: "répondu",
    unanswered_count_as_zero: "Les questions sans réponse comptent 0 : terminez le bilan pour un résultat juste.",
    rule: "Règle",
    no_gaps: "Aucun écart : toutes les exigences sont atteintes.",
    gaps_by_points: "Écarts, du plus coûteux au moins coûteux (points perdus, actuel → requis) :",
    points_short: "pts",
    next_goal: "objectif niveau",
    strengths: "Points forts",
};

pub static EN: Strings = Strings {
    always: "always",
    sometimes: "sometimes",
    core: "core",
    secondary: "secondary",
    aliases: "Also known as",
    custom: "custom",
    missions: "Missions",
    responsibilities: "Responsibilities",
    kpis: "Key performance indicators",
    activities: "Key activities",
    requirements: "Requirements (level required, importance, source)",
    requirements_word: "requirements",
    level_short: "lvl",
    valid_profile: "valid profile",
    valid_catalogue: "valid catalogue",
    items: "items",
    self_rated: "self-rated",
    coach_rated: "rated by a coach",
    answered: "answered",
    unanswered_count_as_zero: "Unanswered items count as 0: finish the assessment for a fair result.",
    rule: "Rule",
    no_gaps: "No gap: every requirement is met.",
    gaps_by_points: "Gaps, costliest first (points lost, current → required):",
    points_short: "pts",
    next_goal: "goal level",
    strengths: "Strengths",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}
