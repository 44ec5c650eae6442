//! The indicators compared pairs declare, by id: which pairs declare each, and which of
//! them can share a chart, on one unit.

use crate::data::{Dataset, Indicator, TableId};

/// An indicator id one or more of the compared pairs declare (a pair without the indicators
/// table declares none), with each pair's declaration of it: a row of the comparison's
/// table, and a chart for each group of pairs on one unit.
#[derive(Debug, Clone)]
pub struct ComparedIndicator<'a> {
    /// `unga-ip-distance`.
    pub id: &'a str,
    /// One per pair, in order: its declaration of the id, `None` where it has none.
    pub declared: Vec<Option<&'a Indicator>>,
}

impl<'a> ComparedIndicator<'a> {
    /// The name the first pair declaring it gives it.
    pub fn name(&self) -> &'a str {
        let first = self.declared.iter().flatten().next();
        first.map_or(self.id, |d| d.name.as_str())
    }

    /// Whether every pair declaring it declares it on one unit ([`Indicator::same_unit`]).
    pub fn one_unit(&self) -> bool {
        let mut each = self.declared.iter().flatten();
        let first = each.next();
        each.all(|d| first.is_some_and(|f| f.same_unit(d)))
    }

    /// The pairs drawn on one scale: each group of two or more pairs declaring it on one
    /// unit (every pair declaring it, when the units agree), in the order named.
    pub fn drawn_together(&self) -> Vec<Vec<usize>> {
        let mut groups: Vec<(&Indicator, Vec<usize>)> = Vec::new();
        for (p, def) in self.declared.iter().enumerate() {
            let Some(def) = def else { continue };
            match groups.iter_mut().find(|(first, _)| first.same_unit(def)) {
                Some((_, group)) => group.push(p),
                None => groups.push((def, vec![p])),
            }
        }
        groups
            .into_iter()
            .map(|(_, group)| group)
            .filter(|group| group.len() > 1)
            .collect()
    }
}

/// Every indicator id any pair declares (with the indicators table), the first pair's in
/// its manifest's order, then those only the second declares, and so on.
pub fn indicators_compared<'a>(pairs: &[&'a Dataset]) -> Vec<ComparedIndicator<'a>> {
    let declared = |data: &'a Dataset| -> &'a [Indicator] {
        if data.has(TableId::Indicators) {
            &data.manifest.indicators
        } else {
            &[]
        }
    };
    let mut out: Vec<ComparedIndicator<'a>> = Vec::new();
    for data in pairs {
        for def in declared(data) {
            if out.iter().any(|c| c.id == def.id) {
                continue;
            }
            out.push(ComparedIndicator {
                id: &def.id,
                declared: pairs
                    .iter()
                    .map(|d| declared(d).iter().find(|o| o.id == def.id))
                    .collect(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::tests::bundled;

    #[test]
    fn indicators_are_compared_by_id_and_drawn_together_on_one_unit() {
        let data = bundled();
        let all: Vec<&Dataset> = data.iter().collect();
        let compared = indicators_compared(&all);
        let ids: Vec<&str> = compared.iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            [
                "unga-ip-distance",
                "unga-ip-rus",
                "unga-ip-chn",
                "unga-ip-ind",
                "unga-ip-pak"
            ]
        );
        let drawn: Vec<Vec<Vec<usize>>> = compared.iter().map(|c| c.drawn_together()).collect();
        assert_eq!(
            drawn,
            [
                vec![vec![0, 1, 2]],
                vec![vec![0, 1]],
                vec![vec![0, 2]],
                vec![],
                vec![]
            ]
        );
        assert!(compared.iter().all(|c| c.one_unit()));
        assert_eq!(compared[0].name(), "UN voting: ideal-point distance");

        // One pair's distance on another unit: the other two share a chart.
        let mut other = data[1].clone();
        other.manifest.indicators[0].unit = "percent".to_string();
        let compared = indicators_compared(&[all[0], &other, all[2]]);
        assert!(!compared[0].one_unit());
        assert_eq!(compared[0].drawn_together(), [vec![0, 2]]);
        // A pair declaring none has no place in a chart.
        let mut none = data[2].clone();
        none.manifest.indicators.clear();
        let compared = indicators_compared(&[all[0], &none]);
        assert_eq!(compared[0].declared.len(), 2);
        assert!(compared[0].declared[1].is_none());
        assert!(compared[0].drawn_together().is_empty());
    }
}
