"""Computes, in DuckDB SQL over the raw files of UN Comtrade or the IMF, the yearly exports and
imports each of the pair reports, and compares them row by row with the trade.csv that
`bilat import comtrade|imf` wrote from the same files. Exit 1 on any difference; the last
line counts what was compared.

    python3 compare-trade.py [--scale units|thousands|millions|billions] comtrade|imf RUS,CHN TRADE_CSV FILE...

The SQL follows the rules bilat documents (docs/importing.md), written here from them and not
from bilat's code:
- a year is the source's annual figure where there is one, else the sum of its twelve months,
  else (IMF) of its four quarters; anything less is a gap (an empty cell), never a partial sum.
  Where one might guess otherwise, this follows bilat: "annual rows are used as they are", so
  an annual figure wins over twelve months of the same year rather than being checked
  against them, and twelve months win over four quarters ("twelve (or four)");
- a row is written for each reporter and year with any figure of either flow, and its total
  is exports plus imports only when both are there;
- figures are written in USD billions rounded to the dollar (nine decimals), hence the
  tolerance of 1e-9.
"""

import csv
import sys

import duckdb

TOLERANCE = 1e-9
FIGURES = ["exports_usd_bn", "imports_usd_bn", "value_usd_bn"]

# The IMF numbers its countries; bilat's docs/importing.md names these two (Russia 922, China 924).
IMF_CODES = {"RUS": "922", "CHN": "924"}


def text(column):
    """A field as bilat reads it: trimmed, empty when missing."""
    return f"coalesce(trim(\"{column}\"), '')"


def files_sql(files):
    names = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return (f"read_csv([{names}], header = true, all_varchar = true, union_by_name = true, "
            "delim = ',', quote = '\"')")


# Both sources come down to one figure per reporter, year, flow and part of the year:
# `figures(series, year, flow, part, n, usd)` with part 'Y' (the year), 'Q' or 'M' and n its
# number (0 for the year). YEARS turns them into bilat's rows.
YEARS = """
, flows AS (
    SELECT series, year, flow,
        CASE
            WHEN count(*) FILTER (WHERE part = 'Y') > 0 THEN sum(usd) FILTER (WHERE part = 'Y')
            WHEN count(DISTINCT n) FILTER (WHERE part = 'M') = 12 THEN sum(usd) FILTER (WHERE part = 'M')
            WHEN count(DISTINCT n) FILTER (WHERE part = 'Q') = 4 THEN sum(usd) FILTER (WHERE part = 'Q')
        END AS usd
    FROM figures
    GROUP BY series, year, flow
)
SELECT y.series, y.year,
    x.usd / 1e9 AS exports_usd_bn,
    m.usd / 1e9 AS imports_usd_bn,
    (x.usd + m.usd) / 1e9 AS value_usd_bn
FROM (SELECT DISTINCT series, year FROM figures) y
LEFT JOIN flows x ON x.series = y.series AND x.year = y.year AND x.flow = 'exports'
LEFT JOIN flows m ON m.series = y.series AND m.year = y.year AND m.flow = 'imports'
ORDER BY y.series, y.year
"""


def comtrade_sql(pair, files):
    """Only the totals: all goods, all customs procedures, all transport modes, no second
    partner, partner World left out, exports X and imports M (not RX, RM), reporter and
    partner the pair's two countries by ISO code. A row is the year when freqCode is A or
    refMonth is 52, else the month refMonth."""
    codes = ", ".join(f"'{c}'" for c in pair)
    return f"""
WITH figures AS (
    SELECT
        'comtrade-' || lower({text('reporterISO')}) AS series,
        CAST({text('refYear')} AS INTEGER) AS year,
        CASE {text('flowCode')} WHEN 'X' THEN 'exports' ELSE 'imports' END AS flow,
        CASE WHEN {text('freqCode')} = 'A' OR {text('refMonth')} = '52' THEN 'Y' ELSE 'M' END
            AS part,
        CASE WHEN {text('freqCode')} = 'A' OR {text('refMonth')} = '52' THEN 0
            ELSE CAST({text('refMonth')} AS INTEGER) END AS n,
        CAST({text('primaryValue')} AS DOUBLE) AS usd
    FROM {files_sql(files)}
    WHERE {text('cmdCode')} = 'TOTAL'
        AND {text('customsCode')} = 'C00'
        AND {text('motCode')} = '0'
        -- bilat also takes an empty partner2Code for no second partner.
        AND {text('partner2Code')} IN ('0', '')
        AND {text('partnerCode')} <> '0'
        AND {text('flowCode')} IN ('X', 'M')
        AND {text('reporterISO')} IN ({codes})
        AND {text('partnerISO')} IN ({codes})
        AND {text('reporterISO')} <> {text('partnerISO')}
)""" + YEARS


SCALES = {"units": "1", "thousands": "1e3", "millions": "1e6", "billions": "1e9"}


def imf_sql(pair, files, scale):
    """The Value rows of exports TXG_FOB_USD and imports TMG_CIF_USD between the pair's IMF
    codes, one figure per filled period column (2019, 2019Q1, 2019M01). Figures are in the
    scale the indicator's name states (Billions, Millions or Thousands), else in the scale
    --scale gives, as bilat's docs/importing.md says."""
    codes = {IMF_CODES[c]: c for c in pair}
    listed = ", ".join(f"'{n}'" for n in codes)
    series = " ".join(f"WHEN '{n}' THEN 'imf-{c.lower()}'" for n, c in codes.items())
    period = "^[0-9]{4}([QM][0-9]+)?$"
    return f"""
WITH wide AS (
    SELECT * FROM {files_sql(files)}
    WHERE {text('Attribute')} = 'Value'
        AND {text('Indicator Code')} IN ('TXG_FOB_USD', 'TMG_CIF_USD')
        AND {text('Country Code')} IN ({listed})
        AND {text('Counterpart Country Code')} IN ({listed})
        AND {text('Country Code')} <> {text('Counterpart Country Code')}
), long AS (
    UNPIVOT wide ON COLUMNS('{period}') INTO NAME period VALUE v
), parsed AS (
    SELECT
        CASE {text('Country Code')} {series} END AS series,
        CAST(substr(period, 1, 4) AS INTEGER) AS year,
        CASE {text('Indicator Code')} WHEN 'TXG_FOB_USD' THEN 'exports' ELSE 'imports' END
            AS flow,
        CASE WHEN length(period) = 4 THEN 'Y' ELSE substr(period, 5, 1) END AS part,
        CASE WHEN length(period) = 4 THEN 0 ELSE CAST(substr(period, 6) AS INTEGER) END AS n,
        CAST(trim(v) AS DOUBLE) * CASE
            WHEN lower({text('Indicator Name')}) LIKE '%billions%' THEN 1e9
            WHEN lower({text('Indicator Name')}) LIKE '%millions%' THEN 1e6
            WHEN lower({text('Indicator Name')}) LIKE '%thousands%' THEN 1e3
            ELSE {SCALES[scale]}
        END AS usd
    FROM long
    WHERE coalesce(trim(v), '') <> ''
), figures AS (
    -- A period column is a year from 1900 to 2200, alone or with Q1 to Q4 or M1 to M12.
    SELECT * FROM parsed
    WHERE year BETWEEN 1900 AND 2200
        AND (part = 'Y' OR (part = 'Q' AND n BETWEEN 1 AND 4)
            OR (part = 'M' AND n BETWEEN 1 AND 12))
)""" + YEARS


def expected(source, pair, files, scale):
    sql = comtrade_sql(pair, files) if source == "comtrade" else imf_sql(pair, files, scale)
    cursor = duckdb.connect().execute(sql)
    names = [d[0] for d in cursor.description]
    return {(row["series"], str(row["year"])): row
            for row in (dict(zip(names, r)) for r in cursor.fetchall())}


def written(source, trade_csv):
    with open(trade_csv, newline="", encoding="utf-8") as f:
        return {(row["series"], row["period"]): row for row in csv.DictReader(f)
                if row["source_ids"] == source}


def same(ours, theirs):
    if ours == "" or theirs is None:
        return ours == "" and theirs is None
    return abs(float(ours) - theirs) <= TOLERANCE


def main():
    args = sys.argv[1:]
    scale = None
    if args[:1] == ["--scale"]:
        scale, args = args[1], args[2:]
        if scale not in SCALES:
            sys.exit(f"expected a scale of {', '.join(SCALES)}, found {scale!r}")
    source, pair, trade_csv, files = args[0], args[1].split(","), args[2], args[3:]
    if source not in ("comtrade", "imf"):
        sys.exit(f"expected comtrade or imf, found {source!r}")
    if source == "imf" and scale is None:
        sys.exit("the IMF's figures need their scale: give --scale")
    theirs = expected(source, pair, files, scale)
    ours = written(source, trade_csv)
    figures = differences = 0
    for key in sorted(ours.keys() | theirs.keys()):
        name = f"{key[0]} {key[1]}"
        if key not in theirs:
            print(f"{name}: written by bilat, not found by DuckDB")
            differences += 1
            continue
        if key not in ours:
            print(f"{name}: found by DuckDB, not written by bilat")
            differences += 1
            continue
        for column in FIGURES:
            figures += 1
            if not same(ours[key][column], theirs[key][column]):
                differences += 1
                print(f"{name} {column}: bilat {ours[key][column]!r}, DuckDB {theirs[key][column]!r}")
    verdict = ("the same" if differences == 0
               else f"{differences} difference{'' if differences == 1 else 's'}")
    print(f"{source}: {figures} figures of {len(ours)} rows compared over {len(files)} "
          f"file{'' if len(files) == 1 else 's'}: {verdict}")
    sys.exit(1 if differences or not ours else 0)


main()
