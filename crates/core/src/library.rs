//! The catalogue and the profiles in use: the built-in ones, extended or
//! replaced by `*.json` files in the user's config folder.

use std::path::{Path, PathBuf};

use crate::catalogue::{Catalogue, CatalogueFile};
use crate::error::{Error, Result};
use crate::profile::{BUILTIN_PROFILES, Profile};
use crate::store;

/// Where a profile came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Builtin,
    Custom(PathBuf),
}

#[derive(Debug)]
pub struct Library {
    pub catalogue: Catalogue,
    pub profiles: Vec<Profile>,
    pub origins: Vec<Origin>,
    /// Custom files that were skipped, with why; the rest still loaded.
    pub warnings: Vec<Error>,
}

impl Library {
    /// No items and no profiles: a stand-in while the real library loads.
    pub fn empty() -> Library {
        let file = CatalogueFile {
            schema: crate::json::SCHEMA_VERSION,
            sections: Vec::new(),
            codes: Vec::new(),
            items: Vec::new(),
        };
        Library {
            catalogue: Catalogue::from_file(file, "<empty>").unwrap_or_else(|_| unreachable!()),
            profiles: Vec::new(),
            origins: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The built-in catalogue and profiles only.
    pub fn builtin() -> Result<Library> {
        let catalogue = Catalogue::builtin()?;
        let mut profiles = Vec::with_capacity(BUILTIN_PROFILES.len());
        for (name, text) in BUILTIN_PROFILES {
            profiles.push(Profile::from_json(
                text,
                &format!("<built-in {name}>"),
                &catalogue,
            )?);
        }
        let origins = vec![Origin::Builtin; profiles.len()];
        Ok(Library {
            catalogue,
            profiles,
            origins,
            warnings: Vec::new(),
        })
    }

    /// Built-ins plus the custom files of `config_dir`. A file with `items` is
    /// a catalogue extension (new items, or replacements by id); any other is a
    /// profile, added or replacing the built-in one with the same id. A broken
    /// file, or a second custom profile with an id already used by another
    /// custom file, is reported in `warnings` and skipped.
    pub fn load(config_dir: Option<&Path>) -> Result<Library> {
        let mut library = Library::builtin()?;
        let Some(dir) = config_dir else {
            return Ok(library);
        };
        let files = store::json_files(dir);
        let mut profile_files = Vec::new();
        for path in files {
            let text = match store::read_text(&path) {
                Ok(text) => text,
                Err(e) => {
                    library.warnings.push(e);
                    continue;
                }
            };
            if looks_like_catalogue(&text) {
                if let Err(e) = library.extend_catalogue(&text, &path) {
                    library.warnings.push(e);
                }
            } else {
                profile_files.push((path, text));
            }
        }
        for (path, text) in profile_files {
            let origin = path.display().to_string();
            match Profile::from_json(&text, &origin, &library.catalogue) {
                Ok(profile) => {
                    // Two custom files with one id: the first (by file name)
                    // is kept and the other reported, never silently dropped.
                    if let Some(Origin::Custom(first)) = library.origin(&profile.id) {
                        library.warnings.push(Error::invalid(
                            origin,
                            "id",
                            format!(
                                "profile \"{}\" is already defined by {}; this file is skipped",
                                profile.id,
                                first.display()
                            ),
                            "give one of the two profiles another id, or remove one file",
                        ));
                        continue;
                    }
                    library.add_profile(profile, Origin::Custom(path))
                }
                Err(e) => library.warnings.push(e),
            }
        }
        Ok(library)
    }

    fn extend_catalogue(&mut self, text: &str, path: &Path) -> Result<()> {
        let origin = path.display().to_string();
        let extra: CatalogueFile = crate::json::parse_json(text, &origin)?;
        let mut merged = CatalogueFile {
            schema: crate::json::SCHEMA_VERSION,
            sections: self.catalogue.sections().to_vec(),
            codes: self.catalogue.codes().to_vec(),
            items: self.catalogue.items().to_vec(),
        };
        crate::json::check_version(extra.schema, &origin)?;
        for section in extra.sections {
            match merged.sections.iter_mut().find(|s| s.id == section.id) {
                Some(existing) => *existing = section,
                None => merged.sections.push(section),
            }
        }
        for code in extra.codes {
            match merged.codes.iter_mut().find(|c| c.code == code.code) {
                Some(existing) => *existing = code,
                None => merged.codes.push(code),
            }
        }
        for item in extra.items {
            match merged.items.iter_mut().find(|i| i.id == item.id) {
                Some(existing) => *existing = item,
                None => merged.items.push(item),
            }
        }
        self.catalogue = Catalogue::from_file(merged, &origin)?;
        Ok(())
    }

    fn add_profile(&mut self, profile: Profile, origin: Origin) {
        match self.profiles.iter().position(|p| p.id == profile.id) {
            Some(i) => {
                self.profiles[i] = profile;
                self.origins[i] = origin;
            }
            None => {
                self.profiles.push(profile);
                self.origins.push(origin);
            }
        }
    }

    pub fn profile(&self, id: &str) -> Result<&Profile> {
        let wanted = id.trim().to_lowercase();
        self.profiles
            .iter()
            .find(|p| p.id.to_lowercase() == wanted)
            .ok_or_else(|| Error::UnknownProfile {
                id: id.to_string(),
                known: self.profiles.iter().map(|p| p.id.to_string()).collect(),
            })
    }

    pub fn origin(&self, id: &str) -> Option<&Origin> {
        let i = self.profiles.iter().position(|p| p.id == id)?;
        self.origins.get(i)
    }
}

/// Cheap check that avoids parsing a file twice: catalogue files have `items`.
fn looks_like_catalogue(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Probe {
        items: Option<serde::de::IgnoredAny>,
    }
    let text = text.strip_prefix(crate::json::BOM).unwrap_or(text);
    serde_json::from_str::<Probe>(text)
        .map(|p| p.items.is_some())
        .unwrap_or(false)
}
