#!/usr/bin/env bash
# The Comtrade and IMF imports checked against DuckDB: `bilat import comtrade|imf` writes the
# test fixtures into fresh dataset folders, and each trade.csv must give, figure for figure,
# the yearly exports, imports and totals that SQL computes over the same raw files by the
# rules docs/importing.md documents (compare-trade.py). Needs python3 with venv and pip (a missing
# tool is a failure); builds bilat.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/duckdb-env.sh

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# check SOURCE FILE...: imports the files into a new folder, then compares. The IMF
# fixtures are in the legacy bulk layout, whose figures are millions and which states no
# scale: both bilat and the comparison are told so.
check() {
    local source="$1" into
    local scale=()
    [ "$source" = imf ] && scale=(--scale millions)
    into="$(mktemp -d -p "$work")"
    shift
    "$bilat" import "$source" "$@" "${scale[@]}" --into "$into" --pair "Russia:RUS,China:CHN" \
        2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    "$python" .ci/compare-trade.py "${scale[@]}" "$source" RUS,CHN "$into/trade.csv" "$@"
}

fixtures=tests/fixtures/import
check comtrade "$fixtures/comtrade-annual.csv" "$fixtures/comtrade-monthly.csv"
# Apart: both give Russia's imports of 2023, which bilat takes once only.
check imf "$fixtures/imf-dots.csv"
check imf "$fixtures/imf-monthly.csv"
