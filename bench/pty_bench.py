#!/usr/bin/env python3
"""Measures terminal programs the way a user meets them, through a real pseudo-terminal.

For each program: time from start to its first full frame, and for each key the time until
its frame is complete and how many bytes it wrote. Runs bilat and, where installed, `less -S`
and `csvlens` on the same events file, side by side in one run.

    python3 bench/pty_bench.py --bilat target/release/bilat --data /tmp/big [--size 120x40]

Frames end when the program stops writing for --settle milliseconds; times are measured to
the last byte of the frame, so they include drawing and writing, as a user sees them.
"""

import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time


def spawn(argv, cols, rows, env):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    proc = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(slave)
    return proc, master


def read_burst(fd, settle, limit=10.0, want=None):
    """Reads until `settle` seconds pass with no output (and `want`, if given, was seen).
    Returns (bytes, seconds from call to last byte)."""
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
        elif data and (want is None or want in data):
            break
    return data, last - start


def wait_for(fd, marker, since, limit=30.0):
    """Reads until `marker` appears; returns (bytes, seconds from `since` to the read that
    held it)."""
    data = b""
    while marker not in data and time.perf_counter() - since < limit:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
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
    return float("nan")


def measure(name, argv, keys, markers, args, env):
    """`markers`: (end of the first frame, sign that everything is loaded), or None for
    programs that draw once and go quiet."""
    cols, rows = args.size
    t0 = time.perf_counter()
    proc, fd = spawn(argv, cols, rows, env)
    results = {}
    if markers:
        first, took = wait_for(fd, markers[0], t0)
        results["first frame ms"] = took * 1000
        if markers[1] not in first:
            wait_for(fd, markers[1], t0, limit=60.0)
        results["all loaded ms"] = (time.perf_counter() - t0) * 1000
        read_burst(fd, args.settle)
        results["peak MiB, all loaded"] = peak_rss_mib(proc.pid)
    else:
        first, _ = read_burst(fd, args.settle, limit=30.0)
        results["first frame ms"] = ((time.perf_counter() - t0) - args.settle) * 1000
    for label, key, repeat, *want in keys:
        times, sizes = [], []
        for _ in range(repeat):
            os.write(fd, key)
            # A search writes its progress now and then: it is done when the footer names
            # the match it landed on.
            data, took = read_burst(fd, args.settle, limit=60.0, want=want[0] if want else None)
            times.append(took * 1000)
            sizes.append(len(data))
        results[f"{label} ms (median)"] = statistics.median(times)
        results[f"{label} bytes (median)"] = statistics.median(sizes)
    results["peak MiB, at the end"] = peak_rss_mib(proc.pid)
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    proc.wait(timeout=5)
    os.close(fd)
    return name, results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bilat", default="target/release/bilat")
    parser.add_argument("--bare", default="target/release/examples/bare",
                        help="the baseline program (cargo build --release --example bare)")
    parser.add_argument("--data", required=True, help="a dataset folder (events.csv inside)")
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--settle", type=float, default=0.05, help="seconds of quiet ending a frame")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    args.size = tuple(int(v) for v in args.size.split("x"))
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    env.pop("BILAT_CONFIG", None)
    env.pop("NO_COLOR", None)
    env["XDG_CONFIG_HOME"] = "/nonexistent"
    events = os.path.join(args.data, "events.csv")
    with open(events, "rb") as f:
        rows = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b"")) - 1
    # The timeline's title shows "1/<rows>" once every event is in.
    loaded = b"1/%d" % rows
    n = args.repeat
    runs = []
    if os.path.exists(args.bare):
        bare = measure("bare program (baseline)", [args.bare], [], (b"ready", b"ready"), args, env)
        bundled = measure("bilat, bundled dataset", [args.bilat], [],
                          (b"\x1b[?2026l", b"\x1b[?2026l"), args, env)
        ratio = bundled[1]["first frame ms"] / max(bare[1]["first frame ms"], 1e-6)
        bundled[1]["first frame / baseline"] = ratio
        runs += [bare, bundled]
    runs += [
        measure(
            "bilat (timeline zoomed)",
            [args.bilat, "--data", args.data],
            [
                ("focus+zoom", b"4z", 1),
                ("page down", b"\x1b[6~", n),
                ("one-row scroll at edge", b"j", n),
                ("jump to start", b"g", 1),
                ("jump to end", b"G", 1),
                ("type a search", b"/talks", 1),
                ("search, common word", b"\r", 1, b"match 1 of"),
                ("leave the search", b"\x1b", 1),
                ("type a search", b"/zhenbao", 1),
                ("search, rare word", b"\r", 1, b"match 1 of"),
                ("leave the search", b"\x1b", 1),
                ("open the filter menu", b"f", 1),
                ("type a category", b"border", 1),
                ("category filter", b"\r", 1),
            ],
            (b"\x1b[?2026l", loaded),
            args,
            env,
        ),
        measure(
            "bilat (four panes)",
            [args.bilat, "--data", args.data],
            [("focus timeline", b"4", 1), ("page down", b"\x1b[6~", n), ("one-row scroll at edge", b"j", n)],
            (b"\x1b[?2026l", loaded),
            args,
            env,
        ),
        measure(
            "bilat (compare: the dataset beside India-Russia, timeline focused)",
            [args.bilat, "--compare", args.data, "india-russia"],
            [("focus timeline", b"4", 1), ("one-row scroll at edge", b"j", n),
             ("page down", b"\x1b[6~", n), ("jump to end", b"G", 1)],
            (b"\x1b[?2026l", loaded),
            args,
            env,
        ),
    ]
    if shutil.which("less"):
        runs.append(measure(
            "less -S", ["less", "-S", events],
            [("page down", b" ", n), ("one-row scroll", b"j", n), ("jump to end", b"G", 1), ("jump to start", b"g", 1)],
            None, args, env))
    if shutil.which("csvlens"):
        runs.append(measure(
            "csvlens", ["csvlens", events],
            [("page down", b"\x1b[6~", n), ("one-row scroll at edge", b"j", n), ("jump to end", b"G", 1), ("jump to start", b"g", 1)],
            None, args, env))
    for name, results in runs:
        print(f"\n{name}  ({args.size[0]}x{args.size[1]})")
        for k, v in results.items():
            print(f"  {k:<34} {v:10.1f}")


if __name__ == "__main__":
    sys.exit(main())
