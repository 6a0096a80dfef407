//! What each key does, in French and English: the words of the TUI's key
//! table (footer and help), and the few words the TUI's key-driven views add.
//! One table per language; a struct with every field makes the compiler
//! check that both languages say everything.

use bilan_core::Lang;

/// The TUI's words that are not in the shared tables.
pub struct TuiWords {
    /// The group analysis counter: "312 / 10,000 files".
    pub files: [&'static str; 2],
}

static FR: TuiWords = TuiWords {
    files: ["fichier", "fichiers"],
};

static EN: TuiWords = TuiWords {
    files: ["file", "files"],
};

pub fn tui_words(lang: Lang) -> &'static TuiWords {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}
