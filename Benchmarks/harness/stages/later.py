"""Stages whose wirewatch commands come later; each skips with its reason until the command exists.

To add a stage: write one function `measure_x(settings, log) -> record` that raises tools.Skip
while its command is missing, and list it in STAGES.
"""

import html
import json
import os
import re
import sqlite3

from .. import corpus, measure, server, timing, tools
from ..settings import REPO_DIR

ANALYSIS_ITEMS = int(os.environ.get("BENCH_ANALYSIS_ITEMS", "5000"))
FINGERPRINTS = int(os.environ.get("BENCH_FINGERPRINTS", "1000000"))
SYNDICATION_COMMAND = "debug syndication-lookup"


def plain_text(html_body):
    """The item's HTML body as text: paragraphs on their own lines, tags dropped, entities decoded."""
    text = re.sub(r"</p>|</figcaption>", "\n\n", html_body)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def analysis_input(settings, path, limit):
    """JSON lines {id, title, text} (`wirewatch analyze`'s input; no lang, so language is identified too)."""
    spec, written = settings.spec, 0
    with open(path, "w") as f:
        for k in range(spec.feeds):
            feed = corpus.feed_info(spec, k)
            for i in range(spec.items):
                it = corpus.item(spec, feed, i)
                f.write(json.dumps(dict(id=it["guid"], title=it["title"], text=plain_text(it["html"])),
                                   ensure_ascii=False) + "\n")
                written += 1
                if written >= limit:
                    return written
    return written


def measure_analysis(settings, log=print):
    """Analysis items/s and items per CPU-second (per core) of `wirewatch analyze` over JSON lines."""
    tools.require_command(settings.binary, "analyze")
    work = settings.scratch("analysis")
    path = os.path.join(work, "items.jsonl")
    n = analysis_input(settings, path, ANALYSIS_ITEMS)

    argv = [settings.binary, "analyze"] + (["--compact"] if tools.has_option(settings.binary, "analyze", "--compact") else [])

    def one():
        with open(path, "rb") as stdin:
            s = timing.run(argv, stdin=stdin)
        if s.rc != 0:
            print(f"    exit status {s.rc}: {s.extra['stderr'].strip()[-300:]}")
            return None
        return dict(items_s=n / s.wall, items_cpu_s=n / s.cpu if s.cpu else None, wall=s.wall, cpu=s.cpu,
                    rss=s.rss_kib / 1024)
    results = timing.rounds({"wirewatch": one}, settings.runs)
    cols = [("items_s", "items/s", True), ("items_cpu_s", "items per CPU-second (per core)", True),
            ("wall", "wall s", False), ("cpu", "CPU s", False), ("rss", "peak RSS MiB", False)]
    return measure.build("analysis", "Analysis (`wirewatch analyze`, JSON lines on stdin)",
                         f"{n:,} corpus items (title + plain text, language not declared); `{' '.join(argv[1:])}`",
                         results, cols, {}, ["Output goes to /dev/null; items per CPU-second is the per-core rate."])


def measure_syndication(settings, log=print):
    """Check + insert time per item (Store.syndicate) against BENCH_FINGERPRINTS stored fingerprints.

    Uses `wirewatch debug syndication-lookup` when the binary has it, else scripts/syndication/bench.sh
    (links the release Storage and Syndication objects; fills the database once with the sqlite3 shell
    and keeps it in the scratch directory between rounds and runs)."""
    if tools.has_command(settings.binary, SYNDICATION_COMMAND):
        argv = [settings.binary] + SYNDICATION_COMMAND.split() + ["--fingerprints", str(FINGERPRINTS), "--json"]

        def one():
            s, out = timing.run_capture(argv)
            if s.rc != 0:
                return None
            report = json.loads(out)
            return dict(us_lookup=report["ns_per_lookup"] / 1000, build_s=report.get("build_seconds"), rss=s.rss_kib / 1024)
        cols = [("us_lookup", "µs per lookup", False), ("build_s", "index build s", False), ("rss", "peak RSS MiB", False)]
        how = "`wirewatch debug syndication-lookup`"
    else:
        script = os.path.join(REPO_DIR, "scripts", "syndication", "bench.sh")
        if not os.path.exists(script) or not tools.which("sqlite3"):
            raise tools.Skip("needs scripts/syndication/bench.sh and the sqlite3 shell")
        db = os.path.join(settings.work_dir, f"syndication-{FINGERPRINTS}.sqlite")
        env = dict(os.environ, DB=db)
        log(f"    syndication: preparing {FINGERPRINTS:,} fingerprints (once; kept in {db})")
        timing.run(["sh", script, str(FINGERPRINTS), "0"], env=env)

        def one():
            s, out = timing.run_capture(["sh", script, str(FINGERPRINTS), "1000"], env=env)
            insert = re.search(r"syndicate \(check \+ insert.*?median ([0-9.]+) ms", out)
            check = re.search(r"check only.*?median ([0-9.]+) ms", out)
            rss = re.search(r"VmHWM\s+(\d+) kB", out)
            if s.rc != 0 or not insert:
                # The script's errors (a failed build) are on stderr; its figures on stdout.
                print(f"    exit status {s.rc}: {out.strip()[-300:]}\n    stderr: {s.extra['stderr'].strip()[-600:]}")
                return None
            return dict(ms_item=float(insert.group(1)), ms_check=float(check.group(1)) if check else None,
                        rss=int(rss.group(1)) / 1024 if rss else None)
        cols = [("ms_item", "check + insert ms per item (median)", False), ("ms_check", "check only ms (median)", False),
                ("rss", "peak RSS MiB", False)]
        how = "scripts/syndication/bench.sh: 1,000 new items, one transaction each"
    results = timing.rounds({"wirewatch": one}, settings.runs)
    # A contender whose runs all failed is dropped by `rounds`: say so in the results, not only in the log.
    skipped = [] if results.get("wirewatch") else [dict(contender="wirewatch", reason="the bench script failed (see the log)")]
    return measure.build("syndication", "Syndication lookup", f"{FINGERPRINTS:,} fingerprints; {how}", results, cols, {},
                         skipped=skipped)


def digest_database(settings, manifest):
    """The analysed database the ingest stage left (its last round: stories, entities and quotes for
    the digest to rank), else the plain one, else one fresh ingest now."""
    ingest_dir = os.path.join(settings.work_dir, "ingest")
    for name in ("ww-analysis", "ww"):
        db, config = os.path.join(ingest_dir, name + ".sqlite"), os.path.join(ingest_dir, name + ".toml")
        if os.path.exists(db) and os.path.exists(config):
            return db, config
    work = settings.scratch("digest")
    db = os.path.join(work, "ww.sqlite")
    urls = tools.feed_urls(manifest, settings.port)
    config = tools.wirewatch_config(os.path.join(work, "ww.toml"), db, urls, manifest)
    with server.Nginx(manifest["feeds_dir"], settings.port, settings.hosts, os.path.join(work, "nginx")):
        timing.run([settings.binary, "ingest", "--config", config, "--database", db, "--quiet"])
    return db, config


def ingest_day(db):
    """The day the corpus was ingested (the digest's day is the day items were first seen), UTC."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT date(min(first_seen_at)), date(max(first_seen_at)), count(*) FROM item").fetchone()
        return row[0] if row and row[0] == row[1] else None
    except sqlite3.Error:
        return None


def measure_digest(settings, log=print):
    """Time to build the digest of the corpus day (1,000 × 50 = 50,000 items at the default scale)."""
    tools.require_command(settings.binary, "digest")
    manifest = tools.corpus_manifest(settings)
    db, config = digest_database(settings, manifest)
    argv = [settings.binary, "digest", "--config", config, "--database", db]
    help_text = tools.wirewatch_help(settings.binary, "digest") or ""
    day = ingest_day(db) or corpus.feedxml.DAY.strftime("%Y-%m-%d")
    if "--date" in help_text:
        argv += ["--date", day]
    if "--format" in help_text:
        argv += ["--format", "md" if re.search(r"\bmd\b", help_text) else "markdown"]

    def one():
        s = timing.run(argv)
        return dict(wall=s.wall, cpu=s.cpu, rss=s.rss_kib / 1024) if s.rc == 0 else None
    results = timing.rounds({"wirewatch": one}, settings.runs)
    cols = [("wall", "digest build s", False), ("cpu", "CPU s", False), ("rss", "peak RSS MiB", False)]
    return measure.build("digest", "Digest build for one day", f"{manifest['total_items']:,} items first seen "
                         f"{day} in {os.path.basename(db)}; `digest {' '.join(argv[6:])}`", results, cols, {})


STAGES = [("analysis", measure_analysis), ("syndication", measure_syndication), ("digest", measure_digest)]
