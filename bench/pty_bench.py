#!/usr/bin/env python3
"""Measures terminal programs the way a user meets them, through a real pseudo-terminal.

For each program: time from start to its first full frame, and for each key the time until
its frame is complete and how many bytes it wrote. Runs bilat and, where installed, `less -S`
and `csvlens` on the same events file, side by side in one run.

    python3 bench/pty_bench.py --bilat target/release/bilat --data /tmp/big [--size 120x40]
    python3 bench/pty_bench.py --library /tmp/lib [--runs 5]
    python3 bench/pty_bench.py --self-test

Frames end when the program stops writing for --settle seconds (0.05); times are measured from
just before the key is written to the last byte of the frame, so they include drawing and
writing, as a user sees them.

First frames: the baseline program (examples/bare) and bilat on its bundled dataset are
started --starts times each, alternately; their median, min and max are shown, and the
ratio of the medians. The runs on --data start once each and show their first frame and
how long until every event is indexed ("all loaded ms": the timeline's title reads
`1/<rows>`; in the compare run the timeline is brought into view first, as the trade panes
show nothing of it). "Jump to end" and "jump to start" alternate --repeat times; the first
jump to end, the only one reading its records uncached, is shown apart.

Bytes by screen part: for a one-row scroll, a small VT-lite tracker follows the cursor row
through the bytes and splits them into the list's rows (the DECSTBM scroll region the
program sets, with the scroll sequences themselves), the rows above it (the pane's title),
the rows below it down to the one before the last (the details), the last row (footer, shown
when non-zero) and frame overhead (synchronized-update markers, trailing SGR resets, modes).
`--library DATA_HOME` times the one-shot commands over a library instead (the datasets in
DATA_HOME/bilat/datasets, as `gen --library N` writes them): `bilat list`, `bilat list
--names` and `bilat overview`, cold (the summaries' cache removed first) and warm, each
--runs times, in the pty, beside the bare program's first frame in the same run; each run's
wall time until the command exits and its peak resident memory (from wait4). Then the
dashboard opened on its overview screen over the same library, warm (--runs times) and
cold: its first frame and the time of each key.
`--self-test` checks the tracker on literal byte strings and exits non-zero on a mismatch.
"""

import argparse
import collections
import fcntl
import math
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

NAN = float("nan")


def spawn(argv, cols, rows, env):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    proc = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(slave)
    return proc, master


def stop(proc, fd):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
    os.close(fd)


def read_burst(fd, settle, limit=10.0, want=None, start=None, quiet_ends=False):
    """Reads until `settle` seconds pass with no output after some came (and `want`, if
    given, was seen), or, with `quiet_ends`, with no output at all. Returns (bytes, seconds
    from `start` (a perf_counter reading taken before the key was written; default: the
    call) to the last byte)."""
    if start is None:
        start = time.perf_counter()
    data = b""
    last = start
    while True:
        now = time.perf_counter()
        if now - start > limit:
            break
        ready, _, _ = select.select([fd], [], [], settle)
        if ready:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
            last = time.perf_counter()
        elif quiet_ends or (data and (want is None or want in data)):
            break
    return data, last - start


def drain(fd, settle, limit=10.0):
    """Reads until `settle` seconds pass with no output, even if none came at all; returns
    the bytes. (read_burst alone waits for a first byte: after a frame already read, it
    would wait its whole limit.)"""
    return read_burst(fd, settle, limit, quiet_ends=True)[0]


def wait_for(fd, marker, since, limit=30.0, seen=b""):
    """Reads until `marker` appears (in `seen`, the tail of what came before, plus what is
    read now); returns (bytes read, seconds from `since` to the read that held it, or nan
    if it never came within `limit` seconds)."""
    data = b""
    while marker not in seen + data:
        if time.perf_counter() - since >= limit:
            return data, NAN
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                return data, NAN
            if not chunk:
                return data, NAN
            data += chunk
    return data, time.perf_counter() - since


def peak_rss_mib(pid):
    """The process's peak resident set so far (VmHWM), in MiB; file pages it has mapped and
    touched count, pages the kernel reads for it through read() do not."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return NAN


# --- Bytes by screen part ------------------------------------------------------------------

_CSI = re.compile(rb"\x1b\[([0-?]*)([ -/]*)([@-~])")
_STRING_ESC = b"]P_^X"  # OSC, DCS, APC, PM, SOS: run to BEL or ST


class RowTracker:
    """A VT-lite tracker: follows the cursor row of one terminal through the bytes a program
    writes and counts each byte to a screen row, to the scroll controls, or to overhead.

    Rows are 1-based. Printable text (UTF-8 included), EL/ED/ECH and the like count to the
    cursor's row; SGR (`ESC[...m`) and charset designations count to the row they are
    written on if text follows them in the same burst, else (trailing resets) to overhead.
    Cursor moves count to the row moved to: CUP/HVP (`ESC[r;cH`, `ESC[rH`, `ESC[H`), VPA,
    CUU/CUD/CNL/CPL, LF/VT/FF/IND/NEL/RI and cursor restore; CHA/HPA, CUF/CUB, CR, BS and TAB
    stay on the row. DECSTBM (`ESC[t;br`; `ESC[r` resets) homes the cursor to row 1; it and
    SU/SD (`ESC[nS`, `ESC[nT`) count to the scroll controls, and an SU/SD under margins
    names the burst's scroll region. A scroll (SU/SD, or LF at the bottom margin) moves the
    counts of the rows it moves, so bytes count to the row where they end up on screen.
    Private modes (`ESC[?...h`, e.g. synchronized update), OSC/DCS strings and other
    controls are overhead. The column and autowrap are not followed. The state (row,
    margins, saved row) carries from one `feed` to the next; a sequence cut at the end of
    one `feed` counts as overhead."""

    def __init__(self, rows, row=1):
        self.rows = rows
        self.row = row
        self.margins = None  # (top, bottom) while DECSTBM margins are set
        self.saved = row

    def _bounds(self):
        return self.margins or (1, self.rows)

    def _scroll(self, counts, pending, n):
        """Content in the scroll region moves up `n` rows (down if negative); content pushed
        past an edge stays counted to that edge row."""
        top, bottom = self._bounds()
        for table in (counts, pending):
            moved = {}
            for r, v in table.items():
                if top <= r <= bottom:
                    r = min(max(r - n, top), bottom)
                moved[r] = moved.get(r, 0) + v
            table.clear()
            table.update(moved)

    def _down(self, n):
        top, bottom = self._bounds()
        limit = bottom if self.row <= bottom else self.rows
        self.row = min(self.row + n, limit)

    def _line_feed(self, counts, pending):
        """Down a row, or at the bottom margin the region scrolls up (LF, IND, NEL)."""
        if self.row == self._bounds()[1]:
            self._scroll(counts, pending, 1)
        else:
            self._down(1)

    def _reverse_line_feed(self, counts, pending):
        """Up a row, or at the top margin the region scrolls down (RI)."""
        if self.row == self._bounds()[0]:
            self._scroll(counts, pending, -1)
        else:
            self._up(1)

    def _up(self, n):
        top, bottom = self._bounds()
        limit = top if self.row >= top else 1
        self.row = max(self.row - n, limit)

    def feed(self, data):
        """Counts one burst: returns dict(rows={row: bytes}, scroll=bytes of DECSTBM/SU/SD,
        overhead=bytes, region=(top, bottom) of the first SU/SD under margins, or None)."""
        counts = collections.defaultdict(int)
        pending = collections.defaultdict(int)  # SGR bytes waiting for text, by row
        scroll = overhead = 0
        region = None
        i, end = 0, len(data)

        def text_here(n):
            for r, v in pending.items():
                counts[r] += v
            pending.clear()
            counts[self.row] += n

        while i < end:
            b = data[i]
            if b == 0x1B:
                if i + 1 >= end:
                    overhead += 1
                    break
                kind = data[i + 1]
                if kind == 0x5B:  # CSI
                    m = _CSI.match(data, i)
                    if not m:
                        overhead += end - i
                        break
                    n = m.end() - i
                    params, inter, final = m.group(1), m.group(2), chr(m.group(3)[0])
                    i = m.end()
                    private = params[:1] in (b"?", b">", b"<", b"=")
                    if private or inter:
                        overhead += n
                        continue
                    nums = [int(p) if p else 0 for p in params.split(b";")] if params else []
                    first = nums[0] if nums else 0
                    count = max(first, 1)
                    if final == "m":
                        pending[self.row] += n
                    elif final in "Hf":
                        self.row = min(max(first, 1), self.rows)
                        counts[self.row] += n
                    elif final == "d":
                        self.row = min(count, self.rows)
                        counts[self.row] += n
                    elif final in "Be":
                        self._down(count)
                        counts[self.row] += n
                    elif final == "E":
                        self._down(count)
                        counts[self.row] += n
                    elif final in "AF":
                        self._up(count)
                        counts[self.row] += n
                    elif final == "r":
                        top = first or 1
                        bottom = nums[1] if len(nums) > 1 and nums[1] else self.rows
                        full = top <= 1 and bottom >= self.rows
                        self.margins = None if (not nums or full) else (top, bottom)
                        self.row = 1
                        scroll += n
                    elif final in "ST" and len(nums) <= 1:
                        if self.margins and region is None:
                            region = self.margins
                        self._scroll(counts, pending, count if final == "S" else -count)
                        scroll += n
                    elif final == "s" and not params:
                        self.saved = self.row
                        overhead += n
                    elif final == "u" and not params:
                        self.row = self.saved
                        counts[self.row] += n
                    elif final in "GCD`a@PXKJLMb":
                        counts[self.row] += n
                    else:
                        overhead += n
                elif kind in _STRING_ESC:
                    j = i + 2
                    while j < end and data[j] != 0x07 and data[j:j + 2] != b"\x1b\\":
                        j += 1
                    j = min(end, j + (1 if j < end and data[j] == 0x07 else 2))
                    overhead += j - i
                    i = j
                elif kind in b"()*+-./":  # charset designation: like an SGR
                    n = min(3, end - i)
                    pending[self.row] += n
                    i += n
                elif kind in b"DE":  # IND, NEL
                    self._line_feed(counts, pending)
                    counts[self.row] += 2
                    i += 2
                elif kind == ord("M"):  # RI
                    self._reverse_line_feed(counts, pending)
                    counts[self.row] += 2
                    i += 2
                elif kind == ord("7"):
                    self.saved = self.row
                    overhead += 2
                    i += 2
                elif kind == ord("8"):
                    self.row = self.saved
                    counts[self.row] += 2
                    i += 2
                else:
                    overhead += 2
                    i += 2
            elif b in (0x0A, 0x0B, 0x0C):  # LF, VT, FF
                self._line_feed(counts, pending)
                counts[self.row] += 1
                i += 1
            elif b in (0x0D, 0x08, 0x09):  # CR, BS, TAB: same row
                counts[self.row] += 1
                i += 1
            elif b < 0x20 or b == 0x7F:
                overhead += 1
                i += 1
            else:
                j = i + 1
                while j < end and (data[j] >= 0x20 and data[j] != 0x7F and data[j] != 0x1B):
                    j += 1
                text_here(j - i)
                i = j
        overhead += sum(pending.values())
        return {"rows": dict(counts), "scroll": scroll, "overhead": overhead, "region": region}


def split_bytes(counted, rows, fallback=None):
    """Splits what `RowTracker.feed` counted by screen part. The list's rows are the burst's
    scroll region, else `fallback` (e.g. the region of the run's previous burst); rows above
    its top are "title", rows below its bottom down to `rows - 1` are "details", row `rows`
    is "footer". The scroll controls count to the list. Without any region, list, title and
    details are nan and the scroll controls count to overhead. Returns (parts, region)."""
    region = counted["region"] or fallback
    by_row = counted["rows"]
    parts = {"total": sum(by_row.values()) + counted["scroll"] + counted["overhead"]}
    parts["footer"] = by_row.get(rows, 0)
    if region is None:
        parts.update(list=NAN, title=NAN, details=NAN,
                     overhead=counted["overhead"] + counted["scroll"])
        return parts, None
    top, bottom = region
    parts["list"] = counted["scroll"] + sum(v for r, v in by_row.items() if top <= r <= bottom)
    parts["title"] = sum(v for r, v in by_row.items() if r < top)
    parts["details"] = sum(v for r, v in by_row.items() if bottom < r < rows)
    if bottom >= rows:
        parts["footer"] = 0
    parts["overhead"] = counted["overhead"]
    return parts, region


def self_test():
    """Runs the tracker over literal bursts; returns the number of mismatches."""
    cases = [
        # bilat's one-row scroll: DECSTBM+SU+reset, the title's count, two list rows, details.
        ("scroll with a region", [],
         b"\x1b[?2026h\x1b[3;30r\x1b[1S\x1b[r\x1b[2;16H1\x1b[29;2H 2025\x1b[30;1Hrow"
         b"\x1b[32;2Hdetail\x1b[0m\x1b[?2026l", None,
         dict(list=36, title=8, details=13, footer=0, overhead=20, total=77), (3, 30)),
        # No region in this burst: the previous burst's is used.
        ("fallback region", [],
         b"\x1b[?2026h\x1b[2;16H2\x1b[29;2Hab\x1b[0m\x1b[?2026l", (3, 30),
         dict(list=9, title=8, details=0, footer=0, overhead=20, total=37), (3, 30)),
        ("no region at all", [],
         b"\x1b[?2026h\x1b[2;16H2\x1b[29;2Hab\x1b[0m\x1b[?2026l", None,
         dict(list=NAN, title=NAN, details=NAN, footer=0, overhead=20, total=37), None),
        # Relative moves; SGR before text counts to its row, a trailing one to overhead.
        ("relative moves", [],
         b"\x1b[5;1Hx\x1b[2Bq\x1b[3Gz\rw\x1b[A\x1b[40Hf\x1b[m", (3, 30),
         dict(list=22, title=0, details=0, footer=6, overhead=3, total=31), (3, 30)),
        # DECSTBM homes the cursor: the text after it lands on row 1.
        ("DECSTBM homes", [],
         b"\x1b[35;1H\x1b[3;30r\x1b[1Sa", None,
         dict(list=11, title=1, details=7, footer=0, overhead=0, total=19), (3, 30)),
        # less: the new line is written on the prompt row and LF scrolls it up into the list.
        ("less scroll", [b"\x1b[40;1H"],
         b"\r\x1b[Kline one\x1b[7m>\x1b[27m\r\n:\x1b[K", (1, 39),
         dict(list=23, title=0, details=0, footer=5, overhead=0, total=28), (1, 39)),
    ]
    failures = 0
    for name, before, data, fallback, want, want_region in cases:
        tracker = RowTracker(40)
        for chunk in before:
            tracker.feed(chunk)
        parts, region = split_bytes(tracker.feed(data), 40, fallback)
        same = all(
            (math.isnan(v) and math.isnan(parts[k])) or parts[k] == v for k, v in want.items()
        ) and region == want_region and want["total"] == len(data)
        if not math.isnan(parts["list"]):
            same = same and sum(parts[k] for k in
                                ("list", "title", "details", "footer", "overhead")) == len(data)
        print(f"  {'ok  ' if same else 'FAIL'} {name}: {parts} region {region}")
        if not same:
            print(f"       wanted {want} region {want_region}")
            failures += 1
    return failures


# --- Runs ----------------------------------------------------------------------------------

# One key of a run. `label` None: sent and its frame read, not reported. `parts`: screen
# parts to report the bytes of (see split_bytes); `list_rows`: the list's rows when the
# program never sets a scroll region (less). `once`: a single sample, shown without
# "(median)". Steps with the same label pool their samples.
Step = collections.namedtuple(
    "Step", "label key repeat want parts list_rows once",
    defaults=(1, None, (), None, False))

PART_LABELS = {"list": "list rows", "title": "title row", "details": "details",
               "footer": "footer", "overhead": "overhead"}


def median(values):
    """The median of the values that are not nan; nan if none are."""
    values = [v for v in values if not math.isnan(v)]
    return statistics.median(values) if values else NAN


def measure(name, argv, steps, markers, args, env, reveal=None):
    """`markers`: (end of the first frame, sign that everything is loaded), or None for
    programs that draw once and go quiet. `reveal`: a key sent right after the first frame
    to bring the loaded sign into view."""
    cols, rows = args.size
    tracker = RowTracker(rows)
    t0 = time.perf_counter()
    proc, fd = spawn(argv, cols, rows, env)
    results = {}
    if markers:
        first, took = wait_for(fd, markers[0], t0)
        results["first frame ms"] = took * 1000
        seen = first
        if reveal:
            # At once: the first frame is whole, and a wait for quiet could last as long
            # as the loading.
            os.write(fd, reveal)
        if markers[1] in first:
            loaded = took
        else:
            more, loaded = wait_for(fd, markers[1], t0, limit=60.0,
                                    seen=seen[-len(markers[1]):])
            seen += more
            if math.isnan(loaded):
                print(f"{name}: never saw {markers[1]!r} within 60 s", file=sys.stderr)
        results["all loaded ms"] = loaded * 1000
        tracker.feed(seen + drain(fd, args.settle))
        results["peak MiB, all loaded"] = peak_rss_mib(proc.pid)
    else:
        first, _ = read_burst(fd, args.settle, limit=30.0)
        tracker.feed(first)
        results["first frame ms"] = ((time.perf_counter() - t0) - args.settle) * 1000
    samples = {}  # label -> (step, times, sizes, {part: [bytes]})
    region = None
    for step in steps:
        for _ in range(step.repeat):
            # The clock starts before the write: the program may answer (and the kernel run
            # it in our place) before this process reads the clock again.
            sent = time.perf_counter()
            os.write(fd, step.key)
            # A search writes its progress now and then: it is done when the footer names
            # the match it landed on.
            data, took = read_burst(fd, args.settle, limit=60.0, want=step.want, start=sent)
            counted = tracker.feed(data)
            parts, region = split_bytes(counted, rows, region or step.list_rows)
            if step.label is None:
                continue
            _, times, sizes, split = samples.setdefault(step.label, (step, [], [], {}))
            times.append(took * 1000)
            sizes.append(len(data))
            for part in step.parts + ("footer",):
                split.setdefault(part, []).append(parts[part])
    for label, (step, times, sizes, split) in samples.items():
        how = "" if step.once else " (median)"
        results[f"{label} ms{how}"] = median(times)
        results[f"{label} bytes{how}"] = median(sizes)
        for part in step.parts:
            results[f"{label}: {PART_LABELS[part]} bytes{how}"] = median(split[part])
        if step.parts and any(split["footer"]):
            results[f"{label}: footer bytes{how}"] = median(split["footer"])
    results["peak MiB, at the end"] = peak_rss_mib(proc.pid)
    stop(proc, fd)
    return name, results


def one_shot(argv, args, env):
    """Runs a command that prints and exits, in the pty; returns (seconds, peak MiB)."""
    cols, rows = args.size
    t0 = time.perf_counter()
    proc, fd = spawn(argv, cols, rows, env)
    while True:
        try:
            ready, _, _ = select.select([fd], [], [], 30)
            if not ready or not os.read(fd, 1 << 16):
                break
        except OSError:
            break
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    os.close(fd)
    if proc.returncode != 0:
        raise SystemExit(f"{argv} exited {proc.returncode}")
    return took, usage.ru_maxrss / 1024


def library_bench(args, env):
    """`bilat list` and `bilat overview` over a library, cold and warm, beside bare."""
    cache = os.path.join(args.library, "bench-cache")
    env = dict(env, XDG_DATA_HOME=args.library, XDG_CACHE_HOME=cache)
    datasets = os.path.join(args.library, "bilat", "datasets")
    count = len([d for d in os.listdir(datasets) if not d.startswith(".")])
    runs = []
    if os.path.exists(args.bare):
        runs += first_frames([("bare program (baseline)", [args.bare], b"ready")], args, env)
    commands = [
        ("bilat list --names", ["list", "--names"], False),
        ("bilat list, cold (no cache)", ["list"], True),
        ("bilat list, warm", ["list"], False),
        ("bilat overview, cold (no cache)", ["overview"], True),
        ("bilat overview, warm", ["overview"], False),
        ("bilat overview --sort trade --country RUS, warm", ["overview", "--sort", "trade", "--country", "RUS"], False),
    ]
    for name, argv, cold in commands:
        times, peaks = [], []
        for _ in range(args.runs):
            if cold:
                shutil.rmtree(cache, ignore_errors=True)
            took, peak = one_shot([args.bilat] + argv, args, env)
            times.append(took * 1000)
            peaks.append(peak)
        runs.append((f"{name}  [{count} datasets]", {
            f"ms (median of {args.runs})": median(times),
            "ms (min)": min(times),
            "ms (max)": max(times),
            "peak MiB (max)": max(peaks),
        }))
    runs += overview_screen(args, env, cache, count)
    width = max([34] + [len(k) for _, results in runs for k in results])
    for name, results in runs:
        print(f"\n{name}  ({args.size[0]}x{args.size[1]})")
        for k, v in results.items():
            print(f"  {k:<{width}} {v:10.1f}")
    return 0


def overview_screen(args, env, cache, count):
    """The dashboard opened on its overview screen (`start = "overview"`) over the library,
    warm (the summaries cached by the runs before) and cold: its first frame (the header
    `Overview: `) and the keys, sent at once (in a cold start, while the rows are still
    being read): a row down and up, a page down and up, the next sort column."""
    config = os.path.join(args.library, "bench-overview.toml")
    with open(config, "w") as f:
        f.write('[ui]\nstart = "overview"\n')
    env = dict(env, BILAT_CONFIG=config)
    n = args.repeat
    steps = [Step("row down (j)", b"j"), Step("row up (k)", b"k")] * n
    steps += [Step("page down", b"\x1b[6~"), Step("page up", b"\x1b[5~")] * n
    steps += [Step("next sort column (s)", b"s", repeat=n)]
    runs = []
    for name, cold in [("overview screen, warm", False), ("overview screen, cold (no cache)", True)]:
        for _ in range(args.runs if not cold else 1):
            if cold:
                shutil.rmtree(cache, ignore_errors=True)
            label, results = measure(f"{name}  [{count} datasets]", [args.bilat], steps,
                                     (b"Overview: ", b"Overview: "), args, env)
            # Its frames are drawn as changes to the last, so the header's count when every
            # row is in never arrives whole: `bilat overview`, cold, times reading them all.
            results.pop("all loaded ms", None)
            results.pop("peak MiB, all loaded", None)
            runs.append((label, results))
    return runs


def first_frames(programs, args, env):
    """Starts each (name, argv, marker) program `args.starts` times, taking turns, and
    times its first frame (until `marker`); returns [(name, results)]."""
    cols, rows = args.size
    times = {name: [] for name, _, _ in programs}
    peaks = {name: [] for name, _, _ in programs}
    for _ in range(args.starts):
        for name, argv, marker in programs:
            t0 = time.perf_counter()
            proc, fd = spawn(argv, cols, rows, env)
            _, took = wait_for(fd, marker, t0)
            drain(fd, args.settle)
            times[name].append(took * 1000)
            peaks[name].append(peak_rss_mib(proc.pid))
            stop(proc, fd)
    runs = []
    for name, _, _ in programs:
        runs.append((name, {
            f"first frame ms (median of {args.starts})": median(times[name]),
            "first frame ms (min)": min(times[name]),
            "first frame ms (max)": max(times[name]),
            "peak MiB (median)": median(peaks[name]),
        }))
    return runs


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bilat", default="target/release/bilat")
    parser.add_argument("--bare", default="target/release/examples/bare",
                        help="the baseline program (cargo build --release --example bare)")
    parser.add_argument("--data", help="a dataset folder (events.csv inside)")
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--settle", type=float, default=0.05, help="seconds of quiet ending a frame")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--starts", type=int, default=7,
                        help="starts of the baseline and of bilat on its bundled dataset")
    parser.add_argument("--library", help="a data home whose bilat/datasets holds a library "
                        "(gen --library N): time list and overview instead")
    parser.add_argument("--runs", type=int, default=5, help="runs of each --library command")
    parser.add_argument("--self-test", action="store_true",
                        help="check the bytes-by-screen-part tracker and exit")
    args = parser.parse_args()
    if args.self_test:
        failures = self_test()
        print("self-test " + ("passed" if not failures else f"FAILED ({failures})"))
        return 1 if failures else 0
    if not args.data and not args.library:
        parser.error("--data or --library is required (or --self-test)")
    args.size = tuple(int(v) for v in args.size.split("x"))
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    env.pop("BILAT_CONFIG", None)
    env.pop("NO_COLOR", None)
    env["XDG_CONFIG_HOME"] = "/nonexistent"
    if args.library:
        return library_bench(args, env)
    events = os.path.join(args.data, "events.csv")
    with open(events, "rb") as f:
        rows = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b"")) - 1
    # The timeline's title shows "1/<rows>" once every event is in.
    loaded = b"1/%d" % rows
    frame_end = b"\x1b[?2026l"
    n = args.repeat
    runs = []
    if os.path.exists(args.bare):
        bare, bundled = first_frames(
            [("bare program (baseline)", [args.bare], b"ready"),
             ("bilat, bundled dataset", [args.bilat], frame_end)], args, env)
        key = f"first frame ms (median of {args.starts})"
        bundled[1]["first frame / baseline (medians)"] = bundled[1][key] / max(bare[1][key], 1e-6)
        runs += [bare, bundled]
    # Jump to end first (its records are read from disk for the first time), then
    # alternately to start and end, ending at the end as before.
    jumps = [Step("jump to end, first (uncached)", b"G", once=True)]
    jumps += [Step("jump to start", b"g"), Step("jump to end", b"G")] * n
    scroll_parts = ("list", "title", "details", "overhead")
    runs += [
        measure(
            "bilat (timeline zoomed)",
            [args.bilat, "--data", args.data],
            [
                Step("focus+zoom", b"4z"),
                Step("page down", b"\x1b[6~", n),
                Step("one-row scroll at edge", b"j", n, parts=scroll_parts),
                *jumps,
                Step("type a search, common word", b"/talks"),
                Step("search, common word", b"\r", want=b"match 1 of"),
                Step("leave the search, common word", b"\x1b"),
                Step("type a search, rare word", b"/zhenbao"),
                Step("search, rare word", b"\r", want=b"match 1 of"),
                Step("leave the search, rare word", b"\x1b"),
                Step("open the filter menu", b"f"),
                Step("type a category", b"border"),
                Step("category filter", b"\r"),
            ],
            (frame_end, loaded),
            args,
            env,
        ),
        measure(
            "bilat (four panes)",
            [args.bilat, "--data", args.data],
            [Step("focus timeline", b"4"), Step("page down", b"\x1b[6~", n),
             Step("one-row scroll at edge", b"j", n)],
            (frame_end, loaded),
            args,
            env,
        ),
        # The compare screen opens on the trade panes; the timelines (and their count) show
        # after `4`. So `4` right after the first frame, back to trade once all is loaded,
        # and `4` again to time focusing the loaded timeline.
        measure(
            "bilat (compare: the dataset beside India-Russia, timeline focused)",
            [args.bilat, "--compare", args.data, "india-russia"],
            [Step(None, b"1"), Step("focus timeline", b"4"),
             Step("one-row scroll at edge", b"j", n), Step("page down", b"\x1b[6~", n),
             Step("jump to end", b"G")],
            (frame_end, loaded),
            args,
            env,
            reveal=b"4",
        ),
    ]
    cols, screen_rows = args.size
    if shutil.which("less"):
        runs.append(measure(
            "less -S", ["less", "-S", events],
            [Step("page down", b" ", n),
             Step("one-row scroll", b"j", n, parts=("list", "overhead"),
                  list_rows=(1, screen_rows - 1)),
             Step("jump to end", b"G"), Step("jump to start", b"g")],
            None, args, env))
    if shutil.which("csvlens"):
        runs.append(measure(
            "csvlens", ["csvlens", events],
            [Step("page down", b"\x1b[6~", n), Step("one-row scroll at edge", b"j", n),
             Step("jump to end", b"G"), Step("jump to start", b"g")],
            None, args, env))
    width = max([34] + [len(k) for _, results in runs for k in results])
    for name, results in runs:
        print(f"\n{name}  ({args.size[0]}x{args.size[1]})")
        for k, v in results.items():
            print(f"  {k:<{width}} {v:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
