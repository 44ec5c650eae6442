"""Reads real public downloads (UN Comtrade, the IMF, SIPRI, GDELT) with plain Python, by the
rules docs/importing.md documents, written here from those rules and not from bilat's code, and
compares the result with what `bilat import` wrote, figure for figure. Exit 1 on any
difference; the last line says what was compared.

    python3 compare-real-samples.py comtrade FILE A,B TRADE_CSV
    python3 compare-real-samples.py imf SCALE FILE A,B TRADE_CSV
    python3 compare-real-samples.py sipri FILE NAME:CODE,NAME:CODE ARMS_CSV MANIFEST STDERR
    python3 compare-real-samples.py gdelt FILE A,B COOPERATION_CSV
    python3 compare-real-samples.py gdelt-pairs FILE N
    python3 compare-real-samples.py unga-ideal-points FILE COUNTRYCODE_CSV A,B INDICATORS_CSV
    python3 compare-real-samples.py cow-codes BILAT_CODES_CSV COW_CODES_CSV COUNTRYCODE_CSV

gdelt-pairs prints the N commonest pairs of actor countries of an event file, one `A,B` a
line, for the shell to import and compare.
"""

import codecs
import csv
import io
import re
import sys
import tomllib
from collections import Counter, defaultdict

# bilat writes USD billions to the dollar (nine decimals): half a dollar tells one dollar's
# difference from float noise.
TOLERANCE = 5e-10
# GDELT means are rounded to 4 decimals by both sides; rounding may differ by one unit.
MEAN_TOLERANCE = 1.0001e-4

# Bytes windows-1252 leaves undefined read as the same code point, as the WHATWG decoder
# (and so bilat) reads them.
codecs.register_error("as_latin1", lambda e: (e.object[e.start:e.end].decode("latin-1"), e.end))


def decode(data):
    """UTF-8 if it is that, else windows-1252 (a superset of latin-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="as_latin1")


def read_text(path):
    with open(path, "rb") as f:
        return decode(f.read())


def written_trade(trade_csv, tag):
    with open(trade_csv, newline="", encoding="utf-8") as f:
        return {(r["series"], r["period"]): r for r in csv.DictReader(f) if r["source_ids"] == tag}


class Verdict:
    def __init__(self):
        self.figures = 0
        self.differences = 0

    def differ(self, message):
        print(message)
        self.differences += 1

    def number(self, name, ours, theirs, tolerance=TOLERANCE):
        self.figures += 1
        if ours in ("", None) or theirs is None:
            if not (ours in ("", None) and theirs is None):
                self.differ(f"{name}: bilat {ours!r}, Python {theirs!r}")
            return
        if abs(float(ours) - theirs) > tolerance:
            self.differ(f"{name}: bilat {ours!r}, Python {theirs!r}")

    def text(self, name, ours, theirs):
        self.figures += 1
        if ours != theirs:
            self.differ(f"{name}: bilat {ours!r}, Python {theirs!r}")

    def end(self, what):
        verdict = "the same" if self.differences == 0 else f"{self.differences} differences"
        print(f"{what}: {self.figures} figures compared: {verdict}")
        sys.exit(1 if self.differences or self.figures == 0 else 0)


def years(parts):
    """A year from the figures of one flow: the annual figure, else all 12 months, else all 4
    quarters, else none (a gap)."""
    if "Y" in parts:
        return parts["Y"]
    months = [parts.get(("M", m)) for m in range(1, 13)]
    if all(v is not None for v in months):
        return sum(months)
    quarters = [parts.get(("Q", q)) for q in range(1, 5)]
    if all(v is not None for v in quarters):
        return sum(quarters)
    return None


def compare_years(figures, written, verdict):
    """figures: {(series, year): {flow: {part: usd}}} against bilat's rows."""
    keys = {(s, str(y)) for (s, y) in figures}
    for key in sorted(keys | written.keys()):
        if key not in keys or key not in written:
            verdict.differ(f"{key}: {'bilat' if key in written else 'Python'} only")
            continue
        flows = figures[(key[0], int(key[1]))]
        x = years(flows.get("exports", {})) if "exports" in flows else None
        m = years(flows.get("imports", {})) if "imports" in flows else None
        total = x + m if x is not None and m is not None else None
        row = written[key]
        for column, usd in (("exports_usd_bn", x), ("imports_usd_bn", m), ("value_usd_bn", total)):
            verdict.number(f"{key[0]} {key[1]} {column}", row[column], None if usd is None else usd / 1e9)


def comtrade(path, pair, trade_csv):
    """Totals only: goods (typeCode C), cmdCode TOTAL, customsCode C00, motCode 0, no second
    partner, partner World left out, flows X and M, reporter and partner the pair's ISO codes.
    A row is the year when freqCode is A or refMonth 52, else its month."""
    figures = defaultdict(lambda: defaultdict(dict))
    for r in csv.DictReader(io.StringIO(read_text(path))):
        get = lambda c: (r.get(c) or "").strip()
        if get("typeCode") not in ("C", "") or get("cmdCode") != "TOTAL":
            continue
        if get("customsCode") != "C00" or get("motCode") != "0":
            continue
        if get("partner2Code") not in ("0", "") or get("partnerCode") == "0":
            continue
        flow = {"X": "exports", "M": "imports"}.get(get("flowCode"))
        rep, par = get("reporterISO"), get("partnerISO")
        if flow is None or rep not in pair or par not in pair or rep == par:
            continue
        part = "Y" if get("freqCode") == "A" or get("refMonth") == "52" else ("M", int(get("refMonth")))
        figures[(f"comtrade-{rep.lower()}", int(get("refYear")))][flow][part] = float(get("primaryValue"))
    verdict = Verdict()
    compare_years(figures, written_trade(trade_csv, "comtrade"), verdict)
    verdict.end(f"comtrade {','.join(pair)} {path.rsplit('/', 1)[-1]}")


# IMF country numbers of the G7, as the real file's Country Code column gives them beside
# each country's name.
IMF_CODES = {"CAN": "156", "DEU": "134", "FRA": "132", "GBR": "112", "ITA": "136",
             "JPN": "158", "USA": "111"}
SCALES = {"units": 1.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
PERIOD = re.compile(r"^(\d{4})(?:(Q)([1-4])|(M)(0?[1-9]|1[0-2]))?$")


def imf(scale, path, pair, trade_csv):
    """Value rows of TXG_FOB_USD (exports) and TMG_CIF_USD (imports) between the pair's IMF
    codes; a figure's scale is the row's Scale column, else the unit its indicator name ends
    with, else SCALE; one figure per filled period column."""
    codes = {IMF_CODES[c]: c for c in pair}
    figures = defaultdict(lambda: defaultdict(dict))
    rows = csv.reader(io.StringIO(read_text(path)))
    header = [h.strip() for h in next(rows)]
    col = {h: i for i, h in enumerate(header)}
    scale_col = next((i for i, h in enumerate(header) if h.lower() in ("scale", "unit multiplier", "unit_mult")), None)
    periods = [(i, PERIOD.match(h)) for i, h in enumerate(header) if PERIOD.match(h)]
    for r in rows:
        get = lambda c: r[col[c]].strip() if col[c] < len(r) else ""
        flow = {"TXG_FOB_USD": "exports", "TMG_CIF_USD": "imports"}.get(get("Indicator Code"))
        rep, par = get("Country Code"), get("Counterpart Country Code")
        if get("Attribute") != "Value" or flow is None or rep not in codes or par not in codes or rep == par:
            continue
        stated = r[scale_col].strip().lower() if scale_col is not None and scale_col < len(r) else ""
        if not stated:
            words = re.findall(r"[a-z]+", get("Indicator Name").lower())
            stated = next((w for w in reversed(words) if w in ("thousands", "millions", "billions")), scale)
        for i, m in periods:
            v = r[i].strip() if i < len(r) else ""
            if not v:
                continue
            year = int(m.group(1))
            part = "Y" if m.group(2) is None and m.group(4) is None else (
                ("Q", int(m.group(3))) if m.group(2) else ("M", int(m.group(5))))
            figures[(f"imf-{codes[rep].lower()}", year)][flow][part] = float(v) * SCALES[stated]
    verdict = Verdict()
    compare_years(figures, written_trade(trade_csv, "imf"), verdict)
    verdict.end(f"imf {','.join(pair)} {path.rsplit('/', 1)[-1]} ({scale})")


def sipri_records(text):
    """The header's names, the records after it (a record split by a bare line break inside
    a field joined back, the break read as a space), the count so joined, and the preamble."""
    lines = text.replace("\r\n", "\n").split("\n")
    at = next(i for i, l in enumerate(lines) if l.startswith("Recipient,Supplier"))
    names = [n.strip() for n in next(csv.reader([lines[at]]))]
    raw = [r for r in csv.reader(io.StringIO("\n".join(lines[at + 1:]))) if any(f.strip() for f in r)]
    width, out, joined, i = len(names), [], 0, 0
    while i < len(raw):
        rec = list(raw[i])
        i += 1
        glued = False
        while len(rec) < width and i < len(raw) and len(raw[i]) < width \
                and len(rec) + len(raw[i]) - 1 <= width:
            rec[-1] = (rec[-1].rstrip() + " " + raw[i][0].lstrip()).strip()
            rec.extend(raw[i][1:])
            i += 1
            glued = True
        joined += glued and len(rec) == width
        out.append(rec)
    return names, out, joined, lines[:at]


def marked(value, mark):
    """A number or year with SIPRI's marks of uncertainty as bilat writes it: `24?`."""
    v = value.strip()
    uncertain = mark.strip() == "?" or (v.startswith("(") and v.endswith(")")) or v.endswith("?")
    v = v.strip("()").rstrip("?").strip()
    if not v:
        return ""
    return str(int(v)) + ("?" if uncertain else "")


def tiv(value):
    return float(value) if value.strip() else None


def sipri(path, pair, arms_csv, manifest, stderr):
    """The deals between the pair in either direction, field for field; the count of
    records rejoined and of Soviet Union deals left out against bilat's warnings; the
    source's year against the preamble's Data generated date."""
    countries = dict(p.split(":") for p in pair.split(","))
    names, records, joined, preamble = sipri_records(read_text(path))
    col = {n.lower(): i for i, n in enumerate(names) if n}
    get = lambda r, c: r[col[c]].strip() if col[c] < len(r) else ""
    mark = lambda r, c: r[col[c] + 1] if col[c] + 1 < len(r) and not names[col[c] + 1] else ""
    theirs, soviet = [], 0
    for r in records:
        sup, rec = get(r, "supplier"), get(r, "recipient")
        if "RUS" in countries.values() and "Soviet Union" in (sup, rec) \
                and ({sup, rec} - {"Soviet Union"}) & (set(countries) - {"Russia"}):
            soviet += 1
        if sup not in countries or rec not in countries or sup == rec:
            continue
        status = get(r, "status").lower().replace(" but modernized", " modernized").replace(" ", "-")
        years = "; ".join(p.strip().strip("()?").strip() for p in re.split("[;,]", get(r, "year(s) of delivery")) if p.strip())
        theirs.append((countries[sup], countries[rec], marked(get(r, "year of order"), mark(r, "year of order")),
                       get(r, "weapon designation"), get(r, "weapon description"),
                       marked(get(r, "number ordered"), mark(r, "number ordered")),
                       marked(get(r, "number delivered"), mark(r, "number delivered")),
                       years, status, tiv(get(r, "sipri tiv per unit")),
                       tiv(get(r, "sipri tiv for total order")), tiv(get(r, "sipri tiv of delivered weapons")),
                       get(r, "comments")))
    with open(arms_csv, newline="", encoding="utf-8") as f:
        ours = [(r["supplier"], r["recipient"], r["order_year"], r["designation"], r["description"],
                 r["ordered"], r["delivered"], r["delivery_years"], r["status"], tiv(r["tiv_unit"]),
                 tiv(r["tiv_order"]), tiv(r["tiv_delivered"]), r["note"])
                for r in csv.DictReader(f) if r["source_ids"] == "sipri"]
    verdict = Verdict()
    key = lambda d: tuple("" if v is None else str(v) for v in d)
    verdict.text("deals", len(ours), len(theirs))
    for o, t in zip(sorted(ours, key=key), sorted(theirs, key=key)):
        for i, (a, b) in enumerate(zip(o[:12], t[:12])):
            if isinstance(b, float) or b is None:
                verdict.number(f"{t[:4]} field {i}", a, b)
            else:
                verdict.text(f"{t[:4]} field {i}", a, b)
        # The note is the comments, after bilat's own words on uncertain delivery years.
        verdict.text(f"{t[:4]} note", o[12].endswith(t[12]), True)
    total = sum(t[11] or 0 for t in theirs)
    verdict.number("TIV delivered, total", sum(o[11] or 0 for o in ours), total, 1e-6)
    with open(stderr, encoding="utf-8") as f:
        said = f.read()
    if joined:
        verdict.text("rejoined", f"rejoined {joined} record" in said, True)
    else:
        verdict.text("rejoined", "rejoined" in said, False)
    if soviet:
        verdict.text("Soviet Union", f"left out {soviet} deal" in said, True)
    generated = next(l for l in preamble if "generated" in l.lower())
    year = int(re.search(r"\b(19|20|21)\d\d\b", generated).group(0))
    with open(manifest, "rb") as f:
        sources = tomllib.load(f).get("sources", [])
    verdict.text("source year", next(s["year"] for s in sources if s["id"] == "sipri"), year)
    verdict.end(f"sipri {pair} {path.rsplit('/', 1)[-1]}: {len(theirs)} deals, TIV delivered "
                f"{total:.2f}, {joined} rejoined, {soviet} Soviet Union deals left out")


def gdelt_lines(path):
    """Each event line's fields: 57 (1.0 backfile), 58 (1.0) or 61 (2.0) tab-separated
    columns, a header line skipped."""
    with open(path, "rb") as f:
        for raw in f.read().split(b"\n"):
            line = raw.rstrip(b"\r").decode("utf-8", errors="replace")
            if not line:
                continue
            fields = line.split("\t")
            if fields[0] == "GLOBALEVENTID":
                continue
            if len(fields) not in (57, 58, 61):
                sys.exit(f"{path}: a line of {len(fields)} columns")
            yield fields


def gdelt(path, pair, cooperation_csv):
    """By month (MonthYear): the pair's events in either direction (Actor1CountryCode,
    Actor2CountryCode), by QuadClass, the mean GoldsteinScale and AvgTone of those, and
    every event of the month."""
    months = defaultdict(lambda: {"events": 0, "quad": Counter(), "gold": [], "tone": [], "all": 0})
    for f in gdelt_lines(path):
        m = months[f"{f[2][:4]}-{f[2][4:6]}"]
        m["all"] += 1
        if {f[7], f[17]} == set(pair) and f[7] != f[17]:
            m["events"] += 1
            m["quad"][int(f[29])] += 1
            m["gold"].append(float(f[30]))
            m["tone"].append(float(f[34]))
    with open(cooperation_csv, newline="", encoding="utf-8") as f:
        ours = {r["month"]: r for r in csv.DictReader(f)}
    verdict = Verdict()
    verdict.text("months", sorted(ours), sorted(months))
    mean = lambda xs: sum(xs) / len(xs) if xs else None
    for month in sorted(months.keys() & ours.keys()):
        t, o = months[month], ours[month]
        verdict.number(f"{month} events", o["events"], t["events"])
        for q in range(1, 5):
            verdict.number(f"{month} quad{q}", o[f"quad{q}"], t["quad"][q])
        verdict.number(f"{month} goldstein", o["goldstein_mean"], mean(t["gold"]), MEAN_TOLERANCE)
        verdict.number(f"{month} tone", o["tone_mean"], mean(t["tone"]), MEAN_TOLERANCE)
        verdict.number(f"{month} all_events", o["all_events"], t["all"])
    verdict.end(f"gdelt {','.join(pair)} {path.rsplit('/', 1)[-1]}")


def gdelt_pairs(path, n):
    pairs = Counter(tuple(sorted((f[7], f[17]))) for f in gdelt_lines(path)
                    if f[7] and f[17] and f[7] != f[17])
    for (a, b), _ in pairs.most_common(int(n)):
        print(f"{a},{b}")


# The awkward COW numbers, written here from the reference
# (../shared/reference/formats/dyad-year.md, section 4), not from bilat's table: the ISO code
# each stands for in a pair view, where countrycode has none or another.
AWKWARD = {255: "DEU", 260: "DEU", 265: "DDR", 365: "RUS", 678: "YEM", 679: "YEM", 680: "YMD",
           816: "VNM", 817: "RVN", 315: "CSK", 625: "SDN", 626: "SSD", 713: "TWN", 347: "XKX"}


def cow_to_iso(countrycode_csv):
    """COW number -> ISO3 from the countrycode table, with the awkward cases above."""
    table = {}
    with open(countrycode_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["cown"] and row["iso3c"]:
                table[int(row["cown"])] = row["iso3c"]
    table.update(AWKWARD)
    return table


def iso_in(ccode, year, table):
    if ccode == 345:
        return "SRB" if year >= 2006 else "YUG"
    return table.get(ccode)


def unga_ideal_points(path, countrycode_csv, pair, indicators_csv):
    """Each country's ideal point and |IP1 - IP2| per year (session + 1945), exact decimals."""
    from decimal import Decimal
    table = cow_to_iso(countrycode_csv)
    points = defaultdict(dict)
    for row in csv.DictReader(io.StringIO(read_text(path))):
        session = int(row["session"])
        year = session + 1945
        iso = iso_in(int(row["ccode"]), year, table)
        if iso in pair and row["IdealPoint"] not in ("", "NA"):
            points[iso][year] = Decimal(row["IdealPoint"])
    expected = {}
    for code in pair:
        for year, ip in points[code].items():
            expected[(f"unga-ip-{code.lower()}", year)] = ip
    for year in set(points[pair[0]]) & set(points[pair[1]]):
        expected[("unga-ip-distance", year)] = abs(points[pair[0]][year] - points[pair[1]][year])
    written = {}
    with open(indicators_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if "unga-ideal-points" in row["source_ids"].split(";") and row["value"]:
                written[(row["indicator"], int(row["period"]))] = Decimal(row["value"])
    bad = [(k, expected.get(k), written.get(k)) for k in sorted(set(expected) | set(written))
           if expected.get(k) != written.get(k)]
    if bad:
        for k, want, got in bad[:20]:
            print(f"unga {pair} {k}: expected {want}, bilat wrote {got}", file=sys.stderr)
        sys.exit(1)
    if pair[1] == "CHN" or pair[0] == "CHN":
        first = min(y for (i, y) in written if i == "unga-ip-chn")
        if first != 1971:
            sys.exit(f"China's series starts in {first}, not 1971")
    if any(y == 1964 for (_, y) in written):
        sys.exit("a value for 1964: session 19 has no votes")
    print(f"unga-ideal-points {','.join(pair)}: {len(expected)} figures equal")


def cow_codes(bilat_csv, cow_csv, countrycode_csv):
    """bilat's table: every COW number once per year span, COW's own name, and the ISO code
    countrycode gives (or the reference's for the awkward cases)."""
    table = cow_to_iso(countrycode_csv)
    with open(cow_csv, encoding="ascii", newline="") as f:
        names = {}
        for row in csv.DictReader(f):
            names.setdefault(int(row["CCode"]), row["StateNme"])
    with open(bilat_csv, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    problems = []
    numbers = {int(r["ccode"]) for r in rows}
    for missing in sorted(set(names) - numbers):
        problems.append(f"COW {missing} ({names[missing]}) is not in bilat's table")
    for r in rows:
        c = int(r["ccode"])
        if names.get(c) != r["cow_name"]:
            problems.append(f"COW {c}: bilat names it {r['cow_name']!r}, COW {names.get(c)!r}")
        year = int(r["from_year"] or r["to_year"] or 1990)
        want = iso_in(c, year, table) or ""
        if r["iso3"] != want:
            problems.append(f"COW {c} ({year}): bilat maps it to {r['iso3']!r}, expected {want!r}")
        if c in AWKWARD or c == 345:
            if c != 365 or not r["from_year"]:
                if not r["note"]:
                    problems.append(f"COW {c}: an awkward case without a note")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(f"cow-codes: {len(rows)} rows of bilat's table agree with COW's list and countrycode")


def main():
    what, args = sys.argv[1], sys.argv[2:]
    if what == "comtrade":
        comtrade(args[0], args[1].split(","), args[2])
    elif what == "imf":
        imf(args[0], args[1], args[2].split(","), args[3])
    elif what == "sipri":
        sipri(*args)
    elif what == "gdelt":
        gdelt(args[0], args[1].split(","), args[2])
    elif what == "gdelt-pairs":
        gdelt_pairs(*args)
    elif what == "unga-ideal-points":
        unga_ideal_points(args[0], args[1], args[2].split(","), args[3])
    elif what == "cow-codes":
        cow_codes(*args)
    else:
        sys.exit(f"expected comtrade, imf, sipri, gdelt or gdelt-pairs, found {what!r}")


main()
