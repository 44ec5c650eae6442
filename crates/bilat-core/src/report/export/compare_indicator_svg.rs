//! The comparison's indicator charts: one for each indicator id that two or more pairs
//! declare on one unit, a line per pair in its colour and marker (those of its trade line,
//! [`pair_styles`]), on one year axis and one scale (the indicator's range where every
//! manifest bounds it). A year without a value breaks a pair's line and draws nothing,
//! never a zero. The legend names each pair, the unit and what a higher value means; the
//! footer the source(s), each line's gaps, any mark, and the pairs not drawn and why. Where
//! the pairs' units differ, only pairs on one unit share a chart, and the page's table says
//! the units differ. The drawing is the single chart's ([`plot`], [`notes`], [`cited`]).

use super::chart::{FOOTER_CHARS, Frame, Swatch, draw, source_lines};
use super::compare_svg::{chart_title, pair_styles};
use super::indicator_plot::{Line, notes, plot};
use super::indicator_svg::{IndicatorChart, cited, file_part};
use super::{ExportError, sources};
use crate::data::{Dataset, Indicator, TableId, indicator_label};
use crate::report::compare::{ComparedIndicator, and_list, indicators_compared};

/// Every shared chart, in the order the table's rows name the indicators: one for each
/// group of pairs on one unit (`unga-ip-distance`, then `unga-ip-distance-2` for a second
/// group of the same id on another unit).
pub fn charts(pairs: &[&Dataset]) -> Result<Vec<IndicatorChart>, ExportError> {
    let mut out = Vec::new();
    for compared in indicators_compared(pairs) {
        let groups = compared.drawn_together();
        for (n, group) in groups.iter().enumerate() {
            let drawn: Vec<&Dataset> = group.iter().map(|&p| pairs[p]).collect();
            let first = compared.declared[group[0]].map_or("", |d| d.unit.trim());
            // Two groups of one id are told apart by their unit.
            let what = match groups.len() {
                1 => compared.name().to_string(),
                _ => format!("{} ({first})", compared.name()),
            };
            let title = chart_title(&drawn, &what);
            let id = match n {
                0 => file_part(compared.id),
                n => format!("{}-{}", file_part(compared.id), n + 1),
            };
            out.push(IndicatorChart {
                id,
                svg: chart(pairs, &compared, group, &title)?,
                title,
            });
        }
    }
    Ok(out)
}

/// The chart of `group`, pairs declaring `compared` on one unit.
fn chart(
    pairs: &[&Dataset],
    compared: &ComparedIndicator<'_>,
    group: &[usize],
    title: &str,
) -> Result<String, ExportError> {
    let styles = pair_styles(pairs);
    let lines: Vec<Line<'_>> = group
        .iter()
        .filter_map(|&p| {
            Some(Line {
                series: pairs[p].indicator_series_of(compared.id)?,
                color: styles[p].0,
                shape: styles[p].1,
                label: pairs[p].manifest.title.clone(),
            })
        })
        .collect();
    let defs: Vec<&Indicator> = group.iter().filter_map(|&p| compared.declared[p]).collect();
    let unit = defs.first().map_or("", |d| d.unit.trim());

    let mut legend: Vec<(Swatch, String)> = lines
        .iter()
        .map(|l| (Swatch::Line(l.color, l.shape), l.label.clone()))
        .collect();
    legend.push((Swatch::Words, format!("unit: {unit}")));
    let mut higher: Vec<(&str, Vec<&str>)> = Vec::new();
    for (&p, def) in group.iter().zip(&defs) {
        let words = def.higher.trim();
        let title = pairs[p].manifest.title.as_str();
        match higher.iter_mut().find(|(w, _)| *w == words) {
            Some((_, titles)) => titles.push(title),
            None if !words.is_empty() => higher.push((words, vec![title])),
            None => {}
        }
    }
    for (words, titles) in &higher {
        legend.push((
            Swatch::Words,
            match higher.len() {
                1 => format!("higher = {words}"),
                _ => format!("higher = {words} ({})", and_list(titles)),
            },
        ));
    }
    // A bounded scale only where every manifest bounds the indicator: else a value of a
    // pair without bounds could fall outside another's.
    let ranges: Vec<[f64; 2]> = defs.iter().filter_map(|d| d.range).collect();
    let ranges = if ranges.len() == defs.len() {
        ranges
    } else {
        Vec::new()
    };
    if let Some(&[low, high]) = ranges.first() {
        let widest = ranges.iter().any(|&r| r != [low, high]);
        let [low, high] = crate::data::indicator_scale(&[], &ranges);
        let (low, high) = (indicator_label(low), indicator_label(high));
        let said = if widest { ", the widest declared" } else { "" };
        legend.push((Swatch::Words, format!("range {low} to {high}{said}")));
    }

    let mut footer = source_footer(pairs, group, &lines);
    footer.extend(notes(&lines));
    footer.extend(coinciding(&lines));
    footer.extend(not_drawn(pairs, compared, group));
    let frame = Frame {
        title: title.to_string(),
        legend,
        footer,
    };
    draw("indicator", &frame, |area| {
        let empty = "No values of this indicator in these datasets.";
        plot(area, unit, &ranges, &lines, empty)
    })
}

/// The source line: each source the manifests declare for the indicator, in full (with the
/// pairs citing it, where they cite more than one), and the publishers of any other source
/// a year cites.
fn source_footer(pairs: &[&Dataset], group: &[usize], lines: &[Line<'_>]) -> Vec<String> {
    let tail = "see each dataset for each value's source";
    let mut declared: Vec<(String, Vec<&str>)> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for (&p, line) in group.iter().zip(lines) {
        let data = pairs[p];
        let (cite, others) = cited(&data.manifest, &line.series);
        if let Some(cite) = cite {
            let title = data.manifest.title.as_str();
            match declared.iter_mut().find(|(c, _)| *c == cite) {
                Some((_, titles)) => titles.push(title),
                None => declared.push((cite, vec![title])),
            }
        }
        for name in others {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    let cites: Vec<String> = declared
        .iter()
        .map(|(cite, titles)| {
            if titles.len() == lines.len() {
                cite.clone()
            } else {
                format!("{cite} ({})", and_list(titles))
            }
        })
        .collect();
    let cites = cites.join("; ");
    if cites.is_empty() {
        source_lines("Source:", &names, tail)
    } else if names.is_empty() {
        vec![format!("Source: {cites}; {tail}.")]
    } else {
        let also = sources::line("", &names, tail, 2 * FOOTER_CHARS);
        vec![format!("Source: {cites}, and for some years{also}.")]
    }
}

/// Lines with the same values in the same years (two pairs sharing a country, each with its
/// ideal point): the one drawn later hides the other, so the footer names both.
fn coinciding(lines: &[Line<'_>]) -> Option<String> {
    let values = |l: &Line<'_>| -> Vec<(i32, f64)> {
        let points = l.series.points.iter();
        points
            .filter_map(|p| Some((p.year, p.value?.value)))
            .collect()
    };
    let mut same: Vec<String> = Vec::new();
    for (i, a) in lines.iter().enumerate() {
        for b in &lines[i + 1..] {
            let ours = values(a);
            if !ours.is_empty() && ours == values(b) {
                same.push(format!("{} and {}", a.label, b.label));
            }
        }
    }
    (!same.is_empty()).then(|| {
        format!(
            "The same values in every year, one line drawn over the other: {}.",
            same.join("; ")
        )
    })
}

/// The pairs compared but not drawn, each with why: `Not drawn: China–Pakistan (no such
/// indicator); Atlantis–Lemuria (in percent, another unit).`; nothing when every pair is.
fn not_drawn(
    pairs: &[&Dataset],
    compared: &ComparedIndicator<'_>,
    group: &[usize],
) -> Option<String> {
    let why: Vec<String> = (0..pairs.len())
        .filter(|p| !group.contains(p))
        .map(|p| {
            let title = &pairs[p].manifest.title;
            match compared.declared[p] {
                Some(def) => format!("{title} (in {}, another unit)", def.unit.trim()),
                None if !pairs[p].has(TableId::Indicators) => {
                    format!("{title} (no indicators table)")
                }
                None => format!("{title} (no such indicator)"),
            }
        })
        .collect();
    (!why.is_empty()).then(|| format!("Not drawn: {}.", why.join("; ")))
}
