#!/usr/bin/env python3
"""wirewatch benchmarks: corpus, loopback server, and measures against peer tools.

Subcommands: check, corpus, serve, parse, fetch, ingest, later, daemon-memory, quick, all, report.
Scale and runs come from the environment (BENCH_FEEDS, BENCH_ITEMS, BENCH_RUNS, …; see README.md).
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import report, server, tools  # noqa: E402
from harness.settings import Settings  # noqa: E402
from harness.stages import daemon, fetch, ingest, later, parse, quick  # noqa: E402


FAILED = []


def stage(settings, name, fn):
    """Runs one measure, stores it, prints its headline lines; a Skip becomes `skipped: <reason>`."""
    print(f"== {name}", flush=True)
    try:
        records = fn(settings)
    except tools.Skip as why:
        records = [report.skipped(name, str(why))]
    except (RuntimeError, OSError) as error:
        print(f"{name}: error: {error}", flush=True)
        FAILED.append(name)
        return
    for record in records if isinstance(records, list) else [records]:
        report.save(settings, record)
        for line in report.headline_lines(record):
            print(line, flush=True)


def cmd_corpus(settings, _args):
    t = time.time()
    m = tools.corpus_manifest(settings)
    print(f"corpus: {len(m['files'])} feeds, {m['total_items']:,} items ({m['syndicated_items']:,} syndicated copies), "
          f"{m['total_bytes'] / 1e6:.1f} MB in {m['feeds_dir']} ({time.time() - t:.1f} s)")


def cmd_check(settings, _args):
    """What this machine has: peer tools, Python modules, and the wirewatch features the stages use."""
    for tool in ("nginx", "xmllint", "sfeed", "newsboat", "curl"):
        found = server.nginx_binary() if tool == "nginx" else tools.which(tool)
        print(f"check: {tool}: {found or 'missing (make bench-tools)'}")
    print(f"check: /usr/bin/time: {'present' if os.path.exists('/usr/bin/time') else 'missing (peak RSS less exact)'}")
    for module in ("feedparser", "fastfeedparser", "requests"):
        print(f"check: python {module}: {'present' if tools.python_has(settings.python, module) else 'missing'}")
    try:
        for feature, present in tools.wirewatch_features(settings.binary).items():
            print(f"check: wirewatch {feature}: {'present' if present else 'not yet'}")
    except tools.Skip as why:
        print(f"check: {why}")


def cmd_serve(settings, _args):
    m = tools.corpus_manifest(settings)
    with server.Nginx(m["feeds_dir"], settings.port, settings.hosts, settings.scratch("nginx-serve")):
        print(f"serving {len(m['files'])} feeds on 127.0.0.1–127.0.0.{settings.hosts}:{settings.port}, "
              f"e.g. {tools.feed_urls(m, settings.port, 1)[0]}; Ctrl-C stops", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


MEASURES = {
    "parse": [("parse", parse.measure_parse)],
    "fetch": [("fetch", fetch.measure_fetch)],
    "ingest": [("ingest", ingest.measure_ingest)],
    "later": later.STAGES,
    "daemon-memory": [("daemon-memory", daemon.measure_daemon_memory)],
}


def cmd_measure(names):
    def run(settings, _args):
        for name in names:
            for label, fn in MEASURES[name]:
                stage(settings, label, fn)
        print(f"results: {report.write_markdown(settings)}")
        if FAILED:
            sys.exit(f"bench: {', '.join(FAILED)} could not run (see the error lines above)")
    return run


def cmd_quick(settings, args):
    sys.exit(quick.run(settings, write_baseline=args.write_baseline))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    handlers = {"check": cmd_check, "corpus": cmd_corpus, "serve": cmd_serve, "quick": cmd_quick,
                "report": lambda s, a: print(f"results: {report.write_markdown(s)}"),
                "all": cmd_measure(["parse", "fetch", "ingest", "later"])}
    for name in MEASURES:
        handlers[name] = cmd_measure([name])
    for name in handlers:
        p = sub.add_parser(name)
        if name == "quick":
            p.add_argument("--write-baseline", action="store_true", help="rewrite baseline.json from this run")
    args = ap.parse_args()
    handlers[args.command](Settings.from_env(), args)


if __name__ == "__main__":
    main()
