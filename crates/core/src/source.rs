//! The five source documents bilan's data rests on, and the references to
//! them a requirement, duty or item records (`004_ef7d9f38b9b40a81.txt:45`,
//! several separated by `;`, several lines by `,`). Machines keep the file
//! and line; people are shown what the source is (the titles are words, in
//! the report crate's l10n).

/// One of the five seed documents (DESIGN.md, "The data").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Seed {
    /// Seed 000: the CM / CNO / ITE job-profile matrix.
    RoleMatrix,
    /// Seed 001: Forrester's two roles (summary).
    Forrester,
    /// Seed 002: "What is a Community Manager?" (blog, 2009).
    CmBlog,
    /// Seed 003: job sheet "how to recruit a community manager" (2009).
    CmRecruiting,
    /// Seed 004: the e-CF profile "Responsable de Communauté en ligne".
    EcfProfile,
}

impl Seed {
    pub const ALL: [Seed; 5] = [
        Seed::RoleMatrix,
        Seed::Forrester,
        Seed::CmBlog,
        Seed::CmRecruiting,
        Seed::EcfProfile,
    ];

    /// The seed's file name, as the data cites it.
    pub fn file(self) -> &'static str {
        match self {
            Seed::RoleMatrix => "000_776fcb4b9e95a8db.txt",
            Seed::Forrester => "001_b544583779be96b7.txt",
            Seed::CmBlog => "002_ee3142e089224ddf.txt",
            Seed::CmRecruiting => "003_413390f145d1af5b.txt",
            Seed::EcfProfile => "004_ef7d9f38b9b40a81.txt",
        }
    }

    /// The seed a file name cites, if it is one of the five.
    pub fn from_file(file: &str) -> Option<Seed> {
        let file = file.trim();
        Seed::ALL.into_iter().find(|s| s.file() == file)
    }
}

/// One reference: a seed (or any other text a custom profile gives) and
/// the line numbers cited in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    /// The seed cited, when the file is one of the five.
    pub seed: Option<Seed>,
    /// The reference as written, without its line numbers.
    pub file: String,
    /// The line numbers cited, in the order written.
    pub lines: Vec<u32>,
}

/// The references of a `source` field: `"004_….txt:90; 000_….txt:42, 83"`
/// gives two. A text that is not `file:lines` (a custom profile's own
/// reference) is kept whole, with no lines. Empty parts are left out.
pub fn parse(source: &str) -> Vec<SourceRef> {
    source
        .split(';')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            let parsed = part.rsplit_once(':').and_then(|(file, lines)| {
                let lines: Option<Vec<u32>> = lines
                    .split(',')
                    .map(|n| n.trim().parse::<u32>().ok())
                    .collect();
                lines.map(|lines| (file.trim(), lines))
            });
            match parsed {
                Some((file, lines)) => SourceRef {
                    seed: Seed::from_file(file),
                    file: file.to_string(),
                    lines,
                },
                None => SourceRef {
                    seed: Seed::from_file(part),
                    file: part.to_string(),
                    lines: Vec::new(),
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_seeds_lines_and_custom_text() {
        let refs = parse("004_ef7d9f38b9b40a81.txt:90; 000_776fcb4b9e95a8db.txt:42, 83");
        assert_eq!(refs.len(), 2);
        assert_eq!(refs[0].seed, Some(Seed::EcfProfile));
        assert_eq!(refs[0].lines, vec![90]);
        assert_eq!(refs[1].seed, Some(Seed::RoleMatrix));
        assert_eq!(refs[1].lines, vec![42, 83]);
        let custom = parse("Internal grid: v2");
        assert_eq!(custom[0].seed, None);
        assert_eq!(custom[0].file, "Internal grid: v2");
        assert!(custom[0].lines.is_empty());
        assert!(parse("  ").is_empty());
    }

    #[test]
    fn every_seed_file_round_trips() {
        for seed in Seed::ALL {
            assert_eq!(Seed::from_file(seed.file()), Some(seed));
        }
    }
}
