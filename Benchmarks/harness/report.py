"""Stores measures, prints their headline lines and writes Benchmarks/results.md."""

import datetime as dt
import json
import os
import platform
import subprocess

from . import measure as m
from .settings import BENCH_DIR, REPO_DIR

ORDER = ["parse", "fetch", "fetch-304", "ingest", "ingest-304", "storage", "analysis", "syndication", "digest",
         "daemon-memory"]


def save(settings, record):
    os.makedirs(settings.results_dir, exist_ok=True)
    with open(os.path.join(settings.results_dir, record["name"] + ".json"), "w") as f:
        json.dump(record, f, indent=1, ensure_ascii=False)


TITLES = {"analysis": "Analysis (`wirewatch analyze`)", "syndication": "Syndication lookup",
          "digest": "Digest build for one day", "daemon-memory": "Daemon memory (issue 5)"}


def skipped(name, reason):
    return dict(name=name, title=TITLES.get(name, name), skipped=reason)


def fmt(x):
    if x is None:
        return "–"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}" if abs(x) < 1 else f"{x:.2f}"


def headline_lines(record):
    """`parse: wirewatch 152.3 MB/s, xmllint 180.1 MB/s, ratio 0.85` — one line per peer, then the goals."""
    if "skipped" in record and isinstance(record["skipped"], str):
        return [f"{record['name']}: skipped: {record['skipped']}"]
    if record.get("summary"):
        return record["summary"]
    labels = {c[0]: c[1] for c in record["columns"]}
    ref = next((r for r in record["rows"] if r["contender"].startswith(m.REFERENCE)), None)
    lines = []
    for r in record["rows"]:
        key = r["ratio_on"]
        if r is ref or r["ratio"] is None or ref is None:
            if len(record["rows"]) == 1 or ref is None or r is not ref and r["ratio"] is None:
                lines.append(f"{record['name']}: {r['contender']} {fmt(_med(r, key))} {labels[key]}")
            continue
        lines.append(f"{record['name']}: {ref['contender']} {fmt(_med(ref, key))} {labels[key]}, "
                     f"{r['contender']} {fmt(_med(r, key))} {labels[key]}, ratio {fmt(r['ratio']['median'])}")
    for s in record.get("skipped") or []:
        lines.append(f"{record['name']}: {s['contender']} skipped: {s['reason']}")
    for g in record.get("goals", []):
        lines.append(f"goal: {g['text']}: {fmt(g['value'])} (target {fmt(g['target'])}) — {_verdict(g)}")
    return lines


def _med(r, key):
    return r["figures"].get(key, {}).get("median")


def _verdict(g):
    return "not measured" if g["met"] is None else "met" if g["met"] else "NOT met"


def machine():
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
                 platform.processor())
    commit = subprocess.run(["git", "-C", REPO_DIR, "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    return dict(nproc=os.cpu_count(), cpu=model, date=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                commit=commit or "unknown", kernel=platform.release())


def _cell(stat):
    if not stat:
        return "–"
    return f"{fmt(stat['median'])} ({fmt(stat['min'])}–{fmt(stat['max'])})"


def table(record):
    cols = record["columns"]
    head = "| contender | runs | " + " | ".join(c[1] for c in cols) + " | wirewatch ÷ peer |"
    lines = [head, "|" + "---|" * (len(cols) + 3)]
    for r in record["rows"]:
        ratio = _cell(r["ratio"]) + f" on {dict((c[0], c[1]) for c in cols)[r['ratio_on']]}" if r["ratio"] else ""
        lines.append(f"| {r['contender']} | {r['runs']} | " + " | ".join(_cell(r["figures"].get(c[0])) for c in cols)
                     + f" | {ratio} |")
    return lines


def section(record):
    title = record.get("title", record["name"])
    out = [f"## {title}", ""]
    if isinstance(record.get("skipped"), str):
        return out + [f"skipped: {record['skipped']}", ""]
    out += [f"Scale: {record['scale']}", ""] + table(record) + [""]
    out += [f"- {n}" for n in record.get("notes", [])]
    out += [f"- {s['contender']} skipped: {s['reason']}" for s in record.get("skipped") or []]
    if record.get("goals"):
        out += ["", "| goal | value | target | |", "|---|---|---|---|"]
        out += [f"| {g['text']} | {fmt(g['value'])} | {fmt(g['target'])} | {_verdict(g)} |" for g in record["goals"]]
    return out + [""]


def load_all(settings):
    records = {}
    for name in ORDER:
        path = os.path.join(settings.results_dir, name + ".json")
        if os.path.exists(path):
            with open(path) as f:
                records[name] = json.load(f)
    return records


def write_markdown(settings, path=None):
    path = path or os.environ.get("BENCH_RESULTS_MD") or os.path.join(BENCH_DIR, "results.md")
    info = machine()
    lines = ["# wirewatch benchmark results", "",
             f"Machine: {info['nproc']} CPUs ({info['cpu']}), Linux {info['kernel']}; written {info['date']}; "
             f"commit {info['commit']}.", "",
             "Figures are medians over the runs, with (min–max). Contenders ran in turn, round after round. "
             "The last column is wirewatch ÷ the peer on the named figure, the median of the per-round ratios, "
             "oriented so that above 1 means wirewatch is better (faster, or smaller for sizes and times). "
             "See README.md for what each figure means.", ""]
    for record in load_all(settings).values():
        lines += section(record)
    with open(path, "w") as f:
        f.write("\n".join(lines))
    return path
