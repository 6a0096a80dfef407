//! Typed identities: a catalogue item's id, a profile's id, and the key that
//! tells whether two names are the same person. They are strings on disk and
//! in every schema (serde and schemars see through them), but a function
//! taking an [`ItemId`] cannot be handed a profile id or a person's name.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

/// A string newtype that reads like a `&str` at call sites (deref, display,
/// comparison with strings) so that typing an id costs callers little.
macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(String);

        // Exactly a string's schema (no definition of its own), so the
        // published schemas stay as they were.
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                String::schema_name()
            }

            fn schema_id() -> Cow<'static, str> {
                String::schema_id()
            }

            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                String::json_schema(generator)
            }
        }

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&String> for $name {
            fn from(s: &String) -> Self {
                $name(s.clone())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

string_id!(
    /// A catalogue item's id: an e-CF code (`A.3`) or a trait slug
    /// (`se.tenacity`).
    ItemId
);

string_id!(
    /// A role profile's id (`cm`, `cno`, `ite`, or a custom one).
    ProfileId
);

/// The key two files of one person share: the name in lower case, accents
/// folded and spaces collapsed, so "Léa  Roux" typed as "lea roux" by a coach
/// is the same person (their files already share one name on disk).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonKey(String);

impl PersonKey {
    pub fn of(name: &str) -> PersonKey {
        let words: Vec<String> = name
            .split_whitespace()
            .map(|word| {
                word.chars()
                    .flat_map(fold_accent)
                    .flat_map(char::to_lowercase)
                    .collect()
            })
            .collect();
        PersonKey(words.join(" "))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for PersonKey {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PersonKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for PersonKey {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for PersonKey {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// The key names sort by: accents and ligatures folded, lower case, so that
/// "Émile" sorts with "Emile", before "Zoé".
pub fn sort_key(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(fold_accent)
        .flat_map(char::to_lowercase)
        .collect()
}

/// A letter with its accent (or ligature) folded to plain ASCII, for person
/// keys and file names; other characters are kept as they are.
pub(crate) fn fold_accent(c: char) -> Vec<char> {
    let folded = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ÿ' | 'ý' | 'Ý' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        _ => return vec![c],
    };
    folded.chars().collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn sort_keys_fold_accents_and_case() {
        assert_eq!(sort_key(" Émile "), "emile");
        assert!(sort_key("Émile") < sort_key("Zoé"));
        assert_eq!(sort_key("ŒUVRE"), sort_key("oeuvre"));
    }

    use super::*;

    #[test]
    fn one_person_whatever_the_case_accents_or_spaces() {
        assert_eq!(PersonKey::of("  Léa   Roux "), "lea roux");
        assert_eq!(PersonKey::of("LÉA ROUX"), PersonKey::of("lea roux"));
        assert_eq!(PersonKey::of("Chloé Dubois"), "chloe dubois");
        assert_ne!(PersonKey::of("Ana Martin"), PersonKey::of("Ana Martine"));
    }

    #[test]
    fn ids_are_plain_strings_in_json_and_compare_with_str() {
        let id = ItemId::from("A.3");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"A.3\"");
        assert_eq!(serde_json::from_str::<ItemId>("\"A.3\"").unwrap(), id);
        assert!(id == "A.3");
        assert!("A.3" == id, "and the other way round");
        assert_eq!(id.len(), 3, "derefs to str");
        assert_eq!(ProfileId::from("cm").to_string(), "cm");
    }
}
