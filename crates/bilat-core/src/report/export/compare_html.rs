//! `export --compare --format html`: two pairs on one self-contained page. Key figures sit
//! in one table with a column per pair, both charts draw both pairs on shared axes, and the
//! latest events and sources stand side by side. Like the single-pair page, it makes no
//! request of any kind.

use std::fmt::Write;

use super::ExportError;
use super::compare::ComparePage;
use super::compare_svg;
use super::html::{escape, figure, open_page, sources_list};
use crate::data::Dataset;

pub fn page(a: &Dataset, b: &Dataset) -> Result<String, ExportError> {
    let page = ComparePage::new(a, b);
    let charts = [compare_svg::trade(a, b)?, compare_svg::meetings(a, b)?];
    let mut out = String::new();
    open_page(&mut out, &page.heading, include_str!("compare.css"));
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", escape(&page.heading));
    out.push_str("<ul class=\"terms\">\n");
    for term in &page.terms {
        let _ = writeln!(out, "<li>{}</li>", escape(term));
    }
    out.push_str(
        "</ul>\n<nav>Contents: <a href=\"#figures\">Key figures</a> · \
         <a href=\"#charts\">Charts</a> · <a href=\"#events\">Latest events</a> · \
         <a href=\"#sources\">Sources</a></nav>\n</header>\n",
    );

    figures_table(&mut out, &page);

    out.push_str("<section id=\"charts\">\n<h2>Trade and meetings on shared axes</h2>\n");
    for (chart, title) in charts.iter().zip(&page.chart_titles) {
        figure(&mut out, title, chart);
    }
    out.push_str("</section>\n");

    out.push_str("<section id=\"events\">\n<h2>Latest events</h2>\n<div class=\"pairs\">\n");
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

    out.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n<div class=\"pairs\">\n");
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
    let [first, second] = &page.titles;
    let _ = write!(
        out,
        "<footer>Exported by bilat {} from the datasets “{}” and “{}”. Each pair's own export \
         (bilat --data NAME export) has its full exercise and event tables.</footer>\n\
         </body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        escape(first),
        escape(second),
    );
    Ok(out)
}

/// Label rows, a column per pair: what each briefing says, and the meetings over the years
/// both record.
fn figures_table(out: &mut String, page: &ComparePage) {
    let [first, second] = page.titles.each_ref().map(|t| escape(t));
    let _ = write!(
        out,
        "<section id=\"figures\">\n<h2>Key figures</h2>\n<div class=\"scroll\">\n\
         <table class=\"compare\">\n<thead><tr><td></td><th scope=\"col\">{first}</th>\
         <th scope=\"col\">{second}</th></tr></thead>\n<tbody>\n"
    );
    for row in page.figure_rows() {
        let [first, second] = row.cells.map(|cell| match cell {
            None => "<td>none recorded</td>".to_string(),
            Some(cell) => {
                let source = cell
                    .source
                    .map(|s| format!("<span class=\"source\">Source: {}</span>", escape(&s)))
                    .unwrap_or_default();
                format!("<td>{}{source}</td>", escape(&cell.text))
            }
        });
        let label = escape(row.label);
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{label}</th>{first}{second}</tr>"
        );
    }
    out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}
