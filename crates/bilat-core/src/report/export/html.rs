//! `--format html`: the briefing as one self-contained page. Styles are inline, the charts
//! (trade, meetings and one per indicator) are inline SVG, and a Content-Security-Policy forbids every request, so the page opens
//! offline and prints the same anywhere.

use std::fmt::Write;

use super::briefing::{Briefing, SourceRow};
use super::{ExportError, html_tables, svg};
use crate::data::Dataset;

/// Tables with at most this many rows are kept on one printed page.
const KEEP_ROWS: usize = 20;

/// Text made safe inside HTML or XML elements and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A quality or basis word as a small outlined tag; nothing for an empty word.
pub(super) fn mark(word: &str) -> String {
    if word.is_empty() {
        String::new()
    } else {
        format!(" <span class=\"mark\">{}</span>", escape(word))
    }
}

/// Muted small text under a cell's main content; nothing when empty.
pub(super) fn note(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("<span class=\"note\">{}</span>", escape(text))
    }
}

pub fn page(data: &Dataset) -> Result<String, ExportError> {
    let b = Briefing::new(data);
    let charts = [svg::trade(data)?, svg::meetings(data)?];
    let indicators = super::indicator_svg::charts(data)?;
    let mut out = String::new();
    open_page(&mut out, &b.heading, "");
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"lede\">{} · figures as of {}</p>\n",
        escape(&b.heading),
        escape(&b.countries),
        escape(&b.as_of),
    );
    if !b.description.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&b.description));
    }
    let arms = super::arms_table::rows(data);
    let arms_link = if arms.is_some() {
        "<a href=\"#arms\">Arms transfers</a> · "
    } else {
        ""
    };
    let indicators_link = if indicators.is_empty() {
        ""
    } else {
        "<a href=\"#indicators\">Indicators</a> · "
    };
    let _ = write!(
        out,
        "<nav>Contents: <a href=\"#figures\">Key figures</a> · <a href=\"#charts\">Charts</a> · \
         {indicators_link}<a href=\"#trade\">Trade figures</a> · <a href=\"#meetings\">Meetings</a> · <a href=\"#exercises\">Exercises</a> · {arms_link}\
         <a href=\"#timeline\">Timeline</a> · \
         <a href=\"#sources\">Sources</a></nav>\n</header>\n",
    );

    out.push_str("<section id=\"figures\">\n<h2>Key figures</h2>\n<dl class=\"figures\">\n");
    for f in &b.figures {
        let source = f
            .source
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| format!("<span class=\"source\">Source: {}</span>", escape(s)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}{source}</dd>",
            escape(f.label),
            escape(&f.text)
        );
    }
    out.push_str("</dl>\n</section>\n");

    out.push_str("<section id=\"charts\">\n<h2>Trade and meetings</h2>\n");
    for (chart, title) in charts.iter().zip(&b.chart_titles) {
        figure(&mut out, title, chart);
    }
    out.push_str("</section>\n");
    if !indicators.is_empty() {
        out.push_str("<section id=\"indicators\">\n<h2>Indicators</h2>\n");
        for chart in &indicators {
            figure(&mut out, &chart.title, &chart.svg);
        }
        out.push_str("</section>\n");
    }

    trade_tables(&mut out, data);
    html_tables::meetings_table(&mut out, &b);
    html_tables::exercises_table(&mut out, &b);
    if let Some(rows) = &arms {
        super::arms_table::html(&mut out, rows);
    }
    html_tables::timeline_table(&mut out, &b.events);

    out.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n");
    if b.sources.is_empty() {
        out.push_str("<p>Every row cites its source in its own words (see the tables).</p>\n");
    } else {
        out.push_str(
            "<p>The sources rows cite by id; other citations are given in full in the tables.</p>\n",
        );
        sources_list(&mut out, &b.sources);
    }
    out.push_str("</section>\n");
    let _ = write!(
        out,
        "<footer>Exported by bilat {} from the dataset “{}”, figures as of {}.</footer>\n\
         </body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&data.manifest.title),
        escape(&b.as_of)
    );
    Ok(out)
}

/// A chart inlined as a figure that takes the page's width: the root `<svg>`'s fixed size
/// (plotters draws 800x480, which the standalone files keep) gives way to `width="100%"`,
/// and its viewBox keeps the proportions at any width.
pub(super) fn figure(out: &mut String, title: &str, chart: &str) {
    let chart = chart.trim_end();
    let chart = match chart.find(" viewBox=") {
        Some(at) if chart.starts_with("<svg ") => format!("<svg width=\"100%\"{}", &chart[at..]),
        _ => chart.to_string(),
    };
    let _ = writeln!(
        out,
        "<figure aria-label=\"{}\">\n{chart}</figure>",
        escape(title)
    );
}

/// Everything up to `<body>`: the page's title, its styles (the house ones, then `css`),
/// and a Content-Security-Policy that forbids every request.
pub(super) fn open_page(out: &mut String, title: &str, css: &str) {
    // Writing into a String cannot fail; `let _` keeps `write!` quiet about it.
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"bilat {version}\">\n\
         <title>{title}</title>\n<style>\n{house}{css}</style>\n</head>\n<body>\n",
        version = env!("CARGO_PKG_VERSION"),
        title = escape(title),
        house = include_str!("page.css"),
    );
}

/// The numbered list of a dataset's sources, addresses shown as text.
pub(super) fn sources_list(out: &mut String, sources: &[SourceRow]) {
    out.push_str("<ol class=\"sources\">\n");
    for s in sources {
        // Addresses are shown, never linked: the page makes no request of any kind.
        let url = s
            .url
            .as_deref()
            .map(|u| format!(" <span class=\"url\">{}</span>", escape(u)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<li><span class=\"id\">{}</span>: {}{url}</li>",
            escape(&s.id),
            escape(&s.citation)
        );
    }
    out.push_str("</ol>\n");
}

/// Opens a table whose columns take `headers[i].1` percent of its width: a fixed layout
/// wraps long text instead of pushing the table off the page when printed.
pub(super) fn table_open(out: &mut String, rows: usize, caption: &str, headers: &[(String, u8)]) {
    let keep = if rows <= KEEP_ROWS { " keep" } else { "" };
    let _ = write!(
        out,
        "<div class=\"scroll\">\n<table class=\"fixed{keep}\">\n<caption>{}</caption>\n<colgroup>",
        escape(caption)
    );
    for (_, width) in headers {
        let _ = write!(out, "<col style=\"width: {width}%\">");
    }
    out.push_str("</colgroup>\n<thead><tr>");
    for (h, _) in headers {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

pub(super) fn table_close(out: &mut String) {
    out.push_str("</tbody>\n</table>\n</div>\n");
}

/// The trade figures, one table per series, beside the chart that draws them.
fn trade_tables(out: &mut String, data: &Dataset) {
    let tables = super::trade_table::tables(data);
    if tables.is_empty() {
        return;
    }
    out.push_str("<section id=\"trade\">\n<h2>Trade figures</h2>\n");
    let unit = &data.manifest.units.trade;
    for t in &tables {
        // The flows' columns, named by direction, only where the series gives flows.
        let mut headers = vec![("Period".to_string(), 14), ("Value".to_string(), 8)];
        if t.has_flows {
            headers.extend(t.flows.iter().map(|f| (f.clone(), 9)));
        }
        // The widths add up to 100%: the flows take theirs from the note and the source.
        let (note, source) = if t.has_flows { (24, 17) } else { (33, 26) };
        headers.extend(
            [
                ("Change", 10),
                ("Mark", 9),
                ("Note", note),
                ("Source", source),
            ]
            .map(|(h, w)| (h.to_string(), w)),
        );
        let caption = if t.basis.is_empty() {
            format!(
                "{}, in {unit}; a blank is a figure nobody published.",
                t.series
            )
        } else {
            format!(
                "{} ({}), in {unit}; a blank is a figure nobody published.",
                t.series, t.basis
            )
        };
        // Each series under its own heading, so the second table is not taken for more of
        // the first.
        let _ = writeln!(out, "<h3>{}</h3>", escape(&t.series));
        table_open(out, t.rows.len(), &caption, &headers);
        for r in &t.rows {
            let flows = if t.has_flows {
                format!(
                    "<td class=\"num\">{}</td><td class=\"num\">{}</td>",
                    escape(&r.exports),
                    escape(&r.imports)
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<tr><td class=\"date\">{}</td><td class=\"num\">{}</td>{flows}\
                 <td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"cite\">{}</td></tr>",
                escape(&r.period),
                escape(&r.value),
                escape(&r.change),
                mark(r.quality).trim_start(),
                escape(&r.note),
                escape(&r.source),
            );
        }
        table_close(out);
    }
    out.push_str("</section>\n");
}
