"""Runs bilat's printed SQL for GDELT's monthly counts in an embedded engine over the test
fixtures' raw event files, and compares its result with `bilat import gdelt` on the same
files, row by row. Exit 1 on any difference; the last line counts what was compared.

    python3 compare-gdelt.py duckdb|chdb BILAT FILE...
"""

import csv
import io
import subprocess
import sys

COLUMNS = ["month", "events", "quad1", "quad2", "quad3", "quad4",
           "goldstein_mean", "tone_mean", "all_events"]
# Means are rounded to 4 decimals by both sides; rounding may differ by one unit.
TOLERANCE = 1.0001e-4


def bilat(binary, args):
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"bilat {' '.join(args)} failed: {done.stderr}")
    return done.stdout


def run_duckdb(sql):
    import duckdb
    con = duckdb.connect()
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def run_chdb(sql):
    import chdb
    text = chdb.query(sql.rstrip().rstrip(";"), "CSVWithNames").bytes().decode()
    return list(csv.DictReader(io.StringIO(text)))


def same(column, ours, theirs):
    blank = lambda v: v is None or v == "" or v == "\\N"
    if blank(ours) or blank(theirs):
        return blank(ours) and blank(theirs)
    if column == "month":
        return str(ours) == str(theirs)
    if column.endswith("_mean"):
        return abs(float(ours) - float(theirs)) <= TOLERANCE
    return int(ours) == int(theirs)


def main():
    engine, binary, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    pairs = ["RUS,CHN", "USA,CHN"]
    rows = cells = differences = 0
    for pair in pairs:
        sql_engine = "duckdb" if engine == "duckdb" else "clickhouse"
        sql = bilat(binary, ["import", "gdelt", "--print-sql", sql_engine, "--pair", pair, *files])
        theirs = run_duckdb(sql) if engine == "duckdb" else run_chdb(sql)
        ours = list(csv.DictReader(io.StringIO(bilat(binary, ["import", "gdelt", "--pair", pair, *files]))))
        if len(ours) != len(theirs):
            print(f"{pair}: bilat gives {len(ours)} months, {engine} {len(theirs)}")
            differences += 1
        for a, b in zip(ours, theirs):
            rows += 1
            for column in COLUMNS:
                cells += 1
                if not same(column, a[column], b[column]):
                    differences += 1
                    print(f"{pair} {a['month']} {column}: bilat {a[column]!r}, {engine} {b[column]!r}")
    verdict = "the same" if differences == 0 else f"{differences} differences"
    print(f"{engine}: {rows} months of {len(pairs)} pairs, {cells} figures compared over "
          f"{len(files)} file{'' if len(files) == 1 else 's'}: {verdict}")
    sys.exit(1 if differences else 0)


main()
