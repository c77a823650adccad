#!/usr/bin/env python3
"""Run feedparser's test suite (the non-HTTP cases) through `wirewatch parse` and report one figure
per suite. Reads ../shared/oracles/feedparser in place; skips when it is absent.

Usage: scripts/conformance.py [--bin PATH] [--oracles DIR] [--out DIR]
"""
import argparse
import base64
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CLASSES = {"core_eq", "extended_eq", "structured", "bozo_only"}
# The element-mapping, namespace, encoding, entities and illformed suites (the goal set).
GOAL = ("wellformed/", "encoding", "entities", "illformed")


def suite_of(path):
    parts = path.split("/")
    if parts[0] == "wellformed":
        return "wellformed/" + parts[1]
    return parts[0]


def run_batch(binary, files, workdir):
    results = {}
    chunk = 200
    for i in range(0, len(files), chunk):
        names = [f for _, f in files[i:i + chunk]]
        proc = subprocess.run([binary, "parse", "--batch", *names], capture_output=True, text=True, cwd=workdir)
        if proc.returncode != 0:
            print(proc.stderr[-2000:], file=sys.stderr)
        by_file = {}
        for line in proc.stdout.splitlines():
            try:
                r = json.loads(line)
            except ValueError:
                continue
            by_file[r["path"]] = r["result"]
        for case_path, f in files[i:i + chunk]:
            if f in by_file:
                results[case_path] = by_file[f]
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "wirewatch"))
    ap.add_argument("--oracles", default=os.path.join(ROOT, "..", "shared", "oracles", "feedparser"))
    ap.add_argument("--out", default=os.path.join(ROOT, ".build", "conformance"))
    a = ap.parse_args()
    cases_file = os.path.join(a.oracles, "cases_pypi_6.0.14.jsonl")
    if not os.path.exists(cases_file):
        print("conformance: oracle data absent, skipped")
        return 0
    probe = subprocess.run([a.bin, "parse", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        print("conformance: `%s parse` is not available (build it; ParseCommand must be a subcommand)" % a.bin)
        return 1
    os.makedirs(a.out, exist_ok=True)
    cases = [json.loads(l) for l in open(cases_file, encoding="utf-8")]
    cases = [c for c in cases if not c["http"]]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for n, c in enumerate(cases):
            name = os.path.join(tmp, "%05d.xml" % n)
            with open(name, "wb") as fh:
                fh.write(base64.b64decode(c["data_b64"]))
            files.append((c["path"], name))
        results = run_batch(a.bin, files, tmp)
    results_file = os.path.join(a.out, "results.jsonl")
    with open(results_file, "w", encoding="utf-8") as fh:
        for path, r in results.items():
            fh.write(json.dumps({"path": path, "result": r}, ensure_ascii=False) + "\n")
    report_file = os.path.join(a.out, "report.json")
    subprocess.run([sys.executable, os.path.join(a.oracles, "feedparser_check.py"), cases_file, results_file,
                    "--report", report_file], capture_output=True, text=True)
    report = json.load(open(report_file, encoding="utf-8"))
    checked = [c for c in cases if c["klass"] in CLASSES]
    total = collections.Counter()
    held = collections.Counter()
    for c in checked:
        s = suite_of(c["path"])
        total[s] += 1
        if c["path"] not in report:
            held[s] += 1
    for s in sorted(total):
        print("conformance %s: %d of %d cases hold" % (s, held[s], total[s]))
    goal_total = sum(v for s, v in total.items() if s.startswith(GOAL) and s != "wellformed/sanitize")
    goal_held = sum(v for s, v in held.items() if s.startswith(GOAL) and s != "wellformed/sanitize")
    print("feedparser conformance (mapping, namespaces, encoding, entities, illformed): %d of %d cases hold"
          % (goal_held, goal_total))
    print("feedparser conformance (sanitize): %d of %d cases hold"
          % (held["wellformed/sanitize"], total["wellformed/sanitize"]))
    print("details: %s" % report_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
