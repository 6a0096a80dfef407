//! Inline SVG charts for the HTML report.
//!
//! Every chart is a plain `<svg>` element with presentation attributes only
//! (no `xmlns`, no links, no fonts, no scripts), so it lives inside the HTML
//! file and prints as drawn. Each chart also reads without colour: the
//! radar's person polygon is solid and the profile's dashed, and the bars
//! carry a ✓ / ✗ / ? symbol per requirement. Coordinates use one decimal
//! and a dot whatever the language, so the output is stable.

use std::f64::consts::{FRAC_PI_2, TAU};
use std::fmt::Write as _;

use crate::html::parts::escape;
use crate::report::{AreaRow, RequirementRow};
use bilan_core::assessment::MAX_LEVEL;

/// Colours shared with the page's CSS (see `html.rs`).
pub(super) const ACCENT: &str = "#1f5fa8";
pub(super) const OK: &str = "#1e7b34";
pub(super) const BAD: &str = "#b3261e";
pub(super) const NA: &str = "#8a5a00";
const INK: &str = "#222";
const GRID: &str = "#c4c4c4";
const MUTED: &str = "#666";

/// A coordinate or length: one decimal, `-0.0` never shown.
fn n(value: f64) -> String {
    let text = format!("{value:.1}");
    if text == "-0.0" {
        "0.0".to_string()
    } else {
        text
    }
}

/// A level as a share of the scale, finite and within 0–5.
fn level(value: f64) -> f64 {
    if value.is_finite() {
        value.clamp(0.0, f64::from(MAX_LEVEL))
    } else {
        0.0
    }
}

/// Splits a label into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

// ---------------------------------------------------------------------------
// Radar

const RADAR_W: f64 = 560.0;
const RADAR_CX: f64 = 280.0;
const RADAR_CY: f64 = 188.0;
const RADAR_R: f64 = 150.0;
const RADAR_H: f64 = 420.0;

/// The person against the profile by area: one axis per area, rings at
/// levels 1–5, the person's polygon solid and filled, the profile's dashed,
/// and a legend naming both (`you`, `target`).
pub fn radar(areas: &[AreaRow], you: &str, target: &str) -> String {
    if areas.is_empty() {
        return String::new();
    }
    let count = areas.len();
    let angle = |i: usize| -FRAC_PI_2 + TAU * i as f64 / count as f64;
    let point = |i: usize, value: f64| {
        let r = RADAR_R * level(value) / f64::from(MAX_LEVEL);
        let a = angle(i);
        (RADAR_CX + r * a.cos(), RADAR_CY + r * a.sin())
    };
    let polygon = |values: &mut dyn Iterator<Item = f64>| {
        let points: Vec<String> = values
            .enumerate()
            .map(|(i, v)| {
                let (x, y) = point(i, v);
                format!("{},{}", n(x), n(y))
            })
            .collect();
        points.join(" ")
    };

    let mut out = String::new();
    let _ = write!(
        out,
        "<svg class=\"chart radar\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{} / {}\" \
         font-size=\"16\" fill=\"{INK}\">",
        n(RADAR_W),
        n(RADAR_H),
        escape(you),
        escape(target)
    );
    let _ = write!(out, "<title>{} / {}</title>", escape(you), escape(target));

    // Rings at levels 1–5, then the axes.
    out.push_str("<g fill=\"none\">");
    for ring in 1..=MAX_LEVEL {
        let value = f64::from(ring);
        let stroke = if ring == MAX_LEVEL { MUTED } else { GRID };
        if count >= 3 {
            let _ = write!(
                out,
                "<polygon points=\"{}\" stroke=\"{stroke}\" stroke-width=\"1\"/>",
                polygon(&mut std::iter::repeat_n(value, count))
            );
        } else {
            let _ = write!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" stroke=\"{stroke}\" stroke-width=\"1\"/>",
                n(RADAR_CX),
                n(RADAR_CY),
                n(RADAR_R * value / f64::from(MAX_LEVEL))
            );
        }
    }
    for i in 0..count {
        let (x, y) = point(i, f64::from(MAX_LEVEL));
        let _ = write!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{GRID}\" stroke-width=\"1\"/>",
            n(RADAR_CX),
            n(RADAR_CY),
            n(x),
            n(y)
        );
    }
    out.push_str("</g>");
    // Ring numbers, just right of the first (top) axis.
    let _ = write!(out, "<g font-size=\"12\" fill=\"{MUTED}\">");
    for ring in 1..=MAX_LEVEL {
        let y = RADAR_CY - RADAR_R * f64::from(ring) / f64::from(MAX_LEVEL);
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\">{ring}</text>",
            n(RADAR_CX + 5.0),
            n(y + 13.0)
        );
    }
    out.push_str("</g>");

    // The profile (dashed, no fill), then the person (solid, filled).
    let _ = write!(
        out,
        "<polygon class=\"target\" points=\"{}\" fill=\"none\" stroke=\"{INK}\" \
         stroke-width=\"2\" stroke-dasharray=\"7 4\"/>",
        polygon(&mut areas.iter().map(|a| a.target))
    );
    let _ = write!(
        out,
        "<polygon class=\"you\" points=\"{}\" fill=\"{ACCENT}\" fill-opacity=\"0.2\" \
         stroke=\"{ACCENT}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>",
        polygon(&mut areas.iter().map(|a| a.person))
    );
    // Vertex marks: hollow squares for the profile, dots for the person.
    let _ = write!(
        out,
        "<g fill=\"#fff\" stroke=\"{INK}\" stroke-width=\"1.5\">"
    );
    for (i, area) in areas.iter().enumerate() {
        let (x, y) = point(i, area.target);
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"6\" height=\"6\"/>",
            n(x - 3.0),
            n(y - 3.0)
        );
    }
    out.push_str("</g>");
    let _ = write!(out, "<g fill=\"{ACCENT}\">");
    for (i, area) in areas.iter().enumerate() {
        let (x, y) = point(i, area.person);
        let _ = write!(out, "<circle cx=\"{}\" cy=\"{}\" r=\"4\"/>", n(x), n(y));
    }
    out.push_str("</g>");

    // Axis labels, outside the outer ring, wrapped on two lines or more.
    for (i, area) in areas.iter().enumerate() {
        let a = angle(i);
        let (cos, sin) = (a.cos(), a.sin());
        let x = RADAR_CX + (RADAR_R + 14.0) * cos;
        let y = RADAR_CY + (RADAR_R + 14.0) * sin;
        let anchor = if cos > 0.3 {
            "start"
        } else if cos < -0.3 {
            "end"
        } else {
            "middle"
        };
        let label = if area.title.trim().is_empty() {
            &area.section
        } else {
            &area.title
        };
        let lines = wrap(label, 16);
        let line_height = 18.0;
        let block = line_height * (lines.len().saturating_sub(1)) as f64;
        // Above the top, below the bottom, centred on the sides.
        let first = if sin < -0.7 {
            y - block - 4.0
        } else if sin > 0.7 {
            y + 16.0
        } else {
            y - block / 2.0 + 5.5
        };
        let _ = write!(
            out,
            "<text class=\"axis\" text-anchor=\"{anchor}\" x=\"{}\" y=\"{}\">",
            n(x),
            n(first)
        );
        for (j, line) in lines.iter().enumerate() {
            if j == 0 {
                let _ = write!(out, "<tspan>{}</tspan>", escape(line));
            } else {
                let _ = write!(
                    out,
                    "<tspan x=\"{}\" dy=\"{}\">{}</tspan>",
                    n(x),
                    n(line_height),
                    escape(line)
                );
            }
        }
        out.push_str("</text>");
    }

    // Legend: solid = you, dashed = the profile.
    let y = RADAR_H - 14.0;
    let _ = write!(
        out,
        "<g class=\"key\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{ACCENT}\" \
         stroke-width=\"2.5\"/><circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{ACCENT}\"/>\
         <text x=\"{}\" y=\"{}\">{}</text>",
        n(RADAR_CX - 170.0),
        n(y),
        n(RADAR_CX - 130.0),
        n(y),
        n(RADAR_CX - 150.0),
        n(y),
        n(RADAR_CX - 122.0),
        n(y + 4.5),
        escape(you)
    );
    let _ = write!(
        out,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{INK}\" stroke-width=\"2\" \
         stroke-dasharray=\"7 4\"/><rect x=\"{}\" y=\"{}\" width=\"6\" height=\"6\" fill=\"#fff\" \
         stroke=\"{INK}\" stroke-width=\"1.5\"/><text x=\"{}\" y=\"{}\">{}</text></g>",
        n(RADAR_CX + 20.0),
        n(y),
        n(RADAR_CX + 60.0),
        n(y),
        n(RADAR_CX + 37.0),
        n(y - 3.0),
        n(RADAR_CX + 68.0),
        n(y + 4.5),
        escape(target)
    );
    out.push_str("</svg>");
    out
}

// ---------------------------------------------------------------------------
// Bars

/// Width of the item label column, the length of one level and the height
/// of one row, in SVG units.
const BAR_LABEL_W: f64 = 165.0;
const BAR_UNIT: f64 = 36.0;
const BAR_STATUS_W: f64 = 34.0;
const BAR_ROW_H: f64 = 18.0;
const BAR_TOP: f64 = 22.0;
const BAR_GAP: f64 = 28.0;
/// Above this many rows the chart is laid out in two columns.
const BAR_ONE_COLUMN_MAX: usize = 16;

/// Required against actual level, one row per requirement: the required
/// level as an outlined box (a dashed extension for a range), the actual
/// level as a filled bar (green when met, red when not), and a ✓ / ✗ / ?
/// after the scale. Long lists are split over two columns.
pub fn bars(requirements: &[RequirementRow]) -> String {
    if requirements.is_empty() {
        return String::new();
    }
    let columns = if requirements.len() > BAR_ONE_COLUMN_MAX {
        2
    } else {
        1
    };
    let per_column = requirements.len().div_ceil(columns);
    let panel_w = BAR_LABEL_W + BAR_UNIT * f64::from(MAX_LEVEL) + BAR_STATUS_W;
    let width = panel_w * columns as f64 + BAR_GAP * (columns - 1) as f64;
    let height = BAR_TOP + BAR_ROW_H * per_column as f64 + 6.0;

    let mut out = String::new();
    let _ = write!(
        out,
        "<svg class=\"chart bars\" viewBox=\"0 0 {} {}\" font-size=\"12\" fill=\"{INK}\">",
        n(width),
        n(height)
    );
    for (column, rows) in requirements.chunks(per_column).enumerate() {
        let left = column as f64 * (panel_w + BAR_GAP);
        let scale_x = left + BAR_LABEL_W;
        let bottom = BAR_TOP + BAR_ROW_H * rows.len() as f64;
        // Zebra rows.
        out.push_str("<g fill=\"#f1f3f6\">");
        for r in (1..rows.len()).step_by(2) {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
                n(left),
                n(BAR_TOP + BAR_ROW_H * r as f64),
                n(panel_w),
                n(BAR_ROW_H)
            );
        }
        out.push_str("</g>");
        // Level grid and its numbers.
        let _ = write!(out, "<g stroke=\"{GRID}\" stroke-width=\"1\">");
        for lvl in 0..=MAX_LEVEL {
            let x = scale_x + BAR_UNIT * f64::from(lvl);
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                n(x),
                n(BAR_TOP - 4.0),
                n(x),
                n(bottom)
            );
        }
        out.push_str("</g>");
        let _ = write!(
            out,
            "<g font-size=\"10\" fill=\"{MUTED}\" text-anchor=\"middle\">"
        );
        for lvl in 0..=MAX_LEVEL {
            let x = scale_x + BAR_UNIT * f64::from(lvl);
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\">{lvl}</text>",
                n(x),
                n(BAR_TOP - 8.0)
            );
        }
        out.push_str("</g>");

        for (r, row) in rows.iter().enumerate() {
            let top = BAR_TOP + BAR_ROW_H * r as f64;
            let middle = top + BAR_ROW_H / 2.0;
            // The e-CF code or the trait's short title, never its slug;
            // the whole title shows on hover.
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\"><title>{}</title>{}</text>",
                n(scale_x - 6.0),
                n(middle + 4.0),
                escape(&row.title),
                escape(&crate::l10n::sources::chart_label(&row.item, &row.title))
            );
            // Required: an outlined box up to the level, dashed up to the
            // top of a range.
            let required = level(f64::from(row.required));
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" \
                 stroke=\"{INK}\" stroke-width=\"1.2\"/>",
                n(scale_x),
                n(top + 2.5),
                n(BAR_UNIT * required),
                n(BAR_ROW_H - 5.0)
            );
            if let Some(max) = row.required_max.filter(|m| *m > row.required) {
                let max = level(f64::from(max));
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" \
                     stroke=\"{INK}\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\"/>",
                    n(scale_x + BAR_UNIT * required),
                    n(top + 2.5),
                    n(BAR_UNIT * (max - required)),
                    n(BAR_ROW_H - 5.0)
                );
            }
            // Actual: a filled bar inside.
            let (colour, symbol) = match (row.actual, row.met) {
                (None, _) if row.not_applicable => (NA, "∅"),
                (None, _) => (NA, "?"),
                (Some(_), true) => (OK, "✓"),
                (Some(_), false) => (BAD, "✗"),
            };
            if let Some(actual) = row.actual {
                let actual = level(f64::from(actual));
                if actual > 0.0 {
                    let _ = write!(
                        out,
                        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"7\" fill=\"{colour}\"/>",
                        n(scale_x),
                        n(middle - 3.5),
                        n(BAR_UNIT * actual)
                    );
                }
            }
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" fill=\"{colour}\" font-weight=\"bold\">{symbol}</text>",
                n(scale_x + BAR_UNIT * f64::from(MAX_LEVEL) + 10.0),
                n(middle + 4.5)
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use bilan_core::profile::Importance;

    fn area(title: &str, person: f64, target: f64) -> AreaRow {
        AreaRow {
            section: title.chars().take(1).collect(),
            title: title.to_string(),
            person,
            target,
        }
    }

    fn row(item: &str, required: u8, actual: Option<u8>) -> RequirementRow {
        RequirementRow {
            item: item.to_string(),
            title: item.to_string(),
            kind: "ecf".to_string(),
            section: "A".to_string(),
            importance: Importance::Core,
            required,
            required_max: None,
            actual,
            not_applicable: false,
            points_lost: 0.0,
            met: actual.is_some_and(|a| a >= required),
            source: String::new(),
        }
    }

    #[test]
    fn radar_has_one_axis_per_area_and_both_polygons() {
        let areas = [
            area("A. Plan", 2.7, 2.3),
            area("B. Build", 2.0, 2.2),
            area("C. Run <ops>", 2.0, 0.0),
        ];
        let svg = radar(&areas, "You", "Profile");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("class=\"axis\"").count(), 3);
        assert!(svg.contains("class=\"you\""));
        assert!(svg.contains("stroke-dasharray=\"7 4\""));
        assert!(svg.contains("C. Run &lt;ops&gt;"));
        assert!(!svg.contains("xmlns"));
        assert_eq!(radar(&[], "You", "Profile"), "");
    }

    #[test]
    fn radar_clamps_and_never_prints_nan() {
        let areas = [
            area("A", f64::NAN, 9.0),
            area("B", -1.0, 3.0),
            area("C", 5.0, 5.0),
        ];
        let svg = radar(&areas, "x", "y");
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }

    #[test]
    fn bars_mark_every_row_with_a_symbol() {
        let rows = [
            row("A.1", 3, Some(2)),
            row("A.2", 2, Some(4)),
            row("A.3", 3, None),
        ];
        let svg = bars(&rows);
        assert_eq!(svg.matches('✗').count(), 1);
        assert_eq!(svg.matches('✓').count(), 1);
        assert_eq!(svg.matches(">?<").count(), 1);
        assert_eq!(bars(&[]), "");
    }

    #[test]
    fn long_lists_use_two_columns() {
        let rows: Vec<RequirementRow> = (0..20)
            .map(|i| row(&format!("X.{i}"), 2, Some(1)))
            .collect();
        let svg = bars(&rows);
        // Two panels: the level numbers appear twice.
        assert_eq!(svg.matches(">5</text>").count(), 2);
    }

    #[test]
    fn labels_wrap_at_spaces() {
        assert_eq!(
            wrap("Savoir (connaissances)", 16),
            ["Savoir", "(connaissances)"]
        );
        assert_eq!(wrap("A. Planifier", 16), ["A. Planifier"]);
    }
}
