//! The years and months each table of a dataset reaches, and where each chart's cursor
//! starts: what the panes' registry rows name for their cursors.

use crate::data::{Dataset, Month, YearSpan};

/// The latest month with events between the pair, where the cooperation chart's cursor
/// starts.
pub fn latest_cooperation_month(data: &Dataset) -> Option<Month> {
    data.cooperation
        .iter()
        .rev()
        .find(|c| c.events > 0)
        .map(|c| c.month)
}

/// The first and last months of the cooperation table.
pub fn cooperation_months(data: &Dataset) -> Option<(Month, Month)> {
    Some((
        data.cooperation.first()?.month,
        data.cooperation.last()?.month,
    ))
}

/// The year of the latest trade figure, where the trade chart's cursor starts.
pub fn latest_trade_year(data: &Dataset) -> Option<i32> {
    data.derived.latest_trade().map(|p| p.year())
}

/// The year of the latest arms delivery, where the arms chart's cursor starts.
pub fn latest_delivery_year(data: &Dataset) -> Option<i32> {
    data.derived.arms.last().map(|a| a.year)
}

/// The first and last years of the cooperation table's months.
pub fn cooperation_extent(data: &Dataset) -> Option<YearSpan> {
    Some(YearSpan {
        first: data.cooperation.first()?.month.year,
        last: data.cooperation.last()?.month.year,
    })
}

/// The first and last years any trade series of `data` reaches.
pub fn trade_extent(data: &Dataset) -> Option<YearSpan> {
    let (first, last) = data.derived.trade_years()?;
    Some(YearSpan { first, last })
}

/// The first and last years of `data`'s arms deals, orders and deliveries alike.
pub fn arms_extent(data: &Dataset) -> Option<YearSpan> {
    let years = data
        .arms
        .iter()
        .flat_map(|a| std::iter::once(a.order_year.value).chain(a.delivery_years.iter().copied()));
    let (first, last) = years.fold(None, |span: Option<(i32, i32)>, y| {
        Some(span.map_or((y, y), |(a, b)| (a.min(y), b.max(y))))
    })?;
    Some(YearSpan { first, last })
}

/// The first and last years of `data`'s meetings.
pub fn meetings_extent(data: &Dataset) -> Option<YearSpan> {
    Some(YearSpan {
        first: data.derived.meetings.first()?.year,
        last: data.derived.meetings.last()?.year,
    })
}
