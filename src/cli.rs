//! The command line: every subcommand calls the same domain functions as the
//! TUI. Bare `bilan` opens the TUI.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::schema::SchemaKind;
use crate::model::{Lang, Library, Rater, storage};

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
    },
    /// Check a profile or catalogue file / vérifier un fichier de profil ou de catalogue
    Validate {
        /// The file to check / le fichier à vérifier
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SchemaArg {
    Profile,
    Assessment,
    Catalogue,
}

impl From<SchemaArg> for SchemaKind {
    fn from(value: SchemaArg) -> SchemaKind {
        match value {
            SchemaArg::Profile => SchemaKind::Profile,
            SchemaArg::Assessment => SchemaKind::Assessment,
            SchemaArg::Catalogue => SchemaKind::Catalogue,
        }
    }
}

/// Entry point of the binary.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
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
            let _ = writeln!(std::io::stderr(), "bilan: {err:#}");
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

    /// Loads the library, reporting skipped custom files on stderr.
    pub fn library(&self) -> anyhow::Result<Library> {
        let library = Library::load(self.config_dir().as_deref())?;
        for warning in &library.warnings {
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
        None => crate::tui::run(&global, crate::tui::Start::Home),
        Some(Command::New { name, coach }) => {
            let rater = if coach {
                Rater::Coach
            } else {
                Rater::SelfRated
            };
            crate::tui::run(&global, crate::tui::Start::New { name, rater })
        }
        Some(Command::Resume { name, coach }) => {
            let rater = if coach {
                Rater::Coach
            } else {
                Rater::SelfRated
            };
            let path = resolve_assessment(&global.data_dir(), &name, rater)?;
            crate::tui::run(&global, crate::tui::Start::Resume(path))
        }
        Some(Command::Profiles(ProfilesCommand::List)) => {
            let library = global.library()?;
            output::profiles_list(&mut out, &library, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Profiles(ProfilesCommand::Show { id, json })) => {
            let library = global.library()?;
            let profile = library.profile(&id)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(profile)?)?;
            } else {
                output::profile_sheet(&mut out, &library, profile, lang)?;
            }
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
