//! Role profiles (CM, CNO, ITE, or custom ones): what a role asks for.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::{Catalogue, ItemKind};
use crate::error::{Error, Result};
use crate::ids::{ItemId, ProfileId};
use crate::text::Localized;

/// The built-in profiles, embedded at build time.
pub const BUILTIN_PROFILES: [(&str, &str); 3] = [
    ("cm.json", include_str!("../../../profiles/cm.json")),
    ("cno.json", include_str!("../../../profiles/cno.json")),
    ("ite.json", include_str!("../../../profiles/ite.json")),
];

/// How much a requirement weighs in the fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Importance {
    /// `++` traits and duties the role always does (T).
    Core,
    /// `+` traits and duties the role sometimes does (P).
    Secondary,
}

impl Importance {
    /// Weight in the fit: a core shortfall costs twice a secondary one.
    pub fn weight(self) -> f64 {
        match self {
            Importance::Core => 2.0,
            Importance::Secondary => 1.0,
        }
    }
}

/// One requirement of a role: an item at a level (or a range of levels).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Requirement {
    /// The catalogue item id (`A.3`, `se.tenacity`, …).
    pub item: ItemId,
    /// The level the role needs (1–5).
    #[schemars(range(min = 1, max = 5))]
    pub min: u8,
    /// Upper end of the range the role spans, when the source gives two levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 5))]
    pub max: Option<u8>,
    pub importance: Importance,
    /// The seed file and line(s) the requirement rests on.
    pub source: String,
}

/// How often the role carries out a duty: always (T) or sometimes (P).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Mark {
    /// Toujours: always.
    T,
    /// Parfois: sometimes.
    P,
}

/// The kind of a duty line in the job sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DutyGroup {
    Mission,
    Responsibility,
    Kpi,
    Activity,
}

/// How a role takes part in a duty. It sets the e-CF level of the
/// competences the duty exercises (see [`Profile::derivation`]); how often the
/// role does it (T/P) never does.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Involvement {
    /// Takes part under someone else's lead: e-CF level 2.
    Contributes,
    /// Carries it out autonomously: e-CF level 3.
    Does,
    /// Decides, or answers for the outcome: e-CF level 4.
    Decides,
}

impl Involvement {
    /// The e-CF level this kind of involvement calls for, before the
    /// competence's defined range is applied.
    pub fn level(self) -> u8 {
        match self {
            Involvement::Contributes => 2,
            Involvement::Does => 3,
            Involvement::Decides => 4,
        }
    }
}

/// One e-CF competence a duty exercises: the code alone (as older profiles
/// write it), or the code with a one-line reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum EcfLink {
    /// `"A.3"`.
    Code(ItemId),
    /// `{"code": "A.3", "why": {"fr": "…", "en": "…"}}`.
    Explained {
        code: ItemId,
        /// Why the duty exercises this competence, in one line.
        why: Localized,
    },
}

impl EcfLink {
    pub fn code(&self) -> &ItemId {
        match self {
            EcfLink::Code(code) | EcfLink::Explained { code, .. } => code,
        }
    }

    pub fn why(&self) -> Option<&Localized> {
        match self {
            EcfLink::Code(_) => None,
            EcfLink::Explained { why, .. } => Some(why),
        }
    }
}

/// A mission, responsibility, KPI or activity of the role, for display and
/// as the ground the e-CF targets are derived from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Duty {
    pub group: DutyGroup,
    /// For activities: the family (launch, animate, administer, pilot, transform).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Localized>,
    pub text: Localized,
    pub mark: Mark,
    /// How the role takes part; sets the level of the competences below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub involvement: Option<Involvement>,
    /// Why this kind of involvement, in one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub involvement_why: Option<Localized>,
    /// The e-CF competences this duty exercises, each with why.
    #[serde(default)]
    pub ecf: Vec<EcfLink>,
    /// Why the duty exercises no e-CF competence, when `ecf` is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_ecf_why: Option<Localized>,
    pub source: String,
}

impl Duty {
    /// Whether this duty exercises the competence `item`.
    pub fn exercises(&self, item: &str) -> bool {
        self.ecf.iter().any(|link| link.code() == item)
    }
}

/// Where a profile's e-CF levels come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LevelsFrom {
    /// As the cited source gives them (CM: seed 004's e-CF profile).
    #[default]
    Sources,
    /// Derived from the duties: importance from T/P, level from the
    /// strongest involvement, clamped to the competence's e-CF range. Checked
    /// on load.
    Duties,
}

impl LevelsFrom {
    fn is_sources(&self) -> bool {
        *self == LevelsFrom::Sources
    }
}

/// Where the derived level sits against the competence's e-CF range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Clamp {
    /// Inside the range: the involvement's level as is.
    Inside,
    /// Below the lowest defined level: raised to it.
    Raised,
    /// Above the highest defined level: lowered to it.
    Lowered,
}

/// What a profile's duties make of one e-CF competence: the importance from
/// how often the role does them (T anywhere → core), the level from the
/// strongest involvement, clamped to the e-CF's defined range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derivation {
    pub importance: Importance,
    /// Indices in `duties` of the duties whose mark sets the importance:
    /// the T ones when there is one, else the P ones.
    pub importance_duties: Vec<usize>,
    /// The strongest involvement among the duties exercising the competence.
    pub involvement: Involvement,
    /// Indices in `duties` of the duties with that involvement.
    pub level_duties: Vec<usize>,
    /// The level the involvement calls for, before the range applies.
    pub involvement_level: u8,
    /// The target: `involvement_level` clamped to the e-CF's range.
    pub level: u8,
    pub clamp: Clamp,
}

impl Derivation {
    /// Indices of every duty the derivation rests on (importance or level),
    /// in profile order.
    pub fn duties(&self) -> Vec<usize> {
        let mut all: Vec<usize> = self
            .importance_duties
            .iter()
            .chain(&self.level_duties)
            .copied()
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// A role profile as stored in `profiles/<id>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Profile {
    #[serde(default = "crate::json::current_version")]
    pub schema: u32,
    pub id: ProfileId,
    pub name: Localized,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub summary: Localized,
    pub requirements: Vec<Requirement>,
    #[serde(default)]
    pub duties: Vec<Duty>,
    /// Where the e-CF levels come from: the sources (default) or the duties.
    #[serde(default, skip_serializing_if = "LevelsFrom::is_sources")]
    pub ecf_levels_from: LevelsFrom,
}

impl Profile {
    /// Parses and validates a profile against the catalogue.
    pub fn from_json(text: &str, origin: &str, catalogue: &Catalogue) -> Result<Profile> {
        let profile: Profile = crate::json::parse_json(text, origin)?;
        profile.validate(origin, catalogue)?;
        Ok(profile)
    }

    /// Checks ids, levels, ranges and duplicates; the first problem is reported.
    pub fn validate(&self, origin: &str, catalogue: &Catalogue) -> Result<()> {
        crate::json::check_version(self.schema, origin)?;
        if self.id.trim().is_empty() {
            return Err(Error::invalid(
                origin,
                "id",
                "the profile has an empty id",
                "give it a short id such as `cm`",
            ));
        }
        let mut seen = HashSet::new();
        for (i, req) in self.requirements.iter().enumerate() {
            let field = format!("requirements[{i}]");
            if catalogue.get(&req.item).is_none() {
                return Err(Error::UnknownItem {
                    origin: origin.to_string(),
                    field: format!("{field}.item"),
                    item: req.item.to_string(),
                    closest: catalogue.closest_ids(&req.item, 3),
                });
            }
            for (name, level) in [("min", Some(req.min)), ("max", req.max)] {
                if let Some(level) = level
                    && !(1..=5).contains(&level)
                {
                    return Err(Error::invalid(
                        origin,
                        format!("{field}.{name}"),
                        format!("level {level} for `{}` is outside 1–5", req.item),
                        "use a level from 1 to 5",
                    ));
                }
            }
            if let Some(max) = req.max
                && max < req.min
            {
                return Err(Error::invalid(
                    origin,
                    format!("{field}.max"),
                    format!(
                        "for `{}` min {} is greater than max {max}",
                        req.item, req.min
                    ),
                    "swap them or drop `max`",
                ));
            }
            if !seen.insert(req.item.as_str()) {
                return Err(Error::invalid(
                    origin,
                    format!("{field}.item"),
                    format!("`{}` is required twice", req.item),
                    "keep one requirement per item",
                ));
            }
        }
        for (i, duty) in self.duties.iter().enumerate() {
            for link in &duty.ecf {
                let code = link.code();
                if catalogue.get(code).is_none() {
                    return Err(Error::UnknownItem {
                        origin: origin.to_string(),
                        field: format!("duties[{i}].ecf"),
                        item: code.to_string(),
                        closest: catalogue.closest_ids(code, 3),
                    });
                }
            }
        }
        if self.ecf_levels_from == LevelsFrom::Duties {
            self.check_derived(origin, catalogue)?;
        }
        Ok(())
    }

    /// With `ecf_levels_from: duties`, every e-CF requirement is what its
    /// duties give, and every competence a duty exercises is required.
    fn check_derived(&self, origin: &str, catalogue: &Catalogue) -> Result<()> {
        if let Some(i) = self.duties.iter().position(|d| d.involvement.is_none()) {
            return Err(Error::invalid(
                origin,
                format!("duties[{i}].involvement"),
                "a duty has no involvement, but the e-CF levels come from the duties",
                "give it `decides`, `does` or `contributes`, or drop `ecf_levels_from`",
            ));
        }
        let exercised = self
            .duties
            .iter()
            .flat_map(|d| d.ecf.iter().map(EcfLink::code));
        for code in exercised {
            if self.requirement(code).is_none() {
                return Err(Error::invalid(
                    origin,
                    "requirements",
                    format!("a duty exercises `{code}`, but it is not required"),
                    "add the requirement its duties give",
                ));
            }
        }
        for (i, req) in self.requirements.iter().enumerate() {
            let is_ecf = catalogue
                .get(&req.item)
                .is_some_and(|item| item.kind == ItemKind::Ecf);
            if !is_ecf {
                continue;
            }
            let Some(derived) = self.derivation(catalogue, &req.item) else {
                return Err(Error::invalid(
                    origin,
                    format!("requirements[{i}]"),
                    format!("no duty exercises `{}`", req.item),
                    "map a duty to it, or remove the requirement",
                ));
            };
            let stated = (
                req.min,
                req.max.filter(|max| *max != req.min),
                req.importance,
            );
            if stated != (derived.level, None, derived.importance) {
                let importance = match derived.importance {
                    Importance::Core => "core",
                    Importance::Secondary => "secondary",
                };
                return Err(Error::invalid(
                    origin,
                    format!("requirements[{i}]"),
                    format!(
                        "`{}` should be level {} {importance}, as its duties give",
                        req.item, derived.level
                    ),
                    "set `min` and `importance` to what the duties give, or change the duties",
                ));
            }
        }
        Ok(())
    }

    /// What the duties give for the e-CF competence `item`: importance from
    /// T/P, level from the strongest involvement clamped to the e-CF's range.
    /// `None` when no duty with an involvement exercises it.
    pub fn derivation(&self, catalogue: &Catalogue, item: &str) -> Option<Derivation> {
        let duties: Vec<(usize, &Duty)> = self
            .duties
            .iter()
            .enumerate()
            .filter(|(_, d)| d.exercises(item))
            .collect();
        let involvement = duties.iter().filter_map(|(_, d)| d.involvement).max()?;
        let importance = if duties.iter().any(|(_, d)| d.mark == Mark::T) {
            Importance::Core
        } else {
            Importance::Secondary
        };
        let mark = match importance {
            Importance::Core => Mark::T,
            Importance::Secondary => Mark::P,
        };
        let importance_duties = duties
            .iter()
            .filter(|(_, d)| d.mark == mark)
            .map(|(i, _)| *i)
            .collect();
        let level_duties = duties
            .iter()
            .filter(|(_, d)| d.involvement == Some(involvement))
            .map(|(i, _)| *i)
            .collect();
        let involvement_level = involvement.level();
        let range = catalogue.get(item).and_then(|i| i.ecf_range());
        let (level, clamp) = match range {
            Some((low, _)) if involvement_level < low => (low, Clamp::Raised),
            Some((_, high)) if involvement_level > high => (high, Clamp::Lowered),
            _ => (involvement_level, Clamp::Inside),
        };
        Some(Derivation {
            importance,
            importance_duties,
            involvement,
            level_duties,
            involvement_level,
            level,
            clamp,
        })
    }

    pub fn requirement(&self, item: &str) -> Option<&Requirement> {
        self.requirements.iter().find(|r| r.item == item)
    }

    /// The duties that exercise an item, for "why does the role ask this".
    pub fn duties_for<'a>(&'a self, item: &'a str) -> impl Iterator<Item = &'a Duty> + 'a {
        self.duties.iter().filter(move |d| d.exercises(item))
    }
}
