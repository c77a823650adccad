"""Whole-process timing: wall time, CPU seconds and peak RSS of a child, and rounds of contenders.

A contender is run as a child process: CPU seconds (user + sys) from `os.wait4`, the kernel's
accounting of that process and the descendants it waited for; peak RSS from `/usr/bin/time -f %M`;
wall time measured here.
Contenders run in turn, round after round (A B C A B C …), so drift of a shared machine hits all.
"""

import os
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Sample:
    wall: float
    cpu: float
    rss_kib: int
    rc: int
    extra: dict = field(default_factory=dict)


TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run(argv, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=None, cwd=None, timeout=3600):
    """Runs argv once and returns its Sample (stderr's tail in extra["stderr"]); kills it at timeout.

    Peak RSS comes from /usr/bin/time when it is installed: a child forked from this Python process
    would otherwise report Python's own RSS as its peak when its own is smaller.
    """
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as tf:
        wrapped = [TIME, "-q", "-f", "%U %S %M", "-o", tf.name] + list(argv) if TIME else argv
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, stdout=stdout, stdin=stdin, stderr=err, env=env, cwd=cwd)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read()[-2000:].decode("utf-8", "replace")
        cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
        fields = tf.read().split()
        if TIME and len(fields) >= 3:
            rss = int(fields[-1])  # CPU stays wait4's: finer than time's 10 ms, and time's own is ~1 ms
    sample = Sample(wall, cpu, rss, proc.returncode)
    sample.extra["stderr"] = tail
    return sample


def run_capture(argv, **kw):
    """Runs argv with stdout captured to a temporary file; returns (Sample, stdout text)."""
    with tempfile.TemporaryFile() as out:
        sample = run(argv, stdout=out, **kw)
        out.seek(0)
        return sample, out.read().decode("utf-8", "replace")


@dataclass
class Stat:
    median: float
    min: float
    max: float

    @staticmethod
    def of(values):
        return Stat(statistics.median(values), min(values), max(values))


def rounds(contenders, runs, warmup=1, log=print):
    """Runs each contender once per round for warmup+runs rounds; returns {name: [result, …]}.

    `contenders` maps a name to a zero-argument callable returning a dict of figures (or None
    when it cannot run; it is then dropped). Warm-up rounds are not kept. Names listed in the
    BENCH_SKIP environment variable (comma-separated) are not run.
    """
    skip = {s.strip() for s in os.environ.get("BENCH_SKIP", "").split(",") if s.strip()}
    for name in skip & set(contenders):
        log(f"  {name}: skipped (BENCH_SKIP)", flush=True)
    alive = {name: fn for name, fn in contenders.items() if name not in skip}
    results = {name: [] for name in alive}
    for r in range(warmup + runs):
        for name, fn in list(alive.items()):
            t = time.perf_counter()
            figures = fn()
            label = "warm-up" if r < warmup else f"run {r - warmup + 1}/{runs}"
            log(f"  {label}: {name} {time.perf_counter() - t:.2f} s", flush=True)
            if figures is None:
                log(f"  {name}: dropped (see above)", flush=True)
                del alive[name]
                continue
            if r >= warmup:
                results[name].append(figures)
    return {k: v for k, v in results.items() if v}


def summarise(samples, key):
    """Median/min/max of one figure over a contender's runs."""
    return Stat.of([s[key] for s in samples])


def paired_ratio(a, b, key, higher_is_better=True):
    """Median over rounds of a[key]/b[key] (or b/a for lower-is-better figures): A's speed relative to B."""
    pairs = [(x[key], y[key]) for x, y in zip(a, b) if x[key] and y[key]]
    if not pairs:
        return None
    return Stat.of([(x / y) if higher_is_better else (y / x) for x, y in pairs])
