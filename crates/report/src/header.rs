//! Whose a document is: the person, who rated, the coach, the dates and how
//! complete the assessment is. Every document about a person (report, plan)
//! starts with it, from [`Header::of`], so a page handed out always says
//! whose it is.

use schemars::JsonSchema;
use serde::Serialize;

use bilan_core::assessment::{Assessment, Rater};
use bilan_core::catalogue::Catalogue;

use crate::fits::Completeness;

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Header {
    pub person: String,
    pub rater: Rater,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coach: Option<String>,
    /// When the assessment was started and last changed (RFC 3339).
    pub created: Option<String>,
    pub updated: Option<String>,
    /// When this document was made (RFC 3339).
    pub generated: String,
    pub completeness: Completeness,
}

impl Header {
    /// The header of a document about `assessment`, made at `generated`.
    pub fn of(assessment: &Assessment, catalogue: &Catalogue, generated: &str) -> Header {
        Header {
            person: assessment.person.clone(),
            rater: assessment.rater,
            coach: assessment.coach.clone(),
            created: assessment.created.clone().map(String::from),
            updated: assessment.updated.clone().map(String::from),
            generated: generated.to_string(),
            completeness: completeness(assessment, catalogue),
        }
    }
}

/// How much was answered, "not applicable" included and counted apart.
pub fn completeness(assessment: &Assessment, catalogue: &Catalogue) -> Completeness {
    let (answered, total) = assessment.progress(catalogue);
    let percent = if total == 0 {
        0.0
    } else {
        100.0 * answered as f64 / total as f64
    };
    Completeness {
        answered,
        total,
        percent,
        not_applicable: assessment.not_applicable(catalogue),
    }
}
