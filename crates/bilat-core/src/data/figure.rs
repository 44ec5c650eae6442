//! A trade figure as its source printed it: the value, how many decimals were printed
//! (`3.06` has 2, `20` has 0, `16.310` has 3) and whether it is a bound (`>2.17`: "more than
//! 2.17"). Every output writes a figure through this type, so none rounds it up, pads it with
//! decimals it never had, or prints float noise.

use std::fmt;

/// The most decimals kept: past 15, an `f64` holds no more digits of a USD bn figure.
pub const MAX_DECIMALS: u8 = 15;

/// Whether a figure is the amount itself or one side of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// The amount, to the printed decimals.
    #[default]
    Exact,
    /// The source says "more than" or "exceeded": the amount is at least this.
    AtLeast,
    /// At most this: only ever computed (a balance less an import that is a lower bound).
    AtMost,
}

impl Bound {
    /// The bound of `-x` when `x` has this bound.
    fn negated(self) -> Bound {
        match self {
            Bound::Exact => Bound::Exact,
            Bound::AtLeast => Bound::AtMost,
            Bound::AtMost => Bound::AtLeast,
        }
    }
}

/// A figure in USD billions as printed, or computed from printed ones.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Figure {
    /// USD billions.
    pub value: f64,
    /// Decimals as printed; a computed figure takes the most of its inputs.
    pub decimals: u8,
    pub bound: Bound,
    /// Worked out from printed figures (the row's `derived` column), not printed itself;
    /// shown with [`DERIVED_MARK`].
    pub derived: bool,
}

/// After a derived figure wherever it is shown: `3.06 (derived)`.
pub const DERIVED_MARK: &str = " (derived)";

/// Why a figure's text was refused; the loader adds the column and the value seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureError {
    NotANumber,
    TooLarge,
}

impl fmt::Display for FigureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FigureError::NotANumber => "expected a number",
            FigureError::TooLarge => "too large",
        })
    }
}

impl Figure {
    /// A figure known to `decimals` places.
    pub fn exact(value: f64, decimals: u8) -> Figure {
        Figure {
            value: round_to(value, decimals),
            decimals: decimals.min(MAX_DECIMALS),
            bound: Bound::Exact,
            derived: false,
        }
    }

    /// Reads a cell: `3.06`, `20`, `-1.5`, `>2.17` (also `>=2.17` and `≥2.17`).
    pub fn parse(text: &str) -> Result<Figure, FigureError> {
        let text = text.trim();
        let (bound, number) = match ["≥", ">=", ">"].iter().find_map(|m| text.strip_prefix(m)) {
            Some(rest) => (Bound::AtLeast, rest.trim_start()),
            None => (Bound::Exact, text),
        };
        let plain = !number.is_empty()
            && number
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
        let value = match number.parse::<f64>() {
            Ok(v) if plain && v.is_finite() => v,
            Ok(_) if plain => return Err(FigureError::TooLarge),
            _ => return Err(FigureError::NotANumber),
        };
        // -0 is 0: a sign on nothing is no figure to show.
        let value = if value == 0.0 { 0.0 } else { value };
        Ok(Figure {
            value,
            decimals: printed_decimals(number),
            bound,
            derived: false,
        })
    }

    pub fn is_exact(self) -> bool {
        self.bound == Bound::Exact
    }

    pub fn is_lower_bound(self) -> bool {
        self.bound == Bound::AtLeast
    }

    /// The value rounded to its decimals: what JSON writes, free of float noise.
    pub fn rounded(self) -> f64 {
        round_to(self.value, self.decimals)
    }

    /// The number alone, with its printed decimals and no mark: `3.06`, `-13.84`, `104`.
    pub fn number(self) -> String {
        let text = format!("{:.*}", usize::from(self.decimals), self.rounded());
        // `-0.00` is no deficit.
        if text.starts_with('-') && text[1..].bytes().all(|b| matches!(b, b'0' | b'.')) {
            text[1..].to_string()
        } else {
            text
        }
    }

    /// The number with a sign: `+3.06`, `-13.84`, `0.00`.
    pub fn signed_number(self) -> String {
        let number = self.number();
        if number.starts_with('-') || number.bytes().all(|b| matches!(b, b'0' | b'.')) {
            number
        } else {
            format!("+{number}")
        }
    }

    /// `2.17`, `≥2.17` or `≤2.17`, with the marks given (`≥`/`>=`, `≤`/`<=`).
    pub fn marked(self, number: String, at_least: &str, at_most: &str) -> String {
        match self.bound {
            Bound::Exact => number,
            Bound::AtLeast => format!("{at_least}{number}"),
            Bound::AtMost => format!("{at_most}{number}"),
        }
    }

    /// `≥2.17` in Unicode, `>=2.17` in ASCII; `3.06 (derived)` for a derived figure.
    pub fn shown(self, ascii: bool) -> String {
        let (at_least, at_most) = if ascii { (">=", "<=") } else { ("≥", "≤") };
        self.marked(self.number(), at_least, at_most) + self.derived_mark()
    }

    /// With a sign: `+3.06`, `≥+2.17`.
    pub fn shown_signed(self, ascii: bool) -> String {
        let (at_least, at_most) = if ascii { (">=", "<=") } else { ("≥", "≤") };
        self.marked(self.signed_number(), at_least, at_most) + self.derived_mark()
    }

    /// As a sentence says it: `2.17`, `more than 2.17`, `less than 2.17`, `3.06 (derived)`.
    pub fn words(self) -> String {
        self.marked(self.number(), "more than ", "less than ") + self.derived_mark()
    }

    /// [`DERIVED_MARK`] for a derived figure, else nothing.
    pub fn derived_mark(self) -> &'static str {
        if self.derived { DERIVED_MARK } else { "" }
    }

    /// The text a CSV cell holds, which reads back as the same figure: `3.06`, `>2.17`.
    pub fn cell(self) -> String {
        self.marked(self.number(), ">", "<")
    }

    /// `self + other`, to the most decimals of the two; a sum with a lower bound is a lower
    /// bound, and a lower bound plus an upper one bounds nothing (`None`).
    pub fn plus(self, other: Figure) -> Option<Figure> {
        let bound = match (self.bound, other.bound) {
            (a, Bound::Exact) => a,
            (Bound::Exact, b) => b,
            (a, b) if a == b => a,
            _ => return None,
        };
        let decimals = self.decimals.max(other.decimals);
        Some(Figure {
            bound,
            // Worked out from a derived figure is derived too.
            derived: self.derived || other.derived,
            ..Figure::exact(self.value + other.value, decimals)
        })
    }

    /// `self - other` (a balance): less a lower bound is an upper bound.
    pub fn minus(self, other: Figure) -> Option<Figure> {
        self.plus(Figure {
            value: -other.value,
            bound: other.bound.negated(),
            ..other
        })
    }

    /// Half a unit of the last printed decimal: how far rounding may have moved the value
    /// (0.005 for `3.06`, 0.5 for `20`).
    pub fn rounding(self) -> f64 {
        0.5 * 10f64.powi(-i32::from(self.decimals))
    }
}

/// `≥2.17` (Unicode); see [`Figure::shown`] for ASCII.
impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown(false))
    }
}

/// A JSON number rounded to the figure's decimals: `-13.84`, never `-13.839999999999998`;
/// a figure printed without decimals is a whole number (`104`, not `104.0`).
impl serde::Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rounded = self.rounded();
        // Below 2^53 every whole number is exact in an f64.
        if self.decimals == 0 && rounded.abs() < 9.0e15 {
            serializer.serialize_i64(rounded as i64)
        } else {
            serializer.serialize_f64(rounded)
        }
    }
}

impl Figure {
    /// Whether a JSON reader would see fewer decimals than printed (`3.10` reads as 3.1):
    /// then a document says the decimals beside the number.
    pub fn json_hides_decimals(self) -> bool {
        self.decimals > 0 && printed_decimals(&self.rounded().to_string()) != self.decimals
    }
}

/// `value` rounded to `decimals` places, the nearest `f64` to the decimal it prints as.
fn round_to(value: f64, decimals: u8) -> f64 {
    let scale = 10f64.powi(i32::from(decimals.min(MAX_DECIMALS)));
    let rounded = (value * scale).round() / scale;
    // A value too large to scale keeps its own digits.
    let rounded = if rounded.is_finite() { rounded } else { value };
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// The decimals a plain number prints: `3.06` 2, `20` 0, `1.5e1` 0, `25e-3` 3.
fn printed_decimals(number: &str) -> u8 {
    let (mantissa, exponent) = match number.find(['e', 'E']) {
        Some(at) => (&number[..at], number[at + 1..].parse::<i32>().unwrap_or(0)),
        None => (number, 0),
    };
    let fraction = mantissa.split_once('.').map_or(0, |(_, f)| f.len());
    let decimals = i32::try_from(fraction)
        .unwrap_or(i32::MAX)
        .saturating_sub(exponent);
    decimals.clamp(0, i32::from(MAX_DECIMALS)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fig(text: &str) -> Figure {
        Figure::parse(text).unwrap()
    }

    #[test]
    fn printed_decimals_are_kept() {
        assert_eq!(fig("3.06").number(), "3.06");
        assert_eq!(fig("20").number(), "20");
        assert_eq!(fig("16.310").number(), "16.310");
        assert_eq!(fig("104").to_string(), "104");
        assert_eq!(fig("1.5e1").number(), "15");
    }

    #[test]
    fn a_lower_bound_is_marked_and_never_rounded_up() {
        let f = fig(">2.17");
        assert!(f.is_lower_bound());
        assert_eq!(f.to_string(), "≥2.17");
        assert_eq!(f.shown(true), ">=2.17");
        assert_eq!(f.words(), "more than 2.17");
        assert_eq!(f.cell(), ">2.17");
        assert_eq!(fig("≥2.17"), f);
        assert_eq!(fig(">= 2.17"), f);
    }

    #[test]
    fn computed_figures_take_the_most_decimals_and_no_noise() {
        // 3.1 - 16.94 in f64 is -13.839999999999998.
        let balance = fig("3.1").minus(fig("16.94")).unwrap();
        assert_eq!(balance.decimals, 2);
        assert_eq!(balance.number(), "-13.84");
        assert_eq!(serde_json::to_string(&balance).unwrap(), "-13.84");
        assert_eq!(serde_json::to_string(&fig("104")).unwrap(), "104");
        assert!(fig("3.10").json_hides_decimals());
        assert!(!fig("3.06").json_hides_decimals() && !fig("104").json_hides_decimals());
        assert_eq!(fig("1.5").plus(fig("1.5")).unwrap().number(), "3.0");
        assert_eq!(
            fig("0.10").minus(fig("0.1")).unwrap().signed_number(),
            "0.00"
        );
    }

    #[test]
    fn sums_and_differences_with_a_bound_stay_bounds() {
        let sum = fig(">2.17").plus(fig("1.0")).unwrap();
        assert_eq!(sum.to_string(), "≥3.17");
        let balance = fig("1.00").minus(fig(">2.17")).unwrap();
        assert_eq!(balance.bound, Bound::AtMost);
        assert_eq!(balance.shown_signed(false), "≤-1.17");
        assert_eq!(fig(">2").minus(fig(">1")), None);
    }

    #[test]
    fn text_that_is_not_a_figure_is_refused() {
        for bad in ["", ">", "1,234", "n/a", "<2", "2>", "0x10"] {
            assert_eq!(Figure::parse(bad), Err(FigureError::NotANumber), "{bad}");
        }
        assert_eq!(Figure::parse("1e400"), Err(FigureError::TooLarge));
    }

    #[test]
    fn rounding_is_half_the_last_printed_unit() {
        assert_eq!(fig("3.06").rounding(), 0.005);
        assert_eq!(fig("20").rounding(), 0.5);
    }

    proptest! {
        /// What is printed reads back as the same figure: value and decimals kept.
        #[test]
        fn format_then_parse_keeps_value_and_decimals(
            units in 0u64..10_000_000_000,
            decimals in 0u8..=6,
            lower in any::<bool>(),
        ) {
            let value = units as f64 / 10f64.powi(i32::from(decimals));
            let figure = Figure {
                bound: if lower { Bound::AtLeast } else { Bound::Exact },
                ..Figure::exact(value, decimals)
            };
            let back = Figure::parse(&figure.cell()).unwrap();
            prop_assert_eq!(back.decimals, decimals);
            prop_assert_eq!(back.bound, figure.bound);
            prop_assert_eq!(back.rounded(), figure.rounded());
            prop_assert_eq!(back.number(), figure.number());
            let shown = Figure::parse(&figure.shown(true)).unwrap();
            prop_assert_eq!(shown, back);
            let unicode = Figure::parse(&figure.to_string()).unwrap();
            prop_assert_eq!(unicode, back);
        }

        /// Printing never adds or drops a decimal, whatever the text's digits.
        #[test]
        fn parse_then_format_gives_the_text_back(text in "(0|[1-9][0-9]{0,4})(\\.[0-9]{1,6})?") {
            prop_assert_eq!(Figure::parse(&text).unwrap().number(), text);
        }

        /// A computed figure prints no more decimals than its inputs.
        #[test]
        fn differences_print_at_the_inputs_decimals(
            a in "(0|[1-9][0-9]{0,3})(\\.[0-9]{1,4})?",
            b in "(0|[1-9][0-9]{0,3})(\\.[0-9]{1,4})?",
        ) {
            let (x, y) = (Figure::parse(&a).unwrap(), Figure::parse(&b).unwrap());
            let d = x.minus(y).unwrap();
            let want = usize::from(x.decimals.max(y.decimals));
            let printed = d.number().split_once('.').map_or(0, |(_, f)| f.len());
            prop_assert_eq!(printed, want);
        }
    }
}
