"""`make bench-quick`: a small run (100 feeds, 5 runs, about 15 s) checked against baseline.json.

Headline figures are wirewatch's ratios to a peer measured in the same run (they travel between
machines better than absolute numbers), on CPU seconds (steadier than wall time under load). Exit status 1 when one drops more than 25% below the
baseline; `--write-baseline` (make bench-baseline) rewrites the baseline from this run.
"""

import datetime as dt
import json
import os

from .. import measure, report, server, timing, tools
from ..settings import BENCH_DIR
from . import ingest, parse

BASELINE = os.path.join(BENCH_DIR, "baseline.json")
TOLERANCE = 0.25
FIGURES = {
    "parse_cpu_vs_xmllint": "parse MB per CPU-second, wirewatch ÷ xmllint --stream",
    "ingest_cpu_vs_python": "ingest items per CPU-second, wirewatch ÷ python pipeline",
    "ingest_304_cpu_vs_python": "304 pass feeds per CPU-second, wirewatch ÷ python pipeline",
}
# Gated on CPU seconds, not wall time: on a shared machine a neighbour's load moves wall-time
# ratios by more than 25% between two runs, CPU-time ratios much less. Wall ratios are printed too.


def quick_settings(settings):
    return settings.with_scale(int(os.environ.get("BENCH_QUICK_FEEDS", "100")), settings.items,
                               int(os.environ.get("BENCH_QUICK_RUNS", "5")))


def cpu_ratio(results, peer, key):
    """Peer's CPU seconds ÷ wirewatch's for the same work: wirewatch's work per CPU-second relative to the peer's."""
    if "wirewatch" not in results or peer not in results:
        return None
    stat = timing.paired_ratio(results["wirewatch"], results[peer], key, higher_is_better=False)
    return stat.median if stat else None


def measure_figures(settings):
    manifest = tools.corpus_manifest(settings)
    c, _, _ = parse.contenders(settings, manifest, settings.scratch("quick-parse"), print)
    pr = timing.rounds({k: v for k, v in c.items() if k in ("wirewatch", "xmllint --stream")}, settings.runs)
    work = settings.scratch("quick-ingest")
    with server.Nginx(manifest["feeds_dir"], settings.port, settings.hosts, os.path.join(work, "nginx")):
        c, _ = ingest.contenders(settings, manifest, work)
        ir = timing.rounds({k: v for k, v in c.items() if k in ("wirewatch", "python pipeline")}, settings.runs)
    figures = {"parse_cpu_vs_xmllint": cpu_ratio(pr, "xmllint --stream", "cpu"),
               "ingest_cpu_vs_python": cpu_ratio(ir, "python pipeline", "cpu"),
               "ingest_304_cpu_vs_python": cpu_ratio(ir, "python pipeline", "cpu_304")}
    first, second, _ = ingest.records(manifest, ir, [])
    for rec in (measure.build("parse", "", "", pr, parse.COLUMNS, {}), first, second):
        for line in report.headline_lines(dict(rec, goals=[])):
            print("quick " + line + " (wall time, not gated)")
    return figures, f"{len(manifest['files'])} feeds × {settings.items} items, {settings.runs} runs"


def compare(figures, baseline):
    """Prints one line per figure; returns how many dropped below (1 - TOLERANCE) × baseline."""
    dropped = 0
    for key, label in FIGURES.items():
        value, base = figures.get(key), baseline.get("figures", {}).get(key)
        if value is None or base is None:
            print(f"quick: {label}: {report.fmt(value)} (no baseline to compare)")
            continue
        floor = base * (1 - TOLERANCE)
        verdict = "holds" if value >= floor else "DROPPED more than 25% below the baseline"
        dropped += value < floor
        print(f"quick: {label}: {value:.3f} (baseline {base:.3f}, floor {floor:.3f}) — {verdict}")
    return dropped


def run(settings, write_baseline=False):
    settings = quick_settings(settings)
    figures, scale = measure_figures(settings)
    if write_baseline:
        data = dict(scale=scale, tolerance=TOLERANCE, written=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d"),
                    machine=f"{report.machine()['nproc']} CPUs, {report.machine()['cpu']}",
                    commit=report.machine()["commit"], figures={k: round(v, 4) for k, v in figures.items() if v})
        with open(BASELINE, "w") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"quick: baseline written to {BASELINE}")
        return 0
    if not os.path.exists(BASELINE):
        print("quick: no baseline.json yet (make bench-baseline writes it)")
        return 0
    with open(BASELINE) as f:
        return 1 if compare(figures, json.load(f)) else 0
