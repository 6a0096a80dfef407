//! What the TUI says when finding things on the walk and the overview:
//! the search panel, the next unanswered item, undoing a rating, a key
//! that does nothing.

use bilan_core::Lang;

#[derive(Debug)]
pub struct FindWords {
    /// The search panel's title.
    pub search_title: &'static str,
    /// Under the typed text, before anything is typed.
    pub search_hint: &'static str,
    pub no_match: &'static str,
    pub all_answered: &'static str,
    /// "Undone: A.3 back to 2".
    pub undone: &'static str,
    pub back_to: &'static str,
    /// An item with no answer, after undoing its first one.
    pub unanswered: &'static str,
    pub nothing_to_undo: &'static str,
    /// A key bound to nothing on this screen.
    pub unknown_key: &'static str,
    /// After "Report written": where, in words, before the whole path.
    pub exported_where: &'static str,
}

const EN: FindWords = FindWords {
    search_title: "Find an item",
    search_hint: "Type an id (B.2) or words of a title; accents and case do not matter.",
    no_match: "No item matches.",
    all_answered: "Every item is answered.",
    undone: "Undone",
    back_to: "back to",
    unanswered: "unanswered",
    nothing_to_undo: "Nothing to undo.",
    unknown_key: "This key does nothing here; ? lists the keys.",
    exported_where: "in the reports folder beside the saved assessments; open it in a web \
                     browser",
};

const FR: FindWords = FindWords {
    search_title: "Chercher un élément",
    search_hint: "Tapez un code (B.2) ou des mots d'un titre\u{202f}; accents et majuscules \
                  n'importent pas.",
    no_match: "Aucun élément ne correspond.",
    all_answered: "Tous les éléments ont une réponse.",
    undone: "Annulé",
    back_to: "revient à",
    unanswered: "sans réponse",
    nothing_to_undo: "Rien à annuler.",
    unknown_key: "Cette touche ne fait rien ici\u{202f}; ? liste les touches.",
    exported_where: "dans le dossier des rapports, à côté des bilans enregistrés\u{202f}; \
                     ouvrez-le dans un navigateur web",
};

pub fn find_words(lang: Lang) -> &'static FindWords {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}
