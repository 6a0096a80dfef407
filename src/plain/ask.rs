//! The question loop of the plain mode: ask, read one line, save, move on.
//! Which question comes next is an [`Order`]'s to say, so the full walk and
//! a quick orientation share the loop (and its prompt, answers and saving).

use std::io::{BufRead, Read, Write};

use bilan_core::{Answer, Assessment, Lang, Library};
use bilan_report::l10n::plain::plain;
use bilan_report::l10n::{Space, answer_text, colon};

use super::file::PlainFile;
use super::question::{self, Place, item_name, one_line};

/// Which question comes when: the walk's order, or a quick orientation's.
pub trait Order {
    /// The question to ask first (a catalogue index); `None`: nothing to ask.
    fn first(&mut self, assessment: &Assessment) -> Option<usize>;
    /// The question after `current`, now answered or skipped; `None`: done.
    fn next(&mut self, assessment: &Assessment, current: usize) -> Option<usize>;
    /// The question `b` goes back to from `current` when none was asked
    /// before it in this run.
    fn before(&self, current: usize) -> Option<usize>;
    /// "question `number` of `total`" for `current`.
    fn number(&self, assessment: &Assessment, current: usize) -> (usize, usize);
    /// Why `current` is asked, said under its heading (the quick
    /// orientation's reason); `None` for the walk.
    fn why(&self, _assessment: &Assessment, _current: usize) -> Option<String> {
        None
    }
}

/// The full walk: every item in catalogue order, from where the person
/// stopped (the saved position, else the first unanswered item, as the TUI
/// resumes).
pub struct Walk {
    pub len: usize,
}

impl Walk {
    /// The question a session resumes at, as the TUI opens a session.
    pub fn resume_point(library: &Library, assessment: &Assessment) -> usize {
        let catalogue = &library.catalogue;
        assessment
            .position
            .as_deref()
            .and_then(|id| catalogue.index_of(id))
            .or_else(|| {
                catalogue
                    .items()
                    .iter()
                    .position(|i| !assessment.scores.contains_key(i.id.as_str()))
            })
            .unwrap_or(0)
    }
}

/// The walk from a given point.
pub struct WalkFrom {
    pub walk: Walk,
    pub start: usize,
}

impl Order for WalkFrom {
    fn first(&mut self, _: &Assessment) -> Option<usize> {
        (self.start < self.walk.len).then_some(self.start)
    }
    fn next(&mut self, _: &Assessment, current: usize) -> Option<usize> {
        (current + 1 < self.walk.len).then_some(current + 1)
    }
    fn before(&self, current: usize) -> Option<usize> {
        current.checked_sub(1)
    }
    fn number(&self, _: &Assessment, current: usize) -> (usize, usize) {
        (current + 1, self.walk.len)
    }
}

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The order had no question left.
    Finished,
    /// `q`.
    Quit,
    /// The input ended.
    EndOfInput,
    /// Too many answers in a row were not understood (`yes | bilan …`).
    NotUnderstood,
}

/// After this many answers not understood in a row, the loop stops.
const BAD_IN_A_ROW: usize = 25;

/// The longest line read; the rest of a longer one is skipped.
const LINE_LIMIT: u64 = 64 * 1024;

/// One line of input without its line break; `None` at the end of input.
pub fn read_line(input: &mut dyn BufRead) -> Option<String> {
    let mut buf = Vec::new();
    match Read::take(&mut *input, LINE_LIMIT).read_until(b'\n', &mut buf) {
        Ok(0) | Err(_) => return None,
        Ok(_) => {}
    }
    if buf.last() != Some(&b'\n') && buf.len() as u64 == LINE_LIMIT {
        let mut rest = Vec::new();
        while let Ok(n) = Read::take(&mut *input, LINE_LIMIT).read_until(b'\n', &mut rest) {
            if n == 0 || rest.last() == Some(&b'\n') {
                break;
            }
            rest.clear();
        }
    }
    let text = String::from_utf8_lossy(&buf);
    Some(text.trim_end_matches(['\n', '\r']).to_string())
}

/// What a line means.
#[derive(Debug, PartialEq, Eq)]
enum Reply {
    Give(Answer),
    /// An empty line: keeps an answer already given.
    Keep,
    Back,
    Skip,
    Note(Option<String>),
    Help,
    /// `r`: the whole question again.
    Repeat,
    Quit,
    Unknown,
}

fn parse(line: &str) -> Reply {
    let text = line.trim();
    match text.to_lowercase().as_str() {
        "" => Reply::Keep,
        "n" => Reply::Give(Answer::NotApplicable),
        "b" => Reply::Back,
        "s" => Reply::Skip,
        "c" => Reply::Note(None),
        "?" | "h" => Reply::Help,
        "r" => Reply::Repeat,
        "q" => Reply::Quit,
        digit if digit.len() == 1 && ("0"..="5").contains(&digit) => {
            Reply::Give(Answer::Level(digit.as_bytes()[0] - b'0'))
        }
        // `c my note`: the note on the same line.
        _ => match text.strip_prefix("c ").or_else(|| text.strip_prefix("C ")) {
            Some(note) => Reply::Note(Some(note.to_string())),
            None => Reply::Unknown,
        },
    }
}

/// Where the loop reads and writes.
pub struct Asker<'a> {
    pub library: &'a Library,
    pub lang: Lang,
    /// In a coach's session, the candidate's self-assessment, shown beside
    /// each question.
    pub self_rated: Option<&'a Assessment>,
    pub input: &'a mut dyn BufRead,
    pub out: &'a mut dyn Write,
}

impl Asker<'_> {
    fn place(&self, order: &dyn Order, file: &PlainFile, index: usize) -> Place {
        let (number, total) = order.number(&file.assessment, index);
        Place {
            index,
            number,
            total,
        }
    }

    /// Saves, saying so when the file had changed on disk meanwhile.
    fn save(&mut self, file: &mut PlainFile) -> anyhow::Result<()> {
        if file.save()? {
            writeln!(self.out, "{}", plain(self.lang).merged)?;
        }
        Ok(())
    }

    /// Asks questions in `order` until it has none left, the person quits,
    /// or the input ends; every answer and note is saved at once.
    pub fn ask(&mut self, file: &mut PlainFile, order: &mut dyn Order) -> anyhow::Result<Ended> {
        let w = plain(self.lang);
        let colon = colon(self.lang, Space::NoBreak);
        let items = self.library.catalogue.items();
        let mut asked: Vec<usize> = Vec::new();
        let Some(mut current) = order.first(&file.assessment) else {
            return Ok(Ended::Finished);
        };
        let mut whole = true;
        let mut bad = 0;
        loop {
            let Some(item) = items.get(current) else {
                return Ok(Ended::Finished);
            };
            let place = self.place(order, file, current);
            if whole {
                let why = order.why(&file.assessment, current);
                question::write(
                    self.out,
                    self.library,
                    (&file.assessment, self.self_rated),
                    (place, why.as_deref()),
                    self.lang,
                )?;
            } else {
                question::heading(self.out, self.library, place, self.lang)?;
                question::prompt(self.out, self.lang)?;
            }
            whole = false;
            let Some(line) = read_line(self.input) else {
                return Ok(Ended::EndOfInput);
            };
            let mut reply = parse(&line);
            if reply == Reply::Keep && file.assessment.answer(&item.id).is_none() {
                reply = Reply::Unknown;
            }
            if reply != Reply::Unknown {
                bad = 0;
            }
            let id = item.id.to_string();
            match reply {
                Reply::Give(answer) => {
                    file.assessment.set_answer(&id, Some(answer));
                    let next = order.next(&file.assessment, current);
                    self.set_position(file, next);
                    self.save(file)?;
                    writeln!(
                        self.out,
                        "{}{colon} {}, {}.",
                        w.saved,
                        item_name(item, self.lang),
                        answer_text(answer, self.lang, false)
                    )?;
                    asked.push(current);
                    match next {
                        Some(next) => current = next,
                        None => return Ok(Ended::Finished),
                    }
                    whole = true;
                }
                Reply::Keep | Reply::Skip => {
                    if reply == Reply::Skip {
                        writeln!(
                            self.out,
                            "{}{colon} {}.",
                            w.skipped,
                            item_name(item, self.lang)
                        )?;
                    }
                    let next = order.next(&file.assessment, current);
                    self.set_position(file, next);
                    if file.exists() {
                        self.save(file)?;
                    }
                    asked.push(current);
                    match next {
                        Some(next) => current = next,
                        None => return Ok(Ended::Finished),
                    }
                    whole = true;
                }
                Reply::Back => match asked.pop().or_else(|| order.before(current)) {
                    Some(previous) => {
                        current = previous;
                        self.set_position(file, Some(previous));
                        if file.exists() {
                            self.save(file)?;
                        }
                        whole = true;
                    }
                    None => writeln!(self.out, "{}", w.first_already)?,
                },
                Reply::Note(text) => {
                    let text = match text {
                        Some(text) => Some(text),
                        None => {
                            writeln!(self.out, "{}", w.note_prompt)?;
                            self.out.flush()?;
                            read_line(self.input)
                        }
                    };
                    let Some(text) = text else {
                        return Ok(Ended::EndOfInput);
                    };
                    self.note(file, &id, text.trim())?;
                }
                // The help, then the heading and the prompt (the levels
                // were just read; they would push the help out of sight).
                Reply::Help => {
                    for line in w.help {
                        writeln!(self.out, "{line}")?;
                    }
                }
                Reply::Repeat => whole = true,
                Reply::Quit => return Ok(Ended::Quit),
                Reply::Unknown => {
                    bad += 1;
                    if bad >= BAD_IN_A_ROW {
                        return Ok(Ended::NotUnderstood);
                    }
                    let shown = one_line(&line);
                    let shown: String = shown.chars().take(40).collect();
                    let shown = match self.lang {
                        _ if shown.is_empty() => String::new(),
                        Lang::Fr => format!("{colon} «\u{a0}{shown}\u{a0}»"),
                        Lang::En => format!("{colon} \"{shown}\""),
                    };
                    writeln!(self.out, "{}{shown}{}", w.not_understood, w.hint)?;
                }
            }
        }
    }

    /// The walk's position, saved for resume: the next question, or at the
    /// end the first one left unanswered (resume asks it again).
    fn set_position(&self, file: &mut PlainFile, next: Option<usize>) {
        let items = self.library.catalogue.items();
        let next = next.or_else(|| {
            items
                .iter()
                .position(|i| !file.assessment.scores.contains_key(i.id.as_str()))
        });
        if let Some(item) = next.and_then(|i| items.get(i)) {
            file.assessment.position = Some(item.id.to_string());
        }
    }

    /// `c`: the note typed is the item's note (`-` removes it, an empty
    /// line keeps it), saved at once.
    fn note(&mut self, file: &mut PlainFile, id: &str, text: &str) -> anyhow::Result<()> {
        let w = plain(self.lang);
        let colon = colon(self.lang, Space::NoBreak);
        let before = file.assessment.note(id).map(str::to_string);
        let (now, said) = match text {
            "" => (before.clone(), w.note_unchanged.to_string()),
            "-" => (None, format!("{}{colon} {id}.", w.note_removed)),
            text => (
                Some(text.to_string()),
                format!("{}{colon} {id}.", w.note_saved),
            ),
        };
        if now != before {
            file.assessment.set_note(id, now.as_deref().unwrap_or(""));
            self.save(file)?;
        }
        writeln!(self.out, "{said}")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_as_the_prompt_lists_them() {
        assert_eq!(parse(" 3 "), Reply::Give(Answer::Level(3)));
        assert_eq!(parse("0"), Reply::Give(Answer::Level(0)));
        assert_eq!(parse("N"), Reply::Give(Answer::NotApplicable));
        assert_eq!(parse("6"), Reply::Unknown);
        assert_eq!(parse("33"), Reply::Unknown);
        assert_eq!(parse("c"), Reply::Note(None));
        assert_eq!(parse("c two words"), Reply::Note(Some("two words".into())));
        assert_eq!(parse(""), Reply::Keep);
        assert_eq!(parse("?"), Reply::Help);
        assert_eq!(parse("r"), Reply::Repeat);
    }

    #[test]
    fn a_line_is_read_without_its_break_and_the_end_is_none() {
        let mut input: &[u8] = b"3\r\nb\nlast";
        assert_eq!(read_line(&mut input).as_deref(), Some("3"));
        assert_eq!(read_line(&mut input).as_deref(), Some("b"));
        assert_eq!(read_line(&mut input).as_deref(), Some("last"));
        assert_eq!(read_line(&mut input), None);
    }
}
