//! French typography in every French string a person reads: the French
//! values of `profiles/*.json` (catalogue, profiles, guidance) and every
//! string literal of the words module (`src/l10n`). The rule (issue 12):
//! a no-break space (U+00A0) before `:`, a narrow no-break space (U+202F)
//! before `;`, `?`, `!` and inside `« »`, never an ordinary space, so that
//! a wrapped line never starts with the mark.
//!
//! The words module is read as source: its literals are taken out of the
//! files (tests excluded), so a word added anywhere in it is checked without
//! being listed here.

use std::path::{Path, PathBuf};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// What is wrong with `text`'s spacing, one line per fault. `french` says
/// the whole text is French: a `;`, `?`, `!` or `»` glued to the word
/// before it, or a `«` glued to the next, is then a fault too. (A `:` glued
/// to a word is not: times, links and `{}:` placeholders have one.)
fn faults(text: &str, french: bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut fault = |at: usize, what: &str| {
        let from = at.saturating_sub(25);
        let to = (at + 10).min(chars.len());
        let context: String = chars[from..to].iter().collect();
        out.push(format!("{what}: {context:?}"));
    };
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        match c {
            ':' => {
                if matches!(before, Some(' ' | NNBSP)) {
                    fault(i, "before `:` a no-break space U+00A0 is due");
                }
            }
            // `?` as a key's name (`? help`, `c, ? or q`), not punctuation.
            '?' if before == Some(' ')
                && (after == Some(',')
                    || (after == Some(' ')
                        && chars.get(i + 2).is_some_and(|n| n.is_lowercase()))) => {}
            ';' | '?' | '!' | '»' => match before {
                Some(' ' | NBSP) => {
                    fault(i, "before `; ? ! »` a narrow no-break space U+202F is due")
                }
                Some(b) if french && b != NNBSP && !b.is_whitespace() && glued(b, c) => {
                    fault(i, "no space before `; ? ! »`")
                }
                _ => {}
            },
            '«' => match after {
                Some(' ' | NBSP) => fault(i, "after `«` a narrow no-break space U+202F is due"),
                Some(a) if french && a != NNBSP && !a.is_whitespace() => {
                    fault(i, "no space after `«`")
                }
                _ => {}
            },
            _ => {}
        }
    }
    out
}

/// Whether `mark` after `before` is punctuation glued to a word (a fault in
/// French) rather than a symbol: `«;»` shown as a CSV separator, `(?)`.
fn glued(before: char, mark: char) -> bool {
    before.is_alphanumeric() || (mark != '»' && matches!(before, ')' | '»' | '…' | '.'))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every string under a `fr` key, with its path.
fn french_values(
    value: &serde_json::Value,
    path: &str,
    french: bool,
    out: &mut Vec<(String, String)>,
) {
    match value {
        serde_json::Value::String(s) if french => out.push((path.to_string(), s.clone())),
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                french_values(v, &format!("{path}[{i}]"), french, out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                french_values(v, &format!("{path}.{k}"), french || k == "fr", out);
            }
        }
        _ => {}
    }
}

/// The string literals of a Rust source file outside its tests, escapes
/// resolved (`\u{a0}` is the character), comments skipped.
fn literals(source: &str) -> Vec<String> {
    let source = source.split("#[cfg(test)]").next().unwrap_or(source);
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            // A char literal ('"', '\'', 'a'), not a lifetime.
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            '"' => {
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        match chars[i] {
                            'n' => text.push('\n'),
                            't' => text.push('\t'),
                            'u' => {
                                let end = (i..chars.len()).find(|&j| chars[j] == '}').unwrap_or(i);
                                let hex: String = chars[i + 2..end].iter().collect();
                                let code = u32::from_str_radix(&hex, 16).expect("a \\u{…} escape");
                                text.push(char::from_u32(code).expect("a character"));
                                i = end;
                            }
                            // A continued line: the newline and the next
                            // line's indentation are not in the string.
                            '\n' => {
                                while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                    i += 1;
                                }
                            }
                            other => text.push(other),
                        }
                    } else {
                        text.push(chars[i]);
                    }
                    i += 1;
                }
                out.push(text);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the l10n folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_french_string_of_the_data_has_french_spacing() {
    let mut checked = 0;
    let mut all = Vec::new();
    for name in ["framework", "cm", "cno", "ite", "guidance"] {
        let path = root().join("profiles").join(format!("{name}.json"));
        let text = std::fs::read_to_string(&path).expect("a profiles file");
        let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let mut values = Vec::new();
        french_values(&json, "", false, &mut values);
        assert!(!values.is_empty(), "{name}.json has French strings");
        checked += values.len();
        for (at, value) in values {
            all.extend(
                faults(&value, true)
                    .into_iter()
                    .map(|f| format!("{name}.json{at}: {f}")),
            );
        }
    }
    assert!(checked > 1000, "only {checked} French strings found");
    assert!(all.is_empty(), "{} faults:\n{}", all.len(), all.join("\n"));
}

#[test]
fn every_french_word_of_the_program_has_french_spacing() {
    let l10n = root().join("crates/report/src/l10n");
    let mut all = Vec::new();
    let mut checked = 0;
    // fr/ holds French only (but for the English the core's error details
    // are matched against); the other files hold both languages, where
    // only a wrong space is a fault (English has none before `:`).
    let files = rust_files(&l10n.join("fr")).into_iter().map(|p| (p, true));
    let shared = rust_files(&l10n).into_iter().map(|p| (p, false));
    for (path, french_only) in files.chain(shared) {
        let french = french_only && !path.ends_with("error_details.rs");
        let source = std::fs::read_to_string(&path).expect("a source file");
        for literal in literals(&source) {
            checked += 1;
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            all.extend(
                faults(&literal, french)
                    .into_iter()
                    .map(|f| format!("{name}: {f}")),
            );
        }
    }
    assert!(checked > 500, "only {checked} literals found");
    assert!(all.is_empty(), "{} faults:\n{}", all.len(), all.join("\n"));
}

#[test]
fn the_check_finds_what_it_should() {
    assert_eq!(faults("Règle : oui", true).len(), 1);
    assert_eq!(faults("Règle\u{202f}: oui", true).len(), 1);
    assert!(faults("Règle\u{a0}: oui", true).is_empty());
    assert_eq!(faults("oui ; non ? « a »", true).len(), 4);
    assert_eq!(faults("oui\u{a0}; non", true).len(), 1);
    assert_eq!(faults("oui; non?", true).len(), 2);
    assert!(faults("oui\u{202f}; non\u{202f}? «\u{202f}a\u{202f}»", true).is_empty());
    // A time, a link and a placeholder are not punctuation.
    assert!(faults("à 10:30, https://x.org, {}:", true).is_empty());
    // English: only a wrong space.
    assert!(faults("Rule: yes; no?", false).is_empty());
    assert_eq!(
        literals("x(\"a\\u{a0}b\", 'c', '\"'); // \"no\"\n\"d\\\n    e\""),
        vec!["a\u{a0}b".to_string(), "de".to_string()]
    );
}

/// Anglicisms a French professional would not sign, and the gendered forms
/// the French does not use for the person assessed (see `l10n/fr/mod.rs`).
const BANNED: &[&str] = &[
    "sponsor",
    "bad buzz",
    "e-mailing",
    "reporting",
    "newsletter",
    "planning",
    "hotline",
    "business",
    "coaché",
    "coache ",
    "candidat·e",
    "candidat",
    "·e",
    // A count agrees with its noun (`plural`), never "fichier(s)".
    "(s)",
    "(e)",
];

#[test]
fn french_uses_french_words_and_one_convention_for_the_person() {
    let mut all = Vec::new();
    for name in ["framework", "cm", "cno", "ite", "guidance"] {
        let path = root().join("profiles").join(format!("{name}.json"));
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("a file")).expect("JSON");
        let mut values = Vec::new();
        french_values(&json, "", false, &mut values);
        for (at, value) in values {
            let lower = value.to_lowercase();
            for word in BANNED.iter().filter(|w| lower.contains(*w)) {
                all.push(format!("{name}.json{at}: {word:?} in {value:?}"));
            }
            // A descriptor says "en autonomie", not "seul" (masculine).
            if lower
                .split(' ')
                .collect::<Vec<_>>()
                .windows(2)
                .any(|w| w[1].trim_end_matches([',', '.']) == "seul" && w[0] != "un" && w[0] != "à")
            {
                all.push(format!("{name}.json{at}: \"seul\" in {value:?}"));
            }
        }
    }
    for path in rust_files(&root().join("crates/report/src/l10n/fr")) {
        let source = std::fs::read_to_string(&path).expect("a source file");
        let source = source
            .split("#[cfg(test)]")
            .next()
            .unwrap_or(&source)
            .to_string();
        // The core's English details, matched in error_details.rs, are not French.
        let french: Vec<String> = if path.ends_with("error_details.rs") {
            Vec::new()
        } else {
            literals(&source)
        };
        for value in french {
            let lower = value.to_lowercase();
            for word in BANNED.iter().filter(|w| lower.contains(*w)) {
                all.push(format!("{}: {word:?} in {value:?}", path.display()));
            }
        }
    }
    assert!(all.is_empty(), "{} found:\n{}", all.len(), all.join("\n"));
}
