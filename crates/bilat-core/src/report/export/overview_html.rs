//! `bilat overview --format html`: the library as one self-contained page of small
//! multiples, a card per pair with its headline trade series drawn small (the last 16
//! periods, each pair on its own scale, its top labelled), the latest figure, change,
//! balance, meetings, arms and latest event beside it. Inline styles and SVG, no request.

use std::fmt::Write;

use super::html::{escape, open_page};
use crate::library::overview::Row;
use crate::library::summary::Amount;

/// The size of each small chart, in CSS pixels.
const WIDTH: f64 = 200.0;
const HEIGHT: f64 = 56.0;

const CSS: &str = "\
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:12px}\n\
.card{border:1px solid #ccc;border-radius:4px;padding:8px 10px;break-inside:avoid}\n\
.card h2{font-size:1rem;margin:0 0 2px}\n\
.card .pair{color:#555;font-size:.85rem;margin:0 0 6px}\n\
.card .figure{font-size:1.1rem;font-weight:600}\n\
.card dl{display:grid;grid-template-columns:auto 1fr;gap:1px 8px;margin:6px 0 0;font-size:.8rem}\n\
.card dt{color:#555}.card dd{margin:0}\n\
.card.broken{border-color:#b00}.card .problem{color:#b00;font-size:.8rem;overflow-wrap:anywhere}\n\
.spark{display:block;margin:4px 0}\n\
";

fn amount(a: &Amount) -> String {
    format!("{}{}", a.mark(false), a.number())
}

/// The small chart of one pair's headline series: a line through its figures, broken at
/// gaps (a lone figure a dot), scaled from zero to its largest, that largest labelled.
fn small_chart(values: &[Option<f64>], label: &str) -> String {
    let max = values.iter().flatten().fold(0.0_f64, |a, &b| a.max(b));
    let n = values.len().max(2) as f64;
    let x = |i: usize| 4.0 + (WIDTH - 8.0) * i as f64 / (n - 1.0);
    let y = |v: f64| {
        let top = 12.0;
        let bottom = HEIGHT - 4.0;
        if max <= 0.0 {
            bottom
        } else {
            bottom - (bottom - top) * (v / max).clamp(0.0, 1.0)
        }
    };
    let mut out = format!(
        "<svg class=\"spark\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         role=\"img\" aria-label=\"{}\">",
        escape(label)
    );
    let _ = write!(
        out,
        "<line x1=\"4\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\" stroke=\"#bbb\" stroke-width=\"1\"/>\
         <text x=\"4\" y=\"9\" font-size=\"9\" fill=\"#555\">{max}</text>",
        b = HEIGHT - 4.0,
        r = WIDTH - 4.0,
        max = escape(&format!("{:.1}", max)),
    );
    let mut run: Vec<(f64, f64)> = Vec::new();
    let flush = |run: &mut Vec<(f64, f64)>, out: &mut String| {
        match run.len() {
            0 => {}
            1 => {
                let _ = write!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"2\" fill=\"#1f5fa8\"/>",
                    run[0].0, run[0].1
                );
            }
            _ => {
                let points: Vec<String> =
                    run.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
                let _ = write!(
                    out,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.5\"/>",
                    points.join(" ")
                );
            }
        }
        run.clear();
    };
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => run.push((x(i), y(*v))),
            None => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out.push_str("</svg>");
    out
}

/// The page: a heading with the count, then one card per row, in the rows' order.
pub fn overview_page(rows: &[Row], heading: &str) -> String {
    let mut out = String::new();
    open_page(&mut out, "bilat overview", CSS);
    let _ = write!(
        out,
        "<header>\n<h1>Overview</h1>\n<p class=\"lede\">{}. Each chart is the pair's headline \
         trade series, its last 16 periods in USD billions, on its own scale from zero (its top \
         labelled); a gap breaks the line.</p>\n</header>\n<main class=\"grid\">\n",
        escape(heading)
    );
    for row in rows {
        let s = &row.summary;
        if let Some(problem) = &s.problem {
            let _ = writeln!(
                out,
                "<section class=\"card broken\"><h2>{}</h2><p class=\"problem\">does not load: {}</p></section>",
                escape(&row.name),
                escape(problem)
            );
            continue;
        }
        let _ = write!(
            out,
            "<section class=\"card\"><h2>{}</h2><p class=\"pair\">{}{}</p>",
            escape(&row.name),
            escape(&s.pair("–")),
            s.years
                .map(|y| format!(" · {}", escape(&y.label("–"))))
                .unwrap_or_default()
        );
        match &s.trade {
            Some(t) => {
                let change = t
                    .change_pct
                    .map(|c| format!(" ({}{}%)", c.mark(false), c.signed()))
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    "<div class=\"figure\">{} bn USD <span class=\"note\">{}{}</span></div>{}",
                    escape(&amount(&t.value_usd_bn)),
                    escape(&t.period),
                    escape(&change),
                    small_chart(
                        &t.sparkline,
                        &format!("{}: trade, last {} periods", row.name, t.sparkline.len())
                    )
                );
            }
            None => out.push_str("<div class=\"note\">no trade figure</div>"),
        }
        out.push_str("<dl>");
        let mut item = |term: &str, value: Option<String>| {
            if let Some(value) = value {
                let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(term), escape(&value));
            }
        };
        item(
            "balance",
            s.balance.as_ref().map(|b| {
                format!(
                    "{} {}{} ({})",
                    b.country,
                    b.balance_usd_bn.mark(false),
                    b.balance_usd_bn.signed(),
                    b.period
                )
            }),
        );
        item(
            "meetings",
            s.meetings.map(|m| format!("{} in {}", m.count, m.year)),
        );
        item(
            "arms TIV",
            s.arms.map(|a| match a.known_tiv() {
                Some(_) => format!("{} mn, {}–{}", a.text("≥"), a.first, a.last),
                None => format!(
                    "not known ({} deliveries), {}–{}",
                    a.unmeasured, a.first, a.last
                ),
            }),
        );
        item("GDELT latest", s.cooperation.as_ref().map(|c| c.text()));
        item(
            "latest event",
            s.event.as_ref().map(|e| format!("{} {}", e.date, e.title)),
        );
        out.push_str("</dl></section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
