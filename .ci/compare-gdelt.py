"""Runs bilat's printed SQL for GDELT's monthly counts in an embedded engine over raw event
files, and compares its result with bilat's own reading of the same files. Exit 1 on any
difference; the last line counts what was compared.

    python3 compare-gdelt.py duckdb|chdb BILAT FILE...
    python3 compare-gdelt.py duckdb|chdb BILAT --country CODE FILE...

Without --country: the pair query for two pairs, row by row against `bilat import gdelt
--pair` on the same files.

With --country: the partners' query (`--print-sql ENGINE --country CODE`) is run, its result
saved as CSV and imported with `bilat import gdelt-monthly RESULT --country CODE
--into-library L1`. bilat has no raw import of every partner, so L2 is made of one
`bilat import gdelt FILE... --pair CODE,P --into L2/code-p` per partner P: every 3-capital-
letter code either actor column holds (other than CODE and CAMEO's region codes) whose pair
import counts at least one event. The two libraries must hold the same folders, each with the same countries and
the same cooperation table, month for month and figure for figure.
"""

import csv
import io
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

COLUMNS = ["month", "events", "quad1", "quad2", "quad3", "quad4",
           "goldstein_mean", "tone_mean", "all_events"]
# Columns of cooperation.csv compared beyond the figures; the source columns differ by
# design (one library cites the query's result, the other the event files).
TABLE_COLUMNS = COLUMNS + ["quality", "note"]
# Means are rounded to 4 decimals by both sides; rounding may differ by one unit.
TOLERANCE = 1.0001e-4
# The actor columns' CAMEO country codes, 0-based, the same in every layout.
ACTOR1_COUNTRY, ACTOR2_COUNTRY = 7, 17
CODE = re.compile(r"[A-Z]{3}")
# CAMEO's region codes (its manual's list of regions): three capitals, no country, so no
# partner; written out here apart from bilat's own list, so a code dropped from either
# shows as a difference.
REGIONS = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU",
           "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA",
           "SAF", "WAF", "WST"}


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


def run(engine, sql):
    return run_duckdb(sql) if engine == "duckdb" else run_chdb(sql)


def sql_engine(engine):
    return "duckdb" if engine == "duckdb" else "clickhouse"


def blank(v):
    return v is None or v == "" or v == "\\N"


def same(column, ours, theirs):
    if blank(ours) or blank(theirs):
        return blank(ours) and blank(theirs)
    if column in ("month", "quality", "note"):
        return str(ours) == str(theirs)
    if column.endswith("_mean"):
        return abs(float(ours) - float(theirs)) <= TOLERANCE
    return int(ours) == int(theirs)


def compare_pairs(engine, binary, files):
    pairs = ["RUS,CHN", "USA,CHN"]
    rows = cells = differences = 0
    for pair in pairs:
        sql = bilat(binary, ["import", "gdelt", "--print-sql", sql_engine(engine),
                             "--pair", pair, *files])
        theirs = run(engine, sql)
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
    return differences


def actor_codes(files):
    """Every 3-capital-letter code either actor column of the files holds."""
    codes = set()
    for name in files:
        with open(name, encoding="utf-8", errors="replace", newline="") as f:
            for line in f:
                fields = line.rstrip("\r\n").split("\t")
                if len(fields) <= ACTOR2_COUNTRY or fields[0] == "GLOBALEVENTID":
                    continue
                for code in (fields[ACTOR1_COUNTRY], fields[ACTOR2_COUNTRY]):
                    if CODE.fullmatch(code):
                        codes.add(code)
    return codes


def write_result(rows, path):
    """The engine's result as the CSV a user would save, NULL as an empty field."""
    if not rows:
        sys.exit("the partners' query gave no rows")
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        names = list(rows[0])
        out.writerow(names)
        for row in rows:
            out.writerow(["" if blank(row[n]) else row[n] for n in names])


def library(folder):
    """Each dataset folder's countries (as codes) and cooperation table, by folder name."""
    found = {}
    for dataset in sorted(p for p in Path(folder).iterdir() if p.is_dir()):
        manifest = tomllib.loads((dataset / "dataset.toml").read_text())
        countries = sorted(c["code"] for c in manifest["countries"])
        table = dataset / "cooperation.csv"
        if not table.is_file():
            sys.exit(f"{table}: missing")
        with open(table, newline="") as f:
            months = {row["month"]: row for row in csv.DictReader(f)}
        found[dataset.name] = (countries, months)
    return found


def compare_country(engine, binary, country, files):
    with tempfile.TemporaryDirectory(prefix="compare-gdelt-") as work:
        return compare_libraries(engine, binary, country, files, Path(work))


def compare_libraries(engine, binary, country, files, work):
    sql = bilat(binary, ["import", "gdelt", "--print-sql", sql_engine(engine),
                         "--country", country, *files])
    result = work / "partners.csv"
    rows = run(engine, sql)
    write_result(rows, result)
    # What gdelt-monthly would drop unsaid must not be in the result at all: a partner that
    # is the country itself or not a code, a partner's month twice.
    differences = 0
    seen = set()
    for row in rows:
        key = (row["partner"], row["month"])
        if row["country"] != country or blank(row["partner"]) or not CODE.fullmatch(str(row["partner"])) \
                or row["partner"] == country or row["partner"] in REGIONS or key in seen:
            print(f"a row of the query's result that should not be there: {row}")
            differences += 1
        seen.add(key)
    l1, l2 = work / "L1", work / "L2"
    bilat(binary, ["import", "gdelt-monthly", str(result), "--country", country,
                   "--into-library", str(l1)])
    l2.mkdir()
    for partner in sorted(actor_codes(files) - {country} - REGIONS):
        pair = f"{country},{partner}"
        printed = csv.DictReader(io.StringIO(bilat(binary, ["import", "gdelt", "--pair", pair, *files])))
        if not any(int(row["events"]) > 0 for row in printed):
            continue
        folder = l2 / f"{country.lower()}-{partner.lower()}"
        bilat(binary, ["import", "gdelt", *files, "--pair",
                       f"{country}:{country},{partner}:{partner}", "--into", str(folder)])

    ours, theirs = library(l2), library(l1)
    cells = months = 0
    for name in sorted(set(ours) | set(theirs)):
        if name not in theirs:
            print(f"{name}: bilat's pair import has events, the query's result no dataset")
            differences += 1
            continue
        if name not in ours:
            print(f"{name}: a dataset from the query's result, no event in bilat's pair import")
            differences += 1
            continue
        (our_countries, our_months), (their_countries, their_months) = ours[name], theirs[name]
        if our_countries != their_countries:
            print(f"{name}: countries {our_countries} in bilat's import, {their_countries} from the query")
            differences += 1
        for month in sorted(set(our_months) | set(their_months)):
            if month not in their_months or month not in our_months:
                side = "the query's result" if month not in their_months else "bilat's import"
                print(f"{name} {month}: missing from {side}")
                differences += 1
                continue
            months += 1
            a, b = our_months[month], their_months[month]
            for column in TABLE_COLUMNS:
                cells += 1
                if not same(column, a[column], b[column]):
                    differences += 1
                    print(f"{name} {month} {column}: bilat {a[column]!r}, {engine} {b[column]!r}")
    if not ours:
        print(f"no partner of {country} in the files: nothing compared")
        differences += 1
    verdict = "the same" if differences == 0 else f"{differences} differences"
    datasets = f"{len(ours)} dataset{'' if len(ours) == 1 else 's'}"
    print(f"{engine} --country {country}: {datasets}, {months} months, {cells} figures "
          f"compared over {len(files)} file{'' if len(files) == 1 else 's'}: {verdict}")
    return differences


def main():
    engine, binary, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    if engine not in ("duckdb", "chdb"):
        sys.exit(f"unknown engine {engine!r}: duckdb or chdb")
    if rest[:1] == ["--country"]:
        country, files = rest[1], rest[2:]
        if not CODE.fullmatch(country):
            sys.exit(f"--country: expected a 3-letter code in capitals, found {country!r}")
    else:
        country, files = None, rest
    if not files:
        sys.exit("no files")
    for name in files:
        if not Path(name).is_file():
            sys.exit(f"{name}: missing")
    if country:
        differences = compare_country(engine, binary, country, files)
    else:
        differences = compare_pairs(engine, binary, files)
    sys.exit(1 if differences else 0)


main()
