//! What every exported chart shares: size, colours and marker shapes (from
//! [`crate::text::palette`], as the dashboard has them), fonts, and the frame around the plot
//! (title, legend, source lines), drawn with plotters' SVG backend.

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ExportError;
use super::html::escape;
use super::sources;
use crate::text::palette::{self, Hue, MEETING_KINDS, Shape};

/// Pixels; the HTML page scales the charts to its width.
const WIDTH: u32 = 800;
/// Above the plot: the title and the legend.
const HEADER: u32 = 72;
/// The plot with its axes.
const PLOT: u32 = 344;
/// Below the plot, at the least: room for three lines of sources and notes. A chart with
/// more lines is taller, so that none is cut.
const FOOTER: u32 = 64;
/// A footer line's pitch, and the room under the last one.
const FOOTER_LINE: u32 = 17;
const FOOTER_MARGIN: u32 = 7;
/// A footer line holds at most this many characters (about 6 px each at 12 px).
pub const FOOTER_CHARS: usize = 124;

pub const INK: RGBColor = RGBColor(33, 33, 33);
pub const MUTED: RGBColor = RGBColor(90, 90, 90);
pub const GRID: RGBColor = RGBColor(225, 225, 225);
/// A hue of [`crate::text::palette`] as drawn.
pub const fn rgb(hue: Hue) -> RGBColor {
    let (r, g, b) = hue.rgb();
    RGBColor(r, g, b)
}

/// The colour of the trade series at `index`, as every output gives it.
pub fn series_color(index: usize) -> RGBColor {
    rgb(palette::series(index).hue)
}

/// Leader meetings: in person, by phone, by video.
pub const KINDS: [RGBColor; 3] = [
    rgb(MEETING_KINDS[0]),
    rgb(MEETING_KINDS[1]),
    rgb(MEETING_KINDS[2]),
];

/// `px` pixels of text: plotters writes a font size of `size / 1.24`.
pub fn font(px: f64) -> FontDesc<'static> {
    ("sans-serif", px * 1.24).into_font()
}

/// How a marker is drawn: a polygon's corners (pixels from the point it marks), filled or
/// outlined, or a circle, filled or outlined. Each is about as heavy as the others: a 12 px
/// diamond, triangle and star, a 10 px square, an 8 px dot, outlines 2 px wide.
enum Outline {
    Polygon(Vec<(i32, i32)>, bool),
    Circle(bool),
}

fn outline(shape: Shape) -> Outline {
    let square = vec![(-5, -5), (5, -5), (5, 5), (-5, 5)];
    match shape {
        Shape::Diamond => Outline::Polygon(vec![(0, -6), (6, 0), (0, 6), (-6, 0)], true),
        Shape::Circle => Outline::Circle(true),
        Shape::Triangle => Outline::Polygon(vec![(0, -6), (6, 5), (-6, 5)], true),
        Shape::Square => Outline::Polygon(square, true),
        Shape::TriangleDown => Outline::Polygon(vec![(0, 6), (6, -5), (-6, -5)], true),
        Shape::Ring => Outline::Circle(false),
        Shape::OpenSquare => Outline::Polygon(square, false),
        Shape::Star => Outline::Polygon(star(), true),
    }
}

/// A five-pointed star, 14 px across: outer corners 7 px from its middle, inner 3 px.
fn star() -> Vec<(i32, i32)> {
    (0..10)
        .map(|k| {
            let r = if k % 2 == 0 { 7.0 } else { 3.0 };
            let angle = std::f64::consts::PI * f64::from(k) / 5.0;
            (
                (r * angle.sin()).round() as i32,
                (-r * angle.cos()).round() as i32,
            )
        })
        .collect()
}

/// The marker as a drawable element, centred on the point it is added to.
fn marker_element<'b>(
    shape: Shape,
    color: RGBColor,
) -> DynElement<'static, SVGBackend<'b>, (i32, i32)> {
    match outline(shape) {
        Outline::Circle(true) => Circle::new((0, 0), 4, color.filled()).into_dyn(),
        Outline::Circle(false) => Circle::new((0, 0), 4, color.stroke_width(2)).into_dyn(),
        Outline::Polygon(corners, true) => Polygon::new(corners, color.filled()).into_dyn(),
        Outline::Polygon(mut corners, false) => {
            corners.push(corners[0]);
            PathElement::new(corners, color.stroke_width(2)).into_dyn()
        }
    }
}

/// Draws `marker` in `color` on `area` at `at` (pixels): a legend's sample.
fn draw_marker(area: &Area<'_>, at: (i32, i32), marker: Shape, color: RGBColor) -> DrawResult {
    area.draw(&(EmptyElement::at(at) + marker_element(marker, color)))
}

/// Draws `marker` in `color` at each of `points` of a chart on years and values.
pub fn draw_markers(
    chart: &mut ChartContext<'_, SVGBackend<'_>, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    points: Vec<(f64, f64)>,
    marker: Shape,
    color: RGBColor,
) -> Result<(), String> {
    let at = points.into_iter().map(EmptyElement::at);
    chart
        .draw_series(at.map(|p| p + marker_element(marker, color)))
        .map(|_| ())
        .map_err(|e| e.to_string())
}

pub enum Swatch {
    Line(RGBColor, Shape),
    /// A marker with no line: figures that are not a continuous series.
    Point(RGBColor, Shape),
    Block(RGBColor),
    /// Words with no sample: what a chart's values mean, its range.
    Words,
}

impl Swatch {
    /// Pixels from an entry's left to its text.
    fn width(&self) -> i32 {
        match self {
            Swatch::Words => 0,
            _ => 30,
        }
    }
}

/// What surrounds a plot: title, legend entries and footer lines.
pub struct Frame {
    pub title: String,
    pub legend: Vec<(Swatch, String)>,
    pub footer: Vec<String>,
}

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// plotters reports errors in its own types; the message is what matters.
fn failed(chart: &'static str) -> impl Fn(String) -> ExportError {
    move |message| ExportError::Chart { chart, message }
}

/// Draws the frame on a white page and hands the plot area to `plot`; returns the SVG text
/// with a `<title>` for screen readers.
pub fn draw(
    chart: &'static str,
    frame: &Frame,
    plot: impl FnOnce(&Area<'_>) -> Result<(), String>,
) -> Result<String, ExportError> {
    // Every footer line whole: a long one wraps, and the chart grows to hold them all.
    let footer: Vec<String> = frame
        .footer
        .iter()
        .flat_map(|line| crate::text::fit::wrap_all(line, FOOTER_CHARS))
        .collect();
    let footer_px = (FOOTER_LINE * footer.len() as u32 + FOOTER_MARGIN).max(FOOTER);
    // Every legend entry whole: past the page's width, the legend takes another line.
    let places = legend_places(&frame.legend);
    let legend_rows = places
        .iter()
        .map(|p| p.1)
        .max()
        .map_or(0, |y| (y - LEGEND_Y) / LEGEND_LINE);
    let header_px = HEADER + LEGEND_LINE as u32 * legend_rows as u32;
    let mut svg = String::new();
    {
        let size = (WIDTH, header_px + PLOT + footer_px);
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let drawn = (|| {
            root.fill(&WHITE).map_err(|e| e.to_string())?;
            let (header, rest) = root.split_vertically(header_px);
            let (body, footer_area) = rest.split_vertically(PLOT);
            draw_header(&header, frame).map_err(|e| e.to_string())?;
            draw_footer(&footer_area, &footer).map_err(|e| e.to_string())?;
            plot(&body)?;
            root.present().map_err(|e| e.to_string())
        })();
        drawn.map_err(failed(chart))?;
    }
    // A text alternative as the SVG's first child, where screen readers look for it.
    let title = format!("\n<title>{}</title>", escape(&frame.title));
    if let Some(end) = svg.find('>') {
        svg.insert_str(end + 1, &title);
    }
    Ok(svg)
}

type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

fn draw_header(area: &Area<'_>, frame: &Frame) -> DrawResult {
    let title = font(20.0).style(FontStyle::Bold).color(&INK);
    area.draw(&Text::new(frame.title.clone(), (20, 12), title))?;
    let label = font(13.0)
        .color(&INK)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for ((swatch, text), (x, y)) in frame.legend.iter().zip(legend_places(&frame.legend)) {
        match swatch {
            Swatch::Line(color, shape) => {
                area.draw(&PathElement::new(
                    vec![(x, y), (x + 24, y)],
                    color.stroke_width(2),
                ))?;
                draw_marker(area, (x + 12, y), *shape, *color)?;
            }
            Swatch::Point(color, shape) => draw_marker(area, (x + 12, y), *shape, *color)?,
            Swatch::Block(color) => {
                area.draw(&Rectangle::new(
                    [(x + 4, y - 7), (x + 18, y + 7)],
                    color.filled(),
                ))?;
            }
            Swatch::Words => {}
        }
        let text_x = x + swatch.width();
        area.draw(&Text::new(text.clone(), (text_x, y), label.clone()))?;
    }
    Ok(())
}

/// The middle of the first legend line, and the pitch of the next (pixels).
const LEGEND_Y: i32 = 54;
const LEGEND_LINE: i32 = 22;

/// Where each legend entry starts (its swatch's left, its line's middle): left to right,
/// a new line where the next would pass the page's right margin.
fn legend_places(legend: &[(Swatch, String)]) -> Vec<(i32, i32)> {
    let (mut x, mut y) = (20, LEGEND_Y);
    let right = WIDTH as i32 - 20;
    legend
        .iter()
        .map(|(swatch, text)| {
            // Roughly 0.6 em per character: enough room that labels never touch.
            let text_px = (text.chars().count() as f64 * 13.0 * 0.6) as i32;
            let width = swatch.width() + text_px;
            if x > 20 && x + width > right {
                (x, y) = (20, y + LEGEND_LINE);
            }
            let at = (x, y);
            x += width + 24;
            at
        })
        .collect()
}

fn draw_footer(area: &Area<'_>, lines: &[String]) -> DrawResult {
    let style = font(12.0).color(&MUTED);
    for (i, line) in lines.iter().enumerate() {
        area.draw(&Text::new(
            line.clone(),
            (20, 6 + FOOTER_LINE as i32 * i as i32),
            style.clone(),
        ))?;
    }
    Ok(())
}

/// A line in the middle of an empty plot, instead of axes with nothing on them.
pub fn draw_empty(area: &Area<'_>, text: &str) -> Result<(), String> {
    let style = font(15.0)
        .color(&MUTED)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let (w, h) = area.dim_in_pixel();
    area.draw(&Text::new(
        text.to_string(),
        (w as i32 / 2, h as i32 / 2),
        style,
    ))
    .map_err(|e| e.to_string())
}

/// The source note, wrapped into at most two footer lines.
pub fn source_lines(lead: &str, names: &[String], tail: &str) -> Vec<String> {
    // Leave a little room for the wrap not to fill each line to the last character.
    let text = sources::line(lead, names, tail, 2 * FOOTER_CHARS - 12);
    crate::text::fit::wrap(&text, FOOTER_CHARS, 2, "…")
}

/// The axes and grid of a chart over years, in every chart's style: whole years on the x
/// axis (at most `x_labels` of them) and no vertical grid, muted axes, light horizontal
/// lines, 12 px labels and 13 px axis names. The caller adds the y axis's labels and name.
pub fn year_mesh<'a, 'b, Y, YT, DB>(
    chart: &'b mut ChartContext<'a, DB, Cartesian2d<RangedCoordf64, Y>>,
    x_labels: usize,
) -> plotters::chart::MeshStyle<'a, 'b, RangedCoordf64, Y, DB>
where
    Y: Ranged<ValueType = YT> + plotters::coord::ranged1d::ValueFormatter<YT>,
    DB: DrawingBackend,
{
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .x_labels(x_labels)
        .x_label_formatter(&year_label)
        .label_style(font(12.0).color(&INK))
        .axis_desc_style(font(13.0).color(&INK))
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(MUTED);
    mesh
}

/// Year ticks on an axis padded half a year each side: whole years only.
pub fn year_label(x: &f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        String::new()
    }
}
