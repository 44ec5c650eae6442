# Sourced by the checks against DuckDB, from the repository's root: installs duckdb in a
# virtual environment and builds bilat, then sets $python (the environment's) and $bilat, both
# absolute paths, as a comparison may run from a fixtures' folder. Needs python3 with venv and
# pip: a missing tool is a failure.
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
venv="${BILAT_CHECK_VENV:-${CARGO_TARGET_DIR:-target}/check-duckdb-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check duckdb
python="$(cd "$venv/bin" && pwd)/python"

cargo build --locked --quiet
bilat="${CARGO_TARGET_DIR:-target}/debug/bilat"
bilat="$(cd "$(dirname "$bilat")" && pwd)/$(basename "$bilat")"
