#!/usr/bin/env bash
# The GDELT import checked against ClickHouse: bilat's printed ClickHouse query, run in
# chdb (ClickHouse embedded in Python) over the test fixtures' raw event files, must give the
# months `bilat import gdelt` gives, figure for figure. Not in .ci/run: chdb is a large
# install. Needs python3 with venv and pip (a missing tool is a failure); builds bilat.
set -euo pipefail
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
