//! The trade chart's value scale: its top and bottom (USD bn) from every figure drawn, and
//! the labels left of the plot, each printed whole (`1,000`, `2.5`, `-250`) in a gutter as
//! wide as the widest of them.

use crate::tui::panes::shared::chart::nice_max;

/// The values at the top and bottom of the plot, USD bn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// A round number at or above the largest figure drawn.
    pub top: f64,
    /// 0, or a round number at or below a negative balance.
    pub bottom: f64,
}

impl Scale {
    /// The scale holding `values` (USD bn): from zero up, and below zero only for a balance
    /// that is.
    pub fn holding(values: &[f64]) -> Scale {
        let top = nice_max(values.iter().copied().fold(0.0, f64::max));
        let lowest = values.iter().copied().fold(0.0, f64::min);
        let bottom = if lowest < 0.0 {
            -nice_max(-lowest)
        } else {
            0.0
        };
        Scale { top, bottom }
    }

    /// The values the plot labels: the top, the bottom, zero, and halfway up a scale from
    /// zero where the plot is `height` rows or more.
    pub fn ticks(&self, height: u16) -> Vec<f64> {
        let mut ticks = vec![self.top];
        if height >= 5 && self.bottom == 0.0 {
            ticks.push(self.top / 2.0);
        }
        if self.bottom < 0.0 {
            ticks.push(self.bottom);
        }
        ticks.push(0.0);
        ticks
    }

    /// Columns left of the plot: the widest label any height could show, and a blank.
    pub fn gutter(&self) -> u16 {
        let widest = [self.top, self.top / 2.0, self.bottom, 0.0]
            .into_iter()
            .map(|v| label(v).len())
            .max()
            .unwrap_or(1);
        widest as u16 + 1
    }
}

/// A value on the scale as it is, with the fewest decimals that print it exactly (up to
/// six) and thousands separators: `1,000`, `1.25`, `-2,500`, `0`.
pub fn label(value: f64) -> String {
    let decimals = (0..=6)
        .find(|&d| {
            let scaled = value * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(6);
    let text = format!("{:.*}", decimals as usize, value.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::new();
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    out.push_str(&crate::text::fit::thousands(whole.parse().unwrap_or(0)));
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_print_the_whole_value() {
        assert_eq!(label(1000.0), "1,000");
        assert_eq!(label(2500.0), "2,500");
        assert_eq!(label(1250.0), "1,250");
        assert_eq!(label(250.0), "250");
        assert_eq!(label(1.25), "1.25");
        assert_eq!(label(0.5), "0.5");
        assert_eq!(label(-2500.0), "-2,500");
        assert_eq!(label(0.0), "0");
        assert_eq!(label(-0.0), "0");
    }

    #[test]
    fn the_gutter_fits_the_widest_label() {
        let scale = Scale::holding(&[980.0, 12.0]);
        assert_eq!(scale.top, 1000.0);
        assert_eq!(scale.gutter(), 6);
        let balance = Scale::holding(&[40.0, -1800.0]);
        assert_eq!(balance.bottom, -2000.0);
        assert_eq!(balance.gutter(), 7);
        assert_eq!(balance.ticks(10), [50.0, -2000.0, 0.0]);
        assert_eq!(Scale::holding(&[]).ticks(10), [1.0, 0.5, 0.0]);
    }
}
