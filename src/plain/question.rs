//! One question as lines: a heading (section, item, "question 12 of 49"),
//! progress in words, the description, each level on its own line, the
//! answer and note already given, and the prompt. No escape sequence, no
//! drawing: every text read from a file is sanitised and kept on its line.

use std::io::{self, Write};

use bilan_core::catalogue::Item;
use bilan_core::text::sanitize;
use bilan_core::{Assessment, Lang, Library};
use bilan_report::l10n::plain::{plain, question_of};
use bilan_report::l10n::{Space, answer_text, colon, ecf, level_zero};

/// Text from a file on one line: sanitised, its line breaks made spaces.
pub fn one_line(text: &str) -> String {
    let clean = sanitize(text);
    let mut line = String::with_capacity(clean.len());
    for word in clean.split(['\n', '\t']) {
        let word = word.trim();
        if word.is_empty() {
            continue;
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    line
}

/// A sentence's first letter in capitals (`niveaux e-CF…` starts a line),
/// but for `e-CF`, which is always written so.
fn capitalised(text: &str) -> String {
    if text.starts_with("e-CF") {
        return text.to_string();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `A.3 Business Plan Development`.
pub fn item_name(item: &Item, lang: Lang) -> String {
    // An e-CF code is read out; a trait's internal id is not (the heading
    // already names its section).
    if bilan_report::l10n::sources::is_ecf_code(&item.id) {
        one_line(&format!("{} {}", item.id, item.title.get(lang)))
    } else {
        one_line(item.title.get(lang))
    }
}

/// A level's text, worded as the walk words it: level 0 for the kind of
/// item and the rater, a level the e-CF does not define marked as bilan's.
fn level_text(item: &Item, level: u8, assessment: &Assessment, lang: Lang) -> String {
    if level == 0 {
        return level_zero(lang, item.kind, assessment.rater).to_string();
    }
    let text = item.level(level).map(|t| t.get(lang)).unwrap_or_default();
    if item.is_extension_level(level) {
        format!("{} {}", ecf::extension_mark(lang), one_line(text))
    } else {
        one_line(text)
    }
}

/// Where a question stands, for its heading.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    /// Catalogue index of the item.
    pub index: usize,
    /// "question `number` of `total`".
    pub number: usize,
    pub total: usize,
}

/// The heading: `e-CF competences, A.3 Business Plan Development, question 1 of 49.`
pub fn heading(out: &mut dyn Write, library: &Library, place: Place, lang: Lang) -> io::Result<()> {
    let Some(item) = library.catalogue.items().get(place.index) else {
        return Ok(());
    };
    let section = library
        .catalogue
        .section(item.section_id())
        .map(|s| one_line(s.title.get(lang)))
        .unwrap_or_default();
    writeln!(
        out,
        "{section}, {}, {}.",
        item_name(item, lang),
        question_of(lang, place.number, place.total)
    )
}

/// The prompt that lists every answer accepted.
pub fn prompt(out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    writeln!(out, "{}", plain(lang).prompt)?;
    out.flush()
}

/// The whole question: heading, progress, description, levels, what is
/// already given (in a coach's session, the candidate's self-rating and
/// note too: `self_rated`), prompt.
pub fn write(
    out: &mut dyn Write,
    library: &Library,
    (assessment, self_rated): (&Assessment, Option<&Assessment>),
    (place, why): (Place, Option<&str>),
    lang: Lang,
) -> io::Result<()> {
    let Some(item) = library.catalogue.items().get(place.index) else {
        return Ok(());
    };
    let w = plain(lang);
    let colon = colon(lang, Space::NoBreak);
    writeln!(out)?;
    heading(out, library, place, lang)?;
    if let Some(why) = why {
        writeln!(out, "{why}.")?;
    }
    let (answered, total) = assessment.progress(&library.catalogue);
    writeln!(
        out,
        "{}{colon} {answered} {} {total}.",
        w.answered_so_far, w.of
    )?;
    if let Some(range) = item.ecf_range() {
        writeln!(out, "{}.", capitalised(&ecf::defined_levels(lang, range)))?;
    }
    writeln!(
        out,
        "{}{colon} {}",
        w.description,
        one_line(item.description.get(lang))
    )?;
    for level in 0..=5u8 {
        writeln!(
            out,
            "{level}{colon} {}",
            level_text(item, level, assessment, lang)
        )?;
    }
    if let Some(answer) = assessment.answer(&item.id) {
        writeln!(
            out,
            "{}{colon} {}.",
            w.current_answer,
            answer_text(answer, lang, false)
        )?;
    }
    if let Some(note) = assessment.note(&item.id) {
        writeln!(out, "{}{colon} {}", w.your_note, one_line(note))?;
    }
    if let Some(other) = self_rated {
        let answer = other.answer(&item.id).map_or_else(
            || plain(lang).not_answered.to_string(),
            |a| answer_text(a, lang, false),
        );
        writeln!(out, "{}{colon} {answer}.", w.self_rating)?;
        if let Some(note) = other.note(&item.id) {
            let label = bilan_report::l10n::coaching(lang).self_note;
            writeln!(out, "{}{colon} {}", capitalised(label), one_line(note))?;
        }
    }
    prompt(out, lang)
}
