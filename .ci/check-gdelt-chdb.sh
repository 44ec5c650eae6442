#!/usr/bin/env bash
# The GDELT import checked against ClickHouse: bilat's printed ClickHouse queries, run in
# chdb (ClickHouse embedded in Python) over the test fixtures' raw event files, must give the
# months `bilat import gdelt` gives, figure for figure: the pair query, and the query for every
# partner of a country (--country), imported with gdelt-monthly and compared dataset for
# dataset with bilat's pair import of each partner (as .ci/check-gdelt-duckdb.sh does).
# Not in .ci/run: chdb is a large install. Needs python3 with venv and pip (a missing tool is a failure); builds bilat.
set -euo pipefail
samples="${BILAT_REAL_SAMPLES:-$(cd "$(dirname "$0")/../.." && pwd)/shared/real-samples}"
cd "$(dirname "$0")/.."

command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
venv="${BILAT_CHECK_VENV:-${CARGO_TARGET_DIR:-target}/check-gdelt-chdb-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
# Absolute, since the comparison runs from the fixtures' folder.
venv="$(cd "$venv" && pwd)"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check chdb

cargo build --locked --quiet
bilat="${CARGO_TARGET_DIR:-target}/debug/bilat"
bilat="$(cd "$(dirname "$bilat")" && pwd)/$(basename "$bilat")"
cd tests/fixtures/import/gdelt
# The engines here read no zip archives: the plain copy of the zipped fixture stands in for it.
"$venv/bin/python" ../../../../.ci/compare-gdelt.py chdb "$bilat" \
    v2-2019-03.export.CSV v2-2019-04.export.CSV
"$venv/bin/python" ../../../../.ci/compare-gdelt.py chdb "$bilat" v1-20190503.export.CSV
"$venv/bin/python" ../../../../.ci/compare-gdelt.py chdb "$bilat" --country RUS \
    v2-2019-03.export.CSV v2-2019-04.export.CSV
"$venv/bin/python" ../../../../.ci/compare-gdelt.py chdb "$bilat" --country RUS v1-20190503.export.CSV
"$venv/bin/python" ../../../../.ci/compare-gdelt.py chdb "$bilat" --country USA v1-backfile-1979.CSV
# A real 15-minute export (../shared/real-samples beside the checkout): USA with itself and
# with blank partners, which ClickHouse reads as empty text, not NULL.
real="$samples/gdelt/20191024143000.export.CSV"
[ -f "$real" ] || { echo "check-gdelt-chdb: missing file $real" >&2; exit 1; }
"$venv/bin/python" ../../../../.ci/compare-gdelt.py chdb "$bilat" --country USA "$real"
