#!/usr/bin/env bash
# The GDELT import checked against DuckDB, on the test fixtures' raw event files in the three
# layouts (1.0's backfile, 1.0, 2.0) and on the real GDELT downloads in
# ../shared/real-samples/gdelt beside the checkout (or where BILAT_REAL_SAMPLES says):
# - bilat's printed pair query must give the months `bilat import gdelt --pair` gives,
#   figure for figure;
# - bilat's printed query for every partner of a country (--country), its result imported
#   with `gdelt-monthly --country X --into-library L1`, must make the datasets that bilat's
#   own pair import of each partner of X makes in L2, dataset for dataset, figure for figure.
# Any difference, a missing file or a missing tool is a failure. Needs python3 with venv and
# pip; builds bilat.
set -euo pipefail
samples="${BILAT_REAL_SAMPLES:-$(cd "$(dirname "$0")/../.." && pwd)/shared/real-samples}"
cd "$(dirname "$0")/.."
source .ci/duckdb-env.sh
compare="$(pwd)/.ci/compare-gdelt.py"

fail() {
    echo "check-gdelt-duckdb: $*" >&2
    exit 1
}

# The real downloads are looked for first: a missing one fails before anything runs.
real="$samples/gdelt"
[ -d "$real" ] || fail "missing folder $real"
for file in 20191024143000.export.CSV spark-gdelt_events.csv spark-gdelt_eventsT.csv; do
    [ -f "$real/$file" ] || fail "missing file $real/$file"
done

cd tests/fixtures/import/gdelt
# DuckDB reads no zip archives: the plain copy of the zipped fixture stands in for it.
"$python" "$compare" duckdb "$bilat" v2-2019-03.export.CSV v2-2019-04.export.CSV
"$python" "$compare" duckdb "$bilat" v1-20190503.export.CSV
# GDELT 1.0's historical backfile: 57 columns, no SOURCEURL.
"$python" "$compare" duckdb "$bilat" v1-backfile-1979.CSV

# Every partner of a country in one query, against bilat's pair import of each.
"$python" "$compare" duckdb "$bilat" --country RUS v2-2019-03.export.CSV v2-2019-04.export.CSV
"$python" "$compare" duckdb "$bilat" --country CHN v2-2019-03.export.CSV v2-2019-04.export.CSV
"$python" "$compare" duckdb "$bilat" --country RUS v1-20190503.export.CSV
"$python" "$compare" duckdb "$bilat" --country USA v1-backfile-1979.CSV

# Real downloads: a whole 15-minute export (USA with itself 55 times, with a blank partner
# 438 times) and aamend/spark-gdelt's GDELT 2.0 test files. Its GDELT 1.0 file mixes the
# backfile's 57 columns with the daily 58, which one read_csv cannot name: not here.
"$python" "$compare" duckdb "$bilat" "$real/20191024143000.export.CSV"
for country in USA RUS GBR; do
    "$python" "$compare" duckdb "$bilat" --country "$country" "$real/20191024143000.export.CSV"
done
"$python" "$compare" duckdb "$bilat" --country USA "$real/spark-gdelt_events.csv" "$real/spark-gdelt_eventsT.csv"
"$python" "$compare" duckdb "$bilat" --country ZWE "$real/spark-gdelt_events.csv"
