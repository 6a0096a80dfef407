//! The answers that are not a level 1–5, in English.

use crate::l10n::tables::{Answers, LevelZero};

pub(super) const ANSWERS: Answers = Answers {
    not_applicable: "not applicable / can't judge",
    not_applicable_cell: "not applicable",
    not_applicable_short: "n/a",
    not_scored: "\"Not applicable\" answers are not scored: the fit counts them as unanswered.",
    not_applicable_count: ["not applicable", "not applicable"],
    not_comparable: ["not comparable", "not comparable"],
    not_comparable_legend: "Not comparable (a level against \"not applicable\")",
    cohort_note: "n/a (/ in the heatmap): answered \"not applicable / can't judge\"; counted apart, \
                  in no shortfall, mean gap or priority.",
    level_zero: LevelZero {
        ecf_self: "Not yet practised: I have not exercised this competence so far.",
        ecf_coach: "Not yet practised: the person has not been seen exercising this competence so far.",
        savoir_self: "Not yet learnt: I have no knowledge of this area yet.",
        savoir_coach: "Not yet learnt: the person shows no knowledge of this area yet.",
        savoir_faire_self: "Not yet practised: I have not used this skill so far.",
        savoir_faire_coach: "Not yet practised: the person has not been seen using this skill so far.",
        savoir_etre_self: "Not shown yet: this quality does not show in my work so far.",
        savoir_etre_coach: "Not shown yet: this quality has not been observed in the person's work so far.",
    },
};
