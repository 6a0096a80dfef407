//! The full result of an assessment and its development plan, as data in
//! one language.

use schemars::JsonSchema;
use serde::Serialize;

use crate::comparison::{self, ReportComparison};
use bilan_core::areas;
use bilan_core::assessment::{Answer, Assessment, Rater};
use bilan_core::catalogue::{Catalogue, Item};
use bilan_core::error::{Error, Result};
use bilan_core::guidance::Guidance;
use bilan_core::library::Library;
use bilan_core::matching::{self, BlockFit, MatchResult, Ranking};

pub use crate::fits::{BlockRow, BlockRows, Completeness, Fit};
use crate::header::Header;
pub use crate::header::completeness;
use bilan_core::profile::{Importance, Profile};
use bilan_core::text::Lang;

/// Everything a report says about one assessment, in one language. Its
/// ranking fields (`fit`, `fit_estimate`, `fit_ceiling`, `blocks`,
/// `core_not_started`, `decided`, `narrow_lead`, `challenger`,
/// `deciding_items`, `nothing_reached`) mean what they mean in
/// `bilan match --json`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Report {
    /// Format version of this JSON.
    pub schema: u32,
    /// Language of the texts below.
    pub lang: Lang,
    pub person: String,
    pub rater: Rater,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coach: Option<String>,
    /// When the assessment was started and last changed (RFC 3339).
    pub created: Option<String>,
    pub updated: Option<String>,
    /// When this report was made (RFC 3339).
    pub generated: String,
    pub completeness: Completeness,
    /// The matching rule in one sentence.
    pub rule: String,
    /// Every fit is 0: no profile is reached, and there is no ranking (the
    /// profiles are then listed in the library's order, with no tie).
    pub nothing_reached: bool,
    /// No answer to the unanswered items can change the first place: the
    /// leader's fit is above every other profile's ceiling (or equal to it,
    /// both complete). Never when nothing is reached.
    pub decided: bool,
    /// Decided, but the leader's fit is ahead of the second's by less than
    /// what one level of the leader's lightest requirement is worth (100 ×
    /// its weight / the leader's total weighted levels): the lead rests on
    /// less than one level of one answer, so the first two read as equally
    /// close (the verdict says so). False when not decided.
    pub narrow_lead: bool,
    /// When not decided, the profile that may take first place (its
    /// ceiling reaches the leader's fit; the highest estimate of those).
    pub challenger: Option<String>,
    /// When not decided, the (up to three) unanswered items that can move
    /// the gap between the leader and the challenger most, largest first.
    pub deciding_items: Vec<String>,
    /// Whether the first place is decided, in one or two sentences (with
    /// the deciding items' titles), or that no profile is reached yet.
    pub verdict: String,
    /// Every profile, best fit first.
    pub ranking: Vec<RankedProfile>,
    /// Why equal fits are in the order shown.
    pub ties: Vec<String>,
    /// The self-rating against the coach's rating, when the report was
    /// asked for with the other rater's assessment of the same person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<ReportComparison>,
    /// In ranking order, the detail of every profile (`bilan report
    /// --json`, `--profile all`), of the one asked for (`--profile ID`), or
    /// of the best-fitting one (HTML and Markdown by default).
    pub profiles: Vec<ProfileDetail>,
    /// Notes and evidence given per item, in catalogue order.
    pub notes: Vec<NoteEntry>,
    /// The development plan for the target profile.
    pub plan: Plan,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RankedProfile {
    /// 1 for the best fit (when nothing is reached, the library's order).
    pub rank: usize,
    pub id: String,
    pub name: String,
    /// The fit, its estimate, ceiling and parts.
    #[serde(flatten)]
    pub fits: Fit,
    /// Mean distance in levels to the whole profile (the tie-breaker).
    pub distance: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProfileDetail {
    pub id: String,
    pub name: String,
    /// The fit, its estimate, ceiling and parts.
    #[serde(flatten)]
    pub fits: Fit,
    pub requirements: Vec<RequirementRow>,
    /// Requirements met, the widest margin first.
    pub strengths: Vec<StrengthRow>,
    /// The person against the profile per area, for the radar chart.
    pub areas: Vec<AreaRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RequirementRow {
    pub item: String,
    pub title: String,
    /// `ecf`, `savoir`, `savoir-faire` or `savoir-etre`.
    pub kind: String,
    /// e-CF area (`A`…`E`) or the trait kind.
    pub section: String,
    /// `core` or `secondary`.
    pub importance: Importance,
    pub required: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_max: Option<u8>,
    /// The score given; absent when the item was not answered or answered
    /// "not applicable".
    pub actual: Option<u8>,
    /// Answered "not applicable / can't judge" (not scored: `actual` is
    /// absent and the fit counts it as unanswered).
    pub not_applicable: bool,
    /// Fit points this requirement costs (0 when met) (exact).
    pub points_lost: f64,
    pub met: bool,
    /// Where the requirement comes from.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct StrengthRow {
    pub item: String,
    pub title: String,
    pub actual: u8,
    pub required: u8,
    /// Levels above the requirement.
    pub margin: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct AreaRow {
    pub section: String,
    pub title: String,
    /// Mean level of the person (exact).
    pub person: f64,
    /// Mean level the profile asks for (0 when it asks for none here).
    pub target: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct NoteEntry {
    pub item: String,
    pub title: String,
    /// The answer given (a level, or `"na"`); absent when not answered.
    pub score: Option<Answer>,
    pub text: String,
}

/// The development plan: the target profile's gaps, largest first.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Plan {
    pub profile: String,
    pub name: String,
    /// The profile's fit, its estimate, ceiling and parts.
    #[serde(flatten)]
    pub fits: Fit,
    /// Whether the profile was chosen (`--profile`) rather than the best match.
    pub chosen: bool,
    /// How much of the assessment is answered.
    pub completeness: Completeness,
    /// No profile is reached: the plan is for the first profile listed
    /// (or the chosen one), not for a best match.
    pub nothing_reached: bool,
    /// Whether the ranking's first place is decided, in words (see
    /// [`Report::verdict`]).
    pub verdict: String,
    pub steps: Vec<PlanStep>,
    /// Whose plan it is, when it is a document of its own (`bilan plan`);
    /// in a report, the report's header says it.
    #[serde(skip)]
    pub header: Option<Header>,
}

impl Report {
    /// The report's header: whose it is, who rated, when, how complete.
    pub fn header(&self) -> Header {
        Header {
            person: self.person.clone(),
            rater: self.rater,
            coach: self.coach.clone(),
            created: self.created.clone(),
            updated: self.updated.clone(),
            generated: self.generated.clone(),
            completeness: self.completeness,
        }
    }
}

impl Plan {
    /// The title of an item the plan has a step for.
    pub fn title_of(&self, id: &str) -> Option<&str> {
        self.steps
            .iter()
            .find(|s| s.item == id)
            .map(|s| s.title.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PlanStep {
    pub item: String,
    pub title: String,
    pub kind: String,
    pub importance: Importance,
    /// The level given (0 when not answered).
    pub current: u8,
    /// The item was answered "not applicable / can't judge": `current` is
    /// then no level of the person's (the fit counts it as 0).
    pub not_applicable: bool,
    /// Whether the item was answered.
    pub answered: bool,
    /// The level the profile requires: the target.
    pub required: u8,
    /// Fit points this gap costs (exact).
    pub points_lost: f64,
    /// The next level to reach (the next step), and what it looks like.
    pub goal_level: u8,
    pub goal: String,
    /// When the goal is a level the e-CF does not define for the competence:
    /// the words that say its descriptor is bilan's own extension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal_note: Option<String>,
    /// Knowledge and skill codes linked to the item: seed 004's own list,
    /// not e-CF Dimension-4 codes.
    pub codes: Vec<CodeRef>,
    /// Two or three concrete things to do.
    pub actions: Vec<String>,
}

impl PlanStep {
    /// The current level for people: the number, or "not applicable" in
    /// words (never the 0 the fit counts it as).
    /// The level given, "not applicable" or "not answered", in words.
    pub fn current_text(&self, lang: Lang) -> String {
        if self.not_applicable {
            crate::l10n::answers(lang).not_applicable_cell.to_string()
        } else if self.answered {
            self.current.to_string()
        } else {
            crate::l10n::strings(lang).not_answered.to_string()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CodeRef {
    pub code: String,
    pub text: String,
}

/// What the caller chooses for a report.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    pub lang: Lang,
    /// Only this profile's detail, and the plan for it; [`ALL_PROFILES`]
    /// for every profile's detail; none for the best-fitting one's.
    pub profile: Option<&'a str>,
    /// The report's date (RFC 3339); fixed in tests.
    pub generated: &'a str,
    /// The other rater's assessment of the same person (the coach's for a
    /// self-rating, the self-rating for a coach's): adds the comparison.
    pub other: Option<&'a Assessment>,
}

/// `--profile all`: the detail of every profile, not only the best one's.
pub const ALL_PROFILES: &str = "all";

fn kind_code(item: &Item) -> String {
    item.kind.code().to_string()
}

/// Builds the report of `assessment`.
pub fn build(library: &Library, assessment: &Assessment, options: Options) -> Result<Report> {
    let lang = options.lang;
    let catalogue = &library.catalogue;
    let all = options.profile == Some(ALL_PROFILES) && library.profile(ALL_PROFILES).is_err();
    let chosen = match options.profile {
        Some(_) if all => None,
        id => id.map(|id| library.profile(id)).transpose()?,
    };
    let comparison = options
        .other
        .map(|other| comparison::build(library, assessment, other, lang))
        .transpose()?;
    let ranking = matching::rank_assessment(&library.profiles, catalogue, assessment);
    let levels = assessment.score_vector(catalogue);

    let ranked = ranking
        .matches
        .iter()
        .enumerate()
        .map(|(i, m)| RankedProfile {
            rank: i + 1,
            id: m.profile.to_string(),
            name: m.name.get(lang).to_string(),
            fits: Fit::from(m),
            distance: m.distance,
        })
        .collect();
    let profiles = ranking
        .matches
        .iter()
        .enumerate()
        .filter(|(i, m)| match chosen {
            Some(p) => p.id == m.profile,
            None => all || *i == 0,
        })
        .filter_map(|(_, m)| {
            let profile = library.profiles.iter().find(|p| p.id == m.profile)?;
            Some(detail(catalogue, profile, m, &levels, assessment, lang))
        })
        .collect();
    let notes = catalogue
        .items()
        .iter()
        .filter_map(|item| {
            let text = assessment.note(&item.id)?;
            Some(NoteEntry {
                item: item.id.to_string(),
                title: item.title.get(lang).to_string(),
                score: assessment.answer(&item.id),
                text: text.to_string(),
            })
        })
        .collect();
    let target = match chosen {
        Some(profile) => ranking.matches.iter().find(|m| m.profile == profile.id),
        None => ranking.matches.first(),
    };
    let plan = match target {
        Some(m) => {
            let mut plan = plan_for(catalogue, &ranking, m, chosen.is_some(), lang);
            mark_not_applicable(&mut plan, assessment, catalogue);
            plan
        }
        None => Plan {
            profile: String::new(),
            name: String::new(),
            fits: Fit {
                fit: 0.0,
                fit_estimate: 0.0,
                fit_ceiling: 0.0,
                blocks: BlockRows {
                    ecf: BlockRow::from(&BlockFit::default()),
                    traits: BlockRow::from(&BlockFit::default()),
                },
                core_not_started: Vec::new(),
                answered: 0,
                required: 0,
            },
            chosen: false,
            completeness: completeness(assessment, catalogue),
            nothing_reached: ranking.nothing_reached,
            verdict: verdict(&ranking, catalogue, lang),
            steps: Vec::new(),
            header: None,
        },
    };
    Ok(Report {
        schema: bilan_core::SCHEMA_VERSION,
        lang,
        person: assessment.person.clone(),
        rater: assessment.rater,
        coach: assessment.coach.clone(),
        created: assessment.created.clone().map(String::from),
        updated: assessment.updated.clone().map(String::from),
        generated: options.generated.to_string(),
        completeness: completeness(assessment, catalogue),
        rule: crate::l10n::matching::rule_sentence(lang).to_string(),
        nothing_reached: ranking.nothing_reached,
        decided: ranking.decided,
        narrow_lead: ranking.narrow_lead,
        challenger: ranking.challenger.as_ref().map(|c| c.to_string()),
        deciding_items: ranking
            .deciding_items
            .iter()
            .map(|i| i.to_string())
            .collect(),
        verdict: verdict(&ranking, catalogue, lang),
        ranking: ranked,
        ties: ranking
            .ties
            .iter()
            .map(|t| crate::l10n::matching::tie_sentence(t, lang))
            .collect(),
        comparison,
        profiles,
        notes,
        plan,
    })
}

/// Marks the plan's steps whose item was answered "not applicable", and
/// counts the plan's completeness the same way as the report's.
pub fn mark_not_applicable(plan: &mut Plan, assessment: &Assessment, catalogue: &Catalogue) {
    for step in &mut plan.steps {
        step.not_applicable = assessment.is_not_applicable(&step.item);
    }
    plan.completeness = completeness(assessment, catalogue);
}

fn verdict(ranking: &Ranking, catalogue: &Catalogue, lang: Lang) -> String {
    crate::l10n::matching::verdict(ranking, catalogue, lang)
}

fn detail(
    catalogue: &Catalogue,
    profile: &Profile,
    result: &MatchResult,
    levels: &[u8],
    assessment: &Assessment,
    lang: Lang,
) -> ProfileDetail {
    let requirements: Vec<RequirementRow> = result
        .requirements
        .iter()
        .filter_map(|r| {
            let item = catalogue.get(&r.item)?;
            Some(RequirementRow {
                item: r.item.to_string(),
                title: r.title.get(lang).to_string(),
                kind: kind_code(item),
                section: item.section_id().to_string(),
                importance: r.importance,
                required: r.required,
                required_max: r.required_max,
                actual: r.actual,
                not_applicable: assessment.is_not_applicable(&r.item),
                points_lost: r.points_lost,
                met: !r.is_gap(),
                source: r.source.clone(),
            })
        })
        .collect();
    let strengths = result
        .strengths
        .iter()
        .filter_map(|id| {
            let r = result.requirements.iter().find(|r| &r.item == id)?;
            Some(StrengthRow {
                item: r.item.to_string(),
                title: r.title.get(lang).to_string(),
                actual: r.level(),
                required: r.required,
                margin: r.level().saturating_sub(r.required),
            })
        })
        .collect();
    let areas = areas::by_area(profile, catalogue, levels)
        .into_iter()
        .map(|p| AreaRow {
            section: p.section,
            title: p.title.get(lang).to_string(),
            person: p.person,
            target: p.target,
        })
        .collect();
    ProfileDetail {
        id: result.profile.to_string(),
        name: result.name.get(lang).to_string(),
        fits: Fit::from(result),
        requirements,
        strengths,
        areas,
    }
}

/// The development plan for one match of `ranking`: its gaps, largest loss
/// first.
pub fn plan_for(
    catalogue: &Catalogue,
    ranking: &Ranking,
    result: &MatchResult,
    chosen: bool,
    lang: Lang,
) -> Plan {
    let guidance = Guidance::builtin();
    let steps = result
        .gaps
        .iter()
        .map(|gap| {
            let item = catalogue.get(&gap.item);
            // Traits have no level descriptors: the item's description is the goal.
            let goal = gap
                .goal
                .as_ref()
                .or(item.map(|i| &i.description))
                .map(|g| g.get(lang).to_string())
                .unwrap_or_default();
            let codes = gap
                .codes
                .iter()
                .map(|code| CodeRef {
                    code: code.clone(),
                    text: catalogue
                        .code(code)
                        .map(|c| c.text.get(lang).to_string())
                        .unwrap_or_default(),
                })
                .collect();
            let actions = guidance
                .get(&gap.item)
                .map(|g| g.actions.iter().map(|a| a.get(lang).to_string()).collect())
                .unwrap_or_default();
            PlanStep {
                item: gap.item.to_string(),
                title: gap.title.get(lang).to_string(),
                kind: item.map(kind_code).unwrap_or_default(),
                importance: gap.importance,
                current: gap.actual,
                not_applicable: false,
                answered: gap.answered,
                required: gap.required,
                points_lost: gap.points_lost,
                goal_level: gap.next_level,
                goal,
                goal_note: item
                    .filter(|i| i.is_extension_level(gap.next_level))
                    .map(|i| crate::l10n::ecf::extension_note(lang, &i.id)),
                codes,
                actions,
            }
        })
        .collect();
    Plan {
        profile: result.profile.to_string(),
        name: result.name.get(lang).to_string(),
        fits: Fit::from(result),
        chosen,
        completeness: Completeness {
            answered: ranking.completeness.answered,
            total: ranking.completeness.total,
            percent: ranking.completeness.percent,
            not_applicable: 0,
        },
        nothing_reached: ranking.nothing_reached,
        verdict: verdict(ranking, catalogue, lang),
        steps,
        header: None,
    }
}

/// The plan alone, for `bilan plan`: the chosen profile or the best match,
/// with the header that says whose it is (made at `generated`, RFC 3339).
pub fn build_plan(
    library: &Library,
    assessment: &Assessment,
    profile: Option<&str>,
    lang: Lang,
    generated: &str,
) -> Result<Plan> {
    let chosen = profile.map(|id| library.profile(id)).transpose()?;
    let ranking = matching::rank_assessment(&library.profiles, &library.catalogue, assessment);
    let target = match chosen {
        Some(p) => ranking.matches.iter().find(|m| m.profile == p.id),
        None => ranking.matches.first(),
    };
    let Some(result) = target else {
        return Err(Error::UnknownProfile {
            id: profile.unwrap_or_default().to_string(),
            known: Vec::new(),
        });
    };
    let mut plan = plan_for(&library.catalogue, &ranking, result, chosen.is_some(), lang);
    mark_not_applicable(&mut plan, assessment, &library.catalogue);
    plan.header = Some(Header::of(assessment, &library.catalogue, generated));
    Ok(plan)
}
