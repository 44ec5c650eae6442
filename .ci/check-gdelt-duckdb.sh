#!/usr/bin/env bash
# The GDELT import checked against DuckDB: bilat's printed DuckDB query over the test
# fixtures' raw event files must give the months `bilat import gdelt` gives, figure for
# figure, in the three layouts (1.0's backfile, 1.0, 2.0). Needs python3 with venv and pip
# (a missing tool is a failure); builds bilat.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/duckdb-env.sh

cd tests/fixtures/import/gdelt
# DuckDB reads no zip archives: the plain copy of the zipped fixture stands in for it.
"$python" ../../../../.ci/compare-gdelt.py duckdb "$bilat" \
    v2-2019-03.export.CSV v2-2019-04.export.CSV
"$python" ../../../../.ci/compare-gdelt.py duckdb "$bilat" v1-20190503.export.CSV
# GDELT 1.0's historical backfile: 57 columns, no SOURCEURL.
"$python" ../../../../.ci/compare-gdelt.py duckdb "$bilat" v1-backfile-1979.CSV
