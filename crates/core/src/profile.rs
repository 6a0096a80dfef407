//! Role profiles (CM, CNO, ITE, or custom ones): what a role asks for.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::Catalogue;
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
    /// The e-CF competences this duty exercises.
    #[serde(default)]
    pub ecf: Vec<String>,
    pub source: String,
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
            for code in &duty.ecf {
                if catalogue.get(code).is_none() {
                    return Err(Error::UnknownItem {
                        origin: origin.to_string(),
                        field: format!("duties[{i}].ecf"),
                        item: code.clone(),
                        closest: catalogue.closest_ids(code, 3),
                    });
                }
            }
        }
        Ok(())
    }

    pub fn requirement(&self, item: &str) -> Option<&Requirement> {
        self.requirements.iter().find(|r| r.item == item)
    }

    /// The duties that exercise an item, for "why does the role ask this".
    pub fn duties_for<'a>(&'a self, item: &'a str) -> impl Iterator<Item = &'a Duty> + 'a {
        self.duties
            .iter()
            .filter(move |d| d.ecf.iter().any(|c| c == item))
    }
}
