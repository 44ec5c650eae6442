#!/usr/bin/env bash
# The Comtrade and IMF imports checked against DuckDB: `bilat import comtrade|imf` writes the
# test fixtures into fresh dataset folders, and each trade.csv must give, figure for figure,
# the yearly exports, imports and totals that SQL computes over the same raw files by the
# rules the README documents (compare-trade.py). Needs python3 with venv and pip (a missing
# tool is a failure); builds bilat.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/duckdb-env.sh

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fixtures=tests/fixtures/import
comtrade=("$fixtures/comtrade-annual.csv" "$fixtures/comtrade-monthly.csv")
imf=("$fixtures/imf-dots.csv")

"$bilat" import comtrade "${comtrade[@]}" --into "$work/comtrade" \
    --pair "Russia:RUS,China:CHN" 2>"$work/comtrade.log" || { cat "$work/comtrade.log" >&2; exit 1; }
"$python" .ci/compare-trade.py comtrade RUS,CHN "$work/comtrade/trade.csv" "${comtrade[@]}"

"$bilat" import imf "${imf[@]}" --into "$work/imf" \
    --pair "Russia:RUS,China:CHN" 2>"$work/imf.log" || { cat "$work/imf.log" >&2; exit 1; }
"$python" .ci/compare-trade.py imf RUS,CHN "$work/imf/trade.csv" "${imf[@]}"
