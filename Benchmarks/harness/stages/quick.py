"""`make bench-quick`: a small run (100 feeds, 3 runs) checked against baseline.json.

Headline figures are wirewatch's ratios to a peer measured in the same run (they travel between
machines better than absolute numbers). Exit status 1 when one drops more than 25% below the
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
    "parse_mb_s_vs_xmllint": "parse MB/s, wirewatch ÷ xmllint --stream",
    "ingest_items_s_vs_python": "ingest items/s, wirewatch ÷ python pipeline",
    "ingest_304_feeds_s_vs_python": "304 pass feeds/s, wirewatch ÷ python pipeline",
}


def quick_settings(settings):
    return settings.with_scale(int(os.environ.get("BENCH_QUICK_FEEDS", "100")), settings.items,
                               int(os.environ.get("BENCH_QUICK_RUNS", "3")))


def measure_figures(settings):
    manifest = tools.corpus_manifest(settings)
    figures = {}
    c, _, _ = parse.contenders(settings, manifest, settings.scratch("quick-parse"), print)
    pr = timing.rounds({k: v for k, v in c.items() if k in ("wirewatch", "xmllint --stream")}, settings.runs)
    rec = measure.build("parse", "", "", pr, parse.COLUMNS, {})
    figures["parse_mb_s_vs_xmllint"] = measure.ratio(rec, "xmllint --stream")
    work = settings.scratch("quick-ingest")
    with server.Nginx(manifest["feeds_dir"], settings.port, settings.hosts, os.path.join(work, "nginx")):
        c, _ = ingest.contenders(settings, manifest, work)
        ir = timing.rounds({k: v for k, v in c.items() if k in ("wirewatch", "python pipeline")}, settings.runs)
    first, second, _ = ingest.records(manifest, ir, [])
    figures["ingest_items_s_vs_python"] = measure.ratio(first, "python pipeline")
    figures["ingest_304_feeds_s_vs_python"] = measure.ratio(second, "python pipeline")
    for rec in (rec, first, second):
        for line in report.headline_lines(dict(rec, goals=[])):
            print("quick " + line)
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
                    machine=report.machine()["cpu"], figures={k: round(v, 4) for k, v in figures.items() if v})
        with open(BASELINE, "w") as f:
            json.dump(data, f, indent=2)
            f.write("\n")
        print(f"quick: baseline written to {BASELINE}")
        return 0
    if not os.path.exists(BASELINE):
        print("quick: no baseline.json yet (make bench-baseline writes it)")
        return 0
    with open(BASELINE) as f:
        return 1 if compare(figures, json.load(f)) else 0
