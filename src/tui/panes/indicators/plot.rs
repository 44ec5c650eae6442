//! The indicators chart's plot: its value scale (the indicator's range when bounded, else
//! round numbers around every value shown), each year's value as a point, dots between
//! neighbouring years that both have one, and a `?` on the baseline for a year whose row
//! has no value. A year with no row breaks the line too.

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use crate::data::IndicatorSeries;
use crate::tui::panes::shared::chart::{ChartGeometry, is_blank, put};
use crate::tui::theme::Theme;

/// The values at the top and bottom of the plot, in the indicator's unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Scale {
    pub(super) top: f64,
    pub(super) bottom: f64,
}

impl Scale {
    /// The widest of the `ranges` of bounded indicators where any is given; else from zero
    /// (or a round number below the lowest value) to a round number above the highest: the
    /// rule the exported charts follow too ([`crate::data::indicator_scale`]).
    pub(super) fn holding(values: &[f64], ranges: &[[f64; 2]]) -> Scale {
        let [bottom, top] = crate::data::indicator_scale(values, ranges);
        Scale { top, bottom }
    }

    /// The values labelled: top, bottom, and zero where it lies between them.
    fn ticks(&self) -> Vec<f64> {
        let mut ticks = vec![self.top, self.bottom];
        if self.bottom < 0.0 && self.top > 0.0 {
            ticks.push(0.0);
        }
        ticks
    }

    /// Columns left of the plot: the widest label and a blank.
    pub(super) fn gutter(&self) -> u16 {
        let widest = self.ticks().iter().map(|v| label(*v).len()).max();
        widest.unwrap_or(1) as u16 + 1
    }
}

/// A value of the scale with the fewest decimals (up to three) that print it exactly.
pub(super) use crate::data::indicator_label as label;

/// One frame of the plot.
pub(super) struct Plot<'a> {
    pub(super) g: &'a ChartGeometry,
    pub(super) scale: Scale,
    pub(super) theme: &'a Theme,
    pub(super) series: IndicatorSeries<'a>,
}

impl Plot<'_> {
    fn baseline(&self) -> u16 {
        self.g.plot.y + self.g.plot.height - 1
    }

    /// The row of a value: the top row for the scale's top, the baseline for its bottom.
    pub(super) fn row_of(&self, value: f64) -> u16 {
        let h = f64::from(self.g.plot.height - 1);
        let Scale { top, bottom } = self.scale;
        let above = (value - bottom) / (top - bottom);
        self.baseline() - (above * h).round().clamp(0.0, h) as u16
    }

    /// The value labels, right-aligned in the gutter, each on its value's row.
    pub(super) fn render_scale(&self, buf: &mut Buffer) {
        let g = self.g;
        let w = g.scale_width.saturating_sub(1);
        let x = g.plot.x - g.scale_width;
        for value in self.scale.ticks() {
            let text = format!("{:>width$}", label(value), width = usize::from(w));
            put(buf, x, self.row_of(value), &text, w, self.theme.muted);
        }
    }

    /// The rows of the years shown, with their value where they have one.
    fn shown(&self) -> impl Iterator<Item = (i32, Option<f64>)> + '_ {
        let span = self.g.axis.span;
        self.series
            .points
            .iter()
            .filter(move |p| span.contains(p.year))
            .map(|p| (p.year, p.value.map(|v| v.value)))
    }

    /// `?` on the baseline for each year whose row has no value: a gap, not a zero.
    pub(super) fn render_gaps(&self, buf: &mut Buffer) {
        for (year, value) in self.shown() {
            if value.is_none() {
                let x = self.g.axis.x(year);
                put(buf, x, self.baseline(), "?", 1, self.theme.muted);
            }
        }
    }

    /// Dots between neighbouring years that both have a value, then the points over them;
    /// the `cursor` year's point in reverse video.
    pub(super) fn render_line(&self, buf: &mut Buffer, cursor: Option<i32>) {
        let theme = self.theme;
        let style = theme.series_style(0);
        let points: Vec<(i32, f64)> = self
            .shown()
            .filter_map(|(y, v)| v.map(|v| (y, v)))
            .collect();
        for pair in points.windows(2) {
            let ((ya, va), (yb, vb)) = (pair[0], pair[1]);
            if yb != ya + 1 {
                continue;
            }
            let (xa, xb) = (self.g.axis.x(ya), self.g.axis.x(yb));
            for x in xa + 1..xb {
                let t = f64::from(x - xa) / f64::from(xb - xa);
                let y = self.row_of(va + (vb - va) * t);
                if is_blank(buf, x, y) {
                    put(buf, x, y, theme.glyphs.link, 1, style);
                }
            }
        }
        for &(year, value) in &points {
            let style = if cursor == Some(year) {
                style.add_modifier(Modifier::REVERSED)
            } else {
                style
            };
            let (x, y) = (self.g.axis.x(year), self.row_of(value));
            put(buf, x, y, theme.glyphs.point(0), 1, style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bounded_indicator_keeps_its_range_and_others_round_numbers() {
        let bounded = Scale::holding(&[0.4], &[[0.0, 1.0]]);
        assert_eq!(
            bounded,
            Scale {
                top: 1.0,
                bottom: 0.0
            }
        );
        let signed = Scale::holding(&[-2.35, 1.2], &[]);
        assert_eq!(
            signed,
            Scale {
                top: 1.5,
                bottom: -2.5
            }
        );
        assert_eq!(
            Scale::holding(&[], &[]),
            Scale {
                top: 1.0,
                bottom: 0.0
            }
        );
        assert_eq!(label(-2.5), "-2.5");
        assert_eq!(label(2.0), "2");
    }
}
