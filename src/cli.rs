//! The command line: every subcommand calls the same domain functions as the
//! TUI. Bare `bilan` opens the TUI.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use bilan_core::{Assessment, Lang, Library, Rater, storage};
use bilan_core::{cohort, compare};
use bilan_report::schema::SchemaKind;
use bilan_report::{self as report, Format};

mod output;

#[derive(Debug, Parser)]
#[command(
    name = "bilan",
    version,
    about = "Competency self-assessment on the e-CF and the CM / CNO / ITE roles, offline.\n\
             Bilan de compétences sur le e-CF et les rôles CM / CNO / ITE, hors ligne.",
    long_about = "Competency self-assessment on the e-CF and the CM / CNO / ITE roles, offline.\n\
                  Bilan de compétences sur le e-CF et les rôles CM / CNO / ITE, hors ligne.\n\n\
                  Without a command, opens the assessment in the terminal (TUI).\n\
                  Sans commande, ouvre le bilan dans le terminal (TUI)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// Language of the output (default: from the locale) / langue de l'affichage (par défaut : celle du système)
    #[arg(long, global = true, value_enum, env = "BILAN_LANG")]
    pub lang: Option<LangArg>,
    /// Folder of custom profiles (*.json) / dossier des profils personnalisés
    #[arg(long, global = true, value_name = "DIR", env = storage::CONFIG_DIR_ENV)]
    pub config_dir: Option<PathBuf>,
    /// Folder where assessments are saved / dossier où les bilans sont enregistrés
    #[arg(long, global = true, value_name = "DIR", env = storage::DATA_DIR_ENV)]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

impl From<LangArg> for Lang {
    fn from(value: LangArg) -> Lang {
        match value {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Role profiles: list, show, validate / profils de poste : lister, afficher, valider
    #[command(subcommand)]
    Profiles(ProfilesCommand),
    /// Rank the profiles for an assessment file / classer les profils pour un bilan
    Match {
        /// The assessment file (JSON) / le fichier du bilan
        file: PathBuf,
        /// Print JSON for scripts / sortie JSON pour les scripts
        #[arg(long)]
        json: bool,
        /// Show the detail of this profile only / détailler ce seul profil
        #[arg(long, value_name = "ID")]
        profile: Option<String>,
    },
    /// Write the report of an assessment (HTML, Markdown, CSV, JSON) / rapport d'un bilan
    Report {
        /// The assessment file (JSON) / le fichier du bilan
        file: PathBuf,
        /// Output format (default: from OUT's extension, else Markdown) / format de sortie
        #[arg(long, short, value_enum)]
        format: Option<FormatArg>,
        /// Write to this file instead of the standard output / écrire dans ce fichier
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Detail only this profile, and plan for it / ne détailler que ce profil
        #[arg(long, value_name = "ID")]
        profile: Option<String>,
        /// CSV field separator, e.g. ';' for French spreadsheets / séparateur CSV (« ; » pour les tableurs français)
        #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
        delimiter: u8,
        /// Compare with the other rater's assessment of the same person (default: the one saved next to FILE) / comparer avec l'autre évaluation de la même personne (par défaut : celle enregistrée à côté de FILE)
        #[arg(long = "with", value_name = "OTHER")]
        with: Option<PathBuf>,
        /// Leave out the comparison with the other rater's assessment, found or given with --with / ne pas inclure la comparaison avec l'autre évaluation, trouvée ou donnée par --with
        #[arg(long)]
        no_compare: bool,
    },
    /// The development plan: gaps to the best (or given) profile, with goals and actions / plan de développement
    Plan {
        /// The assessment file (JSON) / le fichier du bilan
        file: PathBuf,
        /// Target profile (default: the best match) / profil visé (par défaut : le plus proche)
        #[arg(long, value_name = "ID")]
        profile: Option<String>,
        /// Output format / format de sortie
        #[arg(long, short, value_enum)]
        format: Option<DocFormatArg>,
        /// Write to this file / écrire dans ce fichier
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// A coach's interview guide for a profile / guide d'entretien pour un profil
    Guide {
        /// The profile (cm, cno, ite, or a custom one) / le profil
        #[arg(long, value_name = "ID")]
        profile: String,
        /// Output format / format de sortie
        #[arg(long, short, value_enum)]
        format: Option<DocFormatArg>,
        /// Write to this file / écrire dans ce fichier
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Self-rating vs coach's rating of one person, item by item / auto-évaluation face au coach
    Compare {
        /// The person's self-assessment / l'auto-évaluation
        self_file: PathBuf,
        /// The coach's assessment of the same person / l'évaluation du coach
        coach_file: PathBuf,
        /// Output format / format de sortie
        #[arg(long, short, value_enum, default_value = "text")]
        format: TextFormatArg,
        /// Write to this file / écrire dans ce fichier
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// What rose and fell between two assessments of one person / progrès entre deux bilans
    Diff {
        /// The earlier assessment / le bilan le plus ancien
        old: PathBuf,
        /// The later assessment / le plus récent
        new: PathBuf,
        /// Output format / format de sortie
        #[arg(long, short, value_enum, default_value = "text")]
        format: TextFormatArg,
        /// Write to this file / écrire dans ce fichier
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Gaps of a group against one profile, to plan training / écarts d'un groupe face à un profil
    Cohort {
        /// Assessment files or folders (searched recursively) / fichiers ou dossiers de bilans
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// The target profile / le profil visé
        #[arg(long, value_name = "ID")]
        profile: String,
        /// Output format / format de sortie
        #[arg(long, short, value_enum, default_value = "table")]
        format: CohortFormatArg,
        /// Write to this file / écrire dans ce fichier
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// CSV field separator / séparateur CSV
        #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
        delimiter: u8,
        /// Explore the analysis in the terminal UI (heatmap, priorities) / explorer l'analyse dans l'interface
        #[arg(long, conflicts_with_all = ["output", "format"])]
        tui: bool,
    },
    /// Print the JSON Schema of profiles, assessments or the catalogue / schéma JSON
    Schema {
        /// Which format (default: all three) / quel format (par défaut : les trois)
        #[arg(value_enum)]
        kind: Option<SchemaArg>,
    },
    /// Start a new assessment in the TUI / commencer un nouveau bilan
    New {
        /// The person assessed / la personne évaluée
        #[arg(long)]
        name: String,
        /// Rate as a coach rather than self-rating / évaluer en tant que coach
        #[arg(long)]
        coach: bool,
    },
    /// Resume a saved assessment in the TUI / reprendre un bilan enregistré
    Resume {
        /// The person's name (or the file's path) / le nom de la personne (ou le chemin du fichier)
        name: String,
        /// The coach's assessment of that person / le bilan fait par le coach
        #[arg(long)]
        coach: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProfilesCommand {
    /// List the profiles in use / lister les profils
    List,
    /// Show one profile as a job sheet / afficher un profil (fiche de poste)
    Show {
        /// Profile id (cm, cno, ite, or a custom one) / identifiant du profil
        id: String,
        /// Print the profile's JSON / afficher le JSON du profil
        #[arg(long)]
        json: bool,
        /// As a job sheet to publish: md or html / en fiche de poste : md ou html
        #[arg(long, short, value_enum, conflicts_with = "json")]
        format: Option<DocFormatArg>,
        /// Write to this file / écrire dans ce fichier
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Check a profile or catalogue file / vérifier un fichier de profil ou de catalogue
    Validate {
        /// The file to check / le fichier à vérifier
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Html,
    #[value(alias = "markdown")]
    Md,
    Csv,
    Json,
}

impl From<FormatArg> for Format {
    fn from(value: FormatArg) -> Format {
        match value {
            FormatArg::Html => Format::Html,
            FormatArg::Md => Format::Markdown,
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
        }
    }
}

/// Formats of the plan, guide and job sheet documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormatArg {
    Html,
    #[value(alias = "markdown")]
    Md,
}

/// Formats of `compare` and `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextFormatArg {
    Text,
    #[value(alias = "markdown")]
    Md,
    Json,
}

/// Formats of `cohort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CohortFormatArg {
    Table,
    Csv,
    Json,
    #[value(alias = "markdown")]
    Md,
    Html,
}

/// `,` `;` `tab` or any one ASCII character.
fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if text.len() == 1 && text.is_ascii() && text != "\"" => Ok(text.as_bytes()[0]),
        _ => Err(format!(
            "`{text}` is not a single ASCII character; use for example `,`, `;` or `tab`"
        )),
    }
}

/// The format `-o OUT` implies by its extension.
fn format_of_path(path: &Path) -> Option<FormatArg> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "html" | "htm" => Some(FormatArg::Html),
        "md" | "markdown" => Some(FormatArg::Md),
        "csv" => Some(FormatArg::Csv),
        "json" => Some(FormatArg::Json),
        _ => None,
    }
}

fn doc_format(format: Option<DocFormatArg>, output: Option<&Path>) -> DocFormatArg {
    format
        .or_else(|| match output.and_then(format_of_path) {
            Some(FormatArg::Html) => Some(DocFormatArg::Html),
            _ => None,
        })
        .unwrap_or(DocFormatArg::Md)
}

/// Writes `text` to `output` atomically (user-only, temp file then rename),
/// or to the standard output.
fn emit(out: &mut impl Write, output: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            storage::write_atomic(path, text.as_bytes())?;
            eprintln!("bilan: wrote {}", path.display());
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SchemaArg {
    Profile,
    Assessment,
    Catalogue,
    Report,
}

impl From<SchemaArg> for SchemaKind {
    fn from(value: SchemaArg) -> SchemaKind {
        match value {
            SchemaArg::Profile => SchemaKind::Profile,
            SchemaArg::Assessment => SchemaKind::Assessment,
            SchemaArg::Catalogue => SchemaKind::Catalogue,
            SchemaArg::Report => SchemaKind::Report,
        }
    }
}

/// Entry point of the binary.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.global.lang();
    match execute(cli) {
        Ok(code) => code,
        // A reader that stops early (`bilan match f.json | head`) is not an error.
        Err(err)
            if err
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "bilan: {}", output::error(&err, lang));
            ExitCode::FAILURE
        }
    }
}

impl GlobalArgs {
    pub fn lang(&self) -> Lang {
        self.lang.map(Lang::from).unwrap_or_else(Lang::detect)
    }

    pub fn config_dir(&self) -> Option<PathBuf> {
        self.config_dir.clone().or_else(storage::default_config_dir)
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data_dir
            .clone()
            .unwrap_or_else(storage::default_data_dir)
    }

    /// What the TUI needs to know of the flags.
    pub fn settings(&self) -> crate::settings::Settings {
        crate::settings::Settings {
            data_dir: self.data_dir(),
            config_dir: self.config_dir(),
            lang: self.lang(),
        }
    }

    /// Loads the library, reporting skipped custom files on stderr.
    pub fn library(&self) -> anyhow::Result<Library> {
        let library = Library::load(self.config_dir().as_deref())?;
        for warning in &library.warnings {
            let warning = bilan_report::l10n::error(warning, self.lang());
            eprintln!("bilan: warning: skipped: {warning}");
        }
        Ok(library)
    }
}

fn execute(cli: Cli) -> anyhow::Result<ExitCode> {
    let global = cli.global;
    let lang = global.lang();
    let mut out = std::io::stdout().lock();
    match cli.command {
        None => crate::tui::run(&global.settings(), crate::tui::Start::Home),
        Some(Command::New { name, coach }) => {
            let rater = if coach {
                Rater::Coach
            } else {
                Rater::SelfRated
            };
            crate::tui::run(&global.settings(), crate::tui::Start::New { name, rater })
        }
        Some(Command::Resume { name, coach }) => {
            let rater = if coach {
                Rater::Coach
            } else {
                Rater::SelfRated
            };
            let path = resolve_assessment(&global.data_dir(), &name, rater)?;
            crate::tui::run(&global.settings(), crate::tui::Start::Resume(path))
        }
        Some(Command::Profiles(ProfilesCommand::List)) => {
            let library = global.library()?;
            output::profiles_list(&mut out, &library, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Profiles(ProfilesCommand::Show {
            id,
            json,
            format,
            output,
        })) => {
            let library = global.library()?;
            let profile = library.profile(&id)?;
            let text = if json {
                report::to_json(profile)
            } else if format.is_some() || output.is_some() {
                let sheet = report::job_sheet(&library.catalogue, profile, lang);
                match doc_format(format, output.as_deref()) {
                    DocFormatArg::Html => report::html::job_sheet(&sheet),
                    DocFormatArg::Md => report::markdown::job_sheet(&sheet),
                }
            } else {
                output::profile_sheet(&mut out, &library, profile, lang)?;
                return Ok(ExitCode::SUCCESS);
            };
            emit(&mut out, output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Report {
            file,
            format,
            output,
            profile,
            delimiter,
            with,
            no_compare,
        }) => {
            let library = global.library()?;
            let assessment = load_for_report(&library, &file)?;
            let other = if no_compare {
                None
            } else {
                other_for_report(&library, &file, &assessment, with.as_deref())?
            };
            let format = format
                .or_else(|| output.as_deref().and_then(format_of_path))
                .unwrap_or(FormatArg::Md);
            let options = report::Options {
                lang,
                profile: profile.as_deref(),
                generated: &bilan_core::Timestamp::now(),
                other: other.as_ref(),
            };
            let text = report::render(&library, &assessment, options, format.into(), delimiter)?;
            emit(&mut out, output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Plan {
            file,
            profile,
            format,
            output,
        }) => {
            let library = global.library()?;
            let assessment = load_for_report(&library, &file)?;
            let plan = report::build_plan(&library, &assessment, profile.as_deref(), lang)?;
            let text = match doc_format(format, output.as_deref()) {
                DocFormatArg::Html => report::html::plan(&plan, lang),
                DocFormatArg::Md => report::markdown::plan(&plan, lang),
            };
            emit(&mut out, output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Guide {
            profile,
            format,
            output,
        }) => {
            let library = global.library()?;
            let guide = report::build_guide(&library, library.profile(&profile)?, lang);
            let text = match doc_format(format, output.as_deref()) {
                DocFormatArg::Html => report::html::guide(&guide),
                DocFormatArg::Md => report::markdown::guide(&guide),
            };
            emit(&mut out, output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Profiles(ProfilesCommand::Validate { file })) => {
            let library = global.library()?;
            output::validate(&mut out, &library, &file, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Match {
            file,
            json,
            profile,
        }) => {
            let library = global.library()?;
            let assessment = storage::load_assessment(&file)?;
            if let Some(id) = &profile {
                library.profile(id)?;
            }
            for unknown in assessment.unknown_items(&library.catalogue) {
                eprintln!(
                    "bilan: warning: {}: score for unknown item `{unknown}` ignored",
                    file.display()
                );
            }
            if json {
                output::match_json(&mut out, &library, &assessment)?;
            } else {
                output::match_text(&mut out, &library, &assessment, profile.as_deref(), lang)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Compare {
            self_file,
            coach_file,
            format,
            output,
        }) => {
            let library = global.library()?;
            let self_rated = load_for_report(&library, &self_file)?;
            let coach = load_for_report(&library, &coach_file)?;
            if self_rated.rater == Rater::Coach && coach.rater == Rater::SelfRated {
                eprintln!(
                    "bilan: warning: {} is a coach's rating and {} a self-rating; give the self-rating first",
                    self_file.display(),
                    coach_file.display()
                );
            }
            // In either order: the pair puts the self-rating first.
            let pair = compare::RatingPair::new(&self_rated, &coach)?;
            let comparison = compare::compare(&library, pair);
            let text = match format {
                TextFormatArg::Text => report::coaching::comparison_text(&comparison, lang),
                TextFormatArg::Md => report::coaching::comparison_markdown(&comparison, lang),
                TextFormatArg::Json => report::to_json(&comparison),
            };
            emit(&mut out, output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Diff {
            old,
            new,
            format,
            output,
        }) => {
            let library = global.library()?;
            let before = load_for_report(&library, &old)?;
            let after = load_for_report(&library, &new)?;
            let progress = compare::diff(&library, &before, &after)?;
            let text = match format {
                TextFormatArg::Text => report::coaching::progress_text(&progress, lang),
                TextFormatArg::Md => report::coaching::progress_markdown(&progress, lang),
                TextFormatArg::Json => report::to_json(&progress),
            };
            emit(&mut out, output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Cohort {
            paths,
            profile,
            format,
            output,
            delimiter,
            tui,
        }) => {
            let library = global.library()?;
            let target = library.profile(&profile)?;
            for path in &paths {
                if !path.exists() {
                    anyhow::bail!(
                        "{}: no such file or folder. Give assessment files or folders that hold them.",
                        path.display()
                    );
                }
            }
            if tui {
                return crate::tui::run(
                    &global.settings(),
                    crate::tui::Start::Cohort { paths, profile },
                );
            }
            let cohort = cohort::analyse(&library, target, paths);
            let text = match format {
                CohortFormatArg::Table => report::coaching::cohort_table(&cohort, lang),
                CohortFormatArg::Csv => report::coaching::cohort_csv(&cohort, lang, delimiter)?,
                CohortFormatArg::Json => report::to_json(&cohort),
                CohortFormatArg::Md => report::coaching::cohort_markdown(&cohort, lang),
                CohortFormatArg::Html => report::coaching::cohort_html(&cohort, lang),
            };
            emit(&mut out, output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Schema { kind }) => {
            match kind {
                Some(kind) => write!(out, "{}", SchemaKind::from(kind).generate())?,
                None => {
                    let all: serde_json::Map<String, serde_json::Value> = SchemaKind::ALL
                        .iter()
                        .map(|k| {
                            let value = serde_json::from_str(&k.generate())
                                .unwrap_or(serde_json::Value::Null);
                            (k.name().to_string(), value)
                        })
                        .collect();
                    writeln!(out, "{}", serde_json::to_string_pretty(&all)?)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Loads an assessment, warning about scores for items the catalogue lacks.
fn load_for_report(library: &Library, file: &Path) -> anyhow::Result<Assessment> {
    let assessment = storage::load_assessment(file)?;
    warn_unknown_items(library, file, &assessment);
    Ok(assessment)
}

fn warn_unknown_items(library: &Library, file: &Path, assessment: &Assessment) {
    for unknown in assessment.unknown_items(&library.catalogue) {
        eprintln!(
            "bilan: warning: {}: score for unknown item `{unknown}` ignored",
            file.display()
        );
    }
}

/// The other rater's assessment for `bilan report`: the file given with
/// `--with` (which must be the other rater's, of the same person), else the
/// one saved next to `file` under its usual name, said on stderr.
fn other_for_report(
    library: &Library,
    file: &Path,
    assessment: &Assessment,
    with: Option<&Path>,
) -> anyhow::Result<Option<Assessment>> {
    if let Some(path) = with {
        let other = load_for_report(library, path)?;
        report::comparison::check_pair(assessment, &other, &path.display().to_string())?;
        return Ok(Some(other));
    }
    let Some((path, other)) = counterpart(file, assessment) else {
        return Ok(None);
    };
    warn_unknown_items(library, &path, &other);
    let which = match other.rater {
        Rater::SelfRated => "the self-rating",
        Rater::Coach => "the coach's rating",
    };
    eprintln!(
        "bilan: note: included {which} {} for comparison; --no-compare leaves it out",
        path.display()
    );
    Ok(Some(other))
}

/// [`storage::find_counterpart`], also for a bare file name (in the
/// current folder), whose path is then given back without `./`.
fn counterpart(file: &Path, assessment: &Assessment) -> Option<(PathBuf, Assessment)> {
    let bare = file.parent().is_some_and(|p| p.as_os_str().is_empty());
    if !bare {
        return storage::find_counterpart(file, assessment);
    }
    let (path, other) = storage::find_counterpart(&Path::new(".").join(file), assessment)?;
    let path = path
        .strip_prefix(".")
        .map(Path::to_path_buf)
        .unwrap_or(path);
    Some((path, other))
}

/// `bilan resume NAME`: a path if it is one, else the saved file for that
/// person and rater.
fn resolve_assessment(data_dir: &Path, name: &str, rater: Rater) -> anyhow::Result<PathBuf> {
    let as_path = Path::new(name);
    if as_path.extension().is_some_and(|x| x == "json") && as_path.is_file() {
        return Ok(as_path.to_path_buf());
    }
    let path = storage::assessment_path(data_dir, name, rater);
    if path.is_file() {
        return Ok(path);
    }
    anyhow::bail!(
        "no saved {} assessment for `{name}` in {}. Start one with `bilan new --name \"{name}\"{}`, or run `bilan` to see the saved ones.",
        rater.code(),
        data_dir.display(),
        if rater == Rater::Coach {
            " --coach"
        } else {
            ""
        }
    )
}
