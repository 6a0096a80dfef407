//! Bilingual text and the language choice.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The two languages every text exists in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn toggled(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" | "french" | "français" | "francais" => Some(Lang::Fr),
            "en" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a locale tag such as `fr-FR`, `en_GB.UTF-8` or `C`;
    /// anything that is not French reads as English.
    pub fn from_locale(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    /// The language from `LC_ALL`/`LC_MESSAGES`/`LANG` or the system locale.
    pub fn detect() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(value) = std::env::var(var)
                && !value.is_empty()
            {
                return Lang::from_locale(&value);
            }
        }
        sys_locale::get_locale()
            .map(|tag| Lang::from_locale(&tag))
            .unwrap_or(Lang::En)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

// The texts are shared (`Arc<str>`): a match result copies every title and
// goal it shows, and on the results screen that happens on each keystroke.
/// A text in French and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct Localized {
    pub fr: Arc<str>,
    pub en: Arc<str>,
}

impl Localized {
    pub fn new(fr: impl Into<Arc<str>>, en: impl Into<Arc<str>>) -> Self {
        Localized {
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, falling back to the other language when empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (wanted, other) = match lang {
            Lang::Fr => (&self.fr, &self.en),
            Lang::En => (&self.en, &self.fr),
        };
        if wanted.is_empty() { other } else { wanted }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_map_to_languages() {
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::from_locale("fr-CA"), Lang::Fr);
        assert_eq!(Lang::from_locale("en_GB"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
    }

    #[test]
    fn empty_text_falls_back_to_other_language() {
        let t = Localized::new("", "only english");
        assert_eq!(t.get(Lang::Fr), "only english");
        assert_eq!(t.get(Lang::En), "only english");
    }
}
