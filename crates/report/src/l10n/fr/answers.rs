//! The answers that are not a level 1–5, in French.

use crate::l10n::tables::{Answers, LevelZero};

pub(super) const ANSWERS: Answers = Answers {
    not_applicable: "sans objet / je ne peux pas juger",
    not_applicable_cell: "sans objet",
    not_applicable_short: "s.o.",
    not_scored: "Les réponses «\u{202f}sans objet\u{202f}» ne sont pas notées\u{a0}: l'adéquation les compte comme sans réponse.",
    not_applicable_count: ["sans objet", "sans objet"],
    not_comparable: ["non comparable", "non comparables"],
    not_comparable_legend: "Non comparable (un niveau face à «\u{202f}sans objet\u{202f}»)",
    cohort_note: "s.o. (/ dans la carte des écarts)\u{a0}: réponse «\u{202f}sans objet / je ne peux pas \
                  juger\u{202f}»\u{202f}; comptée à part, hors des écarts, de l'écart moyen et de la priorité.",
    level_zero: LevelZero {
        ecf_self: "Pas encore pratiquée\u{a0}: je n'ai pas encore exercé cette compétence.",
        ecf_coach: "Pas encore pratiquée\u{a0}: la personne n'a pas encore été vue exercer cette compétence.",
        savoir_self: "Pas encore acquis\u{a0}: je n'ai pas encore de connaissances dans ce domaine.",
        savoir_coach: "Pas encore acquis\u{a0}: la personne ne montre pas encore de connaissances dans ce domaine.",
        savoir_faire_self: "Pas encore pratiqué\u{a0}: je n'ai pas encore mis en œuvre ce savoir-faire.",
        savoir_faire_coach: "Pas encore pratiqué\u{a0}: on n'a pas encore vu la personne mettre en œuvre ce savoir-faire.",
        savoir_etre_self: "Pas encore manifesté\u{a0}: cette qualité ne se voit pas encore dans mon travail.",
        savoir_etre_coach: "Pas encore manifesté\u{a0}: cette qualité n'a pas encore été observée dans le travail de la personne.",
    },
};
