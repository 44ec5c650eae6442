//! The one order of series colours and marker shapes. The dashboard's theme, the SVG charts
//! and the HTML pages that hold them all give the trade series at index `i` (declaration
//! order in the manifest) the `i`-th entry here, so a series has one colour and one shape in
//! every output. A comparison draws each pair as the series it shows (its headline), in that
//! series' entry, and its meetings in the same colour.
//!
//! No terminal or drawing types here: the theme maps each hue to a terminal colour, the
//! export maps it to its RGB value.

/// A series colour. The first four are of the Okabe–Ito set, told apart with most kinds of
/// colour blindness; the next three fill gaps of the hue circle between those, and the last
/// is a grey, so a terminal's nearest colours stay apart. Past four series the glyph, not the colour, is
/// what tells every reader the series apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hue {
    Vermilion,
    Blue,
    ReddishPurple,
    BluishGreen,
    /// A dark yellow: Okabe–Ito's yellow does not show on white.
    Ochre,
    Violet,
    Crimson,
    Grey,
}

impl Hue {
    /// As printed and drawn on white: red, green and blue, 0–255.
    pub const fn rgb(self) -> (u8, u8, u8) {
        match self {
            Hue::Vermilion => (213, 94, 0),
            Hue::Blue => (0, 114, 178),
            Hue::ReddishPurple => (204, 121, 167),
            Hue::BluishGreen => (0, 158, 115),
            Hue::Ochre => (145, 140, 0),
            Hue::Violet => (120, 90, 200),
            Hue::Crimson => (190, 30, 70),
            Hue::Grey => (100, 100, 100),
        }
    }
}

/// A marker shape: the dashboard's glyph (`◆ ● ▲ ■ ▼ ○ □ ★`) or the chart's polygon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Diamond,
    Circle,
    Triangle,
    Square,
    /// Pointing down.
    TriangleDown,
    /// A circle's outline.
    Ring,
    /// A square's outline.
    OpenSquare,
    Star,
}

impl Shape {
    /// The dashboard's glyph: `◆ ● ▲ ■ ▼ ○ □ ★`, or in ASCII `o * + x v @ % &`. Each is
    /// one column wide in common terminal fonts, and none is another mark of the charts
    /// (`?` gap, `·` link, `│` cursor, bars: `#` and `:` in ASCII) or the Unicode lists
    /// (`◇` unmeasured arms, `▸` linked row, `▶` pointer, `•` search match).
    pub fn glyph(self, ascii: bool) -> &'static str {
        match (self, ascii) {
            (Shape::Diamond, false) => "◆",
            (Shape::Circle, false) => "●",
            (Shape::Triangle, false) => "▲",
            (Shape::Square, false) => "■",
            (Shape::TriangleDown, false) => "▼",
            (Shape::Ring, false) => "○",
            (Shape::OpenSquare, false) => "□",
            (Shape::Star, false) => "★",
            (Shape::Diamond, true) => "o",
            (Shape::Circle, true) => "*",
            (Shape::Triangle, true) => "+",
            (Shape::Square, true) => "x",
            (Shape::TriangleDown, true) => "v",
            (Shape::Ring, true) => "@",
            (Shape::OpenSquare, true) => "%",
            (Shape::Star, true) => "&",
        }
    }
}

/// A series' colour and shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesStyle {
    pub hue: Hue,
    pub shape: Shape,
}

/// The order. Past eight series the entries are reused in turn, and the dashboard's legend
/// says so (see [`reused`]).
pub const SERIES: [SeriesStyle; 8] = [
    SeriesStyle {
        hue: Hue::Vermilion,
        shape: Shape::Diamond,
    },
    SeriesStyle {
        hue: Hue::Blue,
        shape: Shape::Circle,
    },
    SeriesStyle {
        hue: Hue::ReddishPurple,
        shape: Shape::Triangle,
    },
    SeriesStyle {
        hue: Hue::BluishGreen,
        shape: Shape::Square,
    },
    SeriesStyle {
        hue: Hue::Ochre,
        shape: Shape::TriangleDown,
    },
    SeriesStyle {
        hue: Hue::Violet,
        shape: Shape::Ring,
    },
    SeriesStyle {
        hue: Hue::Crimson,
        shape: Shape::OpenSquare,
    },
    SeriesStyle {
        hue: Hue::Grey,
        shape: Shape::Star,
    },
];

/// The colour and shape of the series at `index`.
pub fn series(index: usize) -> SeriesStyle {
    SERIES[index % SERIES.len()]
}

/// Whether the series at `index` shares its colour and shape with an earlier one: the
/// `n`-th time an entry is reused it is 1, then 2... (0: its own entry). Outputs number a
/// reused marker in their legends, so two series never pass for one.
pub fn reused(index: usize) -> usize {
    index / SERIES.len()
}

/// Leader meetings by kind: in person, then by phone (the dashboard's one "call" bar takes
/// this colour too), then by video. The first two follow the series order, as the
/// dashboard's bars do.
pub const MEETING_KINDS: [Hue; 3] = [SERIES[0].hue, SERIES[1].hue, Hue::BluishGreen];

/// The entry (index into [`SERIES`]) each compared pair (two to four) is drawn in: the
/// entry of the series it shows (`None`: no series with figures, so its place in the
/// comparison). Where a pair's entry is already taken by an earlier pair, it takes the next
/// free one, so the pairs are always told apart; that is the one case where a pair's colour
/// differs from its own page's. Every output of a comparison calls this, so a pair keeps one
/// colour and one glyph everywhere (through [`crate::report::compare::pair_entries`]).
pub fn pair_entries_of(shown: &[Option<usize>]) -> Vec<usize> {
    let n = SERIES.len();
    let mut taken = [false; 8];
    shown
        .iter()
        .enumerate()
        .map(|(place, series)| {
            let mut entry = series.unwrap_or(place) % n;
            while taken[entry] && taken.iter().any(|t| !t) {
                entry = (entry + 1) % n;
            }
            taken[entry] = true;
            entry
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_gives_each_series_of_eight_its_own_colour_and_shape() {
        for i in 0..SERIES.len() {
            for j in 0..i {
                assert_ne!(series(i).hue, series(j).hue);
                assert_ne!(series(i).shape, series(j).shape);
            }
        }
        assert_eq!(SERIES.len(), 8);
        assert_eq!(series(9), series(1));
        assert_eq!((reused(7), reused(8), reused(17)), (0, 1, 2));
    }

    #[test]
    fn compared_pairs_take_their_series_entry_and_never_share_one() {
        assert_eq!(pair_entries_of(&[Some(1), Some(0)]), vec![1, 0]);
        assert_eq!(pair_entries_of(&[Some(0), Some(0)]), vec![0, 1]);
        assert_eq!(pair_entries_of(&[Some(3), Some(3)]), vec![3, 4]);
        assert_eq!(pair_entries_of(&[Some(7), Some(7)]), vec![7, 0]);
        assert_eq!(pair_entries_of(&[None, None]), vec![0, 1]);
        assert_eq!(pair_entries_of(&[None, Some(0)]), vec![0, 1]);
        assert_eq!(pair_entries_of(&[Some(1), None]), vec![1, 2]);
        assert_eq!(
            pair_entries_of(&[Some(0), Some(0), Some(0), Some(0)]),
            vec![0, 1, 2, 3]
        );
        assert_eq!(
            pair_entries_of(&[None, None, Some(1), Some(5)]),
            vec![0, 1, 2, 5]
        );
        assert_eq!(
            pair_entries_of(&[Some(2), Some(2), None]),
            vec![2, 3, 4],
            "the third's own place, 2, is taken"
        );
    }
}
