//! `export --compare --format html`: two to four pairs on one self-contained page. Key
//! figures sit in one table with a column per pair (a row per indicator among them), both
//! charts draw every pair on shared axes, as does a chart per indicator two or more pairs
//! declare on one unit, and the latest events and sources stand side by side. Like the
//! single-pair page, it makes no request of any kind.

use std::fmt::Write;

use super::ExportError;
use super::compare::ComparePage;
use super::html::{escape, figure, note, open_page, sources_list};
use super::{compare_indicator_svg, compare_svg};
use crate::data::Dataset;
use crate::report::compare::and_list;

pub fn page(pairs: &[&Dataset]) -> Result<String, ExportError> {
    let page = ComparePage::new(pairs);
    let charts = [compare_svg::trade(pairs)?, compare_svg::meetings(pairs)?];
    let indicators = compare_indicator_svg::charts(pairs)?;
    // The columns' class: none for two pairs, `n3` or `n4` for more (compare.css).
    let columns = match pairs.len() {
        2 => String::new(),
        n => format!(" n{n}"),
    };
    let mut out = String::new();
    open_page(&mut out, &page.heading, include_str!("compare.css"));
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", escape(&page.heading));
    out.push_str("<ul class=\"terms\">\n");
    for term in &page.terms {
        let _ = writeln!(out, "<li>{}</li>", escape(term));
    }
    let indicators_link = if indicators.is_empty() {
        ""
    } else {
        "<a href=\"#indicators\">Indicators</a> · "
    };
    let _ = write!(
        out,
        "</ul>\n<nav>Contents: <a href=\"#figures\">Key figures</a> · \
         <a href=\"#charts\">Charts</a> · {indicators_link}<a href=\"#events\">Latest events</a> · \
         <a href=\"#sources\">Sources</a></nav>\n</header>\n",
    );

    figures_table(&mut out, &page, &columns);

    out.push_str("<section id=\"charts\">\n<h2>Trade and meetings on shared axes</h2>\n");
    for (chart, title) in charts.iter().zip(&page.chart_titles) {
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

    let _ = writeln!(
        out,
        "<section id=\"events\">\n<h2>Latest events</h2>\n<div class=\"pairs{columns}\">"
    );
    for (i, title) in page.titles.iter().enumerate() {
        let _ = writeln!(out, "<div>\n<h3>{}</h3>\n<ul>", escape(title));
        let mut any = false;
        for e in page.latest_events(i) {
            any = true;
            let _ = writeln!(
                out,
                "<li><span class=\"id\">{}</span> {}: <strong>{}</strong>\
                 <span class=\"source\">Source: {}</span></li>",
                escape(&e.date),
                escape(&e.category),
                escape(&e.title),
                escape(&e.source)
            );
        }
        if !any {
            out.push_str("<li>No events in this dataset.</li>\n");
        }
        out.push_str("</ul>\n</div>\n");
    }
    out.push_str("</div>\n</section>\n");

    let _ = writeln!(
        out,
        "<section id=\"sources\">\n<h2>Sources</h2>\n<div class=\"pairs{columns}\">"
    );
    for (i, title) in page.titles.iter().enumerate() {
        let _ = writeln!(out, "<div>\n<h3>{}</h3>", escape(title));
        if page.sources(i).is_empty() {
            out.push_str("<p>Every row cites its source in its own words.</p>\n");
        } else {
            sources_list(&mut out, page.sources(i));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n</section>\n");
    let quoted: Vec<String> = page
        .titles
        .iter()
        .map(|t| format!("“{}”", escape(t)))
        .collect();
    let _ = write!(
        out,
        "<footer>Exported by bilat {} from the datasets {}. Each pair's own export \
         (bilat --data NAME export) has its full exercise and event tables.</footer>\n\
         </body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        and_list(&quoted),
    );
    Ok(out)
}

/// Label rows, a column per pair: what each briefing says, the meetings over the years
/// every pair records, and each indicator's latest value (a blank where a pair has no such
/// indicator).
fn figures_table(out: &mut String, page: &ComparePage, columns: &str) {
    let heads: String = page
        .titles
        .iter()
        .map(|t| format!("<th scope=\"col\">{}</th>", escape(t)))
        .collect();
    let _ = write!(
        out,
        "<section id=\"figures\">\n<h2>Key figures</h2>\n<div class=\"scroll\">\n\
         <table class=\"compare{columns}\">\n<thead><tr><td></td>{heads}</tr></thead>\n<tbody>\n"
    );
    for row in page.figure_rows() {
        let cells: String = row
            .cells
            .into_iter()
            .map(|cell| match cell {
                None => "<td>none recorded</td>".to_string(),
                Some(cell) => {
                    let source = cell
                        .source
                        .map(|s| format!("<span class=\"source\">Source: {}</span>", escape(&s)))
                        .unwrap_or_default();
                    format!("<td>{}{source}</td>", escape(&cell.text))
                }
            })
            .collect();
        let label = escape(&row.label);
        let said = note(row.note.as_deref().unwrap_or_default());
        let _ = writeln!(out, "<tr><th scope=\"row\">{label}{said}</th>{cells}</tr>");
    }
    out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}
