//! The tables a dataset folder may hold, declared once: each one's name, file, columns, and
//! whether a dataset must have it. Loading, watching, `bilat check`, `bilat new`, the exports
//! and the JSON import all read [`TABLES`], so a new table is its row here and its own reader.

use super::table::Columns;

/// Names one of the tables in [`TABLES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TableId {
    Trade,
    Meetings,
    Exercises,
    Events,
    Cooperation,
    Arms,
    Indicators,
}

/// Whether a dataset folder must hold a table's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// A folder without the file is an error naming it.
    Required,
    /// A folder without the file loads, and the dataset says the table is absent
    /// ([`super::Dataset::has`]), which is not the same as a table with no rows.
    Optional,
}

/// One table of a dataset folder.
#[derive(Debug, Clone, Copy)]
pub struct TableSpec {
    pub id: TableId,
    /// What the user reads: the JSON export's key for the table, and `bilat check`'s word
    /// when it is absent (`no exercises table`).
    pub name: &'static str,
    /// The file in the dataset folder.
    pub file: &'static str,
    pub columns: Columns,
    pub presence: Presence,
    /// What `bilat check` counts its rows as (`42 trade rows`, `61 meetings`).
    pub rows_noun: &'static str,
}

impl TableSpec {
    pub fn is_required(&self) -> bool {
        self.presence == Presence::Required
    }
}

impl TableId {
    /// The table's row in [`TABLES`].
    pub fn spec(self) -> &'static TableSpec {
        // TABLES lists the ids in declaration order, which a test checks.
        &TABLES[self as usize]
    }
}

/// The table whose [`TableSpec::name`] is `name` (`"exercises"`).
pub fn table_named(name: &str) -> Option<&'static TableSpec> {
    TABLES.iter().find(|t| t.name == name)
}

/// The manifest, which is not a table: every dataset folder has one.
pub const MANIFEST_FILE: &str = "dataset.toml";

/// Every table, in the order files are read, checked, exported and summarised. A `static`,
/// so each table has one address that `&'static TableSpec` references share.
pub static TABLES: [TableSpec; 7] = [
    TableSpec {
        id: TableId::Trade,
        name: "trade",
        file: "trade.csv",
        // Files written before series and fiscal years name the columns `year` and
        // `reporter`, and have no `reported_by`.
        columns: Columns {
            names: &[
                "period",
                "series",
                "value_usd_bn",
                "exports_usd_bn",
                "imports_usd_bn",
                "derived",
                "yoy_pct",
                "quality",
                "note",
                "reported_by",
                "source_ids",
                "source_text",
            ],
            // Exports and imports came later, and many sources give only the total.
            // `derived` came with printed precision.
            optional: &["exports_usd_bn", "imports_usd_bn", "derived", "reported_by"],
            renamed: &[("year", "period"), ("reporter", "series")],
        },
        // Optional since datasets are made from multi-pair files (UN votes, ATOP): a
        // dataset of indicators only has no trade table, which is not an empty one.
        presence: Presence::Optional,
        rows_noun: "trade rows",
    },
    TableSpec {
        id: TableId::Meetings,
        name: "meetings",
        file: "meetings.csv",
        columns: Columns {
            names: &[
                "date",
                "kind",
                "bilateral",
                "place",
                "occasion",
                "leaders",
                "quality",
                "note",
                "source_ids",
                "source_text",
            ],
            // Who met came later; older files do not name the leaders.
            optional: &["leaders"],
            renamed: &[],
        },
        presence: Presence::Optional,
        rows_noun: "meetings",
    },
    TableSpec {
        id: TableId::Exercises,
        name: "exercises",
        file: "exercises.csv",
        columns: Columns::fixed(&[
            "name",
            "start_date",
            "end_date",
            "location",
            "host",
            "domain",
            "total_personnel",
            "first_country_personnel",
            "second_country_personnel",
            "size_basis",
            "alt_total_personnel",
            "alt_source_text",
            "quality",
            "note",
            "source_ids",
            "source_text",
        ]),
        presence: Presence::Optional,
        rows_noun: "exercises",
    },
    TableSpec {
        id: TableId::Events,
        name: "events",
        file: "events.csv",
        columns: Columns::fixed(&[
            "date",
            "category",
            "title",
            "description",
            "quality",
            "note",
            "source_ids",
            "source_text",
        ]),
        presence: Presence::Optional,
        rows_noun: "events",
    },
    TableSpec {
        id: TableId::Cooperation,
        name: "cooperation",
        file: "cooperation.csv",
        // One row a month; `bilat import gdelt` writes it.
        columns: Columns::fixed(&[
            "month",
            "events",
            "quad1",
            "quad2",
            "quad3",
            "quad4",
            "goldstein_mean",
            "tone_mean",
            "all_events",
            "quality",
            "note",
            "source_ids",
            "source_text",
        ]),
        presence: Presence::Optional,
        rows_noun: "cooperation months",
    },
    TableSpec {
        id: TableId::Arms,
        name: "arms",
        file: "arms.csv",
        // As SIPRI's trade register lays a deal out; `?` after a year or a number is its
        // mark of uncertainty. TIV columns are millions of SIPRI TIV, a volume index.
        columns: Columns::fixed(&[
            "supplier",
            "recipient",
            "order_year",
            "designation",
            "description",
            "ordered",
            "delivered",
            "delivery_years",
            "status",
            "tiv_unit",
            "tiv_order",
            "tiv_delivered",
            "value_usd_bn",
            "quality",
            "note",
            "source_ids",
            "source_text",
        ]),
        presence: Presence::Optional,
        rows_noun: "arms deals",
    },
    TableSpec {
        id: TableId::Indicators,
        name: "indicators",
        file: "indicators.csv",
        // One row per indicator and calendar year; each indicator is declared in
        // dataset.toml under [[indicators]] with its unit, range and source.
        columns: Columns::fixed(&[
            "period",
            "indicator",
            "value",
            "quality",
            "note",
            "source_ids",
            "source_text",
        ]),
        presence: Presence::Optional,
        rows_noun: "indicator rows",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_id_finds_its_own_row() {
        for (i, table) in TABLES.iter().enumerate() {
            assert_eq!(table.id as usize, i, "{} is out of place", table.name);
            assert!(std::ptr::eq(table.id.spec(), table));
            assert!(std::ptr::eq(table_named(table.name).unwrap(), table));
        }
    }

    #[test]
    fn names_and_files_are_distinct_and_columns_declared() {
        for (i, a) in TABLES.iter().enumerate() {
            assert_ne!(a.file, MANIFEST_FILE);
            for b in &TABLES[i + 1..] {
                assert_ne!(a.name, b.name);
                assert_ne!(a.file, b.file);
            }
            let names = a.columns.names;
            assert!(a.columns.optional.iter().all(|c| names.contains(c)));
            assert!(a.columns.renamed.iter().all(|(_, c)| names.contains(c)));
        }
    }
}
