//! What the command line accepts: the clap definitions, the global flags
//! and the [`Settings`](crate::settings::Settings) they make for the TUI.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use bilan_core::{Lang, Library, store};
use bilan_report::Format;
use bilan_report::schema::SchemaKind;

#[derive(Debug, Parser)]
#[command(
    name = "bilan",
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
    /// Language of the output (default: from the locale) / langue de l'affichage (par défaut : celle du système)
    #[arg(long, global = true, value_enum, env = "BILAN_LANG")]
    pub lang: Option<LangArg>,
    /// Folder of custom profiles (*.json) / dossier des profils personnalisés
    #[arg(long, global = true, value_name = "DIR", env = store::CONFIG_DIR_ENV)]
    pub config_dir: Option<PathBuf>,
    /// Folder where assessments are saved / dossier où les bilans sont enregistrés
    #[arg(long, global = true, value_name = "DIR", env = store::DATA_DIR_ENV)]
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
    /// Role profiles: list, show, validate / profils de poste : lister, afficher, valider
    #[command(subcommand)]
    Profiles(ProfilesCommand),
    /// Rank the profiles for an assessment file / classer les profils pour un bilan
    Match(MatchArgs),
    /// Write the report of an assessment (HTML, Markdown, CSV, JSON) / rapport d'un bilan
    Report(ReportArgs),
    /// The development plan: gaps to the best (or given) profile, with goals and actions / plan de développement
    Plan(PlanArgs),
    /// A coach's interview guide for a profile / guide d'entretien pour un profil
    Guide(GuideArgs),
    /// Self-rating vs coach's rating of one person, item by item / auto-évaluation face au coach
    Compare(CompareArgs),
    /// What rose and fell between two assessments of one person / progrès entre deux bilans
    Diff(DiffArgs),
    /// Gaps of a group against one profile, to plan training / écarts d'un groupe face à un profil
    Cohort(CohortArgs),
    /// Print the JSON Schema of profiles, assessments or the catalogue / schéma JSON
    Schema(SchemaArgs),
    /// Quick orientation: about a dozen questions in the TUI (--name), or replayed from a file (--answers --json) / orientation rapide
    Quick(QuickArgs),
    /// Start a new assessment in the TUI (or line by line: --plain) / commencer un nouveau bilan
    New(NewArgs),
    /// Resume a saved assessment in the TUI (or line by line: --plain) / reprendre un bilan enregistré
    Resume(ResumeArgs),
    /// Print the shell completion script (profile ids as loaded now) / script de complétion pour le shell
    Completions(CompletionsArgs),
}

#[derive(Debug, Subcommand)]
pub enum ProfilesCommand {
    /// List the profiles in use / lister les profils
    List,
    /// Show one profile as a job sheet / afficher un profil (fiche de poste)
    Show(ShowProfileArgs),
    /// Check a profile or catalogue file / vérifier un fichier de profil ou de catalogue
    Validate(ValidateArgs),
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// The assessment file (JSON), or the person's name as for `resume` / le fichier du bilan, ou le nom de la personne comme pour `resume`
    pub file: PathBuf,
    /// Print JSON for scripts / sortie JSON pour les scripts
    #[arg(long)]
    pub json: bool,
    /// Show the detail of this profile only / détailler ce seul profil
    #[arg(long, value_name = "ID")]
    pub profile: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("who").required(true).args(["name", "answers"])))]
pub struct QuickArgs {
    /// The person oriented: opens the screens on the quick questions / la personne orientée : ouvre les écrans sur les questions rapides
    #[arg(long, conflicts_with = "answers")]
    pub name: Option<String>,
    /// Rate as a coach rather than self-rating / évaluer en tant que coach
    #[arg(long, requires = "name")]
    pub coach: bool,
    /// Ask line by line, without screen drawing (screen readers, scripts; the default without a terminal or with TERM=dumb) / questions ligne à ligne, sans dessin d'écran
    #[arg(long, requires = "name")]
    pub plain: bool,
    /// Take each answer from this assessment file; an item it lacks counts as not applicable / prendre chaque réponse dans ce bilan (item absent : sans objet)
    #[arg(long, value_name = "FILE", requires = "json")]
    pub answers: Option<PathBuf>,
    /// Print the replay as JSON for scripts (with --answers) / sortie JSON pour les scripts (avec --answers)
    #[arg(long, requires = "answers")]
    pub json: bool,
    /// Ask at most N questions (default 15) / poser au plus N questions (15 par défaut)
    #[arg(long, value_name = "N", default_value_t = bilan_core::quick::MAX_QUESTIONS as u16,
          value_parser = clap::value_parser!(u16).range(1..))]
    pub max: u16,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The assessment file (JSON), or the person's name as for `resume` / le fichier du bilan, ou le nom de la personne comme pour `resume`
    pub file: PathBuf,
    /// Output format (default: from OUT's extension, else Markdown) / format de sortie
    #[arg(long, short, value_enum)]
    pub format: Option<FormatArg>,
    /// Write to this file instead of the standard output / écrire dans ce fichier
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Detail this profile and plan for it, or 'all' for every profile (default: the best match) / détailler ce profil, ou « all » pour tous (par défaut : le plus proche)
    #[arg(long, value_name = "ID")]
    pub profile: Option<String>,
    /// CSV field separator; ';' writes for a French spreadsheet (decimal commas, UTF-8 BOM) / séparateur CSV ; « ; » écrit pour un tableur français (virgule décimale, BOM UTF-8)
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// Compare with the other rater's assessment of the same person (default: the one saved next to FILE) / comparer avec l'autre évaluation de la même personne (par défaut : celle enregistrée à côté de FILE)
    #[arg(long = "with", value_name = "OTHER")]
    pub with: Option<PathBuf>,
    /// Leave out the comparison with the other rater's assessment, found or given with --with / ne pas inclure la comparaison avec l'autre évaluation, trouvée ou donnée par --with
    #[arg(long)]
    pub no_compare: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The assessment file (JSON), or the person's name as for `resume` / le fichier du bilan, ou le nom de la personne comme pour `resume`
    pub file: PathBuf,
    /// Target profile (default: the best match) / profil visé (par défaut : le plus proche)
    #[arg(long, value_name = "ID")]
    pub profile: Option<String>,
    /// Output format / format de sortie
    #[arg(long, short, value_enum)]
    pub format: Option<DocFormatArg>,
    /// Write to this file / écrire dans ce fichier
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    /// The profile (cm, cno, ite, or a custom one) / le profil
    #[arg(long, value_name = "ID")]
    pub profile: String,
    /// Output format / format de sortie
    #[arg(long, short, value_enum)]
    pub format: Option<DocFormatArg>,
    /// Write to this file / écrire dans ce fichier
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The person's self-assessment: a file, or the person's name / l'auto-évaluation : un fichier, ou le nom de la personne
    pub self_file: PathBuf,
    /// The coach's assessment of the same person (default: the one saved beside the first) / l'évaluation du coach (par défaut : celle enregistrée à côté de la première)
    pub coach_file: Option<PathBuf>,
    /// Output format / format de sortie
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: TextFormatArg,
    /// Write to this file / écrire dans ce fichier
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier assessment (a file, or a name) / le bilan le plus ancien (un fichier, ou un nom)
    pub old: PathBuf,
    /// The later assessment (a file, or a name) / le plus récent (un fichier, ou un nom)
    pub new: PathBuf,
    /// Output format / format de sortie
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: TextFormatArg,
    /// Write to this file / écrire dans ce fichier
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CohortArgs {
    /// Assessment files or folders (searched recursively) / fichiers ou dossiers de bilans
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The target profile / le profil visé
    #[arg(long, value_name = "ID")]
    pub profile: String,
    /// Output format / format de sortie
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: CohortFormatArg,
    /// Write to this file / écrire dans ce fichier
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// CSV field separator; ';' writes for a French spreadsheet (decimal commas, UTF-8 BOM) / séparateur CSV ; « ; » écrit pour un tableur français (virgule décimale, BOM UTF-8)
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// Explore the analysis in the terminal UI (heatmap, priorities) / explorer l'analyse dans l'interface
    #[arg(long, conflicts_with_all = ["output", "format"])]
    pub tui: bool,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which format (default: all three) / quel format (par défaut : les trois)
    #[arg(value_enum)]
    pub kind: Option<SchemaArg>,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The person assessed / la personne évaluée
    #[arg(long)]
    pub name: String,
    /// Rate as a coach rather than self-rating / évaluer en tant que coach
    #[arg(long)]
    pub coach: bool,
    /// Ask line by line, without screen drawing (screen readers, scripts; the default without a terminal or with TERM=dumb) / questions ligne à ligne, sans dessin d'écran
    #[arg(long)]
    pub plain: bool,
    /// The coach's own name, kept in the file / le nom du coach, gardé dans le fichier
    #[arg(long, value_name = "NAME", requires = "coach")]
    pub coach_name: Option<String>,
    /// Blind rating: hide the self-rating of an item until you have rated it / notation à l'aveugle : masquer l'auto-évaluation d'un élément jusqu'à votre note
    #[arg(long, requires = "coach")]
    pub blind: bool,
}

#[derive(Debug, Args)]
pub struct ResumeArgs {
    /// The person's name (or the file's path) / le nom de la personne (ou le chemin du fichier)
    pub name: String,
    /// The coach's assessment of that person / le bilan fait par le coach
    #[arg(long)]
    pub coach: bool,
    /// Ask line by line, without screen drawing (screen readers, scripts; the default without a terminal or with TERM=dumb) / questions ligne à ligne, sans dessin d'écran
    #[arg(long)]
    pub plain: bool,
    /// Blind rating: hide the self-rating of an item until you have rated it / notation à l'aveugle : masquer l'auto-évaluation d'un élément jusqu'à votre note
    #[arg(long, requires = "coach")]
    pub blind: bool,
}

#[derive(Debug, Args)]
pub struct ShowProfileArgs {
    /// Profile id (cm, cno, ite, or a custom one) / identifiant du profil
    pub id: String,
    /// Print the profile's JSON / afficher le JSON du profil
    #[arg(long)]
    pub json: bool,
    /// As a job sheet to publish: md or html / en fiche de poste : md ou html
    #[arg(long, short, value_enum, conflicts_with = "json")]
    pub format: Option<DocFormatArg>,
    /// Write to this file / écrire dans ce fichier
    #[arg(long, short, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell / le shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The file to check / le fichier à vérifier
    pub file: PathBuf,
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

impl GlobalArgs {
    pub fn lang(&self) -> Lang {
        self.lang.map(Lang::from).unwrap_or_else(Lang::detect)
    }

    pub fn config_dir(&self) -> Option<PathBuf> {
        self.config_dir.clone().or_else(store::default_config_dir)
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data_dir
            .clone()
            .unwrap_or_else(store::default_data_dir)
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
            let line = bilan_report::l10n::notices::skipped(self.lang(), &warning);
            eprintln!("bilan: {line}");
        }
        Ok(library)
    }
}
