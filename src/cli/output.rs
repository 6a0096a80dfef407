//! Plain-text and JSON output of the CLI subcommands.

use std::io::Write;
use std::path::Path;

use bilan_core::text::escape;
use bilan_core::{Importance, Lang, Library, Profile, store};
use bilan_report::l10n::{Space, colon, requirement_counts, strings};
use bilan_report::sheet::{self, LineKind};

type Out<'a> = dyn Write + 'a;

/// `err` as anyhow's `{:#}` writes it (each cause after `: `), with bilan's
/// own errors in `lang`.
pub fn error(err: &anyhow::Error, lang: Lang) -> String {
    let causes: Vec<String> = err
        .chain()
        .map(|cause| match cause.downcast_ref::<bilan_core::Error>() {
            Some(own) => bilan_report::l10n::error(own, lang),
            None => cause.to_string(),
        })
        .collect();
    causes.join(": ")
}

pub fn profiles_list(out: &mut Out, library: &Library, lang: Lang) -> anyhow::Result<()> {
    let s = strings(lang);
    let colon = colon(lang, Space::Plain);
    for profile in &library.profiles {
        let core = count(profile, Importance::Core);
        let secondary = count(profile, Importance::Secondary);
        let origin = match library.origin(&profile.id) {
            Some(bilan_core::library::Origin::Custom(path)) => format!(
                "  [{}{} {}]",
                s.custom,
                colon,
                escape(&path.display().to_string())
            ),
            _ => String::new(),
        };
        writeln!(
            out,
            "{:<5} {}  ({} {}{colon} {}){origin}",
            profile.id,
            profile.name.get(lang),
            profile.requirements.len(),
            s.requirements_word,
            requirement_counts(lang, core, secondary),
        )?;
        if !profile.aliases.is_empty() {
            writeln!(
                out,
                "      {}{colon} {}",
                s.aliases,
                profile.aliases.join(" · ")
            )?;
        }
    }
    Ok(())
}

fn count(profile: &Profile, importance: Importance) -> usize {
    profile
        .requirements
        .iter()
        .filter(|r| r.importance == importance)
        .count()
}

pub fn profile_sheet(
    out: &mut Out,
    library: &Library,
    profile: &Profile,
    lang: Lang,
) -> anyhow::Result<()> {
    for line in sheet::job_sheet(&library.catalogue, profile, lang) {
        let indent = match line.kind {
            LineKind::Title | LineKind::Heading | LineKind::Blank => "",
            LineKind::Subheading | LineKind::Text => "  ",
            LineKind::Duty(_) | LineKind::Requirement(_) => "    ",
        };
        writeln!(out, "{indent}{}", line.text)?;
    }
    Ok(())
}

pub fn validate(out: &mut Out, library: &Library, file: &Path, lang: Lang) -> anyhow::Result<()> {
    let s = strings(lang);
    let colon = colon(lang, Space::Plain);
    let text = store::read_text(file)?;
    let origin = file.display().to_string();
    let shown = escape(&origin);
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or(serde_json::Value::Null);
    if value.get("items").is_some() {
        let catalogue = bilan_core::Catalogue::from_json(&text, &origin)?;
        writeln!(
            out,
            "{}{colon} {} ({} {})",
            shown,
            s.valid_catalogue,
            catalogue.len(),
            s.items
        )?;
        return Ok(());
    }
    let profile = Profile::from_json(&text, &origin, &library.catalogue)?;
    writeln!(
        out,
        "{}{colon} {} `{}` — {} {} ({})",
        shown,
        s.valid_profile,
        profile.id,
        profile.requirements.len(),
        s.requirements_word,
        requirement_counts(
            lang,
            count(&profile, Importance::Core),
            count(&profile, Importance::Secondary)
        )
    )?;
    Ok(())
}
