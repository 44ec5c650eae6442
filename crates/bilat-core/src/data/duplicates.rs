//! Rows that repeat a key their table allows once: a series' period in trade, a month in
//! the cooperation table. Each is a problem naming both lines.

use super::problem::{self, Location, Problem};
use super::{CooperationMonth, Manifest, Origin, TableId, TradeRow};

/// Two rows for the same period of one series are an error naming both lines. (Periods of
/// one series cannot overlap otherwise: they all start in the series' first month.)
pub(super) fn check_duplicate_trade(
    origin: &Origin,
    manifest: &Manifest,
    rows: &mut [(u64, TradeRow)],
    problems: &mut Vec<Problem>,
) {
    rows.sort_by_key(|(line, t)| (t.series, t.period, *line));
    for pair in rows.windows(2) {
        let (first_line, first) = &pair[0];
        let (line, row) = &pair[1];
        if first.series == row.series && first.period == row.period {
            let series = &manifest.trade_series[row.series];
            problems.push(Problem {
                file: origin.file_label(TableId::Trade.spec().file),
                location: Location::Line(*line),
                field: None,
                message: format!(
                    "duplicate row: period {} of series {} is already on line {first_line}",
                    problem::quoted(&row.period_text),
                    problem::quoted(&series.id)
                ),
            });
        }
    }
}

/// Two rows for one month are an error naming both lines; the rows come back sorted by month.
pub(super) fn check_duplicate_months(
    label: &str,
    mut rows: Vec<(u64, CooperationMonth)>,
    problems: &mut Vec<Problem>,
) -> Vec<CooperationMonth> {
    rows.sort_by_key(|(line, c)| (c.month, *line));
    for pair in rows.windows(2) {
        let (first_line, first) = &pair[0];
        let (line, row) = &pair[1];
        if first.month == row.month {
            problems.push(Problem {
                file: label.to_string(),
                location: Location::Line(*line),
                field: None,
                message: format!(
                    "duplicate row: month {} is already on line {first_line}",
                    row.month
                ),
            });
        }
    }
    rows.into_iter().map(|(_, c)| c).collect()
}
