//! The radar of the results screen: the person's level by e-CF area and
//! trait family against the selected profile's, drawn on a canvas.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::canvas::{Canvas, Context, Line as CanvasLine};
use ratatui::widgets::{Block, Paragraph};

use super::context::Ctx;
use super::text;
use bilan_core::areas::AreaPoint;
use bilan_report::l10n::strings;

pub fn radar(ctx: Ctx, points: &[AreaPoint], block: Block, frame: &mut Frame, area: Rect) {
    let s = strings(ctx.lang);
    let theme = ctx.theme;
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [chart, legend] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(30)]).areas(inner);
    let n = points.len().max(1);
    let axis = |i: usize, r: f64| {
        let angle = std::f64::consts::FRAC_PI_2 - 2.0 * std::f64::consts::PI * i as f64 / n as f64;
        (r * angle.cos(), r * angle.sin())
    };
    // Terminal cells are about twice as tall as wide: stretch x to keep it round.
    let aspect = f64::from(chart.width) / (2.0 * f64::from(chart.height.max(1)));
    let (xr, yr) = (6.5 * aspect.max(1.0), 6.5);
    let polygon = |ctx: &mut Context, values: &dyn Fn(usize) -> f64, style: Style, dashed: bool| {
        for i in 0..n {
            let (x1, y1) = axis(i, values(i));
            let (x2, y2) = axis((i + 1) % n, values((i + 1) % n));
            if dashed {
                // Dots along the edge: tells the profile from the person without colour.
                for step in 0..=8 {
                    let t = f64::from(step) / 8.0;
                    ctx.draw(&ratatui::widgets::canvas::Points {
                        coords: &[(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)],
                        color: style.fg.unwrap_or(ratatui::style::Color::Reset),
                    });
                }
            } else {
                ctx.draw(&CanvasLine {
                    x1,
                    y1,
                    x2,
                    y2,
                    color: style.fg.unwrap_or(ratatui::style::Color::Reset),
                });
            }
        }
    };
    // The point's code: the e-CF area's letter, or the family's short name.
    let code = |p: &AreaPoint| -> String {
        match p.section.as_str() {
            "savoir" => s.short_savoir,
            "savoir-faire" => s.short_savoir_faire,
            "savoir-etre" => s.short_savoir_etre,
            other => other,
        }
        .to_string()
    };
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([-xr, xr])
        .y_bounds([-yr, yr])
        .paint(|ctx| {
            for level in [1.0, 3.0, 5.0] {
                polygon(ctx, &|_| level, theme.dim(), true);
            }
            ctx.layer();
            polygon(ctx, &|i| points[i].target, theme.target(), true);
            polygon(ctx, &|i| points[i].person, theme.person(), false);
            for (i, p) in points.iter().enumerate() {
                let (x, y) = axis(i, 5.9);
                ctx.print(x - 0.3, y, Line::styled(code(p), theme.key()));
            }
        });
    frame.render_widget(canvas, chart);
    let mark = |p: &AreaPoint| {
        if p.person + 1e-9 < p.target {
            "✗"
        } else {
            "✓"
        }
    };
    let value = |p: &AreaPoint| {
        format!(
            "{}/{}",
            bilan_report::l10n::number(p.person, ctx.lang),
            bilan_report::l10n::number(p.target, ctx.lang)
        )
    };
    // Every row in full when they fit (title, key, a blank line); else a
    // one-line key and the rows in two columns by short code, so no family
    // (savoir-être, last) is left out at 80×24.
    let lines = if usize::from(legend.height) >= points.len() + 3 {
        let mut lines = vec![
            Line::styled(format!("── {}", s.radar_you), theme.person()),
            Line::styled(format!("·· {}", s.radar_profile), theme.target()),
            Line::raw(""),
        ];
        for p in points {
            let label = text::truncate(p.title.get(ctx.lang), 16);
            lines.push(Line::raw(format!("{} {label:<16} {}", mark(p), value(p))));
        }
        lines
    } else {
        let mut lines = vec![Line::from(vec![
            ratatui::text::Span::styled(format!("── {}  ", s.radar_you), theme.person()),
            ratatui::text::Span::styled(format!("·· {}", s.radar_profile), theme.target()),
        ])];
        let half = points.len().div_ceil(2);
        let cell = |p: &AreaPoint| format!("{} {:<3} {}", mark(p), code(p), value(p));
        for i in 0..half {
            let left = cell(&points[i]);
            let right = points.get(i + half).map(cell).unwrap_or_default();
            lines.push(Line::raw(format!("{left}  {right}")));
        }
        lines
    };
    frame.render_widget(Paragraph::new(lines), legend);
}
