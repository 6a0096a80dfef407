//! Finding a saved assessment from what the user typed: a file's path, or
//! a person's name looked up in the data folder the way `bilan resume`
//! does. Every command taking an assessment FILE goes through here.

use std::path::{Path, PathBuf};

use bilan_core::{Rater, store};

/// The assessment file `given` names: itself when it is a file (or looks
/// like a path, so that reading it says what is wrong), else the saved file
/// of the person of that name. With no `rater`, the self-rating is looked
/// for first, then the coach's rating.
pub fn resolve_assessment(
    data_dir: &Path,
    given: &Path,
    rater: Option<Rater>,
) -> anyhow::Result<PathBuf> {
    if given.is_file() || looks_like_path(given) {
        return Ok(given.to_path_buf());
    }
    let name = given.to_string_lossy();
    let raters = match rater {
        Some(rater) => vec![rater],
        None => vec![Rater::SelfRated, Rater::Coach],
    };
    for rater in &raters {
        match store::find_assessment(data_dir, &name, *rater) {
            store::Lookup::Found(path) => return Ok(path),
            // Their file may be the one that cannot be read: say which and
            // why (line, column, what to do), rather than "nothing saved".
            store::Lookup::Unreadable { error, .. } => return Err(error.into()),
            store::Lookup::New(_) => {}
        }
    }
    let rater = raters.first().copied().unwrap_or_default();
    anyhow::bail!(
        "{}",
        bilan_report::l10n::notices::no_saved_assessment(
            super::io::lang(),
            rater,
            &name,
            &data_dir.display().to_string()
        )
    )
}

/// A `.json` name, or anything with a folder in it, is a path even when
/// no file is there: its reading error is the one to show.
fn looks_like_path(given: &Path) -> bool {
    given
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        || given.components().count() > 1
        || given.exists()
}

#[cfg(test)]
mod tests {
    use super::*;
    use bilan_core::{Assessment, Lang};

    #[test]
    fn a_name_finds_the_saved_file_and_a_path_stays_a_path() {
        let dir = tempfile::tempdir().unwrap();
        let coach = store::assessment_path(dir.path(), "Karim Benali", Rater::Coach);
        store::save_assessment(
            &coach,
            &Assessment::new("Karim Benali", Rater::Coach, Lang::En),
        )
        .unwrap();
        let found = resolve_assessment(dir.path(), Path::new("karim benali"), None).unwrap();
        assert_eq!(found, coach);
        // Asked for the self-rating only: none is saved.
        let err = resolve_assessment(
            dir.path(),
            Path::new("Karim Benali"),
            Some(Rater::SelfRated),
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("no saved self assessment"),
            "{err}"
        );
        // The self-rating comes first once there is one.
        let own = store::assessment_path(dir.path(), "Karim Benali", Rater::SelfRated);
        store::save_assessment(
            &own,
            &Assessment::new("Karim Benali", Rater::SelfRated, Lang::En),
        )
        .unwrap();
        let found = resolve_assessment(dir.path(), Path::new("Karim Benali"), None).unwrap();
        assert_eq!(found, own);
        let missing = Path::new("missing.json");
        assert_eq!(
            resolve_assessment(dir.path(), missing, None).unwrap(),
            missing
        );
    }
}
