//! The French of the details the core words in English inside its errors
//! (a JSON parser message, a problem, a hint): see `l10n/errors.rs`. A
//! detail missing here is shown in English between guillemets.

/// Words the templates of [`PHRASES`] put in a `{w}` slot.
pub(in crate::l10n) const WORDS: &[(&str, &str)] = &[
    ("an array `[ … ]`", "un tableau `[ … ]`"),
    ("a string", "une chaîne de caractères"),
    ("a number", "un nombre"),
    ("a boolean", "un booléen"),
    ("null", "null"),
    ("sequence", "un tableau `[ … ]`"),
    ("a sequence", "un tableau `[ … ]`"),
    ("map", "un objet `{ … }`"),
    ("a map", "un objet `{ … }`"),
    ("unit value", "null"),
    ("self-rating", "l'auto-évaluation"),
    ("coach's rating", "l'évaluation du coach"),
    ("older assessment", "le bilan le plus ancien"),
    ("newer assessment", "le bilan le plus récent"),
    ("first assessment", "le premier bilan"),
    ("second", "le second"),
    ("self-ratings", "des auto-évaluations"),
    ("coach's ratings", "des évaluations de coach"),
    ("core", "clé"),
    ("secondary", "secondaire"),
];

/// The core's English details and their French: `{}` is a value copied as
/// it is (an id, a number, a name), `{w}` one of [`WORDS`]. Values are taken
/// in order; the first template that matches wins.
pub(in crate::l10n) const PHRASES: &[(&str, &str)] = &[
    // JSON shape and syntax (bilan_core::json, serde_json).
    (
        "Fix that value; `bilan schema` prints the expected shape.",
        "Corrigez cette valeur\u{202f}; `bilan schema` affiche la forme attendue.",
    ),
    (
        "the file holds {}, but a JSON object `{ … }` is expected",
        "le fichier contient {w}, mais un objet JSON `{ … }` est attendu",
    ),
    ("missing field {}", "champ {} manquant"),
    ("duplicate field {}", "champ {} en double"),
    ("duplicate key {}", "clé {} en double"),
    (
        "unknown field {}, expected one of {}",
        "champ {} inconnu, attendu l'un de {}",
    ),
    (
        "unknown variant {}, expected one of {}",
        "valeur {} inconnue, attendu l'une de {}",
    ),
    (
        "unknown variant {}, expected {}",
        "valeur {} inconnue, attendu {}",
    ),
    (
        "invalid type: {}, expected a level, a whole number from 0 to 5",
        "type invalide ({}), un niveau est attendu, un nombre entier de 0 à 5",
    ),
    (
        "invalid value: {}, expected a level, a whole number from 0 to 5",
        "valeur invalide ({}), un niveau est attendu, un nombre entier de 0 à 5",
    ),
    (
        "invalid type: {}, expected a level from 0 to 5, or \"na\" for not applicable",
        "type invalide ({}), un niveau de 0 à 5 est attendu, ou «\u{202f}na\u{202f}» pour «\u{202f}sans \
         objet\u{202f}»",
    ),
    (
        "invalid value: {}, expected a level from 0 to 5, or \"na\" for not applicable",
        "valeur invalide ({}), un niveau de 0 à 5 est attendu, ou «\u{202f}na\u{202f}» pour «\u{202f}sans \
         objet\u{202f}»",
    ),
    (
        "EOF while parsing an object",
        "fin du fichier au milieu d'un objet",
    ),
    (
        "EOF while parsing a list",
        "fin du fichier au milieu d'une liste",
    ),
    (
        "EOF while parsing a string",
        "fin du fichier au milieu d'une chaîne",
    ),
    (
        "EOF while parsing a value",
        "fin du fichier avant une valeur",
    ),
    ("expected `,` or `}`", "`,` ou `}` attendu"),
    ("expected `,` or `]`", "`,` ou `]` attendu"),
    ("expected `:`", "`:` attendu"),
    ("expected value", "valeur attendue"),
    ("expected ident", "`true`, `false` ou `null` attendu"),
    ("trailing comma", "virgule en trop"),
    ("trailing characters", "caractères en trop après la fin"),
    (
        "key must be a string",
        "une clé doit être une chaîne entre guillemets",
    ),
    ("invalid number", "nombre invalide"),
    ("invalid escape", "séquence d'échappement invalide"),
    // Profiles (bilan_core::profile, library).
    (
        "the profile has an empty id",
        "le profil a un identifiant vide",
    ),
    (
        "give it a short id such as `cm`",
        "donnez-lui un identifiant court, par exemple `cm`",
    ),
    (
        "level {} for {} is outside 1–5",
        "le niveau {} pour {} est hors de 1–5",
    ),
    ("use a level from 1 to 5", "utilisez un niveau de 1 à 5"),
    (
        "for {} min {} is greater than max {}",
        "pour {}, le minimum {} est supérieur au maximum {}",
    ),
    ("swap them or drop `max`", "échangez-les ou retirez `max`"),
    ("{} is required twice", "{} est exigé deux fois"),
    (
        "keep one requirement per item",
        "gardez une seule exigence par élément",
    ),
    (
        "a duty has no involvement, but the e-CF levels come from the duties",
        "une mission n'indique pas d'implication, alors que les niveaux e-CF viennent des missions",
    ),
    (
        "give it `decides`, `does` or `contributes`, or drop `ecf_levels_from`",
        "indiquez `decides`, `does` ou `contributes`, ou retirez `ecf_levels_from`",
    ),
    (
        "a duty exercises {}, but it is not required",
        "une mission exerce {}, qui n'est pas exigé",
    ),
    (
        "add the requirement its duties give",
        "ajoutez l'exigence que donnent ses missions",
    ),
    ("no duty exercises {}", "aucune mission n'exerce {}"),
    (
        "map a duty to it, or remove the requirement",
        "rattachez-y une mission, ou retirez l'exigence",
    ),
    (
        "{} should be level {} {}, as its duties give",
        "{} devrait être au niveau {}, importance {w}, comme le donnent ses missions",
    ),
    (
        "set `min` and `importance` to what the duties give, or change the duties",
        "donnez à `min` et `importance` les valeurs que donnent les missions, ou modifiez les missions",
    ),
    (
        "profile \"{}\" is already defined by {}; this file is skipped",
        "le profil «\u{202f}{}\u{202f}» est déjà défini par {}\u{202f}; ce fichier est ignoré",
    ),
    (
        "give one of the two profiles another id, or remove one file",
        "donnez un autre identifiant à l'un des deux profils, ou retirez l'un des fichiers",
    ),
    // Catalogue (bilan_core::catalogue).
    (
        "the item id {} appears twice",
        "l'identifiant d'élément {} apparaît deux fois",
    ),
    (
        "give every item a unique id",
        "donnez à chaque élément un identifiant unique",
    ),
    (
        "item {} describes level {}",
        "l'élément {} décrit le niveau {}",
    ),
    ("levels go from 1 to 5", "les niveaux vont de 1 à 5"),
    (
        "item {} belongs to section {}, which is not declared",
        "l'élément {} appartient à la section {}, qui n'est pas déclarée",
    ),
    (
        "add the section to `sections` or fix the item's kind/area",
        "ajoutez la section à `sections` ou corrigez le type ou le domaine de l'élément",
    ),
    // Assessments (bilan_core::assessment).
    (
        "the person's name is empty",
        "le nom de la personne est vide",
    ),
    (
        "write the name of the person assessed",
        "écrivez le nom de la personne évaluée",
    ),
    ("score {} is outside 0–5", "le niveau {} est hors de 0–5"),
    (
        "use 0 for not yet practised, a level from 1 to 5, or \"na\" for not applicable; leave \
         the item out if not answered",
        "utilisez 0 pour «\u{202f}pas encore pratiqué\u{202f}», un niveau de 1 à 5, ou «\u{202f}na\u{202f}» \
         pour «\u{202f}sans objet\u{202f}»\u{202f}; omettez l'élément sans réponse",
    ),
    // Comparisons (bilan_core::compare, report comparison).
    (
        "the report is about \"{}\" but the other assessment is about \"{}\"",
        "le rapport porte sur «\u{202f}{}\u{202f}» mais l'autre bilan porte sur «\u{202f}{}\u{202f}»",
    ),
    (
        "the {} is about \"{}\" but the {} is about \"{}\"",
        "{w} porte sur «\u{202f}{}\u{202f}» mais {w} porte sur «\u{202f}{}\u{202f}»",
    ),
    (
        "give two assessments of the same person (names are matched ignoring case, accents and \
         extra spaces)",
        "donnez deux bilans de la même personne (les noms sont comparés sans tenir compte des \
         majuscules, des accents ni des espaces en trop)",
    ),
    (
        "give an assessment of the same person (names are matched ignoring case and surrounding \
         spaces)",
        "donnez un bilan de la même personne (les noms sont comparés sans tenir compte des \
         majuscules ni des espaces autour)",
    ),
    (
        "both assessments are {} (\"rater\": \"{}\"), so there is nothing to compare",
        "les deux bilans sont {w} («\u{202f}rater\u{202f}»\u{a0}: «\u{202f}{}\u{202f}»), il n'y a donc \
         rien à comparer",
    ),
    (
        "give the other rater's assessment of the same person: the coach's rating with a \
         self-rating, the self-rating with a coach's rating",
        "donnez le bilan de l'autre évaluateur pour la même personne\u{a0}: l'évaluation du \
         coach avec une auto-évaluation, l'auto-évaluation avec une évaluation de coach",
    ),
    // CSV (report).
    (
        "{} cannot separate CSV fields",
        "{} ne peut pas séparer les champs CSV",
    ),
    (
        "use `,`, `;` or a tab",
        "utilisez `,`, `;` ou une tabulation",
    ),
    // serde's general forms, after the particular ones above.
    (
        "invalid type: {}, expected {}",
        "type invalide ({w}), attendu\u{a0}: {w}",
    ),
    (
        "invalid value: {}, expected {}",
        "valeur invalide ({w}), attendu\u{a0}: {w}",
    ),
    (
        "invalid length {}, expected {}",
        "longueur invalide ({}), attendu\u{a0}: {w}",
    ),
];

/// serde's names of the JSON values it quotes inside a detail, and their
/// French, put in place wherever they appear in a translated detail.
pub(in crate::l10n) const VALUE_WORDS: &[(&str, &str)] = &[
    ("floating point `", "nombre décimal `"),
    ("integer `", "nombre entier `"),
    ("string \"", "texte \""),
    ("boolean `", "booléen `"),
    ("` or `", "` ou `"),
];
