//! Whose trade flows a series gives, in words. A series' `exports_usd_bn` and
//! `imports_usd_bn` are the goods its country sold to and bought from the other (for a
//! third-party series, the first country's), so every place that shows a flow names its
//! direction: `CHN exports to PAK`, `PAK imports from CHN`, never a bare "exports".

use super::derive::TradePoint;
use super::figure::Figure;
use super::manifest::Manifest;

/// A flow of a series: what it sold, what it bought, or the difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Exports,
    Imports,
    /// Exports less imports.
    Balance,
}

/// `CHN exports to PAK`, `PAK imports from CHN`, `balance: CHN exports less imports`: a
/// flow of `own` with `other` ([`Manifest::flow_codes`]), as every output names it.
pub fn flow_words([own, other]: [&str; 2], flow: Flow) -> String {
    match flow {
        Flow::Exports => format!("{own} exports to {other}"),
        Flow::Imports => format!("{own} imports from {other}"),
        Flow::Balance => format!("balance: {own} exports less imports"),
    }
}

/// [`flow_words`] for series `series`' flows.
pub fn flow_direction(manifest: &Manifest, series: usize, flow: Flow) -> String {
    flow_words(manifest.flow_codes(series), flow)
}

/// The direction, then the series where its label is not the country's code: `CHN exports
/// to PAK` for China's customs (labelled `CHN`), `CHN exports to PAK (IMF)` for a
/// third-party series. The direction comes first so that a narrow legend still shows it.
pub fn series_flow(manifest: &Manifest, series: usize, flow: Flow) -> String {
    let direction = flow_direction(manifest, series, flow);
    let [own, _] = manifest.flow_codes(series);
    match manifest.trade_series.get(series) {
        Some(s) if s.label != own => format!("{direction} ({})", s.label),
        _ => direction,
    }
}

impl TradePoint {
    /// The point's flows (USD bn) named by direction from `codes` ([`Manifest::flow_codes`]),
    /// each at its printed decimals, or as much as the row gives; `None` without flows:
    /// `CHN exports to RUS 76.122, CHN imports from RUS 114.145, balance -38.023`.
    pub fn flows_by_direction(&self, ascii: bool, codes: [&str; 2]) -> Option<String> {
        let [exports, imports] = [Flow::Exports, Flow::Imports].map(|f| flow_words(codes, f));
        let shown = |f: Figure| f.shown(ascii);
        Some(match (self.exports_usd_bn, self.imports_usd_bn) {
            (Some(x), Some(m)) => match self.balance_usd_bn() {
                Some(b) => format!(
                    "{exports} {}, {imports} {}, balance {}",
                    shown(x),
                    shown(m),
                    b.shown_signed(ascii)
                ),
                None => format!("{exports} {}, {imports} {}", shown(x), shown(m)),
            },
            (Some(x), None) => format!("{exports} {}, {imports} not given", shown(x)),
            (None, Some(m)) => format!("{imports} {}, {exports} not given", shown(m)),
            (None, None) => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;

    #[test]
    fn each_series_flows_are_its_countrys() {
        let dir = concat!(env!("BILAT_REPO_DIR"), "/tests/fixtures/valid/minimal");
        let data = Dataset::from_folder(std::path::Path::new(dir)).unwrap();
        let m = &data.manifest;
        // The minimal dataset's series are Atlantis's customs, then Lemuria's.
        assert_eq!(flow_direction(m, 0, Flow::Exports), "ATL exports to LEM");
        assert_eq!(flow_direction(m, 1, Flow::Imports), "LEM imports from ATL");
        assert_eq!(
            flow_direction(m, 1, Flow::Balance),
            "balance: LEM exports less imports"
        );
        assert_eq!(series_flow(m, 0, Flow::Exports), "ATL exports to LEM");
    }
}
